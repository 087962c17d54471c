"""Triage: find a crisis in one message before anything else looks at it.

`triage` runs first on every message, in every state. It is pure and fast (a few dozen
precompiled patterns over two short forms of the text, see `knowledge.lexicon`) and answers
with the risk category and the id of the rule that fired; the message itself is never kept.

When rules of several risks fire, the most urgent wins, in this order:

1. `medical` — something is happening to a body right now (bleeding, waters broken, birth
   under way, a fit, a baby not breathing); the first help is 119 and minutes count.
2. `child_safety` — a newborn who cannot call for help is in danger or about to be left;
   "아기랑 같이 죽고 싶어요" puts a second life at stake, so it outranks self-harm.
3. `self_harm` — her own life is at risk (109, 119 if in danger now).
4. `violence` — someone hurts or threatens her (112, 1366). A message that is also about
   self-harm ("맞아서 죽고 싶어요") gets the self-harm answer; the case is raised either way.

Inside one risk, rules are tried in file order and the first hit is reported. A rule of one
language is skipped when the message has no letter of that language's script (a Korean message
never runs the English rules), which keeps a message well under a millisecond.
"""

from __future__ import annotations

from dataclasses import dataclass

from flows.model import Risk
from knowledge.lexicon import NEAR, CompiledRule, Forms, Lexicon, forms

PRIORITY: tuple[Risk, ...] = (Risk.MEDICAL, Risk.CHILD_SAFETY, Risk.SELF_HARM, Risk.VIOLENCE)


@dataclass(frozen=True)
class TriageHit:
    """A risk rule fired: which category, and which rule (for the audit log and counselors)."""

    risk: Risk
    rule_id: str


def triage(text: str, lexicon: Lexicon) -> TriageHit | None:
    """Return the most urgent risk the message shows, or None when it shows none."""
    message = forms(text)
    if not message.compact:
        return None
    for risk in PRIORITY:
        for rule in lexicon.rules_for(risk.value):
            if rule.lang in message.langs and fires(rule, message):
                return TriageHit(risk, rule.id)
    return None


def fires(rule: CompiledRule, message: Forms) -> bool:
    """True if a trigger of `rule` matches with no guard on or next to it, and `also` holds."""
    spans: list[tuple[int, int]] = []
    if rule.compact is not None:
        spans += [m.span() for m in rule.compact.finditer(message.compact)]
    if rule.spaced is not None:
        spans += [
            (message.to_compact(m.start()), message.to_compact(m.end()))
            for m in rule.spaced.finditer(message.spaced)
        ]
    if not spans:
        return False
    if rule.also is not None and rule.also.search(message.compact) is None:
        return False
    if rule.unless is None:
        return True
    guards = [m.span() for m in rule.unless.finditer(message.compact)]
    return any(not _guarded(span, guards) for span in spans)


def _guarded(span: tuple[int, int], guards: list[tuple[int, int]]) -> bool:
    start, end = span
    return any(g_start <= end + NEAR and g_end >= start - NEAR for g_start, g_end in guards)

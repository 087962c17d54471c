"""Building blocks every flow uses: the context, buttons, and screens that always offer a way out.

A screen is one reply with buttons. `show` appends the two buttons every screen must have
("처음으로" and "상담사와 이야기하기") and records which button ids are valid now, so a stale or
forged button can be recognised and answered kindly.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from flows.model import Button, Effect, Outcome, Reply, Session
from flows.ports import PrivacyPolicy
from flows.promises import PLACEHOLDER, fill_privacy
from knowledge import Knowledge, MatchSettings

MENU = "menu"
COUNSELOR = "counselor"
RESUME = "resume"


@dataclass(frozen=True)
class Ctx:
    """What every step may read: knowledge, privacy policy and matcher settings."""

    kb: Knowledge
    policy: PrivacyPolicy
    matching: MatchSettings
    max_text: int = 4000

    def t(self, state: Session, key: str, **values: object) -> str:
        """Return UI string `key` in her language."""
        values.setdefault("retention_days", self.policy.retention_days)
        return self.kb.text(state.lang, key, **values)

    def welcome(self, state: Session) -> str:
        """The first-contact notice, saying what is kept as the policy has it (flows/promises)."""
        template = self.t(state, "start.welcome", privacy=PLACEHOLDER)
        if PLACEHOLDER not in template:
            # A catalog still written with its own promises (`gyeot knowledge check` flags it):
            # the generated sentences follow, so what is really kept is said all the same.
            template = f"{template}\n\n{PLACEHOLDER}"
        return self.privacy(state, template)

    def privacy(self, state: Session, text: str) -> str:
        """Fill the `{privacy}` placeholder of `text` with what the policy keeps."""
        return fill_privacy(text, self.kb, state.lang, self.policy)

    def button(self, state: Session, button_id: str, key: str) -> Button:
        """Return a button whose label is UI string `key`."""
        return Button(button_id, self.t(state, key))


def topic_button(ctx: Ctx, state: Session, topic_id: str) -> Button:
    """Return a button that opens a topic, labelled with its title in her language."""
    return Button(f"topic:{topic_id}", ctx.kb.topics[topic_id].in_lang(state.lang).title)


def nav(ctx: Ctx, state: Session, present: Iterable[str], *, home: bool = False) -> list[Button]:
    """Return the ways back and out that `present` lacks: resume, counselor, menu.

    The menu itself (`home`) needs no button back to the menu.
    """
    have = set(present) | ({MENU} if home else set())
    out = []
    if state.return_to and RESUME not in have:
        out.append(ctx.button(state, RESUME, "common.back_to_flow"))
    if COUNSELOR not in have:
        out.append(ctx.button(state, COUNSELOR, "common.counselor"))
    if MENU not in have:
        out.append(ctx.button(state, MENU, "common.menu"))
    return out


def show(  # noqa: PLR0913 - a screen is text, buttons, state and optional extras
    ctx: Ctx,
    state: Session,
    text: str,
    buttons: Sequence[Button] = (),
    *,
    before: Sequence[Reply] = (),
    effects: Sequence[Effect] = (),
    safety: bool = False,
    home: bool = False,
    **changes: Any,
) -> Outcome:
    """Show one screen: `before` replies, then `text` with its buttons plus the way out."""
    next_state = state.model_copy(update=changes) if changes else state
    full = [*buttons, *nav(ctx, next_state, (b.id for b in buttons), home=home)]
    next_state = next_state.model_copy(update={"offered": tuple(b.id for b in full)})
    return Outcome(
        replies=(*before, Reply(text, tuple(full), safety=safety)),
        next_state=next_state,
        effects=tuple(effects),
    )


def prepend(outcome: Outcome, replies: Sequence[Reply], effects: Sequence[Effect] = ()) -> Outcome:
    """Return `outcome` with `replies` first and `effects` added."""
    return Outcome(
        replies=(*replies, *outcome.replies),
        next_state=outcome.next_state,
        effects=(*effects, *outcome.effects),
    )

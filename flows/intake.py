"""Confidential counseling intake: a few short questions with buttons, every one skippable.

Answers are coarse codes (bands, 시·도), never free text. At the end she sees exactly which
answers will be kept (only `[privacy] intake_fields`), may refuse, and is offered a counselor and
the topics that fit. If she says she is under 14 nothing is kept beyond the session (PIPA 22-2).
"""

from __future__ import annotations

from flows.model import Button, Escalate, Flow, KeepIntake, Outcome, Reply, Risk, Session
from flows.screen import Ctx, show, topic_button

WEEKS = ("p0_12", "p13_27", "p28", "unknown", "b0_6w", "b6w_6m")
AGES = ("u14", "a14_18", "a19_24", "a25_34", "a35")
REGIONS = (
    "seoul busan daegu incheon gwangju daejeon ulsan sejong gyeonggi gangwon chungbuk "
    "chungnam jeonbuk jeonnam gyeongbuk gyeongnam jeju abroad"
).split()
SAFE = ("yes", "no")
NEEDS = ("housing", "medical", "money", "legal", "adoption", "talk")
STEPS = ("weeks", "age", "region", "safe", "needs")
FIELD_ORDER = ("weeks", "age", "region", "needs", "safe")
NEED_TOPICS = {
    "housing": ("shelter",),
    "medical": ("medical_costs",),
    "money": ("financial_support",),
    "legal": ("legal_help",),
    "adoption": ("protected_birth", "adoption"),
    "talk": ("counseling",),
}
SKIP = "skip"
DONE = "done"
DISCARD = "intake:discard"


def _options(ctx: Ctx, state: Session, step: str) -> list[Button]:
    if step == "region":
        return [ctx.button(state, f"ans:{r}", f"region.{r}") for r in REGIONS]
    if step == "needs":
        chosen = set(filter(None, state.answers.get("needs", "").split(",")))
        buttons = []
        for need in NEEDS:
            label = ctx.t(state, f"intake.needs.{need}")
            buttons.append(Button(f"ans:{need}", ("✓ " if need in chosen else "") + label))
        return [*buttons, ctx.button(state, DONE, "common.done")]
    codes = {"weeks": WEEKS, "age": AGES, "safe": SAFE}[step]
    return [ctx.button(state, f"ans:{c}", f"intake.{step}.{c}") for c in codes]


def ask(ctx: Ctx, state: Session, step: str, *, before: tuple[Reply, ...] = ()) -> Outcome:
    """Show the question for `step` with its options and skip."""
    buttons = [*_options(ctx, state, step), ctx.button(state, SKIP, "common.skip")]
    return show(ctx, state, ctx.t(state, f"intake.{step}.q"), buttons, before=before, step=step)


def start(ctx: Ctx, state: Session) -> Outcome:
    """Begin the intake with a short explanation."""
    fresh = state.model_copy(update={"flow": Flow.INTAKE, "answers": {}, "return_to": ""})
    return ask(ctx, fresh, STEPS[0], before=(Reply(ctx.t(fresh, "intake.intro")),))


def render(ctx: Ctx, state: Session) -> Outcome:
    """Show the current question again (or the summary)."""
    if state.step in STEPS:
        return ask(ctx, state, state.step)
    return summary(ctx, state)


def _next(ctx: Ctx, state: Session, step: str, before: tuple[Reply, ...] = ()) -> Outcome:
    index = STEPS.index(step)
    if index + 1 < len(STEPS):
        return ask(ctx, state, STEPS[index + 1], before=before)
    return summary(ctx, state, before=before)


def press(ctx: Ctx, state: Session, button_id: str) -> Outcome | None:
    """Record an answer, skip, or finish; None if the button is not the intake's."""
    step = state.step
    if button_id == DISCARD:
        done = state.model_copy(update={"answers": {}})
        return show(ctx, done, ctx.t(state, "intake.discarded"), effects=(KeepIntake(()),))
    if step not in STEPS:
        return None
    if button_id == SKIP or (button_id == DONE and step == "needs"):
        return _next(ctx, state, step)
    if not button_id.startswith("ans:"):
        return None
    return _answer(ctx, state, step, button_id.removeprefix("ans:"))


def _answer(ctx: Ctx, state: Session, step: str, code: str) -> Outcome:
    answers = dict(state.answers)
    if step == "needs":
        chosen = list(filter(None, answers.get("needs", "").split(",")))
        chosen = [c for c in chosen if c != code] if code in chosen else [*chosen, code]
        answers["needs"] = ",".join(n for n in NEEDS if n in chosen)
        return ask(ctx, state.model_copy(update={"answers": answers}), "needs")
    answers[step] = code
    updated = state.model_copy(update={"answers": answers})
    if step == "age" and code == "u14":
        updated = updated.model_copy(update={"under14": True})
        return _next(ctx, updated, step, (Reply(ctx.t(updated, "intake.under14")),))
    if step == "safe" and code == "no":
        outcome = _next(ctx, updated, step, (Reply(ctx.t(updated, "intake.unsafe"), safety=True),))
        escalate = Escalate(Risk.VIOLENCE, "intake.not_safe")
        return Outcome(outcome.replies, outcome.next_state, (escalate, *outcome.effects))
    return _next(ctx, updated, step)


def _label(ctx: Ctx, state: Session, field: str, code: str) -> str:
    if field == "region":
        return ctx.t(state, f"region.{code}")
    if field == "needs":
        return ", ".join(ctx.t(state, f"intake.needs.{n}") for n in code.split(",") if n)
    return ctx.t(state, f"intake.{field}.{code}")


def kept_fields(ctx: Ctx, state: Session) -> tuple[tuple[str, str], ...]:
    """The answers that will be stored: allowed by policy, and none for under-14s."""
    if state.under14:
        return ()
    allowed = ctx.policy.intake_fields
    return tuple(
        (f, state.answers[f]) for f in FIELD_ORDER if f in allowed and state.answers.get(f)
    )


def suggestions(state: Session) -> list[str]:
    """Topic ids that fit her answers, most relevant first, without repeats."""
    topics: list[str] = []
    for need in filter(None, state.answers.get("needs", "").split(",")):
        topics.extend(NEED_TOPICS[need])
    if state.answers.get("age") in ("u14", "a14_18") or state.under14:
        topics.append("teen_pregnancy")
    if state.answers.get("region") == "abroad":
        topics.append("migrant_support")
    return list(dict.fromkeys(topics))[:4]


def summary(ctx: Ctx, state: Session, *, before: tuple[Reply, ...] = ()) -> Outcome:
    """Show exactly what is kept, keep it, and offer a counselor and fitting topics."""
    kept = kept_fields(ctx, state)
    lines = [ctx.t(state, "intake.summary")]
    lines += [
        f"• {ctx.t(state, f'intake.field.{f}')}: {_label(ctx, state, f, v)}" for f, v in kept
    ]
    if not kept:
        lines = [ctx.t(state, "intake.summary_none")]
    if state.under14:
        lines.append(ctx.t(state, "intake.under14"))
    lines += ["", ctx.t(state, "intake.summary_footer"), "", ctx.t(state, "intake.suggest")]
    buttons = [topic_button(ctx, state, t) for t in suggestions(state)]
    if kept:
        buttons.append(ctx.button(state, DISCARD, "intake.discard"))
    finished = state.model_copy(update={"answers": dict(kept), "step": "summary"})
    effects = (KeepIntake(kept),) if kept else ()
    return show(ctx, finished, "\n".join(lines), buttons, before=before, effects=effects)

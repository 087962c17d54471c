"""Shelter referral: facility types, who can enter, how admission works, then her next contact.

Three information screens, then two questions (region, situation); the result names the
contacts that fit: always 1308 (it can ask a facility to admit her), Seoul's center for Seoul,
1366 and temporary facilities when she must escape violence.
"""

from __future__ import annotations

from flows.intake import REGIONS
from flows.model import Button, Flow, Outcome, Session
from flows.screen import Ctx, show

INFO = ("types", "eligibility", "admission")
SITUATIONS = ("pregnant", "baby", "violence")
NEXT = "next"
SKIP = "skip"


def start(ctx: Ctx, state: Session) -> Outcome:
    """Begin with the facility types."""
    fresh = state.model_copy(update={"flow": Flow.SHELTER, "return_to": ""})
    return _info(ctx, fresh, INFO[0])


def _info(ctx: Ctx, state: Session, step: str) -> Outcome:
    buttons = [ctx.button(state, NEXT, "common.next")]
    return show(ctx, state, ctx.t(state, f"shelter.{step}"), buttons, step=step)


def _ask(ctx: Ctx, state: Session, step: str) -> Outcome:
    if step == "region":
        options = [ctx.button(state, f"ans:{r}", f"region.{r}") for r in REGIONS]
    else:
        options = [ctx.button(state, f"ans:{s}", f"shelter.situation.{s}") for s in SITUATIONS]
    buttons = [*options, ctx.button(state, SKIP, "common.skip")]
    return show(ctx, state, ctx.t(state, f"shelter.{step}.q"), buttons, step=step)


def render(ctx: Ctx, state: Session) -> Outcome:
    """Show the current screen again."""
    if state.step in INFO:
        return _info(ctx, state, state.step)
    if state.step in ("region", "situation"):
        return _ask(ctx, state, state.step)
    return result(ctx, state)


def press(ctx: Ctx, state: Session, button_id: str) -> Outcome | None:
    """Advance through the screens and record the two answers."""
    step = state.step
    if step in INFO and button_id == NEXT:
        following = INFO.index(step) + 1
        if following < len(INFO):
            return _info(ctx, state, INFO[following])
        return _ask(ctx, state, "region")
    if step in ("region", "situation") and (button_id == SKIP or button_id.startswith("ans:")):
        answers = dict(state.answers)
        if button_id != SKIP:
            answers[f"shelter_{step}"] = button_id.removeprefix("ans:")
        updated = state.model_copy(update={"answers": answers})
        return _ask(ctx, updated, "situation") if step == "region" else result(ctx, updated)
    return None


def result(ctx: Ctx, state: Session) -> Outcome:
    """Name her next contacts and offer a counselor."""
    region = state.answers.get("shelter_region") or state.answers.get("region")
    situation = state.answers.get("shelter_situation")
    parts = [ctx.t(state, "shelter.result.base")]
    if situation:
        parts.append(ctx.t(state, f"shelter.result.{situation}"))
    if region == "seoul":
        parts.append(ctx.t(state, "shelter.result.seoul"))
    # The answers were only needed to pick the contacts: keep none of them.
    kept = {k: v for k, v in state.answers.items() if not k.startswith("shelter_")}
    done = state.model_copy(update={"answers": kept})
    buttons = [Button("topic:shelter", ctx.kb.topics["shelter"].in_lang(state.lang).title)]
    return show(ctx, done, "\n\n".join(parts), buttons, step="result")

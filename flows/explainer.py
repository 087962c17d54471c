"""Step-by-step explanations: 보호출산제 (eight steps) and 출생통보제 (four steps).

One screen per step. Protected birth screens also offer "what happens to my data" and "can I
change my mind", which open a side screen with a way back to the same step.
"""

from __future__ import annotations

from dataclasses import dataclass

from flows.model import Button, Flow, Outcome, Session
from flows.screen import Ctx, show

NEXT = "next"
BACK = "pb:back"
SIDES = {"pb:data": "data", "pb:change": "change"}


@dataclass(frozen=True)
class Explainer:
    """A linear explanation: its flow, key prefix, number of steps and extra buttons."""

    flow: Flow
    prefix: str
    steps: int
    sides: bool

    def start(self, ctx: Ctx, state: Session) -> Outcome:
        """Show the first step."""
        fresh = state.model_copy(update={"flow": self.flow, "return_to": ""})
        return self.step(ctx, fresh, 1)

    def step(self, ctx: Ctx, state: Session, number: int) -> Outcome:
        """Show step `number` (or the closing screen past the last one)."""
        if number > self.steps:
            return self._end(ctx, state)
        buttons = [ctx.button(state, NEXT, f"{self.prefix}.btn.next")]
        if self.sides:
            buttons += [
                ctx.button(state, "pb:data", "pb.btn.data"),
                ctx.button(state, "pb:change", "pb.btn.change"),
            ]
        if self.flow is Flow.BIRTH_NOTIFICATION and number == self.steps:
            buttons = [ctx.button(state, "flow:protected_birth", "bn.btn.pb")]
        text = f"({number}/{self.steps})\n" + ctx.t(state, f"{self.prefix}.step{number}")
        return show(ctx, state, text, buttons, step=str(number))

    def _end(self, ctx: Ctx, state: Session) -> Outcome:
        topic = ctx.kb.topics[self.flow.value]
        buttons = [
            Button(f"topic:{r}", ctx.kb.topics[r].in_lang(state.lang).title)
            for r in topic.related[:2]
        ]
        return show(ctx, state, ctx.t(state, f"{self.prefix}.end"), buttons, step="end")

    def render(self, ctx: Ctx, state: Session) -> Outcome:
        """Show the current screen again."""
        side, number = _position(state.step)
        if side:
            return self._side(ctx, state, side, number)
        if state.step == "end":
            return self._end(ctx, state)
        return self.step(ctx, state, number or 1)

    def _side(self, ctx: Ctx, state: Session, side: str, number: int) -> Outcome:
        buttons = [
            ctx.button(state, BACK, "pb.btn.back"),
            ctx.button(state, NEXT, f"{self.prefix}.btn.next"),
        ]
        return show(ctx, state, ctx.t(state, f"pb.{side}"), buttons, step=f"{side}:{number}")

    def press(self, ctx: Ctx, state: Session, button_id: str) -> Outcome | None:
        """Move forward, open a side screen, or go back to the step."""
        side, number = _position(state.step)
        if button_id == NEXT and number:
            return self.step(ctx, state, number + 1)
        if button_id in SIDES and self.sides and number:
            return self._side(ctx, state, SIDES[button_id], number)
        if button_id == BACK and side:
            return self.step(ctx, state, number)
        return None


def _position(step: str) -> tuple[str, int]:
    """Split a step id: "3" → ("", 3); "data:3" → ("data", 3); "end" → ("", 0)."""
    side, _, number = step.rpartition(":")
    return (side if side in SIDES.values() else ""), int(number) if number.isdigit() else 0


PROTECTED_BIRTH = Explainer(Flow.PROTECTED_BIRTH, "pb", steps=8, sides=True)
BIRTH_NOTIFICATION = Explainer(Flow.BIRTH_NOTIFICATION, "bn", steps=4, sides=False)

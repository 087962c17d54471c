"""The conversation engine: `Engine.handle(state, event) -> Outcome`, pure and transport-free.

Order for every event, in every state: triage first (a risk hit answers at once with the
emergency numbers and escalates), then the active step if the text or button fits it, then the
global buttons and commands, then the FAQ matcher. Every screen ends with a way to a human and a
way back to the menu (see `flows.screen.show`).
"""

from __future__ import annotations

from typing import Protocol

from flows import explainer, intake, shelter
from flows.menu import Menus
from flows.model import (
    Audit,
    Command,
    Event,
    Flow,
    Lang,
    Outcome,
    Press,
    Reply,
    Session,
    Text,
    Unsupported,
)
from flows.ports import PrivacyPolicy
from flows.screen import COUNSELOR, MENU, Ctx, prepend
from flows.triage import triage
from knowledge import Knowledge, MatchSettings, small_talk
from knowledge.normalize import clean, compact

ALWAYS_VALID = frozenset({MENU, COUNSELOR})
WORDS_FOR_MENU = frozenset({"메뉴", "처음", "처음으로", "홈", "menu", "home", "start"})


class Engine:
    """Turn one event and her state into replies, effects and her next state."""

    def __init__(
        self,
        kb: Knowledge,
        *,
        policy: PrivacyPolicy | None = None,
        matching: MatchSettings | None = None,
        default_lang: Lang = Lang.KO,
    ) -> None:
        """Hold the knowledge and settings every step reads."""
        self.ctx = Ctx(kb, policy or PrivacyPolicy(), matching or MatchSettings())
        self.default_lang = default_lang
        self.menus = Menus(self.ctx)

    @property
    def kb(self) -> Knowledge:
        """The knowledge this engine answers from."""
        return self.ctx.kb

    def new_session(self, lang_hint: str | None = None) -> Session:
        """Start a session in the hinted language if we speak it, else the default."""
        hint = (lang_hint or "").lower()[:2]
        lang = Lang(hint) if hint in {m.value for m in Lang} else self.default_lang
        return Session(lang=lang)

    def handle(self, state: Session, event: Event) -> Outcome:
        """Handle one event; the first contact also gets the short privacy notice.

        A first message in crisis gets only the crisis help; the notice comes with the next one.
        """
        outcome = self._dispatch(state, event)
        if state.started or (isinstance(event, Command) and event.name == "start"):
            return outcome
        if any(reply.safety for reply in outcome.replies):
            return outcome
        started = outcome.next_state.model_copy(update={"started": True})
        welcome = Reply(self.ctx.welcome(started))
        return Outcome((welcome, *outcome.replies), started, outcome.effects)

    def _dispatch(self, state: Session, event: Event) -> Outcome:
        match event:
            case Text(text=text):
                return self._text(state, text)
            case Press(button_id=button_id):
                return self.press(state, button_id)
            case Command():
                return self.menus.command(state, event, self.render)
            case Unsupported():
                return self._note(state, "common.unsupported")
        raise AssertionError(event)  # pragma: no cover - Event is a closed union

    def _note(self, state: Session, key: str, **values: object) -> Outcome:
        return prepend(self.render(state), [Reply(self.ctx.t(state, key, **values))])

    def _text(self, state: Session, raw: str) -> Outcome:
        text = clean(raw)
        if not text:
            return self._note(state, "common.empty")
        hit = triage(text, self.kb.lexicon)
        if hit is None:
            return self._answer(state, text)
        if not hit.check_in:
            return self.menus.crisis(state, hit, self.render, text)
        # Her words show the risk but, as a whole, not now: her answer, led by the numbers.
        check_in = Reply(self.ctx.t(state, f"check_in.{hit.risk.value}"), safety=True)
        return prepend(self._answer(state, text), [check_in], [Audit("check_in", hit.rule_id)])

    def _answer(self, state: Session, text: str) -> Outcome:
        """Answer text that raised no alarm: a button it names, small talk or the FAQ."""
        notes = []
        if len(text) > self.ctx.max_text:
            text = text[: self.ctx.max_text]
            notes.append(Reply(self.ctx.t(state, "common.too_long", limit=self.ctx.max_text)))
        button_id = self._button_for_text(state, text)
        if button_id is not None:
            return prepend(self.press(state, button_id), notes)
        chat = small_talk(text)
        if chat is not None:  # "고마워요", "안녕": a kind word and the screen she is on
            return self._note(state, f"smalltalk.{chat}")
        return prepend(self.menus.faq(state, text), notes)

    def _button_for_text(self, state: Session, text: str) -> str | None:
        typed = compact(text)
        if typed in WORDS_FOR_MENU:
            return MENU
        current = self.render(state).replies[-1].buttons
        for button in current:
            if typed and typed == compact(button.label.removeprefix("✓ ")):
                return button.id
        return None

    def press(self, state: Session, button_id: str) -> Outcome:
        """Handle a button; a stale or forged one gets a kind note and the current screen."""
        if button_id not in state.offered and button_id not in ALWAYS_VALID:
            return self._note(state, "common.expired")
        flow = FLOWS.get(state.flow)
        if flow is not None:
            outcome = flow.press(self.ctx, state, button_id)
            if outcome is not None:
                return outcome
        outcome = self.menus.press(state, button_id, self.start_flow, self.render)
        return outcome if outcome is not None else self._note(state, "common.expired")

    def start_flow(self, state: Session, flow: Flow) -> Outcome:
        """Begin one of the four guided flows."""
        return FLOWS[flow].start(self.ctx, state.model_copy(update={"step": ""}))

    def render(self, state: Session) -> Outcome:
        """Show her current screen again (after a note, an expired button or a crisis)."""
        flow = FLOWS.get(state.flow)
        if flow is not None and state.step:
            return flow.render(self.ctx, state)
        return self.menus.render(state)


class GuidedFlow(Protocol):
    """What the engine needs of a guided flow (a module or an `Explainer`)."""

    def start(self, ctx: Ctx, state: Session) -> Outcome:
        """Begin the flow."""

    def render(self, ctx: Ctx, state: Session) -> Outcome:
        """Show the current step again."""

    def press(self, ctx: Ctx, state: Session, button_id: str) -> Outcome | None:
        """Handle a button of the flow, or return None."""


FLOWS: dict[Flow, GuidedFlow] = {
    Flow.INTAKE: intake,
    Flow.SHELTER: shelter,
    Flow.PROTECTED_BIRTH: explainer.PROTECTED_BIRTH,
    Flow.BIRTH_NOTIFICATION: explainer.BIRTH_NOTIFICATION,
}

"""Screens outside the guided flows: menu, topics, language, FAQ, counselor, crisis, forget."""

from __future__ import annotations

from collections.abc import Callable

from flows.model import (
    Button,
    Command,
    EndCase,
    Escalate,
    Flow,
    Forget,
    Lang,
    Outcome,
    RecordUnanswered,
    Reply,
    RequestCounselor,
    Session,
)
from flows.redact import redact
from flows.screen import COUNSELOR, MENU, RESUME, Ctx, prepend, show, topic_button
from flows.triage import TriageHit
from knowledge import match

Render = Callable[[Session], Outcome]
StartFlow = Callable[[Session, Flow], Outcome]

GUIDED = (Flow.INTAKE, Flow.SHELTER, Flow.PROTECTED_BIRTH, Flow.BIRTH_NOTIFICATION)
LANGUAGE_NAMES = {Lang.KO: "한국어", Lang.EN: "English", Lang.VI: "Tiếng Việt", Lang.ZH: "中文"}
END_CASE = "end_case"


class Menus:
    """Build the screens that are not steps of a guided flow."""

    def __init__(self, ctx: Ctx) -> None:
        """Keep the shared context."""
        self.ctx = ctx

    # -------------------------------------------------------------- screens

    def menu(self, state: Session, *, before: tuple[Reply, ...] = ()) -> Outcome:
        """Show the main menu."""
        t = self.ctx.button
        buttons = [
            t(state, "flow:intake", "menu.intake"),
            t(state, "flow:shelter", "menu.shelter"),
            t(state, "flow:protected_birth", "menu.protected_birth"),
            t(state, "flow:birth_notification", "menu.birth_notification"),
            t(state, "topics", "menu.topics"),
            t(state, COUNSELOR, "common.counselor"),
            t(state, "lang", "menu.language"),
            t(state, "forget", "menu.forget"),
        ]
        home = state.model_copy(update={"flow": Flow.MENU, "step": "", "return_to": ""})
        text = self.ctx.t(state, "menu.title")
        return show(self.ctx, home, text, buttons, before=before, home=True)

    def topics(self, state: Session) -> Outcome:
        """List every topic as a button."""
        buttons = [
            topic_button(self.ctx, state, t)
            for t in self.ctx.kb.topics
            if t != "counselor_request"
        ]
        text = self.ctx.t(state, "topics.title")
        return show(self.ctx, state, text, buttons, flow=Flow.TOPIC, step="")

    def topic(self, state: Session, topic_id: str, *, more: bool = False) -> Outcome:
        """Show a topic's short answer (or its details) with related next steps."""
        if topic_id == "counselor_request":
            return self.counselor(state)
        topic = self.ctx.kb.topics[topic_id]
        loc = topic.in_lang(state.lang)
        buttons = []
        if loc.more and not more:
            buttons.append(Button(f"more:{topic_id}", self.ctx.t(state, "common.more")))
        if topic.flow:
            buttons.append(self.ctx.button(state, f"flow:{topic.flow}", f"menu.{topic.flow}"))
        buttons += [topic_button(self.ctx, state, r) for r in topic.related[:2]]
        if topic_id == "confidentiality":
            buttons.append(self.ctx.button(state, "forget", "menu.forget"))
        text = f"{self.ctx.t(state, 'faq.more_title')}\n\n{loc.more}" if more else loc.answer
        text = self.ctx.privacy(state, text)
        return show(self.ctx, state, text, buttons, flow=Flow.TOPIC, step=topic_id)

    def language(self, state: Session) -> Outcome:
        """Offer the languages."""
        buttons = [Button(f"lang:{code.value}", name) for code, name in LANGUAGE_NAMES.items()]
        text = self.ctx.t(state, "language.title")
        return show(self.ctx, state, text, buttons, flow=Flow.LANGUAGE, step="")

    def counselor(self, state: Session) -> Outcome:
        """Ask for a counselor (once) and say honestly what happens next."""
        key = "counselor.already" if state.case_open else "counselor.requested"
        effects = () if state.case_open else (RequestCounselor(),)
        buttons = [self.ctx.button(state, END_CASE, "counselor.end")]
        text = self.ctx.t(state, key)
        return show(self.ctx, state, text, buttons, effects=effects, case_open=True)

    def crisis(self, state: Session, hit: TriageHit, render: Render, text: str) -> Outcome:
        """Answer a risk hit first with its numbers, escalate, and keep her place.

        In a guided flow the current step follows; elsewhere, if her words also ask a clear
        question (e.g. how to report violence), its answer follows the emergency numbers.
        """
        reply = Reply(self.ctx.t(state, f"crisis.{hit.risk.value}"), safety=True)
        effects = (Escalate(hit.risk, hit.rule_id),)
        opened = state.model_copy(update={"case_open": True})
        if state.flow in GUIDED and state.step:
            screen = render(opened)
            *rest, last = screen.replies
            lead = f"{self.ctx.t(state, 'common.resume')}\n\n{last.text}"
            resumed = Reply(lead, last.buttons, last.safety)
            return Outcome((reply, *rest, resumed), screen.next_state, effects)
        found = match(text, self.ctx.kb.index, self.ctx.matching)
        if found.confident and found.best and found.best.topic != "counselor_request":
            return prepend(self.topic(opened, found.best.topic), [reply], effects)
        return show(self.ctx, opened, reply.text, effects=effects, safety=True)

    def render(self, state: Session) -> Outcome:
        """Show the current non-flow screen again."""
        if state.flow is Flow.TOPIC and state.step in self.ctx.kb.topics:
            return self.topic(state, state.step)
        if state.flow is Flow.TOPIC:
            return self.topics(state)
        if state.flow is Flow.LANGUAGE:
            return self.language(state)
        if state.flow is Flow.FORGET_CONFIRM:
            return self.forget_confirm(state)
        return self.menu(state)

    # -------------------------------------------------------------- FAQ

    def faq(self, state: Session, text: str) -> Outcome:
        """Answer free text from the knowledge base, ask back when unsure, or say what we do.

        Not sure: the likeliest topics as buttons ("혹시 이 중에…"), the counselor button
        standing in for `counselor_request`. About none of the topics: what gyeot can help
        with, then the menu (or, mid-flow, the way back to her step).
        """
        found = match(text, self.ctx.kb.index, self.ctx.matching)
        away = _remember_place(state)
        if found.answer is not None:
            return self.topic(away, found.answer)
        if found.suggestions:
            buttons = [
                topic_button(self.ctx, away, topic)
                for topic in found.suggestions
                if topic != "counselor_request"
            ]
            return show(self.ctx, away, self.ctx.t(state, "faq.unsure"), buttons)
        record = RecordUnanswered(redact(text)[:500], state.lang)
        note = self.ctx.t(state, "faq.nomatch")
        if away.return_to:
            return show(self.ctx, away, note, effects=(record,))
        return prepend(self.menu(away), [Reply(note)], [record])

    # -------------------------------------------------------------- forget

    def forget_confirm(self, state: Session) -> Outcome:
        """Ask before erasing everything."""
        buttons = [
            self.ctx.button(state, "forget:yes", "forget.yes"),
            self.ctx.button(state, "forget:no", "forget.no"),
        ]
        text = self.ctx.t(state, "forget.confirm")
        return show(self.ctx, state, text, buttons, flow=Flow.FORGET_CONFIRM, step="")

    def forget(self, state: Session, *, chat_messages: bool) -> Outcome:
        """Erase everything about her; the next message starts afresh."""
        fresh = Session(lang=state.lang, started=True)
        key = "erase.done" if chat_messages else "forget.done"
        outcome = show(self.ctx, fresh, self.ctx.t(fresh, key))
        return Outcome(outcome.replies, outcome.next_state, (Forget(chat_messages=chat_messages),))

    # -------------------------------------------------------------- input

    def press(  # noqa: PLR0911 - one branch per global button reads best flat
        self, state: Session, button_id: str, start_flow: StartFlow, render: Render
    ) -> Outcome | None:
        """Handle the buttons that work on any screen."""
        kind, _, arg = button_id.partition(":")
        if button_id == MENU:
            return self.menu(state)
        if button_id == COUNSELOR:
            return self.counselor(state)
        if button_id == END_CASE:
            return self.end_case(state)
        if button_id == RESUME and state.return_to:
            flow, _, step = state.return_to.partition(":")
            return render(
                state.model_copy(update={"flow": Flow(flow), "step": step, "return_to": ""})
            )
        if kind == "flow" and arg in {f.value for f in GUIDED}:
            return start_flow(state, Flow(arg))
        if kind in ("topic", "more") and arg in self.ctx.kb.topics:
            return self.topic(state, arg, more=kind == "more")
        if kind == "lang" and arg in {m.value for m in Lang}:
            return self.switch_language(state, Lang(arg))
        return self._simple(state, button_id)

    def _simple(self, state: Session, button_id: str) -> Outcome | None:
        simple: dict[str, Callable[[], Outcome]] = {
            "topics": lambda: self.topics(state),
            "lang": lambda: self.language(state),
            "forget": lambda: self.forget_confirm(state),
            "forget:yes": lambda: self.forget(state, chat_messages=False),
            "forget:no": lambda: self.menu(
                state, before=(Reply(self.ctx.t(state, "forget.cancelled")),)
            ),
        }
        action = simple.get(button_id)
        return action() if action else None

    def end_case(self, state: Session) -> Outcome:
        """She ends the conversation with the counselor."""
        if not state.case_open:
            return self.menu(state)
        closed = state.model_copy(update={"case_open": False})
        reply = Reply(self.ctx.t(state, "counselor.ended"))
        return prepend(self.menu(closed), [reply], [EndCase()])

    def switch_language(self, state: Session, lang: Lang) -> Outcome:
        """Speak `lang` from now on and show the menu in it."""
        chosen = state.model_copy(update={"lang": lang})
        return self.menu(chosen, before=(Reply(self.ctx.t(chosen, "language.changed")),))

    def command(self, state: Session, command: Command, render: Render) -> Outcome:
        """Handle a slash command (`/language en` switches at once: the web page menu)."""
        name = command.name
        if name == "language" and command.arg in {m.value for m in Lang}:
            return self.switch_language(state, Lang(command.arg))
        if name == "start":
            fresh = state.model_copy(update={"started": True})
            return self.menu(fresh, before=(Reply(self.ctx.welcome(state)),))
        if name == "help":
            return show(
                self.ctx, state, self.ctx.t(state, "help.text"), flow=Flow.MENU, step="help"
            )
        actions: dict[str, Callable[[], Outcome]] = {
            "menu": lambda: self.menu(state),
            "language": lambda: self.language(state),
            "counselor": lambda: self.counselor(state),
            "forget": lambda: self.forget_confirm(state),
            "erase": lambda: self.forget(state, chat_messages=True),
            "end": lambda: self.end_case(state),
        }
        action = actions.get(name)
        if action is not None:
            return action()
        note = Reply(self.ctx.t(state, "common.unknown_command", name=name[:32]))
        return prepend(render(state), [note])


def _remember_place(state: Session) -> Session:
    """Leaving a guided flow for an answer keeps a way back to the step she was on."""
    if state.flow in GUIDED and state.step and not state.return_to:
        return state.model_copy(update={"return_to": f"{state.flow.value}:{state.step}"})
    return state

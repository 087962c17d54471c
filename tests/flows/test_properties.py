"""Properties of the engine over any sequence of events (hypothesis).

Whatever she sends, in whatever order, with stale or forged buttons and restarts in between:
the engine never raises, every screen offers a way to a human and a way back to the menu,
and a message that triage flags is answered with the safety reply first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from flows import (
    Command,
    Engine,
    Escalate,
    Event,
    Flow,
    Outcome,
    Press,
    Session,
    Text,
    Unsupported,
    triage,
)
from knowledge import Knowledge

MENU, COUNSELOR = "menu", "counselor"
HOME_BUTTONS = {"flow:intake", "flow:shelter", "topics", COUNSELOR}
FIRST_HELP = {"medical": "119", "self_harm": "109", "violence": "112", "child_safety": "1308"}
UNRESOLVED = re.compile(r"\{[a-z_]+\}")
BARE_KEY = re.compile(r"[a-z_]+(?:\.[a-z0-9_]+)+")

QUESTIONS = [
    "보호출산제가 뭐예요?",
    "출생통보제 때문에 병원에서 낳으면 다 알려지나요",
    "쉼터 들어가려면 어떻게 해요",
    "임신 진료비 지원 받을 수 있어요?",
    "입양 보내려면 어디에 연락해요",
    "상담사랑 얘기하고 싶어요",
    "제 기록 지워 주세요",
    "What is protected birth?",
    "Where can I stay if my parents kick me out?",
    "how much does a prenatal checkup cost",
    "Tôi cần giúp đỡ",
    "我怀孕了，怎么办",
]
CRISIS = [
    "죽고 싶어요",
    "피가 너무 많이 나요 어떡해요",
    "양수가 터진 것 같아요",
    "남편이 때려요 무서워요",
    "아기를 버리고 싶어요",
    "아기랑 같이 죽고 싶어요",
    "I want to kill myself",
    "my boyfriend hits me",
    "I'm bleeding a lot and I'm 30 weeks",
]
HYPERBOLE = ["배고파 죽겠어요", "진통제 먹어도 돼요?", "양수검사 비용 얼마예요", "죽만 먹어요"]
ODD = [
    "",
    "   ",
    "😭😭😭",
    "🤰🏻👶",
    "\x00\x07\x1b[31m",
    "\u200b\u200f\ufeff",
    "메뉴",
    "처음으로",
    "1",
    "/",
    "가" * 5000,
    "a " * 3000 + "죽고 싶어요",
    "\ud7a3" * 100,
]
COMMANDS = ["start", "menu", "help", "language", "counselor", "forget", "erase", "end"]
MEDIA = ["sticker", "photo", "voice", "document", "location", "contact", "edited"]

texts = st.one_of(
    st.sampled_from(QUESTIONS + CRISIS + HYPERBOLE + ODD),
    st.text(max_size=60),
    st.text(alphabet=st.characters(categories=["Cc", "Cf", "Zs", "So"]), max_size=20),
    st.lists(
        st.sampled_from(QUESTIONS + CRISIS + HYPERBOLE + ["ㅠㅠ", "...", "!!"]), max_size=4
    ).map(" ".join),
)
commands = st.one_of(
    st.sampled_from(COMMANDS),
    st.text(alphabet="abcdefghijklmnopqrstuvwxyz_0123456789", min_size=1, max_size=40),
)
ACTIONS = ("text", "valid", "valid", "valid", "stale", "forged", "command", "media", "restart")


@dataclass
class Walk:
    """Her state as storage would keep it, plus every button she has ever been shown."""

    engine: Engine
    state: Session
    shown: list[str] = field(default_factory=list)

    def send(self, event: Event) -> Outcome:
        outcome = self.engine.handle(self.state, event)
        self.state = outcome.next_state
        self.shown.extend(self.state.offered)
        return outcome

    def restart(self) -> None:
        restored = Session.model_validate_json(self.state.model_dump_json())
        assert restored == self.state
        self.state = restored


def draw_event(data: st.DataObject, walk: Walk) -> Event | None:
    """Draw one event (None means a restart of the bot between two messages)."""
    kind = data.draw(st.sampled_from(ACTIONS))
    if kind == "text":
        return Text(data.draw(texts))
    if kind == "valid" and walk.state.offered:
        return Press(data.draw(st.sampled_from(walk.state.offered)))
    if kind == "stale" and walk.shown:
        return Press(data.draw(st.sampled_from(walk.shown)))
    if kind == "forged":
        return Press(data.draw(st.text(max_size=70)))
    if kind == "command":
        return Command(data.draw(commands), data.draw(st.sampled_from(["", "x", "한국어"])))
    if kind == "media":
        return Unsupported(data.draw(st.sampled_from(MEDIA)))
    return None


def check_outcome(event: Event, before: Session, outcome: Outcome, kb: Knowledge) -> None:
    """Assert the invariants every outcome must keep."""
    assert outcome.replies, event
    last = outcome.replies[-1]
    ids = [b.id for b in last.buttons]
    assert COUNSELOR in ids, (event, ids)
    on_menu = outcome.next_state.flow is Flow.MENU and set(ids) >= HOME_BUTTONS
    assert MENU in ids or on_menu, (event, ids)
    assert outcome.next_state.offered == tuple(ids)
    for reply in outcome.replies:
        assert reply.text.strip(), event
        assert not BARE_KEY.fullmatch(reply.text), reply.text  # a UI string is missing
        if not isinstance(event, Command):
            assert not UNRESOLVED.search(reply.text), reply.text
    if isinstance(event, Text):
        check_triage(event.text, before, outcome, kb)


def check_triage(text: str, before: Session, outcome: Outcome, kb: Knowledge) -> None:
    """A flagged message gets the safety reply first, with its numbers, and an escalation."""
    hit = triage(text, kb.lexicon)
    first = outcome.replies[0]
    if hit is None:
        return
    assert FIRST_HELP[hit.risk.value] in first.text, (text, hit)
    if hit.check_in:  # her answer, led by the risk's numbers; no case, no alert
        assert not any(isinstance(effect, Escalate) for effect in outcome.effects), (text, hit)
        return
    assert first.safety, (text, hit)
    assert Escalate(hit.risk, hit.rule_id) in outcome.effects
    assert outcome.next_state.case_open
    if not before.started:  # first contact in crisis: only help now, the notice comes next
        assert not outcome.next_state.started


PROPERTY = settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@pytest.fixture(scope="module")
def engine(kb: Knowledge) -> Engine:
    return Engine(kb)


@PROPERTY
@given(data=st.data(), lang=st.sampled_from(["ko", "en", "vi", "zh", None, "xx"]))
def test_any_sequence_keeps_her_safe_and_never_stranded(
    engine: Engine, data: st.DataObject, lang: str | None
) -> None:
    """Any mix of messages, buttons (valid, stale, forged), commands, media and restarts
    never raises, always offers a counselor and the menu, and answers a crisis first."""
    walk = Walk(engine, engine.new_session(lang))
    for _ in range(data.draw(st.integers(min_value=1, max_value=25))):
        event = draw_event(data, walk)
        if event is None:
            walk.restart()
            continue
        before = walk.state
        check_outcome(event, before, walk.send(event), engine.kb)


@PROPERTY
@given(
    prefix=st.lists(st.sampled_from(["flow:intake", "next", "ans:p0_12", "skip", "topics"])),
    noise=st.text(max_size=40),
    crisis=st.sampled_from(CRISIS),
    where=st.sampled_from(["before", "after", "alone"]),
    first_contact=st.booleans(),
)
def test_crisis_in_any_state_is_answered_first(
    engine: Engine, prefix: list[str], noise: str, crisis: str, where: str, first_contact: bool
) -> None:
    """A crisis line, wherever she is (even her very first message) and whatever surrounds it,
    gets the safety reply first and still ends on a screen with a counselor and the menu."""
    walk = Walk(engine, Session(started=not first_contact))
    if prefix:
        walk.send(Command("menu"))
    for button_id in prefix:
        walk.send(Press(button_id))
    text = {"before": f"{noise} {crisis}", "after": f"{crisis} {noise}", "alone": crisis}[where]
    before = walk.state
    outcome = walk.send(Text(text))
    check_outcome(Text(text), before, outcome, engine.kb)
    assert outcome.replies[0].safety


@PROPERTY
@given(text=st.sampled_from(HYPERBOLE), flow=st.sampled_from(["menu", "flow:intake"]))
def test_hyperbole_never_raises_an_alarm(engine: Engine, text: str, flow: str) -> None:
    """Korean hyperbole and trigger look-alikes get no safety reply and no escalation."""
    walk = Walk(engine, Session(started=True))
    walk.send(Press(flow) if flow != "menu" else Command("menu"))
    outcome = walk.send(Text(text))
    assert not any(r.safety for r in outcome.replies), text
    assert not any(isinstance(e, Escalate) for e in outcome.effects), text


def test_first_message_in_crisis_ends_with_a_way_out(engine: Engine) -> None:
    """Her very first message is a crisis with no matching topic: the safety reply comes
    first, the privacy notice second, and the last message still carries the buttons."""
    outcome = engine.handle(engine.new_session("ko"), Text("아기랑 같이 죽고 싶어요"))
    check_outcome(Text("아기랑 같이 죽고 싶어요"), Session(), outcome, engine.kb)

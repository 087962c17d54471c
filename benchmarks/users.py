"""Simulated Telegram users for load runs, and the shadow that says what each must receive.

A `SimUser` pushes one step of its script into the fake Bot API, waits until the bot's
answers to it have arrived, notes the time, and goes on. The `Shadow` replays the same steps
through the real engine and renderer (no transport, no storage) to know exactly which texts a
clean run sends; at the end every user's received texts are compared with that list.

Every simulated person (Telegram here, web tabs in `benchmarks.tabs`, KakaoTalk in
`benchmarks.kakaotalk`) keeps the same record for `benchmarks.verify`: `expected` and
`received` texts, `notices` (what the staff side told her: the ladder's fallback), the risks
her script escalated (`risks`), and where her user key comes from (`channel`, `key_id`).
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks.fakeapi import BenchFake
from benchmarks.scripts import Step
from bot.app import build_engine
from bot.channels import Renderer, RenderSettings
from bot.config import Settings
from bot.tg.channel import LIMITS, keyboard
from bot.tg.codec import encode_callback
from flows import Engine, Escalate, Outcome, Session
from knowledge import Knowledge, load_knowledge

JSON = dict[str, Any]
# What the staff side may tell her by itself (not an answer to a step): the ladder's fallback,
# the off-duty notice, a counselor joining. Each is recognised by its first line.
NOTICE_KEYS = ("counselor.fallback", "counselor.off_duty", "counselor.joined")


def notice_lines(kb: Knowledge, lang: str = "ko") -> tuple[str, ...]:
    """The first line of every staff notice in `lang`."""
    return tuple(kb.text(lang, key).splitlines()[0] for key in NOTICE_KEYS)


def risks_of(outcome: Outcome) -> tuple[str, ...]:
    """The risks an outcome escalates her case to (each may open or raise her case)."""
    return tuple(str(e.risk) for e in outcome.effects if isinstance(e, Escalate))


def seen(message: JSON) -> str:
    """What she sees of one message: its text and its buttons' labels (✓ marks included)."""
    rows = (message.get("reply_markup") or {}).get("inline_keyboard", [])
    labels = [button["text"] for row in rows for button in row]
    text = str(message.get("text", ""))
    return f"{text}\n[{' | '.join(labels)}]" if labels else text


class Shadow:
    """The texts a clean run sends for each step, from the real engine and renderer."""

    def __init__(self, settings: Settings, engine: Engine | None = None) -> None:
        """Build the engine (or share `engine`) and renderer as the bot does for `settings`."""
        self.engine = engine or build_engine(
            settings, load_knowledge(Path(settings.knowledge.path))
        )
        tg = settings.telegram
        self.renderer = Renderer(
            RenderSettings(dict(tg.preview_line), settings.knowledge.default_language),
            limits=LIMITS,
        )
        self.notices = notice_lines(self.engine.kb)
        self._cache: dict[tuple[str, str], tuple[tuple[str, ...], Session, tuple[str, ...]]] = {}

    def new_session(self) -> Session:
        """Her state before her first message (Telegram sends language_code "ko")."""
        return self.engine.new_session("ko")

    def is_notice(self, text: str) -> bool:
        """True for a staff notice (the ladder's fallback), which no step of hers asked for."""
        return any(line in text for line in self.notices)

    def step(self, state: Session, step: Step) -> tuple[tuple[str, ...], Session]:
        """Return the texts sent for `step` in `state`, and her next state."""
        texts, after, _ = self.step_risks(state, step)
        return texts, after

    def step_risks(
        self, state: Session, step: Step
    ) -> tuple[tuple[str, ...], Session, tuple[str, ...]]:
        """`step`, plus the risks it escalates her case to."""
        key = (state.model_dump_json(), step.raw)
        if key not in self._cache:
            outcome = self.engine.handle(state, step.event)
            texts = []
            for message in self.renderer.render(outcome, "chat"):
                payload = json.loads(message.payload)
                if "text" in payload:
                    markup = keyboard(payload["buttons"]) if payload.get("buttons") else None
                    texts.append(seen({"text": payload["text"], "reply_markup": markup}))
            self._cache[key] = (tuple(texts), outcome.next_state, risks_of(outcome))
        return self._cache[key]


@dataclass
class SimUser:
    """One person in her private chat with the bot."""

    uid: int
    steps: list[Step]
    echo: bool = False  # the baseline bot answers every message with exactly one echo
    expected: list[str] = field(default_factory=list)
    received: list[tuple[float, str]] = field(default_factory=list)
    notices: list[tuple[float, str]] = field(default_factory=list)  # staff notices to her
    risks: list[str] = field(default_factory=list)  # what her steps escalated, in order
    is_notice: Callable[[str], bool] = lambda text: False
    first_latency: list[float] = field(default_factory=list)
    last_latency: list[float] = field(default_factory=list)
    starts: list[float] = field(default_factory=list)  # when each answered step was pushed
    sent_steps: int = 0
    stuck: bool = False
    state: Session | None = None
    last_markup_id: int = 0
    _arrived: asyncio.Event = field(default_factory=asyncio.Event)
    channel = "telegram"

    @property
    def key_id(self) -> int:
        """What her user key is derived from (with `channel`)."""
        return self.uid

    def deliver(self, message: JSON) -> None:
        """Take one message the bot sent to this chat."""
        text = seen(message)
        if self.is_notice(text):
            self.notices.append((time.perf_counter(), text))
            return
        self.received.append((time.perf_counter(), text))
        if message.get("reply_markup"):
            self.last_markup_id = message["message_id"]
        self._arrived.set()

    def push(self, fake: BenchFake, step: Step) -> None:
        """Send one step to the bot through the fake."""
        if step.is_press and not self.echo:
            data = encode_callback(step.raw[1:])
            fake.push_callback(self.uid, data, self.last_markup_id or 1)
        else:
            fake.push_text(self.uid, step.raw)

    async def wait_for(self, count: int, timeout: float) -> bool:
        """Wait until `count` messages have arrived in total; False on timeout."""
        deadline = time.perf_counter() + timeout
        while len(self.received) < count:
            left = deadline - time.perf_counter()
            if left <= 0:
                return False
            self._arrived.clear()
            try:
                await asyncio.wait_for(self._arrived.wait(), left)
            except TimeoutError:
                return False
        return True

    async def run(
        self,
        fake: BenchFake,
        shadow: Shadow | None,
        *,
        timeout: float,
        keep_going: Callable[[], bool] = lambda: True,
        think: Callable[[], float] = lambda: 0.0,
    ) -> None:
        """Play the script: push a step, wait for all its answers, think, repeat."""
        for step in self.steps:
            if not keep_going():
                return
            texts = self._expect(shadow, step)
            start = time.perf_counter()
            mark = len(self.received)
            self.push(fake, step)
            self.sent_steps += 1
            self.expected.extend(texts)
            if not await self.wait_for(len(self.expected), timeout):
                self.stuck = True
                return
            if texts and len(self.received) > mark:  # (an early duplicate can make it equal)
                self.starts.append(start)
                self.first_latency.append(self.received[mark][0] - start)
                self.last_latency.append(self.received[len(self.expected) - 1][0] - start)
            if pause := think():
                await asyncio.sleep(pause)

    def _expect(self, shadow: Shadow | None, step: Step) -> tuple[str, ...]:
        if shadow is None:
            return (step.raw,)
        if self.state is None:
            self.state = shadow.new_session()
            self.is_notice = shadow.is_notice
        texts, self.state, risks = shadow.step_risks(self.state, step)
        self.risks.extend(risks)
        return texts


def route(fake: BenchFake, users: dict[int, SimUser]) -> None:
    """Send every message the fake accepts to the user whose chat it is."""

    def on_sent(message: JSON) -> None:
        user = users.get(message["chat"]["id"])
        if user is not None:
            user.deliver(message)

    fake.on_sent = on_sent

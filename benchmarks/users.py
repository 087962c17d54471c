"""Simulated Telegram users for load runs, and the shadow that says what each must receive.

A `SimUser` pushes one step of its script into the fake Bot API, waits until the bot's
answers to it have arrived, notes the time, and goes on. The `Shadow` replays the same steps
through the real engine and renderer (no transport, no storage) to know exactly which texts a
clean run sends; at the end every user's received texts are compared with that list.
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
from flows import Session
from knowledge import load_knowledge

JSON = dict[str, Any]


def seen(message: JSON) -> str:
    """What she sees of one message: its text and its buttons' labels (✓ marks included)."""
    rows = (message.get("reply_markup") or {}).get("inline_keyboard", [])
    labels = [button["text"] for row in rows for button in row]
    text = str(message.get("text", ""))
    return f"{text}\n[{' | '.join(labels)}]" if labels else text


class Shadow:
    """The texts a clean run sends for each step, from the real engine and renderer."""

    def __init__(self, settings: Settings) -> None:
        """Build the engine and renderer exactly as the bot does for these settings."""
        self.engine = build_engine(settings, load_knowledge(Path(settings.knowledge.path)))
        tg = settings.telegram
        self.renderer = Renderer(
            RenderSettings(dict(tg.preview_line), settings.knowledge.default_language),
            limits=LIMITS,
        )
        self._cache: dict[tuple[str, str], tuple[tuple[str, ...], Session]] = {}

    def new_session(self) -> Session:
        """Her state before her first message (Telegram sends language_code "ko")."""
        return self.engine.new_session("ko")

    def step(self, state: Session, step: Step) -> tuple[tuple[str, ...], Session]:
        """Return the texts sent for `step` in `state`, and her next state."""
        key = (state.model_dump_json(), step.raw)
        if key not in self._cache:
            outcome = self.engine.handle(state, step.event)
            texts = []
            for message in self.renderer.render(outcome, "chat"):
                payload = json.loads(message.payload)
                if "text" in payload:
                    markup = keyboard(payload["buttons"]) if payload.get("buttons") else None
                    texts.append(seen({"text": payload["text"], "reply_markup": markup}))
            self._cache[key] = (tuple(texts), outcome.next_state)
        return self._cache[key]


@dataclass
class SimUser:
    """One person in her private chat with the bot."""

    uid: int
    steps: list[Step]
    echo: bool = False  # the baseline bot answers every message with exactly one echo
    expected: list[str] = field(default_factory=list)
    received: list[tuple[float, str]] = field(default_factory=list)
    first_latency: list[float] = field(default_factory=list)
    last_latency: list[float] = field(default_factory=list)
    starts: list[float] = field(default_factory=list)  # when each answered step was pushed
    sent_steps: int = 0
    stuck: bool = False
    state: Session | None = None
    last_markup_id: int = 0
    _arrived: asyncio.Event = field(default_factory=asyncio.Event)

    def deliver(self, message: JSON) -> None:
        """Take one message the bot sent to this chat."""
        self.received.append((time.perf_counter(), seen(message)))
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
        texts, self.state = shadow.step(self.state, step)
        return texts


def route(fake: BenchFake, users: dict[int, SimUser]) -> None:
    """Send every message the fake accepts to the user whose chat it is."""

    def on_sent(message: JSON) -> None:
        user = users.get(message["chat"]["id"])
        if user is not None:
            user.deliver(message)

    fake.on_sent = on_sent

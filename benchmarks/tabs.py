"""Web chat users for the soak: a browser tab's page logic over WebSocket, no browser.

A `WebUser` behaves as `bot/web/static` does: hello with the last seq it showed, every message
kept until its `got` and re-sent after a reconnect, bot frames shown only when their seq is
above the last one shown (a lower one is a duplicate the page drops), each shown message
acked. With several `gyeot run` processes it connects to one picked at random (as a reverse
proxy would) and, when that process dies, reconnects to another. What it shows is compared
with `benchmarks.web.WebShadow` (the real engine and the web renderer).
"""

from __future__ import annotations

import asyncio
import base64
import json
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import aiohttp  # noqa: TID251 - a real WebSocket client, as a browser tab is

from benchmarks.scripts import Step
from benchmarks.users import risks_of
from benchmarks.web import Shown, WebShadow
from flows import Session

JSON = dict[str, Any]


def shown_text(shown: Shown) -> str:
    """One shown message as one string: its text and its buttons' labels."""
    text, labels = shown
    return f"{text}\n[{' | '.join(labels)}]" if labels else text


@dataclass
class WebUser:
    """One tab talking its script through whichever process the proxy picks."""

    uid: int
    steps: list[Step]
    channel = "web"
    token: str = ""
    number: int = 0
    last_seq: int = 0
    buttons: list[str] = field(default_factory=list)  # `data` of the last message's buttons
    unconfirmed: dict[int, JSON] = field(default_factory=dict)
    expected: list[str] = field(default_factory=list)
    received: list[tuple[float, str]] = field(default_factory=list)
    notices: list[tuple[float, str]] = field(default_factory=list)
    risks: list[str] = field(default_factory=list)
    last_latency: list[float] = field(default_factory=list)
    starts: list[float] = field(default_factory=list)
    sent_steps: int = 0
    stuck: bool = False
    state: Session | None = None
    connects: int = 0
    resent: int = 0
    dropped: int = 0  # frames at or below the last seq shown: the page drops them
    off_buttons: int = 0
    socket: aiohttp.ClientWebSocketResponse | None = None
    is_notice: Callable[[str], bool] = lambda text: False
    _shown: asyncio.Event = field(default_factory=asyncio.Event)
    _reader: asyncio.Task[None] | None = None

    def __post_init__(self) -> None:
        """A session token as the page makes one: 24 random bytes, base64url."""
        self.token = base64.urlsafe_b64encode(random.Random(self.uid).randbytes(24)).decode()

    @property
    def key_id(self) -> str:
        """Her user key is derived from the session token."""
        return self.token

    async def run(
        self,
        http: aiohttp.ClientSession,
        pick: Callable[[], str],
        shadow: WebShadow,
        *,
        timeout: float,
        keep_going: Callable[[], bool],
        think: Callable[[], float],
        is_notice: Callable[[str], bool],
    ) -> None:
        """Play the script: send a step, wait for its `got` and every answer, think, repeat.

        The tab stays open afterwards (reading and acking) until `close`.
        """
        self.is_notice = is_notice
        self.state = shadow.new_session()
        self._reader = asyncio.create_task(self._keep_reading(http, pick))
        for step in self.steps:
            if not keep_going():
                return
            if not await self._step(step, shadow, timeout):
                self.stuck = True
                return
            await asyncio.sleep(think())

    async def close(self) -> None:
        """Stop reading and close the socket (after the soak's last acks)."""
        if self._reader is not None:
            self._reader.cancel()
            await asyncio.gather(self._reader, return_exceptions=True)
        if self.socket is not None:
            await self.socket.close()
            self.socket = None

    async def _step(self, step: Step, shadow: WebShadow, timeout: float) -> bool:
        if step.is_press and step.raw[1:] not in self.buttons:
            self.off_buttons += 1  # (after a no-topic answer the menu is offered, not "menu")
            step = Step("/menu") if step.raw == "!menu" else step
        assert self.state is not None
        self.risks.extend(risks_of(shadow.engine.handle(self.state, step.event)))
        shown, self.state = shadow.step(self.state, step)
        self.expected.extend(shown_text(s) for s in shown)
        self.number += 1
        frame: JSON = {"type": "say", "id": self.number, "text": step.raw}
        if step.is_press:
            frame = {"type": "press", "id": self.number, "data": step.raw[1:]}
        self.unconfirmed[self.number] = frame
        self.sent_steps += 1
        start = time.perf_counter()
        await self._send(frame)
        deadline = start + timeout
        while self.number in self.unconfirmed or len(self.received) < len(self.expected):
            left = deadline - time.perf_counter()
            if left <= 0:
                return False
            self._shown.clear()
            try:
                await asyncio.wait_for(self._shown.wait(), min(left, 1.0))
            except TimeoutError:
                continue
        if shown:
            self.starts.append(start)
            self.last_latency.append(self.received[len(self.expected) - 1][0] - start)
        return True

    async def _keep_reading(self, http: aiohttp.ClientSession, pick: Callable[[], str]) -> None:
        """Connect (again) whenever the socket is gone, and read frames."""
        while True:
            if self.socket is None:
                await self._connect(http, pick())
                continue
            message = await self.socket.receive()
            if message.type != aiohttp.WSMsgType.TEXT:
                await self._drop()
                continue
            data: JSON = json.loads(message.data)
            if data.get("type") == "got":
                self.unconfirmed.pop(data.get("id", -1), None)
                self._shown.set()
            elif data.get("type") == "message":
                await self._show(data)

    async def _connect(self, http: aiohttp.ClientSession, base: str) -> None:
        """Open the socket, say hello with the last seq shown, re-send what is unconfirmed."""
        try:
            socket = await http.ws_connect(f"{base}/ws", headers={"Origin": base})
        except (aiohttp.ClientError, OSError, TimeoutError):
            await asyncio.sleep(0.2)  # that process is down or not up yet: try another
            return
        self.connects += 1
        resent: set[int] = set()
        try:  # hello first: the socket is the tab's only once it was said
            await socket.send_json({"type": "hello", "session": self.token, "last": self.last_seq})
            for number in sorted(self.unconfirmed):
                await socket.send_json(self.unconfirmed[number])
                resent.add(number)
        except (ConnectionError, RuntimeError, aiohttp.ClientError):
            await socket.close()
            return
        self.resent += len(resent) if self.connects > 1 else 0
        self.socket = socket
        for number in sorted(set(self.unconfirmed) - resent):  # written while connecting
            await self._send(self.unconfirmed[number])

    async def _show(self, data: JSON) -> None:
        seq = int(data["seq"])
        if seq <= self.last_seq:
            self.dropped += 1
            return
        self.last_seq = seq
        rows = data.get("buttons") or []
        labels = tuple(str(b["label"]) for row in rows for b in row)
        text = shown_text((str(data.get("text", "")), labels))
        if self.is_notice(text):
            self.notices.append((time.perf_counter(), text))
        else:
            self.received.append((time.perf_counter(), text))
            self.buttons = [str(b["data"]) for row in rows for b in row] or self.buttons
        await self._send({"type": "ack", "seq": seq})
        self._shown.set()

    async def _send(self, frame: JSON) -> None:
        if self.socket is None:
            return
        try:
            await self.socket.send_json(frame)
        except (ConnectionError, RuntimeError, aiohttp.ClientError):
            await self._drop()

    async def _drop(self) -> None:
        if self.socket is not None:
            await self.socket.close()
        self.socket = None

"""kill -9 of `gyeot run` while 30 web users talk: nothing is lost, nothing is shown twice.

Each user is a WebSocket client that behaves as the page does: hello with the last seq shown,
every message kept until its `got` and re-sent after a reconnect, bot messages shown only when
their seq is above the last one shown (a frame at or below it is a duplicate the page drops),
each shown message acked. What the page shows is compared with what the real engine and the
web renderer say a clean run shows.
"""

from __future__ import annotations

import asyncio
import base64
import json
import random
import sqlite3
import time
from dataclasses import dataclass, field
from typing import Any

import aiohttp  # noqa: TID251 - a real WebSocket client, as a browser tab is
import pytest

from benchmarks.scripts import Step, script_for
from benchmarks.web import Shown, WebShadow
from tests.web.harness import WebServer

pytestmark = pytest.mark.slow

USERS = 30
DEADLINE = 30.0  # seconds for the whole conversation of every user, kill and restart included
JSON = dict[str, Any]


@dataclass
class PageUser:
    """One tab: the page's session, counter, unconfirmed messages and seq dedupe, no browser."""

    uid: int
    steps: list[Step]
    token: str = ""
    number: int = 0
    last_seq: int = 0
    unconfirmed: dict[int, JSON] = field(default_factory=dict)
    shown: list[tuple[int, Shown]] = field(default_factory=list)
    expected: list[Shown] = field(default_factory=list)
    duplicates: int = 0  # frames at or below the last seq shown: the page drops them
    connects: int = 0
    resent: int = 0
    done: int = 0
    socket: aiohttp.ClientWebSocketResponse | None = None

    def __post_init__(self) -> None:
        """A session token as the page makes one."""
        self.token = base64.urlsafe_b64encode(random.Random(self.uid).randbytes(24)).decode()

    @property
    def busy(self) -> bool:
        """Between her first message and her last answer."""
        return 0 < self.done < len(self.steps)

    async def talk(self, http: aiohttp.ClientSession, base: str, shadow: WebShadow) -> None:
        """Play the script: each step is sent, confirmed and answered before the next."""
        state = shadow.new_session()
        rng = random.Random(self.uid)
        for step in self.steps:
            answers, state = shadow.step(state, step)
            self.expected.extend(answers)
            self.number += 1
            frame: JSON = {"type": "say", "id": self.number, "text": step.raw}
            if step.is_press:
                frame = {"type": "press", "id": self.number, "data": step.raw[1:]}
            self.unconfirmed[self.number] = frame
            await self._send(frame)
            while self.number in self.unconfirmed or len(self.shown) < len(self.expected):
                if self.socket is None:
                    await self._connect(http, base)
                else:
                    await self._read()
            self.done += 1
            await asyncio.sleep(rng.uniform(0.0, 0.05))
        if self.socket is not None:
            await self.socket.close()

    async def _connect(self, http: aiohttp.ClientSession, base: str) -> None:
        """Open the socket, say hello with the last seq shown, re-send what is unconfirmed."""
        try:
            socket = await http.ws_connect(f"{base}/ws", headers={"Origin": base})
        except (aiohttp.ClientError, OSError):
            await asyncio.sleep(0.2)  # the server is down: back off and retry
            return
        self.socket, self.connects = socket, self.connects + 1
        await self._send({"type": "hello", "session": self.token, "last": self.last_seq})
        for number in sorted(self.unconfirmed):
            await self._send(self.unconfirmed[number])
            self.resent += self.connects > 1

    async def _read(self) -> None:
        assert self.socket is not None
        try:
            message = await self.socket.receive(timeout=5.0)
        except TimeoutError:
            message = None
        if message is None or message.type != aiohttp.WSMsgType.TEXT:
            await self._drop()
            return
        data: JSON = json.loads(message.data)
        if data["type"] == "got":
            self.unconfirmed.pop(data["id"], None)
        elif data["type"] == "message":
            await self._show(data)

    async def _show(self, data: JSON) -> None:
        seq = int(data["seq"])
        if seq <= self.last_seq:
            self.duplicates += 1
            return
        labels = tuple(b["label"] for row in data.get("buttons") or [] for b in row)
        self.shown.append((seq, (data["text"], labels)))
        self.last_seq = seq
        await self._send({"type": "ack", "seq": seq})

    async def _send(self, frame: JSON) -> None:
        if self.socket is None:
            return
        try:
            await self.socket.send_json(frame)
        except (ConnectionError, RuntimeError):
            await self._drop()

    async def _drop(self) -> None:
        if self.socket is not None:
            await self.socket.close()
        self.socket = None


async def quarter_done(users: list[PageUser]) -> None:
    """Return once the users together have finished about a quarter of their scripts."""
    while sum(u.done for u in users) < USERS * 6:
        await asyncio.sleep(0.005)


def pending(server: WebServer) -> tuple[int, int]:
    """(web outbox rows still pending, inbox rows not handled) in the server's database."""
    with sqlite3.connect(server.root / "gyeot.db", timeout=5) as db:
        [(outbox,)] = db.execute(
            "SELECT COUNT(*) FROM outbox WHERE channel = 'web' AND status = 'pending'"
        ).fetchall()
        [(inbox,)] = db.execute("SELECT COUNT(*) FROM inbox WHERE done = 0").fetchall()
    return int(outbox), int(inbox)


async def test_kill_9_with_30_users_mid_conversation_loses_and_repeats_nothing(
    own_server: WebServer,
) -> None:
    """SIGKILL while 30 tabs are sending, restart on the same database and port: every tab
    reconnects with its last seq and re-sends what was not confirmed; in the end each was shown
    exactly the answers of a clean run (no gap, no repeat) and no web row is left pending."""
    shadow = WebShadow(own_server.config)
    users = [PageUser(uid, script_for(uid)) for uid in range(40_001, 40_001 + USERS)]
    base = own_server.url.rstrip("/")
    started = time.monotonic()
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0)) as http:
        talks = [asyncio.create_task(u.talk(http, base, shadow)) for u in users]
        await asyncio.wait_for(quarter_done(users), DEADLINE)
        busy = sum(u.busy for u in users)
        unconfirmed = sum(len(u.unconfirmed) for u in users)
        own_server.kill()
        await asyncio.to_thread(own_server.start)
        _, stuck = await asyncio.wait(talks, timeout=DEADLINE)
        for talk in stuck:
            talk.cancel()
        await asyncio.gather(*talks, return_exceptions=True)
    print(
        f"at the kill: {busy} users mid-conversation, {unconfirmed} messages unconfirmed; "
        f"re-sent {sum(u.resent for u in users)}, frames dropped as duplicates "
        f"{sum(u.duplicates for u in users)}, {time.monotonic() - started:.1f} s"
    )

    waiting = [u.uid for u in users if u.done < len(u.steps)]
    assert not waiting, f"{len(waiting)} users still wait for an answer or a `got`: {waiting}"
    assert busy == USERS
    assert all(u.connects >= 2 for u in users)  # every tab reconnected to the new process
    for user in users:
        texts = [shown for _, shown in user.shown]
        assert texts == user.expected, f"user {user.uid}: gap or repeat in what the page shows"
        seqs = [seq for seq, _ in user.shown]
        assert seqs == sorted(set(seqs))
        assert not user.unconfirmed
    for _ in range(50):  # the last acks are on their way
        if pending(own_server) == (0, 0):
            break
        await asyncio.sleep(0.1)
    assert pending(own_server) == (0, 0)

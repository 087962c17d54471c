"""A two-sided world for staff tests: her (terminal relay), counselors, a fake clock, real SQLite.

`World` runs the real engine, `RelayingConversation`, `StaffDesk`, `Counseling` and the
`Dispatcher` on a SQLite file in tmp_path. Time is a `FakeClock`: nothing sleeps, timers fire
when a test moves the clock and calls `settle()`. The staff group is a `RecordingBoard` that
keeps a token bucket on the fake clock (20 a minute per group), so pacing is measured in
simulated time.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.app import build_engine, policy_from
from bot.config import Settings
from bot.staff import ChatLost, Chats, MailReader, Staff, build_staff
from bot.terminal import parse_line
from flows import Button, Conversation, Outcome
from flows.counsel import (
    TERMINAL,
    TERMINAL_ROUTE,
    Actor,
    Card,
    CounselorInput,
    RelayingConversation,
    claim_ref,
)
from knowledge import Knowledge
from storage import Keyring, SqliteStore

T0 = dt.datetime(2025, 3, 1, 18, 0, tzinfo=dt.UTC)  # 03:00 in Korea
SECRET = "staff-test-secret-0123456789abcdef-0123"
GROUP = -1001234567890
FALLBACK = 555
MINA, JIWOO = 11, 22  # counselors
STRANGER = 99


class FakeClock:
    """A clock tests move by hand."""

    def __init__(self, start: dt.datetime = T0) -> None:
        self.now = start

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += dt.timedelta(seconds=seconds)


@dataclass
class Post:
    chat: int
    card: Card
    at: dt.datetime
    message_id: int


@dataclass
class RecordingBoard:
    """The staff group: records posts and edits; paces calls on the fake clock."""

    clock: FakeClock
    per_minute: float = 20.0
    burst: float = 3.0
    posts: list[Post] = field(default_factory=list)
    edits: list[Post] = field(default_factory=list)
    lost: set[int] = field(default_factory=set)
    calls: list[tuple[int, dt.datetime]] = field(default_factory=list)
    _tokens: dict[int, tuple[float, dt.datetime]] = field(default_factory=dict)
    _ids: int = 100

    async def ready(self, chat: int) -> None:
        """Wait (in simulated time) for the chat's bucket: private 1/s, group 20/min."""
        rate = self.per_minute / 60 if chat < 0 else 1.0
        tokens, stamp = self._tokens.get(chat, (self.burst, self.clock()))
        tokens = min(self.burst, tokens + (self.clock() - stamp).total_seconds() * rate)
        if tokens < 1:
            self.clock.advance((1 - tokens) / rate)
            tokens = 1.0
        self._tokens[chat] = (tokens - 1, self.clock())

    async def post(self, chat: int, card: Card) -> int:
        self._check(chat)
        self._ids += 1
        self.posts.append(Post(chat, card, self.clock(), self._ids))
        return self._ids

    async def edit(self, chat: int, message: int, card: Card) -> None:
        self._check(chat)
        self.edits.append(Post(chat, card, self.clock(), message))

    def _check(self, chat: int) -> None:
        self.calls.append((chat, self.clock()))
        if chat in self.lost:
            raise ChatLost("Forbidden: bot was kicked from the supergroup chat")

    def texts(self) -> list[str]:
        return [p.card.text for p in self.posts] + [e.card.text for e in self.edits]

    def claim_buttons(self) -> list[tuple[str, str]]:
        """(token, alias) of every claim button ever posted, newest last."""
        return [(claim_ref(b.id) or "", b.alias) for p in self.posts for b in p.card.buttons]


def settings_for(tmp_path: Path, **sections: Any) -> Settings:
    base: dict[str, Any] = {
        "storage": {"path": str(tmp_path / "gyeot.db")},
        "staff": {"group_id": GROUP, "fallback_chat_id": FALLBACK, "counselors": [MINA, JIWOO]},
        "escalation": {
            "realert_after": 300,
            "fallback_after": 900,
            "claim_timeout": 1800,
            "reopen_window": 86400,
        },
    }
    for name, values in sections.items():
        base[name] = {**base.get(name, {}), **values}
    return Settings.model_validate(base)


@dataclass
class World:
    """Her side and the staff side on one database."""

    settings: Settings
    kb: Knowledge
    store: SqliteStore
    keyring: Keyring
    clock: FakeClock
    board: RecordingBoard
    staff: Staff
    talk: RelayingConversation
    buttons: dict[str, tuple[Button, ...]] = field(default_factory=dict)

    def key(self, name: str) -> str:
        return self.keyring.user_key("terminal", name)

    async def her(self, name: str, line: str) -> list[str]:
        """She types one line (text, /command or a button label); return every reply text."""
        key = self.key(name)
        event = parse_line(line, self.buttons.get(name, ()))
        outcome: Outcome = await self.talk.handle(key, event)
        for reply in outcome.replies:
            if reply.buttons:
                self.buttons[name] = reply.buttons
        await self.settle()
        return [r.text for r in outcome.replies] + await self.inbox(name)

    async def inbox(self, name: str) -> list[str]:
        """Messages that reached her on their own (counselor, ladder)."""
        return await MailReader(self.store, "user", self.key(name)).take()

    async def counselor(
        self, cid: int, text: str | None, *, reply_to: int | None = None
    ) -> list[str]:
        """A counselor types in her console; return what the console shows her."""
        actor = Actor(cid, TERMINAL, f"c{cid}")
        await self.staff.counseling.handle(actor, CounselorInput(text, reply_to))
        await self.settle()
        return await self.mail_of(cid)

    async def mail_of(self, cid: int) -> list[str]:
        return await MailReader(self.store, "counselor", str(cid)).take()

    async def claim(self, cid: int, ref: str, *, label: str = "") -> str:
        answer = await self.staff.desk.claim(
            Actor(cid, TERMINAL, label or f"c{cid}"), ref, self.clock()
        )
        await self.settle()
        return answer.text

    async def settle(self) -> None:
        """Handle events and due timers, then let the dispatcher do all its work."""
        await self.staff.runner.tick()
        dispatcher = self.staff.runner.dispatcher
        assert dispatcher is not None
        for _ in range(200):
            if not await dispatcher.step():
                return
            await self.staff.runner.tick()
        raise AssertionError("the dispatcher never ran out of work")

    async def later(self, seconds: float) -> None:
        """Move the clock and let everything due happen."""
        self.clock.advance(seconds)
        await self.settle()

    async def audit(self) -> list[tuple[str, str, str | None]]:
        rows = await self.store._db.fetchall(
            "SELECT kind, detail, case_alias FROM audit ORDER BY id"
        )
        return [(str(k), str(d), a) for k, d, a in rows]


async def open_world(
    tmp_path: Path, kb: Knowledge, settings: Settings | None = None, clock: FakeClock | None = None
) -> World:
    settings = settings or settings_for(tmp_path)
    clock = clock or FakeClock()
    keyring = Keyring(SECRET)
    store = await SqliteStore.open(settings.storage.path, keyring, policy_from(settings))
    board = RecordingBoard(clock)
    staff = build_staff(
        settings,
        kb,
        store,
        board=board,
        chats=Chats(settings.staff.group_id, settings.staff.fallback_chat_id),
        clock=clock,
    )
    conversation = Conversation(build_engine(settings, kb), store, clock=clock)
    talk = staff.relaying(conversation, route=TERMINAL_ROUTE)
    return World(settings, kb, store, keyring, clock, board, staff, talk)


async def world_fixture(tmp_path: Path, kb: Knowledge) -> AsyncIterator[World]:
    world = await open_world(tmp_path, kb)
    yield world
    await world.store.close()

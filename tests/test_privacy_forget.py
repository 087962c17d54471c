"""/forget, /erase, under-14s and retention, end to end on the real engine and SQLite store.

She talks through the terminal chat driver (the same `Conversation` the bot uses) with
transcripts on, so every kind of row exists; then she erases herself and the database is
searched, table by table and byte by byte, for anything that still leads to her.
"""

from __future__ import annotations

import io
import itertools
import re
import sqlite3
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import closing
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.terminal import TerminalChat
from flows import Conversation, Engine, OutboxMessage, Outcome, PrivacyPolicy, Received, Text
from knowledge import Knowledge
from storage import Keyring, SqliteStore
from tests.privacy_search import search_sqlite

SECRET = "forget-test-secret-0123456789abcdef"
T0 = datetime(2025, 3, 1, 3, 0, tzinfo=UTC)
INTAKE = ("/menu", "1", "1", "3", "1", "1", "1", "7")  # an adult's intake, kept
UNDER14 = ("/menu", "1", "1", "1")  # weeks, then age: under 14
QUESTION = "제 번호 010-2345-6789인데 오늘 저녁 뭐 먹을까요"  # small talk: an unanswered row
CRISIS = "너무 힘들어서 죽고 싶어요"
RECEIPT = re.compile(r"^[a-z_]+=\d+(,[a-z_]+=\d+)*$")


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        """Start at T0."""
        self.now = T0

    def __call__(self) -> datetime:
        """Return the current fake time."""
        return self.now


@dataclass
class World:
    """The engine, store and clock of one test, with one chat driver per user."""

    conversation: Conversation
    store: SqliteStore
    keyring: Keyring
    clock: Clock
    db: Path
    updates: Iterator[int] = field(default_factory=lambda: itertools.count(1))

    def key(self, name: str) -> str:
        """Her pseudonymous user key."""
        return self.keyring.user_key("terminal", name)

    async def say(self, name: str, *lines: str) -> str:
        """Send lines as `name` (opening the chat first) and return what she saw."""
        out = io.StringIO()
        chat = TerminalChat(self.conversation, self.key(name), out=out)
        await chat.run(lines, echo=True)
        return out.getvalue()


@pytest.fixture
async def world(tmp_path: Path, kb: Knowledge) -> AsyncIterator[World]:
    """Transcripts on, 30-day retention, a real SQLite file."""
    policy = PrivacyPolicy(store_transcripts=True, retention_days=30)
    keyring = Keyring.from_secrets(SECRET)
    db = tmp_path / "gyeot.db"
    store = await SqliteStore.open(db, keyring, policy)
    clock = Clock()
    conversation = Conversation(Engine(kb, policy=policy), store, clock=clock)
    yield World(conversation, store, keyring, clock, db)
    await store.close()


def query(db: Path, sql: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    """Read the file with the stdlib driver, as an outsider would."""
    with closing(sqlite3.connect(db)) as conn:
        return conn.execute(sql, params).fetchall()


def cells_holding(db: Path, needle: str) -> list[str]:
    """Every table.column whose value contains `needle` (text or bytes)."""
    found = []
    tables = [t for (t,) in query(db, "SELECT name FROM sqlite_schema WHERE type = 'table'")]
    raw = needle.encode()
    for table in tables:
        with closing(sqlite3.connect(db)) as conn:
            cursor = conn.execute(f'SELECT * FROM "{table}"')
            names = [d[0] for d in cursor.description]
            for row in cursor.fetchall():
                for name, value in zip(names, row, strict=True):
                    text = value if isinstance(value, bytes) else str(value).encode()
                    if raw in text:
                        found.append(f"{table}.{name}")
    return found


def her_unanswered(world: World, name: str) -> int:
    """How many unanswered rows carry her salted tag."""
    rows = query(world.db, "SELECT owner_salt, owner_tag FROM unanswered")
    key = world.key(name)
    return sum(world.keyring.link_tag(key, bytes(salt)) == bytes(tag) for salt, tag in rows)


def one_reply(route: str) -> Callable[[Outcome], list[OutboxMessage]]:
    """A renderer that queues one platform message per outcome (a pending outbox row)."""
    return lambda outcome: [OutboxMessage(route, '{"text": "..."}')]


async def live_a_little(world: World, name: str, route: str) -> None:
    """Give `name` a session, intake, a case, a route, queued mail, a chat log and words.

    Her last message comes as a platform update: its message id joins her chat log when the
    update is written down, and handling it marks the inbox row done.
    """
    await world.say(name, *INTAKE, QUESTION, CRISIS)
    key = world.key(name)
    await world.store.save_route(key, route, now=world.clock())
    update_id = next(world.updates)
    row = Received("telegram", str(update_id), "{}", key, 11)
    (inbox_id,) = await world.store.inbox_put([row], now=world.clock())
    await world.conversation.handle(
        key, Text("고마워요"), render=one_reply(route), inbox_id=inbox_id
    )


@pytest.mark.parametrize("erase", [("/forget", "1"), ("/erase",)], ids=["forget", "erase"])
async def test_forget_leaves_nothing_that_leads_to_her(world: World, erase: tuple[str, ...]):
    """After /forget (or /erase) no row, cell or byte holds her key; the other user stays."""
    await live_a_little(world, "her", "7391048265")
    await live_a_little(world, "other", "5550001111")
    her = world.key("her")
    assert cells_holding(world.db, her) != []
    screen = await world.say("her", *erase)
    assert cells_holding(world.db, her) == []
    assert search_sqlite(world.db, {"her key": her}) == []
    assert her_unanswered(world, "her") == 0
    assert her_unanswered(world, "other") > 0
    assert await world.store.transcript(world.key("other")) != []
    assert "곁 ›" in screen.rsplit(f"나 › {erase[-1]}", 1)[-1]  # she got a confirmation


@pytest.mark.parametrize("erase", [("/forget", "1"), ("/erase",)], ids=["forget", "erase"])
async def test_forget_closes_her_case_and_writes_a_counts_only_receipt(
    world: World, erase: tuple[str, ...]
):
    """Her case is closed and unlinked; the audit receipt is counts, with no alias or key."""
    await live_a_little(world, "her", "7391048265")
    (alias,) = [a for (a,) in query(world.db, "SELECT alias FROM cases")]
    await world.say("her", *erase)
    assert query(world.db, "SELECT status, user_key FROM cases WHERE alias = ?", (alias,)) == [
        ("closed", None)
    ]
    ((detail, case_alias),) = query(
        world.db, "SELECT detail, case_alias FROM audit WHERE kind = 'forget'"
    )
    counts = dict(part.split("=") for part in str(detail).split(","))
    assert (RECEIPT.match(str(detail)) is not None, case_alias) == (True, None)
    assert {k: int(v) > 0 for k, v in counts.items()} == {
        "sessions": True,
        "intake": True,
        "cases": True,
        "routes": True,
        "chatlog": True,
        "outbox": True,
        "unanswered": True,
        "transcripts": True,
        "relayed_copies": False,  # her words were never relayed to a counselor here
    }


async def test_after_forget_she_starts_afresh(world: World):
    """Nothing of her is loaded again: her next message is a first contact, with the welcome."""
    await live_a_little(world, "her", "7391048265")
    await world.say("her", "/forget", "1")
    assert (await world.store.load(world.key("her")), her_unanswered(world, "her")) == (None, 0)
    screen = await world.say("her", "안녕하세요")
    assert "안녕하세요, 여기는 '곁'이에요" in screen
    assert await world.store.transcript(world.key("her")) == [("her", "안녕하세요")]


async def test_under14_keeps_nothing_beyond_the_session(world: World):
    """Saying she is under 14 drops her transcript and intake; later questions are not kept."""
    await world.say("kid", "안녕하세요 질문 있어요")
    assert await world.store.transcript(world.key("kid")) != []
    await world.say("kid", *UNDER14, QUESTION)
    kid = world.key("kid")
    state = await world.store.load(kid)
    assert state is not None and state.under14
    assert await world.store.transcript(kid) == []
    assert query(world.db, "SELECT count(*) FROM intake") == [(0,)]
    assert her_unanswered(world, "kid") == 0


async def test_purge_follows_the_clock_for_every_kind_of_row(world: World):
    """At retention_days after her last message her rows go; a newer user's rows stay."""
    await live_a_little(world, "her", "7391048265")
    await world.say("her", "/end")
    world.clock.now = T0 + timedelta(days=20)
    await world.say("other", QUESTION)
    counts = await world.store.purge(now=T0 + timedelta(days=31))
    her = world.key("her")
    assert (await world.store.load(her), await world.store.transcript(her)) == (None, [])
    assert her_unanswered(world, "her") == 0
    assert await world.store.load(world.key("other")) is not None
    assert her_unanswered(world, "other") > 0
    assert {k: counts[k] > 0 for k in ("sessions", "intake", "transcripts", "unanswered")} == {
        "sessions": True,
        "intake": True,
        "transcripts": True,
        "unanswered": True,
    }
    assert cells_holding(world.db, her) == []

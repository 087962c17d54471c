"""`inbox_take`: an event stored and handed to the process that stored it (SQLite, PostgreSQL).

A channel that stores her event hands it straight to its own processor when nothing of her
conversation waits before it; on PostgreSQL the row is then leased to that process, so no
other process claims it, and another event of hers is not leased while one is unhandled.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from flows import Received
from storage import SqliteStore
from storage.pg import PgStore
from tests.storage.conftest import HER, OTHER, T0, outcome

LEASE = timedelta(seconds=15)
Store = SqliteStore | PgStore


def hers(key: str, raw: str, conv: str = HER) -> Received:
    """One web event of a conversation."""
    return Received("web", key, raw, conv=conv)


@pytest.mark.parametrize("store", ["sqlite_store", "pg_store"], indirect=True)
async def test_a_taken_event_is_stored_once_and_handed_to_its_taker(store: Store) -> None:
    """The first take stores and hands out the event; a repeat of its key is None."""
    taken = await store.inbox_take(hers("e1", "one"), "p1", now=T0, lease=LEASE)
    assert taken is not None and taken[1]
    assert await store.inbox_take(hers("e1", "again"), "p1", now=T0, lease=LEASE) is None
    assert [(r.id, r.raw) for r in await store.inbox_pending()] == [(taken[0], "one")]


@pytest.mark.parametrize("store", ["sqlite_store", "pg_store"], indirect=True)
async def test_an_event_whose_earlier_key_was_stored_is_a_repeat(store: Store) -> None:
    """A retry keyed by a later second names the first's key among its earlier keys: None."""
    taken = await store.inbox_take(hers("s1", "one"), "p1", now=T0, lease=LEASE)
    assert taken is not None
    retry = replace(hers("s2", "one again"), earlier_keys=("s0", "s1"))
    assert await store.inbox_take(retry, "p1", now=T0, lease=LEASE) is None
    later = replace(hers("s12", "one, later"), earlier_keys=("s11", "s10"))  # past the window
    assert await store.inbox_take(later, "p1", now=T0, lease=LEASE) is not None
    assert [r.raw for r in await store.inbox_pending()] == ["one", "one, later"]


@pytest.mark.parametrize("store", ["sqlite_store", "pg_store"], indirect=True)
async def test_a_taken_event_is_marked_done_by_its_commit(store: Store) -> None:
    """Handling a taken event commits its done mark like any inbox row's."""
    taken = await store.inbox_take(hers("e1", "one"), "p1", now=T0, lease=LEASE)
    assert taken is not None
    await store.commit(HER, outcome(), now=T0, inbox_id=taken[0])
    assert await store.inbox_is_done(taken[0])
    assert await store.inbox_pending() == []


async def test_a_taken_event_is_not_claimed_by_another_process(pg_store: PgStore) -> None:
    """The taker holds the lease: another holder's scan skips the row; the taker's sees it."""
    taken = await pg_store.inbox_take(hers("e1", "one"), "p1", now=T0, lease=LEASE)
    assert taken is not None and taken[1]
    assert await pg_store.inbox_claim("p2", now=T0, lease=LEASE) == []
    assert [r.id for r in await pg_store.inbox_claim("p1", now=T0, lease=LEASE)] == [taken[0]]
    later = T0 + LEASE + timedelta(seconds=1)  # the taker died: the row goes to another
    assert [r.id for r in await pg_store.inbox_claim("p2", now=later, lease=LEASE)] == [taken[0]]


async def test_her_next_event_waits_while_one_is_unhandled(pg_store: PgStore) -> None:
    """With an unhandled event of hers anywhere, the next is stored but not leased to the taker.

    Another conversation is not held back by hers.
    """
    first = await pg_store.inbox_take(hers("e1", "one"), "p1", now=T0, lease=LEASE)
    second = await pg_store.inbox_take(hers("e2", "two"), "p2", now=T0, lease=LEASE)
    other = await pg_store.inbox_take(hers("e3", "x", OTHER), "p2", now=T0, lease=LEASE)
    assert first is not None and second is not None and other is not None
    assert (first[1], second[1], other[1]) == (True, False, True)
    assert [r.id for r in await pg_store.inbox_claim("p2", now=T0, lease=LEASE)] == [other[0]]
    await pg_store.commit(HER, outcome(), now=T0, inbox_id=first[0])
    third = await pg_store.inbox_take(hers("e4", "three"), "p1", now=T0, lease=LEASE)
    assert third is not None and not third[1]  # "two" still waits: it goes first
    claimed = await pg_store.inbox_claim("p2", now=T0, lease=LEASE)
    assert [r.raw for r in claimed] == ["two", "x", "three"]

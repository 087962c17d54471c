"""Keep sessions, cases, queues and the chat log in SQLite, holding only what the policy allows.

`SqliteStore` implements the `SessionStore`, `Maintenance`, `ChatLog`, `Inbox` and `Outbox`
ports of `flows.ports` (with `MemoryStore` as the reference behaviour) plus what the staff
relay needs: the encrypted route back to her chat and case lookups by alias.

One `commit` is one transaction: her new state, every effect, the messages to send and the
inbox row's "done" mark land together or not at all. Platform ids exist only as AES-GCM
ciphertext (routes, inbox, outbox) and are wiped as soon as they are no longer needed.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
from collections.abc import Callable, Collection, Sequence
from datetime import datetime, timedelta

from flows import InboxRow, PendingMessage, PrivacyPolicy, Received, Sent
from flows.given import GivenLeases
from storage._case_rows import Statements
from storage._clock import micros
from storage._sql_store import ROUTE_GRACE, SqlStore
from storage.crypto import Keyring
from storage.db import Database, Transaction

__all__ = ["ROUTE_GRACE", "SqliteStore"]


class SqliteStore(SqlStore[Database]):
    """SessionStore, Maintenance, ChatLog, Inbox and Outbox on one SQLite database.

    Its methods shared with `PgStore` are `SqlStore`'s; here: opening the file, the inbox and
    outbox of a database one process owns, and SQLite's side of `SqlStore`'s two hooks.
    """

    def __init__(
        self,
        db: Database,
        keyring: Keyring,
        policy: PrivacyPolicy,
        *,
        route_grace: timedelta = ROUTE_GRACE,
    ) -> None:
        """Use an open database; prefer `SqliteStore.open`, which also checks the key."""
        super().__init__(db, keyring, policy, route_grace=route_grace)
        self._given = GivenLeases()  # one process owns the file: its leases live in memory

    @classmethod
    async def open(
        cls,
        path: str | os.PathLike[str],
        keyring: Keyring,
        policy: PrivacyPolicy,
        *,
        route_grace: timedelta = ROUTE_GRACE,
    ) -> SqliteStore:
        """Open and migrate the database at `path` and check that `keyring` is its key."""
        db = await Database.open(path)
        store = cls(db, keyring, policy, route_grace=route_grace)
        await store._check_key_or_close()
        return store

    async def listen_outbox(self, wake: Callable[[str], None], stop: asyncio.Event) -> None:
        """Nothing to hear: one process writes this file, and wakes its own tabs as it writes.

        (`gyeot staff` in another terminal writes too; an open tab finds its rows by polling.)
        """
        await stop.wait()

    def _writing(self, user_key: str | None) -> contextlib.AbstractAsyncContextManager[Statements]:
        """Every SQLite transaction is exclusive: one writer, whoever it writes for."""
        return self._db.transaction()

    def _queue_writing(self) -> contextlib.AbstractAsyncContextManager[Statements]:
        """Every SQLite transaction is exclusive."""
        return self._db.transaction()

    async def _settle_deletes(self) -> None:
        """Truncate the write-ahead log, so that deleted rows' old pages leave the disk."""
        await self._db.checkpoint()

    # ------------------------------------------------------------ Inbox

    async def inbox_put(self, updates: Sequence[Received], *, now: datetime) -> list[int]:
        """Store events (encrypted) in one transaction; return the row ids of the new ones.

        An event whose (channel, event_key) was seen before is skipped. Her message ids join
        the chat log only with an event seen for the first time.
        """
        at = micros(now)
        new: list[int] = []
        async with self._db.transaction() as tx:
            for update in updates:
                row_id = await self._put(tx, update, at)
                if row_id is not None:
                    new.append(row_id)
        return new

    async def inbox_take(
        self, update: Received, holder: str, *, now: datetime, lease: timedelta
    ) -> tuple[int, bool] | None:
        """Store one event as `inbox_put` does and say whether `holder` may handle it now.

        One process owns an SQLite database, so every event it stores is its own (True); on
        PostgreSQL only an event with no earlier unhandled one of its conversation is. None
        for an event seen before.
        """
        async with self._db.transaction() as tx:
            row_id = await self._put(tx, update, micros(now))
        return None if row_id is None else (row_id, True)

    async def _put(self, tx: Transaction, update: Received, at: int) -> int | None:
        """Insert one event unless its key was seen (id or None); raw is bound to the id."""
        if update.earlier_keys:
            marks = ", ".join("?" * len(update.earlier_keys))
            seen = await tx.fetchall(
                f"SELECT 1 FROM inbox WHERE channel = ? AND event_key IN ({marks}) LIMIT 1",
                (update.channel, *update.earlier_keys),
            )
            if seen:
                return None
        rows = await tx.fetchall(
            "INSERT OR IGNORE INTO inbox (channel, event_key, received_at)"
            " VALUES (?, ?, ?) RETURNING id",
            (update.channel, update.event_key, at),
        )
        if not rows:
            return None
        row_id = int(rows[0][0])
        await self._keep_event(tx, update, row_id, at)
        return row_id

    async def inbox_claim(
        self, holder: str, *, now: datetime, lease: timedelta, limit: int = 100
    ) -> list[InboxRow]:
        """One process owns an SQLite database: every unhandled event is this holder's."""
        return await self.inbox_pending(limit=limit)

    # ------------------------------------------------------------ Outbox

    async def outbox_pending(
        self, *, limit: int = 100, channels: Collection[str] | None = None
    ) -> list[PendingMessage]:
        """Unsent messages, oldest first; only those of `channels` when given."""
        where, params = _channel_filter(channels)
        rows = await self._db.fetchall(
            "SELECT id, channel, route, payload, attempts FROM outbox"
            f" WHERE status = 'pending'{where} ORDER BY id LIMIT ?",
            (*params, limit),
        )
        return await self._pending(rows)

    async def outbox_claim(
        self,
        holder: str,
        *,
        now: datetime,
        lease: timedelta,
        limit: int = 100,
        channels: Collection[str] | None = None,
    ) -> list[PendingMessage]:
        """One process owns an SQLite database: every unsent message is this holder's."""
        return await self.outbox_pending(limit=limit, channels=channels)

    async def outbox_take(
        self,
        channel: str,
        route: str,
        holder: str,
        *,
        now: datetime,
        lease: timedelta,
        limit: int = 50,
    ) -> list[PendingMessage]:
        """Her unsent messages no other holder's live lease holds, leased to `holder`.

        One process owns an SQLite database, so the leases are kept in memory (`GivenLeases`).
        """
        rows = await self.outbox_for(channel, route, limit=limit)
        return self._given.take(rows, holder, now=now, lease=lease)

    async def outbox_sent(self, sent: Sequence[Sent], *, now: datetime) -> None:
        """Mark messages sent in one transaction: wipe route and text, keep the platform id.

        A row erased meanwhile (/forget) stays erased: its id is not logged under her key.
        Marks with nothing to log (no platform id, as on the web chat and KakaoTalk) go in one
        statement, by id, without reading the rows; the others one by one (`_mark_sent`).
        """
        at = micros(now)
        bare = [m.outbox_id for m in sent if m.platform_id is None]
        async with self._db.transaction() as tx:
            if bare:
                await tx.execute(
                    "UPDATE outbox SET status = 'sent', route = NULL, payload = NULL, dest = NULL"
                    f" WHERE id IN ({', '.join('?' * len(bare))}) AND status = 'pending'",
                    bare,
                )
            await self._mark_sent(tx, sent, at)


def _channel_filter(channels: Collection[str] | None) -> tuple[str, tuple[str, ...]]:
    """An extra WHERE clause and its parameters that keep rows of `channels` only."""
    if channels is None:
        return "", ()
    names = tuple(sorted(channels))
    return f" AND channel IN ({', '.join('?' * len(names))})", names

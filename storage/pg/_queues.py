"""Inbox and outbox on PostgreSQL: the same rows and ciphertexts as SQLite, plus claims.

The port methods (`inbox_put`, `inbox_pending`, `outbox_pending`, `outbox_sent`, ...) behave
as `SqliteStore`'s; those that run the same SQL on both are `SqlQueues`'s (`storage/_sql_store`).
For several processes on one database, `inbox_claim` and `outbox_claim`
take rows with `FOR UPDATE SKIP LOCKED` and stamp them with a lease (`lease_holder`,
`lease_until`): another process skips them until the lease runs out, so a holder that dies
leaves its rows to the others after one lease. A holder sees its own claimed rows again.
An outbox row is claimed only when no earlier pending message to the same conversation
(`dest`) is leased by another holder, so one chat's messages leave in order.

`outbox_take` leases one conversation's rows the same way to the channel instance that gives
them in an answer inside a request (KakaoTalk): another process's request for her skips them
while the lease lives, and they are given again if it runs out before they are marked sent.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from contextlib import AbstractAsyncContextManager
from datetime import datetime, timedelta

from flows import InboxRow, PendingMessage, Received, Sent
from storage._case_rows import Statements
from storage._clock import micros, span
from storage._sql_store import SqlQueues
from storage.pg._db import PgDatabase, PgTransaction

_OUTBOX_COLUMNS = "id, channel, route, payload, attempts"

_INBOX_CLAIM = """
WITH picked AS (
    SELECT i.id FROM inbox i
    WHERE i.done = 0 AND (i.lease_until IS NULL OR i.lease_until < $2 OR i.lease_holder = $1)
      AND (i.conv IS NULL OR NOT EXISTS (
          SELECT 1 FROM inbox e
          WHERE e.conv = i.conv AND e.done = 0 AND e.id < i.id
            AND e.lease_until >= $2 AND e.lease_holder != $1))
    ORDER BY i.id LIMIT $4 FOR UPDATE SKIP LOCKED
)
UPDATE inbox SET lease_holder = $1, lease_until = $3
FROM picked WHERE inbox.id = picked.id
RETURNING inbox.id, inbox.channel, inbox.raw
"""

# Her event, leased to $5 until $6 when no other event of her conversation is unhandled.
_INBOX_TAKE = """
INSERT INTO inbox (channel, event_key, conv, received_at, lease_holder, lease_until)
SELECT $1, $2, $3, $4, CASE WHEN free THEN $5::text END, CASE WHEN free THEN $6::bigint END
FROM (SELECT NOT EXISTS (SELECT 1 FROM inbox WHERE conv = $3 AND done = 0) AS free) AS f
WHERE NOT EXISTS (SELECT 1 FROM inbox WHERE channel = $1 AND event_key = ANY($7::text[]))
ON CONFLICT DO NOTHING RETURNING id, lease_holder
"""

_OUTBOX_CLAIM = """
WITH picked AS (
    SELECT o.id FROM outbox o
    WHERE o.status = 'pending'
      AND (o.lease_until IS NULL OR o.lease_until < $2 OR o.lease_holder = $1)
      AND ($5::text[] IS NULL OR o.channel = ANY($5::text[]))
      AND NOT EXISTS (
          SELECT 1 FROM outbox e
          WHERE e.dest = o.dest AND e.status = 'pending' AND e.id < o.id
            AND e.lease_until >= $2 AND e.lease_holder != $1)
    ORDER BY o.id LIMIT $4 FOR UPDATE SKIP LOCKED
)
UPDATE outbox SET lease_holder = $1, lease_until = $3
FROM picked WHERE outbox.id = picked.id
RETURNING outbox.id, outbox.channel, outbox.route, outbox.payload, outbox.attempts
"""

# Her pending rows that no other holder's live lease holds, leased to $2 until $4.
_OUTBOX_TAKE = """
WITH picked AS (
    SELECT id FROM outbox
    WHERE dest = $1 AND status = 'pending'
      AND (lease_until IS NULL OR lease_until < $3 OR lease_holder = $2)
    ORDER BY id LIMIT $5 FOR UPDATE SKIP LOCKED
)
UPDATE outbox SET lease_holder = $2, lease_until = $4
FROM picked WHERE outbox.id = picked.id
RETURNING outbox.id, outbox.channel, outbox.route, outbox.payload, outbox.attempts
"""


class PgQueues(SqlQueues[PgDatabase]):
    """Inbox, outbox and chat log writes of `PgStore` (reads and row decoding: `SqlQueues`)."""

    _LEASE_WIPE = ", lease_holder = NULL, lease_until = NULL"

    def _queue_writing(self) -> AbstractAsyncContextManager[Statements]:
        """The write lock taken shared: other queue writers run alongside, exclusive ones wait."""
        return self._db.transaction(shared=True)

    # ------------------------------------------------------------ Inbox

    async def inbox_put(self, updates: Sequence[Received], *, now: datetime) -> list[int]:
        """Store events (encrypted) in one transaction; return the row ids of the new ones.

        An event whose (channel, event_key) was seen before is skipped. Her message ids join
        the chat log only with an event seen for the first time.
        """
        at = micros(now)
        new: list[int] = []
        async with self._db.transaction(shared=True) as tx:
            for update in updates:
                taken = await self._put(tx, update, at, None)
                if taken is not None:
                    new.append(taken[0])
        return new

    async def inbox_take(
        self, update: Received, holder: str, *, now: datetime, lease: timedelta
    ) -> tuple[int, bool] | None:
        """Store one event as `inbox_put` does, claimed by `holder` if it may handle it now.

        It may when no other event of its conversation is unhandled (whoever holds it): then
        nothing of hers can be handled before it elsewhere, and no scan needs to claim it.
        Inserts of one conversation take her lock, so two processes cannot both see none.
        Returns (id, claimed), or None for an event seen before.
        """
        at = micros(now)
        async with self._db.transaction(shared=True, user_key=update.conv) as tx:
            return await self._put(tx, update, at, (holder, at + span(lease)))

    async def _put(
        self, tx: PgTransaction, update: Received, at: int, claim: tuple[str, int] | None
    ) -> tuple[int, bool] | None:
        """Insert one event unless its key was seen; claim it if asked and nothing waits first."""
        holder, until = claim if claim is not None and update.conv else (None, None)
        rows = await tx.fetch_native(
            _INBOX_TAKE,
            update.channel,
            update.event_key,
            update.conv,
            at,
            holder,
            until,
            list(update.earlier_keys),
        )
        if not rows:
            return None
        row_id = int(rows[0][0])
        await self._keep_event(tx, update, row_id, at)
        return row_id, rows[0][1] is not None

    async def inbox_claim(
        self, holder: str, *, now: datetime, lease: timedelta, limit: int = 100
    ) -> list[InboxRow]:
        """Claim unhandled events no live lease holds, in arrival order (several processes)."""
        at = micros(now)
        async with self._db.transaction(shared=True) as tx:
            rows = await tx.fetch_native(_INBOX_CLAIM, holder, at, at + span(lease), limit)
        return await self._inbox_rows(sorted(rows))

    # ------------------------------------------------------------ Outbox

    async def outbox_pending(
        self, *, limit: int = 100, channels: Collection[str] | None = None
    ) -> list[PendingMessage]:
        """Unsent messages, oldest first; only those of `channels` when given."""
        names = None if channels is None else sorted(channels)
        rows = await self._db.fetch_native(
            f"SELECT {_OUTBOX_COLUMNS} FROM outbox WHERE status = 'pending'"
            " AND ($1::text[] IS NULL OR channel = ANY($1::text[])) ORDER BY id LIMIT $2",
            names,
            limit,
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
        """Claim unsent messages no live lease holds, oldest first, one chat in order."""
        at = micros(now)
        names = None if channels is None else sorted(channels)
        async with self._db.transaction(shared=True) as tx:
            rows = await tx.fetch_native(_OUTBOX_CLAIM, holder, at, at + span(lease), limit, names)
        return await self._pending(sorted(rows))

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

        One statement reads and leases them (`FOR UPDATE SKIP LOCKED`): of two processes
        answering her at once, one gets each row.
        """
        at = micros(now)
        dest = self._keyring.user_key(channel, route)
        async with self._db.transaction(shared=True) as tx:
            rows = await tx.fetch_native(_OUTBOX_TAKE, dest, holder, at, at + span(lease), limit)
        return [row for row in await self._pending(sorted(rows)) if row.route == route]

    async def outbox_sent(self, sent: Sequence[Sent], *, now: datetime) -> None:
        """Mark messages sent in one transaction: wipe route and text, keep the platform id.

        A row erased meanwhile (/forget) stays erased: its id is not logged under her key.
        Marks with nothing to log (no platform id) go in one statement, by id; the others one
        by one (`_mark_sent`).
        """
        at = micros(now)
        bare = [m.outbox_id for m in sent if m.platform_id is None]
        async with self._db.transaction(shared=True) as tx:
            if bare:
                await tx.fetch_native(
                    "UPDATE outbox SET status = 'sent', route = NULL, payload = NULL, dest = NULL,"
                    " lease_holder = NULL, lease_until = NULL"
                    " WHERE id = ANY($1::bigint[]) AND status = 'pending'",
                    bare,
                )
            await self._mark_sent(tx, sent, at)

"""Conversation leases: one process handles one conversation at a time (several processes).

A process that finds pending events of a conversation asks for its lease (`take`); it handles
the events only while it holds it, renews what it holds (`renew`) and gives a lease back when
the conversation has nothing left (`give_back`). A lease whose holder stopped renewing (died)
runs out and the next `take` moves it, bumping its fence. Every commit made under a lease runs
`check` in its own transaction: it locks the lease row (a takeover waits for that commit) and
fails with `LeaseLost` if the holder or fence changed (the commit then rolls back), so events
of one conversation are committed by one holder at a time, in order.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime, timedelta

from storage._clock import micros, span
from storage.errors import StorageError
from storage.pg._db import PgDatabase, PgTransaction

_TAKE = """
INSERT INTO conversation_leases AS l (conv, holder, lease_until)
SELECT unnest($1::text[]), $2, $4
ON CONFLICT (conv) DO UPDATE
    SET holder = EXCLUDED.holder, lease_until = EXCLUDED.lease_until,
        fence = l.fence + CASE WHEN l.holder = EXCLUDED.holder THEN 0 ELSE 1 END
    WHERE l.holder = EXCLUDED.holder OR l.lease_until < $3
RETURNING conv, fence
"""


class LeaseLost(StorageError):
    """This process no longer holds the conversation's lease; its commit was rolled back."""


@dataclass(frozen=True, slots=True)
class Lease:
    """A conversation held by one process: who holds it and the fence it was taken with."""

    conv: str
    holder: str
    fence: int


async def take(
    db: PgDatabase, holder: str, convs: Collection[str], *, now: datetime, lease: timedelta
) -> dict[str, Lease]:
    """Take or renew the leases of `convs` that are free, expired or already ours."""
    if not convs:
        return {}
    at = micros(now)
    async with db.transaction(shared=True) as tx:
        rows = await tx.fetch_native(_TAKE, sorted(convs), holder, at, at + span(lease))
    return {str(row[0]): Lease(str(row[0]), holder, int(str(row[1]))) for row in rows}


async def renew(
    db: PgDatabase, leases: Collection[Lease], *, now: datetime, lease: timedelta
) -> set[str]:
    """Extend the leases still ours; return the conversations kept (the others were lost)."""
    if not leases:
        return set()
    holder = next(iter(leases)).holder
    until = micros(now) + span(lease)
    async with db.transaction(shared=True) as tx:
        rows = await tx.fetch_native(
            "UPDATE conversation_leases l SET lease_until = $3"
            " FROM unnest($1::text[], $2::bigint[]) AS held (conv, fence)"
            " WHERE l.conv = held.conv AND l.fence = held.fence AND l.holder = $4"
            " RETURNING l.conv",
            [x.conv for x in leases],
            [x.fence for x in leases],
            until,
            holder,
        )
    return {str(row[0]) for row in rows}


async def give_back(db: PgDatabase, lease: Lease) -> None:
    """Release a conversation with nothing left to handle (others may take it at once)."""
    async with db.transaction(shared=True) as tx:
        await tx.fetch_native(
            "DELETE FROM conversation_leases WHERE conv = $1 AND holder = $2 AND fence = $3",
            lease.conv,
            lease.holder,
            lease.fence,
        )


async def check(tx: PgTransaction, lease: Lease) -> None:
    """Inside a commit: hold the lease row until the commit ends; raise LeaseLost if not ours."""
    rows = await tx.fetch_native(
        "SELECT 1 FROM conversation_leases WHERE conv = $1 AND holder = $2 AND fence = $3"
        " FOR SHARE",
        lease.conv,
        lease.holder,
        lease.fence,
    )
    if not rows:
        raise LeaseLost(f"the lease of a conversation moved away from {lease.holder}")

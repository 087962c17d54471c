"""One process at a time for a named job (the Telegram poller, the daily purge): advisory locks.

`PgDatabase.try_lead(name)` takes a session-level advisory lock on a connection of its own. The
server releases it when that session ends, so when the holding process dies (or its machine
does, once TCP keepalives give up) another process's next `try_lead` succeeds. The holder asks
`still_held()` before each round of work: a connection that broke means the lock is gone and
another process may already hold it.
"""

from __future__ import annotations

import logging
from typing import Any

import asyncpg

logger = logging.getLogger(__name__)

# What a broken or killed session raises (InternalClientError: a call raced the disconnect).
_LOST = (
    asyncpg.PostgresError,
    asyncpg.InterfaceError,
    asyncpg.InternalClientError,
    OSError,
    TimeoutError,
)


class Lead:
    """A held advisory lock and the pooled connection whose session holds it."""

    def __init__(
        self,
        pool: asyncpg.Pool[Any],
        conn: asyncpg.pool.PoolConnectionProxy[Any],
        key: int,
        name: str,
    ) -> None:
        """Hold `conn` (taken from `pool`), whose session took the lock `key`."""
        self._pool = pool
        self._conn: asyncpg.pool.PoolConnectionProxy[Any] | None = conn
        self._key = key
        self.name = name

    async def still_held(self) -> bool:
        """True while the session holding the lock answers (and so still holds it)."""
        if self._conn is None:
            return False
        try:
            await self._conn.fetchval("SELECT 1", timeout=5)
        except _LOST:
            logger.warning("lost the %s lock: its connection broke", self.name)
            await self._drop()
            return False
        return True

    async def release(self) -> None:
        """Give the lock up (idempotent); another process may take it at once."""
        conn = self._conn
        if conn is None:
            return
        try:
            await conn.execute("SELECT pg_advisory_unlock($1)", self._key)
        except _LOST:
            logger.warning("could not unlock %s; the session's end releases it", self.name)
        await self._drop()

    async def _drop(self) -> None:
        """Hand the connection back (the pool's reset unlocks every advisory lock it held)."""
        conn, self._conn = self._conn, None
        if conn is None:
            return
        try:
            await self._pool.release(conn, timeout=5)
        except _LOST:
            conn.terminate()

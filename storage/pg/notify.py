"""Hear, on one connection of its own, that some process wrote an outbox row (LISTEN/NOTIFY).

Migration 007 makes every outbox insert for the web chat send `NOTIFY` at commit, on a
channel named after the schema, with the row's `dest` (the HMAC pseudonym of channel and route
already in the row) as the only payload. `OutboxListener`
LISTENs on its schema's channel and calls `wake(dest)` for each notification, so a web tab
open on this process gets a reply another process committed at once.

Nothing is lost while the connection is down: the tabs still poll. When it drops (PostgreSQL
restarted, the backend terminated) the listener connects again, waiting 0.5 s, then twice as
long each failure up to 10 s; it also asks the server every `check` seconds, to notice a
connection that died without a word.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
from collections.abc import Callable
from typing import Any

import asyncpg

from storage.errors import StorageError
from storage.pg._db import DRIVER_ERRORS, PgDatabase

logger = logging.getLogger(__name__)

APPLICATION_NAME = "gyeot-listen"
FIRST_RETRY = 0.5
LAST_RETRY = 10.0
CHECK = 30.0


def channel_name(schema: str) -> str:
    """The NOTIFY channel of `schema`: the name migration 007's trigger computes."""
    digest = hashlib.sha256(schema.encode()).hexdigest()
    return f"gyeot_outbox_{digest[:16]}"


class OutboxListener:
    """Call `wake(dest)` whenever an outbox row for `dest` is committed, by any process."""

    def __init__(
        self,
        db: PgDatabase,
        wake: Callable[[str], None],
        *,
        first_retry: float = FIRST_RETRY,
        last_retry: float = LAST_RETRY,
        check: float = CHECK,
    ) -> None:
        """Listen on `db`'s schema; retry after `first_retry` s, doubling up to `last_retry`."""
        self.db = db
        self.wake = wake
        self.channel = channel_name(db.schema)
        self.first_retry = first_retry
        self.last_retry = last_retry
        self.check = check

    async def run(self, stop: asyncio.Event) -> None:
        """Listen until `stop`, connecting again whenever the connection is lost."""
        retry = self.first_retry
        while not stop.is_set():
            try:
                conn = await self.db.connect(APPLICATION_NAME)
            except StorageError as exc:
                logger.warning("outbox listener cannot connect (%s); again in %.1f s", exc, retry)
            else:
                if await self._listen(conn, stop):
                    retry = self.first_retry  # it listened: the next drop retries soon
            await _wait(stop, retry)
            retry = min(retry * 2, self.last_retry)

    async def _listen(self, conn: asyncpg.Connection[Any], stop: asyncio.Event) -> bool:
        """Hold `conn` listening until `stop` or until it breaks; True if it listened."""
        lost = asyncio.Event()
        conn.add_termination_listener(lambda _conn: lost.set())
        listening = False
        try:
            await conn.add_listener(self.channel, self._heard)
            listening = True
            logger.info("listening for outbox rows")
            while not stop.is_set() and not lost.is_set():
                await _wait_either(stop, lost, self.check)
                if not stop.is_set() and not lost.is_set():
                    await conn.fetchval("SELECT 1", timeout=5)
        except DRIVER_ERRORS as exc:
            logger.warning("outbox listener failed (%s); connecting again", type(exc).__name__)
            return listening
        else:
            if lost.is_set():
                logger.warning("outbox listener lost its connection; connecting again")
            return True
        finally:
            await _close(conn)

    def _heard(self, _conn: object, _pid: int, _channel: str, payload: object) -> None:
        try:
            self.wake(str(payload))
        except Exception:  # a wake that fails must not stop the listener
            logger.exception("outbox wake failed")


async def _wait(stop: asyncio.Event, seconds: float) -> None:
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(stop.wait(), seconds)


async def _wait_either(first: asyncio.Event, second: asyncio.Event, seconds: float) -> None:
    waits = [asyncio.create_task(first.wait()), asyncio.create_task(second.wait())]
    try:
        await asyncio.wait(waits, timeout=seconds, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for wait in waits:
            wait.cancel()
        await asyncio.gather(*waits, return_exceptions=True)


async def _close(conn: asyncpg.Connection[Any]) -> None:
    if conn.is_closed():
        return
    try:
        await conn.close(timeout=5)
    except DRIVER_ERRORS:
        conn.terminate()

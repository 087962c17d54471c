"""Jobs that keep a running bot healthy: the daily retention purge and reload on SIGHUP."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import signal
from collections.abc import Callable, Iterator
from typing import Protocol, runtime_checkable

from bot.app import Runtime
from bot.reload import reload_knowledge_async
from flows import StoreError

logger = logging.getLogger(__name__)
DAY = 24 * 60 * 60.0
PURGE_LEAD = "daily-purge"


class Lead(Protocol):
    """A one-process lock (`storage.pg.Lead`)."""

    async def still_held(self) -> bool:
        """True while this process still holds it."""
        ...


@runtime_checkable
class Leading(Protocol):
    """A store several processes share (PostgreSQL): one of them does a named job."""

    async def try_lead(self, name: str) -> Lead | None:
        """Become the one process doing job `name`, if none is; else None."""
        ...


async def purge_daily(
    rt: Runtime,
    stop: asyncio.Event,
    *,
    every: float = DAY,
    clock: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC),
) -> None:
    """Purge what is past retention now and then every `every` seconds until `stop`.

    The same `purge` that `gyeot purge` runs; a failure is logged and tried again next time.
    When several processes share the store, only the one holding the purge lead purges (the
    others try to take it over at each round, so it moves when its holder dies).
    """
    lead: Lead | None = None
    while not stop.is_set():
        lead = await _purge_lead(rt, lead)
        if lead is not None or not isinstance(rt.store, Leading):
            await _purge(rt, clock())
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), every)


async def _purge_lead(rt: Runtime, lead: Lead | None) -> Lead | None:
    """The purge lead, kept or newly taken; None without one (or on a single-process store)."""
    if not isinstance(rt.store, Leading):
        return None
    try:
        if lead is not None and await lead.still_held():
            return lead
        return await rt.store.try_lead(PURGE_LEAD)
    except StoreError:
        logger.exception("could not take the purge lead; will try again")
        return None


async def _purge(rt: Runtime, now: dt.datetime) -> None:
    try:
        counts = await rt.store.purge(now=now)
    except StoreError:
        logger.exception("retention purge failed; will try again")
    else:
        logger.info(
            "retention purge: %s", ", ".join(f"{k}={v}" for k, v in sorted(counts.items()))
        )


@contextlib.contextmanager
def reload_on_sighup(rt: Runtime) -> Iterator[None]:
    """While inside the block, SIGHUP reloads the knowledge files (old ones kept if broken).

    The files are parsed on a worker thread, so the bot keeps answering during the reload.
    """
    loop = asyncio.get_running_loop()
    running: set[asyncio.Task[None]] = set()

    async def reload() -> None:
        result = await reload_knowledge_async(rt)
        logger.info("SIGHUP reload: %s", "ok" if result.ok else "failed, old knowledge kept")

    def on_signal() -> None:
        task = loop.create_task(reload())
        running.add(task)
        task.add_done_callback(running.discard)

    loop.add_signal_handler(signal.SIGHUP, on_signal)
    try:
        yield
    finally:
        loop.remove_signal_handler(signal.SIGHUP)

"""Jobs that keep a running bot healthy: the daily retention purge and reload on SIGHUP."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import signal
from collections.abc import Callable, Coroutine, Iterator
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

    async def release(self) -> None:
        """Give it up; another process may take it at once."""
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


Loop = Callable[[asyncio.Event], Coroutine[None, None, None]]
LEAD_CHECK = 2.0  # seconds between lead checks: how soon a job moves when its holder dies


def led(store: object, name: str, loop: Loop, *, check: float = LEAD_CHECK) -> Loop:
    """`loop`, run only while this process holds the lead `name` (a store of one process: always).

    The others try every `check` seconds, so the job moves within seconds when its holder dies.
    """
    if not isinstance(store, Leading):
        return loop
    leading: Leading = store

    async def run(stop: asyncio.Event) -> None:
        while not stop.is_set():
            try:
                lead = await leading.try_lead(name)
            except StoreError:
                logger.warning("could not ask for the %s lead; will try again", name)
                lead = None
            if lead is None:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(stop.wait(), check)
                continue
            logger.info("this process now runs %s", name)
            await _while_held(lead, loop, stop, check)

    return run


async def _while_held(lead: Lead, loop: Loop, stop: asyncio.Event, check: float) -> None:
    """Run `loop` until `stop` or until the lead is lost; then give the lead back."""
    inner = asyncio.Event()
    task = asyncio.create_task(loop(inner))
    try:
        while not stop.is_set() and not task.done():
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), check)
            if not await lead.still_held():
                break
    finally:
        inner.set()
        await asyncio.gather(task, return_exceptions=True)
        await lead.release()
    crash = task.exception() if task.done() and not task.cancelled() else None
    if crash is not None:  # the job itself failed (e.g. a revoked token): as without a lead
        raise crash


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

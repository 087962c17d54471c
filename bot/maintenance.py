"""Jobs that keep a running bot healthy: the daily retention purge and reload on SIGHUP."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import signal
from collections.abc import Callable, Iterator

from bot.app import Runtime
from bot.reload import reload_knowledge_async
from flows import StoreError

logger = logging.getLogger(__name__)
DAY = 24 * 60 * 60.0


async def purge_daily(
    rt: Runtime,
    stop: asyncio.Event,
    *,
    every: float = DAY,
    clock: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC),
) -> None:
    """Purge what is past retention now and then every `every` seconds until `stop`.

    The same `purge` that `gyeot purge` runs; a failure is logged and tried again next time.
    """
    while not stop.is_set():
        try:
            counts = await rt.store.purge(now=clock())
        except StoreError:
            logger.exception("retention purge failed; will try again")
        else:
            logger.info(
                "retention purge: %s", ", ".join(f"{k}={v}" for k, v in sorted(counts.items()))
            )
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), every)


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

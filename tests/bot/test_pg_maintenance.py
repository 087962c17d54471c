"""The daily purge on PostgreSQL: one process of several purges, another takes over (issue 13)."""

from __future__ import annotations

import asyncio
import datetime as dt

import pytest

from bot.app import open_runtime
from bot.config import Settings
from bot.maintenance import led, purge_daily
from flows import MemoryStore
from tests.bot.pg_kit import pg_url

__all__ = ["pg_url"]  # the fixture


async def test_one_process_purges_and_another_takes_over(
    pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two runtimes on one database: only the lead purges; when it stops, the other does."""
    monkeypatch.setenv("GYEOT_SECRET_KEY", "purge-lead-test-secret-0123456789abcdef")
    settings = Settings.model_validate({"storage": {"url": pg_url}})
    purged: list[str] = []

    def clock(name: str):  # type: ignore[no-untyped-def]
        def now() -> dt.datetime:
            purged.append(name)
            return dt.datetime.now(dt.UTC)

        return now

    async with open_runtime(settings) as second:
        stop_b = asyncio.Event()
        async with open_runtime(settings) as first:
            stop_a = asyncio.Event()
            a = asyncio.create_task(purge_daily(first, stop_a, every=0.05, clock=clock("a")))
            await asyncio.sleep(0.2)
            b = asyncio.create_task(purge_daily(second, stop_b, every=0.05, clock=clock("b")))
            await asyncio.sleep(0.5)
            stop_a.set()
            await a
            # checked while the first runtime is still open: once it closes, its lead goes with
            # its session and the second may purge at once (on a slow machine, before the close
            # returns)
            assert purged.count("a") >= 3 and "b" not in purged
        await asyncio.sleep(0.5)
        stop_b.set()
        await b
    assert purged.count("b") >= 3


async def test_one_process_polls_and_another_takes_over_within_seconds(
    pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A led job (the Telegram poller) runs in one process; when it goes, the other runs it."""
    monkeypatch.setenv("GYEOT_SECRET_KEY", "poller-lead-test-secret-0123456789abcdef")
    settings = Settings.model_validate({"storage": {"url": pg_url}})
    running: list[str] = []

    def job(name: str):  # type: ignore[no-untyped-def]
        async def loop(stop: asyncio.Event) -> None:
            running.append(name)
            await stop.wait()
            running.remove(name)

        return loop

    async with open_runtime(settings) as second:
        stop_b = asyncio.Event()
        async with open_runtime(settings) as first:
            stop_a = asyncio.Event()
            a = asyncio.create_task(led(first.store, "poller", job("a"), check=0.1)(stop_a))
            await asyncio.sleep(0.3)
            b = asyncio.create_task(led(second.store, "poller", job("b"), check=0.1)(stop_b))
            await asyncio.sleep(0.5)
            assert running == ["a"]
            await first.store.close()  # as if the process died: its session and lock end
            loop = asyncio.get_running_loop()
            began = loop.time()
            while running != ["b"] and loop.time() - began < 5:
                await asyncio.sleep(0.05)
            assert running == ["b"]
            stop_a.set()
            await a
        stop_b.set()
        await b
    assert running == []


def test_a_single_process_store_runs_the_job_itself() -> None:
    """SQLite or memory: no lead to take; the job runs as it is."""

    async def job(stop: asyncio.Event) -> None:
        await stop.wait()

    assert led(MemoryStore(), "poller", job) is job

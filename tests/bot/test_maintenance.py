"""Daily purge and SIGHUP reload in a running bot."""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import signal
from pathlib import Path

import pytest

from bot.app import open_runtime
from bot.config import Settings
from bot.maintenance import purge_daily, reload_on_sighup
from flows import Command


@pytest.fixture
def settings(editable_kb_settings: Settings) -> Settings:
    return editable_kb_settings


async def test_purge_runs_at_start_and_removes_old_sessions(settings: Settings):
    """The daily job purges at once: a session older than retention is gone."""
    async with open_runtime(settings) as rt:
        old = dt.datetime.now(dt.UTC) - dt.timedelta(days=45)
        rt.conversation.clock = lambda: old
        await rt.conversation.handle("old-user", Command("start"))
        stop = asyncio.Event()
        job = asyncio.create_task(purge_daily(rt, stop, every=3600))
        for _ in range(100):
            if await rt.store.load("old-user") is None:
                break
            await asyncio.sleep(0.02)
        stop.set()
        await job
        assert await rt.store.load("old-user") is None


async def test_sighup_reloads_knowledge(settings: Settings):
    """SIGHUP swaps in edited knowledge files."""
    path = Path(settings.knowledge.path) / "topics" / "shelter.toml"
    async with open_runtime(settings, memory=True) as rt:
        before = rt.engine
        path.write_text(path.read_text(encoding="utf-8").replace("1308", "1308 ", 1), "utf-8")
        with reload_on_sighup(rt):
            os.kill(os.getpid(), signal.SIGHUP)
            for _ in range(500):  # the files are parsed on a worker thread (~1 s)
                if rt.conversation.engine is not before:
                    break
                await asyncio.sleep(0.02)
        assert rt.conversation.engine is not before

"""Inbox before acknowledgement: a crash at any point loses no update and answers none twice."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field

from bot.tg.inbox import InboxPoller, PollSettings
from flows import MemoryStore
from tests.bot.conftest import make_rig
from tests.bot.fake_bot_api import FakeBotApi


@dataclass
class StallingStore(MemoryStore):
    """Hangs forever in the n-th inbox write or commit, like a process frozen before a kill."""

    stall_put: int = 10**9
    stall_commit: int = 10**9
    puts: int = 0
    commits: int = 0
    gate: asyncio.Event = field(default_factory=asyncio.Event)

    async def inbox_put(self, update_id, raw, *, now):
        self.puts += 1
        if self.puts >= self.stall_put:
            await self.gate.wait()
        return await super().inbox_put(update_id, raw, now=now)

    async def commit(self, user_key, outcome, **kwargs):
        self.commits += 1
        if self.commits >= self.stall_commit:
            await self.gate.wait()
        return await super().commit(user_key, outcome, **kwargs)


async def _kill(task: asyncio.Task) -> None:
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)


async def test_poller_killed_mid_batch_leaves_the_rest_unconfirmed(fake_api: FakeBotApi, app):
    """Updates not yet written when the poller dies are still at Telegram, and come back."""
    store = StallingStore(stall_put=5)
    ids = [fake_api.push_text(1001, f"m{i}")["update_id"] for i in range(10)]
    stop = asyncio.Event()
    poller = InboxPoller(app.bot, store, settings=PollSettings(timeout=1))
    task = asyncio.create_task(poller.run(stop))
    await fake_api.wait_for(lambda: store.puts >= 5)
    await _kill(task)
    assert sorted(store.inbox) == ids[:4]
    assert [u["update_id"] for u in fake_api.updates] == ids  # nothing confirmed yet

    store.stall_put = 10**9
    again = InboxPoller(app.bot, store, settings=PollSettings(timeout=0))
    await again.poll_once()
    await again.poll_once()  # this call's offset confirms the first batch
    assert sorted(store.inbox) == ids
    assert fake_api.updates == []
    offsets = [c.params.get("offset") for c in fake_api.calls_of("getUpdates")]
    assert offsets[-1] == ids[-1] + 1


async def test_processor_killed_mid_batch_answers_everything_once_after_restart(
    fake_api: FakeBotApi, app
):
    """A crash while handling leaves the rest pending; the restart answers each exactly once."""
    store = StallingStore(stall_commit=4)
    rig = make_rig(fake_api, app, store=store)
    for i in range(10):
        fake_api.push_text(1001, f"m{i}")
    rig.start()
    await fake_api.wait_for(lambda: store.commits >= 4)
    # Kill the processor (frozen inside its 4th commit) and its per-user workers.
    for task in [rig.tasks[1], *rig.processor._workers.values()]:
        await _kill(task)
    await rig.close()
    assert len(await store.inbox_pending()) == 7

    store.stall_commit = 10**9
    restarted = make_rig(fake_api, app, store=store)
    restarted.start()
    try:
        await restarted.settle()
    finally:
        await restarted.close()
    bodies = [t.split("\n\n")[1].split("  [")[0] for t in fake_api.sent_texts(1001)]
    assert bodies == [f"echo: m{i}" for i in range(10)]


async def test_unreadable_inbox_row_is_skipped_not_retried_forever(fake_api: FakeBotApi, app):
    """A row in an unknown format is marked done and the next one is handled."""
    rig = make_rig(fake_api, app)
    await rig.store.inbox_put(999, '{"v": 99}', now=rig.conversation.clock())
    rig.start()
    try:
        fake_api.push_text(1001, "hi")
        await rig.settle()
    finally:
        await rig.close()
    assert await rig.store.inbox_pending() == []
    assert len(fake_api.sent_texts(1001)) == 1

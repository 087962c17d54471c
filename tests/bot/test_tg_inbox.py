"""Inbox before acknowledgement: a crash at any point loses no update and answers none twice."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from datetime import UTC, datetime

from bot.tg.inbox import InboxPoller, PollSettings
from flows import MemoryStore, Received
from tests.bot.conftest import HmacKeyring, make_rig
from tests.bot.fake_bot_api import FakeBotApi


@dataclass
class StallingStore(MemoryStore):
    """Hangs forever in the n-th inbox write or commit, like a process frozen before a kill.

    One inbox write is one getUpdates batch (one transaction): a write that hangs has stored
    none of its batch. `fail_puts` makes the next writes raise instead, like a full disk.
    """

    stall_put: int = 10**9
    stall_commit: int = 10**9
    fail_puts: int = 0
    puts: int = 0
    commits: int = 0
    gate: asyncio.Event = field(default_factory=asyncio.Event)

    async def inbox_put(self, updates, *, now):
        self.puts += 1
        if self.fail_puts > 0:
            self.fail_puts -= 1
            raise OSError("disk full")
        if self.puts >= self.stall_put:
            await self.gate.wait()
        return await super().inbox_put(updates, now=now)

    async def commit(self, user_key, outcome, **kwargs):
        self.commits += 1
        if self.commits >= self.stall_commit:
            await self.gate.wait()
        return await super().commit(user_key, outcome, **kwargs)


async def _kill(task: asyncio.Task) -> None:
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)


def offsets(fake_api: FakeBotApi) -> list[int | None]:
    """The offset of every getUpdates call so far, in order."""
    return [c.params.get("offset") for c in fake_api.calls_of("getUpdates")]


async def test_poller_killed_mid_batch_leaves_the_rest_unconfirmed(fake_api: FakeBotApi, app):
    """Updates not yet written when the poller dies are still at Telegram, and come back."""
    store = StallingStore(stall_put=1)
    ids = [fake_api.push_text(1001, f"m{i}")["update_id"] for i in range(10)]
    stop = asyncio.Event()
    poller = InboxPoller(app.bot, store, HmacKeyring(), settings=PollSettings(timeout=1))
    task = asyncio.create_task(poller.run(stop))
    await fake_api.wait_for(lambda: store.puts >= 1)
    await _kill(task)
    assert store.inbox == {}
    assert [u["update_id"] for u in fake_api.updates] == ids  # nothing confirmed
    assert offsets(fake_api) == [None]

    store.stall_put = 10**9
    again = InboxPoller(app.bot, store, HmacKeyring(), settings=PollSettings(timeout=0))
    assert await again.poll_once() == 10
    assert [u["update_id"] for u in fake_api.updates] == ids  # stored, not yet confirmed
    await again.poll_once()  # this call's offset confirms the batch
    assert sorted(int(k) for _, k in store.inbox_keys) == ids
    assert fake_api.updates == []
    assert offsets(fake_api)[-1] == ids[-1] + 1


async def test_poller_killed_in_a_later_batch_confirms_only_the_stored_one(
    fake_api: FakeBotApi, app
):
    """A batch written before the kill is confirmed; the batch whose write hung is not."""
    store = StallingStore(stall_put=2)
    ids = [fake_api.push_text(1001, f"m{i}")["update_id"] for i in range(10)]
    stop = asyncio.Event()
    settings = PollSettings(timeout=1, limit=4)
    poller = InboxPoller(app.bot, store, HmacKeyring(), settings=settings)
    task = asyncio.create_task(poller.run(stop))
    await fake_api.wait_for(lambda: store.puts >= 2)
    await _kill(task)
    assert sorted(int(k) for _, k in store.inbox_keys) == ids[:4]
    assert [u["update_id"] for u in fake_api.updates] == ids[4:]

    store.stall_put = 10**9
    again = InboxPoller(app.bot, store, HmacKeyring(), settings=PollSettings(timeout=0))
    assert await again.poll_once() == 6
    await again.poll_once()
    assert (sorted(int(k) for _, k in store.inbox_keys), fake_api.updates) == (ids, [])


async def test_a_failed_batch_write_is_fetched_again_not_confirmed(fake_api: FakeBotApi, app):
    """When the inbox write fails, the next getUpdates asks for the same batch again."""
    store = StallingStore(fail_puts=1)
    ids = [fake_api.push_text(1001, f"m{i}")["update_id"] for i in range(3)]
    stop = asyncio.Event()
    settings = PollSettings(timeout=0, backoff_max=0.01)
    poller = InboxPoller(app.bot, store, HmacKeyring(), settings=settings)
    task = asyncio.create_task(poller.run(stop))
    try:
        await fake_api.wait_for(lambda: len(store.inbox) == 3)
    finally:
        stop.set()
        await task
    assert offsets(fake_api)[:2] == [None, None]
    assert sorted(int(k) for _, k in store.inbox_keys) == ids


async def test_a_batch_is_written_in_one_call_with_her_message_ids(fake_api: FakeBotApi, app):
    """One getUpdates batch is one inbox write; her message ids join her chat log with it."""
    store = StallingStore()
    keyring = HmacKeyring()
    sent = [fake_api.push_text(1001, f"m{i}")["message"]["message_id"] for i in range(3)]
    fake_api.push_text(2002, "someone else")
    poller = InboxPoller(app.bot, store, keyring, settings=PollSettings(timeout=0))
    assert (await poller.poll_once(), store.puts) == (4, 1)
    her = keyring.user_key("telegram", 1001)
    assert await store.recent_messages(her, since=datetime(2000, 1, 1, tzinfo=UTC)) == sent


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
    for task in [rig.tasks[1], *rig.processor.tasks()]:
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
    await rig.store.inbox_put(
        [Received("telegram", str(999), '{"v": 99}')], now=rig.conversation.clock()
    )
    rig.start()
    try:
        fake_api.push_text(1001, "hi")
        await rig.settle()
    finally:
        await rig.close()
    assert await rig.store.inbox_pending() == []
    assert len(fake_api.sent_texts(1001)) == 1

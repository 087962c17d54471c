"""A channel hands the row it stored to the processor, in order, or leaves it to a scan."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from typing import Any, cast

from bot.channels import Inbound, InboxProcessor, Limits, Renderer, RenderSettings, received
from bot.channels.processor import Handler
from flows import Conversation, Engine, InboxRow, MemoryStore, Outcome, Text
from tests.bot.conftest import EchoEngine, HmacKeyring

T0 = dt.datetime(2026, 12, 2, tzinfo=dt.UTC)


class Tab:
    """A channel that cannot push and hands its rows over (as the web chat and KakaoTalk do)."""

    name = "web"

    def __init__(self) -> None:
        self.renderer = Renderer(
            RenderSettings(first_lines={}), channel="web", limits=Limits(can_push=False)
        )
        self.processor: InboxProcessor | None = None

    def attach(self, processor: InboxProcessor) -> None:
        self.processor = processor

    async def acknowledge(self, inbound: Inbound) -> None:
        """Nothing to acknowledge."""

    async def apologise(self, inbound: Inbound, lang: str | None) -> None:
        """Nothing to push."""


class Gate:
    """Her conversation, held at a gate until the test opens it."""

    def __init__(self, conversation: Conversation) -> None:
        self.conversation = conversation
        self.open = asyncio.Event()
        self.open.set()

    async def handle(self, user_key: str, event: Any, **kwargs: Any) -> Outcome:
        await self.open.wait()
        return await self.conversation.handle(user_key, event, **kwargs)


def rig() -> tuple[MemoryStore, InboxProcessor, Tab, Gate]:
    store = MemoryStore()
    gate = Gate(Conversation(cast(Engine, EchoEngine()), store))
    tab = Tab()
    processor = InboxProcessor(
        store=store,
        conversation=cast(Handler, gate),
        keyring=HmacKeyring(),
        intakes={"web": tab},
    )
    return store, processor, tab, gate


async def stored(store: MemoryStore, processor: InboxProcessor, text: str) -> InboxRow:
    """Her message in the inbox, as a channel writes it before handing it over."""
    inbound = Inbound("web", "tok", "tok", Text(text))
    row = received(f"tok:{text}", inbound, processor.keyring)
    [row_id] = await store.inbox_put([row], now=T0)
    return InboxRow(row_id, "web", row.raw)


async def answers(store: MemoryStore) -> list[str]:
    rows = await store.outbox_for("web", "tok")
    return [json.loads(row.payload)["text"].split("\n\n")[-1] for row in rows]


async def test_the_processor_attaches_to_a_channel_that_hands_rows_over() -> None:
    """A channel with `attach` gets the processor it hands its rows to."""
    _, processor, tab, _ = rig()
    assert tab.processor is processor


async def test_a_row_taken_before_any_scan_is_left_to_the_first_scan() -> None:
    """Rows from before the start may wait: until a scan, nothing is queued past them."""
    store, processor, _, _ = rig()
    row = await stored(store, processor, "m1")
    assert not processor.take(row)
    assert not processor.busy
    await processor.drain_once()
    await processor.idle()
    assert await answers(store) == ["echo: m1"]


async def test_after_a_complete_scan_a_taken_row_is_handled_without_another() -> None:
    """Once a scan saw every waiting row, a row handed over is handled at once."""
    store, processor, _, _ = rig()
    await processor.drain_once()
    row = await stored(store, processor, "m1")
    assert processor.take(row)
    assert await processor.handled(row.id, timeout=5.0)
    assert await answers(store) == ["echo: m1"]


async def test_a_lane_cut_short_keeps_her_next_message_behind_the_unfinished_one() -> None:
    """Her lane ends mid-message (a crash): her next message waits for a scan, in order."""
    store, processor, _, gate = rig()
    await processor.drain_once()
    gate.open.clear()
    first = await stored(store, processor, "m1")
    assert processor.take(first)
    await asyncio.sleep(0)
    for task in processor.tasks():
        task.cancel()
    await asyncio.gather(*processor.tasks(), return_exceptions=True)
    second = await stored(store, processor, "m2")
    assert not processor.take(second)  # m1 waits unqueued: m2 must not pass it
    gate.open.set()
    await processor.drain_once()
    await processor.idle()
    assert await answers(store) == ["echo: m1", "echo: m2"]
    third = await stored(store, processor, "m3")
    assert processor.take(third)  # that scan saw everything: the fast way again
    await processor.idle()
    assert await answers(store) == ["echo: m1", "echo: m2", "echo: m3"]

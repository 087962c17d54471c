"""An event whose claim lapsed is handled by two processes and answered once (issue 13).

A process starved of CPU past its 15 s claim may still be handling an event when another
process takes the event over (benchmarks/README.md, finding 4). Both compute an answer; the
commit that marks the event done is fenced, so only the first goes through and the other
rolls back without an answer, an apology or a retry. Real PostgreSQL, two processors with
their own holders and clocks, her conversation held at a gate in the first one.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import logging
from collections.abc import AsyncIterator
from typing import cast

import pytest

from bot.channels import Inbound, InboxProcessor, received
from bot.channels.processor import CLAIM_LEASE, Handler
from flows import Conversation, Engine, PrivacyPolicy, Text
from storage import Keyring
from storage.pg import PgStore
from tests.bot.conftest import EchoEngine, HmacKeyring
from tests.bot.pg_kit import pg_url
from tests.bot.test_take import T0, Gate, Tab

__all__ = ["pg_url"]  # the fixture


class Apologies(Tab):
    """The web tab, counting the apologies a failed handling would push."""

    def __init__(self) -> None:
        super().__init__()
        self.apologies = 0

    async def apologise(self, inbound: Inbound, lang: str | None) -> None:
        self.apologies += 1


@pytest.fixture
async def store(pg_url: str) -> AsyncIterator[PgStore]:
    opened = await PgStore.open(pg_url, Keyring(b"k" * 32), PrivacyPolicy())
    yield opened
    await opened.close()


def process(store: PgStore, at: dt.datetime) -> tuple[InboxProcessor, Gate, Apologies]:
    """One `gyeot run`'s processor on the shared store, its clock stopped at `at`."""
    gate = Gate(Conversation(cast(Engine, EchoEngine()), store))
    tab = Apologies()
    processor = InboxProcessor(
        store=store,
        conversation=cast(Handler, gate),
        keyring=HmacKeyring(),
        intakes={"web": tab},
        clock=lambda: at,
    )
    processor.retry_delay = 0.01
    return processor, gate, tab


async def test_a_lapsed_claim_handled_twice_commits_and_answers_once(
    store: PgStore, caplog: pytest.LogCaptureFixture
) -> None:
    first, first_gate, first_tab = process(store, T0)
    second, _, second_tab = process(store, T0 + CLAIM_LEASE + dt.timedelta(seconds=1))
    inbound = Inbound("web", "tok", "tok", Text("m1"))
    [row_id] = await store.inbox_put([received("tok:m1", inbound, first.keyring)], now=T0)

    first_gate.open.clear()  # the first process claims her event and stalls in it
    assert await first.drain_once() == 1
    await asyncio.sleep(0.05)
    assert await second.drain_once() == 1  # its claim ran out: the second takes it over
    assert await second.handled(row_id, timeout=5.0)

    with caplog.at_level(logging.INFO):
        first_gate.open.set()  # the first wakes up and commits what it computed
        await first.idle()

    rows = await store.outbox_for("web", "tok")
    assert [json.loads(row.payload)["text"].split("\n\n")[-1] for row in rows] == ["echo: m1"]
    assert (first_tab.apologies, second_tab.apologies) == (0, 0)
    assert "handled by another process first" in caplog.text
    assert "event handling failed" not in caplog.text
    assert (
        await store.inbox_claim("third", now=T0 + dt.timedelta(hours=1), lease=CLAIM_LEASE) == []
    )

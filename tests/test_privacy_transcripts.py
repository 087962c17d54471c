"""Transcripts behave the same on both stores: off keeps nothing, on keeps redacted lines."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from flows import Forget, MemoryStore, Outcome, PrivacyPolicy, Session
from storage import Keyring, SqliteStore

T0 = datetime(2025, 3, 1, 3, 0, tzinfo=UTC)
HER = "a" * 64
SAID = "제 번호는 010-2345-6789예요"

Store = MemoryStore | SqliteStore


def outcome(*effects: object, under14: bool = False) -> Outcome:
    """An outcome with no replies and a started session."""
    return Outcome((), Session(started=True, under14=under14), effects)  # type: ignore[arg-type]


@pytest.fixture(params=["memory", "sqlite"])
async def make(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[object]:
    """A factory for a store of the parametrised kind with the given policy."""
    opened: list[SqliteStore] = []

    async def factory(policy: PrivacyPolicy) -> Store:
        if request.param == "memory":
            return MemoryStore(policy=policy)
        store = await SqliteStore.open(
            tmp_path / f"g{len(opened)}.db", Keyring("transcript-test-secret-0123456789"), policy
        )
        opened.append(store)
        return store

    yield factory
    for store in opened:
        await store.close()


async def test_off_keeps_nothing(make):
    """With transcripts off (the default) a line given to commit is dropped."""
    store = await make(PrivacyPolicy())
    await store.commit(HER, outcome(), now=T0, transcript=SAID)
    assert await store.add_transcript(HER, "counselor line", now=T0) is False
    assert await store.transcript(HER) == []


async def test_on_keeps_redacted_lines_in_order(make):
    """With transcripts on, her lines and the counselor's are kept redacted, oldest first."""
    store = await make(PrivacyPolicy(store_transcripts=True))
    await store.commit(HER, outcome(), now=T0, transcript=SAID)
    assert await store.add_transcript(HER, "전화 010-1111-2222로 드릴게요", now=T0) is True
    assert await store.transcript(HER) == [
        ("her", "제 번호는 [전화번호]예요"),
        ("counselor", "전화 [전화번호]로 드릴게요"),
    ]


async def test_no_line_without_her_session(make):
    """A relayed line for someone with no session (forgotten, unknown) is not kept."""
    store = await make(PrivacyPolicy(store_transcripts=True))
    assert await store.add_transcript(HER, "hello", now=T0) is False


async def test_under14_drops_and_keeps_nothing(make):
    """Once she is under 14, earlier lines go and new ones are not kept."""
    store = await make(PrivacyPolicy(store_transcripts=True))
    await store.commit(HER, outcome(), now=T0, transcript=SAID)
    await store.commit(HER, outcome(under14=True), now=T0, transcript=SAID)
    assert await store.transcript(HER) == []


async def test_forget_and_purge_remove_lines(make):
    """Lines go with /forget, and after retention_days by purge."""
    store = await make(PrivacyPolicy(store_transcripts=True, retention_days=30))
    await store.commit(HER, outcome(), now=T0, transcript=SAID)
    await store.commit(HER, outcome(Forget()), now=T0, transcript=SAID)
    assert await store.transcript(HER) == []
    await store.commit(HER, outcome(), now=T0, transcript=SAID)
    counts = await store.purge(now=T0 + timedelta(days=31))
    assert (counts["transcripts"], await store.transcript(HER)) == (1, [])

"""SQLite under pressure: locked by another process, a full disk. Clear errors, nothing lost."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from flows import OutboxMessage, PrivacyPolicy, Session
from storage import Database, Keyring, SqliteStore, StorageError, db
from tests.storage.conftest import HER, T0, outcome

SECRET = "pressure-test-secret-0123456789abcdef"


@pytest.fixture
async def database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(db, "BUSY_TIMEOUT_MS", 200)  # wait 0.2 s, not 5 s, for the lock
    opened = await Database.open(tmp_path / "gyeot.db")
    yield opened
    await opened.close()


@pytest.fixture
async def store(database: Database) -> SqliteStore:
    opened = SqliteStore(database, Keyring(SECRET), PrivacyPolicy())
    await opened.check_key()
    return opened


async def test_locked_database_is_a_clear_error_and_nothing_is_lost(
    store: SqliteStore, database: Database
):
    """While another process holds the lock, a commit fails clearly; afterwards it succeeds."""
    other = sqlite3.connect(database.path, timeout=0)
    other.execute("BEGIN EXCLUSIVE")
    with pytest.raises(StorageError, match="locked by another program"):
        await store.commit(HER, outcome(), now=T0, outbox=[OutboxMessage("1", "{}")])
    other.rollback()
    other.close()
    assert await store.load(HER) is None  # nothing half-written
    await store.commit(HER, outcome(), now=T0, outbox=[OutboxMessage("1", "{}")])
    assert await store.load(HER) == Session(started=True)
    assert len(await store.outbox_pending()) == 1


async def test_full_disk_is_a_clear_error_and_earlier_data_stays(
    store: SqliteStore, database: Database
):
    """When the file cannot grow, the commit fails clearly and what was saved before stays."""
    await store.commit(HER, outcome(), now=T0)
    row = await database.fetchone("PRAGMA page_count")
    assert row is not None
    pages = int(row[0])
    async with database.transaction() as tx:  # a per-connection limit: set it on the writer
        await tx.fetchall(f"PRAGMA max_page_count = {pages + 1}")
    with pytest.raises(StorageError, match="full"):
        for n in range(500):
            message = OutboxMessage("1", "x" * 2000 + str(n))
            await store.commit(f"{n:064d}", outcome(), now=T0, outbox=[message])
    assert await store.load(HER) == Session(started=True)

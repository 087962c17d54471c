"""Group commit: blocks that overlap share one COMMIT, and each still stands or falls alone."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

import pytest

from storage.db import Database
from storage.errors import StorageError


@pytest.fixture
async def db(tmp_path: Path):
    database = await Database.open(tmp_path / "g.db")
    async with database.transaction() as tx:
        await tx.execute("CREATE TABLE t (n INTEGER PRIMARY KEY)")
    yield database
    await database.close()


def committed(path: str) -> list[int]:
    """What another connection sees: only committed rows."""
    with sqlite3.connect(path) as other:
        return [n for (n,) in other.execute("SELECT n FROM t ORDER BY n")]


async def insert(db: Database, n: int, *, fail: bool = False) -> None:
    async with db.transaction() as tx:
        await tx.execute("INSERT INTO t (n) VALUES (?)", (n,))
        if fail:
            raise ValueError("this block fails")


async def test_overlapping_blocks_share_commits(db: Database):
    """Fifty blocks at once are all committed, with far fewer COMMITs than blocks."""
    commits: list[str] = []
    await db._connection.set_trace_callback(
        lambda sql: commits.append(sql) if sql == "COMMIT" else None
    )
    await asyncio.gather(*(insert(db, n) for n in range(50)))
    assert committed(db.path) == list(range(50))
    assert 1 <= len(commits) < 10


async def test_a_caller_returns_only_once_its_block_is_committed(db: Database):
    """When `transaction()` returns, another connection already sees the row."""
    await insert(db, 7)
    assert committed(db.path) == [7]


async def test_a_failing_block_rolls_back_alone(db: Database):
    """In a shared transaction, the failing block's rows go; the others' are committed."""
    results = await asyncio.gather(
        insert(db, 1), insert(db, 2, fail=True), insert(db, 3), return_exceptions=True
    )
    assert [type(r) for r in results] == [type(None), ValueError, type(None)]
    assert committed(db.path) == [1, 3]


async def test_a_failed_commit_fails_every_block_of_the_group(
    db: Database, monkeypatch: pytest.MonkeyPatch
):
    """If the COMMIT itself fails, each caller of that group gets the error; nothing is kept."""
    real_commit = Database._commit

    async def failing_commit(self: Database, conn: object) -> None:
        await self._rollback(conn)  # type: ignore[arg-type]
        raise StorageError("the disk holding the database is full")

    monkeypatch.setattr(Database, "_commit", failing_commit)
    results = await asyncio.gather(insert(db, 1), insert(db, 2), return_exceptions=True)
    assert [type(r) for r in results] == [StorageError, StorageError]
    assert committed(db.path) == []
    monkeypatch.setattr(Database, "_commit", real_commit)
    await insert(db, 3)
    assert committed(db.path) == [3]


async def test_reads_see_only_committed_rows(db: Database):
    """A read outside a transaction never sees a block that is not committed yet."""
    entered, release = asyncio.Event(), asyncio.Event()

    async def slow() -> None:
        async with db.transaction() as tx:
            await tx.execute("INSERT INTO t (n) VALUES (9)")
            entered.set()
            await release.wait()

    task = asyncio.create_task(slow())
    await entered.wait()
    assert await db.fetchall("SELECT n FROM t") == []
    release.set()
    await task
    assert await db.fetchall("SELECT n FROM t") == [(9,)]


async def test_close_commits_what_is_pending(tmp_path: Path):
    """Closing right after a block returns leaves its row committed on disk."""
    database = await Database.open(tmp_path / "c.db")
    async with database.transaction() as tx:
        await tx.execute("CREATE TABLE t (n INTEGER PRIMARY KEY)")
    await asyncio.gather(insert(database, 1), insert(database, 2))
    await database.close()
    assert committed(str(tmp_path / "c.db")) == [1, 2]


async def test_a_failed_block_alone_does_not_keep_the_write_lock(db: Database):
    """After a lone failing block, another process can write at once (no idle open transaction)."""
    with pytest.raises(ValueError, match="fails"):
        await insert(db, 1, fail=True)
    await _writable(db.path)  # the committer ends the empty transaction without another write
    assert committed(db.path) == [5]


async def _writable(path: str, *, within: float = 2.0) -> None:
    """Insert from another connection as soon as the write lock is free (fail after `within`).

    The committer's ROLLBACK runs on aiosqlite's thread; under a loaded machine (the suite runs
    on two workers) that takes more than a hundred loop turns, so poll instead of counting.
    """
    deadline = asyncio.get_running_loop().time() + within
    while True:
        try:
            with sqlite3.connect(path, timeout=0) as other:
                other.execute("INSERT INTO t (n) VALUES (5)")
        except sqlite3.OperationalError:
            if asyncio.get_running_loop().time() > deadline:
                raise
            await asyncio.sleep(0.01)
        else:
            return

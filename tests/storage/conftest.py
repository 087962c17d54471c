"""Fixtures and helpers for storage tests: real SQLite files in tmp_path, never a fake database."""

from __future__ import annotations

import os
import secrets
import sqlite3
from collections.abc import AsyncIterator
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

import pytest

from flows import MemoryStore, Outcome, PrivacyPolicy, Session
from storage import Keyring, SqliteStore, StorageError
from storage.pg import PgStore, create_schema, drop_schema

SECRET = "test-secret-for-gyeot-storage-0123456789"
T0 = datetime(2025, 3, 1, 3, 0, tzinfo=UTC)
HER = "a" * 64
OTHER = "b" * 64
PLATFORM_ID = "7391048265"
USERNAME = "jiyeon_kim_1999"
# Read at import: the autouse `clean_environ` fixture removes GYEOT_* before each test.
PG_URL = os.environ.get("GYEOT_TEST_DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/test")
ON_CI = os.environ.get("CI") == "true"


def outcome(*effects: object, state: Session | None = None) -> Outcome:
    """An outcome with no replies, the given effects and a started session by default."""
    next_state = state or Session(started=True)
    return Outcome(replies=(), next_state=next_state, effects=effects)  # type: ignore[arg-type]


def query(path: Path, sql: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    """Read the file with the stdlib driver, as an outsider would."""
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(sql, params).fetchall()


def write(path: Path, sql: str, params: tuple[object, ...] = ()) -> None:
    """Change the file behind the store's back (tampering, old versions)."""
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute(sql, params)


def file_bytes(path: Path) -> bytes:
    """Everything SQLite has on disk for this database: main file, WAL and shared memory."""
    parts = [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]
    return b"".join(p.read_bytes() for p in parts if p.exists())


@pytest.fixture
def policy() -> PrivacyPolicy:
    """The default privacy policy."""
    return PrivacyPolicy()


@pytest.fixture
def keyring() -> Keyring:
    """A keyring with one key version."""
    return Keyring(SECRET)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Where the test database lives."""
    return tmp_path / "bot.db"


@pytest.fixture
def memory_store(policy: PrivacyPolicy) -> MemoryStore:
    """The reference in-memory store."""
    return MemoryStore(policy=policy)


@pytest.fixture
async def sqlite_store(
    db_path: Path, keyring: Keyring, policy: PrivacyPolicy
) -> AsyncIterator[SqliteStore]:
    """A migrated SQLite store in a real file."""
    store = await SqliteStore.open(db_path, keyring, policy)
    yield store
    await store.close()


@pytest.fixture
async def pg_schema() -> AsyncIterator[str]:
    """A fresh schema on the test server, dropped afterwards.

    No server: the test is skipped, except on CI (CI=true), where it fails.
    """
    name = f"t_{secrets.token_hex(6)}"
    try:
        await create_schema(PG_URL, name)
    except StorageError as exc:
        if ON_CI:
            pytest.fail(f"CI=true and no PostgreSQL at GYEOT_TEST_DATABASE_URL: {exc}")
        pytest.skip(f"no PostgreSQL at GYEOT_TEST_DATABASE_URL: {exc}")
    try:
        yield name
    finally:
        await drop_schema(PG_URL, name)


@pytest.fixture
async def pg_store(
    pg_schema: str, keyring: Keyring, policy: PrivacyPolicy
) -> AsyncIterator[PgStore]:
    """A migrated PostgreSQL store in its own schema."""
    store = await PgStore.open(PG_URL, keyring, policy, schema=pg_schema)
    yield store
    await store.close()


@pytest.fixture
def store(request: pytest.FixtureRequest) -> MemoryStore | SqliteStore | PgStore:
    """The store named by the indirect parameter."""
    found = request.getfixturevalue(request.param)
    assert isinstance(found, MemoryStore | SqliteStore | PgStore)
    return found

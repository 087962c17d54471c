"""The counselor stores under contract (memory, SQLite, PostgreSQL), each with an audit reader.

The SQLite and PostgreSQL fixtures are the storage tests' own (`pg_store` skips when no server
answers, and fails under CI=true). Audit rows have no reading port, so each subject brings its
own reader: the memory store's list, the SQLite file, the PostgreSQL table.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from flows import PrivacyPolicy
from flows.counsel import MemoryCaseStore
from storage import SqliteStore
from storage.pg import PgStore
from tests.storage.conftest import (  # noqa: F401 - fixtures pytest finds by name
    db_path,
    keyring,
    pg_schema,
    pg_store,
    policy,
    query,
    sqlite_store,
)

Store = MemoryCaseStore | SqliteStore | PgStore
AuditRow = tuple[str, str, str | None]
STORES = ["memory", "sqlite", "postgresql"]


@dataclass
class Subject:
    """A store under contract and how to read its audit rows, oldest first."""

    store: Store
    audit: Callable[[], Awaitable[list[AuditRow]]]


@pytest.fixture
def memory_case_store() -> MemoryCaseStore:
    """The reference counselor store, in memory, with the default policy (as the others)."""
    return MemoryCaseStore(policy=PrivacyPolicy())


def _memory(request: pytest.FixtureRequest) -> Subject:
    store: MemoryCaseStore = request.getfixturevalue("memory_case_store")

    async def audit() -> list[AuditRow]:
        return [(kind, detail, alias) for kind, detail, alias, _ in store.book.audit]

    return Subject(store, audit)


def _sqlite(request: pytest.FixtureRequest) -> Subject:
    store: SqliteStore = request.getfixturevalue("sqlite_store")
    path: Path = request.getfixturevalue("db_path")

    async def audit() -> list[AuditRow]:
        rows = query(path, "SELECT kind, detail, case_alias FROM audit ORDER BY id")
        return [(str(k), str(d), None if a is None else str(a)) for k, d, a in rows]

    return Subject(store, audit)


def _postgresql(request: pytest.FixtureRequest) -> Subject:
    store: PgStore = request.getfixturevalue("pg_store")

    async def audit() -> list[AuditRow]:
        rows = await store.database.fetchall(
            "SELECT kind, detail, case_alias FROM audit ORDER BY id"
        )
        return [(str(k), str(d), None if a is None else str(a)) for k, d, a in rows]

    return Subject(store, audit)


_MAKERS = {"memory": _memory, "sqlite": _sqlite, "postgresql": _postgresql}


@pytest.fixture(params=STORES)
def subject(request: pytest.FixtureRequest) -> Subject:
    """Each counselor store in turn (the test id names it)."""
    return _MAKERS[request.param](request)

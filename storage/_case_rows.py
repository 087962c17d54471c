"""Map `cases` rows to `flows.counsel.Case`; the protocols both databases implement.

`Reads`, `Statements` and `Backend` are what the shared storage code (`_sql_store`, `_effects`,
`_retention`, ...) runs on, so that one piece of it serves SQLite and PostgreSQL alike.
"""

from __future__ import annotations

from collections.abc import Iterable
from contextlib import AbstractAsyncContextManager
from datetime import datetime, timedelta
from typing import Protocol

from flows.counsel import Case
from storage._clock import EPOCH
from storage.db import Params, Row
from storage.errors import StorageError


class Reads(Protocol):
    """Reads outside any transaction: a database, or a `Reader`."""

    async def fetchall(self, sql: str, params: Params = ()) -> list[Row]:
        """Run a query; return every row."""
        ...

    async def fetchone(self, sql: str, params: Params = ()) -> Row | None:
        """Run a query; return the first row or None."""
        ...


class Statements(Reads, Protocol):
    """What shared helpers run on: a `Transaction`, a `PgTransaction`, or a `Reader` (reads)."""

    async def execute(self, sql: str, params: Params = ()) -> int:
        """Run one statement; return the rows changed."""
        ...

    async def insert(self, sql: str, params: Params = ()) -> int:
        """Run one INSERT; return the new row id."""
        ...

    async def executemany(self, sql: str, rows: Iterable[Params]) -> int:
        """Run one statement per parameter row."""
        ...


class Backend(Reads, Protocol):
    """A database a store runs on: SQLite's `Database` or PostgreSQL's `PgDatabase`."""

    def transaction(self) -> AbstractAsyncContextManager[Statements]:
        """One write transaction (exclusive: no other writer runs meanwhile)."""
        ...

    async def close(self) -> None:
        """Close the connection (or pool)."""
        ...


class Reader:
    """Reads outside any transaction (no write lock): for checks that change nothing."""

    def __init__(self, db: Reads) -> None:
        """Read through `db` (SQLite's `Database` or PostgreSQL's `PgDatabase`)."""
        self.db = db

    async def execute(self, sql: str, params: Params = ()) -> int:
        """Refuse: a reader never writes."""
        raise StorageError("a staff read tried to write; use staff_tx()")

    async def insert(self, sql: str, params: Params = ()) -> int:
        """Refuse: a reader never writes."""
        raise StorageError("a staff read tried to write; use staff_tx()")

    async def executemany(self, sql: str, rows: Iterable[Params]) -> int:
        """Refuse: a reader never writes."""
        raise StorageError("a staff read tried to write; use staff_tx()")

    async def fetchall(self, sql: str, params: Params = ()) -> list[Row]:
        """Run a query; return every row."""
        return await self.db.fetchall(sql, params)

    async def fetchone(self, sql: str, params: Params = ()) -> Row | None:
        """Run a query; return the first row or None."""
        return await self.db.fetchone(sql, params)


CASE_COLUMNS = (
    "id, alias, user_key, status, urgency, risk, opened_at, claim_token, claimed_by,"
    " claimed_via, claimed_label, claimed_at, first_claimed_at, counselor_at, fallback_at,"
    " closed_at, closed_by, outcome, realerts, reopened"
)


def moment(value: object) -> datetime | None:
    """Turn a stored microsecond count back into an aware UTC datetime."""
    if value is None:
        return None
    return EPOCH + timedelta(microseconds=int(str(value)))


def case_from(row: Row) -> Case:
    """Build a `Case` from a row selected with `CASE_COLUMNS`."""
    opened = moment(row[6])
    assert opened is not None
    return Case(
        id=int(row[0]),
        alias=str(row[1]),
        user_key=row[2],
        status=str(row[3]),
        urgency=str(row[4]),
        risk=str(row[5]),
        opened_at=opened,
        claim_token=str(row[7] or ""),
        claimed_by=row[8],
        claimed_via=row[9],
        claimed_label=str(row[10] or ""),
        claimed_at=moment(row[11]),
        first_claimed_at=moment(row[12]),
        counselor_at=moment(row[13]),
        fallback_at=moment(row[14]),
        closed_at=moment(row[15]),
        closed_by=row[16],
        outcome=row[17],
        realerts=int(row[18]),
        reopened=int(row[19]),
    )

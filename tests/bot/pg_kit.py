"""PostgreSQL for the bot's tests: one fresh schema per test on GYEOT_TEST_DATABASE_URL.

As in `tests/storage/conftest.py`: no server skips the test, except with CI=true, where it
fails. The URL a test hands to gyeot selects its schema with `?search_path=...`.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import AsyncIterator

import asyncpg  # noqa: TID251 - tests read the raw rows, as an outsider would
import pytest

from storage import StorageError
from storage.pg import create_schema, drop_schema

# Read at import: the autouse `clean_environ` fixture removes GYEOT_* before each test.
PG_URL = os.environ.get("GYEOT_TEST_DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/test")
ON_CI = os.environ.get("CI") == "true"


def with_schema(url: str, schema: str) -> str:
    """`url` with its search_path set to `schema`."""
    return f"{url}{'&' if '?' in url else '?'}search_path={schema}"


@pytest.fixture
async def pg_url() -> AsyncIterator[str]:
    """A URL whose search_path is a fresh schema, dropped afterwards."""
    name = f"t_{secrets.token_hex(6)}"
    try:
        await create_schema(PG_URL, name)
    except StorageError as exc:
        if ON_CI:
            pytest.fail(f"CI=true and no PostgreSQL at GYEOT_TEST_DATABASE_URL: {exc}")
        pytest.skip(f"no PostgreSQL at GYEOT_TEST_DATABASE_URL: {exc}")
    try:
        yield with_schema(PG_URL, name)
    finally:
        await drop_schema(PG_URL, name)


async def pg_rows(url: str, sql: str, *params: object) -> list[tuple[object, ...]]:
    """Read the database with a connection of our own, as an outsider would."""
    conn = await asyncpg.connect(url)
    try:
        return [tuple(r) for r in await conn.fetch(sql, *params)]
    finally:
        await conn.close()


async def pg_tables(url: str) -> list[str]:
    """The tables of the URL's schema."""
    rows = await pg_rows(
        url,
        "SELECT table_name FROM information_schema.tables"
        " WHERE table_schema = current_schema() ORDER BY table_name",
    )
    return [str(r[0]) for r in rows]

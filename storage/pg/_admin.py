"""Schemas on a PostgreSQL server: make and drop one (tests use one each; so may a center).

Separate from the store: these run on a short-lived connection of their own, before a store
is opened or after it is closed.
"""

from __future__ import annotations

import re

import asyncpg

from storage.pg._db import storage_error

_SCHEMA_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")
CONNECT_TIMEOUT = 5.0


def _checked(name: str) -> str:
    if not _SCHEMA_NAME.match(name):
        raise ValueError(f"not a plain lower-case schema name: {name!r}")
    return name


async def create_schema(url: str, name: str) -> None:
    """Create the schema `name` on the server at `url` (StorageError if it cannot be reached)."""
    await _run(url, f"CREATE SCHEMA IF NOT EXISTS {_checked(name)}")


async def drop_schema(url: str, name: str) -> None:
    """Drop the schema `name` and everything in it."""
    await _run(url, f"DROP SCHEMA IF EXISTS {_checked(name)} CASCADE")


async def _run(url: str, statement: str) -> None:
    try:
        conn = await asyncpg.connect(url, timeout=CONNECT_TIMEOUT)
    except (asyncpg.PostgresError, asyncpg.InterfaceError, OSError, TimeoutError) as exc:
        raise storage_error(exc, "connecting") from exc
    try:
        await conn.execute(statement)
    except asyncpg.PostgresError as exc:
        raise storage_error(exc, "changing schemas") from exc
    finally:
        await conn.close()

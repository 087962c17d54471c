"""`gyeot storage migrate` and `gyeot storage copy`: bring a database to this version, move SQLite.

`copy` moves a center from the embedded SQLite file to PostgreSQL without losing a case: every
table, row for row, ciphertexts as they are (both stores use the same key and the same
associated data, and row ids are kept, so every value still decrypts), in one PostgreSQL
transaction under the store's exclusive lock. It refuses a target that holds any row. URLs are
never printed or logged (they may hold a password); `describe_url` shows host, port and database.
"""

from __future__ import annotations

import argparse
import contextlib
import sqlite3
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeAlias
from urllib.parse import urlsplit

from bot.config import ConfigError, Settings, check_database_url, database_url
from storage import Database, StorageError

if TYPE_CHECKING:  # asyncpg is imported when a command needs PostgreSQL, not by every `gyeot`
    import asyncpg

    from storage.pg import PgDatabase

CHUNK = 5000
Conn: TypeAlias = "asyncpg.pool.PoolConnectionProxy[Any]"
FIRST = ("cases",)  # the tables others reference (foreign keys are checked during the copy)
_CAST: dict[str, type] = {"text": str, "bigint": int, "integer": int, "bytea": bytes}


def describe_url(url: str) -> str:
    """'PostgreSQL at host:port/db', without user or password."""
    parts = urlsplit(url)
    where = f"{parts.hostname or 'local socket'}:{parts.port or 5432}{parts.path or '/'}"
    return f"PostgreSQL at {where}"


def describe_database(settings: Settings) -> str:
    """Which database the configuration points at, safe to print."""
    url = database_url(settings.storage)
    return describe_url(url) if url else f"SQLite at {settings.storage.path}"


def add_parser(sub: Any) -> None:
    """Add `storage migrate` and `storage copy` to the `gyeot` sub-commands."""
    storage = sub.add_parser("storage", help="database: migrate, copy SQLite to PostgreSQL")
    ssub = storage.add_subparsers(dest="action", required=True)
    ssub.add_parser("migrate", help="bring the configured database to this version (idempotent)")
    copy = ssub.add_parser("copy", help="copy every table of a SQLite file into PostgreSQL")
    copy.add_argument("--from", dest="source", required=True, help="sqlite:PATH of the old file")
    copy.add_argument(
        "--to",
        dest="target",
        help="postgresql://... (default: GYEOT_DATABASE_URL, else [storage] url)",
    )


# ------------------------------------------------------------------ migrate


async def migrate(settings: Settings) -> str:
    """Apply the missing migrations to the configured database; say what it is at now."""
    url = database_url(settings.storage)
    started = time.time_ns() // 1000
    if url is None:
        path = settings.storage.path
        before = _sqlite_version(path)
        db = await Database.open(path)
        after = db.schema_version
        await db.close()
        applied = after - before
    else:
        pg = await _open_pg(url)
        try:
            rows = await pg.fetch_native("SELECT version, applied_at FROM schema_version")
        finally:
            await pg.close()
        after = max((int(r[0]) for r in rows), default=0)
        applied = sum(int(r[1]) >= started for r in rows)
    return (
        f"storage migrate: {describe_database(settings)} at schema version {after} "
        f"({applied} applied now)"
    )


def _sqlite_version(path: Path) -> int:
    if not path.exists():
        return 0
    with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])


async def _open_pg(url: str) -> PgDatabase:
    """Open (and migrate) without the key: migrating and copying never decrypt."""
    from storage.pg import PgDatabase

    try:
        return await PgDatabase.open(url)
    except ValueError:  # asyncpg's DSN parser; its message may quote the URL
        raise StorageError(
            "the PostgreSQL URL cannot be parsed; check it against "
            "postgresql://user:password@host:5432/database"
        ) from None


# ------------------------------------------------------------------ copy


async def copy(settings: Settings, args: argparse.Namespace) -> list[str]:
    """Copy `--from` SQLite into an empty PostgreSQL database; report rows per table."""
    source = _sqlite_source(args.source)
    url = _target_url(settings, args.target)
    await (await Database.open(source)).close()  # bring the old file to the latest schema
    pg = await _open_pg(url)
    try:
        counts = await copy_sqlite(source, pg)
    finally:
        await pg.close()
    total = sum(counts.values())
    return [
        f"storage copy: {total} rows from {source} to {describe_url(url)}: "
        + ", ".join(f"{table}={n}" for table, n in counts.items()),
        "start gyeot on this database with the same GYEOT_SECRET_KEY (and GYEOT_PSEUDONYM_KEY); "
        "keep the SQLite file as a backup",
    ]


def _sqlite_source(value: str) -> Path:
    if not value.startswith("sqlite:"):
        raise ConfigError(f"--from must be sqlite:PATH (e.g. sqlite:var/gyeot.db), not {value!r}")
    path = Path(value.removeprefix("sqlite:"))
    if not path.is_file():
        raise ConfigError(f"--from: no SQLite database at {path}")
    return path


def _target_url(settings: Settings, value: str | None) -> str:
    if value is None:
        url = database_url(settings.storage)
        if url is None:
            raise ConfigError(
                "--to is missing and neither GYEOT_DATABASE_URL nor [storage] url is set"
            )
        return url
    try:
        checked = check_database_url(value)
    except ValueError as exc:
        raise ConfigError(f"--to {exc}") from None
    if not checked:
        raise ConfigError("--to must be a postgresql:// URL")
    return checked


async def copy_sqlite(source: Path, pg: PgDatabase) -> dict[str, int]:
    """Copy every table of the (migrated) SQLite file at `source` into `pg`; rows per table."""
    from storage.pg._db import DRIVER_ERRORS, lock_key, storage_error

    with contextlib.closing(sqlite3.connect(f"file:{source}?mode=ro", uri=True)) as lite:
        tables = _sqlite_tables(lite)
        try:
            async with pg.pool.acquire() as conn, conn.transaction():
                await conn.execute(
                    "SELECT pg_advisory_xact_lock($1)", lock_key(pg.schema, "write")
                )
                types = await _pg_columns(conn, pg.schema)
                await _refuse_rows(conn, pg.schema, types)
                return await _copy_tables(lite, conn, pg.schema, tables, types)
        except DRIVER_ERRORS as exc:
            raise storage_error(exc, "copying") from exc


def _sqlite_tables(lite: sqlite3.Connection) -> list[tuple[str, list[str]]]:
    names = [
        str(row[0])
        for row in lite.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'"
            " AND name NOT LIKE 'sqlite_%' AND name != 'schema_version' ORDER BY rowid"
        )
    ]
    names.sort(key=lambda name: name not in FIRST)
    return [
        (name, [str(c[1]) for c in lite.execute(f'PRAGMA table_info("{name}")')]) for name in names
    ]


async def _pg_columns(conn: Conn, schema: str) -> dict[str, dict[str, str]]:
    rows = await conn.fetch(
        "SELECT table_name, column_name, data_type FROM information_schema.columns"
        " WHERE table_schema = $1",
        schema,
    )
    found: dict[str, dict[str, str]] = {}
    for row in rows:
        found.setdefault(str(row[0]), {})[str(row[1])] = str(row[2])
    return found


async def _refuse_rows(conn: Conn, schema: str, types: dict[str, dict[str, str]]) -> None:
    full = [
        table
        for table in sorted(types)
        if table != "schema_version"
        and await conn.fetchval(f'SELECT EXISTS (SELECT 1 FROM "{schema}"."{table}")')
    ]
    if full:
        raise StorageError(
            f"the target database already holds rows ({', '.join(full)}); storage copy only "
            "fills an empty database (a fresh one, or a new schema), so nothing was copied"
        )


async def _copy_tables(
    lite: sqlite3.Connection,
    conn: Conn,
    schema: str,
    tables: Sequence[tuple[str, list[str]]],
    types: dict[str, dict[str, str]],
) -> dict[str, int]:
    counts: dict[str, int] = {}
    for table, columns in tables:
        target = types.get(table, {})
        missing = [c for c in columns if c not in target]
        if missing:
            raise StorageError(
                f"PostgreSQL has no {table}({', '.join(missing)}); run a newer gyeot"
            )
        # The copied rows carry their own claim tokens and events: the insert triggers must not
        # make new ones (foreign keys are still checked: they are not user triggers).
        await conn.execute(f'ALTER TABLE "{schema}"."{table}" DISABLE TRIGGER USER')
        for chunk in _chunks(lite, table, columns, [target[c] for c in columns]):
            await conn.copy_records_to_table(
                table, records=chunk, columns=columns, schema_name=schema
            )
        await conn.execute(f'ALTER TABLE "{schema}"."{table}" ENABLE TRIGGER USER')
        counts[table] = int(await conn.fetchval(f'SELECT count(*) FROM "{schema}"."{table}"'))
        if "id" in columns:
            await conn.execute(
                "SELECT setval(pg_get_serial_sequence($1, 'id'), coalesce(max(id), 0) + 1, false)"
                f' FROM "{schema}"."{table}"',
                f'"{schema}"."{table}"',
            )
    return counts


def _chunks(
    lite: sqlite3.Connection, table: str, columns: list[str], types: list[str]
) -> Iterator[list[tuple[object, ...]]]:
    names = ", ".join(f'"{c}"' for c in columns)
    cursor = lite.execute(f'SELECT {names} FROM "{table}"')
    while rows := cursor.fetchmany(CHUNK):
        yield [tuple(_cast(v, t) for v, t in zip(row, types, strict=True)) for row in rows]


def _cast(value: object, pg_type: str) -> object:
    """SQLite's dynamic value as the PostgreSQL column's type (asyncpg is strict)."""
    want = _CAST.get(pg_type)
    if value is None or want is None or isinstance(value, want):
        return value
    if want is bytes:
        return str(value).encode()
    return want(value)

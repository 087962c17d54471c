"""Own the PostgreSQL pool: open, migrate, run transactions under the store's locks.

This is the only module that calls `asyncpg.create_pool`. Every write runs inside
`async with db.transaction(...) as tx:` on one pooled connection; reads outside a transaction
take any connection (each sees the last committed state, as SQLite's reader does).

Several processes share one database, so the write locks SQLite takes for us are taken here
with transaction-scoped advisory locks (released by COMMIT or ROLLBACK, and by the server when
a holder's connection dies):

- `exclusive` (the default): the store's write lock, alone. Staff transactions, /forget,
  purge, key rotation and the key check run one at a time across all processes, exactly as
  every SQLite transaction does.
- `shared`: the write lock shared. Inbox and outbox bookkeeping, whose rows no two callers
  write at once, run side by side.
- `user_key=...`: the write lock shared plus her own lock: one commit per conversation at a
  time (in the order they ask), while commits of different people run in parallel.

Migrations are `storage/pg/migrations/NNN_name.sql`, applied in order under an advisory lock
(two processes starting at once migrate once) and recorded in `schema_version`.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import re
import time
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from importlib import resources
from typing import Any

import asyncpg

from storage.db import Params, Row
from storage.errors import MigrationError, StorageError
from storage.pg._lead import Lead
from storage.pg._sql import returning_id, to_postgres

logger = logging.getLogger(__name__)

_MIGRATION_NAME = re.compile(r"^(\d{3})_[a-z0-9_]+\.sql$")
_SCHEMA_VERSION = (
    "CREATE TABLE IF NOT EXISTS schema_version ("
    " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)"
)
# What the driver raises for a failed statement or a broken connection (never leaked upward).
DRIVER_ERRORS = (
    asyncpg.PostgresError,
    asyncpg.InterfaceError,
    asyncpg.InternalClientError,
    OSError,
    TimeoutError,
)
POOL_MIN = 1
POOL_MAX = 10


@dataclass(frozen=True, slots=True)
class PgMigration:
    """One numbered schema step for PostgreSQL."""

    number: int
    name: str
    sql: str


def load_pg_migrations() -> list[PgMigration]:
    """Read `storage/pg/migrations/NNN_*.sql` in order and check they are numbered 1..N."""
    folder = resources.files("storage.pg").joinpath("migrations")
    found = sorted(
        (int(m.group(1)), entry.name, entry.read_text(encoding="utf-8"))
        for entry in folder.iterdir()
        if (m := _MIGRATION_NAME.match(entry.name))
    )
    numbers = [number for number, _, _ in found]
    if numbers != list(range(1, len(found) + 1)):
        raise MigrationError(f"migration files are not numbered 1..N without gaps: {numbers}")
    return [PgMigration(number, name, sql) for number, name, sql in found]


def lock_key(*parts: str) -> int:
    """A signed 64-bit advisory lock key for a name (schema-qualified by the caller)."""
    digest = hashlib.sha256("\x1f".join(parts).encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


def _rows(status: str) -> int:
    """The row count of a command tag such as 'UPDATE 3' or 'INSERT 0 1'."""
    last = status.rsplit(" ", 1)[-1]
    return int(last) if last.isdigit() else 0


def storage_error(exc: BaseException, doing: str) -> StorageError:
    """Translate a driver or connection error into a message that says what to do."""
    if isinstance(exc, OSError | asyncpg.exceptions.CannotConnectNowError):
        return StorageError(
            f"cannot reach PostgreSQL while {doing} ({exc}). Check that the server runs and "
            "that [storage] url (or GYEOT_DATABASE_URL) points at it; nothing was written."
        )
    if isinstance(exc, asyncpg.exceptions.InvalidCatalogNameError):
        return StorageError(
            f"the database in [storage] url does not exist ({exc}); create it (createdb)."
        )
    return StorageError(f"database error while {doing} (PostgreSQL says: {exc})")


async def _current_schema(pool: asyncpg.Pool[Any], asked: str | None) -> str:
    """The schema new tables go to; refuse a search_path that names none that exists."""
    current = await pool.fetchval("SELECT current_schema()")
    if current is None:
        raise StorageError(
            f"the schema {asked!r} does not exist in this database; create it "
            "(CREATE SCHEMA) or fix search_path in [storage] url"
        )
    return str(current)


class PgTransaction:
    """The statements of one transaction, in the store's SQLite dialect (see `_sql`)."""

    def __init__(self, conn: asyncpg.pool.PoolConnectionProxy[Any]) -> None:
        """Wrap a pooled connection whose transaction is open."""
        self._conn = conn

    async def execute(self, sql: str, params: Params = ()) -> int:
        """Run one statement; return the number of rows it changed."""
        try:
            return _rows(await self._conn.execute(to_postgres(sql), *params))
        except DRIVER_ERRORS as exc:
            raise storage_error(exc, "writing") from exc

    async def insert(self, sql: str, params: Params = ()) -> int:
        """Run one INSERT; return the new row id."""
        try:
            row_id = await self._conn.fetchval(returning_id(sql), *params)
        except DRIVER_ERRORS as exc:
            raise storage_error(exc, "writing") from exc
        if row_id is None:
            raise StorageError("an INSERT returned no row id")
        return int(row_id)

    async def executemany(self, sql: str, rows: Iterable[Params]) -> int:
        """Run one statement per parameter row; return the rows changed."""
        return sum([await self.execute(sql, params) for params in rows])

    async def fetchall(self, sql: str, params: Params = ()) -> list[Row]:
        """Run a query; return every row."""
        return await _fetch(self._conn, to_postgres(sql), *params)

    async def fetchone(self, sql: str, params: Params = ()) -> Row | None:
        """Run a query; return the first row or None."""
        rows = await self.fetchall(sql, params)
        return rows[0] if rows else None

    async def fetch_native(self, sql: str, *params: object) -> list[Row]:
        """Run a query written for PostgreSQL (`$n` parameters), not translated."""
        return await _fetch(self._conn, sql, *params)


class PgDatabase:
    """One asyncpg pool on one database (and schema), with the store's locks."""

    def __init__(self, pool: asyncpg.Pool[Any], schema: str) -> None:
        """Hold an open pool; use `PgDatabase.open` to make one."""
        self._pool: asyncpg.Pool[Any] | None = pool
        self.schema = schema
        self._write_key = lock_key(schema, "write")
        self._holders: set[asyncio.Task[Any]] = set()
        self._leads: set[Lead] = set()
        self._connect_args: tuple[str, dict[str, str]] | None = None
        self.schema_version = 0

    @classmethod
    async def open(
        cls,
        url: str,
        *,
        schema: str | None = None,
        min_size: int = POOL_MIN,
        max_size: int = POOL_MAX,
    ) -> PgDatabase:
        """Open a pool on `url` (with `search_path` set to `schema` if given) and migrate."""
        settings = {"application_name": "gyeot"}
        if schema is not None:
            settings["search_path"] = schema
        try:
            pool = await asyncpg.create_pool(
                url, min_size=min_size, max_size=max_size, server_settings=settings
            )
        except DRIVER_ERRORS as exc:
            raise storage_error(exc, "opening") from exc
        try:
            db = cls(pool, await _current_schema(pool, schema))
            db._connect_args = (url, settings)
            await db._migrate(load_pg_migrations())
        except DRIVER_ERRORS as exc:
            await pool.close()
            raise storage_error(exc, "migrating") from exc
        except BaseException:
            await pool.close()
            raise
        logger.info("database open at schema version %s", db.schema_version)
        return db

    @property
    def pool(self) -> asyncpg.Pool[Any]:
        """The pool, while open."""
        if self._pool is None:
            raise StorageError("the database is closed; open it again before use")
        return self._pool

    async def connect(self, name: str) -> asyncpg.Connection[Any]:
        """A connection of its own, outside the pool, on the same database and schema.

        For a session that must last (LISTEN): the caller closes it. `name` is its
        application_name, as `pg_stat_activity` shows it.
        """
        if self._connect_args is None or self._pool is None:
            raise StorageError("the database is closed; open it again before use")
        url, settings = self._connect_args
        try:
            return await asyncpg.connect(
                url, timeout=10, server_settings={**settings, "application_name": name}
            )
        except DRIVER_ERRORS as exc:
            raise storage_error(exc, "connecting") from exc

    async def close(self) -> None:
        """Give up every lead, then close the pool (idempotent)."""
        for lead in list(self._leads):
            await lead.release()
        self._leads.clear()
        pool, self._pool = self._pool, None
        if pool is not None:
            await pool.close()

    async def try_lead(self, name: str) -> Lead | None:
        """Take the one-process lock `name` if no other session holds it (see `_lead`)."""
        key = lock_key(self.schema, "lead", name)
        conn = await self.pool.acquire()
        try:
            got = await conn.fetchval("SELECT pg_try_advisory_lock($1)", key)
        except DRIVER_ERRORS as exc:
            await self.pool.release(conn)
            raise storage_error(exc, f"taking the {name} lock") from exc
        if not got:
            await self.pool.release(conn)
            return None
        lead = Lead(self.pool, conn, key, name)
        self._leads.add(lead)
        return lead

    async def _migrate(self, migrations: list[PgMigration]) -> None:
        latest = len(migrations)
        async with self.pool.acquire() as conn:
            for migration in migrations:
                async with conn.transaction():
                    await conn.execute("SELECT pg_advisory_xact_lock($1)", self._migrate_key)
                    await conn.execute(_SCHEMA_VERSION)
                    current = await conn.fetchval(
                        "SELECT coalesce(max(version), 0) FROM schema_version"
                    )
                    if current > latest:
                        raise MigrationError(
                            f"this database was written by a newer gyeot (schema {current} > "
                            f"{latest}); upgrade gyeot, or point [storage] url elsewhere"
                        )
                    if current >= migration.number:
                        continue
                    await self._apply(conn, migration)
        self.schema_version = latest

    @property
    def _migrate_key(self) -> int:
        return lock_key(self.schema, "migrate")

    async def _apply(self, conn: asyncpg.pool.PoolConnectionProxy[Any], step: PgMigration) -> None:
        try:
            await conn.execute(step.sql)
        except asyncpg.PostgresError as exc:
            raise MigrationError(
                f"migration {step.name} failed ({exc}); the database was left at schema "
                f"{step.number - 1}. Restore a backup or report this bug."
            ) from exc
        await conn.execute(
            "INSERT INTO schema_version (version, name, applied_at) VALUES ($1, $2, $3)",
            step.number,
            step.name,
            time.time_ns() // 1000,
        )
        logger.info("applied migration %s", step.name)

    @asynccontextmanager
    async def transaction(
        self, *, shared: bool = False, user_key: str | None = None
    ) -> AsyncIterator[PgTransaction]:
        """Run the block in one transaction on one pooled connection; roll back on any error.

        Exclusive by default (see the module doc); `shared` or `user_key` let others run too.
        A second transaction opened by the task that holds one would wait for its own lock
        forever, so it is refused, as `storage.db` refuses it on SQLite.
        """
        task = asyncio.current_task()
        if task is not None and task in self._holders:
            raise RuntimeError("database used again inside its own transaction (deadlock)")
        if task is not None:
            self._holders.add(task)
        try:
            async with self.pool.acquire() as conn, conn.transaction():
                await self._lock(conn, shared=shared, user_key=user_key)
                yield PgTransaction(conn)
        except DRIVER_ERRORS as exc:
            raise storage_error(exc, "committing") from exc
        finally:
            self._holders.discard(task)

    async def _lock(
        self, conn: asyncpg.pool.PoolConnectionProxy[Any], *, shared: bool, user_key: str | None
    ) -> None:
        if user_key is not None:
            await conn.execute(
                "SELECT pg_advisory_xact_lock_shared($1), pg_advisory_xact_lock($2)",
                self._write_key,
                lock_key(self.schema, "user", user_key),
            )
        elif shared:
            await conn.execute("SELECT pg_advisory_xact_lock_shared($1)", self._write_key)
        else:
            await conn.execute("SELECT pg_advisory_xact_lock($1)", self._write_key)

    async def fetchall(self, sql: str, params: Params = ()) -> list[Row]:
        """Run a read-only query outside any transaction; return every row."""
        return await _fetch(self.pool, to_postgres(sql), *params)

    async def fetchone(self, sql: str, params: Params = ()) -> Row | None:
        """Run a read-only query outside any transaction; return the first row or None."""
        rows = await self.fetchall(sql, params)
        return rows[0] if rows else None

    async def fetch_native(self, sql: str, *params: object) -> list[Row]:
        """Run a read-only query written for PostgreSQL (`$n` parameters), not translated."""
        return await _fetch(self.pool, sql, *params)


async def _fetch(
    source: asyncpg.Pool[Any] | asyncpg.pool.PoolConnectionProxy[Any], sql: str, *params: object
) -> list[Row]:
    """Run a PostgreSQL query on a connection or the pool; driver errors become StorageError."""
    try:
        records = await source.fetch(sql, *params)
    except DRIVER_ERRORS as exc:
        raise storage_error(exc, "reading") from exc
    return [tuple(record) for record in records]

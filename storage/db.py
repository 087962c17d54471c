"""Own the SQLite connections: open, configure, migrate, serialise and group-commit writes.

This is the only module that calls `aiosqlite.connect`. aiosqlite gives the writing connection
one worker thread. Every write goes through `async with db.transaction() as tx:`, which holds
an `asyncio.Lock` while the block runs, inside a SAVEPOINT of the open transaction (a block
that raises, or is cancelled, rolls back alone).

Group commit: blocks that run while a COMMIT is pending share that transaction, and one COMMIT
(one fsync) makes them all durable. A caller leaves `transaction()` only after the COMMIT that
holds its block succeeded, and gets its error if it failed, so "returned" still means "on
disk". Blocks run one at a time, so a later block sees an earlier one's rows before they are
committed; callers that depend on each other (one user's messages) wait for each other anyway.

The steps that can wait run on aiosqlite's thread: `BEGIN IMMEDIATE` when another process
holds the write lock (it is tried inline first), `COMMIT` (the fsync), checkpoints, opening
and closing. The statements in between run inline: they only touch pages in memory, and a
thread round trip for each (about twenty per message) made the round trips, not SQLite, the
bot's bottleneck (`benchmarks/README.md`). The worker is idle whenever the lock is held
between those steps, so the connection is never used by two threads at once.

Reads outside a transaction run inline on a second, query-only connection: in WAL mode it sees
the last committed state and is not held up by a commit in progress.

The connection runs in WAL mode with `synchronous=FULL` (a committed message survives a power
cut; measured at ~6.5k commits/s, far above what Telegram lets us send), `foreign_keys=ON`,
`secure_delete=ON` (deleted rows are overwritten, which `/forget` relies on) and a busy
timeout. Migrations are the numbered files `storage/migrations/NNN_name.sql`, applied in
order, each in its own transaction, with `PRAGMA user_version` recording the last one.
"""

from __future__ import annotations

import asyncio
import logging
import os
import sqlite3
from collections.abc import AsyncIterator, Iterable, Sequence
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import aiosqlite

from storage._opening import (
    Migration,
    _join_worker,
    _prepare_file,
    _storage_error,
    load_migrations,
)
from storage.errors import MigrationError, StorageError

logger = logging.getLogger(__name__)

Row = tuple[Any, ...]
Params = Sequence[Any]

BUSY_TIMEOUT_MS = 5000
READ_BUSY_TIMEOUT_MS = 50  # the reader runs on the event loop: wait briefly, then fall back


def _inline(conn: aiosqlite.Connection) -> sqlite3.Connection:
    """The sqlite3 connection aiosqlite wraps, for statements run inline (see the module doc).

    aiosqlite has no public accessor; `_conn` has held it since aiosqlite 0.6. Any use goes
    through `Database`, under its lock, while the worker thread is idle.
    """
    return conn._conn


def _savepoint(inline: sqlite3.Connection, statement: str) -> None:
    try:
        inline.execute(statement)
    except sqlite3.Error as exc:
        raise StorageError(f"{statement} failed: {exc}") from exc


def _retrieve(future: asyncio.Future[None]) -> None:
    """Mark a group's error seen: its callers may all have been cancelled."""
    if not future.cancelled():
        future.exception()


def _open_reader(path: str) -> sqlite3.Connection:
    """A second connection, for reads outside transactions only (see `Database.fetchall`)."""
    reader = sqlite3.connect(path, isolation_level=None)
    try:
        reader.execute("PRAGMA query_only=ON")
        reader.execute(f"PRAGMA busy_timeout={READ_BUSY_TIMEOUT_MS}")
    except sqlite3.Error as exc:
        reader.close()
        raise _storage_error(exc, path, "opening") from exc
    return reader


class Transaction:
    """The statements of one block of `Database.transaction` (one SAVEPOINT of a group).

    The methods are coroutines so that callers need not care where a statement runs.
    """

    def __init__(self, conn: aiosqlite.Connection, path: str) -> None:
        """Wrap the connection for the duration of one transaction."""
        self._conn = _inline(conn)
        self._path = path

    async def execute(self, sql: str, params: Params = ()) -> int:
        """Run one statement; return the number of rows it changed."""
        try:
            return self._conn.execute(sql, params).rowcount
        except sqlite3.Error as exc:
            raise _storage_error(exc, self._path, "writing") from exc

    async def insert(self, sql: str, params: Params = ()) -> int:
        """Run one INSERT; return the new row id."""
        try:
            row_id = self._conn.execute(sql, params).lastrowid
        except sqlite3.Error as exc:
            raise _storage_error(exc, self._path, "writing") from exc
        if row_id is None:
            raise StorageError(f"an INSERT into {self._path} returned no row id")
        return row_id

    async def executemany(self, sql: str, rows: Iterable[Params]) -> int:
        """Run one statement per parameter row; return the rows changed."""
        try:
            return self._conn.executemany(sql, rows).rowcount
        except sqlite3.Error as exc:
            raise _storage_error(exc, self._path, "writing") from exc

    async def fetchall(self, sql: str, params: Params = ()) -> list[Row]:
        """Run a query; return every row."""
        try:
            rows = self._conn.execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            raise _storage_error(exc, self._path, "reading") from exc
        return [tuple(row) for row in rows]

    async def fetchone(self, sql: str, params: Params = ()) -> Row | None:
        """Run a query; return the first row or None."""
        rows = await self.fetchall(sql, params)
        return rows[0] if rows else None


class Database:
    """The single connection to one SQLite file, with a lock around every transaction."""

    def __init__(
        self, conn: aiosqlite.Connection, path: str, reader: sqlite3.Connection | None = None
    ) -> None:
        """Hold an open connection (and a reader); use `Database.open` to make them."""
        self._conn: aiosqlite.Connection | None = conn
        self._reader = reader
        self._path = path
        self._lock = asyncio.Lock()
        self._owner: asyncio.Task[Any] | None = None
        self._group: asyncio.Future[None] | None = None  # the open group transaction
        self._committer: asyncio.Task[None] | None = None
        self.schema_version = 0

    @classmethod
    async def open(cls, path: str | os.PathLike[str]) -> Database:
        """Open (creating if needed) the database at `path`, configure it and migrate it."""
        target = str(path)
        if target != ":memory:":
            _prepare_file(Path(target))
        # check_same_thread=False: statements run inline as well (see the module doc).
        conn = aiosqlite.connect(target, isolation_level=None, check_same_thread=False)
        try:
            await conn
        except sqlite3.Error as exc:
            await _join_worker(conn)
            raise _storage_error(exc, target, "opening") from exc
        db = cls(conn, target)
        try:
            await db._configure()
            await db._migrate(load_migrations())
            if target != ":memory:":  # another connection to :memory: is another database
                db._reader = _open_reader(target)
        except BaseException:
            await db.close()
            raise
        logger.info("database open at schema %s", db.schema_version)
        return db

    @property
    def path(self) -> str:
        """The file this database lives in."""
        return self._path

    @property
    def _connection(self) -> aiosqlite.Connection:
        if self._conn is None:
            raise StorageError("the database is closed; open it again before use")
        return self._conn

    async def close(self) -> None:
        """Commit what is pending and close the connections (idempotent)."""
        if self._conn is None:
            return
        async with self._lock:
            if self._conn is None:
                return
            await self._settle()
            conn, self._conn = self._conn, None
            reader, self._reader = self._reader, None
            if reader is not None:
                reader.close()
            await conn.close()

    async def _configure(self) -> None:
        pragmas = (
            "PRAGMA journal_mode=WAL",
            "PRAGMA synchronous=FULL",
            "PRAGMA foreign_keys=ON",
            "PRAGMA secure_delete=ON",
            f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",
        )
        try:
            for pragma in pragmas:
                await self._connection.execute(pragma)
            # A new file is still empty here; touching the schema fails early on a bad one.
            await self._connection.execute_fetchall("SELECT count(*) FROM sqlite_schema")
        except sqlite3.Error as exc:
            raise _storage_error(exc, self._path, "opening") from exc

    async def _migrate(self, migrations: list[Migration]) -> None:
        row = await self.fetchone("PRAGMA user_version")
        current = int(row[0]) if row else 0
        latest = len(migrations)
        if current > latest:
            raise MigrationError(
                f"this database was written by a newer gyeot (schema {current} > {latest}); "
                f"upgrade gyeot, or point [storage] path at another file ({self._path})"
            )
        for migration in migrations[current:]:
            await self._apply(migration)
        self.schema_version = latest

    async def _apply(self, migration: Migration) -> None:
        script = (
            f"BEGIN IMMEDIATE;\n{migration.sql}\n"
            f"PRAGMA user_version = {migration.number};\nCOMMIT;\n"
        )
        async with self._lock:
            try:
                await self._connection.executescript(script)
            except sqlite3.Error as exc:
                await self._rollback(self._connection)
                raise MigrationError(
                    f"migration {migration.name} failed ({exc}); the database was left at "
                    f"schema {migration.number - 1}. Restore a backup or report this bug."
                ) from exc
        logger.info("applied migration %s", migration.name)

    def _check_not_nested(self) -> None:
        if self._owner is not None and self._owner is asyncio.current_task():
            raise RuntimeError("database used again inside its own transaction (deadlock)")

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[Transaction]:
        """Run the block atomically and durably; roll it back on any exception.

        Group commit: blocks that run while a commit is pending share one SQLite transaction,
        each inside its own SAVEPOINT (a failing block rolls back only its own statements),
        and one COMMIT (one fsync) makes them all durable. Each caller returns only after the
        COMMIT holding its block succeeded, and gets its error if it failed. Blocks run one at
        a time under the lock, so a later block sees an earlier one's rows; a user's next
        message starts only after her previous commit returned.
        """
        self._check_not_nested()
        try:
            async with self._lock:
                conn = self._connection
                self._owner = asyncio.current_task()
                try:
                    group = await self._join(conn)
                    inline = _inline(conn)
                    _savepoint(inline, "SAVEPOINT unit")
                    try:
                        yield Transaction(conn, self._path)
                    except BaseException:
                        self._undo_unit(inline, group)
                        raise
                    _savepoint(inline, "RELEASE unit")
                finally:
                    self._owner = None
        finally:
            # Also after a failed block: an open transaction holds SQLite's write lock, which
            # other processes (gyeot purge, the staff console) are waiting for.
            if self._group is not None and self._committer is None:
                self._committer = asyncio.create_task(self._commit_group())
        await asyncio.shield(group)

    async def _join(self, conn: aiosqlite.Connection) -> asyncio.Future[None]:
        """The open group transaction, started (BEGIN IMMEDIATE) if there is none."""
        if self._group is None:
            await self._begin(conn)
            self._group = asyncio.get_running_loop().create_future()
            self._group.add_done_callback(_retrieve)
        return self._group

    def _undo_unit(self, inline: sqlite3.Connection, group: asyncio.Future[None]) -> None:
        """Roll back one block; if SQLite rolled back the whole transaction, fail the group."""
        if inline.in_transaction:
            try:
                _savepoint(inline, "ROLLBACK TO unit")
                _savepoint(inline, "RELEASE unit")
            except StorageError:
                logger.exception("rollback to a savepoint failed on %s", self._path)
            else:
                return
        self._group = None
        if inline.in_transaction:
            inline.execute("ROLLBACK")
        if not group.done():
            group.set_exception(StorageError(f"a transaction on {self._path} was rolled back"))

    async def _commit_group(self) -> None:
        """The committer task: take the lock, then commit the open group."""
        async with self._lock:
            self._committer = None
            await self._settle()

    async def _settle(self) -> None:
        """COMMIT the open group (on the worker thread: the fsync) and release its callers.

        Called with the lock held: by the committer, and before checkpoints, close and reads
        on the writing connection. A failed COMMIT is each caller's error, not this one's.
        """
        group, self._group = self._group, None
        if group is None:
            return
        try:
            await self._commit(self._connection)
        except Exception as exc:  # noqa: BLE001 - handed to every caller of the group
            group.set_exception(exc)
        except BaseException:
            group.set_exception(StorageError(f"a commit on {self._path} was interrupted"))
            raise
        else:
            group.set_result(None)

    async def _begin(self, conn: aiosqlite.Connection) -> None:
        """Take the write lock: inline when it is free, else wait for it on the worker thread."""
        inline = _inline(conn)
        try:
            inline.execute("PRAGMA busy_timeout=0")
            try:
                inline.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) and "busy" not in str(exc):
                    raise
            else:
                return
            finally:
                inline.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            await conn.execute("BEGIN IMMEDIATE")  # another process writes: wait off the loop
        except sqlite3.Error as exc:
            raise _storage_error(exc, self._path, "starting a transaction") from exc

    async def _commit(self, conn: aiosqlite.Connection) -> None:
        try:
            await conn.execute("COMMIT")
        except sqlite3.Error as exc:
            await self._rollback(conn)
            raise _storage_error(exc, self._path, "committing") from exc

    async def _rollback(self, conn: aiosqlite.Connection) -> None:
        """Roll back if a transaction is still open; the error that got us here matters more."""
        try:
            if conn.in_transaction:
                await conn.execute("ROLLBACK")
        except sqlite3.Error:
            logger.exception("rollback failed on %s", self._path)

    async def fetchall(self, sql: str, params: Params = ()) -> list[Row]:
        """Run a read-only query outside any transaction; return every row.

        It runs on the reader connection, without the lock: in WAL mode a reader sees the last
        committed state and is not held up by a commit in progress. Should the reader ever be
        refused (SQLite busy, e.g. while another process recovers the WAL), the query takes the
        writer's way.
        """
        self._check_not_nested()
        if self._reader is not None:
            try:
                return [tuple(row) for row in self._reader.execute(sql, params).fetchall()]
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) and "busy" not in str(exc):
                    raise _storage_error(exc, self._path, "reading") from exc
            except sqlite3.Error as exc:
                raise _storage_error(exc, self._path, "reading") from exc
        async with self._lock:
            await self._settle()
            return await Transaction(self._connection, self._path).fetchall(sql, params)

    async def fetchone(self, sql: str, params: Params = ()) -> Row | None:
        """Run a read-only query outside any transaction; return the first row or None."""
        rows = await self.fetchall(sql, params)
        return rows[0] if rows else None

    async def checkpoint(self) -> None:
        """Copy the WAL into the main file and truncate it (after `/forget`, old pages go)."""
        self._check_not_nested()
        async with self._lock:
            await self._settle()
            try:
                await self._connection.execute_fetchall("PRAGMA wal_checkpoint(TRUNCATE)")
            except sqlite3.Error as exc:
                raise _storage_error(exc, self._path, "checkpointing") from exc

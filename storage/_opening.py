"""Open a database file safely, read the migrations, and explain SQLite's errors.

Helpers of `storage.db`: what happens before a connection exists (the directory, the file's
mode, the numbered migration files) and the translation of `sqlite3` errors into messages
that say what to do.
"""

from __future__ import annotations

import asyncio
import os
import re
import sqlite3
import threading
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import aiosqlite

from storage.errors import MigrationError, StorageError

_MIGRATION_NAME = re.compile(r"^(\d{3})_[a-z0-9_]+\.sql$")
_HINT_PATH = "or set [storage] path to a file in a writable directory"


@dataclass(frozen=True, slots=True)
class Migration:
    """One numbered schema step."""

    number: int
    name: str
    sql: str


def load_migrations() -> list[Migration]:
    """Read `storage/migrations/NNN_*.sql` in order and check they are numbered 1..N."""
    folder = resources.files("storage").joinpath("migrations")
    found = sorted(
        (int(m.group(1)), entry.name, entry.read_text(encoding="utf-8"))
        for entry in folder.iterdir()
        if (m := _MIGRATION_NAME.match(entry.name))
    )
    numbers = [number for number, _, _ in found]
    if numbers != list(range(1, len(found) + 1)):
        raise MigrationError(f"migration files are not numbered 1..N without gaps: {numbers}")
    return [Migration(number, name, sql) for number, name, sql in found]


def _storage_error(exc: sqlite3.Error, path: str, doing: str) -> StorageError:
    """Translate a sqlite3 error into a message that says what to do."""
    text = str(exc)
    if "not a database" in text or "malformed" in text:
        return StorageError(
            f"{path} is not a readable gyeot database (SQLite says: {text}). Move the file "
            f"aside and restore it from a backup, {_HINT_PATH}."
        )
    if "readonly" in text or "unable to open" in text or "disk I/O" in text:
        return StorageError(
            f"cannot write the database {path} (SQLite says: {text}). Make the file and its "
            f"directory writable by this user (SQLite creates -wal and -shm files next to "
            f"it), {_HINT_PATH}."
        )
    if "locked" in text or "busy" in text:
        return StorageError(
            f"the database {path} is locked by another program (SQLite says: {text}). Stop the "
            "other gyeot process or tool using it; nothing was written, the message will be "
            "handled again."
        )
    if "full" in text:
        return StorageError(
            f"the disk holding {path} is full (SQLite says: {text}). Free space; nothing was "
            "written, the message will be handled again."
        )
    return StorageError(f"database error while {doing} ({path}): {text}")


def _prepare_file(path: Path) -> None:
    """Create the directory (0700) and the file (0600) if needed; check they are writable."""
    try:
        # Each directory it creates is 0700 (mkdir(parents=True) would make the parents 0777
        # under umask 000); directories that exist already are left as they are.
        for missing in reversed(
            [p for p in (path.parent, *path.parent.parents) if not p.exists()]
        ):
            missing.mkdir(mode=0o700, exist_ok=True)
    except OSError as exc:
        raise StorageError(
            f"cannot create the directory {path.parent} for the database: {exc.strerror}. "
            f"Create it yourself, {_HINT_PATH}."
        ) from exc
    if path.is_dir():
        raise StorageError(f"{path} is a directory, not a database file; {_HINT_PATH}.")
    if not os.access(path.parent, os.W_OK | os.X_OK):
        raise StorageError(
            f"the directory {path.parent} is not writable by this user; SQLite must create "
            f"{path.name}-wal and {path.name}-shm there. Make it writable, {_HINT_PATH}."
        )
    if path.exists():
        if not os.access(path, os.R_OK | os.W_OK):
            raise StorageError(
                f"the database file {path} is not readable and writable by this user. Fix "
                f"its owner or mode (0600), {_HINT_PATH}."
            )
        return
    try:
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    except FileExistsError:
        return
    except OSError as exc:
        raise StorageError(f"cannot create {path}: {exc.strerror}; {_HINT_PATH}.") from exc


async def _join_worker(conn: aiosqlite.Connection) -> None:
    """Wait for the worker thread of a connection that failed to open.

    aiosqlite stops that thread with a future nobody awaits; if the event loop closes first,
    the thread dies with "Event loop is closed". Joining it keeps the failure path quiet.
    """
    thread = getattr(conn, "_thread", None)
    if isinstance(thread, threading.Thread) and thread.is_alive():
        await asyncio.to_thread(thread.join, 5.0)

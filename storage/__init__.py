"""SQLite storage for gyeot: migrations, sessions, cases, queues, retention and encryption.

Implements the ports of `flows.ports` on a single SQLite connection. Only this package imports
`aiosqlite`; only `storage/db.py` opens a connection. PostgreSQL's store is `storage.pg.PgStore`,
not re-exported here: importing it loads asyncpg (~15 MiB), which a SQLite deployment never needs.
"""

from storage._retention import CHATLOG_KEEP_DAYS, INBOX_KEEP_DAYS, OUTBOX_KEEP_DAYS
from storage.crypto import Keyring
from storage.db import Database
from storage.errors import MigrationError, SecretKeyError, StorageError
from storage.sqlite_store import SqliteStore

__all__ = [
    "CHATLOG_KEEP_DAYS",
    "INBOX_KEEP_DAYS",
    "OUTBOX_KEEP_DAYS",
    "Database",
    "Keyring",
    "MigrationError",
    "SecretKeyError",
    "SqliteStore",
    "StorageError",
]

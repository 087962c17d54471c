"""PostgreSQL storage for gyeot: the same ports as `SqliteStore`, for several processes.

Only this package imports `asyncpg`; only `storage/pg/_db.py` opens a pool. The schema lives
in `storage/pg/migrations/NNN_name.sql`, recorded in the `schema_version` table.
"""

from storage.pg._admin import create_schema, drop_schema
from storage.pg._db import PgDatabase
from storage.pg._lead import Lead
from storage.pg.store import PgStore

__all__ = ["Lead", "PgDatabase", "PgStore", "create_schema", "drop_schema"]

"""Errors of the storage package: one root, messages that say what to do.

Hierarchy::

    flows.errors.StoreError
    └── StorageError        the database could not be opened, read or written
        ├── MigrationError  the schema is newer than this gyeot, or a migration failed
        └── SecretKeyError  GYEOT_SECRET_KEY is missing, too short, or not the key in use

`sqlite3.Error` never leaves this package unwrapped: it is re-raised as `StorageError` with
the original as `__cause__`.
"""

from __future__ import annotations

from flows import StoreError


class StorageError(StoreError):
    """Root of every storage error."""


class MigrationError(StorageError):
    """The database schema cannot be brought to the version this code expects."""


class SecretKeyError(StorageError):
    """The secret key cannot decrypt what the database holds (or is unusable).

    Not a subclass of `KeyError`: `KeyError` quotes its message, which would garble the
    instructions printed to the operator.
    """

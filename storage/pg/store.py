"""Keep sessions, cases, queues and the chat log in PostgreSQL, exactly as `SqliteStore` does.

`PgStore` has `SqliteStore`'s public surface and semantics: the same tables, the same AES-GCM
associated data, the same pseudonyms, the same helpers (`storage/_effects.py`, `_cases.py`,
`_retention.py`, ...) running the same statements, translated to PostgreSQL by `_sql`. One
`commit` is one transaction. Several processes may share the database; `_db` explains the
locks that keep each transaction's view what it is on SQLite.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager
from datetime import timedelta

from flows import PrivacyPolicy
from storage._case_rows import Statements
from storage._sql_store import ROUTE_GRACE, SqlStore
from storage.crypto import Keyring
from storage.pg._db import PgDatabase, PgTransaction
from storage.pg._lead import Lead
from storage.pg._queues import PgQueues
from storage.pg.notify import OutboxListener


class PgStore(PgQueues, SqlStore[PgDatabase]):
    """SessionStore, Maintenance, ChatLog, Inbox, Outbox and the staff desk on PostgreSQL.

    Its methods shared with `SqliteStore` are `SqlStore`'s; here: the pool, the claims of
    `PgQueues`, leading a job, hearing other processes' outbox rows, and PostgreSQL's side of
    `SqlStore`'s two hooks.
    """

    @classmethod
    async def open(
        cls,
        url: str,
        keyring: Keyring,
        policy: PrivacyPolicy,
        *,
        route_grace: timedelta = ROUTE_GRACE,
        schema: str | None = None,
    ) -> PgStore:
        """Open a pool on `url`, migrate, and check that `keyring` is the database's key.

        `schema` sets the pool's `search_path` (tests use one schema each).
        """
        db = await PgDatabase.open(url, schema=schema)
        store = cls(db, keyring, policy, route_grace=route_grace)
        await store._check_key_or_close()
        return store

    @property
    def database(self) -> PgDatabase:
        """The pool and locks underneath (for tests and `gyeot storage` commands)."""
        return self._db

    @contextlib.asynccontextmanager
    async def transaction(
        self, *, shared: bool = False, user_key: str | None = None
    ) -> AsyncIterator[PgTransaction]:
        """One transaction on one pooled connection (exclusive unless told otherwise)."""
        async with self._db.transaction(shared=shared, user_key=user_key) as tx:
            yield tx

    async def listen_outbox(self, wake: Callable[[str], None], stop: asyncio.Event) -> None:
        """Call `wake(dest)` when any process commits an outbox row for `dest`, until `stop`.

        Web rows only, `dest` being the row's pseudonym (LISTEN/NOTIFY, see `notify`), heard on
        a connection of its own, connected again whenever it drops.
        """
        await OutboxListener(self._db, wake).run(stop)

    async def try_lead(self, name: str) -> Lead | None:
        """Become the one process doing job `name` (e.g. "telegram-poller"), if none is.

        None while another live process holds it; the holder checks `still_held()` before each
        round and calls `release()` when it stops.
        """
        return await self._db.try_lead(name)

    def _writing(self, user_key: str | None) -> AbstractAsyncContextManager[Statements]:
        """Only her conversation's lock for a write about her (others write meanwhile)."""
        return self._db.transaction(user_key=user_key)

    async def _settle_deletes(self) -> None:
        """Nothing to do: deleted rows need no step of ours on PostgreSQL."""

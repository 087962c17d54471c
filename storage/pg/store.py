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
import logging
from collections.abc import AsyncIterator, Callable, Sequence
from datetime import datetime, timedelta
from typing import cast

from pydantic import ValidationError

from flows import CaseInfo, Forget, OutboxMessage, Outcome, PrivacyPolicy, Session
from flows.counsel import Case
from storage._case_rows import CASE_COLUMNS, case_from
from storage._cases import CaseTx
from storage._clock import micros, span
from storage._effects import EffectWriter, audit, close_case_row, close_event, keep_route
from storage._mail import queue_outbox
from storage._retention import Cutoffs, forget_rows, purge_rows
from storage._rotation import check_pseudonyms, rotate_all, verify_sample
from storage._transcripts import Line, keep_transcript, read_transcript
from storage.crypto import Keyring
from storage.db import Database, Transaction
from storage.errors import StorageError
from storage.pg._db import PgDatabase, PgReader, PgTransaction
from storage.pg._lead import Lead
from storage.pg._queues import PgQueues
from storage.pg.notify import OutboxListener

logger = logging.getLogger(__name__)

ROUTE_GRACE = timedelta(days=1)
_CASE_COLUMNS = "alias, status, urgency, risk"


def _case(row: tuple[object, ...]) -> CaseInfo:
    return CaseInfo(str(row[0]), str(row[1]), str(row[2]), str(row[3]))


def as_tx(tx: PgTransaction) -> Transaction:
    """`tx` for the shared helpers, typed as SQLite's `Transaction`.

    They annotate `Transaction` but use only the `Statements` protocol (execute, insert,
    executemany, fetchall, fetchone), which `PgTransaction` implements.
    """
    return cast(Transaction, tx)


class PgStore(PgQueues):
    """SessionStore, Maintenance, ChatLog, Inbox, Outbox and the staff desk on PostgreSQL."""

    def __init__(
        self,
        db: PgDatabase,
        keyring: Keyring,
        policy: PrivacyPolicy,
        *,
        route_grace: timedelta = ROUTE_GRACE,
    ) -> None:
        """Use an open database; prefer `PgStore.open`, which also checks the key."""
        self._db = db
        self._keyring = keyring
        self._policy = policy
        self._route_grace = span(route_grace)
        self._key_checked = False

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
        try:
            await store.check_key()
        except BaseException:
            await db.close()
            raise
        return store

    @property
    def database(self) -> PgDatabase:
        """The pool and locks underneath (for tests and `gyeot storage` commands)."""
        return self._db

    async def close(self) -> None:
        """Close the pool."""
        await self._db.close()

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

    async def healthy(self) -> bool:
        """True while the database answers a read."""
        try:
            await self._db.fetchone("SELECT 1")
        except StorageError:
            return False
        return True

    async def check_key(self) -> None:
        """Raise `SecretKeyError` unless the keyring wrote this database (first use: record it)."""
        async with self._db.transaction() as tx:
            row = await tx.fetchone("SELECT value FROM meta WHERE key = 'key_check'")
            if row is None:
                await verify_sample(as_tx(tx), self._keyring)
                await tx.execute(
                    "INSERT INTO meta (key, value) VALUES ('key_check', ?)",
                    (self._keyring.key_check(),),
                )
            else:
                self._keyring.verify_key_check(bytes(row[0]))
            await check_pseudonyms(as_tx(tx), self._keyring)
        self._key_checked = True

    # ------------------------------------------------------------ SessionStore

    async def load(self, user_key: str) -> Session | None:
        """Return her session, or None if she is new, forgotten or her state is unreadable."""
        row = await self._db.fetchone("SELECT state FROM sessions WHERE user_key = ?", (user_key,))
        if row is None:
            return None
        try:
            return Session.model_validate_json(row[0])
        except ValidationError:
            logger.warning("a saved session no longer fits the Session model; starting afresh")
            return None

    async def commit(  # noqa: PLR0913 - the event, how to render and store it, and where she is
        self,
        user_key: str,
        outcome: Outcome,
        *,
        now: datetime,
        outbox: Sequence[OutboxMessage] = (),
        inbox_id: int | None = None,
        transcript: str | None = None,
        route: str | None = None,
    ) -> None:
        """Save `outcome.next_state`, apply its effects, queue `outbox`, mark `inbox_id` done.

        `transcript` (her message) is kept, redacted and encrypted, only if the policy says so.
        Forgetting takes the exclusive lock (it touches rows other writers hold, such as her
        queued messages); any other commit takes only her conversation's lock. A commit for
        an event another process committed first rolls back (`AlreadyHandled`).
        """
        at = micros(now)
        forgetting = any(isinstance(effect, Forget) for effect in outcome.effects)
        async with self._db.transaction(user_key=None if forgetting else user_key) as pg:
            tx = as_tx(pg)
            if forgetting:
                erase = any(isinstance(e, Forget) and e.chat_messages for e in outcome.effects)
                await forget_rows(tx, self._keyring, user_key, at, erase_copies=erase)
            else:
                line = Line(user_key, transcript, outcome.next_state.under14, at)
                await keep_transcript(tx, self._keyring, self._policy, line)
                await _save_session(pg, user_key, outcome.next_state, at)
            writer = EffectWriter(
                tx, self._keyring, self._policy, user_key, outcome.next_state, at, route
            )
            for effect in outcome.effects:
                await writer.apply(effect)
            # The reply to /forget must still go out, but not linked to her.
            owner = None if forgetting else user_key
            for message in outbox:
                await queue_outbox(pg, self._keyring, message, owner=owner, at=at)
            if inbox_id is not None:
                await close_event(tx, inbox_id)

    # ------------------------------------------------------------ Maintenance

    async def forget(self, user_key: str, *, now: datetime) -> dict[str, int]:
        """Delete every row that can be linked to her; return counts per table."""
        async with self._db.transaction() as tx:
            return await forget_rows(as_tx(tx), self._keyring, user_key, micros(now))

    async def purge(self, *, now: datetime) -> dict[str, int]:
        """Delete what is past retention; return counts per table."""
        cutoffs = Cutoffs.at(micros(now), self._policy, self._route_grace)
        async with self._db.transaction() as tx:
            counts = await purge_rows(as_tx(tx), cutoffs)
        logger.info("purged %s", counts)
        return counts

    async def unanswered(self, *, limit: int = 20) -> list[tuple[str, int]]:
        """The most frequent redacted unanswered questions, most frequent first."""
        rows = await self._db.fetchall(
            "SELECT text, count(*) FROM unanswered GROUP BY text"
            " ORDER BY count(*) DESC, min(id) LIMIT ?",
            (limit,),
        )
        return [(str(text), int(count)) for text, count in rows]

    async def case_for(self, user_key: str) -> CaseInfo | None:
        """Her case that is not closed, if any."""
        row = await self._db.fetchone(
            f"SELECT {_CASE_COLUMNS} FROM cases WHERE user_key = ? AND status != 'closed'",
            (user_key,),
        )
        return _case(row) if row else None

    async def add_transcript(
        self, user_key: str, text: str, *, speaker: str = "counselor", now: datetime
    ) -> bool:
        """Keep one relayed line (redacted, encrypted) if transcripts are on; True if kept."""
        state = await self.load(user_key)
        if state is None:  # forgotten, or never here: nothing to attach a line to
            return False
        async with self._db.transaction(user_key=user_key) as tx:
            line = Line(user_key, text, state.under14, micros(now), speaker)
            kept = await keep_transcript(as_tx(tx), self._keyring, self._policy, line)
        return kept == 1

    async def transcript(self, user_key: str, *, limit: int = 50) -> list[tuple[str, str]]:
        """Her last `limit` kept lines as (speaker, redacted text), oldest first."""
        return await read_transcript(cast(Database, self._db), self._keyring, user_key, limit)

    async def rotate_keys(self) -> dict[str, int]:
        """Re-encrypt every encrypted value under the current key version; return counts."""
        return await rotate_all(cast(Database, self._db), self._keyring)

    # ------------------------------------------------------------ routes and cases (staff)

    async def save_route(self, user_key: str, route: str, *, now: datetime) -> None:
        """Keep (encrypted) the way back to her chat while a case needs it."""
        async with self._db.transaction(user_key=user_key) as pg:
            await keep_route(as_tx(pg), self._keyring, user_key, route, micros(now))

    async def route_for(self, user_key: str) -> str | None:
        """Return the way back to her chat, or None if none is kept."""
        row = await self._db.fetchone("SELECT route FROM routes WHERE user_key = ?", (user_key,))
        if row is None:
            return None
        return self._keyring.decrypt_text(bytes(row[0]), aad=f"routes|route|{user_key}")

    async def case_user(self, alias: str) -> str | None:
        """Return the user key behind a case alias (None once unlinked or unknown)."""
        row = await self._db.fetchone("SELECT user_key FROM cases WHERE alias = ?", (alias,))
        return str(row[0]) if row and row[0] is not None else None

    async def open_cases(self) -> list[CaseInfo]:
        """Cases not closed, urgent first, oldest first within the same urgency."""
        rows = await self._db.fetchall(
            f"SELECT {_CASE_COLUMNS} FROM cases WHERE status != 'closed'"
            " ORDER BY urgency = 'urgent' DESC, opened_at, id"
        )
        return [_case(row) for row in rows]

    async def claim_case(self, alias: str, *, now: datetime) -> bool:
        """Mark an open case claimed by a counselor; False if it is not open."""
        at = micros(now)
        async with self._db.transaction() as tx:
            changed = await tx.execute(
                "UPDATE cases SET status = 'claimed', updated_at = ?"
                " WHERE alias = ? AND status = 'open'",
                (at, alias),
            )
            if changed:
                await audit(as_tx(tx), "case_claimed", "", alias, at)
        return bool(changed)

    async def close_case(self, alias: str, *, now: datetime) -> bool:
        """Close a case from the staff side; False if it was not open or claimed."""
        at = micros(now)
        async with self._db.transaction() as tx:
            row = await tx.fetchone(
                "SELECT id FROM cases WHERE alias = ? AND status != 'closed'", (alias,)
            )
            if row is not None:
                await close_case_row(as_tx(tx), int(row[0]), at)
                await audit(as_tx(tx), "case_closed", "staff", alias, at)
        return row is not None

    @contextlib.asynccontextmanager
    async def staff_tx(self) -> AsyncIterator[CaseTx]:
        """One transaction for the staff desk: a claim, its timers and its messages together.

        Exclusive across processes, as every SQLite transaction is: two desks never interleave.
        """
        async with self._db.transaction() as tx:
            yield CaseTx(tx, self._keyring)

    @contextlib.asynccontextmanager
    async def staff_read(self) -> AsyncIterator[CaseTx]:
        """Staff reads without taking the write lock (each read on its own)."""
        yield CaseTx(PgReader(self._db), self._keyring)

    async def cases_since(self, since: datetime) -> list[Case]:
        """Cases opened at or after `since`, oldest first (for reports)."""
        rows = await self._db.fetchall(
            f"SELECT {CASE_COLUMNS} FROM cases WHERE opened_at >= ? ORDER BY opened_at, id",
            (micros(since),),
        )
        return [case_from(row) for row in rows]

    # ------------------------------------------------------------ ChatLog

    async def recent_messages(self, user_key: str, *, since: datetime) -> list[int]:
        """Message ids in her chat newer than `since`, oldest first."""
        rows = await self._db.fetchall(
            "SELECT message_id FROM chatlog WHERE user_key = ? AND at > ? ORDER BY at, message_id",
            (user_key, micros(since)),
        )
        return [int(row[0]) for row in rows]


async def _save_session(tx: PgTransaction, user_key: str, state: Session, at: int) -> None:
    await tx.execute(
        "INSERT INTO sessions (user_key, state, updated_at) VALUES (?, ?, ?)"
        " ON CONFLICT (user_key) DO UPDATE"
        " SET state = excluded.state, updated_at = excluded.updated_at",
        (user_key, state.model_dump_json(), at),
    )

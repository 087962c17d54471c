"""What `SqliteStore` and `PgStore` share, written once: the ports' methods whose SQL is the same.

Both stores keep the same tables, ciphertexts and pseudonyms, and run the same statements
(PostgreSQL's are translated by `storage.pg._sql`). `SqlStore` holds every method that reads or
writes them the same way on both, over `Backend` (the database) and `Statements` (one of its
transactions); `SqlQueues` holds the inbox and outbox pieces. What differs for a reason stays
in the stores, behind small hooks:

- `_writing(user_key)`: the transaction for a write about her (PostgreSQL locks only her
  conversation, so other processes keep writing for others; SQLite has one writer anyway);
- `_queue_writing()`: the transaction for queue rows (PostgreSQL takes the write lock shared:
  other queue writers run alongside, exclusive ones wait);
- `_settle_deletes()`: after rows were deleted (SQLite truncates its write-ahead log so that
  deleted pages leave the disk; nothing on PostgreSQL);
- `_LEASE_WIPE`: the lease columns that PostgreSQL's queue rows carry, cleared with a wipe.

PostgreSQL's claims (`FOR UPDATE SKIP LOCKED` with leases) and SQLite's single-process queue
methods stay in `storage/pg/_queues.py` and `storage/sqlite_store.py`.
"""

from __future__ import annotations

import abc
import contextlib
import logging
from collections.abc import AsyncIterator, Sequence
from contextlib import AbstractAsyncContextManager
from datetime import datetime, timedelta
from typing import ClassVar, Generic, TypeVar

from pydantic import ValidationError

from flows import (
    CaseInfo,
    Forget,
    InboxRow,
    OutboxMessage,
    Outcome,
    PendingMessage,
    PrivacyPolicy,
    Received,
    Sent,
    Session,
)
from flows.counsel import Case
from storage._case_rows import CASE_COLUMNS, Backend, Reader, Statements, case_from
from storage._cases import CaseTx
from storage._clock import micros, span
from storage._effects import EffectWriter, audit, close_case_row, close_event, keep_route
from storage._mail import queue_outbox
from storage._retention import Cutoffs, forget_rows, purge_rows
from storage._rotation import check_pseudonyms, rotate_all, verify_sample
from storage._transcripts import Line, keep_transcript, read_transcript
from storage.crypto import Keyring
from storage.db import Row
from storage.errors import SecretKeyError, StorageError

logger = logging.getLogger(__name__)

ROUTE_GRACE = timedelta(days=1)
_CASE_INFO_COLUMNS = "alias, status, urgency, risk"

DbT = TypeVar("DbT", bound=Backend)


def _case_info(row: Row) -> CaseInfo:
    return CaseInfo(str(row[0]), str(row[1]), str(row[2]), str(row[3]))


class SqlQueues(abc.ABC, Generic[DbT]):
    """The inbox and outbox methods both stores run alike (reads, row decoding)."""

    _db: DbT
    _keyring: Keyring
    _key_checked: bool

    # What wiping a queue row also clears: PostgreSQL's rows carry a lease (`lease_holder`,
    # `lease_until`, see `storage.pg._queues`); SQLite's, which one process owns, have none.
    _LEASE_WIPE: ClassVar[str] = ""

    @abc.abstractmethod
    def _queue_writing(self) -> AbstractAsyncContextManager[Statements]:
        """A transaction for queue rows (on PostgreSQL beside other processes' queue writes)."""

    # ------------------------------------------------------------ Inbox

    async def _keep_event(self, tx: Statements, update: Received, row_id: int, at: int) -> None:
        """Bind the new row `row_id`'s raw content (encrypted) and log her message id."""
        blob = self._keyring.encrypt_text(update.raw, aad=f"inbox|raw|{row_id}")
        await tx.execute("UPDATE inbox SET raw = ? WHERE id = ?", (blob, row_id))
        if update.user_key and update.message_id is not None:
            await log_message(tx, update.user_key, update.message_id, at)

    async def inbox_pending(self, *, limit: int = 100) -> list[InboxRow]:
        """Unhandled events in arrival order."""
        rows = await self._db.fetchall(
            "SELECT id, channel, raw FROM inbox WHERE done = 0 ORDER BY id LIMIT ?", (limit,)
        )
        return await self._inbox_rows(rows)

    async def _inbox_rows(self, rows: Sequence[Row]) -> list[InboxRow]:
        """Decrypt (id, channel, raw) rows; a row that does not decrypt is marked done."""
        pending: list[InboxRow] = []
        for row_id, channel, raw in rows:
            text = None if raw is None else self._open(bytes(raw), f"inbox|raw|{row_id}")
            if text is None:
                await self.inbox_done(int(row_id))
            else:
                pending.append(InboxRow(int(row_id), str(channel), text))
        return pending

    async def inbox_is_done(self, inbox_id: int) -> bool:
        """True once an event was handled (or never stored)."""
        row = await self._db.fetchone("SELECT done FROM inbox WHERE id = ?", (inbox_id,))
        return row is None or bool(row[0])

    async def inbox_done(self, inbox_id: int) -> None:
        """Mark an event handled (its raw content is wiped; the key stays for de-duplication)."""
        async with self._queue_writing() as tx:
            await tx.execute(
                f"UPDATE inbox SET done = 1, raw = NULL{self._LEASE_WIPE} WHERE id = ?",
                (inbox_id,),
            )

    # ------------------------------------------------------------ Outbox

    async def outbox_for(
        self, channel: str, route: str, *, after: int = 0, limit: int = 50
    ) -> list[PendingMessage]:
        """Unsent messages to one conversation of a channel that cannot push, oldest first."""
        rows = await self._db.fetchall(
            "SELECT id, channel, route, payload, attempts FROM outbox"
            " WHERE dest = ? AND status = 'pending' AND id > ? ORDER BY id LIMIT ?",
            (self._keyring.user_key(channel, route), after, limit),
        )
        return [row for row in await self._pending(rows) if row.route == route]

    async def _pending(self, rows: Sequence[Row]) -> list[PendingMessage]:
        """Decrypt (id, channel, route, payload, attempts) rows; one that does not is failed."""
        pending: list[PendingMessage] = []
        for row_id, channel, route, payload, attempts in rows:
            assert isinstance(row_id, int) and isinstance(route, bytes | memoryview)
            assert isinstance(payload, bytes | memoryview)
            route_text = self._open(bytes(route), f"outbox|route|{row_id}")
            payload_text = self._open(bytes(payload), f"outbox|payload|{row_id}")
            if route_text is None or payload_text is None:
                await self.outbox_failed(row_id, final=True)
                continue
            pending.append(
                PendingMessage(row_id, route_text, payload_text, int(attempts), str(channel))
            )
        return pending

    async def _mark_sent(self, tx: Statements, sent: Sequence[Sent], at: int) -> None:
        """Mark each message with a platform id sent, keeping the id (in her chat log).

        A row erased meanwhile (/forget) stays erased: its id is not logged under her key.
        """
        for mark in sent:
            if mark.platform_id is None:
                continue
            changed = await tx.execute(
                "UPDATE outbox SET status = 'sent', route = NULL, payload = NULL,"
                f" dest = NULL{self._LEASE_WIPE}, platform_message_id = ?"
                " WHERE id = ? AND status = 'pending'",
                (mark.platform_id, mark.outbox_id),
            )
            if changed and mark.user_key:
                await log_message(tx, mark.user_key, mark.platform_id, at)

    async def outbox_failed(self, message_id: int, *, final: bool) -> None:
        """Count a failed attempt; `final` gives up on the message and wipes it."""
        async with self._queue_writing() as tx:
            if final:
                await tx.execute(
                    "UPDATE outbox SET attempts = attempts + 1, status = 'failed',"
                    f" route = NULL, payload = NULL, dest = NULL{self._LEASE_WIPE}"
                    " WHERE id = ? AND status = 'pending'",
                    (message_id,),
                )
            else:
                await tx.execute(
                    "UPDATE outbox SET attempts = attempts + 1"
                    " WHERE id = ? AND status = 'pending'",
                    (message_id,),
                )

    def _open(self, blob: bytes, aad: str) -> str | None:
        """Decrypt one queued value; None if that one row is damaged.

        Once the key check passed, a value that does not decrypt was altered or moved: the
        row is dropped so that one bad row cannot block every reply behind it. Before the
        check, the key itself may be wrong, so the error propagates.
        """
        try:
            return self._keyring.decrypt_text(blob, aad=aad)
        except SecretKeyError:
            if not self._key_checked:
                raise
            logger.exception(
                "a queued row in %s cannot be decrypted; dropping it", aad.split("|")[0]
            )
            return None


class SqlStore(SqlQueues[DbT]):
    """SessionStore, Maintenance, ChatLog and the staff desk's reads, on either database."""

    def __init__(
        self,
        db: DbT,
        keyring: Keyring,
        policy: PrivacyPolicy,
        *,
        route_grace: timedelta = ROUTE_GRACE,
    ) -> None:
        """Use an open database; prefer the store's `open`, which also checks the key."""
        self._db = db
        self._keyring = keyring
        self._policy = policy
        self._route_grace = span(route_grace)
        self._key_checked = False

    @abc.abstractmethod
    def _writing(self, user_key: str | None) -> AbstractAsyncContextManager[Statements]:
        """A write transaction about her (`user_key`), or about anyone (None: exclusive)."""

    @abc.abstractmethod
    async def _settle_deletes(self) -> None:
        """Called after a transaction that deleted rows (forgetting, purging) committed."""

    async def close(self) -> None:
        """Close the database."""
        await self._db.close()

    async def check_key(self) -> None:
        """Raise `SecretKeyError` unless the keyring wrote this database (first use: record it)."""
        async with self._db.transaction() as tx:
            row = await tx.fetchone("SELECT value FROM meta WHERE key = 'key_check'")
            if row is None:
                await verify_sample(tx, self._keyring)
                await tx.execute(
                    "INSERT INTO meta (key, value) VALUES ('key_check', ?)",
                    (self._keyring.key_check(),),
                )
            else:
                self._keyring.verify_key_check(bytes(row[0]))
            await check_pseudonyms(tx, self._keyring)
        self._key_checked = True

    async def _check_key_or_close(self) -> None:
        """`check_key`, closing the database if it fails (the last step of the stores' `open`)."""
        try:
            await self.check_key()
        except BaseException:
            await self._db.close()
            raise

    async def healthy(self) -> bool:
        """True while the database answers a read."""
        try:
            await self._db.fetchone("SELECT 1")
        except StorageError:
            return False
        return True

    # ------------------------------------------------------------ SessionStore

    async def load(self, user_key: str) -> Session | None:
        """Return her session, or None if she is new, forgotten or her state is unreadable."""
        row = await self._db.fetchone("SELECT state FROM sessions WHERE user_key = ?", (user_key,))
        if row is None:
            return None
        try:
            return Session.model_validate_json(row[0])
        except ValidationError:
            # Starting her afresh beats failing every message she sends from now on.
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
        Forgetting writes for anyone (it touches rows other writers hold, such as her queued
        messages); any other commit writes for her (`_writing`). A commit for an event another
        process committed first rolls back (`AlreadyHandled`).
        """
        at = micros(now)
        forgetting = any(isinstance(effect, Forget) for effect in outcome.effects)
        async with self._writing(None if forgetting else user_key) as tx:
            if forgetting:
                erase = any(isinstance(e, Forget) and e.chat_messages for e in outcome.effects)
                await forget_rows(tx, self._keyring, user_key, at, erase_copies=erase)
            else:
                line = Line(user_key, transcript, outcome.next_state.under14, at)
                await keep_transcript(tx, self._keyring, self._policy, line)
                await _save_session(tx, user_key, outcome.next_state, at)
            writer = EffectWriter(
                tx, self._keyring, self._policy, user_key, outcome.next_state, at, route
            )
            for effect in outcome.effects:
                await writer.apply(effect)
            # The reply to /forget must still go out, but not linked to her.
            owner = None if forgetting else user_key
            for message in outbox:
                await queue_outbox(tx, self._keyring, message, owner=owner, at=at)
            if inbox_id is not None:
                await close_event(tx, inbox_id)
        if forgetting:
            await self._settle_deletes()

    # ------------------------------------------------------------ Maintenance

    async def forget(self, user_key: str, *, now: datetime) -> dict[str, int]:
        """Delete every row that can be linked to her; return counts per table."""
        async with self._writing(None) as tx:
            counts = await forget_rows(tx, self._keyring, user_key, micros(now))
        await self._settle_deletes()
        return counts

    async def purge(self, *, now: datetime) -> dict[str, int]:
        """Delete what is past retention; return counts per table."""
        cutoffs = Cutoffs.at(micros(now), self._policy, self._route_grace)
        async with self._writing(None) as tx:
            counts = await purge_rows(tx, cutoffs)
        await self._settle_deletes()
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
            f"SELECT {_CASE_INFO_COLUMNS} FROM cases WHERE user_key = ? AND status != 'closed'",
            (user_key,),
        )
        return _case_info(row) if row else None

    async def add_transcript(
        self, user_key: str, text: str, *, speaker: str = "counselor", now: datetime
    ) -> bool:
        """Keep one relayed line (redacted, encrypted) if transcripts are on; True if kept."""
        state = await self.load(user_key)
        if state is None:  # forgotten, or never here: nothing to attach a line to
            return False
        async with self._writing(user_key) as tx:
            line = Line(user_key, text, state.under14, micros(now), speaker)
            kept = await keep_transcript(tx, self._keyring, self._policy, line)
        return kept == 1

    async def transcript(self, user_key: str, *, limit: int = 50) -> list[tuple[str, str]]:
        """Her last `limit` kept lines as (speaker, redacted text), oldest first."""
        return await read_transcript(self._db, self._keyring, user_key, limit)

    async def rotate_keys(self) -> dict[str, int]:
        """Re-encrypt every encrypted value under the current key version; return counts."""
        return await rotate_all(self._db, self._keyring)

    # ------------------------------------------------------------ routes and cases (staff)

    async def save_route(self, user_key: str, route: str, *, now: datetime) -> None:
        """Keep (encrypted) the way back to her chat while a case needs it."""
        async with self._writing(user_key) as tx:
            await keep_route(tx, self._keyring, user_key, route, micros(now))

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
            f"SELECT {_CASE_INFO_COLUMNS} FROM cases WHERE status != 'closed'"
            " ORDER BY urgency = 'urgent' DESC, opened_at, id"
        )
        return [_case_info(row) for row in rows]

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
                await audit(tx, "case_claimed", "", alias, at)
        return bool(changed)

    async def close_case(self, alias: str, *, now: datetime) -> bool:
        """Close a case from the staff side; False if it was not open or claimed."""
        at = micros(now)
        async with self._db.transaction() as tx:
            row = await tx.fetchone(
                "SELECT id FROM cases WHERE alias = ? AND status != 'closed'", (alias,)
            )
            if row is not None:
                await close_case_row(tx, int(row[0]), at)
                await audit(tx, "case_closed", "staff", alias, at)
        return row is not None

    @contextlib.asynccontextmanager
    async def staff_tx(self) -> AsyncIterator[CaseTx]:
        """One transaction for the staff desk: a claim, its timers and its messages together.

        Exclusive (on PostgreSQL across processes, as every SQLite transaction is): two desks
        never interleave.
        """
        async with self._db.transaction() as tx:
            yield CaseTx(tx, self._keyring)

    @contextlib.asynccontextmanager
    async def staff_read(self) -> AsyncIterator[CaseTx]:
        """Staff reads without taking the write lock (each read on its own)."""
        yield CaseTx(Reader(self._db), self._keyring)

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


async def _save_session(tx: Statements, user_key: str, state: Session, at: int) -> None:
    await tx.execute(
        "INSERT INTO sessions (user_key, state, updated_at) VALUES (?, ?, ?)"
        " ON CONFLICT (user_key) DO UPDATE"
        " SET state = excluded.state, updated_at = excluded.updated_at",
        (user_key, state.model_dump_json(), at),
    )


async def log_message(tx: Statements, user_key: str, message_id: int, at: int) -> None:
    """Remember one message id in her chat (hers or the bot's), for /erase."""
    await tx.execute(
        "INSERT OR IGNORE INTO chatlog (user_key, message_id, at) VALUES (?, ?, ?)",
        (user_key, message_id, at),
    )

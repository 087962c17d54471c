"""Apply an outcome's effects inside the commit's transaction: cases, intake, questions, audit.

Case rules: at most one case per user is not closed (a partial unique index enforces it);
`Escalate` opens one or raises the open one to urgent; `RequestCounselor` opens a normal one
if none is open; `EndCase` closes it. Cases carry a random alias such as `상담-7F3K`, which is
all counselors and the audit log ever see.
"""

from __future__ import annotations

import json
import os
import secrets
from dataclasses import dataclass

from flows import (
    AlreadyHandled,
    Audit,
    EndCase,
    Escalate,
    KeepIntake,
    PrivacyPolicy,
    RecordUnanswered,
    RequestCounselor,
    Session,
)
from storage._case_rows import Statements
from storage.crypto import Keyring
from storage.errors import StorageError

# No 0/O, 1/I/L: counselors read aliases aloud and type them.
ALIAS_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
ALIAS_PREFIX = "상담-"
_ALIAS_TRIES = 8
SALT_BYTES = 16


async def new_alias(tx: Statements) -> str:
    """Return an unused random case alias such as `상담-7F3K`."""
    for attempt in range(_ALIAS_TRIES * 2):
        length = 4 if attempt < _ALIAS_TRIES else 6
        alias = ALIAS_PREFIX + "".join(secrets.choice(ALIAS_ALPHABET) for _ in range(length))
        if await tx.fetchone("SELECT 1 FROM cases WHERE alias = ?", (alias,)) is None:
            return alias
    raise StorageError("could not find a free case alias; purge old cases (gyeot purge)")


async def open_case_of(tx: Statements, user_key: str) -> tuple[int, str] | None:
    """Return (id, alias) of her case that is not closed, if any."""
    row = await tx.fetchone(
        "SELECT id, alias FROM cases WHERE user_key = ? AND status != 'closed'", (user_key,)
    )
    return (int(row[0]), str(row[1])) if row else None


async def audit(tx: Statements, kind: str, detail: str, alias: str | None, at: int) -> None:
    """Write one content-free audit row."""
    await tx.execute(
        "INSERT INTO audit (kind, detail, case_alias, created_at) VALUES (?, ?, ?, ?)",
        (kind, detail, alias, at),
    )


async def close_event(tx: Statements, inbox_id: int) -> None:
    """Mark her inbox event handled in this commit; `AlreadyHandled` if it already was.

    The fence of several processes: an event whose claim lapsed may be handled by two, and
    only the first commit may go through (the second rolls back with what it computed).
    """
    if await tx.execute(
        "UPDATE inbox SET done = 1, raw = NULL WHERE id = ? AND done = 0", (inbox_id,)
    ):
        return
    if await tx.fetchone("SELECT 1 FROM inbox WHERE id = ?", (inbox_id,)) is not None:
        raise AlreadyHandled("another process handled this event first")


async def keep_route(tx: Statements, keyring: Keyring, user_key: str, route: str, at: int) -> None:
    """Keep (encrypted) the way back to her chat while a case needs it."""
    blob = keyring.encrypt_text(route, aad=f"routes|route|{user_key}")
    await tx.execute(
        "INSERT INTO routes (user_key, route, updated_at) VALUES (?, ?, ?)"
        " ON CONFLICT (user_key) DO UPDATE"
        " SET route = excluded.route, updated_at = excluded.updated_at",
        (user_key, blob, at),
    )


@dataclass(frozen=True, slots=True)
class EffectWriter:
    """Apply effects for one user at one moment inside one transaction."""

    tx: Statements
    keyring: Keyring
    policy: PrivacyPolicy
    user_key: str
    session: Session
    at: int
    route: str | None = None  # "channel:route", kept with the case it opens or raises

    async def apply(self, effect: object) -> None:
        """Write what one effect asks for (`Forget` is handled by the caller)."""
        match effect:
            case Escalate():
                await self._escalate(effect)
                await self._keep_route()
            case RequestCounselor(reason=reason):
                alias = await self._ensure_case(urgency="normal", risk="none")
                await audit(self.tx, "counselor_request", reason, alias, self.at)
                await self._keep_route()
            case EndCase():
                await self._end_case()
            case RecordUnanswered():
                await self._record_unanswered(effect)
            case KeepIntake(fields=fields):
                await self._keep_intake(fields)
            case Audit(kind=kind, detail=detail):
                await audit(self.tx, kind, detail, None, self.at)

    async def _keep_route(self) -> None:
        # In the transaction that opens the case: a crash cannot leave a case she cannot be
        # reached on (a counselor's reply, the fallback).
        if self.route is not None:
            await keep_route(self.tx, self.keyring, self.user_key, self.route, self.at)

    async def _ensure_case(self, *, urgency: str, risk: str) -> str:
        found = await open_case_of(self.tx, self.user_key)
        if found is not None:
            return found[1]
        alias = await new_alias(self.tx)
        await self.tx.execute(
            "INSERT INTO cases (alias, user_key, status, urgency, risk, opened_at, updated_at)"
            " VALUES (?, ?, 'open', ?, ?, ?, ?)",
            (alias, self.user_key, urgency, risk, self.at, self.at),
        )
        return alias

    async def _escalate(self, effect: Escalate) -> None:
        alias = await self._ensure_case(urgency="urgent", risk=str(effect.risk))
        await self.tx.execute(
            "UPDATE cases SET urgency = 'urgent', risk = ?, updated_at = ? WHERE alias = ?",
            (str(effect.risk), self.at, alias),
        )
        await audit(self.tx, "risk", effect.rule_id, alias, self.at)

    async def _end_case(self) -> None:
        found = await open_case_of(self.tx, self.user_key)
        if found is None:
            return
        await close_case_row(self.tx, found[0], self.at)
        await audit(self.tx, "case_closed", "user", found[1], self.at)

    async def _record_unanswered(self, effect: RecordUnanswered) -> None:
        if self.session.under14:  # nothing beyond the session for under-14s (PIPA 22-2)
            return
        salt = os.urandom(SALT_BYTES)
        await self.tx.execute(
            "INSERT INTO unanswered (text, lang, owner_salt, owner_tag, created_at)"
            " VALUES (?, ?, ?, ?, ?)",
            (
                effect.text,
                str(effect.lang),
                salt,
                self.keyring.link_tag(self.user_key, salt),
                self.at,
            ),
        )

    async def _keep_intake(self, fields: tuple[tuple[str, str], ...]) -> None:
        # Under 14 nothing is kept: consent would have to come from a legal representative.
        kept = (
            {}
            if self.session.under14
            else {key: value for key, value in fields if key in self.policy.intake_fields}
        )
        if not kept:
            await self.tx.execute("DELETE FROM intake WHERE user_key = ?", (self.user_key,))
            return
        await self.tx.execute(
            "INSERT INTO intake (user_key, fields, updated_at) VALUES (?, ?, ?)"
            " ON CONFLICT (user_key) DO UPDATE"
            " SET fields = excluded.fields, updated_at = excluded.updated_at",
            (self.user_key, json.dumps(kept, ensure_ascii=False, sort_keys=True), self.at),
        )


async def close_case_row(tx: Statements, case_id: int, at: int) -> None:
    """Close one case (the route stays for the grace period, then purge drops it)."""
    await tx.execute(
        "UPDATE cases SET status = 'closed', closed_at = ?, updated_at = ? WHERE id = ?",
        (at, at, case_id),
    )

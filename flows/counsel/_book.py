"""The counselor domain's state in memory, and the rules the SQL triggers keep in SQLite.

Every change to a case goes through `CaseBook.change`, which does what `002_staff.sql`'s
triggers do: an event when a case opens, is raised (urgency or risk) or closes; its timers go
when it closes; its notes, mail and relay links go when it is unlinked from her.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from datetime import datetime

from flows.counsel.cases import CLOSED, OPEN, URGENT, Case, CaseEvent, Timer
from flows.errors import StoreError

# No 0/O, 1/I/L: counselors read aliases aloud and type them (as `storage._effects`).
ALIAS_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
ALIAS_PREFIX = "상담-"
MAIL_RECIPIENTS = frozenset({"user", "counselor", "staff"})


@dataclass
class CaseRow:
    """A case with what only storage sees: alert placement, revisions, the re-alert flag."""

    case: Case
    updated_at: datetime
    realert_pending: bool = False
    alert_chat: int | None = None
    alert_msg: int | None = None
    alert_rev: int = 1
    alert_done: int = 0

    def queue_key(self) -> tuple[bool, datetime, int]:
        """Urgent first, then oldest, then by id (the alert queue's order)."""
        return (self.case.urgency != URGENT, self.case.opened_at, self.case.id)


@dataclass(frozen=True, slots=True)
class Note:
    """A counselor's staff-only note on a case."""

    id: int
    case_id: int
    counselor: int
    text: str
    at: datetime


@dataclass(frozen=True, slots=True)
class Mail:
    """A message left for the terminal: 'user' (her key), 'counselor' (id) or 'staff'."""

    id: int
    recipient: str
    target: str
    user_key: str | None
    case_id: int | None
    text: str
    at: datetime


@dataclass
class CaseBook:
    """Cases, timers, events, notes, relay links, staff state, mail, routes, audit, sent ids."""

    rows: dict[int, CaseRow] = field(default_factory=dict)
    timers: dict[tuple[int, Timer], datetime] = field(default_factory=dict)
    events: list[CaseEvent] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    relay: dict[int, tuple[int, int]] = field(default_factory=dict)  # outbox id -> (case, who)
    staff: dict[int, tuple[int | None, int | None]] = field(default_factory=dict)
    mail: list[Mail] = field(default_factory=list)
    routes: dict[str, tuple[str, datetime]] = field(default_factory=dict)
    audit: list[tuple[str, str, str | None, datetime]] = field(default_factory=list)
    sent: dict[int, int] = field(default_factory=dict)  # outbox id -> platform message id
    queued: dict[int, tuple[str | None, datetime]] = field(default_factory=dict)  # owner, when
    last_id: int = 0  # events, notes and mail share one increasing id

    def new_id(self) -> int:
        """A fresh id, larger than every one before."""
        self.last_id += 1
        return self.last_id

    def row(self, case_id: int) -> CaseRow:
        """The row of a case that must exist (as a foreign key would insist)."""
        found = self.rows.get(case_id)
        if found is None:
            raise StoreError(f"no case {case_id}")
        return found

    def find(self, *, user_key: str, open_only: bool) -> list[CaseRow]:
        """Her cases, oldest first (only those not closed with `open_only`)."""
        return [
            r
            for r in self.rows.values()
            if r.case.user_key == user_key and not (open_only and r.case.status == CLOSED)
        ]

    def open_case(self, user_key: str, *, urgency: str, risk: str, now: datetime) -> CaseRow:
        """Insert a new open case with a fresh alias and claim token; record 'opened'."""
        case_id = max(self.rows, default=0) + 1
        case = Case(
            id=case_id,
            alias=self._new_alias(),
            user_key=user_key,
            status=OPEN,
            urgency=urgency,
            risk=risk,
            opened_at=now,
            claim_token=secrets.token_hex(9),
        )
        self.rows[case_id] = row = CaseRow(case, now)
        self._event(case_id, "opened", risk, None, now)
        return row

    def _new_alias(self) -> str:
        taken = {r.case.alias for r in self.rows.values()}
        for attempt in range(16):
            length = 4 if attempt < 8 else 6
            alias = ALIAS_PREFIX + "".join(secrets.choice(ALIAS_ALPHABET) for _ in range(length))
            if alias not in taken:
                return alias
        raise StoreError("could not find a free case alias; purge old cases (gyeot purge)")

    def change(self, row: CaseRow, new: Case, *, at: datetime | None = None) -> None:
        """Store the changed case (and `updated_at` when `at` is given), then fire the rules."""
        old, row.case = row.case, new
        if at is not None:
            row.updated_at = at
        if new.status != CLOSED and (new.urgency, new.risk) != (old.urgency, old.risk):
            self._event(new.id, "raised", new.risk, new.claimed_by, row.updated_at)
        if new.status == CLOSED and old.status != CLOSED:
            self._closed(row, was_claimed=old.status == "claimed")
        if new.user_key is None and old.user_key is not None:
            self._unlinked(new.id)

    def _closed(self, row: CaseRow, *, was_claimed: bool) -> None:
        case = row.case
        self.drop_timers(case.id)
        detail = "forget" if case.user_key is None else (case.closed_by or "user")
        who = case.claimed_by if was_claimed else None
        self._event(case.id, "closed", detail, who, row.updated_at)

    def _unlinked(self, case_id: int) -> None:
        self.notes = [n for n in self.notes if n.case_id != case_id]
        self.mail = [m for m in self.mail if m.case_id != case_id]
        self.relay = {o: link for o, link in self.relay.items() if link[0] != case_id}

    def delete(self, case_id: int) -> None:
        """Delete a case and what hangs on it (ON DELETE CASCADE / SET NULL)."""
        del self.rows[case_id]
        self._unlinked(case_id)
        self.drop_timers(case_id)
        self.events = [e for e in self.events if e.case_id != case_id]
        self.staff = {
            who: (None if a == case_id else a, None if r == case_id else r)
            for who, (a, r) in self.staff.items()
        }

    def drop_timers(self, case_id: int) -> None:
        """Remove every timer of one case."""
        self.timers = {k: due for k, due in self.timers.items() if k[0] != case_id}

    def _event(
        self, case_id: int, kind: str, detail: str, counselor: int | None, at: datetime
    ) -> None:
        self.events.append(CaseEvent(self.new_id(), case_id, kind, detail, counselor, at))

    def post(self, mail: Mail) -> None:
        """Keep one mail row (the recipient must be one the schema allows)."""
        if mail.recipient not in MAIL_RECIPIENTS:
            raise StoreError(f"unknown mail recipient {mail.recipient!r}")
        if mail.case_id is not None:
            self.row(mail.case_id)
        self.mail.append(mail)

    def queue(self, rows: list[CaseRow], *, limit: int) -> list[CaseRow]:
        """Rows in the alert queue's order, at most `limit`."""
        return sorted(rows, key=CaseRow.queue_key)[:limit]

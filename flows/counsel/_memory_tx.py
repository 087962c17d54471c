"""`StaffTx` in memory: what the staff desk reads and changes inside one transaction."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import datetime

from flows.counsel._book import CaseBook, Mail, Note
from flows.counsel._memory_alerts import MemoryAlerts
from flows.counsel.cases import CLAIMED, CLOSED, OPEN, Case, CaseEvent, Timer
from flows.ports import MemoryStore, OutboxMessage


class MemoryCaseTx(MemoryAlerts):
    """One staff transaction over a `CaseBook` and the session store it sits beside."""

    def __init__(self, store: MemoryStore, book: CaseBook, *, readonly: bool = False) -> None:
        """Work on `book` and `store`; a `readonly` transaction refuses every write."""
        self.store = store
        self.book = book
        self.readonly = readonly
        self.done: list[int] = []  # inbox rows marked handled here (undone on rollback)

    # ------------------------------------------------------------ reads

    async def case(self, case_id: int) -> Case | None:
        """The case with this id."""
        row = self.book.rows.get(case_id)
        return row.case if row else None

    async def case_by_alias(self, alias: str) -> Case | None:
        """The case with this alias."""
        return next((r.case for r in self.book.rows.values() if r.case.alias == alias), None)

    async def case_by_token(self, token: str) -> Case | None:
        """The case whose claim button carries this token."""
        return next((r.case for r in self.book.rows.values() if r.case.claim_token == token), None)

    async def current_case(self, user_key: str) -> Case | None:
        """Her case that is not closed."""
        found = self.book.find(user_key=user_key, open_only=True)
        return found[0].case if found else None

    async def last_case(self, user_key: str) -> Case | None:
        """Her most recent case, whatever its state."""
        found = self.book.find(user_key=user_key, open_only=False)
        return max(found, key=lambda r: r.case.id).case if found else None

    async def active_cases(self) -> list[Case]:
        """Every case not closed."""
        return [
            r.case
            for r in sorted(self.book.rows.values(), key=lambda r: r.case.id)
            if r.case.status != CLOSED
        ]

    async def claimed_by(self, counselor: int) -> list[Case]:
        """Cases this counselor holds now."""
        return [
            c
            for c in await self.active_cases()
            if c.status == CLAIMED and c.claimed_by == counselor
        ]

    async def case_by_relay(self, counselor: int, platform_message_id: int) -> Case | None:
        """The case whose message (relayed into this counselor's chat) has this message id."""
        for outbox_id, (case_id, who) in self.book.relay.items():
            if who == counselor and self.book.sent.get(outbox_id) == platform_message_id:
                return await self.case(case_id)
        return None

    async def case_of_outbox(self, outbox_id: int) -> Case | None:
        """The case whose message to a counselor this outbox row carried."""
        link = self.book.relay.get(outbox_id)
        return await self.case(link[0]) if link else None

    async def facts(self, user_key: str | None) -> tuple[str, dict[str, str]]:
        """Her language and kept intake answers (coarse codes), for alerts and the ladder."""
        if user_key is None:
            return "ko", {}
        session = self.store.sessions.get(user_key)
        lang = str(session[0].lang) if session else "ko"
        return lang, dict(self.store.intake.get(user_key, {}))

    async def route(self, user_key: str) -> str | None:
        """The way back to her chat, if kept."""
        kept = self.book.routes.get(user_key)
        return kept[0] if kept else None

    async def save_route(self, user_key: str, route: str, now: datetime) -> None:
        """Keep the way back to her chat."""
        self._write().routes[user_key] = (route, now)

    async def notes(self, case_id: int) -> list[tuple[datetime, int, str]]:
        """A case's staff notes, oldest first: (time, counselor, text)."""
        return [(n.at, n.counselor, n.text) for n in self.book.notes if n.case_id == case_id]

    async def staff_state(self, counselor: int) -> tuple[int | None, int | None]:
        """(active case id, case last relayed into her chat) of one counselor."""
        return self.book.staff.get(counselor, (None, None))

    async def has_events(self) -> bool:
        """True if case events wait to be handled."""
        return bool(self.book.events)

    async def next_due(self) -> datetime | None:
        """When the next timer comes due."""
        return min(self.book.timers.values(), default=None)

    # ------------------------------------------------------------ case changes

    async def claim(
        self, case_id: int, counselor: int, *, via: str, label: str, now: datetime
    ) -> bool:
        """Claim an open case; False if someone else was first (or it is not open)."""
        book = self._write()
        row = book.rows.get(case_id)
        if row is None or row.case.status != OPEN:
            return False
        first = row.case.first_claimed_at or now
        book.change(
            row,
            replace(
                row.case,
                status=CLAIMED,
                claimed_by=counselor,
                claimed_via=via,
                claimed_label=label[:32],
                claimed_at=now,
                first_claimed_at=first,
            ),
            at=now,
        )
        row.realert_pending, row.alert_rev = False, row.alert_rev + 1
        return True

    async def release(self, case_id: int, now: datetime) -> bool:
        """Put a claimed case back in the queue."""
        book = self._write()
        row = book.rows.get(case_id)
        if row is None or row.case.status != CLAIMED:
            return False
        book.change(
            row,
            replace(
                row.case,
                status=OPEN,
                claimed_by=None,
                claimed_via=None,
                claimed_label="",
                claimed_at=None,
            ),
            at=now,
        )
        row.realert_pending, row.alert_rev = True, row.alert_rev + 1
        return True

    async def close(self, case_id: int, outcome: str, now: datetime) -> bool:
        """Close a case from the staff side, and tell her session it is over."""
        book = self._write()
        row = book.rows.get(case_id)
        if row is None or row.case.status == CLOSED:
            return False
        row.realert_pending, row.alert_rev = False, row.alert_rev + 1
        book.change(
            row,
            replace(row.case, status=CLOSED, closed_by="staff", outcome=outcome, closed_at=now),
            at=now,
        )
        if row.case.user_key is not None:
            self._case_open(row.case.user_key, False)
        return True

    async def reopen(self, case: Case, holder: tuple[int, str, str] | None, now: datetime) -> None:
        """Reopen her staff-closed case: back to its counselor (`holder`) or to the queue."""
        book = self._write()
        row = book.row(case.id)
        counselor, via, label = holder if holder else (None, None, "")
        book.change(
            row,
            replace(
                row.case,
                status=CLAIMED if holder else OPEN,
                claimed_by=counselor,
                claimed_via=via,
                claimed_label=label,
                claimed_at=now if holder else None,
                closed_at=None,
                closed_by=None,
                outcome=None,
                fallback_at=None,
                reopened=row.case.reopened + 1,
            ),
            at=now,
        )
        row.realert_pending, row.alert_rev = holder is None, row.alert_rev + 1
        if case.user_key is not None:
            self._case_open(case.user_key, True)

    def _case_open(self, user_key: str, is_open: bool) -> None:
        saved = self.store.sessions.get(user_key)
        if saved is not None:
            state, at = saved
            self.store.sessions[user_key] = (state.model_copy(update={"case_open": is_open}), at)

    async def touch_counselor(self, case_id: int, now: datetime) -> None:
        """Record that the counselor wrote to her now."""
        row = self._write().rows.get(case_id)
        if row is not None:
            self.book.change(row, replace(row.case, counselor_at=now), at=now)

    async def mark_fallback(self, case_id: int, now: datetime) -> None:
        """Record that she was told nobody is free (she is told once per wait)."""
        row = self._write().rows.get(case_id)
        if row is not None:
            self.book.change(row, replace(row.case, fallback_at=now))
            row.alert_rev += 1

    async def mark_realert(self, case_id: int, *, count: bool = True) -> None:
        """Mention this case in the next re-alert; `count` it as a ladder step."""
        row = self._write().rows.get(case_id)
        if row is not None:
            self.book.change(row, replace(row.case, realerts=row.case.realerts + int(count)))
            row.realert_pending = True

    async def bump_alert(self, case_id: int) -> None:
        """The alert's text changed: the dispatcher edits it."""
        row = self._write().rows.get(case_id)
        if row is not None:
            row.alert_rev += 1

    # ------------------------------------------------------------ timers and events

    async def arm(self, case_id: int, timers: Mapping[Timer, datetime], *, keep: bool) -> None:
        """Set timers; with `keep`, a timer already armed keeps its (earlier) due time."""
        book = self._write()
        book.row(case_id)
        for kind, due in timers.items():
            if not (keep and (case_id, kind) in book.timers):
                book.timers[(case_id, kind)] = due

    async def disarm(self, case_id: int, *kinds: Timer) -> None:
        """Remove timers of a case (all of them when no kind is named)."""
        book = self._write()
        if not kinds:
            book.drop_timers(case_id)
        for kind in kinds:
            book.timers.pop((case_id, kind), None)

    async def take_due(self, now: datetime, *, limit: int = 100) -> list[tuple[int, Timer]]:
        """Remove and return timers due by `now`, most overdue first."""
        book = self._write()
        due = sorted((at, key) for key, at in book.timers.items() if at <= now)[:limit]
        for _, key in due:
            del book.timers[key]
        return [key for _, key in due]

    async def take_events(self, *, limit: int = 100) -> list[CaseEvent]:
        """Remove and return the oldest case events."""
        book = self._write()
        taken, book.events = book.events[:limit], book.events[limit:]
        return taken

    # ------------------------------------------------------------ notes, staff state, audit

    async def add_note(self, case_id: int, counselor: int, text: str, now: datetime) -> None:
        """Keep a staff-only note on a case."""
        book = self._write()
        book.row(case_id)
        book.notes.append(Note(book.new_id(), case_id, counselor, text, now))

    async def set_staff_state(
        self, counselor: int, now: datetime, *, active: int | None = -1, relay: int | None = -1
    ) -> None:
        """Set a counselor's active case and/or last relayed case (-1 leaves it as it is)."""
        book = self._write()
        was_active, was_relay = book.staff.get(counselor, (None, None))
        book.staff[counselor] = (
            was_active if active == -1 else active,
            was_relay if relay == -1 else relay,
        )

    async def audit(self, kind: str, detail: str, alias: str | None, now: datetime) -> None:
        """Write one content-free audit row."""
        self._write().audit.append((kind, detail, alias, now))

    async def inbox_done(self, update_id: int) -> None:
        """Mark a platform update handled in this same transaction (`AlreadyHandled` if it was)."""
        self._write()
        self.store.fence(update_id)
        if update_id in self.store.inbox:
            self.done.append(update_id)
        await self.store.inbox_done(update_id)

    # ------------------------------------------------------------ deliveries

    async def enqueue(
        self,
        route: str,
        payload: str,
        *,
        owner: str | None,
        now: datetime,
        channel: str = "telegram",
    ) -> int:
        """Queue one message on `channel`; `owner` is whose words or chat it concerns (/forget)."""
        book = self._write()
        row_id = self.store.queue(OutboxMessage(route, payload, channel), owner=owner)
        book.queued[row_id] = (owner, now)
        return row_id

    async def link_relay(self, outbox_id: int, case_id: int, counselor: int) -> None:
        """Remember that this outbox row carries her message of this case to this counselor."""
        book = self._write()
        book.row(case_id)
        book.relay[outbox_id] = (case_id, counselor)

    async def post_mail(
        self,
        recipient: str,
        target: str,
        text: str,
        *,
        user_key: str | None,
        case_id: int | None,
        now: datetime,
    ) -> int:
        """Leave a message for the terminal: 'user' (her key), 'counselor' (id) or 'staff'."""
        book = self._write()
        mail = Mail(book.new_id(), recipient, target, user_key, case_id, text, now)
        book.post(mail)
        return mail.id

    async def take_mail(self, recipient: str, target: str, *, limit: int = 50) -> list[str]:
        """Return and delete the oldest mail for one recipient."""
        book = self._write()
        mine = [m for m in book.mail if (m.recipient, m.target) == (recipient, target)][:limit]
        gone = {m.id for m in mine}
        book.mail = [m for m in book.mail if m.id not in gone]
        return [m.text for m in mine]

    async def notices_after(self, after: int, *, limit: int = 50) -> list[tuple[int, str]]:
        """Staff notices newer than `after` (several consoles may read them; not deleted)."""
        notices = [(m.id, m.text) for m in self.book.mail if m.recipient == "staff"]
        return [n for n in notices if n[0] > after][:limit]

    async def last_notice(self) -> int:
        """The id of the newest staff notice (0 if none)."""
        return max((m.id for m in self.book.mail if m.recipient == "staff"), default=0)

    async def prune_notices(self, before: datetime) -> int:
        """Delete staff notices older than `before`."""
        book = self._write()
        kept = [m for m in book.mail if not (m.recipient == "staff" and m.at < before)]
        gone, book.mail = len(book.mail) - len(kept), kept
        return gone

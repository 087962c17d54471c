"""Cases for the staff desk: reads, claims, timers, events and deliveries in one transaction.

`CaseTx` wraps one `BEGIN IMMEDIATE` transaction (`SqliteStore.staff_tx()`), so a claim, the
timers it re-arms, the messages it queues and the inbox row it answers land together. Claims
are conditional updates (`... WHERE status = 'open'`): with two counselors pressing at once
exactly one update changes a row. Her words exist only as ciphertext (outbox, mail, notes).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime

from flows.counsel import Case, CaseEvent, Timer
from storage._alerts import AlertQueries
from storage._case_rows import CASE_COLUMNS, Statements, case_from, moment
from storage._clock import EPOCH, micros
from storage._effects import close_event, keep_route
from storage._mail import Deliveries
from storage.crypto import Keyring


class CaseTx(Deliveries, AlertQueries):
    """What the staff desk may read and change, inside one transaction."""

    def __init__(self, tx: Statements, keyring: Keyring) -> None:
        """Wrap an open transaction (or a `Reader`, for reads only)."""
        self.tx = tx
        self.keyring = keyring

    # ------------------------------------------------------------ reads

    async def _one(self, where: str, params: tuple[object, ...]) -> Case | None:
        row = await self.tx.fetchone(f"SELECT {CASE_COLUMNS} FROM cases WHERE {where}", params)
        return case_from(row) if row else None

    async def _many(self, where: str, params: tuple[object, ...] = ()) -> list[Case]:
        rows = await self.tx.fetchall(f"SELECT {CASE_COLUMNS} FROM cases WHERE {where}", params)
        return [case_from(row) for row in rows]

    async def case(self, case_id: int) -> Case | None:
        """The case with this id."""
        return await self._one("id = ?", (case_id,))

    async def case_by_alias(self, alias: str) -> Case | None:
        """The case with this alias."""
        return await self._one("alias = ?", (alias,))

    async def case_by_token(self, token: str) -> Case | None:
        """The case whose claim button carries this token."""
        return await self._one("claim_token = ?", (token,))

    async def current_case(self, user_key: str) -> Case | None:
        """Her case that is not closed."""
        return await self._one("user_key = ? AND status != 'closed'", (user_key,))

    async def last_case(self, user_key: str) -> Case | None:
        """Her most recent case, whatever its state."""
        return await self._one("user_key = ? ORDER BY id DESC LIMIT 1", (user_key,))

    async def active_cases(self) -> list[Case]:
        """Every case not closed."""
        return await self._many("status != 'closed' ORDER BY id")

    async def claimed_by(self, counselor: int) -> list[Case]:
        """Cases this counselor holds now."""
        return await self._many("status = 'claimed' AND claimed_by = ? ORDER BY id", (counselor,))

    async def case_by_relay(self, counselor: int, platform_message_id: int) -> Case | None:
        """The case whose message (relayed into this counselor's chat) has this message id."""
        row = await self.tx.fetchone(
            "SELECT r.case_id FROM relay_links r JOIN outbox o ON o.id = r.outbox_id"
            " WHERE r.counselor = ? AND o.platform_message_id = ?",
            (counselor, platform_message_id),
        )
        return await self.case(int(row[0])) if row else None

    async def case_of_outbox(self, outbox_id: int) -> Case | None:
        """The case whose message to a counselor this outbox row carried."""
        row = await self.tx.fetchone(
            "SELECT case_id FROM relay_links WHERE outbox_id = ?", (outbox_id,)
        )
        return await self.case(int(row[0])) if row else None

    async def facts(self, user_key: str | None) -> tuple[str, dict[str, str]]:
        """Her language and kept intake answers (coarse codes), for alerts and the ladder."""
        if user_key is None:
            return "ko", {}
        row = await self.tx.fetchone(
            "SELECT json_extract(state, '$.lang') FROM sessions WHERE user_key = ?", (user_key,)
        )
        intake = await self.tx.fetchone(
            "SELECT fields FROM intake WHERE user_key = ?", (user_key,)
        )
        fields: dict[str, str] = json.loads(intake[0]) if intake else {}
        return (str(row[0]) if row and row[0] else "ko"), fields

    async def route(self, user_key: str) -> str | None:
        """The way back to her chat, decrypted, if kept."""
        row = await self.tx.fetchone("SELECT route FROM routes WHERE user_key = ?", (user_key,))
        if row is None:
            return None
        return self.keyring.decrypt_text(bytes(row[0]), aad=f"routes|route|{user_key}")

    async def save_route(self, user_key: str, route: str, now: datetime) -> None:
        """Keep (encrypted) the way back to her chat."""
        await keep_route(self.tx, self.keyring, user_key, route, micros(now))

    async def notes(self, case_id: int) -> list[tuple[datetime, int, str]]:
        """A case's staff notes, oldest first: (time, counselor, text)."""
        rows = await self.tx.fetchall(
            "SELECT id, created_at, counselor, body FROM case_notes WHERE case_id = ? ORDER BY id",
            (case_id,),
        )
        out = []
        for row_id, at, counselor, body in rows:
            text = self.keyring.decrypt_text(bytes(body), aad=f"case_notes|body|{row_id}")
            when = moment(at)
            assert when is not None
            out.append((when, int(counselor), text))
        return out

    async def staff_state(self, counselor: int) -> tuple[int | None, int | None]:
        """(active case id, case last relayed into her chat) of one counselor."""
        row = await self.tx.fetchone(
            "SELECT active_case, last_relay_case FROM staff_state WHERE counselor = ?",
            (counselor,),
        )
        return (row[0], row[1]) if row else (None, None)

    # ------------------------------------------------------------ case changes

    async def claim(
        self, case_id: int, counselor: int, *, via: str, label: str, now: datetime
    ) -> bool:
        """Claim an open case; False if someone else was first (or it is not open)."""
        at = micros(now)
        changed = await self.tx.execute(
            "UPDATE cases SET status = 'claimed', claimed_by = ?, claimed_via = ?,"
            " claimed_label = ?, claimed_at = ?, first_claimed_at = coalesce(first_claimed_at, ?),"
            " realert_pending = 0, alert_rev = alert_rev + 1, updated_at = ?"
            " WHERE id = ? AND status = 'open'",
            (counselor, via, label[:32], at, at, at, case_id),
        )
        return changed == 1

    async def release(self, case_id: int, now: datetime) -> bool:
        """Put a claimed case back in the queue."""
        changed = await self.tx.execute(
            "UPDATE cases SET status = 'open', claimed_by = NULL, claimed_via = NULL,"
            " claimed_label = NULL, claimed_at = NULL, realert_pending = 1,"
            " alert_rev = alert_rev + 1, updated_at = ? WHERE id = ? AND status = 'claimed'",
            (micros(now), case_id),
        )
        return changed == 1

    async def close(self, case_id: int, outcome: str, now: datetime) -> bool:
        """Close a case from the staff side, and tell her session it is over."""
        at = micros(now)
        row = await self.tx.fetchone(
            "SELECT user_key FROM cases WHERE id = ? AND status != 'closed'", (case_id,)
        )
        if row is None:
            return False
        # One statement: the `cases_closed` trigger reads closed_by from the new row.
        await self.tx.execute(
            "UPDATE cases SET status = 'closed', closed_by = 'staff', outcome = ?, closed_at = ?,"
            " updated_at = ?, realert_pending = 0, alert_rev = alert_rev + 1 WHERE id = ?",
            (outcome, at, at, case_id),
        )
        if row[0] is not None:
            await self.set_case_open(str(row[0]), False)
        return True

    async def reopen(self, case: Case, holder: tuple[int, str, str] | None, now: datetime) -> None:
        """Reopen her staff-closed case: back to its counselor (`holder`) or to the queue."""
        at = micros(now)
        counselor, via, label = holder if holder else (None, None, None)
        await self.tx.execute(
            "UPDATE cases SET status = ?, claimed_by = ?, claimed_via = ?, claimed_label = ?,"
            " claimed_at = ?, closed_at = NULL, closed_by = NULL, outcome = NULL,"
            " fallback_at = NULL, reopened = reopened + 1, realert_pending = ?,"
            " alert_rev = alert_rev + 1, updated_at = ? WHERE id = ?",
            (
                "claimed" if holder else "open",
                counselor,
                via,
                label,
                at if holder else None,
                0 if holder else 1,
                at,
                case.id,
            ),
        )
        if case.user_key is not None:
            await self.set_case_open(case.user_key, True)

    async def set_case_open(self, user_key: str, is_open: bool) -> None:
        """Set `case_open` in her saved session, so /counselor and /end fit the case."""
        await self.tx.execute(
            "UPDATE sessions SET state = json_set(state, '$.case_open', json(?))"
            " WHERE user_key = ?",
            ("true" if is_open else "false", user_key),
        )

    async def touch_counselor(self, case_id: int, now: datetime) -> None:
        """Record that the counselor wrote to her now."""
        await self.tx.execute(
            "UPDATE cases SET counselor_at = ?, updated_at = ? WHERE id = ?",
            (micros(now), micros(now), case_id),
        )

    async def mark_fallback(self, case_id: int, now: datetime) -> None:
        """Record that she was told nobody is free (she is told once per wait)."""
        await self.tx.execute(
            "UPDATE cases SET fallback_at = ?, alert_rev = alert_rev + 1 WHERE id = ?",
            (micros(now), case_id),
        )

    async def mark_realert(self, case_id: int, *, count: bool = True) -> None:
        """Mention this case in the next re-alert; `count` it as a ladder step."""
        await self.tx.execute(
            "UPDATE cases SET realert_pending = 1, realerts = realerts + ? WHERE id = ?",
            (int(count), case_id),
        )

    async def bump_alert(self, case_id: int) -> None:
        """The alert's text changed: the dispatcher edits it."""
        await self.tx.execute(
            "UPDATE cases SET alert_rev = alert_rev + 1 WHERE id = ?", (case_id,)
        )

    # ------------------------------------------------------------ timers and events

    async def arm(self, case_id: int, timers: Mapping[Timer, datetime], *, keep: bool) -> None:
        """Set timers; with `keep`, a timer already armed keeps its (earlier) due time."""
        verb = "INSERT OR IGNORE" if keep else "INSERT OR REPLACE"
        for kind, due in timers.items():
            await self.tx.execute(
                f"{verb} INTO case_timers (case_id, kind, due_at) VALUES (?, ?, ?)",
                (case_id, kind.value, micros(due)),
            )

    async def disarm(self, case_id: int, *kinds: Timer) -> None:
        """Remove timers of a case (all of them when no kind is named)."""
        if not kinds:
            await self.tx.execute("DELETE FROM case_timers WHERE case_id = ?", (case_id,))
            return
        for kind in kinds:
            await self.tx.execute(
                "DELETE FROM case_timers WHERE case_id = ? AND kind = ?", (case_id, kind.value)
            )

    async def take_due(self, now: datetime, *, limit: int = 100) -> list[tuple[int, Timer]]:
        """Remove and return timers due by `now`, most overdue first."""
        rows = await self.tx.fetchall(
            "SELECT case_id, kind FROM case_timers WHERE due_at <= ? ORDER BY due_at LIMIT ?",
            (micros(now), limit),
        )
        for case_id, kind in rows:
            await self.tx.execute(
                "DELETE FROM case_timers WHERE case_id = ? AND kind = ?", (case_id, kind)
            )
        return [(int(case_id), Timer(kind)) for case_id, kind in rows]

    async def has_events(self) -> bool:
        """True if case events wait to be handled."""
        return await self.tx.fetchone("SELECT 1 FROM case_events LIMIT 1") is not None

    async def next_due(self) -> datetime | None:
        """When the next timer comes due."""
        row = await self.tx.fetchone("SELECT min(due_at) FROM case_timers")
        return moment(row[0]) if row else None

    async def take_events(self, *, limit: int = 100) -> list[CaseEvent]:
        """Remove and return the oldest case events."""
        rows = await self.tx.fetchall(
            "SELECT id, case_id, kind, detail, counselor, created_at FROM case_events"
            " ORDER BY id LIMIT ?",
            (limit,),
        )
        if rows:
            await self.tx.execute("DELETE FROM case_events WHERE id <= ?", (rows[-1][0],))
        return [
            CaseEvent(int(r[0]), int(r[1]), str(r[2]), str(r[3]), r[4], moment(r[5]) or EPOCH)
            for r in rows
        ]

    # ------------------------------------------------------------ notes, staff state, audit

    async def add_note(self, case_id: int, counselor: int, text: str, now: datetime) -> None:
        """Keep a staff-only note (encrypted) on a case."""
        row_id = await self.tx.insert(
            "INSERT INTO case_notes (case_id, counselor, created_at) VALUES (?, ?, ?)",
            (case_id, counselor, micros(now)),
        )
        blob = self.keyring.encrypt_text(text, aad=f"case_notes|body|{row_id}")
        await self.tx.execute("UPDATE case_notes SET body = ? WHERE id = ?", (blob, row_id))

    async def set_staff_state(
        self, counselor: int, now: datetime, *, active: int | None = -1, relay: int | None = -1
    ) -> None:
        """Set a counselor's active case and/or last relayed case (-1 leaves it as it is)."""
        await self.tx.execute(
            "INSERT OR IGNORE INTO staff_state (counselor, updated_at) VALUES (?, ?)",
            (counselor, micros(now)),
        )
        if active != -1:
            await self.tx.execute(
                "UPDATE staff_state SET active_case = ?, updated_at = ? WHERE counselor = ?",
                (active, micros(now), counselor),
            )
        if relay != -1:
            await self.tx.execute(
                "UPDATE staff_state SET last_relay_case = ? WHERE counselor = ?",
                (relay, counselor),
            )

    async def audit(self, kind: str, detail: str, alias: str | None, now: datetime) -> None:
        """Write one content-free audit row."""
        await self.tx.execute(
            "INSERT INTO audit (kind, detail, case_alias, created_at) VALUES (?, ?, ?, ?)",
            (kind, detail, alias, micros(now)),
        )

    async def inbox_done(self, inbox_id: int) -> None:
        """Mark a platform update handled in this same transaction (`AlreadyHandled` if it was)."""
        await close_event(self.tx, inbox_id)

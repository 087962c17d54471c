"""`MemoryCaseStore`: the session store and the staff store in memory, the reference behaviour.

It is `flows.MemoryStore` plus the counselor domain: cases opened and raised by the engine's
effects, staff transactions (`staff_tx`, one at a time, rolled back when they raise) and the
rules SQLite keeps in triggers (`flows.counsel._book`). The contract suite holds SQLite and
PostgreSQL to it (`tests/flows/counsel/test_store_contract.py`).
"""

from __future__ import annotations

import asyncio
import contextlib
import copy
import json
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from flows.counsel._book import CaseBook, CaseRow
from flows.counsel._memory_tx import MemoryCaseTx
from flows.counsel.cases import CLOSED, URGENT, Case
from flows.model import Audit, EndCase, Escalate, Forget, Outcome, RequestCounselor, Session
from flows.ports import CaseInfo, MemoryStore, OutboxMessage, Sent

ROUTE_GRACE = timedelta(days=1)
# The Bot API deletes messages only while they are younger than 48 hours.
ERASABLE = timedelta(hours=48)
RECEIPT = (
    "sessions",
    "intake",
    "cases",
    "routes",
    "chatlog",
    "outbox",
    "unanswered",
    "transcripts",
    "relayed_copies",
)


@dataclass
class MemoryCaseStore(MemoryStore):
    """`MemoryStore` that also keeps cases for counselors (`StaffStore`)."""

    book: CaseBook = field(default_factory=CaseBook)
    route_grace: timedelta = ROUTE_GRACE
    _lock: asyncio.Lock = field(default_factory=asyncio.Lock, repr=False)
    _holder: asyncio.Task[object] | None = field(default=None, repr=False)
    _erasing: bool = field(default=False, repr=False)

    @contextlib.asynccontextmanager
    async def _exclusive(self) -> AsyncIterator[None]:
        """Hold the write lock (re-entered by the task that holds it: commit calls forget)."""
        me = asyncio.current_task()
        if self._holder is not None and self._holder is me:
            yield
            return
        async with self._lock:
            self._holder = me
            try:
                yield
            finally:
                self._holder = None

    @contextlib.asynccontextmanager
    async def staff_tx(self) -> AsyncIterator[MemoryCaseTx]:
        """One staff transaction: all of it happens, or (if it raises) none of it."""
        async with self._exclusive():
            book, sessions = copy.deepcopy(self.book), dict(self.sessions)
            inbox, outbox = dict(self.inbox), set(self.outbox)
            tx = MemoryCaseTx(self, self.book)
            try:
                yield tx
            except BaseException:
                self.book, self.sessions = book, sessions
                for row_id in tx.done:
                    self.inbox[row_id] = inbox[row_id]
                for row_id in set(self.outbox) - outbox:
                    del self.outbox[row_id]
                raise

    @contextlib.asynccontextmanager
    async def staff_read(self) -> AsyncIterator[MemoryCaseTx]:
        """Staff reads without the write lock; writes through it are refused."""
        yield MemoryCaseTx(self, self.book, readonly=True)

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
        """Commit as `MemoryStore` does, never in the middle of a staff transaction.

        `Forget(chat_messages=True)` (/erase) also deletes the copies relayed to counselors;
        `route` is kept with a case the outcome opens or raises, as the databases do.
        """
        async with self._exclusive():
            self._erasing = any(isinstance(e, Forget) and e.chat_messages for e in outcome.effects)
            try:
                await super().commit(
                    user_key,
                    outcome,
                    now=now,
                    outbox=outbox,
                    inbox_id=inbox_id,
                    transcript=transcript,
                )
                if route is not None and any(
                    isinstance(e, Escalate | RequestCounselor) for e in outcome.effects
                ):
                    self.book.routes[user_key] = (route, now)
            finally:
                self._erasing = False

    def _apply(self, user_key: str, effect: object, state: Session, now: datetime) -> None:
        match effect:
            case Escalate(risk=risk, rule_id=rule_id):
                row = self._ensure_case(user_key, URGENT, str(risk), now)
                self.book.change(row, replace(row.case, urgency=URGENT, risk=str(risk)), at=now)
                self.book.audit.append(("risk", rule_id, row.case.alias, now))
            case RequestCounselor(reason=reason):
                row = self._ensure_case(user_key, "normal", "none", now)
                self.book.audit.append(("counselor_request", reason, row.case.alias, now))
            case EndCase():
                for row in self.book.find(user_key=user_key, open_only=True):
                    self.book.change(row, replace(row.case, status=CLOSED, closed_at=now), at=now)
                    self.book.audit.append(("case_closed", "user", row.case.alias, now))
            case Audit(kind=kind, detail=detail):
                self.book.audit.append((kind, detail, None, now))
            case _:
                super()._apply(user_key, effect, state, now)

    def _ensure_case(self, user_key: str, urgency: str, risk: str, now: datetime) -> CaseRow:
        found = self.book.find(user_key=user_key, open_only=True)
        if found:
            return found[0]
        return self.book.open_case(user_key, urgency=urgency, risk=risk, now=now)

    async def case_for(self, user_key: str) -> CaseInfo | None:
        """Her case that is not closed, if any."""
        found = self.book.find(user_key=user_key, open_only=True)
        if not found:
            return None
        case = found[0].case
        return CaseInfo(case.alias, case.status, case.urgency, case.risk)

    async def forget(self, user_key: str, *, now: datetime) -> dict[str, int]:
        """Delete everything of hers; her cases are closed and unlinked, keeping the alias."""
        async with self._exclusive():
            return await self._forget(user_key, now)

    async def _forget(self, user_key: str, now: datetime) -> dict[str, int]:
        copies = self._erase_copies(user_key, now) if self._erasing else 0
        cases = self.book.find(user_key=user_key, open_only=False)
        for row in cases:
            closed_at = row.case.closed_at or now
            self.book.change(
                row, replace(row.case, user_key=None, status=CLOSED, closed_at=closed_at), at=now
            )
        routes = int(self.book.routes.pop(user_key, None) is not None)
        if user_key in self.sessions:  # her session goes, and with it her mail
            self.book.mail = [m for m in self.book.mail if m.user_key != user_key]
        hers = [k for k, queued in self.outbox.items() if queued.owner == user_key]
        counts = await super().forget(user_key, now=now)
        for row_id in hers:  # sent rows too (their platform ids), as storage deletes them
            self.outbox.pop(row_id, None)
        self.book.relay = {o: link for o, link in self.book.relay.items() if o in self.outbox}
        self.audit_rows.pop()  # its receipt: ours, in the one audit list, counts all rows
        counts.update(cases=len(cases), routes=routes, outbox=len(hers), relayed_copies=copies)
        counts = {key: counts.get(key, 0) for key in RECEIPT}
        receipt = ",".join(f"{k}={v}" for k, v in counts.items())
        self.book.audit.append(("forget", receipt, None, now))
        return counts

    def _erase_copies(self, user_key: str, now: datetime) -> int:
        """Queue deleteMessages for her relayed copies the Bot API still deletes; count them."""
        by_chat: dict[int, list[int]] = {}
        for outbox_id, (_, counselor) in self.book.relay.items():
            owner, at = self.book.queued.get(outbox_id, (None, now))
            message_id = self.book.sent.get(outbox_id)
            if owner == user_key and message_id is not None and at > now - ERASABLE:
                by_chat.setdefault(counselor, []).append(message_id)
        for counselor, ids in by_chat.items():
            for start in range(0, len(ids), 100):  # deleteMessages takes at most 100 ids
                params = {"message_ids": sorted(ids)[start : start + 100]}
                payload = json.dumps({"method": "deleteMessages", "params": params})
                self.queue(OutboxMessage(str(counselor), payload, "telegram"), owner=None)
        return sum(len(ids) for ids in by_chat.values())

    async def purge(self, *, now: datetime) -> dict[str, int]:
        """Drop what is past retention, cases and routes included."""
        async with self._exclusive():
            cut = now - timedelta(days=self.policy.retention_days)
            gone = {key for key, (_, at) in self.sessions.items() if at < cut}
            counts = await super().purge(now=now)
            self.book.mail = [m for m in self.book.mail if m.user_key not in gone]
            counts.update(self._purge_cases(now))
        return counts

    def _purge_cases(self, now: datetime) -> dict[str, int]:
        session_cut = now - timedelta(days=self.policy.retention_days)
        case_cut = now - timedelta(days=self.policy.case_retention_days)
        closed = [r for r in self.book.rows.values() if r.case.status == CLOSED]
        links = [r for r in closed if r.case.user_key is not None and r.updated_at < session_cut]
        for row in links:
            self.book.change(row, replace(row.case, user_key=None))
        old = [r.case.id for r in closed if r.updated_at < case_cut]
        for case_id in old:
            self.book.delete(case_id)
        return {"case_links": len(links), "cases": len(old), "routes": self._purge_routes(now)}

    def _purge_routes(self, now: datetime) -> int:
        cut = now - self.route_grace
        needed = {
            r.case.user_key
            for r in self.book.rows.values()
            if r.case.status != CLOSED
            or (r.case.closed_at is not None and r.case.closed_at >= cut)
        }
        old = [k for k, (_, at) in self.book.routes.items() if at < cut and k not in needed]
        for key in old:
            del self.book.routes[key]
        return len(old)

    async def outbox_sent(self, sent: Sequence[Sent], *, now: datetime) -> None:
        """Mark messages sent and keep their platform ids (a reply to a relayed copy finds it)."""
        for mark in sent:
            queued = self.outbox.get(mark.outbox_id)
            if queued is not None and queued.status == "pending" and mark.platform_id is not None:
                self.book.sent[mark.outbox_id] = mark.platform_id
        await super().outbox_sent(sent, now=now)

    async def save_route(self, user_key: str, route: str, *, now: datetime) -> None:
        """Keep the way back to her chat while a case needs it."""
        self.book.routes[user_key] = (route, now)

    async def route_for(self, user_key: str) -> str | None:
        """The way back to her chat, or None if none is kept."""
        kept = self.book.routes.get(user_key)
        return kept[0] if kept else None

    async def cases_since(self, since: datetime) -> list[Case]:
        """Cases opened at or after `since`, oldest first (for reports)."""
        rows = sorted(self.book.rows.values(), key=lambda r: (r.case.opened_at, r.case.id))
        return [r.case for r in rows if r.case.opened_at >= since]

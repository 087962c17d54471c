"""Ports the engine's callers need, with in-memory implementations beside them.

`storage/` implements the same Protocols on SQLite; `tests/storage/test_contract.py` runs one
contract suite over both. The memory versions serve tests and the `--memory` terminal chat.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Protocol

from flows.model import (
    Audit,
    EndCase,
    Escalate,
    Forget,
    KeepIntake,
    Outcome,
    RecordUnanswered,
    RequestCounselor,
    Session,
)


@dataclass(frozen=True, slots=True)
class PrivacyPolicy:
    """What may be kept and for how long; built by `bot/` from `[privacy]`."""

    intake_fields: frozenset[str] = frozenset({"weeks", "age", "region", "needs"})
    store_transcripts: bool = False
    retention_days: int = 30
    case_retention_days: int = 90
    audit_retention_days: int = 365


@dataclass(frozen=True, slots=True)
class OutboxMessage:
    """One platform call to make after the commit: where to (raw route) and what (JSON)."""

    route: str
    payload: str


@dataclass(frozen=True, slots=True)
class PendingMessage:
    """An outbox row waiting to be sent."""

    id: int
    route: str
    payload: str
    attempts: int


@dataclass(frozen=True, slots=True)
class CaseInfo:
    """A case as the engine's callers see it: alias and state, never her identity."""

    alias: str
    status: str
    urgency: str
    risk: str


class SessionStore(Protocol):
    """Load and save her session; apply an outcome's effects in the same transaction."""

    async def load(self, user_key: str) -> Session | None:
        """Return her session, or None if she is new (or was forgotten)."""

    async def commit(
        self,
        user_key: str,
        outcome: Outcome,
        *,
        now: datetime,
        outbox: Sequence[OutboxMessage] = (),
        inbox_id: int | None = None,
    ) -> None:
        """Save `outcome.next_state`, apply its effects, queue `outbox`, mark `inbox_id` done."""


class Maintenance(Protocol):
    """Erase, purge and report: the operations on data as a whole."""

    async def forget(self, user_key: str, *, now: datetime) -> dict[str, int]:
        """Delete every row that can be linked to her; return counts per table."""

    async def purge(self, *, now: datetime) -> dict[str, int]:
        """Delete what is past retention; return counts per table."""

    async def unanswered(self, *, limit: int = 20) -> list[tuple[str, int]]:
        """The most frequent redacted unanswered questions, most frequent first."""

    async def case_for(self, user_key: str) -> CaseInfo | None:
        """Her open case, if any."""


class ChatLog(Protocol):
    """Platform message ids of her chat (no content), so /erase can delete them."""

    async def log_message(self, user_key: str, message_id: int, *, now: datetime) -> None:
        """Remember one message id in her chat (hers or the bot's)."""

    async def recent_messages(self, user_key: str, *, since: datetime) -> list[int]:
        """Message ids in her chat newer than `since`, oldest first."""


class Inbox(Protocol):
    """Platform updates written down before they are acknowledged."""

    async def inbox_put(self, update_id: int, raw: str, *, now: datetime) -> bool:
        """Store an update; False if this update id was seen before."""

    async def inbox_pending(self, *, limit: int = 100) -> list[tuple[int, str]]:
        """Unhandled updates in arrival order."""

    async def inbox_done(self, update_id: int) -> None:
        """Mark an update handled without any other change (ignored updates)."""


class Outbox(Protocol):
    """Replies waiting to be sent; marked sent only after the platform accepted them."""

    async def outbox_pending(self, *, limit: int = 100) -> list[PendingMessage]:
        """Unsent messages, oldest first."""

    async def outbox_sent(self, message_id: int, *, platform_id: int | None = None) -> None:
        """Mark a message sent (and remember the platform's message id for /erase)."""

    async def outbox_failed(self, message_id: int, *, final: bool) -> None:
        """Count a failed attempt; `final` gives up on the message."""


@dataclass
class MemoryStore:
    """In-memory SessionStore, Maintenance, Inbox and Outbox for tests and trial runs."""

    policy: PrivacyPolicy = field(default_factory=PrivacyPolicy)
    sessions: dict[str, tuple[Session, datetime]] = field(default_factory=dict)
    intake: dict[str, dict[str, str]] = field(default_factory=dict)
    cases: dict[str, dict[str, str]] = field(default_factory=dict)
    unanswered_rows: list[tuple[str, str, datetime]] = field(default_factory=list)
    audit_rows: list[tuple[str, str, datetime]] = field(default_factory=list)
    inbox: dict[int, tuple[str, bool]] = field(default_factory=dict)
    outbox: dict[int, list[object]] = field(default_factory=dict)
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    async def load(self, user_key: str) -> Session | None:
        """Return her session, or None."""
        row = self.sessions.get(user_key)
        return row[0] if row else None

    async def commit(
        self,
        user_key: str,
        outcome: Outcome,
        *,
        now: datetime,
        outbox: Sequence[OutboxMessage] = (),
        inbox_id: int | None = None,
    ) -> None:
        """Save state, apply effects, queue the outbox and close the inbox row."""
        forgetting = any(isinstance(e, Forget) for e in outcome.effects)
        if forgetting:
            await self.forget(user_key, now=now)
        for effect in outcome.effects:
            self._apply(user_key, effect, now)
        if not forgetting:
            self.sessions[user_key] = (outcome.next_state, now)
        for message in outbox:
            self.outbox[next(self._ids)] = [message.route, message.payload, 0, "pending"]
        if inbox_id is not None and inbox_id in self.inbox:
            self.inbox[inbox_id] = (self.inbox[inbox_id][0], True)

    def _apply(self, user_key: str, effect: object, now: datetime) -> None:
        match effect:
            case Escalate(risk=risk, rule_id=rule_id):
                case = self.cases.setdefault(user_key, _new_case(len(self.cases)))
                case.update(urgency="urgent", risk=str(risk))
                self.audit_rows.append(("risk", rule_id, now))
            case RequestCounselor():
                self.cases.setdefault(user_key, _new_case(len(self.cases)))
                self.audit_rows.append(("counselor_request", "", now))
            case EndCase():
                if user_key in self.cases:
                    self.cases[user_key]["status"] = "closed"
            case RecordUnanswered(text=text, lang=lang):
                self.unanswered_rows.append((text, str(lang), now))
            case KeepIntake(fields=fields):
                kept = {k: v for k, v in fields if k in self.policy.intake_fields}
                self.intake[user_key] = kept
            case Audit(kind=kind, detail=detail):
                self.audit_rows.append((kind, detail, now))

    async def forget(self, user_key: str, *, now: datetime) -> dict[str, int]:
        """Delete her session, intake and case."""
        counts = {
            "sessions": int(self.sessions.pop(user_key, None) is not None),
            "intake": int(self.intake.pop(user_key, None) is not None),
            "cases": int(self.cases.pop(user_key, None) is not None),
        }
        self.audit_rows.append(("forget", ",".join(f"{k}={v}" for k, v in counts.items()), now))
        return counts

    async def purge(self, *, now: datetime) -> dict[str, int]:
        """Drop sessions and questions older than retention."""
        cutoff = now - timedelta(days=self.policy.retention_days)
        old = [k for k, (_, at) in self.sessions.items() if at < cutoff]
        for key in old:
            self.sessions.pop(key)
            self.intake.pop(key, None)
        before = len(self.unanswered_rows)
        self.unanswered_rows = [r for r in self.unanswered_rows if r[2] >= cutoff]
        return {"sessions": len(old), "unanswered": before - len(self.unanswered_rows)}

    async def unanswered(self, *, limit: int = 20) -> list[tuple[str, int]]:
        """Most frequent redacted questions."""
        return Counter(text for text, _, _ in self.unanswered_rows).most_common(limit)

    async def case_for(self, user_key: str) -> CaseInfo | None:
        """Her open case, if any."""
        case = self.cases.get(user_key)
        if case is None or case["status"] == "closed":
            return None
        return CaseInfo(case["alias"], case["status"], case["urgency"], case["risk"])

    async def inbox_put(self, update_id: int, raw: str, *, now: datetime) -> bool:
        """Store an update once."""
        if update_id in self.inbox:
            return False
        self.inbox[update_id] = (raw, False)
        return True

    async def inbox_pending(self, *, limit: int = 100) -> list[tuple[int, str]]:
        """Unhandled updates in id order."""
        pending = sorted((k, raw) for k, (raw, done) in self.inbox.items() if not done)
        return pending[:limit]

    async def inbox_done(self, update_id: int) -> None:
        """Mark an update handled."""
        if update_id in self.inbox:
            self.inbox[update_id] = (self.inbox[update_id][0], True)

    async def outbox_pending(self, *, limit: int = 100) -> list[PendingMessage]:
        """Unsent messages in order."""
        rows = [
            PendingMessage(k, str(v[0]), str(v[1]), int(str(v[2])))
            for k, v in sorted(self.outbox.items())
            if v[3] == "pending"
        ]
        return rows[:limit]

    async def outbox_sent(self, message_id: int, *, platform_id: int | None = None) -> None:
        """Mark a message sent."""
        self.outbox[message_id][3] = "sent"

    async def outbox_failed(self, message_id: int, *, final: bool) -> None:
        """Count a failure; give up when final."""
        row = self.outbox[message_id]
        row[2] = int(str(row[2])) + 1
        if final:
            row[3] = "failed"


def _new_case(n: int) -> dict[str, str]:
    return {"alias": f"상담-M{n:03d}", "status": "open", "urgency": "normal", "risk": "none"}

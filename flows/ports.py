"""Ports the engine's callers need, with in-memory implementations beside them.

`storage/` implements the same Protocols on SQLite; `tests/storage/test_contract.py` runs one
contract suite over both. The memory versions serve tests and the `--memory` terminal chat.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Protocol

from flows.errors import AlreadyHandled
from flows.given import GivenLeases
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
from flows.redact import redact


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
    """One message to deliver after the commit: where to (channel, raw route) and what (JSON).

    A route is opaque outside its channel (a Telegram chat id, a web session, a Kakao user);
    the store keeps it encrypted.
    """

    route: str
    payload: str
    channel: str = "telegram"


@dataclass(frozen=True, slots=True)
class PendingMessage:
    """An outbox row waiting to be sent."""

    id: int
    route: str
    payload: str
    attempts: int
    channel: str = "telegram"


@dataclass(frozen=True, slots=True)
class Received:
    """A platform event to write down before it is acknowledged.

    `event_key` is the platform's id of the event (unique within `channel`; a repeat is
    skipped). `message_id`, her message's platform id, joins `user_key`'s chat log (for
    /erase) in the same transaction. `earlier_keys` are the keys an earlier copy of the same
    event would have been stored under (a platform without event ids, such as KakaoTalk,
    keys a retry by the second it came in): if one is in the inbox, this is a repeat too.
    """

    channel: str
    event_key: str
    raw: str
    user_key: str | None = None
    message_id: int | None = None
    conv: str | None = None  # the conversation's pseudonym: one process at a time handles it
    earlier_keys: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class InboxRow:
    """An inbox row waiting to be handled: our id, its channel and the reduced event."""

    id: int
    channel: str
    raw: str


@dataclass(frozen=True, slots=True)
class Sent:
    """An outbox row the platform accepted; `platform_id` joins `user_key`'s chat log."""

    outbox_id: int
    platform_id: int | None = None
    user_key: str | None = None


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

        `transcript` is her message, already redacted; it is kept (encrypted) only when the
        policy's `store_transcripts` is on, never for a user under 14, never when forgetting.
        `route` ("channel:route") is kept, encrypted, in the same transaction when an effect
        opens or raises her case (a store without cases ignores it).
        """


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
    """Platform message ids of her chat (no content), so /erase can delete them.

    Ids are written with the update that carried hers (`Inbox.inbox_put`) and with the mark
    that the bot's reply was accepted (`Outbox.outbox_sent`).
    """

    async def recent_messages(self, user_key: str, *, since: datetime) -> list[int]:
        """Message ids in her chat newer than `since`, oldest first."""


class Inbox(Protocol):
    """Platform events written down before they are acknowledged."""

    async def inbox_put(self, updates: Sequence[Received], *, now: datetime) -> list[int]:
        """Store events in one transaction; return the ids of the new rows (repeats skipped)."""

    async def inbox_pending(self, *, limit: int = 100) -> list[InboxRow]:
        """Unhandled events in arrival order."""

    async def inbox_claim(
        self, holder: str, *, now: datetime, lease: timedelta, limit: int = 100
    ) -> list[InboxRow]:
        """Unhandled events for `holder` to handle, in order: those no other live process holds.

        With one process (memory, SQLite) that is every unhandled event.
        """

    async def inbox_is_done(self, inbox_id: int) -> bool:
        """True once an event was handled (or is unknown)."""

    async def inbox_done(self, inbox_id: int) -> None:
        """Mark an event handled without any other change (ignored events)."""


class Outbox(Protocol):
    """Replies waiting to be sent; marked sent only after the platform accepted them."""

    async def outbox_pending(
        self, *, limit: int = 100, channels: Collection[str] | None = None
    ) -> list[PendingMessage]:
        """Unsent messages, oldest first; only those of `channels` when given."""

    async def outbox_claim(
        self,
        holder: str,
        *,
        now: datetime,
        lease: timedelta,
        limit: int = 100,
        channels: Collection[str] | None = None,
    ) -> list[PendingMessage]:
        """Unsent messages for `holder` to send, oldest first (one process: every one)."""

    async def outbox_for(
        self, channel: str, route: str, *, after: int = 0, limit: int = 50
    ) -> list[PendingMessage]:
        """Unsent messages to one conversation (channels that cannot push), oldest first."""

    async def outbox_take(
        self,
        channel: str,
        route: str,
        holder: str,
        *,
        now: datetime,
        lease: timedelta,
        limit: int = 50,
    ) -> list[PendingMessage]:
        """`outbox_for`'s messages for `holder` to give in an answer, leased until `now + lease`.

        Another holder is not given a message while its lease lives; `holder` is given it
        again. A message not marked sent (`outbox_sent`) is given again once its lease ran
        out, so an answer that never reached her is not lost (KakaoTalk, several processes).
        """

    async def outbox_sent(self, sent: Sequence[Sent], *, now: datetime) -> None:
        """Mark messages sent in one transaction and log their platform ids for /erase."""

    async def outbox_failed(self, message_id: int, *, final: bool) -> None:
        """Count a failed attempt; `final` gives up on the message."""


@dataclass
class _Case:
    alias: str
    status: str = "open"
    urgency: str = "normal"
    risk: str = "none"


@dataclass
class _Queued:
    route: str
    payload: str
    owner: str
    channel: str = "telegram"
    attempts: int = 0
    status: str = "pending"


@dataclass
class MemoryStore:
    """In-memory SessionStore, Maintenance, ChatLog, Inbox and Outbox for tests and trial runs."""

    policy: PrivacyPolicy = field(default_factory=PrivacyPolicy)
    sessions: dict[str, tuple[Session, datetime]] = field(default_factory=dict)
    intake: dict[str, dict[str, str]] = field(default_factory=dict)
    cases: dict[str, _Case] = field(default_factory=dict)
    unanswered_rows: list[tuple[str, str, datetime, str]] = field(default_factory=list)
    audit_rows: list[tuple[str, str, datetime]] = field(default_factory=list)
    chatlog: dict[str, dict[int, datetime]] = field(default_factory=dict)
    transcripts: dict[str, list[tuple[str, str, datetime]]] = field(default_factory=dict)
    inbox: dict[int, tuple[str, str, bool]] = field(default_factory=dict)
    inbox_keys: set[tuple[str, str]] = field(default_factory=set)
    outbox: dict[int, _Queued] = field(default_factory=dict)
    given: GivenLeases = field(default_factory=GivenLeases)
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    async def healthy(self) -> bool:
        """Always: memory answers."""
        return True

    async def load(self, user_key: str) -> Session | None:
        """Return her session, or None."""
        row = self.sessions.get(user_key)
        return row[0] if row else None

    async def commit(  # noqa: PLR0913 - the event, how to render and store it, and where she is
        self,
        user_key: str,
        outcome: Outcome,
        *,
        now: datetime,
        outbox: Sequence[OutboxMessage] = (),
        inbox_id: int | None = None,
        transcript: str | None = None,
        route: str | None = None,  # no cases here (MemoryCaseStore keeps it)
    ) -> None:
        """Save state, apply effects, keep the transcript line, queue the outbox, close inbox."""
        if inbox_id is not None:
            self.fence(inbox_id)
        forgetting = any(isinstance(e, Forget) for e in outcome.effects)
        if forgetting:
            await self.forget(user_key, now=now)
        for effect in outcome.effects:
            self._apply(user_key, effect, outcome.next_state, now)
        if not forgetting:
            self.sessions[user_key] = (outcome.next_state, now)
            self._keep(user_key, transcript, "her", outcome.next_state, now)
        owner = None if forgetting else user_key
        for message in outbox:
            self.queue(message, owner=owner)
        if inbox_id is not None:
            await self.inbox_done(inbox_id)

    def queue(self, message: OutboxMessage, *, owner: str | None) -> int:
        """Queue one message (`owner`: whose chat it concerns, for /forget); return its id."""
        row_id = next(self._ids)
        self.outbox[row_id] = _Queued(message.route, message.payload, owner or "", message.channel)
        return row_id

    def _keep(
        self, user_key: str, text: str | None, speaker: str, state: Session, now: datetime
    ) -> bool:
        if state.under14:
            self.transcripts.pop(user_key, None)
            self.intake.pop(user_key, None)
            return False
        if text is None or not self.policy.store_transcripts or not redact(text):
            return False
        self.transcripts.setdefault(user_key, []).append((speaker, redact(text)[:4000], now))
        return True

    async def add_transcript(
        self, user_key: str, text: str, *, speaker: str = "counselor", now: datetime
    ) -> bool:
        """Keep one relayed line if transcripts are on and she has a session."""
        row = self.sessions.get(user_key)
        return row is not None and self._keep(user_key, text, speaker, row[0], now)

    async def transcript(self, user_key: str, *, limit: int = 50) -> list[tuple[str, str]]:
        """Her last `limit` kept lines as (speaker, redacted text), oldest first."""
        return [(who, text) for who, text, _ in self.transcripts.get(user_key, [])[-limit:]]

    def _open_case(self, user_key: str) -> _Case:
        case = self.cases.get(user_key)
        if case is None or case.status == "closed":
            case = _Case(alias=f"상담-M{next(self._ids):03d}")
            self.cases[user_key] = case
        return case

    def _apply(self, user_key: str, effect: object, state: Session, now: datetime) -> None:
        match effect:
            case Escalate(risk=risk, rule_id=rule_id):
                case = self._open_case(user_key)
                case.urgency, case.risk = "urgent", str(risk)
                self.audit_rows.append(("risk", rule_id, now))
            case RequestCounselor():
                self._open_case(user_key)
                self.audit_rows.append(("counselor_request", "", now))
            case EndCase():
                if user_key in self.cases:
                    self.cases[user_key].status = "closed"
            case RecordUnanswered(text=text, lang=lang) if not state.under14:
                self.unanswered_rows.append((text, str(lang), now, user_key))
            case KeepIntake(fields=fields):
                kept = {k: v for k, v in fields if k in self.policy.intake_fields}
                if kept and not state.under14:
                    self.intake[user_key] = kept
                else:
                    self.intake.pop(user_key, None)
            case Audit(kind=kind, detail=detail):
                self.audit_rows.append((kind, detail, now))

    async def forget(self, user_key: str, *, now: datetime) -> dict[str, int]:
        """Delete everything linked to her; count what went."""
        mine = [k for k, q in self.outbox.items() if q.owner == user_key and q.status == "pending"]
        for key in mine:
            del self.outbox[key]
        before = len(self.unanswered_rows)
        self.unanswered_rows = [r for r in self.unanswered_rows if r[3] != user_key]
        counts = {
            "sessions": int(self.sessions.pop(user_key, None) is not None),
            "intake": int(self.intake.pop(user_key, None) is not None),
            "cases": int(self.cases.pop(user_key, None) is not None),
            "chatlog": len(self.chatlog.pop(user_key, {})),
            "outbox": len(mine),
            "unanswered": before - len(self.unanswered_rows),
            "transcripts": len(self.transcripts.pop(user_key, [])),
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
        lines = 0
        for key, kept in list(self.transcripts.items()):
            fresh = [line for line in kept if line[2] >= cutoff]
            lines += len(kept) - len(fresh)
            if fresh:
                self.transcripts[key] = fresh
            else:
                del self.transcripts[key]
        return {
            "sessions": len(old),
            "unanswered": before - len(self.unanswered_rows),
            "transcripts": lines,
        }

    async def unanswered(self, *, limit: int = 20) -> list[tuple[str, int]]:
        """Most frequent redacted questions."""
        return Counter(row[0] for row in self.unanswered_rows).most_common(limit)

    async def case_for(self, user_key: str) -> CaseInfo | None:
        """Her open case, if any."""
        case = self.cases.get(user_key)
        if case is None or case.status == "closed":
            return None
        return CaseInfo(case.alias, case.status, case.urgency, case.risk)

    def _log(self, user_key: str | None, message_id: int | None, now: datetime) -> None:
        if user_key and message_id is not None:
            self.chatlog.setdefault(user_key, {}).setdefault(message_id, now)

    async def recent_messages(self, user_key: str, *, since: datetime) -> list[int]:
        """Message ids newer than `since`, oldest first."""
        log = self.chatlog.get(user_key, {})
        return [m for m, at in sorted(log.items(), key=lambda kv: (kv[1], kv[0])) if at > since]

    async def inbox_put(self, updates: Sequence[Received], *, now: datetime) -> list[int]:
        """Store each event once, logging her message id; return the new row ids."""
        new: list[int] = []
        for update in updates:
            keys = {(update.channel, k) for k in (update.event_key, *update.earlier_keys)}
            if keys & self.inbox_keys:
                continue
            self.inbox_keys.add((update.channel, update.event_key))
            row_id = next(self._ids)
            self.inbox[row_id] = (update.channel, update.raw, False)
            self._log(update.user_key, update.message_id, now)
            new.append(row_id)
        return new

    async def inbox_pending(self, *, limit: int = 100) -> list[InboxRow]:
        """Unhandled events in id order."""
        pending = [
            InboxRow(k, channel, raw)
            for k, (channel, raw, done) in sorted(self.inbox.items())
            if not done
        ]
        return pending[:limit]

    async def inbox_claim(
        self, holder: str, *, now: datetime, lease: timedelta, limit: int = 100
    ) -> list[InboxRow]:
        """One process: every unhandled event is this holder's."""
        return await self.inbox_pending(limit=limit)

    async def inbox_is_done(self, inbox_id: int) -> bool:
        """True once handled (or unknown)."""
        row = self.inbox.get(inbox_id)
        return row is None or row[2]

    def fence(self, inbox_id: int) -> None:
        """Raise `AlreadyHandled` if the event is stored and was handled: no commit for it."""
        row = self.inbox.get(inbox_id)
        if row is not None and row[2]:
            raise AlreadyHandled("another process handled this event first")

    async def inbox_done(self, inbox_id: int) -> None:
        """Mark an event handled."""
        if inbox_id in self.inbox:
            self.inbox[inbox_id] = (self.inbox[inbox_id][0], "", True)

    async def outbox_pending(
        self, *, limit: int = 100, channels: Collection[str] | None = None
    ) -> list[PendingMessage]:
        """Unsent messages in order."""
        rows = [
            PendingMessage(k, q.route, q.payload, q.attempts, q.channel)
            for k, q in sorted(self.outbox.items())
            if q.status == "pending" and (channels is None or q.channel in channels)
        ]
        return rows[:limit]

    async def outbox_claim(
        self,
        holder: str,
        *,
        now: datetime,
        lease: timedelta,
        limit: int = 100,
        channels: Collection[str] | None = None,
    ) -> list[PendingMessage]:
        """One process: every unsent message is this holder's."""
        return await self.outbox_pending(limit=limit, channels=channels)

    async def outbox_for(
        self, channel: str, route: str, *, after: int = 0, limit: int = 50
    ) -> list[PendingMessage]:
        """Unsent messages to one conversation, oldest first."""
        rows = [
            PendingMessage(k, q.route, q.payload, q.attempts, q.channel)
            for k, q in sorted(self.outbox.items())
            if q.status == "pending" and k > after and (q.channel, q.route) == (channel, route)
        ]
        return rows[:limit]

    async def outbox_take(
        self,
        channel: str,
        route: str,
        holder: str,
        *,
        now: datetime,
        lease: timedelta,
        limit: int = 50,
    ) -> list[PendingMessage]:
        """Her unsent messages no other holder's live lease holds, leased to `holder`."""
        rows = await self.outbox_for(channel, route, limit=limit)
        return self.given.take(rows, holder, now=now, lease=lease)

    async def outbox_sent(self, sent: Sequence[Sent], *, now: datetime) -> None:
        """Mark messages sent (ignored if erased meanwhile) and log their ids."""
        for mark in sent:
            queued = self.outbox.get(mark.outbox_id)
            if queued is not None and queued.status == "pending":
                queued.status = "sent"
                self._log(mark.user_key, mark.platform_id, now)

    async def outbox_failed(self, message_id: int, *, final: bool) -> None:
        """Count a failure; give up when final."""
        queued = self.outbox.get(message_id)
        if queued is not None:
            queued.attempts += 1
            if final:
                queued.status = "failed"

"""Handle stored events of every channel: per person in order, people concurrently, once each.

Rows come from the inbox (each channel writes her reduced event there before acknowledging
it). A row is handled in the same transaction that saves her new state and queues the
replies (`Conversation.handle(..., inbox_id=...)`), so a crash either re-handles it or has
done it, never half. A channel that answers inside the request (KakaoTalk) waits for its row
with `handled()`.

A channel that stored her event in this process hands it over with `take()` instead of waking
a scan (`Store.inbox_take` leased it to this process on PostgreSQL). That keeps her events in
order only if no older event of hers waits in the inbox unqueued, so `take()` queues a row
only while every scan since the last "gap" was complete. A gap is anything that may leave
such a row: the start (rows from before), a lane that ended without finishing its rows, a
row stored but not taken. Until a complete scan that began after the gap, rows go the slow
way (a scan). A crash at any point loses nothing: the row is in the inbox before it is
taken, and its done mark commits with her new state.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import os
import secrets
import socket
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from bot.channels.base import Keyring
from bot.channels.inbound import Inbound, decode_inbound
from bot.channels.lanes import Lanes
from bot.channels.render import Render, Renderer
from bot.errors import guarded, wait_any
from flows import (
    AlreadyHandled,
    ChatLog,
    Event,
    Inbox,
    InboxRow,
    Outcome,
    Received,
    Reply,
    SessionStore,
    Text,
    Unsupported,
    utcnow,
)
from flows.counsel import HerMessage

logger = logging.getLogger(__name__)

ERASE_WINDOW = dt.timedelta(hours=48)  # Bot API: older messages cannot be deleted
CLAIM_LEASE = dt.timedelta(seconds=15)  # renewed at every scan (each second) while it lives


class Handler(Protocol):
    """Handle one event of one person and commit it (`flows.Conversation`)."""

    async def handle(
        self,
        user_key: str,
        event: Event,
        *,
        lang_hint: str | None = None,
        render: Render | None = None,
        inbox_id: int | None = None,
        route: str | None = None,
    ) -> Outcome:
        """Handle the event, commit state, outbox, inbox mark (and her route with a case)."""
        ...


class Relay(Protocol):
    """Her conversation with the staff relay (`flows.counsel.RelayingConversation`)."""

    async def handle(  # noqa: PLR0913 - the event, how to render and store it, and where she is
        self,
        user_key: str,
        event: Event,
        *,
        lang_hint: str | None = None,
        render: Render | None = None,
        inbox_id: int | None = None,
        message: HerMessage | None = None,
        route: str | None = None,
    ) -> Outcome:
        """Handle one event of hers (relaying it to a counselor who holds her case)."""
        ...


class Intake(Protocol):
    """What the processor needs from a channel besides rendering."""

    renderer: Renderer

    async def acknowledge(self, inbound: Inbound) -> None:
        """Tell the platform the event was seen (Telegram: stop a button's spinner)."""
        ...

    async def apologise(self, inbound: Inbound, lang: str | None) -> None:
        """Tell her something went wrong, outside the store (it may be what failed)."""
        ...


@runtime_checkable
class Claims(Protocol):
    """A store that stores her event and holds it for this process (`SqliteStore`, `PgStore`)."""

    async def inbox_take(
        self, update: Received, holder: str, *, now: dt.datetime, lease: dt.timedelta
    ) -> tuple[int, bool] | None:
        """Store one event; (id, held by `holder`), or None for an event seen before."""
        ...


@runtime_checkable
class Handoff(Protocol):
    """A channel that hands its stored rows to the processor (`take`) and waits for them."""

    def attach(self, processor: InboxProcessor) -> None:
        """Keep the processor."""
        ...


class StaffRows(Protocol):
    """Counselors' updates in the inbox (`bot.tg.staff.StaffUpdates`)."""

    def owns(self, raw: str) -> bool:
        """True for a row that is a staff update."""
        ...

    def handle(self, inbox_id: int, raw: str) -> Awaitable[None]:
        """Handle it, marking the inbox row done with its effects."""
        ...


class Store(Inbox, ChatLog, SessionStore, Protocol):
    """The inbox and chat log the processor reads; sessions for the flood notice."""


def holder_id() -> str:
    """This process among those sharing a database: host, pid and a random part."""
    return f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(4)}"


@dataclass(frozen=True, slots=True)
class Flood:
    """How one person's flood is met: crisis first, the backlog coalesced with one notice.

    `is_crisis(text)` is triage; `notice(lang)` the kind "I am reading slowly" line. While
    more than `backlog` of her messages wait behind the one being handled, plain texts are
    marked handled without an answer of their own (one notice per flood instead); crisis
    messages jump the queue and are never skipped, nor are buttons and commands.
    """

    is_crisis: Callable[[str], bool]
    notice: Callable[[str], str]
    backlog: int = 4


@dataclass(frozen=True, slots=True)
class Hooks:
    """What the processor calls besides the conversation.

    `on_outbox(channel, route)` wakes whoever delivers after each handled event; `staff` handles
    counselors' rows; `relay` (her conversation with the staff relay) gets her message to copy
    to a counselor; `flood` puts crisis messages first and coalesces a flood.
    """

    on_outbox: Callable[[str, str], None] = lambda channel, route: None
    staff: StaffRows | None = None
    relay: Relay | None = None
    flood: Flood | None = None


class InboxProcessor:
    """Handle stored events of every channel; each exactly once, each person in order."""

    def __init__(
        self,
        *,
        store: Store,
        conversation: Handler,
        keyring: Keyring,
        intakes: Mapping[str, Intake],
        hooks: Hooks | None = None,
        clock: Callable[[], dt.datetime] = utcnow,
    ) -> None:
        """Hold collaborators; `intakes` maps a channel name to its adapter."""
        self._slowed: set[tuple[str, str]] = set()
        self.store = store
        self.conversation = conversation
        self.keyring = keyring
        self.intakes = intakes
        self.hooks = hooks or Hooks()
        self.flood = self.hooks.flood
        self.clock = clock
        self.poll_interval = 1.0
        self.attempts = 3
        self.retry_delay = 0.5
        self._wake = asyncio.Event()
        self._lanes: Lanes[tuple[str, str], InboxRow] = Lanes(self._row)
        self._waiters: dict[int, asyncio.Future[None]] = {}
        self._gaps = 1  # gaps so far (the start is one)
        self._seen = 0  # gaps a complete scan has covered
        self.holder = holder_id()
        for intake in intakes.values():
            if isinstance(intake, Handoff):
                intake.attach(self)

    def wake(self) -> None:
        """Look at the inbox now rather than at the next poll."""
        self._wake.set()

    async def run(self, stop: asyncio.Event) -> None:
        """Handle events until `stop` is set, then finish what is being handled."""
        while not stop.is_set():
            await guarded("inbox scan", self.drain_once())
            await wait_any(self._wake, stop, self.poll_interval)
            self._wake.clear()
        await self.idle()

    async def drain_once(self) -> int:
        """Queue every unhandled row not already queued; return how many were queued."""
        gaps, limit, found = self._gaps, len(self._lanes) + 100, [0]
        rows = await self._lanes.fresh(self._scan(limit, found), _row_id)
        queued = 0
        for row in rows:
            lane = await self._lane_of(row)
            if lane is not None and self._lanes.push(lane[0], row.id, row, urgent=lane[1]):
                queued += 1
        if found[0] < limit:  # it saw every unhandled row stored before it began
            self._seen = max(self._seen, gaps)
        return queued

    async def hand_over(self, update: Received) -> int | None:
        """Store her event and queue it here at once, or leave it to a scan; None: a repeat.

        The row is in the inbox before it is queued, so a crash at any point leaves it there.
        """
        if not isinstance(self.store, Claims):  # the memory store: the scan finds it
            ids = await self.store.inbox_put([update], now=self.clock())
            self.wake()
            return ids[0] if ids else None
        taken = await self.store.inbox_take(
            update, self.holder, now=self.clock(), lease=CLAIM_LEASE
        )
        if taken is None:
            return None
        row_id, held = taken
        if not held:  # another process may hold an earlier row of hers: a scan decides
            self.wake()
        else:
            self.take(InboxRow(row_id, update.channel, update.raw))
        return row_id

    def take(self, row: InboxRow) -> bool:
        """Queue a row this process just stored and holds, without a scan; False if not now.

        Not now (the next scan queues it) while an older row may wait unqueued (see the
        module doc); the row then counts as a gap itself, and a scan is asked for.
        """
        inbound = None
        if self._seen == self._gaps:
            try:
                inbound = decode_inbound(row.raw)
            except ValueError:
                inbound = None
        if inbound is None:
            self._gaps += 1
            self.wake()
            return False
        lane = (inbound.channel, inbound.user)
        urgent = self._lanes.waiting(lane) > 0 and self._crisis(inbound)
        self._lanes.push(lane, row.id, row, urgent=urgent)
        return True

    async def _scan(self, limit: int, found: list[int]) -> list[InboxRow]:
        """Unhandled rows this process may handle (several may share a PostgreSQL store)."""
        rows = await self.store.inbox_claim(
            self.holder, now=self.clock(), lease=CLAIM_LEASE, limit=limit
        )
        found[0] = len(rows)
        return rows

    async def _lane_of(self, row: InboxRow) -> tuple[tuple[str, str], bool] | None:
        """The row's lane (her channel and id) and whether it is a crisis message."""
        staff = self.hooks.staff
        if staff is not None and staff.owns(row.raw):
            return ("staff", ""), False  # counselors' updates: one lane, in order
        try:
            inbound = decode_inbound(row.raw)
        except ValueError:
            logger.error("inbox row in an unknown format, skipped")  # noqa: TRY400
            await self.store.inbox_done(row.id)
            return None
        lane = (inbound.channel, inbound.user)
        # Only a backlog can hold a crisis back: triage here only when her lane is busy.
        return lane, self._lanes.waiting(lane) > 0 and self._crisis(inbound)

    def _crisis(self, inbound: Inbound) -> bool:
        event = inbound.event
        return (
            self.flood is not None and isinstance(event, Text) and self.flood.is_crisis(event.text)
        )

    def tasks(self) -> list[asyncio.Task[None]]:
        """The running per-person tasks (tests cancel them to simulate a crash)."""
        return self._lanes.tasks()

    @property
    def busy(self) -> bool:
        """True while any conversation's lane has work."""
        return self._lanes.busy

    async def idle(self) -> None:
        """Return when every queued event has been handled (for tests and shutdown)."""
        await self._lanes.idle()

    async def handled(self, inbox_id: int, *, timeout: float) -> bool:
        """Wait until row `inbox_id` is handled (here or by another process); False on timeout."""
        loop = asyncio.get_running_loop()
        done = self._waiters.get(inbox_id)
        if done is None:
            done = self._waiters[inbox_id] = loop.create_future()
        deadline = loop.time() + timeout
        try:
            while (left := deadline - loop.time()) > 0:
                await asyncio.wait((done,), timeout=min(left, 0.5))
                if done.done() or await self.store.inbox_is_done(inbox_id):
                    return True
            return False
        finally:
            self._waiters.pop(inbox_id, None)

    async def _row(self, row: InboxRow) -> None:
        finished = False
        try:
            staff = self.hooks.staff
            if staff is not None and staff.owns(row.raw):
                await self._staff_row(staff, row)
            else:
                await self._handle_row(row.id, decode_inbound(row.raw))
            finished = True
        finally:
            if not finished:  # her lane ends here: rows behind this one wait unqueued
                self._gaps += 1
            waiter = self._waiters.get(row.id)
            if waiter is not None and not waiter.done():
                waiter.set_result(None)

    async def _staff_row(self, staff: StaffRows, row: InboxRow) -> None:
        """Hand a counselor's update to the staff side, retrying a little."""
        for attempt in range(self.attempts):
            ok, _ = await guarded("staff update", _once(staff.handle(row.id, row.raw)))
            if ok:
                break
            await asyncio.sleep(self.retry_delay * 2**attempt)
        else:  # never block the counselor's next message behind a broken one
            await guarded("inbox done", self.store.inbox_done(row.id))
        self.hooks.on_outbox("telegram", "")

    async def _handle_row(self, inbox_id: int, inbound: Inbound) -> None:
        """Handle one event, retrying a little; on failure apologise and mark it done."""
        intake = self.intakes.get(inbound.channel)
        if intake is None:
            logger.warning("inbox row of a channel that is switched off, skipped")
            await self.store.inbox_done(inbox_id)
            return
        await guarded("acknowledge", intake.acknowledge(inbound))
        if inbound.event is None:
            await self.store.inbox_done(inbox_id)
            return
        if await self._coalesced(inbox_id, inbound, intake):
            return
        for attempt in range(self.attempts):
            ok, _ = await guarded("event handling", _once(self._handle(inbox_id, inbound, intake)))
            if ok:
                self.hooks.on_outbox(inbound.channel, inbound.route)
                return
            await asyncio.sleep(self.retry_delay * 2**attempt)
        await guarded("apology", intake.apologise(inbound, inbound.lang_hint))
        await self.store.inbox_done(inbox_id)

    async def _coalesced(self, inbox_id: int, inbound: Inbound, intake: Intake) -> bool:
        """In a flood, mark a plain text handled without its own answer; True if so."""
        lane = (inbound.channel, inbound.user)
        flood = self.flood
        waiting = self._lanes.waiting(lane)
        if flood is None or waiting <= flood.backlog:
            if waiting == 0:
                self._slowed.discard(lane)
            return False
        if not isinstance(inbound.event, Text) or self._crisis(inbound):
            return False
        key = self.keyring.user_key(inbound.channel, inbound.user)
        if lane in self._slowed:
            await self.store.inbox_done(inbox_id)
            return True
        state = await self.store.load(key)
        if state is None:
            return False  # her first message is answered, however many follow it
        self._slowed.add(lane)
        outcome = Outcome((Reply(flood.notice(str(state.lang))),), state)
        render = intake.renderer.for_chat(inbound.route, user_key=key)
        await _once(
            self.store.commit(
                key, outcome, now=self.clock(), outbox=render(outcome), inbox_id=inbox_id
            )
        )
        self.hooks.on_outbox(inbound.channel, inbound.route)
        return True

    async def _handle(self, inbox_id: int, inbound: Inbound, intake: Intake) -> None:
        assert inbound.event is not None
        key = self.keyring.user_key(inbound.channel, inbound.user)
        now = self.clock()
        recent: list[int] = []
        if intake.renderer.limits.can_delete:
            # Her message was logged with the inbox row. Fetched on every event: the Forget
            # effect of /erase is known only after the engine.
            recent = await self.store.recent_messages(key, since=now - ERASE_WINDOW)
        render = intake.renderer.for_chat(inbound.route, user_key=key, erase_ids=recent)
        relay = self.hooks.relay
        route = f"{inbound.channel}:{inbound.route}"  # kept in the commit that opens a case
        if relay is not None:
            await relay.handle(
                key,
                inbound.event,
                lang_hint=inbound.lang_hint,
                render=render,
                inbox_id=inbox_id,
                message=her_message(inbound),
                route=route,
            )
        else:
            await self.conversation.handle(
                key,
                inbound.event,
                lang_hint=inbound.lang_hint,
                render=render,
                inbox_id=inbox_id,
                route=route,
            )


async def _once(handling: Awaitable[object]) -> None:
    """Handle an event; if another process committed it first, nothing more is to be done.

    Its claim was a lease that lapsed while this process was starved: the other process
    answered her, and this handling's commit rolled back (`AlreadyHandled`).
    """
    try:
        await handling
    except AlreadyHandled:
        logger.info("an event was handled by another process first; this handling rolled back")


def _row_id(row: InboxRow) -> int:
    return row.id


def her_message(inbound: Inbound) -> HerMessage | None:
    """What of her event a counselor may get: the text, or the kind of media, and its route."""
    route = f"{inbound.channel}:{inbound.route}"
    if isinstance(inbound.event, Text):
        return HerMessage(route, inbound.event.text, message_id=inbound.message_id)
    if isinstance(inbound.event, Unsupported):
        return HerMessage(route, kind=inbound.event.kind, message_id=inbound.message_id)
    return None

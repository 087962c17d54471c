"""Fetch updates into the inbox before acknowledging them, then handle them from there.

PTB's stock Updater confirms a batch (by asking for the next offset) while the batch is only
in memory, so a hard kill loses it. `InboxPoller` calls getUpdates itself (raw JSON, reduced
without building PTB objects), writes the batch's reduced updates to the inbox in one
transaction, and only then asks for the next offset. `InboxProcessor` reads unhandled rows,
handles one user's updates strictly in order and different users concurrently, and marks each
row done in the same transaction as its effects (`Conversation.handle(..., inbox_id=...)`).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Protocol

from telegram import Bot
from telegram.error import (
    BadRequest,
    Conflict,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TelegramError,
)

from bot.tg.errors import apology, guarded
from bot.tg.outbox import _wait_any, retry_seconds, utcnow
from bot.tg.ports import Handler, Keyring, RouteSaver, TelegramStore
from bot.tg.render import Renderer
from bot.tg.staff import Relay, her_message
from bot.tg.transport import BotApi
from bot.tg.updates import (
    ALLOWED_UPDATES,
    CHANNEL,
    Inbound,
    decode_inbound,
    inbound_from_json,
    received,
)
from flows import Escalate, Received, RequestCounselor

logger = logging.getLogger(__name__)

ERASE_WINDOW = dt.timedelta(hours=48)
CASE_EFFECTS = (Escalate, RequestCounselor)  # Bot API: messages older than 48 h cannot be deleted


@dataclass(frozen=True, slots=True)
class PollSettings:
    """Long-poll and retry settings of the poller."""

    timeout: int = 10
    limit: int = 100
    backoff_max: float = 30.0


class StaffRows(Protocol):
    """Counselors' updates in the inbox (`bot.tg.staff.StaffUpdates`)."""

    def owns(self, raw: str) -> bool:
        """True for a row that is a staff update."""
        ...

    def handle(self, update_id: int, raw: str) -> Awaitable[None]:
        """Handle it, marking the inbox row done with its effects."""
        ...


@dataclass(frozen=True, slots=True)
class Hooks:
    """What the processor calls besides the conversation.

    `on_outbox()` wakes the sender after each handled update; `on_case(user_key, route,
    now=...)` keeps the way back to her chat when an outcome opens or raises a case, so a
    counselor can answer (the store keeps it encrypted). `staff` handles counselors' rows;
    `relay` (her conversation with the staff relay) gets her message to copy to a counselor.
    """

    on_outbox: Callable[[], None] = lambda: None
    on_case: RouteSaver | None = None
    staff: StaffRows | None = None
    relay: Relay | None = None


class InboxPoller:
    """Long-poll getUpdates; store every update before the next call confirms it."""

    def __init__(
        self,
        bot: Bot,
        store: TelegramStore,
        keyring: Keyring,
        *,
        on_stored: Callable[[], None] = lambda: None,
        settings: PollSettings | None = None,
        encode: Callable[[dict[str, Any]], str | None] | None = None,
    ) -> None:
        """Hold the bot and store; `on_stored` wakes the processor after each batch.

        `keyring` gives her user key for the chat log; `encode(update)` writes staff updates
        in their own form (None: reduce as hers).
        """
        self.bot = bot
        self.store = store
        self.keyring = keyring
        self.on_stored = on_stored
        self.settings = settings or PollSettings()
        self.clock: Callable[[], dt.datetime] = utcnow
        self.encode = encode
        self.api = BotApi.of(bot)  # the long poll holds one of the bot's connections
        self.offset: int | None = None

    async def run(self, stop: asyncio.Event) -> None:
        """Poll until `stop` is set; a waiting long poll is abandoned, a write is finished."""
        failures = 0
        while not stop.is_set():
            fetch = asyncio.ensure_future(self._fetch())
            stopper = asyncio.ensure_future(stop.wait())
            await asyncio.wait([fetch, stopper], return_when=asyncio.FIRST_COMPLETED)
            stopper.cancel()
            if not fetch.done():
                fetch.cancel()  # nothing of this poll was stored, so nothing is confirmed
                await asyncio.gather(fetch, stopper, return_exceptions=True)
                return
            try:
                updates = fetch.result()
            except InvalidToken:
                raise
            except TelegramError as exc:
                failures += 1
                await _wait_any(stop, stop, self._delay(exc, failures))
                continue
            ok, _ = await guarded("inbox write", self._store(updates))
            failures = 0 if ok else failures + 1
            if not ok:
                await _wait_any(stop, stop, min(self.settings.backoff_max, 2.0**failures))

    def _delay(self, exc: TelegramError, failures: int) -> float:
        """Log a failed getUpdates and return how long to wait before the next."""
        if isinstance(exc, RetryAfter):
            return retry_seconds(exc)
        if isinstance(exc, Conflict):
            logger.warning("getUpdates conflict: another poller or a webhook is active")
        else:
            logger.warning("getUpdates failed (%s), retrying", type(exc).__name__)
        return min(self.settings.backoff_max, 2.0 ** (failures - 1))

    async def poll_once(self) -> int:
        """Fetch one batch, store it, and return how many updates were new."""
        return await self._store(await self._fetch())

    async def _fetch(self) -> list[dict[str, Any]]:
        params = {
            "offset": self.offset,
            "limit": self.settings.limit,
            "timeout": self.settings.timeout,
            "allowed_updates": list(ALLOWED_UPDATES),
        }
        updates = await self.api.call("getUpdates", params, wait=self.settings.timeout)
        if not isinstance(updates, list) or not all(
            isinstance(u, dict) and isinstance(u.get("update_id"), int) for u in updates
        ):
            raise NetworkError("getUpdates answered with something that is not a list of updates")
        return updates

    async def _store(self, updates: list[dict[str, Any]]) -> int:
        """Write the batch in one transaction; only then may the next call confirm it."""
        rows = [row for update in updates if (row := self._row(update)) is not None]
        new = await self.store.inbox_put(rows, now=self.clock()) if rows else 0
        if updates:
            self.offset = max(self.offset or 0, max(u["update_id"] for u in updates) + 1)
        if new:
            self.on_stored()
        return new

    def _row(self, update: dict[str, Any]) -> Received | None:
        """The inbox row of one update; None for what needs nothing (or cannot be read)."""
        update_id = update["update_id"]
        raw = self.encode(update) if self.encode is not None else None
        if raw is not None:
            return Received(update_id, raw)
        try:
            inbound = inbound_from_json(update)
        except ValueError:
            logger.warning("an update that could not be read was skipped")
            return None
        return received(update_id, inbound, self.keyring) if inbound else None


class InboxProcessor:
    """Handle stored updates: per user in order, users concurrently, each exactly once."""

    def __init__(
        self,
        *,
        bot: Bot,
        store: TelegramStore,
        conversation: Handler,
        keyring: Keyring,
        renderer: Renderer | None = None,
        hooks: Hooks | None = None,
    ) -> None:
        """Hold collaborators; `hooks` wake the sender and keep routes of new cases."""
        self.bot = bot
        self.api = BotApi.of(bot)
        self.store = store
        self.conversation = conversation
        self.keyring = keyring
        self.renderer = renderer or Renderer()
        self.hooks = hooks or Hooks()
        self.clock: Callable[[], dt.datetime] = getattr(conversation, "clock", utcnow)
        self.poll_interval = 1.0
        self.attempts = 3
        self.retry_delay = 0.5
        self._wake = asyncio.Event()
        self._inflight: set[int] = set()
        self._queues: dict[int, deque[tuple[int, str]]] = {}
        self._workers: dict[int, asyncio.Task[None]] = {}
        self._answers: set[asyncio.Task[tuple[bool, None]]] = set()

    def wake(self) -> None:
        """Look at the inbox now rather than at the next poll."""
        self._wake.set()

    async def run(self, stop: asyncio.Event) -> None:
        """Handle updates until `stop` is set, then finish what is being handled."""
        while not stop.is_set():
            await guarded("inbox scan", self.drain_once())
            await _wait_any(self._wake, stop, self.poll_interval)
            self._wake.clear()
        await self.idle()

    async def drain_once(self) -> int:
        """Queue every unhandled row not already queued; return how many were queued."""
        rows = await self.store.inbox_pending(limit=len(self._inflight) + 100)
        queued = 0
        for update_id, raw in rows:
            if update_id in self._inflight:
                continue
            try:
                user = decode_inbound(raw).user_id
            except ValueError:
                logger.error("inbox row in an unknown format, skipped")  # noqa: TRY400
                await self.store.inbox_done(update_id)
                continue
            self._inflight.add(update_id)
            self._queues.setdefault(user, deque()).append((update_id, raw))
            if user not in self._workers:
                self._workers[user] = asyncio.create_task(self._user_worker(user))
            queued += 1
        return queued

    async def idle(self) -> None:
        """Return when every queued update has been handled (for tests and shutdown)."""
        while self._workers or self._answers:
            await asyncio.gather(*self._workers.values(), *self._answers, return_exceptions=True)

    async def _user_worker(self, user: int) -> None:
        queue = self._queues[user]
        try:
            while queue:
                update_id, raw = queue[0]
                if not await self._staff_row(update_id, raw):
                    await self._handle_row(update_id, decode_inbound(raw))
                queue.popleft()
                self._inflight.discard(update_id)
        finally:
            for update_id, _ in queue:
                self._inflight.discard(update_id)
            del self._workers[user]
            del self._queues[user]

    async def _staff_row(self, update_id: int, raw: str) -> bool:
        """Hand a counselor's update to the staff side; True if it was one."""
        staff = self.hooks.staff
        if staff is None or not staff.owns(raw):
            return False
        for attempt in range(self.attempts):
            ok, _ = await guarded("staff update", staff.handle(update_id, raw))
            if ok:
                break
            await asyncio.sleep(self.retry_delay * 2**attempt)
        else:  # never block the counselor's next message behind a broken one
            await guarded("inbox done", self.store.inbox_done(update_id))
        self.hooks.on_outbox()
        return True

    async def _handle_row(self, update_id: int, inbound: Inbound) -> None:
        """Handle one update, retrying a little; on failure apologise and mark it done."""
        if inbound.callback_id is not None:  # stops the spinner; the reply need not wait for it
            answering = self._answer(inbound.callback_id)
            answer = asyncio.create_task(guarded("answerCallbackQuery", answering))
            self._answers.add(answer)
            answer.add_done_callback(self._answers.discard)
        if inbound.event is None:
            await self.store.inbox_done(update_id)
            return
        for attempt in range(self.attempts):
            ok, _ = await guarded("update handling", self._handle(update_id, inbound))
            if ok:
                self.hooks.on_outbox()
                return
            await asyncio.sleep(self.retry_delay * 2**attempt)
        await guarded("apology", self._apologise(inbound))
        await self.store.inbox_done(update_id)

    async def _handle(self, update_id: int, inbound: Inbound) -> None:
        assert inbound.event is not None
        key = self.keyring.user_key(CHANNEL, inbound.user_id)
        now = self.clock()
        # Her message was logged with the inbox row. Fetched on every update: the Forget
        # effect of /erase is known only after the engine.
        recent = await self.store.recent_messages(key, since=now - ERASE_WINDOW)
        route = str(inbound.chat_id)
        render = self.renderer.for_chat(route, user_key=key, erase_ids=recent)
        relay = self.hooks.relay
        if relay is not None:
            outcome = await relay.handle(
                key,
                inbound.event,
                lang_hint=inbound.lang_hint,
                render=render,
                inbox_id=update_id,
                message=her_message(inbound),
            )
        else:
            outcome = await self.conversation.handle(
                key, inbound.event, lang_hint=inbound.lang_hint, render=render, inbox_id=update_id
            )
        on_case = self.hooks.on_case
        if on_case is not None and any(isinstance(e, CASE_EFFECTS) for e in outcome.effects):
            await on_case(key, route, now=now)

    async def _answer(self, callback_id: str) -> None:
        try:
            await self.api.call("answerCallbackQuery", {"callback_query_id": callback_id})
        except BadRequest:  # answered before a restart, or too old: nothing to do
            logger.info("callback query could not be answered (already answered or too old)")

    async def _apologise(self, inbound: Inbound) -> None:
        """Tell her something went wrong (sent directly: the store may be what failed)."""
        text = apology(inbound.lang_hint)
        head = self.renderer.first_line(inbound.lang_hint)
        await self.bot.send_message(inbound.chat_id, f"{head}\n\n{text}" if head else text)

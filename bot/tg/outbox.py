"""Send queued replies to Telegram, in order per chat, within the flood limits.

Rows come from the outbox (written in the same transaction as her new state) and are marked
sent only after Telegram accepted them, so a crash re-sends instead of losing a reply. Each
chat has its own worker: a 429 pauses that chat alone for `retry_after`, network errors and
5xx back off and retry up to `max_attempts`, and a blocked bot (403) or a refused request
(400) is a final failure. Delivery is at least once: a timeout may hide a delivered message.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import logging
import warnings
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

from telegram import Bot
from telegram.error import BadRequest, ChatMigrated, Forbidden, RetryAfter, TelegramError
from telegram.warnings import PTBDeprecationWarning

from bot.tg.errors import guarded
from bot.tg.pacing import Limits, Pacer
from bot.tg.ports import TelegramStore
from bot.tg.transport import BotApi
from flows import PendingMessage, Sent

logger = logging.getLogger(__name__)

_NO_PREVIEW = {"is_disabled": True}


@dataclass(frozen=True, slots=True)
class SendPolicy:
    """Retry, back-off and pacing settings of the sender."""

    max_attempts: int = 8
    backoff_base: float = 1.0
    backoff_max: float = 60.0
    poll_interval: float = 1.0
    stop_grace: float = 5.0
    limits: Limits = field(default_factory=Limits)


def utcnow() -> dt.datetime:
    """Return the current time in UTC."""
    return dt.datetime.now(dt.UTC)


def parse_route(route: str) -> tuple[int, int | None]:
    """Return (chat id, forum thread id or None) from an outbox route ``chat[:thread]``."""
    chat, _, thread = route.partition(":")
    return int(chat), int(thread) if thread else None


def retry_seconds(exc: RetryAfter) -> float:
    """Return `retry_after` in seconds whatever PTB's timedelta migration setting."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        value = exc.retry_after
    return value.total_seconds() if isinstance(value, dt.timedelta) else float(value)


class OutboxSender:
    """Read pending outbox rows and deliver them through the PTB bot."""

    def __init__(
        self,
        bot: Bot,
        store: TelegramStore,
        *,
        policy: SendPolicy | None = None,
        clock: Callable[[], dt.datetime] = utcnow,
    ) -> None:
        """Use the bot's transport (raw calls), the store, the policy and the clock; run later."""
        self.api = BotApi.of(bot)
        self.store = store
        self.policy = policy or SendPolicy()
        self.clock = clock
        self._pacer: Pacer | None = None
        self._wake = asyncio.Event()
        self._inflight: set[int] = set()
        self._queues: dict[int, deque[PendingMessage]] = {}
        self._workers: dict[int, asyncio.Task[None]] = {}

    def wake(self) -> None:
        """Look at the outbox now rather than at the next poll."""
        self._wake.set()

    async def run(self, stop: asyncio.Event) -> None:
        """Deliver until `stop` is set, then let workers finish for `stop_grace` seconds."""
        while not stop.is_set():
            await guarded("outbox scan", self.drain_once())
            await _wait_any(self._wake, stop, self.policy.poll_interval)
            self._wake.clear()
        await guarded("outbox scan", self.drain_once())  # what the last updates queued
        workers = list(self._workers.values())
        if workers:
            _done, pending = await asyncio.wait(workers, timeout=self.policy.stop_grace)
            for task in pending:
                task.cancel()
            await asyncio.gather(*pending, return_exceptions=True)

    async def drain_once(self) -> int:
        """Queue every pending row not already in a worker; return how many were queued."""
        rows = await self.store.outbox_pending(limit=len(self._inflight) + 100)
        queued = 0
        for row in rows:
            if row.id in self._inflight:
                continue
            self._inflight.add(row.id)
            chat_id, _ = parse_route(row.route)
            self._queues.setdefault(chat_id, deque()).append(row)
            if chat_id not in self._workers:
                self._workers[chat_id] = asyncio.create_task(self._chat_worker(chat_id))
            queued += 1
        if not self._workers and self._pacer is not None:
            self._pacer.forget_idle()
        return queued

    async def idle(self) -> None:
        """Return when every queued row has been delivered or given up (for tests)."""
        while self._workers:
            await asyncio.gather(*self._workers.values(), return_exceptions=True)

    async def _chat_worker(self, chat_id: int) -> None:
        queue = self._queues[chat_id]
        try:
            while queue:
                row = queue[0]
                await guarded("outbox delivery", self._deliver(row))
                queue.popleft()
                self._inflight.discard(row.id)
        finally:
            for row in queue:  # cancelled: leave them pending for the next scan
                self._inflight.discard(row.id)
            queue.clear()
            del self._workers[chat_id]
            del self._queues[chat_id]

    async def _deliver(self, row: PendingMessage) -> None:
        """Send one row until accepted, retried out, or refused."""
        if self._pacer is None:
            self._pacer = Pacer(self.policy.limits)
        chat_id, thread = parse_route(row.route)
        attempts = row.attempts
        while True:
            await self._pacer.wait(chat_id)
            try:
                sent = await self._call(chat_id, thread, row.payload)
            except (KeyError, TypeError, ValueError):  # a payload no retry can fix
                logger.error("outbox %s: unreadable payload, giving up", row.id)  # noqa: TRY400
                await self.store.outbox_failed(row.id, final=True)
                return
            except TelegramError as exc:
                delay = await self._failed(row, exc, attempts := attempts + 1)
                if delay is None:
                    return
                await asyncio.sleep(delay)
                continue
            await self._accepted(row, sent)
            return

    async def _failed(
        self, row: PendingMessage, exc: TelegramError, attempts: int
    ) -> float | None:
        """Record a failure; return the delay before the next try, or None to give up."""
        name = type(exc).__name__
        if isinstance(exc, RetryAfter):  # this chat waits; the others go on
            logger.warning("outbox %s: flood control, waiting in this chat", row.id)
            return retry_seconds(exc) + 0.1
        final = isinstance(exc, Forbidden | BadRequest | ChatMigrated)
        final = final or attempts >= self.policy.max_attempts
        await self.store.outbox_failed(row.id, final=final)
        if final:
            logger.warning("outbox %s: gave up after %s attempt(s) (%s)", row.id, attempts, name)
            return None
        logger.info("outbox %s: attempt %s failed (%s), retrying", row.id, attempts, name)
        delay: float = self.policy.backoff_base * 2.0 ** (attempts - 1)
        return min(self.policy.backoff_max, delay)

    async def _accepted(self, row: PendingMessage, platform_id: int | None) -> None:
        """Mark it sent and log it in her chat (the store commits marks of many chats at once)."""
        key = json.loads(row.payload).get("key")
        mark = Sent(row.id, platform_id, key if isinstance(key, str) else None)
        await self.store.outbox_sent([mark], now=self.clock())

    async def _call(self, chat_id: int, thread: int | None, payload: str) -> int | None:
        """Make the Bot API call a payload describes; return the new message's id, if any."""
        body = json.loads(payload)
        method, params = body["method"], body["params"]
        if method == "sendMessage":
            message = await self.api.call(
                method,
                {
                    "chat_id": chat_id,
                    "message_thread_id": thread,
                    "text": params["text"],
                    "reply_markup": params.get("reply_markup"),
                    "link_preview_options": _NO_PREVIEW,
                },
            )
            return int(message["message_id"])
        if method == "deleteMessages":
            await self.api.call(method, {"chat_id": chat_id, "message_ids": params["message_ids"]})
            return None
        raise ValueError("outbox payload has an unsupported method")


async def _wait_any(event: asyncio.Event, stop: asyncio.Event, timeout: float) -> None:
    """Return when either event is set or after `timeout` seconds."""
    waiters = [asyncio.ensure_future(event.wait()), asyncio.ensure_future(stop.wait())]
    try:
        await asyncio.wait(waiters, timeout=timeout, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for waiter in waiters:
            waiter.cancel()
        await asyncio.gather(*waiters, return_exceptions=True)

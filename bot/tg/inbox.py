"""Fetch updates into the inbox before acknowledging them (the core's processor handles them).

PTB's stock Updater confirms a batch (by asking for the next offset) while the batch is only
in memory, so a hard kill loses it. `InboxPoller` calls getUpdates itself (raw JSON, reduced
without building PTB objects), writes the batch's reduced updates to the inbox in one
transaction, and only then asks for the next offset.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from telegram import Bot
from telegram.error import Conflict, InvalidToken, NetworkError, RetryAfter, TelegramError

from bot.channels import Keyring
from bot.errors import guarded, wait_any
from bot.tg.channel import retry_seconds
from bot.tg.transport import BotApi
from bot.tg.updates import (
    ALLOWED_UPDATES,
    CHANNEL,
    inbound_from_json,
    is_update_id,
    received,
)
from flows import Inbox, Received, utcnow

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class PollSettings:
    """Long-poll and retry settings of the poller."""

    timeout: int = 10
    limit: int = 100
    backoff_max: float = 30.0


class InboxPoller:
    """Long-poll getUpdates; store every update before the next call confirms it."""

    def __init__(
        self,
        bot: Bot,
        store: Inbox,
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
                await wait_any(stop, stop, self._delay(exc, failures))
                continue
            ok, _ = await guarded("inbox write", self._store(updates))
            failures = 0 if ok else failures + 1
            if not ok:
                await wait_any(stop, stop, min(self.settings.backoff_max, 2.0**failures))

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
            isinstance(u, dict) and is_update_id(u.get("update_id")) for u in updates
        ):
            raise NetworkError("getUpdates answered with something that is not a list of updates")
        return updates

    async def _store(self, updates: list[dict[str, Any]]) -> int:
        """Write the batch in one transaction; only then may the next call confirm it."""
        rows = [row for update in updates if (row := self._row(update)) is not None]
        new = len(await self.store.inbox_put(rows, now=self.clock())) if rows else 0
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
            return Received(CHANNEL, str(update_id), raw, conv="staff")
        try:
            inbound = inbound_from_json(update)
        except ValueError:
            logger.warning("an update that could not be read was skipped")
            return None
        return received(update_id, inbound, self.keyring) if inbound else None

"""Send queued replies on every channel that can push, in order per conversation.

Rows come from the outbox (written in the same transaction as her new state) and are marked
sent only after the platform accepted them, so a crash re-sends instead of losing a reply.
Each conversation has its own lane: a flood-control answer pauses that lane alone, network
errors back off and retry up to `max_attempts`, and a refused call is a final failure.
Channels that cannot push (web chat, KakaoTalk) hand out their rows themselves
(`Outbox.outbox_for`) when her page or her next request asks. Delivery is at least once.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from bot.channels.base import Channel, DeliveryError
from bot.channels.lanes import Lanes
from bot.channels.processor import CLAIM_LEASE, holder_id
from bot.errors import guarded, wait_any
from flows import Outbox, PendingMessage, Sent, utcnow

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class SendPolicy:
    """Retry and back-off settings of the sender."""

    max_attempts: int = 8
    backoff_base: float = 1.0
    backoff_max: float = 60.0
    poll_interval: float = 1.0
    stop_grace: float = 5.0


class OutboxSender:
    """Read pending outbox rows of push channels and deliver them through their channel."""

    def __init__(
        self,
        store: Outbox,
        channels: Mapping[str, Channel],
        *,
        policy: SendPolicy | None = None,
        clock: Callable[[], dt.datetime] = utcnow,
    ) -> None:
        """Deliver rows of `channels` that can push; the others are theirs to hand out."""
        self.store = store
        self.channels = {n: c for n, c in channels.items() if c.limits.can_push}
        self.policy = policy or SendPolicy()
        self.clock = clock
        self._wake = asyncio.Event()
        self._lanes: Lanes[tuple[str, str], PendingMessage] = Lanes(self._guarded)
        self.holder = holder_id()

    def wake(self) -> None:
        """Look at the outbox now rather than at the next poll."""
        self._wake.set()

    async def run(self, stop: asyncio.Event) -> None:
        """Deliver until `stop` is set, then let lanes finish for `stop_grace` seconds."""
        while not stop.is_set():
            await guarded("outbox scan", self.drain_once())
            await wait_any(self._wake, stop, self.policy.poll_interval)
            self._wake.clear()
        await guarded("outbox scan", self.drain_once())  # what the last events queued
        await self._lanes.stop(self.policy.stop_grace)

    async def drain_once(self) -> int:
        """Queue every pending row not already in a lane; return how many were queued."""
        if not self.channels:
            return 0
        rows = await self._lanes.fresh(self._scan(len(self._lanes) + 100), _row_id)
        queued = 0
        for row in rows:
            channel = self.channels.get(row.channel)
            lane = (row.channel, channel.lane(row.route)) if channel is not None else None
            if lane is not None and self._lanes.push(lane, row.id, row, urgent=is_urgent(row)):
                queued += 1
        return queued

    async def _scan(self, limit: int) -> list[PendingMessage]:
        """Pending rows of push channels this process may send (several may share the store)."""
        return await self.store.outbox_claim(
            self.holder,
            now=self.clock(),
            lease=CLAIM_LEASE,
            limit=limit,
            channels=frozenset(self.channels),
        )

    @property
    def busy(self) -> bool:
        """True while any conversation's lane has work."""
        return self._lanes.busy

    async def idle(self) -> None:
        """Return when every queued row has been delivered or given up (for tests)."""
        await self._lanes.idle()

    async def _guarded(self, row: PendingMessage) -> None:
        await guarded("outbox delivery", self._deliver(row))

    async def _deliver(self, row: PendingMessage) -> None:
        """Send one row until accepted, retried out, or refused."""
        channel = self.channels[row.channel]
        attempts = row.attempts
        while True:
            try:
                platform_id = await channel.deliver(row)
            except (KeyError, TypeError, ValueError):  # a payload no retry can fix
                logger.error("outbox %s: unreadable payload, giving up", row.id)  # noqa: TRY400
                await self.store.outbox_failed(row.id, final=True)
                return
            except DeliveryError as exc:
                if exc.retry_after is not None and not exc.final:  # flood control: wait
                    logger.warning("outbox %s: flood control, waiting in this chat", row.id)
                    await asyncio.sleep(exc.retry_after + 0.1)
                    continue
                delay = await self._failed(channel, row, exc, attempts := attempts + 1)
                if delay is None:
                    return
                await asyncio.sleep(delay)
                continue
            await self._accepted(row, platform_id)
            return

    async def _failed(
        self, channel: Channel, row: PendingMessage, exc: DeliveryError, attempts: int
    ) -> float | None:
        """Record a failure; return the delay before the next try, or None to give up."""
        final = exc.final or attempts >= self.policy.max_attempts
        await self.store.outbox_failed(row.id, final=final)
        if final:
            logger.warning("outbox %s: gave up after %s attempt(s) (%s)", row.id, attempts, exc)
            await guarded("final failure", channel.gave_up(row, exc))
            return None
        logger.info("outbox %s: attempt %s failed (%s), retrying", row.id, attempts, exc)
        delay: float = self.policy.backoff_base * 2.0 ** (attempts - 1)
        return min(self.policy.backoff_max, delay)

    async def _accepted(self, row: PendingMessage, platform_id: int | None) -> None:
        """Mark it sent and log it in her chat."""
        await self.store.outbox_sent([sent_mark(row, platform_id)], now=self.clock())


def _row_id(row: PendingMessage) -> int:
    return row.id


def is_urgent(row: PendingMessage) -> bool:
    """A crisis answer: it goes out before whatever else waits for the same chat."""
    return '"urgent":true' in row.payload


def sent_mark(row: PendingMessage, platform_id: int | None) -> Sent:
    """The mark for a delivered row: its platform id joins her chat log if the row says whose."""
    try:
        key = json.loads(row.payload).get("key")
    except (ValueError, AttributeError):
        key = None
    return Sent(row.id, platform_id, key if isinstance(key, str) else None)

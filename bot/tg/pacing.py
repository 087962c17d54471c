"""Token buckets for Telegram's flood limits: global, per private chat, per group.

Telegram asks for at most ~30 messages a second overall, about one a second per private chat
(short bursts tolerated) and 20 a minute per group; edits, deletions and topic creation spend
the same budget. `AIORateLimiter` has no per-private-chat bucket, hence this module.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Limits:
    """Rates (per second) and burst sizes of the three buckets."""

    global_rate: float = 30.0
    global_burst: float = 30.0
    private_rate: float = 1.0
    private_burst: float = 3.0
    group_rate: float = 20.0 / 60.0
    group_burst: float = 3.0


class Bucket:
    """A token bucket; `take` returns how long to wait before trying again (0 = go)."""

    def __init__(self, rate: float, burst: float, now: float) -> None:
        """Start full."""
        self.rate = rate
        self.burst = burst
        self.tokens = burst
        self.stamp = now

    def take(self, now: float) -> float:
        """Spend one token if there is one; else return the seconds until there will be."""
        self.tokens = min(self.burst, self.tokens + (now - self.stamp) * self.rate)
        self.stamp = now
        if self.tokens >= 1.0:
            self.tokens -= 1.0
            return 0.0
        return (1.0 - self.tokens) / self.rate

    def idle(self, now: float) -> bool:
        """Return True when the bucket would be full again (safe to forget)."""
        return self.tokens + (now - self.stamp) * self.rate >= self.burst


class Pacer:
    """Wait for the global bucket and the chat's own bucket before each call."""

    def __init__(self, limits: Limits | None = None, clock: Callable[[], float] | None = None):
        """Create the global bucket; chat buckets are made on first use."""
        self.limits = limits or Limits()
        self._clock = clock or asyncio.get_running_loop().time
        self._global = Bucket(self.limits.global_rate, self.limits.global_burst, self._clock())
        self._chats: dict[int, Bucket] = {}

    def _bucket(self, chat_id: int) -> Bucket:
        bucket = self._chats.get(chat_id)
        if bucket is None:
            lim = self.limits
            rate, burst = (
                (lim.private_rate, lim.private_burst)
                if chat_id > 0
                else (lim.group_rate, lim.group_burst)
            )
            bucket = self._chats[chat_id] = Bucket(rate, burst, self._clock())
        return bucket

    async def wait(self, chat_id: int) -> None:
        """Return when one more call to this chat keeps within every limit."""
        bucket = self._bucket(chat_id)
        while (delay := bucket.take(self._clock())) > 0:
            await asyncio.sleep(delay)
        while (delay := self._global.take(self._clock())) > 0:
            await asyncio.sleep(delay)

    def forget_idle(self) -> None:
        """Drop chat buckets that are full again, so the table stays small."""
        now = self._clock()
        for chat_id in [c for c, b in self._chats.items() if b.idle(now)]:
            del self._chats[chat_id]

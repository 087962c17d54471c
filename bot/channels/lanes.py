"""Per-conversation lanes: items of one key strictly in order, different keys concurrently.

The processor (her messages) and the sender (replies) both need exactly this: one task per
busy conversation draining its own queue, items already queued skipped when the store is
scanned again, and a way to wait until everything queued is done.
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import Awaitable, Callable, Hashable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
T = TypeVar("T")


class Lanes(Generic[K, T]):
    """Queue items per key; `work(item)` runs for each, in order within its key."""

    def __init__(self, work: Callable[[T], Awaitable[None]]) -> None:
        """Run `work` for each queued item; it must not raise (guard it)."""
        self._work = work
        self._queued: set[int] = set()
        self._queues: dict[K, deque[tuple[int, T]]] = {}
        self._workers: dict[K, asyncio.Task[None]] = {}

    def __len__(self) -> int:
        """How many items are queued or being worked on."""
        return len(self._queued)

    @property
    def busy(self) -> bool:
        """True while any lane has work."""
        return bool(self._workers)

    def push(self, key: K, item_id: int, item: T) -> bool:
        """Queue an item unless one with this id is already queued; True if queued now."""
        if item_id in self._queued:
            return False
        self._queued.add(item_id)
        self._queues.setdefault(key, deque()).append((item_id, item))
        if key not in self._workers:
            self._workers[key] = asyncio.create_task(self._drain(key))
        return True

    def tasks(self) -> list[asyncio.Task[None]]:
        """The running lane tasks (tests cancel them to simulate a crash)."""
        return list(self._workers.values())

    def queued(self, item_id: int) -> bool:
        """True if this id is queued or being worked on."""
        return item_id in self._queued

    async def idle(self) -> None:
        """Return when every lane is empty."""
        while self._workers:
            await asyncio.gather(*self._workers.values(), return_exceptions=True)

    async def stop(self, grace: float) -> None:
        """Let lanes finish for `grace` seconds, then cancel (what is left stays stored)."""
        workers = list(self._workers.values())
        if not workers:
            return
        _done, pending = await asyncio.wait(workers, timeout=grace)
        for task in pending:
            task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)

    async def _drain(self, key: K) -> None:
        queue = self._queues[key]
        try:
            while queue:
                item_id, item = queue[0]
                await self._work(item)
                queue.popleft()
                self._queued.discard(item_id)
        finally:
            for item_id, _ in queue:  # cancelled: the next scan queues them again
                self._queued.discard(item_id)
            del self._workers[key]
            del self._queues[key]

"""Per-conversation lanes: items of one key in order, different keys concurrently.

The processor (her messages) and the sender (replies) both need exactly this: one task per
busy conversation draining its own queue, items already queued skipped when the store is
scanned again, and a way to wait until everything queued is done. An urgent item (a crisis
message, a crisis answer) goes before everything still waiting in its lane, after the item
being worked on; urgent items keep their order among themselves.
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import Awaitable, Callable, Hashable
from dataclasses import dataclass, field
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
T = TypeVar("T")


@dataclass
class _Lane(Generic[T]):
    urgent: deque[tuple[int, T]] = field(default_factory=deque)
    normal: deque[tuple[int, T]] = field(default_factory=deque)

    def __len__(self) -> int:
        return len(self.urgent) + len(self.normal)

    def pop(self) -> tuple[int, T]:
        return self.urgent.popleft() if self.urgent else self.normal.popleft()


class Lanes(Generic[K, T]):
    """Queue items per key; `work(item)` runs for each, in order within its key."""

    def __init__(self, work: Callable[[T], Awaitable[None]]) -> None:
        """Run `work` for each queued item; it must not raise (guard it)."""
        self._work = work
        self._queued: set[int] = set()
        self._lanes: dict[K, _Lane[T]] = {}
        self._workers: dict[K, asyncio.Task[None]] = {}
        self._scans: list[set[int]] = []  # ids finished while a store read is under way

    def __len__(self) -> int:
        """How many items are queued or being worked on."""
        return len(self._queued)

    @property
    def busy(self) -> bool:
        """True while any lane has work."""
        return bool(self._workers)

    def push(self, key: K, item_id: int, item: T, *, urgent: bool = False) -> bool:
        """Queue an item unless one with this id is already queued; True if queued now."""
        if item_id in self._queued:
            return False
        self._queued.add(item_id)
        lane = self._lanes.setdefault(key, _Lane())
        (lane.urgent if urgent else lane.normal).append((item_id, item))
        if key not in self._workers:
            self._workers[key] = asyncio.create_task(self._drain(key))
        return True

    async def fresh(self, read: Awaitable[list[T]], ident: Callable[[T], int]) -> list[T]:
        """Await a store read; return the items neither queued now nor finished while it ran.

        A row finished while the read awaited the store is still listed by it (the read saw it
        before its done mark committed); queueing it again would handle it twice.
        """
        finished: set[int] = set()
        self._scans.append(finished)
        try:
            items = await read
        finally:
            self._scans.remove(finished)
        return [i for i in items if ident(i) not in finished and not self.queued(ident(i))]

    def waiting(self, key: K) -> int:
        """How many items of this key wait behind the one being worked on."""
        lane = self._lanes.get(key)
        return len(lane) if lane is not None else 0

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
        lane = self._lanes[key]
        current: int | None = None
        try:
            while lane:
                current, item = lane.pop()
                await self._work(item)
                for finished in self._scans:
                    finished.add(current)
                self._queued.discard(current)
                current = None
        finally:
            if current is not None:  # cancelled mid-item: the next scan queues it again
                self._queued.discard(current)
            for item_id, _ in (*lane.urgent, *lane.normal):
                self._queued.discard(item_id)
            del self._workers[key]
            del self._lanes[key]

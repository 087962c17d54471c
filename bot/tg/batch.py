"""Group commit: writes that arrive while one is running go together in the next one.

The sender marks every accepted message sent; one transaction (and one fsync) per mark would
make SQLite's single writer the bottleneck. `GroupWriter.add(item)` queues the item and
returns once a `write(items)` holding it has committed, or raises that write's error, so a
caller still knows its own item is durable before it goes on.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class GroupWriter(Generic[T]):
    """Run `write` on everything added while the previous write was running."""

    def __init__(self, write: Callable[[list[T]], Awaitable[None]]) -> None:
        """Hold the write function; nothing runs until the first `add`."""
        self._write = write
        self._items: list[T] = []
        self._done: asyncio.Future[None] | None = None
        self._task: asyncio.Task[None] | None = None

    async def add(self, item: T) -> None:
        """Queue `item`; return when it is written (raise what its write raised)."""
        if self._done is None:
            self._done = asyncio.get_running_loop().create_future()
            self._done.add_done_callback(_retrieve)
        done = self._done
        self._items.append(item)
        if self._task is None:
            self._task = asyncio.create_task(self._run())
        await asyncio.shield(done)  # a cancelled caller must not cancel the others' write

    async def _run(self) -> None:
        try:
            while self._items:
                items, self._items = self._items, []
                done, self._done = self._done, None
                assert done is not None
                try:
                    await self._write(items)
                except Exception as exc:  # noqa: BLE001 - handed to every waiting caller
                    done.set_exception(exc)
                else:
                    done.set_result(None)
                finally:
                    if not done.done():  # this task was cancelled mid-write
                        done.cancel()
        finally:
            self._task = None


def _retrieve(future: asyncio.Future[None]) -> None:
    """Mark the error seen: every caller may have been cancelled before it looked."""
    if not future.cancelled():
        future.exception()

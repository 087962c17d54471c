"""Run the staff side in the background: case events, the ladder's timers, the group's alerts.

The timers are rows in SQLite, so a restart re-arms them by simply looking again: whatever
came due while the bot was down fires on the first tick, most overdue first.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Coroutine

from bot.staff.dispatch import Dispatcher
from flows.counsel import StaffDesk

logger = logging.getLogger(__name__)

Loop = Callable[[asyncio.Event], Coroutine[None, None, None]]


class DeskRunner:
    """Tick the desk (events, timers) and run the dispatcher until stopped."""

    def __init__(
        self, desk: StaffDesk, dispatcher: Dispatcher | None = None, *, interval: float = 1.0
    ) -> None:
        """Take over the desk's wake-up so every change is acted on at once.

        `after_tick` (settable) runs after a tick that did something, e.g. to wake a sender.
        """
        self.desk = desk
        self.dispatcher = dispatcher
        self.interval = interval
        self.after_tick: Callable[[], None] = lambda: None
        # Several processes on one database: the dispatcher runs in one of them at a time
        # (`gyeot run` sets `bot.maintenance.led`), or each would post the same alert.
        self.lead: Callable[[Loop], Loop] = lambda loop: loop
        self._wake = asyncio.Event()
        self._board = asyncio.Event()
        desk.on_change = self.wake

    def wake(self) -> None:
        """Look at events, timers and alerts now rather than at the next tick."""
        self._wake.set()
        self._board.set()

    async def tick(self) -> int:
        """Handle pending case events and due timers once; return how many."""
        done = await _safe("case events", self.desk.process_events())
        done += await _safe("ladder timers", self.desk.fire_timers())
        if done:
            self.after_tick()
        return done

    async def run(self, stop: asyncio.Event) -> None:
        """Reconcile claims, then tick until `stop` (the dispatcher runs alongside)."""
        await _safe("claim check", self.desk.reconcile())
        board = None
        if self.dispatcher is not None:
            board = asyncio.create_task(self.lead(self._dispatch)(stop))
        try:
            while not stop.is_set():
                await self.tick()
                waiters = [asyncio.ensure_future(e.wait()) for e in (self._wake, stop)]
                await asyncio.wait(
                    waiters, timeout=self.interval, return_when=asyncio.FIRST_COMPLETED
                )
                for waiter in waiters:
                    waiter.cancel()
                self._wake.clear()
        finally:
            if board is not None:
                self._board.set()
                await asyncio.gather(board, return_exceptions=True)

    async def _dispatch(self, stop: asyncio.Event) -> None:
        if self.dispatcher is not None:
            await self.dispatcher.run(stop, self._board)


async def _safe(what: str, work: Awaitable[int]) -> int:
    """Await one tick's work; log a failure (without content) and carry on."""
    try:
        return await work
    except asyncio.CancelledError:
        raise
    except Exception:
        logger.exception("%s failed; will retry on the next tick", what)
        return 0

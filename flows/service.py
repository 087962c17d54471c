"""One message end to end, transport-free: load, triage and handle, commit, return replies.

Adapters call `Conversation.handle`. Messages of one user are handled strictly one after
another (a per-user lock); different users run concurrently. State and effects (and, for
platforms with an outbox, the messages to send) are committed in one transaction before the
adapter sends anything, so a crash re-sends from the outbox instead of losing a reply.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Callable, Sequence
from weakref import WeakValueDictionary

from flows.engine import Engine
from flows.model import Event, Outcome, Session, Text
from flows.ports import OutboxMessage, SessionStore
from flows.redact import redact

Render = Callable[[Outcome], Sequence[OutboxMessage]]


def utcnow() -> dt.datetime:
    """Return the current time in UTC (the default clock)."""
    return dt.datetime.now(dt.UTC)


class Conversation:
    """Run events through the engine with per-user ordering and atomic commits."""

    def __init__(
        self,
        engine: Engine,
        store: SessionStore,
        *,
        clock: Callable[[], dt.datetime] = utcnow,
    ) -> None:
        """Hold the engine (swappable on reload), the store and the clock."""
        self.engine = engine
        self.store = store
        self.clock = clock
        self._locks: WeakValueDictionary[str, asyncio.Lock] = WeakValueDictionary()

    def _lock(self, user_key: str) -> asyncio.Lock:
        lock = self._locks.get(user_key)
        if lock is None:
            lock = asyncio.Lock()
            self._locks[user_key] = lock
        return lock

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
        """Handle one event of one user and commit the result before returning it.

        `route` ("channel:route") is kept with her case if the outcome opens or raises one.
        """
        async with self._lock(user_key):
            state = await self.store.load(user_key)
            if state is None:
                state = self.engine.new_session(lang_hint)
            outcome = self.engine.handle(state, event)
            outbox = tuple(render(outcome)) if render else ()
            await self.store.commit(
                user_key,
                outcome,
                now=self.clock(),
                outbox=outbox,
                inbox_id=inbox_id,
                transcript=self._transcript(event),
                route=route,
            )
            return outcome

    def _transcript(self, event: Event) -> str | None:
        """Her message, redacted, when transcripts are on; otherwise nothing leaves here."""
        if not isinstance(event, Text) or not self.engine.ctx.policy.store_transcripts:
            return None
        return redact(event.text)[: self.engine.ctx.max_text] or None

    async def peek(self, user_key: str) -> Session | None:
        """Return her saved state without changing it (for adapters that need the language)."""
        return await self.store.load(user_key)

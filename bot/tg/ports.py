"""What the Telegram adapter needs from its collaborators, as Protocols.

The adapter is written against these only: `flows.service.Conversation`, the SQLite store and
`storage.Keyring` satisfy them, and so do the in-memory stand-ins the tests use.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Protocol

from flows import ChatLog, Event, Inbox, OutboxMessage, Outcome
from flows import Outbox as OutboxPort

Render = Callable[[Outcome], Sequence[OutboxMessage]]


class Keyring(Protocol):
    """Turn a platform id into the pseudonymous user key (HMAC) the engine and store use."""

    def user_key(self, channel: str, platform_id: int) -> str:
        """Return the user key for one platform user."""
        ...


class Handler(Protocol):
    """Handle one event of one user and commit it (`flows.service.Conversation`)."""

    async def handle(
        self,
        user_key: str,
        event: Event,
        *,
        lang_hint: str | None = None,
        render: Render | None = None,
        inbox_id: int | None = None,
    ) -> Outcome:
        """Handle the event, commit state, outbox and inbox mark, and return the outcome."""
        ...


class RouteSaver(Protocol):
    """Keep the (encrypted) route back to her chat while a case needs it."""

    async def __call__(self, user_key: str, route: str, *, now: datetime) -> None:
        """Save the route."""
        ...


class TelegramStore(Inbox, OutboxPort, ChatLog, Protocol):
    """The store the adapter uses: inbox, outbox and the chat's message ids."""

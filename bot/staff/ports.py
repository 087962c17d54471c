"""What the staff desks need from a platform, as Protocols.

The Telegram adapter provides a `Board` (the staff supergroup) and a `PlatformFormat` (Bot API
payloads for the outbox); the terminal console provides its own `Board` on local mail. The
storage ports (`StaffStore`, `StaffTx`) are the counselor domain's, in `flows.counsel`.
"""

from __future__ import annotations

from typing import Protocol

from bot.staff.model import Card


class BoardError(Exception):
    """Root of the staff board's errors."""


class ChatLost(BoardError):
    """The bot cannot post in this chat any more (kicked, no rights, chat gone)."""


class MessageGone(BoardError):
    """The alert message to edit no longer exists."""


class TryLater(BoardError):
    """Flood control or a transient failure: wait `seconds` and try again."""

    def __init__(self, seconds: float) -> None:
        """Keep the wait."""
        super().__init__(f"try again in {seconds:.1f}s")
        self.seconds = seconds


class Board(Protocol):
    """The staff group (or the console standing in for it)."""

    async def ready(self, chat: int) -> None:
        """Return when one more call to `chat` keeps within its flood limit."""

    async def post(self, chat: int, card: Card) -> int:
        """Post a card; return its message id. Raises `BoardError`s."""

    async def edit(self, chat: int, message: int, card: Card) -> None:
        """Replace a posted card (an unchanged card is not an error). Raises `BoardError`s."""


class PlatformFormat(Protocol):
    """Outbox payloads for one platform (Telegram): the sender's contract, not ours."""

    def to_staff(self, text: str) -> list[str]:
        """Payloads that show `text` in a counselor's private chat."""

    def copy(self, from_route: str, message_id: int) -> str:
        """A payload that copies her message (never forwards it) into a counselor's chat."""

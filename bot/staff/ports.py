"""The staff group as the dispatcher sees it: a `Board` Protocol and its errors.

The Telegram adapter provides a `Board` on the staff supergroup (`bot.tg.staff.TelegramBoard`);
the terminal console provides its own on local mail (`bot.staff.board.MailBoard`). The domain's
ports (storage, her channels, the counselors' platform) are in `flows.counsel.ports`.
"""

from __future__ import annotations

from typing import Protocol

from flows.counsel import Card


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

"""What every channel is: its name, its limits, and how it delivers one outbox row.

A channel adapter is small: platform input becomes an `Inbound` (bot/channels/inbound.py);
a queued row becomes a platform call (`deliver`). Its `Limits` tell the one renderer how long
a message may be and how many buttons fit, and tell the core whether the channel may push
(Telegram) or must wait for her next request (web chat, KakaoTalk).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from flows import PendingMessage


def split_route(route: str) -> tuple[str, str]:
    """Return (channel, route) of a stored route "channel:route" (bare digits: Telegram's)."""
    if route.lstrip("-").isdigit():
        return "telegram", route
    channel, _, rest = route.partition(":")
    return channel, rest


def _length(text: str) -> int:
    return len(text)


@dataclass(frozen=True, slots=True)
class Limits:
    """What a channel accepts in one message, and whether it can push."""

    max_text: int = 4096
    max_buttons: int = 100
    max_label: int = 64
    can_push: bool = True
    can_delete: bool = False
    length: Callable[[str], int] = _length  # how the platform counts text length


class Keyring(Protocol):
    """Turn a platform id into the pseudonymous user key (HMAC) the engine and store use."""

    def user_key(self, channel: str, platform_id: int | str) -> str:
        """Return the user key for one platform user."""
        ...


class DeliveryError(Exception):
    """A row could not be delivered now; `final` gives up, else retry after `retry_after`.

    `blocked` says the person blocked the bot (the staff side tells the counselor).
    """

    def __init__(
        self,
        reason: str,
        *,
        final: bool,
        retry_after: float | None = None,
        blocked: bool = False,
    ) -> None:
        """Say why (a type name, never content), and whether to try again."""
        super().__init__(reason)
        self.final = final
        self.retry_after = retry_after
        self.blocked = blocked


class Channel(Protocol):
    """A channel the sender can deliver on."""

    name: str
    limits: Limits

    def lane(self, route: str) -> str:
        """The conversation a route belongs to (rows of one lane go out in order)."""
        ...

    async def deliver(self, row: PendingMessage) -> int | None:
        """Make the platform call for one row; return the platform's message id if any.

        Raises:
            DeliveryError: not delivered (final, or try again later).
        """
        ...

    async def gave_up(self, row: PendingMessage, error: DeliveryError) -> None:
        """React to a row given up for good (e.g. tell the counselor she blocked the bot)."""
        ...

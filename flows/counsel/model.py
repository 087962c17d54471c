"""Plain data the staff side passes around: who acts, what she sent, what the group shows."""

from __future__ import annotations

from dataclasses import dataclass

TELEGRAM = "telegram"
TERMINAL = "terminal"
TERMINAL_ROUTE = "terminal"
LOCAL_COUNSELOR = 0  # the console's counselor when `[staff] counselors` is empty (local runs)


@dataclass(frozen=True, slots=True)
class Actor:
    """A counselor (or someone claiming to be one): platform id, channel, first name."""

    id: int
    via: str = TELEGRAM
    label: str = ""


@dataclass(frozen=True, slots=True)
class HerMessage:
    """One message of hers to relay: her chat route, the text or the kind of media."""

    route: str
    text: str | None = None
    kind: str = "text"
    message_id: int | None = None


@dataclass(frozen=True, slots=True)
class StaffButton:
    """A button in the staff group: id (resolved server-side), label, the case it is for."""

    id: str
    label: str
    alias: str = ""


@dataclass(frozen=True, slots=True)
class Card:
    """One staff-group message: full text, buttons, counselors to mention, a one-line summary."""

    text: str
    buttons: tuple[StaffButton, ...] = ()
    mentions: tuple[int, ...] = ()
    summary: str = ""


@dataclass(frozen=True, slots=True)
class ClaimAnswer:
    """The result of pressing a claim button, as a short toast for the presser."""

    ok: bool
    text: str
    alias: str = ""

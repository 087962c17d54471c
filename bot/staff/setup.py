"""Build the staff side from the settings: desk, counselor commands, runner, relay wrapper."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from bot.channels.base import split_route
from bot.channels.render import Renderer
from bot.config import Settings
from bot.staff.dispatch import Chats, Dispatcher
from bot.staff.ports import Board
from bot.staff.runner import DeskRunner
from flows import Conversation, utcnow
from flows.counsel import (
    Clock,
    Counseling,
    Courier,
    DeskSettings,
    Ladder,
    PlatformFormat,
    RelayingConversation,
    Roster,
    StaffDesk,
    StaffStore,
    StaffTexts,
)
from knowledge import Knowledge


def desk_settings(settings: Settings) -> DeskSettings:
    """Translate `[staff]` and `[escalation]` into the desk's settings."""
    esc, staff = settings.escalation, settings.staff
    ladder = Ladder(
        realert_after=dt.timedelta(seconds=esc.realert_after),
        fallback_after=dt.timedelta(seconds=esc.fallback_after),
        claim_timeout=dt.timedelta(seconds=esc.claim_timeout),
        reopen_window=dt.timedelta(seconds=esc.reopen_window),
    )
    roster = Roster.from_config(staff.duty_hours, staff.duty_utc_offset)
    return DeskSettings(frozenset(staff.counselors), ladder, roster)


@dataclass
class Staff:
    """The staff side, wired."""

    desk: StaffDesk
    counseling: Counseling
    runner: DeskRunner

    def relaying(
        self, conversation: Conversation, *, route: str | None = None
    ) -> RelayingConversation:
        """Wrap her conversation so it relays to counselors (`route`: her default route)."""
        return RelayingConversation(conversation, self.desk, route=route)


def build_staff(  # noqa: PLR0913 - the composition root passes collaborators explicitly
    settings: Settings,
    kb: Knowledge | Callable[[], Knowledge],
    store: StaffStore,
    *,
    platform: PlatformFormat | None = None,
    board: Board | None = None,
    chats: Chats | None = None,
    clock: Clock = utcnow,
    renderers: Mapping[str, Renderer] | None = None,
) -> Staff:
    """Wire desk, counseling and runner; `board` (the staff group) enables the dispatcher.

    `kb` may be a callable returning the current knowledge, so reloads reach the staff side.

    `chats` defaults to `[staff] group_id` and `fallback_chat_id`; `renderers` shape her
    messages per channel (her route says which).
    """
    config = desk_settings(settings)
    source = kb if callable(kb) else (lambda: kb)
    texts = StaffTexts(
        source, share=settings.privacy.share_with_counselor, utc_offset=config.roster.utc_offset
    )
    courier = Courier(source, split_route, platform=platform, outlets=renderers)
    desk = StaffDesk(store, courier, texts, config, clock=clock)
    chats = chats or Chats(settings.staff.group_id, settings.staff.fallback_chat_id)
    dispatcher = Dispatcher(desk, board, chats) if board is not None else None
    return Staff(desk, Counseling(desk), DeskRunner(desk, dispatcher))

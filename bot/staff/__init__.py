"""The staff desks' adapters and wiring around the counselor domain (`flows.counsel`).

`dispatch` keeps the staff group's alerts true through a `Board` (`ports`): Telegram's
(`bot.tg.staff`) or the terminal console's `MailBoard` (`board`, with the `MailReader` that
`gyeot chat` and `gyeot staff` read local mail with); `runner` ticks the desk in the background;
`setup` wires desk, counseling, runner and relay from the settings.
"""

from bot.staff.board import MailBoard, MailReader
from bot.staff.dispatch import Chats, Dispatcher
from bot.staff.ports import Board, BoardError, ChatLost, MessageGone, TryLater
from bot.staff.runner import DeskRunner
from bot.staff.setup import Staff, build_staff, desk_settings

__all__ = [
    "Board",
    "BoardError",
    "ChatLost",
    "Chats",
    "DeskRunner",
    "Dispatcher",
    "MailBoard",
    "MailReader",
    "MessageGone",
    "Staff",
    "TryLater",
    "build_staff",
    "desk_settings",
]

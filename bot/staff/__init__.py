"""Human counselors: case alerts, claims, the anonymous relay and the escalation ladder.

Transport-neutral: the Telegram adapter (`bot.tg.staff`) and the terminal console
(`bot.staff_console`) plug in a `Board` for the staff group and a `PlatformFormat` for
outbox payloads. The domain (cases, the ladder's pure decisions, the storage ports and the
memory store) is `flows.counsel`; storage is any `flows.counsel.StaffStore`.
"""

from bot.staff.board import MailBoard, claim_ref
from bot.staff.counselor import Counseling, CounselorInput
from bot.staff.courier import Courier
from bot.staff.desk import DeskSettings, StaffDesk
from bot.staff.dispatch import Chats, Dispatcher
from bot.staff.model import (
    LOCAL_COUNSELOR,
    TELEGRAM,
    TERMINAL,
    TERMINAL_ROUTE,
    Actor,
    Card,
    ClaimAnswer,
    HerMessage,
    StaffButton,
)
from bot.staff.ports import Board, BoardError, ChatLost, MessageGone, PlatformFormat, TryLater
from bot.staff.relay import RelayingConversation
from bot.staff.roster import Roster, Shift, parse_shift
from bot.staff.runner import DeskRunner
from bot.staff.texts import StaffTexts

__all__ = [
    "LOCAL_COUNSELOR",
    "TELEGRAM",
    "TERMINAL",
    "TERMINAL_ROUTE",
    "Actor",
    "Board",
    "BoardError",
    "Card",
    "ChatLost",
    "Chats",
    "ClaimAnswer",
    "Counseling",
    "CounselorInput",
    "Courier",
    "DeskRunner",
    "DeskSettings",
    "Dispatcher",
    "HerMessage",
    "MailBoard",
    "MessageGone",
    "PlatformFormat",
    "RelayingConversation",
    "Roster",
    "Shift",
    "StaffButton",
    "StaffDesk",
    "StaffTexts",
    "TryLater",
    "claim_ref",
    "parse_shift",
]

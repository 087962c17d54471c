"""The human-counselor domain: cases, alerts, claims, the relay, the ladder and notes.

Channel-free and storage-free. `cases` holds the values and the ladder's pure decisions,
`rules` the desk's other pure decisions (relay, reopen, next timers), `ports` the Protocols it
needs (storage: `StaffStore`, `StaffTx`; her channels: `Outlet`; counselors on Telegram:
`PlatformFormat`) and `MemoryCaseStore` the reference store that `storage.SqliteStore` and
`storage.PgStore` must match. The orchestration: `StaffDesk` (claims, the ladder, case events,
delivery failures), `Counseling` (what a counselor types), `RelayingConversation` (her side of
the relay), `Courier` (messages to her and to counselors), `StaffTexts` (what counselors read)
and the duty `Roster`. Desks (`bot.staff`: the Telegram staff group, the terminal console) are
thin adapters around them.
"""

from flows.counsel.cases import (
    CLAIMED,
    CLOSED,
    OPEN,
    URGENT,
    Case,
    CaseEvent,
    Ladder,
    Step,
    Timer,
    decide,
    may_reopen,
    minutes,
    queue_order,
    release_timers,
    waiting_timers,
)
from flows.counsel.counselor import Counseling, CounselorInput
from flows.counsel.courier import Courier
from flows.counsel.desk import Clock, DeskSettings, StaffDesk
from flows.counsel.memory import MemoryCaseStore
from flows.counsel.model import (
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
from flows.counsel.ports import (
    AlertWork,
    CaseReads,
    CaseWrites,
    Deliveries,
    Locate,
    Outlet,
    PlatformFormat,
    StaffStore,
    StaffTx,
)
from flows.counsel.relay import RelayingConversation
from flows.counsel.roster import Roster, Shift, parse_shift
from flows.counsel.rules import (
    Relay,
    claim_timers,
    closed_notice,
    realert_timers,
    relay_route,
    reopen_holder,
    reopen_timers,
    writes,
)
from flows.counsel.texts import StaffTexts, claim_ref

__all__ = [
    "CLAIMED",
    "CLOSED",
    "LOCAL_COUNSELOR",
    "OPEN",
    "TELEGRAM",
    "TERMINAL",
    "TERMINAL_ROUTE",
    "URGENT",
    "Actor",
    "AlertWork",
    "Card",
    "Case",
    "CaseEvent",
    "CaseReads",
    "CaseWrites",
    "ClaimAnswer",
    "Clock",
    "Counseling",
    "CounselorInput",
    "Courier",
    "Deliveries",
    "DeskSettings",
    "HerMessage",
    "Ladder",
    "Locate",
    "MemoryCaseStore",
    "Outlet",
    "PlatformFormat",
    "Relay",
    "RelayingConversation",
    "Roster",
    "Shift",
    "StaffButton",
    "StaffDesk",
    "StaffStore",
    "StaffTexts",
    "StaffTx",
    "Step",
    "Timer",
    "claim_ref",
    "claim_timers",
    "closed_notice",
    "decide",
    "may_reopen",
    "minutes",
    "parse_shift",
    "queue_order",
    "realert_timers",
    "relay_route",
    "release_timers",
    "reopen_holder",
    "reopen_timers",
    "waiting_timers",
    "writes",
]

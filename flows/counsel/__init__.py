"""The human-counselor domain: cases, alerts, claims, the relay, the ladder and notes.

Channel-free and storage-free: `cases` holds the values and the ladder's pure decisions,
`ports` the storage Protocols (`StaffStore`, `StaffTx`), and `MemoryCaseStore` the reference
implementation that `storage.SqliteStore` and `storage.PgStore` must match.
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
from flows.counsel.memory import MemoryCaseStore
from flows.counsel.ports import (
    AlertWork,
    CaseReads,
    CaseWrites,
    Deliveries,
    StaffStore,
    StaffTx,
)

__all__ = [
    "CLAIMED",
    "CLOSED",
    "OPEN",
    "URGENT",
    "AlertWork",
    "Case",
    "CaseEvent",
    "CaseReads",
    "CaseWrites",
    "Deliveries",
    "Ladder",
    "MemoryCaseStore",
    "StaffStore",
    "StaffTx",
    "Step",
    "Timer",
    "decide",
    "may_reopen",
    "minutes",
    "queue_order",
    "release_timers",
    "waiting_timers",
]

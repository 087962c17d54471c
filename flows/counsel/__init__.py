"""The human-counselor domain: cases, alerts, claims, the relay, the ladder and notes.

Channel-free and storage-free: `cases` holds the values and the ladder's pure decisions,
`rules` the desk's other pure decisions (relay, reopen, next timers), `ports` the storage
Protocols (`StaffStore`, `StaffTx`), and `MemoryCaseStore` the reference implementation that
`storage.SqliteStore` and `storage.PgStore` must match.
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
    "Relay",
    "StaffStore",
    "StaffTx",
    "Step",
    "Timer",
    "claim_timers",
    "closed_notice",
    "decide",
    "may_reopen",
    "minutes",
    "queue_order",
    "realert_timers",
    "relay_route",
    "release_timers",
    "reopen_holder",
    "reopen_timers",
    "waiting_timers",
    "writes",
]

"""Leases on outbox rows given in an answer, kept in memory by stores one process owns.

`Outbox.outbox_take` leases the rows it returns to a holder (one channel instance) for a
while: another holder is not given them while the lease lives. PostgreSQL keeps the lease in
the row (several processes share it); the memory store and SQLite, which one process owns,
keep it here, so all three behave alike under the contract tests. A lease that is lost with
the process runs out with it, which is what a lease is for.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # flows.ports keeps these leases for the memory store
    from flows.ports import PendingMessage


@dataclass
class GivenLeases:
    """Which holder may give which outbox row until when."""

    held: dict[int, tuple[str, datetime]] = field(default_factory=dict)

    def take(
        self, rows: list[PendingMessage], holder: str, *, now: datetime, lease: timedelta
    ) -> list[PendingMessage]:
        """The rows no other holder's live lease holds, leased to `holder` until `now + lease`."""
        self.held = {k: v for k, v in self.held.items() if v[1] >= now}
        free = [row for row in rows if self.held.get(row.id, (holder, now))[0] == holder]
        for row in free:
            self.held[row.id] = (holder, now + lease)
        return free

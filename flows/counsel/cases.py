"""Cases as counselors handle them, and the escalation ladder as pure decisions.

A case is open (waiting in the queue), claimed (one counselor talks with her) or closed. Three
timers keep it from being forgotten: `realert` (still unclaimed: tell the staff again),
`fallback` (still unclaimed: tell her honestly that nobody is free and give the 24-hour lines;
the case stays open) and `claim_timeout` (claimed, she wrote, the counselor stayed silent:
release the claim and re-alert). Timers are rows in storage; these functions only decide what
a timer means and which timers come next. Nothing here does I/O.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

OPEN = "open"
CLAIMED = "claimed"
CLOSED = "closed"
URGENT = "urgent"


class Timer(StrEnum):
    """The ladder's timers."""

    REALERT = "realert"
    FALLBACK = "fallback"
    CLAIM_TIMEOUT = "claim_timeout"


class Step(StrEnum):
    """What a timer that came due asks for."""

    REALERT = "realert"
    FALLBACK = "fallback"
    RELEASE = "release"
    NOTHING = "nothing"


@dataclass(frozen=True, slots=True)
class Ladder:
    """The ladder's periods, from `[escalation]`."""

    realert_after: timedelta = timedelta(minutes=5)
    fallback_after: timedelta = timedelta(minutes=15)
    claim_timeout: timedelta = timedelta(minutes=30)
    reopen_window: timedelta = timedelta(days=1)


@dataclass(frozen=True, slots=True)
class Case:
    """One case as the staff side sees it; `user_key` never leaves the bot."""

    id: int
    alias: str
    user_key: str | None
    status: str
    urgency: str
    risk: str
    opened_at: datetime
    claim_token: str = ""
    claimed_by: int | None = None
    claimed_via: str | None = None
    claimed_label: str = ""
    claimed_at: datetime | None = None
    first_claimed_at: datetime | None = None
    counselor_at: datetime | None = None
    fallback_at: datetime | None = None
    closed_at: datetime | None = None
    closed_by: str | None = None
    outcome: str | None = None
    realerts: int = 0
    reopened: int = 0

    @property
    def urgent(self) -> bool:
        """True for cases triage raised."""
        return self.urgency == URGENT

    @property
    def live(self) -> bool:
        """Claimed and the counselor has written since: her words now go to the counselor."""
        return (
            self.status == CLAIMED
            and self.claimed_at is not None
            and self.counselor_at is not None
            and self.counselor_at >= self.claimed_at
        )


@dataclass(frozen=True, slots=True)
class CaseEvent:
    """A change to a case recorded by storage: opened, raised (risk) or closed (by whom)."""

    id: int
    case_id: int
    kind: str
    detail: str
    counselor: int | None
    at: datetime


def queue_order(cases: Iterable[Case]) -> list[Case]:
    """Urgent before normal, then oldest first (the order counselors should take them)."""
    return sorted(cases, key=lambda c: (not c.urgent, c.opened_at, c.id))


def waiting_timers(now: datetime, ladder: Ladder, *, told: bool) -> dict[Timer, datetime]:
    """Timers of a case that waits for a counselor (fallback only if she was not yet told)."""
    timers = {Timer.REALERT: now + ladder.realert_after}
    if not told:
        timers[Timer.FALLBACK] = now + ladder.fallback_after
    return timers


def release_timers(now: datetime, ladder: Ladder, *, told: bool) -> dict[Timer, datetime]:
    """Timers after a claim is released: she has waited already, so fallback comes sooner."""
    timers = {Timer.REALERT: now + ladder.realert_after}
    if not told:
        timers[Timer.FALLBACK] = now + min(ladder.realert_after, ladder.fallback_after)
    return timers


def decide(timer: Timer, case: Case | None) -> Step:
    """Return what a due timer means for the case as it is now (stale timers do nothing)."""
    if case is None or case.status == CLOSED:
        return Step.NOTHING
    if timer is Timer.REALERT and case.status == OPEN:
        return Step.REALERT
    if timer is Timer.FALLBACK and case.status == OPEN and case.fallback_at is None:
        return Step.FALLBACK
    if timer is Timer.CLAIM_TIMEOUT and case.status == CLAIMED:
        return Step.RELEASE
    return Step.NOTHING


def may_reopen(case: Case | None, now: datetime, ladder: Ladder) -> bool:
    """True if her last case was closed by a counselor within the reopen window."""
    return (
        case is not None
        and case.status == CLOSED
        and case.closed_by == "staff"
        and case.user_key is not None
        and case.closed_at is not None
        and now - case.closed_at <= ladder.reopen_window
    )


def minutes(delta: timedelta) -> int:
    """Whole minutes of a duration, never negative (for staff-facing waits)."""
    return max(0, int(delta.total_seconds() // 60))

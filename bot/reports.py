"""`gyeot report cases`: counts for the center, without content and without ids.

Counts by day (local time), urgency and outcome, and how long cases waited for a counselor
(time-to-claim percentiles, nearest rank). Aliases, user keys and counselor ids never appear;
cases older than `[privacy] case_retention_days` after closing are already gone.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from flows.counsel import CLAIMED, CLOSED, OPEN, Case

PERCENTILES = (50, 90, 99)
OUTCOME_NAMES = {"user": "ended by her", "forget": "erased by her (/forget)"}


def percentile(values: Sequence[float], p: int) -> float:
    """The p-th percentile by nearest rank (values need not be sorted)."""
    ordered = sorted(values)
    rank = max(1, math.ceil(p / 100 * len(ordered)))
    return ordered[rank - 1]


def duration(seconds: float) -> str:
    """A short human duration: 45s, 3m 10s, 2h 05m."""
    total = round(seconds)
    if total < 60:
        return f"{total}s"
    if total < 3600:
        return f"{total // 60}m {total % 60:02d}s"
    return f"{total // 3600}h {total % 3600 // 60:02d}m"


def outcome_of(case: Case) -> str:
    """How a case ended (or that it has not)."""
    if case.status == OPEN:
        return "still waiting"
    if case.status == CLAIMED:
        return "with a counselor"
    if case.closed_by == "staff":
        return f"closed: {case.outcome or 'done'}"
    return OUTCOME_NAMES.get(case.closed_by or "", "ended by her")


def claim_seconds(case: Case) -> float | None:
    """Seconds from opening to the first claim, if it was claimed."""
    if case.first_claimed_at is None:
        return None
    return (case.first_claimed_at - case.opened_at).total_seconds()


@dataclass(frozen=True)
class CaseReport:
    """Everything the report prints, already aggregated."""

    days: dict[str, Counter[str]]
    urgency: Counter[str]
    outcomes: Counter[str]
    waits: dict[str, list[float]]
    unclaimed: int
    told: int
    realerts: int

    @classmethod
    def of(cls, cases: Sequence[Case], utc_offset: dt.timedelta) -> CaseReport:
        """Aggregate cases; days are local dates."""
        zone = dt.timezone(utc_offset)
        days: dict[str, Counter[str]] = {}
        waits: dict[str, list[float]] = {"all": [], "urgent": [], "normal": []}
        for case in cases:
            day = days.setdefault(case.opened_at.astimezone(zone).date().isoformat(), Counter())
            day.update(
                opened=1, urgent=int(case.urgent), claimed=int(case.first_claimed_at is not None)
            )
            day.update(told=int(case.fallback_at is not None))
            if (seconds := claim_seconds(case)) is not None:
                waits["all"].append(seconds)
                waits[case.urgency].append(seconds)
        return cls(
            days=days,
            urgency=Counter(c.urgency for c in cases),
            outcomes=Counter(outcome_of(c) for c in cases),
            waits=waits,
            unclaimed=sum(c.first_claimed_at is None for c in cases),
            told=sum(c.fallback_at is not None for c in cases),
            realerts=sum(c.realerts for c in cases),
        )

    def lines(self, title: str) -> list[str]:
        """The report as text lines."""
        out = [title, "", f"{'day':<12}{'opened':>8}{'urgent':>8}{'claimed':>9}{'told':>7}"]
        for day, n in sorted(self.days.items()):
            out.append(f"{day:<12}{n['opened']:>8}{n['urgent']:>8}{n['claimed']:>9}{n['told']:>7}")
        out += ["", "by urgency"] + [f"  {k:<10}{v:>6}" for k, v in sorted(self.urgency.items())]
        out += ["", "by outcome"] + [f"  {k:<28}{v:>6}" for k, v in sorted(self.outcomes.items())]
        out += ["", "time to claim (first claim after opening)"]
        for kind in ("all", "urgent", "normal"):
            out.append(f"  {kind:<8}{self._waits(self.waits[kind])}")
        out += [
            "",
            f"never claimed: {self.unclaimed} · told nobody was free: {self.told} · "
            f"re-alerts: {self.realerts}",
        ]
        return out

    @staticmethod
    def _waits(values: list[float]) -> str:
        if not values:
            return "n=0"
        parts = [f"p{p} {duration(percentile(values, p))}" for p in PERCENTILES]
        return f"n={len(values)} · " + " · ".join(parts) + f" · max {duration(max(values))}"


def report_text(cases: Sequence[Case], *, days: int, utc_offset: dt.timedelta) -> str:
    """The whole report for cases opened in the last `days` days."""
    hours = utc_offset.total_seconds() / 3600
    title = f"report cases: {len(cases)} case(s) opened in the last {days} day(s) (UTC{hours:+g})"
    if not cases:
        return title
    closed = sum(c.status == CLOSED for c in cases)
    lines = CaseReport.of(cases, utc_offset).lines(f"{title}, {closed} closed")
    return "\n".join(lines)

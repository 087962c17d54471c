"""The optional duty roster: which counselors are on duty now.

Each counselor has a list of shifts such as ``"09:00-18:00"``, ``"mon-fri 09-18"`` or
``"sat,sun 22:00-06:00"`` (a shift past midnight ends the next morning; its days name the day
it starts). Times are local to `[staff] duty_utc_offset` (Korea: 9, no daylight saving).
Without any shifts the roster is "not configured": nobody is assumed off duty.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_SHIFT = re.compile(
    r"^(?:(?P<days>[a-z,\-]+)\s+)?(?P<h1>\d{1,2})(?::(?P<m1>\d{2}))?\s*-\s*"
    r"(?P<h2>\d{1,2})(?::(?P<m2>\d{2}))?$"
)


@dataclass(frozen=True, slots=True)
class Shift:
    """Days of the week (0 = Monday) and minutes after midnight it starts and ends."""

    days: frozenset[int]
    start: int
    end: int

    def covers(self, weekday: int, minute: int) -> bool:
        """True if the local moment (weekday, minute of day) falls in this shift."""
        if self.start < self.end:
            return weekday in self.days and self.start <= minute < self.end
        if weekday in self.days and minute >= self.start:
            return True
        return (weekday - 1) % 7 in self.days and minute < self.end


def _days(spec: str | None) -> frozenset[int]:
    if not spec or spec == "daily":
        return frozenset(range(7))
    days: set[int] = set()
    for part in spec.split(","):
        first, _, last = part.partition("-")
        if first not in DAYS or (last and last not in DAYS):
            raise ValueError(f"unknown day in {spec!r}: use mon, tue, ... sun, e.g. 'mon-fri'")
        a, b = DAYS.index(first), DAYS.index(last or first)
        days.update(range(a, b + 1) if a <= b else [*range(a, 7), *range(b + 1)])
    return frozenset(days)


def _minute(hour: str, minute: str | None) -> int:
    h, m = int(hour), int(minute or 0)
    if h > 24 or m > 59 or (h == 24 and m):
        raise ValueError("hours run 0-24 and minutes 0-59")
    return h * 60 + m


def parse_shift(spec: str) -> Shift:
    """Parse one shift such as ``"mon-fri 09:00-18:00"``.

    Raises:
        ValueError: the text is not a shift; the message shows the expected form.
    """
    found = _SHIFT.match(spec.strip().lower())
    if found is None:
        raise ValueError(f"{spec!r} is not a shift: write e.g. '09:00-18:00' or 'mon-fri 22-06'")
    start = _minute(found["h1"], found["m1"])
    end = _minute(found["h2"], found["m2"])
    if start == end:
        raise ValueError(f"{spec!r} starts and ends at the same time")
    return Shift(_days(found["days"]), start, end)


@dataclass(frozen=True)
class Roster:
    """Shifts per counselor id and the local time offset."""

    shifts: Mapping[int, tuple[Shift, ...]] = field(default_factory=dict)
    utc_offset: timedelta = timedelta(hours=9)

    @classmethod
    def from_config(cls, hours: Mapping[int, Iterable[str]], utc_offset_hours: int) -> Roster:
        """Build the roster from `[staff] duty_hours` and `duty_utc_offset`."""
        shifts = {cid: tuple(parse_shift(s) for s in specs) for cid, specs in hours.items()}
        return cls(shifts, timedelta(hours=utc_offset_hours))

    @property
    def configured(self) -> bool:
        """True if any counselor has shifts (otherwise on-duty is unknown, not empty)."""
        return any(self.shifts.values())

    def local(self, now: datetime) -> datetime:
        """`now` in the roster's local time."""
        return now.astimezone(timezone(self.utc_offset))

    def on_duty(self, now: datetime) -> list[int]:
        """Counselor ids on duty at `now`."""
        here = self.local(now)
        minute = here.hour * 60 + here.minute
        return [
            cid
            for cid, shifts in self.shifts.items()
            if any(s.covers(here.weekday(), minute) for s in shifts)
        ]

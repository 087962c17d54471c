"""Turn datetimes into the integer microseconds (UTC) every `*_at` column holds."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
MICROSECOND = timedelta(microseconds=1)


def micros(moment: datetime) -> int:
    """Return `moment` as microseconds since the epoch; a naive datetime is taken as UTC."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return (moment - EPOCH) // MICROSECOND


def span(delta: timedelta) -> int:
    """Return a duration in microseconds."""
    return delta // MICROSECOND


def days(n: int) -> int:
    """Return `n` days in microseconds."""
    return span(timedelta(days=n))

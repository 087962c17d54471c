"""Map `cases` rows to `flows.cases.Case` and stored microseconds back to datetimes."""

from __future__ import annotations

from datetime import datetime, timedelta

from flows.cases import Case
from storage._clock import EPOCH
from storage.db import Row

CASE_COLUMNS = (
    "id, alias, user_key, status, urgency, risk, opened_at, claim_token, claimed_by,"
    " claimed_via, claimed_label, claimed_at, first_claimed_at, counselor_at, fallback_at,"
    " closed_at, closed_by, outcome, realerts, reopened"
)


def moment(value: object) -> datetime | None:
    """Turn a stored microsecond count back into an aware UTC datetime."""
    if value is None:
        return None
    return EPOCH + timedelta(microseconds=int(str(value)))


def case_from(row: Row) -> Case:
    """Build a `Case` from a row selected with `CASE_COLUMNS`."""
    opened = moment(row[6])
    assert opened is not None
    return Case(
        id=int(row[0]),
        alias=str(row[1]),
        user_key=row[2],
        status=str(row[3]),
        urgency=str(row[4]),
        risk=str(row[5]),
        opened_at=opened,
        claim_token=str(row[7] or ""),
        claimed_by=row[8],
        claimed_via=row[9],
        claimed_label=str(row[10] or ""),
        claimed_at=moment(row[11]),
        first_claimed_at=moment(row[12]),
        counselor_at=moment(row[13]),
        fallback_at=moment(row[14]),
        closed_at=moment(row[15]),
        closed_by=row[16],
        outcome=row[17],
        realerts=int(row[18]),
        reopened=int(row[19]),
    )

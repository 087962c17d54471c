"""Pure parts of the staff side: the duty roster, the ladder's decisions, the case report."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.reports import percentile, report_text
from flows.counsel import (
    Case,
    Ladder,
    Roster,
    Step,
    Timer,
    decide,
    may_reopen,
    parse_shift,
    queue_order,
)
from flows.counsel.desk import Refusals

KST = dt.timedelta(hours=9)
T0 = dt.datetime(2025, 3, 3, 0, 30, tzinfo=dt.UTC)  # Monday 09:30 in Korea


def _at(day: int, hour: int, minute: int = 0) -> dt.datetime:
    """A UTC moment for local (KST) March `day` 2025, hour:minute."""
    return dt.datetime(2025, 3, day, hour, minute, tzinfo=dt.timezone(KST)).astimezone(dt.UTC)


@pytest.mark.parametrize(
    ("spec", "local", "on"),
    [
        pytest.param("09:00-18:00", _at(3, 9), True, id="day-shift-start"),
        pytest.param("09:00-18:00", _at(3, 18), False, id="day-shift-end-exclusive"),
        pytest.param("mon-fri 09-18", _at(8, 10), False, id="saturday-off"),
        pytest.param("fri 22:00-06:00", _at(8, 5, 59), True, id="overnight-next-morning"),
        pytest.param("fri 22:00-06:00", _at(7, 5), False, id="overnight-not-before"),
        pytest.param("sat,sun 00-24", _at(9, 23), True, id="whole-weekend-day"),
        pytest.param("sun-mon 10-11", _at(3, 10, 30), True, id="day-range-wraps"),
    ],
)
def test_a_shift_covers_local_times(spec: str, local: dt.datetime, on: bool) -> None:
    """Shifts are local time; a shift past midnight ends the next morning."""
    roster = Roster.from_config({7: [spec]}, 9)
    assert (7 in roster.on_duty(local)) is on


@pytest.mark.parametrize("spec", ["9to5", "mon-xyz 09-10", "10-10", "25-26", "09:60-10"])
def test_bad_shifts_are_refused(spec: str) -> None:
    """A malformed shift is an error that shows the expected form."""
    with pytest.raises(ValueError, match=r"shift|day|hours|same time"):
        parse_shift(spec)


def test_an_empty_roster_is_not_configured() -> None:
    """Without shifts nobody is assumed off duty."""
    assert Roster().configured is False
    assert Roster.from_config({7: []}, 9).configured is False


def _case(status: str = "open", **kw: object) -> Case:
    base: dict[str, object] = {
        "id": 1,
        "alias": "상담-AAAA",
        "user_key": "k",
        "status": status,
        "urgency": "normal",
        "risk": "none",
        "opened_at": T0,
    }
    return Case(**{**base, **kw})  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("timer", "case", "step"),
    [
        (Timer.REALERT, _case(), Step.REALERT),
        (Timer.REALERT, _case("claimed"), Step.NOTHING),
        (Timer.FALLBACK, _case(), Step.FALLBACK),
        (Timer.FALLBACK, _case(fallback_at=T0), Step.NOTHING),
        (Timer.CLAIM_TIMEOUT, _case("claimed"), Step.RELEASE),
        (Timer.CLAIM_TIMEOUT, _case("closed"), Step.NOTHING),
        (Timer.REALERT, None, Step.NOTHING),
    ],
)
def test_a_due_timer_means_what_the_case_now_needs(
    timer: Timer, case: Case | None, step: Step
) -> None:
    """Stale timers (claimed, closed, told already) do nothing."""
    assert decide(timer, case) == step


def test_the_queue_takes_urgent_first_then_oldest() -> None:
    """Most urgent, then oldest."""
    old = _case(id=1, opened_at=T0)
    new_urgent = _case(id=2, urgency="urgent", opened_at=T0 + dt.timedelta(minutes=5))
    newer = _case(id=3, opened_at=T0 + dt.timedelta(minutes=9))
    assert [c.id for c in queue_order([newer, old, new_urgent])] == [2, 1, 3]


def test_only_a_recent_staff_close_reopens() -> None:
    """Her /end or a close past the window never reopens."""
    ladder = Ladder(reopen_window=dt.timedelta(hours=1))
    staff = _case("closed", closed_by="staff", closed_at=T0)
    assert may_reopen(staff, T0 + dt.timedelta(minutes=59), ladder) is True
    assert may_reopen(staff, T0 + dt.timedelta(minutes=61), ladder) is False
    assert may_reopen(_case("closed", closed_at=T0), T0, ladder) is False


def test_percentiles_use_the_nearest_rank() -> None:
    """p50 of 1..10 is 5, p90 is 9, p99 is 10."""
    values = [float(v) for v in range(10, 0, -1)]
    assert [percentile(values, p) for p in (50, 90, 99)] == [5.0, 9.0, 10.0]


def test_the_case_report_counts_without_ids() -> None:
    """Days, urgency, outcomes and time to claim; no alias, key or counselor id."""
    claimed = T0 + dt.timedelta(minutes=3)
    cases = [
        _case("closed", alias="상담-AAAA", first_claimed_at=claimed, closed_by="staff",
              outcome="referred", claimed_by=424242),
        _case("closed", id=2, alias="상담-BBBB", urgency="urgent", first_claimed_at=T0
              + dt.timedelta(seconds=40)),
        _case("open", id=3, alias="상담-CCCC", fallback_at=T0, realerts=2),
    ]  # fmt: skip
    text = report_text(cases, days=30, utc_offset=KST)
    assert "report cases: 3 case(s) opened in the last 30 day(s) (UTC+9), 2 closed" in text
    assert "2025-03-03         3       1        2      1" in text
    assert "closed: referred" in text and "ended by her" in text and "still waiting" in text
    assert "  all     n=2 · p50 40s · p90 3m 00s · p99 3m 00s · max 3m 00s" in text
    assert "never claimed: 1 · told nobody was free: 1 · re-alerts: 2" in text
    assert "상담-" not in text and "424242" not in text


def test_issue_16_refusals_stay_bounded_with_many_pressers() -> None:
    """Thousands of distinct pressers never grow the refusal counter past its limit."""
    refusals = Refusals(limit=100)
    now = T0
    for presser in range(5000):
        assert refusals.admit((presser, "claim"), now) == 1
    assert len(refusals._seen) <= 100
    assert refusals.admit((4999, "claim"), now) is None  # the newest are still counted

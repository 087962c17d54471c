"""The desk's pure decisions: relay, reopen holder, next timers, close notices (no I/O)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from flows import Command, Event, Press, Text, Unsupported
from flows.counsel import (
    CLAIMED,
    CLOSED,
    OPEN,
    Case,
    CaseEvent,
    Ladder,
    Relay,
    Timer,
    claim_timers,
    closed_notice,
    realert_timers,
    relay_route,
    reopen_holder,
    reopen_timers,
    writes,
)

T0 = datetime(2025, 3, 1, 18, 0, tzinfo=UTC)
LADDER = Ladder()
OPENED = Case(1, "상담-AB23", "k", OPEN, "normal", "none", T0)
HELD = replace(OPENED, status=CLAIMED, claimed_by=11, claimed_via="telegram", claimed_at=T0)
LIVE = replace(HELD, counselor_at=T0 + timedelta(minutes=1))
CLOSED_BY_STAFF = replace(HELD, status=CLOSED, closed_by="staff", closed_at=T0)


@pytest.mark.parametrize(
    ("event", "expected"),
    [
        pytest.param(Text("안녕하세요"), True, id="text"),
        pytest.param(Unsupported("photo"), True, id="media"),
        pytest.param(Unsupported("edited"), False, id="an-edit"),
        pytest.param(Press("menu"), False, id="button"),
        pytest.param(Command("end"), False, id="command"),
    ],
)
def test_only_what_she_writes_is_relayed(event: Event, expected: bool) -> None:
    """Text and media are hers to relay; buttons, commands and edits reach the bot only."""
    assert writes(event) is expected


@pytest.mark.parametrize(
    ("case", "writing", "risky", "expected"),
    [
        pytest.param(None, True, False, Relay.BOT, id="no-case"),
        pytest.param(OPENED, True, False, Relay.BOT, id="waiting-in-the-queue"),
        pytest.param(HELD, False, False, Relay.BOT, id="a-button-while-claimed"),
        pytest.param(HELD, True, False, Relay.COPY, id="claimed-counselor-silent-yet"),
        pytest.param(LIVE, True, False, Relay.COUNSELOR, id="live-bot-stays-quiet"),
        pytest.param(LIVE, True, True, Relay.COPY, id="live-but-at-risk-bot-answers-too"),
        pytest.param(CLOSED_BY_STAFF, True, False, Relay.BOT, id="closed"),
    ],
)
def test_her_message_goes_where_the_case_says(
    case: Case | None, writing: bool, risky: bool, expected: Relay
) -> None:
    """Her words go to the counselor only while live and safe; otherwise the bot answers."""
    assert relay_route(case, writing=writing, risky=risky) is expected


def test_a_counselor_silent_since_reclaim_is_not_live() -> None:
    """A counselor's message from before the current claim does not make the case live."""
    stale = replace(LIVE, claimed_at=T0 + timedelta(minutes=5))
    assert relay_route(stale, writing=True, risky=False) is Relay.COPY


def _holder(case: Case, *, allowed: bool = True, duty: list[int] | None = None) -> object:
    return reopen_holder(
        case, may_act=lambda who, via: allowed, on_duty=duty, default_via="terminal"
    )


def test_a_reopened_case_goes_back_to_its_counselor() -> None:
    """Her counselor gets it back (with desk and label) if she may act and no roster says no."""
    labelled = replace(CLOSED_BY_STAFF, claimed_label="민아")
    assert _holder(labelled) == (11, "telegram", "민아")
    assert _holder(labelled, duty=[11, 22]) == (11, "telegram", "민아")


def test_a_reopened_case_goes_to_the_queue_when_its_counselor_cannot_take_it() -> None:
    """Not a counselor any more, off duty, or nobody held it: the queue."""
    assert _holder(CLOSED_BY_STAFF, allowed=False) is None
    assert _holder(CLOSED_BY_STAFF, duty=[22]) is None
    assert _holder(CLOSED_BY_STAFF, duty=[]) is None
    assert _holder(replace(CLOSED_BY_STAFF, claimed_by=None)) is None


def test_a_holder_without_a_desk_is_on_the_default_desk() -> None:
    """An old case without `claimed_via` is asked about (and returned) on the default desk."""
    seen: list[tuple[int, str]] = []

    def may_act(who: int, via: str) -> bool:
        seen.append((who, via))
        return True

    case = replace(CLOSED_BY_STAFF, claimed_via=None)
    assert reopen_holder(case, may_act=may_act, on_duty=None, default_via="terminal") == (
        11,
        "terminal",
        "",
    )
    assert seen == [(11, "terminal")]


def test_timers_after_a_claim_a_realert_and_a_reopen() -> None:
    """Claimed: the claim timeout; waiting: re-alert and fallback; re-alerted: the next one."""
    assert claim_timers(T0, LADDER) == {Timer.CLAIM_TIMEOUT: T0 + LADDER.claim_timeout}
    assert realert_timers(T0, LADDER) == {Timer.REALERT: T0 + LADDER.realert_after}
    assert reopen_timers(T0, LADDER, held=True) == claim_timers(T0, LADDER)
    assert reopen_timers(T0, LADDER, held=False) == {
        Timer.REALERT: T0 + LADDER.realert_after,
        Timer.FALLBACK: T0 + LADDER.fallback_after,
    }


@pytest.mark.parametrize(
    ("kind", "detail", "counselor", "expected"),
    [
        pytest.param("closed", "user", 11, "closed_user", id="she-ended-it"),
        pytest.param("closed", "forget", 11, "closed_forget", id="she-forgot-everything"),
        pytest.param("closed", "staff", 11, None, id="the-counselor-closed-it"),
        pytest.param("closed", "user", None, None, id="nobody-held-it"),
        pytest.param("raised", "self_harm", 11, None, id="not-a-close"),
    ],
)
def test_the_counselor_hears_of_a_close_she_did_not_make(
    kind: str, detail: str, counselor: int | None, expected: str | None
) -> None:
    """A close by her (or by /forget) is told to the counselor who held the case."""
    assert closed_notice(CaseEvent(1, 1, kind, detail, counselor, T0)) == expected

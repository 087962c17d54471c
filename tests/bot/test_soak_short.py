"""A short soak: 20 users on Telegram, the web chat and KakaoTalk for 15 s, the bot kill -9'ed
twice, the Bot API injecting faults, staff configured.

The full run is `make soak` (500 users, 180 s, a kill every 20 s); see benchmarks/soak.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.soak import SoakSettings, soak


@pytest.mark.slow
async def test_kill_9_twice_under_faults_loses_nothing_and_answers_in_order(
    tmp_path: Path,
) -> None:
    """With two kill -9s and 429/5xx/hung/dropped/slow API answers, every message of every
    channel is answered exactly once and in order (a message given again after a kill, before
    its sent mark, is the only duplicate allowed), cases match, every case has one alert card
    in the staff group, and the inbox and outbox end empty."""
    settings = SoakSettings(
        users=20,
        seconds=15.0,
        kill_every=5.0,
        think=(0.1, 0.6),
        step_timeout=40.0,
        victim_retry_after=3,
        fallback_after=3600,  # the ladder's steps need minutes: the full soak checks them
    )
    verdict, run, _people, fake = await soak(settings, tmp_path)

    assert len(run.kills) == 2
    for channel in ("telegram", "web", "kakao"):
        tally = verdict.of(channel)
        assert tally.users > 0 and tally.steps > 5, channel  # each channel really talked
    assert verdict.lost == 0, verdict.examples
    assert verdict.wrong == 0, verdict.examples
    assert verdict.stuck == 0
    assert verdict.duplicates == verdict.duplicates_in_kill_window, verdict.examples
    assert verdict.case_mismatches == 0
    assert verdict.open_cases > 0  # crisis lines were written and their cases stayed open
    assert (verdict.inbox_left, verdict.outbox_left, verdict.outbox_failed) == (0, 0, 0)
    staff = verdict.staff
    assert staff is not None and staff.cases == verdict.open_cases
    assert staff.unalerted == 0, staff.examples
    assert staff.alert_duplicates == staff.alert_duplicates_in_kill_window, staff.examples
    assert staff.steps_extra == 0 and staff.steps_overdue == 0 and staff.fallback_twice == 0
    assert run.exit_code == 0
    assert verdict.steps > 60
    assert sum(fake.counters.faults.values()) > 0

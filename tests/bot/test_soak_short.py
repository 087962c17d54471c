"""A short soak: 20 users for 15 s, the bot kill -9'ed twice, the Bot API injecting faults.

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
    """With two kill -9s and 429/5xx/hung/dropped/slow API answers, every message is answered
    exactly once and in order (a re-send after a kill between Telegram's OK and the sent mark
    is the only duplicate allowed), cases match, and the inbox and outbox end empty."""
    settings = SoakSettings(
        users=20,
        seconds=15.0,
        kill_every=5.0,
        think=(0.1, 0.6),
        step_timeout=40.0,
        victim_retry_after=3,
    )
    verdict, run, _sims, fake = await soak(settings, tmp_path)

    assert len(run.kills) == 2
    assert verdict.lost == 0, verdict.examples
    assert verdict.wrong == 0, verdict.examples
    assert verdict.stuck == 0
    assert verdict.duplicates == verdict.duplicates_in_kill_window
    assert verdict.case_mismatches == 0
    assert verdict.open_cases > 0  # crisis lines were written and their cases stayed open
    assert (verdict.inbox_left, verdict.outbox_left, verdict.outbox_failed) == (0, 0, 0)
    assert run.exit_code == 0
    assert verdict.steps > 60
    assert sum(fake.counters.faults.values()) > 0

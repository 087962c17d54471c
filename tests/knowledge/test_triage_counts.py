"""`scripts/triage_counts.py`: counts on any risk set, lines only of a tuned-on one."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EVAL = ROOT / "tests" / "eval"


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "triage_counts.py"), *args],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        cwd=ROOT,
    )


def _rows(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def test_a_tuned_set_is_counted_with_its_lines() -> None:
    """risk-dev3 (tuned on): its counts agree with the lines printed behind them."""
    done = _run(str(EVAL / "risk-dev3.jsonl"), "--lines")
    assert done.returncode == 0, done.stderr
    *lines, dev3, total = done.stdout.splitlines()
    rows = _rows(EVAL / "risk-dev3.jsonl")
    crises = sum(row["risk"] != ["none"] for row in rows)
    assert dev3.startswith("risk-dev3: ") and total.startswith("total: ")
    assert dev3.removeprefix("risk-dev3") == total.removeprefix("total")
    assert f"crises {crises}, " in total and f"calm {len(rows) - crises}, " in total
    missed = sum(line.startswith("missed ") for line in lines)
    alarms = sum(line.startswith("alarm ") for line in lines)
    assert f"missed {missed}, " in total and f"alarms {alarms}, " in total


def test_a_held_out_set_shows_counts_only() -> None:
    """risk-check7 is held out: counts, never a line of it, and `--lines` is refused."""
    held = EVAL / "risk-check7.jsonl"
    rows = _rows(held)
    crises = sum(row["risk"] != ["none"] for row in rows)
    done = _run(str(held))
    assert done.returncode == 0, done.stderr
    assert len(done.stdout.splitlines()) == 2
    assert done.stdout.splitlines()[-1].startswith(f"total: crises {crises}, missed ")
    assert not any(row["text"] in done.stdout for row in rows)
    refused = _run(str(held), "--lines")
    assert refused.returncode == 2
    assert refused.stdout == "" and "never read" in refused.stderr

"""Count what triage answers on the risk eval sets, showing no line of a held-out set.

    .venv/bin/python scripts/triage_counts.py                  # the held-out check sets
    .venv/bin/python scripts/triage_counts.py tests/eval/risk-train108.jsonl --lines

For each set, and in total: the crises that raise no alarm (nothing fired, or only a check-in,
which opens no case: `gyeot classify` and `score.py` count both as missed) and the calm lines
that raise one, by a rule or by the example net. With no set named it reads the held-out check
sets (`risk-check7` and later, as `held_out`). `--lines` prints the lines behind the counts and
refuses a held-out set (tests/eval/BLIND.md): their lines are never read to tune anything.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

from bot.config import knowledge_cache
from flows.triage import triage
from knowledge import DEFAULT_PATH
from knowledge.lexicon import Lexicon, load_lexicon

EVAL = Path(__file__).resolve().parents[1] / "tests" / "eval"
FIRST_HELD_OUT_CHECK = 7  # risk-check3..6 were tuned on once scored; check7 on never were
COUNTS = ("crises", "missed", "as check-in", "calm", "alarms", "by net")


def held_out(path: Path) -> bool:
    """True for a set whose lines are never read: the blind sets and the newer check sets."""
    check = re.fullmatch(r"risk-check(\d+)\.jsonl", path.name)
    return path.name.startswith("risk-blind") or (
        check is not None and int(check[1]) >= FIRST_HELD_OUT_CHECK
    )


def held_out_sets() -> list[Path]:
    """The held-out check sets, in number order."""
    sets = [p for p in EVAL.glob("risk-check*.jsonl") if held_out(p)]
    return sorted(sets, key=lambda p: int(p.stem.removeprefix("risk-check")))


def count(path: Path, lexicon: Lexicon, lines: bool) -> Counter[str]:
    """Triage each line of `path`; print a line behind a count when `lines`."""
    tally: Counter[str] = Counter()
    for raw in path.read_text(encoding="utf-8").splitlines():
        if not raw.strip():
            continue
        row = json.loads(raw)
        hit = triage(row["text"], lexicon)
        alarm = hit is not None and not hit.check_in
        if row["risk"] != ["none"]:
            tally["crises"] += 1
            if not alarm:
                tally["missed"] += 1
                tally["as check-in"] += hit is not None
                if lines:
                    _say(f"missed {row['risk']} {hit.rule_id if hit else '-'}: {row['text']}")
        else:
            tally["calm"] += 1
            if alarm:
                tally["alarms"] += 1
                tally["by net"] += hit.rule_id.startswith("net.")
                if lines:
                    _say(f"alarm {hit.rule_id}: {row['text']}")
    return tally


def _say(line: str) -> None:
    sys.stdout.write(line + "\n")


def _row(name: str, tally: Counter[str]) -> str:
    return f"{name}: " + ", ".join(f"{key} {tally[key]}" for key in COUNTS)


def main() -> int:
    """Print each set's counts and the total; 2 when asked for a held-out set's lines."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="*", type=Path, help="risk eval sets (JSONL)")
    parser.add_argument("--lines", action="store_true", help="print the lines (tuned sets only)")
    args = parser.parse_args()
    sets = args.sets or held_out_sets()
    if args.lines and any(held_out(p) for p in sets):
        sys.stderr.write("--lines: a held-out set's lines are never read (tests/eval/BLIND.md)\n")
        return 2
    lexicon = load_lexicon(DEFAULT_PATH / "triage.toml", cache=knowledge_cache())
    total: Counter[str] = Counter()
    for path in sets:
        tally = count(path, lexicon, args.lines)
        total.update(tally)
        _say(_row(path.stem, tally))
    _say(_row("total", total))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The typo rescue's shortcut (common-subsequence filter) finds exactly what brute force finds."""

from __future__ import annotations

import json
import random
from pathlib import Path

from rapidfuzz import fuzz, process

from knowledge.loader import Knowledge
from knowledge.matcher import LOOSE_MAX, MatchIndex, _loose_keywords
from knowledge.normalize import compact, jamo

EVAL = Path(__file__).parents[1] / "eval"


def brute_force(flat: str, index: MatchIndex) -> list[str]:
    """partial_ratio ≥ 92 against every long keyword no longer than the message."""
    flat_jamo = jamo(flat)
    if len(flat_jamo) > LOOSE_MAX:
        return []
    choices = [k[1] for k in index.long_keywords]
    hits = process.extract(
        flat_jamo, choices, scorer=fuzz.partial_ratio, score_cutoff=92, limit=None
    )
    return sorted(index.long_keywords[i][2] for c, _, i in hits if len(flat_jamo) >= len(c))


def misspelled(keyword: str, rng: random.Random) -> str:
    """The keyword with up to two slips and some words around it."""
    letters = list(keyword)
    for _ in range(rng.randint(0, 2)):
        at = rng.randrange(len(letters))
        match rng.randint(0, 2):
            case 0:
                letters[at] = rng.choice("가나다라마바사아자차카타파하은는이")
            case 1:
                del letters[at]
            case _:
                letters.insert(at, rng.choice("가나다 아이"))
    return rng.choice(["", "혹시 ", "저 "]) + "".join(letters) + rng.choice(["", "요", "?"])


def test_filter_loses_no_keyword_found_by_brute_force(kb: Knowledge):
    """Dev-set questions and 800 misspelled keywords give the same topics both ways."""
    index = kb.index
    rng = random.Random(7)
    lines = (EVAL / "topics-dev.jsonl").read_text(encoding="utf-8").splitlines()
    texts = [json.loads(line)["text"] for line in lines if line.strip()]
    texts += [misspelled(k[0], rng) for k in rng.choices(index.long_keywords, k=800)]
    hits_before = 0
    for text in texts:
        flat = compact(text)
        expected = brute_force(flat, index)
        assert sorted(_loose_keywords(flat, set(), index)) == expected, text
        hits_before += bool(expected)
    assert hits_before > 200  # the misspellings do reach the rescue (not a vacuous check)

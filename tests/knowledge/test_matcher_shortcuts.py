"""The matcher's shortcuts (issue 14's 1 ms budget) find exactly what the plain way finds."""

from __future__ import annotations

import json
import random
from pathlib import Path

from rapidfuzz import fuzz, process

from knowledge.loader import Knowledge
from knowledge.matcher import (
    _SENTENCE,
    LOOSE_MAX,
    MAX_PARTS,
    MatchIndex,
    _cosine_by_topic,
    _keywords_in,
    _loose_keywords,
    _squeeze,
    _weigh,
    features,
)
from knowledge.normalize import compact, jamo, words

EVAL = Path(__file__).parents[1] / "eval"


def dev_texts() -> list[str]:
    lines = (EVAL / "topics-dev.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["text"] for line in lines if line.strip()]


def test_keywords_in_a_message_are_those_a_plain_scan_finds(kb: Knowledge) -> None:
    """Looking only under the message's letter pairs loses no keyword; a part's are the whole's."""
    every = [entry for entries in kb.index.keyword_starts.values() for entry in entries]
    for text in dev_texts():
        flat = compact(text)
        found = _keywords_in(flat, kb.index)
        assert sorted(found, key=repr) == sorted((e for e in every if e[0] in flat), key=repr)
        for part in _SENTENCE.split(text)[:MAX_PARTS]:
            part_flat = _squeeze(words(part))
            if part_flat in flat:  # as `_rank` checks before it takes this shortcut
                within = {e for e in found if e[0] in part_flat}
                assert within == set(_keywords_in(part_flat, kb.index))


def _example_vectors(index: MatchIndex) -> list[dict[str, float]]:
    """Each example's TF-IDF vector, as the postings hold it."""
    vectors: list[dict[str, float]] = [{} for _ in index.example_topics]
    for f, (a, b) in index.postings.items():
        ids, weights = index.posting_ids[a:b].tolist(), index.posting_weights[a:b].tolist()
        for i, w in zip(ids, weights, strict=True):
            vectors[i][f] = w
    return vectors


def test_cosine_equals_a_plain_sum_over_every_example(kb: Knowledge) -> None:
    """Each topic's best cosine is the plain dot product's, to the last bit."""
    index = kb.index
    for text in dev_texts()[::4]:
        query = _weigh(features(text), index.idf, index.max_idf * 0.25)
        best, sims, _ = _cosine_by_topic(query, index)
        plain: dict[str, float] = {}
        for i, vector in enumerate(_example_vectors(index)):
            sim = 0.0
            touched = False
            for f, w in query.items():
                if f in vector:
                    sim, touched = sim + w * vector[f], True
            if touched:
                assert sims[i] == sim
                topic = index.example_topics[i]
                plain[topic] = max(plain.get(topic, 0.0), sim)
        assert best == plain


def test_rescue_with_more_slips_finds_what_brute_force_finds(kb: Knowledge) -> None:
    """Up to four slips anywhere in a long keyword: the piece index still finds every hit."""
    index = kb.index
    rng = random.Random(14)
    texts = []
    for kw, _, _ in rng.choices(index.long_keywords, k=600):
        letters = list(kw)
        for _ in range(rng.randint(1, 4)):
            at = rng.randrange(len(letters))
            match rng.randint(0, 2):
                case 0:
                    letters[at] = rng.choice("가나다라마바사아자차카타파하은는이")
                case 1 if len(letters) > 2:
                    del letters[at]
                case _:
                    letters.insert(at, rng.choice("가나다아이"))
        texts.append(rng.choice(["", "혹시 ", "저 "]) + "".join(letters))
    choices = [k[1] for k in index.long_keywords]
    hits = 0
    for text in texts:
        flat = compact(text)
        flat_jamo = jamo(flat)
        if len(flat_jamo) > LOOSE_MAX:
            continue
        found = process.extract(
            flat_jamo, choices, scorer=fuzz.partial_ratio, score_cutoff=92, limit=None
        )
        expected = sorted(
            index.long_keywords[i][2] for c, _, i in found if len(c) <= len(flat_jamo)
        )
        assert sorted(_loose_keywords(flat, set(), index)) == expected, text
        hits += bool(expected)
    assert hits > 20  # some slips still reach the rescue (not a vacuous check)

"""Every shipped knowledge file validates, and the knowledge as a whole passes its checks."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from knowledge import DEFAULT_PATH, TOPIC_IDS, Knowledge, MatchSettings, match
from knowledge.check import (
    AREA_CODE,
    MISSING_LANGUAGE_LEVEL,
    PHONE,
    TELLING_WORDS,
    check,
    first_sentence,
    telling_words,
)
from knowledge.loader import load_catalog, load_topic

TOPIC_FILES = sorted((DEFAULT_PATH / "topics").glob("*.toml"))
UI_FILES = sorted((DEFAULT_PATH / "ui").glob("*.toml"))
SAMPLE = Path(__file__).resolve().parents[3] / "shared" / "eval" / "topics-sample.jsonl"


@pytest.mark.parametrize("path", TOPIC_FILES, ids=lambda p: p.stem)
def test_topic_file_validates(path: Path):
    """Each topic file loads under the strict schema and names its sources and review date."""
    topic = load_topic(path)
    assert topic.sources
    assert topic.review_by > dt.date(2026, 11, 1)


@pytest.mark.parametrize("path", UI_FILES, ids=lambda p: p.stem)
def test_ui_file_validates(path: Path):
    """Each UI catalog loads and every string formats without a missing placeholder error."""
    catalog = load_catalog(path)
    for key, text in catalog.strings.items():
        assert text.strip(), key


def test_every_topic_id_has_a_file():
    """All 17 topic ids from DESIGN.md have a file, and no other file exists."""
    assert sorted(p.stem for p in TOPIC_FILES) == sorted(TOPIC_IDS)


def test_knowledge_check_finds_no_errors(kb: Knowledge):
    """Phones, coverage, duplicates and related topics pass; only review warnings may appear."""
    problems = [p for p in check(kb, today=dt.date(2026, 11, 21)) if p.level == "error"]
    assert [str(p) for p in problems] == []


def test_the_wording_rules_cover_every_language():
    """Each language has its telling words and its word for the area code; the flag is a level."""
    assert set(TELLING_WORDS) == {"ko", "en", "vi", "zh"}
    assert len(AREA_CODE) == 4
    assert MISSING_LANGUAGE_LEVEL in ("warning", "error")


def test_every_shipped_answer_opens_neutrally(kb: Knowledge):
    """No shipped answer's first sentence (the lock-screen preview) names a telling word."""
    telling = [
        (topic.id, lang, first_sentence(loc.answer))
        for topic in kb.topics.values()
        for lang, loc in topic.translations()
        if telling_words(lang, first_sentence(loc.answer))
    ]
    assert telling == []


def test_every_number_shown_is_verified(kb: Knowledge):
    """Every phone-like number in every answer and UI string is on phones.toml."""
    allowed = {p.number for p in kb.phones.phone}
    shown = set()
    for topic in kb.topics.values():
        for lang in ("ko", "en", "vi", "zh"):
            loc = topic.localized(lang)
            if loc:
                shown |= set(PHONE.findall(loc.answer + "\n" + loc.more))
    for strings in kb.catalogs.values():
        for text in strings.values():
            shown |= set(PHONE.findall(text))
    assert shown - allowed == set()
    assert {"1308", "119", "112", "109", "1366"} <= shown


def test_every_example_matches_its_own_topic(kb: Knowledge):
    """Each topic's example questions are answered with that topic."""
    settings = MatchSettings()
    wrong = []
    for topic in kb.topics.values():
        for lang in ("ko", "en", "vi", "zh"):
            loc = topic.localized(lang)
            for example in loc.examples if loc else ():
                found = match(example, kb.index, settings)
                if not found.best or found.best.topic != topic.id:
                    wrong.append((topic.id, example, found.best))
    assert wrong == []


@pytest.mark.skipif(not SAMPLE.exists(), reason="shared eval sample not beside the repo")
def test_shared_sample_top1_accuracy(kb: Knowledge):
    """The shared topic sample scores at least 0.95 top-1 (the issue's bar)."""
    rows = [json.loads(line) for line in SAMPLE.read_text(encoding="utf-8").splitlines() if line]
    settings = MatchSettings()
    hits = 0
    for row in rows:
        found = match(row["text"], kb.index, settings)
        best = found.best.topic if found.best and found.best.score >= settings.threshold else None
        hits += best == row["topic"]
    assert hits / len(rows) >= 0.95

"""Compiled triage patterns kept in the cache (`knowledge.programs`): the same rules, faster.

A new process is stood for by forgetting what this one loaded (`_LEARNED`).
"""

from __future__ import annotations

import base64
import json
import re
import zlib
from array import array
from pathlib import Path

import pytest

from flows.triage import triage
from knowledge import lexicon, programs
from knowledge.lexicon import Lexicon, LexiconFile, load_lexicon
from knowledge.programs import FORMAT, Programs

SHIPPED = Path(lexicon.__file__).parent / "data" / "triage.toml"
EVAL = Path(__file__).parents[1] / "eval"


def _fresh(cache: Path) -> Lexicon:
    lexicon._LEARNED.clear()
    return load_lexicon(SHIPPED, cache=cache)


@pytest.fixture(scope="module")
def kept(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A cache the shipped rules were loaded into once (their programs and the net)."""
    cache = tmp_path_factory.mktemp("cache")
    _fresh(cache)
    return cache


def _patterns(lex: Lexicon) -> list[tuple[str, int]]:
    found = []
    for rules in lex.by_risk.values():
        for rule in rules:
            for each in (rule, rule.plain):
                if each is None:
                    continue
                own = (each.compact, each.spaced, each.unless, each.also, each.anywhere)
                for pattern in (*own, *each.shared):
                    if pattern is not None:
                        found.append((pattern.pattern, pattern.flags))
    return found


def _never_compile(*_args: object) -> None:
    raise AssertionError("compiled although the cache holds the program")


def test_the_shipped_rules_from_the_cache_triage_tuned_lines_alike(
    kept: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Rules built from kept programs are re.compile's patterns and give the same hits."""
    text = SHIPPED.read_text(encoding="utf-8")
    compiled = LexiconFile.model_validate(lexicon._parse(SHIPPED, text)).lexicon()  # re.compile
    monkeypatch.setattr(programs, "_program", _never_compile)
    read = _fresh(kept).with_net(None)  # the rules alone, as `compiled`
    assert _patterns(read) == _patterns(compiled) and len(_patterns(read)) > 1000
    lines = [
        json.loads(line)["text"]
        for path in sorted(EVAL.glob("risk-train*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()[::4]
        if line.strip()
    ]
    assert len(lines) > 900
    hits = 0
    for line in lines:
        a, b = triage(line, compiled), triage(line, read)
        assert (a and (a.risk, a.rule_id)) == (b and (b.risk, b.rule_id)), line
        hits += a is not None
    assert hits > 500


@pytest.mark.parametrize(
    "words",
    [
        base64.b64encode(zlib.compress(array("I", [1, 2, 3, 999_999]).tobytes())).decode(),
        "not base64!",
        base64.b64encode(b"not zlib").decode(),
        [17, 4, 0],
    ],
    ids=["invalid code", "not base64", "not compressed", "a list"],
)
def test_a_damaged_program_is_compiled_again(words: object) -> None:
    """The engine refuses a program that is not valid: the pattern is compiled as re would."""
    pattern = "(?:하혈|피가(?:많이)?나)"
    damaged = {f"{int(re.IGNORECASE)}:{pattern}": [34, words, 0, {}, []]}
    kept = Programs(damaged).compile(pattern, re.IGNORECASE)
    assert kept.search("어제부터피가많이나요") is not None
    assert kept.pattern == pattern and kept.flags == re.compile(pattern, re.IGNORECASE).flags


def test_programs_of_another_engine_are_not_read(kept: Path, tmp_path: Path) -> None:
    """A cache file written for another engine version is compiled again and replaced."""
    for each in kept.iterdir():
        (tmp_path / each.name).write_bytes(each.read_bytes())
    (stored,) = tmp_path.glob("triage-rules-*.json")
    data = json.loads(stored.read_bytes())
    data["value"]["format"] = "sre-0"
    stored.write_text(json.dumps(data), encoding="utf-8")
    assert _patterns(_fresh(tmp_path)) == _patterns(_fresh(kept))
    assert json.loads(stored.read_bytes())["value"]["format"] == FORMAT

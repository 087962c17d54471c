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
from knowledge.lexicon import CompiledRule, Lexicon, LexiconFile, load_lexicon
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


def _shape(lex: Lexicon) -> tuple[object, ...]:
    """Everything triage reads in a lexicon but the net, with each pattern as (text, flags)."""

    def pattern(p: re.Pattern[str] | None) -> tuple[str, int] | None:
        return None if p is None else (p.pattern, p.flags)

    def rule(r: CompiledRule | None) -> tuple[object, ...] | None:
        if r is None:
            return None
        own = (r.compact, r.spaced, r.unless, r.also, r.anywhere)
        guards = tuple(map(pattern, r.shared)), tuple(map(pattern, r.in_sentence))
        return (r.id, r.risk, r.lang, tuple(map(pattern, own)), rule(r.plain), guards, r.ends)

    return (
        {risk: tuple(map(rule, rules)) for risk, rules in lex.by_risk.items()},
        {risk: tuple(map(rule, rules)) for risk, rules in lex.check_ins.items()},
        lex.firm,
        {
            lang: (pattern(joined), tuple((g.risks, tuple(map(pattern, g.patterns))) for g in gs))
            for lang, (joined, gs) in lex.net_guards.items()
        },
    )


def _distinct(lex: Lexicon) -> int:
    """How many compiled pattern objects the rules hold (a shared guard is one)."""
    seen = set()
    for rules in (*lex.by_risk.values(), *lex.check_ins.values()):
        for rule in rules:
            for each in (rule, rule.plain):
                if each is not None:
                    own = (each.compact, each.spaced, each.unless, each.also, each.anywhere)
                    seen.update(id(p) for p in (*own, *each.shared, *each.in_sentence) if p)
    return len(seen)


def _never_compile(*_args: object) -> None:
    raise AssertionError("compiled although the cache holds the program")


def _never_parse(*_args: object) -> None:
    raise AssertionError("parsed triage.toml although the cache holds the rules built")


def test_the_shipped_rules_from_the_cache_triage_tuned_lines_alike(
    kept: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Rules built from kept programs are re.compile's patterns and give the same hits."""
    text = SHIPPED.read_text(encoding="utf-8")
    compiled = LexiconFile.model_validate(lexicon._parse(SHIPPED, text)).lexicon()  # re.compile
    monkeypatch.setattr(programs, "_program", _never_compile)
    read = _fresh(kept).with_net(None)  # the rules alone, as `compiled`
    assert _patterns(read) == _patterns(compiled) and len(_patterns(read)) > 1000
    assert _shape(read) == _shape(compiled)
    assert _distinct(read) <= _distinct(compiled) < len(_patterns(read)) / 2  # guards shared
    lines = [
        json.loads(line)["text"]
        for path in sorted(EVAL.glob("risk-train*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()[::12]
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


def test_a_start_with_the_rules_kept_reads_no_rule_file(
    kept: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the built rules in the cache, a new process neither parses nor validates
    triage.toml (about 2 s of every start): the lexicon comes from the cache alone."""
    monkeypatch.setattr(lexicon, "_parse", _never_parse)
    monkeypatch.setattr(programs, "_program", _never_compile)
    assert len(_patterns(_fresh(kept))) > 1000


@pytest.mark.parametrize(
    "damage",
    [
        {"patterns": [1, 2]},
        {"rules": {"medical": [["medical.ko.x", "medical", "ko", [99_999] * 5]]}},
        {"net_guards": {"ko": [0, [[["violence"], [99_999]]]]}},
        {"firm": None},
    ],
    ids=["patterns", "rule", "net-guard", "firm"],
)
def test_damaged_kept_rules_are_built_again(
    kept: Path, tmp_path: Path, damage: dict[str, object]
) -> None:
    """A kept lexicon of another shape is built again from the file, and the file replaced."""
    for each in kept.iterdir():
        (tmp_path / each.name).write_bytes(each.read_bytes())
    (stored,) = tmp_path.glob("triage-rules-*.json")
    data = json.loads(stored.read_bytes())
    data["value"].update(damage)
    stored.write_text(json.dumps(data), encoding="utf-8")
    assert _shape(_fresh(tmp_path)) == _shape(_fresh(kept))
    assert json.loads(stored.read_bytes())["value"]["patterns"][0] != 1


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

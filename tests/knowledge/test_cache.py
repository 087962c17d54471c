"""The cache of the learned triage net: a later load reads it, never a stale or damaged file.

Each test stands for a new process by forgetting what this one learned (`_LEARNED`), so the
net can only come from the cache file or from learning it again.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import numpy as np
import pytest

from bot.app import learn_apart
from knowledge import cache as cache_module
from knowledge import lexicon
from knowledge.errors import KnowledgeFileError
from knowledge.lexicon import EXAMPLES_FILE, RISKS, ExampleNet, forms, load_lexicon

RULES = (
    '[[rule]]\nid = "medical.ko.bleeding"\nrisk = "medical"\nlang = "ko"\ncontains = ["하혈"]\n'
)


def _examples(*calm: str) -> str:
    groups = [
        f'[[group]]\nrisk = "{r}"\nname = "g_{r}"\ncrisis = ["{r} 위험 문장"]\n'
        f'calm = ["{r} 평범한 문장"]\n\n'
        for r in RISKS
    ]
    groups.append(f'[[group]]\nname = "more"\ncalm = {json.dumps(list(calm or ["그냥 말"]))}\n')
    return "".join(groups)


@pytest.fixture
def rules(tmp_path: Path) -> Path:
    path = tmp_path / "kb" / "triage.toml"
    path.parent.mkdir()
    path.write_text(RULES, encoding="utf-8")
    (path.parent / EXAMPLES_FILE).write_text(_examples(), encoding="utf-8")
    return path


def _load(rules: Path, cache: Path) -> ExampleNet:
    """Load as a new process would: nothing learned in memory."""
    lexicon._LEARNED.clear()
    net = load_lexicon(rules, cache=cache).net
    assert net is not None
    return net


def _never_learn(*_args: object) -> None:
    raise AssertionError("learned again although the cache holds the net")


def _same(a: ExampleNet, b: ExampleNet) -> bool:
    """Both weigh the same pieces the same and know the same sentences."""
    return (
        np.array_equal(a.keys, b.keys)
        and np.array_equal(a.table[a.rows], b.table[b.rows])
        and a.exact == b.exact
    )


def _stored(cache: Path) -> list[Path]:
    return sorted(cache.glob("triage-net-*.json"))


def test_a_later_load_reads_the_net_the_first_one_learned(
    rules: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Same weights and exact sentences, weight rows still shared, nothing learned twice."""
    cache = tmp_path / "cache"
    learned = _load(rules, cache)
    assert len(_stored(cache)) == 1
    monkeypatch.setattr(lexicon, "_examples", _never_learn)
    read = _load(rules, cache)
    assert _same(read, learned)
    assert len(read.table) == len(learned.table) < len(read.keys)  # rows still shared


@pytest.fixture(scope="module")
def shipped(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, ExampleNet]:
    """The shipped net as a new process learns it, and the cache it stored it in (learned once
    for the tests below: it takes seconds)."""
    cache = tmp_path_factory.mktemp("shipped-cache")
    lexicon._LEARNED.clear()
    net = load_lexicon(Path(lexicon.__file__).parent / "data" / "triage.toml", cache=cache).net
    assert net is not None
    return cache, net


def test_the_shipped_net_survives_the_cache_unchanged(shipped: tuple[Path, ExampleNet]) -> None:
    """The real net (floats, sentences in four scripts, calm = None) comes back equal."""
    cache, learned = shipped
    (stored,) = _stored(cache)
    read = ExampleNet.load(json.loads(stored.read_bytes())["value"])
    assert _same(read, learned)


def test_a_served_net_keeps_no_piece_text(shipped: tuple[Path, ExampleNet]) -> None:
    """Once stored, the net a lexicon serves keys its pieces by number and keeps no text of
    them (the text is what `dump` stores, and what a second process reads back)."""
    cache, served = shipped
    assert served.stored is None
    assert served.keys.dtype == np.int64
    with pytest.raises(ValueError, match="just learned"):
        served.dump()
    (stored,) = _stored(cache)
    pieces = json.loads(stored.read_bytes())["value"]["pieces"]
    assert sum(len(group.split(" ")) for group in pieces) == len(served.keys)
    assert {lexicon.piece_key(p) for g in pieces for p in g.split(" ")} == set(
        served.keys.tolist()
    )


def test_a_served_net_knows_its_sentences_by_key_not_text(
    shipped: tuple[Path, ExampleNet],
) -> None:
    """Each example sentence, as written, has its risk (None: calm); a sentence not in the files
    has none; the net keeps keys and codes, no sentence's text."""
    cache, served = shipped
    (stored,) = _stored(cache)
    sentences = json.loads(stored.read_bytes())["value"]["exact"]
    assert len(served.exact) == len(sentences) > 10_000
    assert all(served.exact[text] == risk for text, risk in sentences.items())
    assert {None, *RISKS} == set(sentences.values())
    unknown = forms("파일에 없는 문장 하나 써 봅니다").compact
    assert unknown not in served.exact and 3 not in served.exact
    with pytest.raises(KeyError):
        served.exact[unknown]
    assert (served.exact.keys.dtype, served.exact.codes.dtype) == (np.int64, np.int8)


def test_a_file_edited_while_it_loads_fails_the_load(
    rules: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An admin saves the examples file just after the load took its digest: the load fails
    (a reload keeps the knowledge it had) and nothing is cached under the digest of the text it
    did not read; the next load learns the new text."""
    cache, examples = tmp_path / "cache", rules.parent / EXAMPLES_FILE
    digest = lexicon._digest

    def saved_right_after(path: Path) -> str:
        taken = digest(path)
        if path == examples:
            path.write_text(_examples("저장된 새 문장"), encoding="utf-8")
        return taken

    monkeypatch.setattr(lexicon, "_digest", saved_right_after)
    with pytest.raises(KnowledgeFileError, match="changed while it was loaded"):
        _load(rules, cache)
    assert _stored(cache) == []
    monkeypatch.undo()
    assert forms("저장된 새 문장").compact in _load(rules, cache).exact


def test_an_edited_examples_file_is_learned_again(rules: Path, tmp_path: Path) -> None:
    """The key is the files' text: an admin's new sentence is in the next load's net."""
    cache = tmp_path / "cache"
    before = _load(rules, cache)
    (rules.parent / EXAMPLES_FILE).write_text(_examples("새로 쓴 평범한 문장"), encoding="utf-8")
    after = _load(rules, cache)
    assert forms("새로 쓴 평범한 문장").compact in after.exact
    assert forms("새로 쓴 평범한 문장").compact not in before.exact
    assert len(_stored(cache)) == 2


def test_the_code_that_learns_is_part_of_the_key(
    rules: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A new release (another `knowledge` source) does not read an older release's net."""
    cache = tmp_path / "cache"
    _load(rules, cache)
    code = tmp_path / "code"
    code.mkdir()
    for source in Path(cache_module.__file__).parent.glob("*.py"):
        (code / source.name).write_bytes(source.read_bytes())
    (code / "lexicon.py").write_bytes((code / "lexicon.py").read_bytes() + b"\n# changed\n")
    monkeypatch.setattr(cache_module, "_CODE", code)
    _load(rules, cache)
    assert len(_stored(cache)) == 2


@pytest.mark.parametrize(
    "damage",
    [
        b"",
        b'{"key": "',
        b"[]",
        b'{"key": null, "value": {}}',
        "right key, rows too short",
        "right key, other risks",
        "right key, pieces as lists",
        "right key, a row without pieces",
    ],
    ids=["empty", "cut", "list", "other-key", "short-rows", "other-risks", "lists", "empty-row"],
)
def test_a_damaged_file_is_learned_again(rules: Path, tmp_path: Path, damage: bytes | str) -> None:
    """Whatever is in the file, the load gives the learned net and mends the file."""
    cache = tmp_path / "cache"
    learned = _load(rules, cache)
    (stored,) = _stored(cache)
    if isinstance(damage, str):
        data = json.loads(stored.read_bytes())
        value = data["value"]
        if "too short" in damage:
            value["rows"] = [row[:-1] for row in value["rows"]]
        elif "lists" in damage:  # the shape before each row's pieces were one string
            value["pieces"] = [group.split(" ") for group in value["pieces"]]
        elif "without" in damage:
            value["pieces"][0] = ""
        else:
            value["risks"] = ["medical"]
        damage = json.dumps(data).encode()
    stored.write_bytes(damage)
    read = _load(rules, cache)
    assert _same(read, learned)
    assert ExampleNet.load(json.loads(stored.read_bytes())["value"]).exact == learned.exact


def test_a_cache_that_cannot_be_written_is_skipped(rules: Path, tmp_path: Path) -> None:
    """A cache path that is not a directory: the load learns the net and says nothing."""
    blocked = tmp_path / "a-file"
    blocked.write_text("not a directory", encoding="utf-8")
    assert _load(rules, blocked).exact == _load(rules, tmp_path / "cache").exact
    assert blocked.read_text(encoding="utf-8") == "not a directory"
    assert not list(tmp_path.glob("**/.triage-net-*.tmp"))


def test_only_the_newest_versions_are_kept(rules: Path, tmp_path: Path) -> None:
    """Each edit stores a file; the oldest go, so the directory does not grow forever."""
    cache = tmp_path / "cache"
    for n in range(cache_module.KEEP + 2):
        (rules.parent / EXAMPLES_FILE).write_text(_examples(f"판 {n}번째 문장"), encoding="utf-8")
        _load(rules, cache)
    assert len(_stored(cache)) == cache_module.KEEP
    lexicon._LEARNED.clear()
    assert forms("판 5번째 문장").compact in _load(rules, cache).exact


def test_the_version_in_use_is_kept_while_others_come_and_go(
    rules: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The files kept are the most recently used: the bot's version, read by every start, is
    never learned again while an admin tries more edits than `KEEP` (each read only once)."""
    cache = tmp_path / "cache"
    shipped = _examples()
    learned: list[str] = []
    learn = lexicon._examples

    def counted(files: tuple[Path, ...], contents: tuple[str, ...]) -> object:
        learned.append(contents[0])
        return learn(files, contents)

    monkeypatch.setattr(lexicon, "_examples", counted)
    _load(rules, cache)
    for n in range(cache_module.KEEP + 2):
        (rules.parent / EXAMPLES_FILE).write_text(_examples(f"시험 {n}"), encoding="utf-8")
        _load(rules, cache)
        (rules.parent / EXAMPLES_FILE).write_text(shipped, encoding="utf-8")
        _load(rules, cache)  # a restart of the bot on its own version
    assert learned.count(shipped) == 1 and len(learned) == 1 + cache_module.KEEP + 2
    assert len(_stored(cache)) == cache_module.KEEP


def test_a_child_process_learns_the_net_so_this_one_never_does(
    rules: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`learn_apart` leaves the net in the cache, learned by another process: this one reads it
    (its peak memory stays that of a start from the cache), and nothing is spawned once it is
    there."""
    cache = tmp_path / "cache"
    learn_apart(rules.parent, cache)
    assert len(_stored(cache)) == 1
    monkeypatch.setattr(lexicon, "_examples", _never_learn)
    assert forms("그냥 말").compact in _load(rules, cache).exact

    def _no_child(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("a child was started although the cache holds the net")

    monkeypatch.setattr(subprocess, "run", _no_child)
    learn_apart(rules.parent, cache)


def test_a_child_that_cannot_store_leaves_the_learning_to_this_process(
    rules: Path, tmp_path: Path
) -> None:
    """A cache that cannot be written (here a file where the directory should be), or broken
    files, make the child fail quietly: the load learns here, or names the error itself."""
    blocked = tmp_path / "not-a-directory"
    blocked.write_text("", encoding="utf-8")
    learn_apart(rules.parent, blocked)
    assert forms("그냥 말").compact in _load(rules, blocked).exact
    (rules.parent / EXAMPLES_FILE).write_text("[[group]]\nname = 1\n", encoding="utf-8")
    learn_apart(rules.parent, tmp_path / "cache")
    assert not (tmp_path / "cache").exists()
    with pytest.raises(KnowledgeFileError, match=EXAMPLES_FILE):
        _load(rules, tmp_path / "cache")

"""Fuzz knowledge file loading: a mutated or random file loads or raises KnowledgeFileError."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from tempfile import TemporaryDirectory
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from knowledge import DEFAULT_PATH, TOPIC_IDS, KnowledgeFileError
from knowledge.lexicon import load_lexicon
from knowledge.loader import load_catalog, load_phones, load_topic
from tests.fuzz.gen import EXAMPLES, FUZZ, dumps, keys, mutate, values

TOPIC_FIELDS = ["id", "review_by", "reviewed_by", "sources", "related", "flow", "ko", "en", "vi"]
LOADERS: dict[str, Callable[[Path], Any]] = {
    "topic": load_topic,
    "catalog": load_catalog,
    "lexicon": load_lexicon,
    "phones": load_phones,
}


@pytest.fixture(scope="module")
def folder() -> Iterator[Path]:
    with TemporaryDirectory() as name:
        yield Path(name)


def load(kind: str, path: Path, content: bytes) -> object | None:
    """Write `content` to `path` and load it; only KnowledgeFileError naming it may come out."""
    path.write_bytes(content)
    try:
        loaded: object = LOADERS[kind](path)
    except KnowledgeFileError as exc:
        assert exc.path == path
        return None
    return loaded


def shipped(kind: str, index: int) -> tuple[str, str]:
    """Return (file name, text) of one shipped file of a kind."""
    if kind == "topic":
        name = f"{TOPIC_IDS[index % len(TOPIC_IDS)]}.toml"
        return name, (DEFAULT_PATH / "topics" / name).read_text(encoding="utf-8")
    if kind == "catalog":
        name = ["ko.toml", "en.toml", "vi.toml", "zh.toml"][index % 4]
        return name, (DEFAULT_PATH / "ui" / name).read_text(encoding="utf-8")
    name = "triage.toml" if kind == "lexicon" else "phones.toml"
    return name, (DEFAULT_PATH / name).read_text(encoding="utf-8")


@settings(parent=FUZZ, max_examples=max(30, EXAMPLES // 3))  # the lexicon compiles ~80 rules
@given(
    kind=st.sampled_from(sorted(LOADERS)),
    index=st.integers(min_value=0, max_value=100),
    seed=st.integers(),
    rounds=st.integers(min_value=1, max_value=5),
)
def test_mutated_shipped_file_loads_or_names_the_file(
    folder: Path, kind: str, index: int, seed: int, rounds: int
) -> None:
    """A shipped file with lines deleted, duplicated or garbled loads or fails naming it."""
    name, text = shipped(kind, index)
    load(kind, folder / name, mutate(text, seed, rounds).encode("utf-8", "surrogatepass"))


topic_like = st.fixed_dictionaries(
    {},
    optional={
        "id": st.one_of(st.sampled_from(TOPIC_IDS), st.text(max_size=10)),
        "review_by": values,
        "reviewed_by": values,
        "related": values,
        "flow": st.one_of(st.sampled_from(["intake", "shelter"]), values),
        "sources": st.lists(st.dictionaries(st.sampled_from(["title", "url", "checked"]), values)),
        "ko": st.dictionaries(st.sampled_from(["title", "answer", "more", "keywords"]), values),
        "en": values,
    },
)


@FUZZ
@given(data=st.one_of(topic_like, st.dictionaries(keys, values, max_size=5)))
def test_random_topic_file_loads_or_names_the_file(folder: Path, data: dict[str, Any]) -> None:
    """A topic file with random fields and values loads or fails naming the file."""
    load("topic", folder / "shelter.toml", dumps(data).encode())


@FUZZ
@given(
    kind=st.sampled_from(sorted(LOADERS)),
    data=st.dictionaries(keys, values, max_size=6),
)
def test_random_file_of_any_kind_loads_or_names_the_file(
    folder: Path, kind: str, data: dict[str, Any]
) -> None:
    """Random TOML in place of any knowledge file loads or fails naming the file."""
    load(kind, folder / "file.toml", dumps(data).encode())


@FUZZ
@given(kind=st.sampled_from(sorted(LOADERS)), content=st.binary(max_size=300))
def test_random_bytes_name_the_file(folder: Path, kind: str, content: bytes) -> None:
    """Bytes that are not TOML (or not UTF-8) fail naming the file."""
    load(kind, folder / "file.toml", content)

"""Load every knowledge file at once, validate it, and build the match index.

Loading is all or nothing: a missing or invalid file raises `KnowledgeFileError` naming the file
and the field, and the bot refuses to start (or, on reload, keeps the old knowledge).
"""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from knowledge import heap
from knowledge.errors import KnowledgeFileError
from knowledge.lexicon import Lexicon, load_lexicon
from knowledge.matcher import OFF_TOPIC, Example, MatchIndex, build_index
from knowledge.schema import LANGS, TOPIC_IDS, PhoneBook, TextCatalog, Topic

DEFAULT_PATH = Path(__file__).parent / "data"
FALLBACK: Mapping[str, tuple[str, ...]] = {
    "ko": ("ko",),
    "en": ("en", "ko"),
    "vi": ("vi", "en", "ko"),
    "zh": ("zh", "en", "ko"),
}


@dataclass(frozen=True)
class Knowledge:
    """Everything the engine reads: topics, UI strings, triage lexicon, phones, match index."""

    root: Path
    topics: Mapping[str, Topic]
    catalogs: Mapping[str, Mapping[str, str]]
    lexicon: Lexicon
    phones: PhoneBook
    index: MatchIndex

    def text(self, lang: str, key: str, **values: object) -> str:
        """Return the UI string `key` in `lang` (falling back to English, then Korean)."""
        for candidate in FALLBACK.get(lang, ("ko",)):
            template = self.catalogs.get(candidate, {}).get(key)
            if template is not None:
                return template.format_map(_Defaults(values)).strip()
        return key

    def has_text(self, lang: str, key: str) -> bool:
        """True if `key` is written in `lang` itself (no fallback)."""
        return key in self.catalogs.get(lang, {})


class _Defaults(dict[str, object]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def read_toml(path: Path) -> dict[str, Any]:
    """Parse one TOML file, turning any failure into a KnowledgeFileError."""
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError as exc:
        raise KnowledgeFileError(path, "file is missing") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise KnowledgeFileError(path, f"cannot read file: {exc}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise KnowledgeFileError(path, f"not valid TOML: {exc}") from exc


def describe(exc: ValidationError) -> str:
    """Turn pydantic's errors into 'field.path: message' lines an admin can act on."""
    parts = []
    for error in exc.errors():
        where = ".".join(str(p) for p in error["loc"]) or "(file)"
        parts.append(f"{where}: {error['msg']}")
    return "; ".join(parts)


def load_topic(path: Path) -> Topic:
    """Load and validate one topic file; its id must match its file name."""
    try:
        topic = Topic.model_validate(read_toml(path))
    except ValidationError as exc:
        raise KnowledgeFileError(path, describe(exc)) from exc
    if topic.id != path.stem:
        raise KnowledgeFileError(path, f"id: {topic.id!r} does not match the file name")
    return topic


def _flatten(table: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, value in table.items():
        name = f"{prefix}{key}"
        if isinstance(value, Mapping):
            flat.update(_flatten(value, name + "."))
        else:
            flat[name] = value
    return flat


def load_catalog(path: Path) -> TextCatalog:
    """Load one UI catalog, flattening its tables into dotted keys."""
    data = read_toml(path)
    lang = data.pop("lang", None)
    try:
        return TextCatalog.model_validate({"lang": lang, "strings": _flatten(data)})
    except ValidationError as exc:
        raise KnowledgeFileError(path, describe(exc)) from exc


def load_phones(path: Path) -> PhoneBook:
    """Load the allow-list of verified phone numbers."""
    try:
        return PhoneBook.model_validate(read_toml(path))
    except ValidationError as exc:
        raise KnowledgeFileError(path, describe(exc)) from exc


def load_offtopic(path: Path) -> list[Example]:
    """Read the off-topic examples (messages per language); none if the file is absent."""
    if not path.exists():
        return []
    data = read_toml(path)
    examples: list[Example] = []
    for lang, texts in data.items():
        if lang not in LANGS:
            raise KnowledgeFileError(path, f"{lang}: not one of the languages {list(LANGS)}")
        if not isinstance(texts, list) or not all(isinstance(t, str) and t.strip() for t in texts):
            raise KnowledgeFileError(path, f"{lang}: must be a list of non-empty strings")
        examples += [Example(OFF_TOPIC, text) for text in texts]
    return examples


def _examples(topics: Mapping[str, Topic]) -> tuple[list[Example], list[tuple[str, str]]]:
    examples: list[Example] = []
    keywords: list[tuple[str, str]] = []
    for topic in topics.values():
        for _, loc in topic.translations():
            examples.append(Example(topic.id, loc.title))
            examples.extend(Example(topic.id, text) for text in loc.examples)
            keywords.extend((topic.id, k) for k in loc.keywords)
    return examples, keywords


def load_knowledge(root: Path = DEFAULT_PATH, *, cache: Path | None = None) -> Knowledge:
    """Load all knowledge under `root` and build the match index; fail on any error.

    `cache` is a directory where what is learned from the files is kept between processes
    (`knowledge.cache`); None learns everything at each load.
    """
    topics_dir = root / "topics"
    topics = {}
    for topic_id in TOPIC_IDS:
        topics[topic_id] = load_topic(topics_dir / f"{topic_id}.toml")
    for extra in sorted(topics_dir.glob("*.toml")):
        if extra.stem not in topics:
            raise KnowledgeFileError(extra, "id: not one of DESIGN.md's topic ids")
    catalogs = {}
    for lang in LANGS:
        path = root / "ui" / f"{lang}.toml"
        if lang in ("ko", "en") or path.exists():
            catalog = load_catalog(path)
            if catalog.lang != lang:
                raise KnowledgeFileError(path, f"lang: {catalog.lang!r} should be {lang!r}")
            catalogs[lang] = dict(catalog.strings)
    examples, keywords = _examples(topics)
    examples += load_offtopic(root / "offtopic.toml")
    knowledge = Knowledge(
        root=root,
        topics=topics,
        catalogs=catalogs,
        lexicon=load_lexicon(root / "triage.toml", root / "triage_examples.toml", cache=cache),
        phones=load_phones(root / "phones.toml"),
        index=_index(tuple(examples), tuple(keywords)),
    )
    heap.trim()  # the parsed files are garbage now (knowledge.heap)
    return knowledge


@functools.lru_cache(maxsize=1)
def _index(examples: tuple[Example, ...], keywords: tuple[tuple[str, str], ...]) -> MatchIndex:
    """The match index, kept while the examples and keywords stay the same (as `_LEARNED`)."""
    return build_index(examples, keywords)

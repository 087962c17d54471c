"""Schema and loader of the triage lexicon, `knowledge/data/triage.toml`.

Counselors extend the lexicon, so the format stays small: each `[[rule]]` names a risk and lists
phrases. Matching happens on two forms of the message, built by `forms`:

- `compact`: NFKC, lower case, no spaces or punctuation, runs of one letter cut to two, and
  common typing slips folded (final ㅆ typed as ㅅ, ㅄ as ㅂ: 터졋 = 터졌, 업어 = 없어).
  `contains` phrases (compacted the same way at load) and `regex` patterns match here.
- `spaced`: the same words with one space between them and one at each end, for `words`
  (whole-word phrases, a trailing `*` allows any ending) and `word_regex`, so "rape" never
  matches inside "grape". A `word_regex` that starts with a space matches from a word start
  and is much faster than one starting with a word-boundary escape.

An `unless` phrase or `unless_regex` match cancels a trigger match it overlaps or touches
(at most `NEAR` compact characters apart): "주사" next to "맞았어요" cancels it, elsewhere it does
not. A rule with `also` phrases or `also_regex` fires only when one of them is found too,
anywhere in the compact message: a headache is a crisis only together with blurred vision.
`Forms.langs` names the scripts a message uses, so a rule runs only on text in its language.
Everything is compiled once at load; a pattern that does not compile fails the load with the
rule id.
"""

from __future__ import annotations

import bisect
import re
import tomllib
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, ValidationError, model_validator

from knowledge.errors import KnowledgeFileError
from knowledge.normalize import words as split_words

RISKS: tuple[str, ...] = ("medical", "self_harm", "violence", "child_safety")
NEAR = 4  # an unless match this many compact characters away still cancels a trigger

_REPEAT = re.compile(r"(.)\1{2,}")
# A rule of one language only runs on a message written (at least partly) in its script.
_SCRIPTS: dict[str, re.Pattern[str]] = {
    "ko": re.compile(r"[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]"),
    "zh": re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"),
    "en": re.compile(r"[a-z]"),
    "vi": re.compile(r"[a-z\u00c0-\u024f\u1e00-\u1eff]"),
}
# Final ㅆ typed as ㅅ and ㅄ as ㅂ (jongseong 20 -> 19, 18 -> 17) in every Hangul syllable.
_FOLD = {code: code - 1 for code in range(0xAC00, 0xD7A4) if (code - 0xAC00) % 28 in (18, 20)}


def fold(text: str) -> str:
    """Fold common Hangul typing slips: a final ㅆ typed as ㅅ, ㅄ as ㅂ (length-preserving)."""
    return text.translate(_FOLD)


@dataclass(frozen=True, slots=True)
class Forms:
    """One message in the two forms rules match on, with a map between their offsets."""

    compact: str
    spaced: str
    starts: tuple[int, ...]  # offset in `spaced` where each word starts
    langs: frozenset[str] = frozenset()  # languages whose script the message uses

    def to_compact(self, offset: int) -> int:
        """Map an offset in `spaced` to the same letter's offset in `compact`."""
        spaces_before = bisect.bisect_right(self.starts, offset)
        return max(0, min(len(self.compact), offset - spaces_before))


def forms(text: str) -> Forms:
    """Build the compact and spaced forms of a message (see the module docstring)."""
    tokens = [fold(_REPEAT.sub(r"\1\1", w.replace("_", ""))) for w in split_words(text)]
    tokens = [t for t in tokens if t]
    starts, offset = [], 1
    for token in tokens:
        starts.append(offset)
        offset += len(token) + 1
    compact = "".join(tokens)
    langs = frozenset(lang for lang, script in _SCRIPTS.items() if script.search(compact))
    return Forms(compact, f" {' '.join(tokens)} ", tuple(starts), langs)


def compact_phrase(phrase: str) -> str:
    """Return a `contains`/`unless` phrase in the compact form messages are matched in."""
    return forms(phrase).compact


@dataclass(frozen=True, slots=True)
class CompiledRule:
    """A rule ready to match: one pattern per form and one for its guards."""

    id: str
    risk: str
    lang: str
    compact: re.Pattern[str] | None
    spaced: re.Pattern[str] | None
    unless: re.Pattern[str] | None
    also: re.Pattern[str] | None = None


class LexModel(BaseModel):
    """Base of the lexicon models: unknown keys are errors, loaded data is immutable."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class TriageRule(LexModel):
    """One `[[rule]]`: phrases that mean one risk, and guards against harmless look-alikes."""

    id: str = Field(pattern=r"^[a-z_]+\.[a-z]{2}\.[a-z0-9_]+$")
    risk: Literal["medical", "self_harm", "violence", "child_safety"]
    lang: Literal["ko", "en", "vi", "zh"]
    note: str = ""
    contains: tuple[str, ...] = ()
    regex: tuple[str, ...] = ()
    words: tuple[str, ...] = ()
    word_regex: tuple[str, ...] = ()
    unless: tuple[str, ...] = ()
    unless_regex: tuple[str, ...] = ()
    also: tuple[str, ...] = ()
    also_regex: tuple[str, ...] = ()
    _compiled: CompiledRule = PrivateAttr()

    @model_validator(mode="after")
    def _compile(self) -> TriageRule:
        if not self.id.startswith(f"{self.risk}.{self.lang}."):
            raise ValueError(f"id {self.id!r} must start with '{self.risk}.{self.lang}.'")
        if not (self.contains or self.regex or self.words or self.word_regex):
            raise ValueError(f"rule {self.id!r} needs contains, regex, words or word_regex")
        compact = _trie([list(map(re.escape, p)) for p in self._phrases("contains")])
        compact += [self._check("regex", i, r) for i, r in enumerate(self.regex)]
        spaced = _trie([self._word(i, w) for i, w in enumerate(self.words)])
        spaced += [self._check("word_regex", i, r) for i, r in enumerate(self.word_regex)]
        guards = _trie([list(map(re.escape, p)) for p in self._phrases("unless")])
        guards += [self._check("unless_regex", i, r) for i, r in enumerate(self.unless_regex)]
        also = _trie([list(map(re.escape, p)) for p in self._phrases("also")])
        also += [self._check("also_regex", i, r) for i, r in enumerate(self.also_regex)]
        self._compiled = CompiledRule(
            self.id,
            self.risk,
            self.lang,
            _join(compact),
            _join(spaced),
            _join(guards),
            _join(also),
        )
        return self

    def _phrases(self, field: str) -> list[str]:
        phrases = []
        for i, raw in enumerate(getattr(self, field)):
            phrase = compact_phrase(raw)
            if not phrase:
                raise ValueError(f"rule {self.id!r} {field}[{i}]: {raw!r} has no letters")
            phrases.append(phrase)
        return phrases

    def _check(self, field: str, index: int, raw: str) -> str:
        pattern = fold(unicodedata.normalize("NFKC", raw))
        try:
            compiled = re.compile(pattern)
        except re.error as exc:
            raise ValueError(f"rule {self.id!r} {field}[{index}]: bad regex ({exc})") from exc
        if compiled.match("") is not None:
            raise ValueError(f"rule {self.id!r} {field}[{index}]: matches empty text (everything)")
        if field in ("regex", "unless_regex", "also_regex") and " " in pattern:
            raise ValueError(
                f"rule {self.id!r} {field}[{index}]: spaces never match (text is compacted)"
            )
        return pattern

    def _word(self, index: int, phrase: str) -> list[str]:
        atoms: list[str] = []
        for raw in phrase.split():
            normal = forms(raw.rstrip("*")).spaced.strip()
            if normal:
                atoms += [" ", *map(re.escape, normal)] + ([r"\w*"] if raw.endswith("*") else [])
        if not atoms:
            raise ValueError(f"rule {self.id!r} words[{index}]: {phrase!r} has no letters")
        return [*atoms, "(?= )"]

    @property
    def compiled(self) -> CompiledRule:
        """The rule compiled for matching."""
        return self._compiled


def _trie(phrases: list[list[str]]) -> list[str]:
    """Merge literal phrases (lists of regex atoms) into one prefix-tree pattern.

    `re` tries alternatives one by one; sharing prefixes (죽고싶|죽고십 -> 죽고(?:싶|십)) keeps
    a few hundred phrases as fast as a handful.
    """
    root: dict[str, Any] = {}
    for atoms in phrases:
        node = root
        for atom in atoms:
            node = node.setdefault(atom, {})
        node[""] = {}
    return [_emit(root)] if phrases else []


def _emit(node: dict[str, Any]) -> str:
    branches = [atom + _emit(child) for atom, child in node.items() if atom]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:
        return f"(?:{body})?" if len(branches) == 1 else body + "?"
    return body


def _join(patterns: list[str]) -> re.Pattern[str] | None:
    if not patterns:
        return None
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


class Lexicon(LexModel):
    """`knowledge/data/triage.toml`: every triage rule, compiled and grouped by risk at load."""

    rule: tuple[TriageRule, ...] = Field(min_length=1)
    _by_risk: dict[str, tuple[CompiledRule, ...]] = PrivateAttr(default_factory=dict)

    @model_validator(mode="after")
    def _group(self) -> Lexicon:
        seen: set[str] = set()
        for rule in self.rule:
            if rule.id in seen:
                raise ValueError(f"rule id {rule.id!r} is used twice")
            seen.add(rule.id)
        self._by_risk = {
            risk: tuple(r.compiled for r in self.rule if r.risk == risk) for risk in RISKS
        }
        return self

    def rules_for(self, risk: str) -> tuple[CompiledRule, ...]:
        """Return the compiled rules of one risk, in file order."""
        return self._by_risk.get(risk, ())


def load_lexicon(path: Path) -> Lexicon:
    """Read and validate a triage lexicon; raise `KnowledgeFileError` naming file and field."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise KnowledgeFileError(path, f"cannot read the file ({exc.strerror})") from exc
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise KnowledgeFileError(path, f"not valid TOML: {exc}") from exc
    try:
        return Lexicon.model_validate(data)
    except ValidationError as exc:
        raise KnowledgeFileError(path, _describe(exc, data)) from exc


def _describe(exc: ValidationError, data: dict[str, Any]) -> str:
    """Say which field of which rule is wrong, in words an admin can act on."""
    lines = []
    for error in exc.errors(include_url=False):
        loc = error["loc"]
        where = ".".join(str(part) for part in loc) or "(top level)"
        if len(loc) >= 2 and loc[0] == "rule" and isinstance(loc[1], int):
            rule_id = _rule_id(data, loc[1])
            tail = ".".join(str(part) for part in loc[2:])
            where = f"rule[{loc[1]}]" + (f" (id {rule_id!r})" if rule_id else "")
            where += f".{tail}" if tail else ""
        message = str(error["msg"]).removeprefix("Value error, ")
        lines.append(f"{where}: {message}")
    return "; ".join(lines)


def _rule_id(data: dict[str, Any], index: int) -> str | None:
    rules = data.get("rule")
    if isinstance(rules, list) and index < len(rules) and isinstance(rules[index], dict):
        value = rules[index].get("id")
        return value if isinstance(value, str) else None
    return None

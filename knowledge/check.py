"""Checks an admin runs before publishing knowledge: `gyeot knowledge check` and `test`.

Loading already validates the schema (and fails on the first broken file). These checks look
across files: phone numbers only from the verified list, every topic and string in the required
languages, enough examples, no example in two topics, review-by dates, and which example
questions the matcher sends to another topic.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from knowledge.loader import Knowledge
from knowledge.matcher import Example, MatchSettings, build_index, match
from knowledge.normalize import compact
from knowledge.schema import REQUIRED_LANGS, Topic

MIN_EXAMPLES = {"ko": 25, "en": 10}
# Keys every language must have: what a person in danger or asking for a human reads.
CRITICAL_KEYS = (
    "crisis.medical",
    "crisis.self_harm",
    "crisis.violence",
    "crisis.child_safety",
    "counselor.requested",
    "counselor.already",
    "common.counselor",
    "common.menu",
    "start.welcome",
    "menu.title",
)
# A phone-like run: 02-123-4567, 1577-1366, or a short service number such as 1308 or 119,
# but not an amount (1,000,000), a year (2024년), a count of days or an article (제44조).
PHONE = re.compile(
    r"(?<![\w-])(?<!\d[,.])(\d{2,4}-\d{3,4}(?:-\d{4})?|1\d{2,3})"
    r"(?!\d|[,.]\d|-\d|\s?(?:원|일|년|주|개월|세|%|만|명|호|조|시|분|곳|개|배|살|kg|cm|mm|°"
    r"|days?\b|weeks?\b|years?\b|won\b|months?\b|hours?\b|facilit|places?\b|people\b|women\b"
    r"|ngày|tuần|năm|tháng|天|周|年|个月|岁|韩元|小时))"
)


@dataclass(frozen=True, slots=True)
class Problem:
    """One finding: an error blocks publishing, a warning asks for attention."""

    level: str
    file: str
    message: str

    def __str__(self) -> str:
        """Format as `LEVEL file: message`."""
        return f"{self.level.upper()} {self.file}: {self.message}"


def _topic_file(kb: Knowledge, topic_id: str) -> str:
    return str(kb.root / "topics" / f"{topic_id}.toml")


def _texts(topic: Topic) -> Iterator[tuple[str, str]]:
    for lang, loc in topic.translations():
        yield f"{lang}.answer", loc.answer
        yield f"{lang}.more", loc.more
        yield f"{lang}.title", loc.title


def phone_problems(kb: Knowledge) -> Iterator[Problem]:
    """Every phone-like number in answers and UI strings must be on the verified list."""
    allowed = {p.number for p in kb.phones.phone}
    for topic in kb.topics.values():
        for where, text in _texts(topic):
            for number in PHONE.findall(text):
                if number not in allowed:
                    yield Problem(
                        "error",
                        _topic_file(kb, topic.id),
                        f"{where}: number {number} is not in phones.toml",
                    )
    for lang, strings in kb.catalogs.items():
        for key, text in strings.items():
            for number in PHONE.findall(text):
                if number not in allowed:
                    yield Problem(
                        "error",
                        str(kb.root / "ui" / f"{lang}.toml"),
                        f"{key}: number {number} is not in phones.toml",
                    )


def coverage_problems(kb: Knowledge) -> Iterator[Problem]:
    """Required languages, enough examples, the critical strings in every catalog."""
    for topic in kb.topics.values():
        for lang, minimum in MIN_EXAMPLES.items():
            loc = topic.localized(lang)
            count = len(loc.examples) if loc else 0
            if count < minimum:
                yield Problem(
                    "error",
                    _topic_file(kb, topic.id),
                    f"{lang}.examples: {count} example questions, at least {minimum} needed",
                )
    base = set(kb.catalogs.get("ko", {}))
    for lang in REQUIRED_LANGS:
        for key in sorted(base - set(kb.catalogs.get(lang, {}))):
            yield Problem("error", str(kb.root / "ui" / f"{lang}.toml"), f"{key}: missing")
    for lang in kb.catalogs:
        for key in CRITICAL_KEYS:
            if not kb.has_text(lang, key):
                yield Problem("error", str(kb.root / "ui" / f"{lang}.toml"), f"{key}: missing")


def duplicate_problems(kb: Knowledge) -> Iterator[Problem]:
    """No example question may stand in two topics."""
    seen: dict[str, str] = {}
    for topic in kb.topics.values():
        for lang, loc in topic.translations():
            for example in loc.examples:
                key = compact(example)
                other = seen.setdefault(key, topic.id)
                if other != topic.id:
                    yield Problem(
                        "error",
                        _topic_file(kb, topic.id),
                        f"{lang}.examples: {example!r} is also an example of {other}",
                    )


def review_problems(kb: Knowledge, today: dt.date) -> Iterator[Problem]:
    """Warn on answers past their review-by date, and on unknown related topics."""
    for topic in kb.topics.values():
        if topic.review_by < today:
            yield Problem(
                "warning",
                _topic_file(kb, topic.id),
                f"review_by: {topic.review_by} has passed; check the sources and update it",
            )
        for related in topic.related:
            if related not in kb.topics:
                yield Problem("error", _topic_file(kb, topic.id), f"related: unknown {related!r}")


def check(kb: Knowledge, *, today: dt.date) -> list[Problem]:
    """Run every cross-file check."""
    return [
        *phone_problems(kb),
        *coverage_problems(kb),
        *duplicate_problems(kb),
        *review_problems(kb, today),
    ]


@dataclass(frozen=True, slots=True)
class Miss:
    """An example question the matcher sends elsewhere when its own text is held out."""

    topic: str
    example: str
    got: str | None


def held_out_misses(
    kb: Knowledge, settings: MatchSettings, *, folds: int = 10
) -> tuple[int, list[Miss]]:
    """Match every example against an index built without its fold (k-fold cross-check).

    This estimates how the matcher does on wordings nobody wrote down yet, which is what a
    held-out evaluation measures; matching an example against itself would always succeed.
    """
    written = [(t.id, loc) for t in kb.topics.values() for _, loc in t.translations()]
    everything = [(topic_id, text) for topic_id, loc in written for text in loc.examples]
    titles = [Example(topic_id, loc.title) for topic_id, loc in written]
    keywords = [(topic_id, k) for topic_id, loc in written for k in loc.keywords]
    misses: list[Miss] = []
    for fold in range(folds):
        rest = [Example(t, x) for i, (t, x) in enumerate(everything) if i % folds != fold]
        index = build_index([*titles, *rest], keywords)
        for topic_id, text in everything[fold::folds]:
            found = match(text, index, settings)
            got = found.best.topic if found.best else None
            if got != topic_id:
                misses.append(Miss(topic_id, text, got))
    return len(everything), misses


def relative(path: str, root: Path) -> str:
    """Show a path relative to `root` when it is inside it."""
    try:
        return str(Path(path).relative_to(root))
    except ValueError:
        return path

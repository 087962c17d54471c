"""Checks an admin runs before publishing knowledge: `gyeot knowledge check` and `test`.

Loading already validates the schema (and fails on the first broken file). These checks look
across files: phone numbers only from the verified list, every topic and string in the required
languages (and, behind `MISSING_LANGUAGE_LEVEL`, in all four), enough examples, no example in two
topics, review-by dates, the wording rules (no telling word in an answer's first sentence, no
"anonymous" protected birth, the area-code note wherever 1388 appears, /erase's 48 hours,
privacy promises generated from the settings), and which example questions the matcher sends to
another topic.
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
from knowledge.schema import LANGS, REQUIRED_LANGS, Topic

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


# Every topic and UI string exists in ko, en, vi and zh ("warning" only while a language is being
# written).
MISSING_LANGUAGE_LEVEL = "error"

# Words that may not stand in an answer's first sentence: phones show the neutral first line
# and the answer's first sentence on the lock screen. Korean and Chinese match anywhere in the
# sentence; English and Vietnamese match whole words (a prefix for English: "pregnan").
TELLING_WORDS: dict[str, tuple[str, ...]] = {
    lang: tuple(words.split("|"))
    for lang, words in {
        "ko": "아기|아이|애기|신생아|태아|입양|출생|출산|분만|임신|임산부|임부|산모"
        "|낙태|임신중지|유산|진료비|산부인과|보호출산|미혼모|양육|친자|생리",
        "en": "baby|babies|newborn|pregnan|adopt|birth|abortion|miscarriage|termination|fetus"
        "|foetus|midwife|prenatal|antenatal|paternity|unmarried mother|delivery|medical bills"
        "|obstetric",
        "vi": "thai|bầu|em bé|trẻ sơ sinh|sơ sinh|sinh con|sinh nở|khai sinh|con nuôi|nhận nuôi"
        "|phá thai|sảy thai|đẻ|sản phụ|thai phụ|phụ khoa|sản khoa|viện phí",
        "zh": "孕|胎|婴|宝宝|孩子|小孩|出生|分娩|生产|生孩子|收养|领养"
        "|堕胎|流产|产检|产妇|医疗费|妇产科|未婚妈妈|保护出生",
    }.items()
}
WORD_LANGS = frozenset({"en", "vi"})
# "Anonymous" is wrong for protected birth: the law gives a pseudonym, and her identity is kept
# in the sealed 출생증서. Sentences that name protected birth may not use these words.
ANONYMOUS = ("익명", "anonym", "匿名", "ẩn danh")
PROTECTED_BIRTH = (
    "보호출산",
    "protected birth",
    "保护出生",
    "保护出产",
    "sinh con được bảo hộ",
    "sinh con bảo mật",
)
# 1388 from a mobile phone needs the area code first: any text naming 1388 must say so.
AREA_CODE = ("지역번호", "area code", "mã vùng", "区号")
# The Bot API lets a bot delete only messages of the last 48 hours: a topic naming /erase says so.
ERASE_LIMIT = "48"
# The first-contact notice and the confidentiality answer carry the generated privacy sentences
# (flows/promises.py) through this placeholder, so no static promise can outlive a setting.
PRIVACY_PLACEHOLDER = "{privacy}"
SENTENCE_END = re.compile(r"(?<=[.?!。？！])\s|\n|(?<=[。？！])")


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


def first_sentence(text: str) -> str:
    """Return the first sentence of `text` (up to . ? ! 。 or the end of the first line)."""
    text = text.strip()
    end = SENTENCE_END.search(text)
    return text[: end.start()] if end else text


def telling_words(lang: str, sentence: str) -> list[str]:
    """Return the words of `TELLING_WORDS[lang]` that occur in `sentence`."""
    lowered = sentence.lower()
    words = TELLING_WORDS.get(lang, ())
    if lang not in WORD_LANGS:
        return [w for w in words if w in lowered]
    tail = r"" if lang == "en" else r"(?!\w)"
    return [w for w in words if re.search(rf"(?<!\w){re.escape(w)}{tail}", lowered)]


def opening_problems(kb: Knowledge) -> Iterator[Problem]:
    """An answer's first sentence (shown on the lock screen) names nothing telling."""
    for topic in kb.topics.values():
        for lang, loc in topic.translations():
            found = telling_words(lang, first_sentence(loc.answer))
            if found:
                yield Problem(
                    "error",
                    _topic_file(kb, topic.id),
                    f"{lang}.answer: the first sentence shows on the lock screen and names "
                    f"{', '.join(found)}; open with something neutral",
                )


def _sentences(text: str) -> list[str]:
    return [s for s in SENTENCE_END.split(text) if s.strip()]


def _all_texts(kb: Knowledge) -> Iterator[tuple[str, str, str, str]]:
    """Yield (file, field, language, text) for every text users read."""
    for topic in kb.topics.values():
        for where, text in _texts(topic):
            yield _topic_file(kb, topic.id), where, where.split(".", 1)[0], text
    for lang, strings in kb.catalogs.items():
        for key, text in strings.items():
            yield str(kb.root / "ui" / f"{lang}.toml"), key, lang, text


def wording_problems(kb: Knowledge) -> Iterator[Problem]:
    """No "anonymous" protected birth; 1388 with its area-code note; /erase with its 48 hours."""
    for file, where, _, text in _all_texts(kb):
        lowered = text.lower()
        in_topic = file.endswith("protected_birth.toml")
        for sentence in _sentences(lowered):
            if any(a in sentence for a in ANONYMOUS) and (
                in_topic or any(p in sentence for p in PROTECTED_BIRTH)
            ):
                yield Problem(
                    "error",
                    file,
                    f"{where}: protected birth is not anonymous (the law gives a pseudonym and "
                    f"keeps her identity in the sealed 출생증서): {sentence.strip()[:60]!r}",
                )
        if "1388" in text and not any(a in lowered for a in AREA_CODE):
            yield Problem(
                "error",
                file,
                f"{where}: names 1388 without saying a mobile phone needs the area code first",
            )
        if "/topics/" in file and "/erase" in text and ERASE_LIMIT not in text:
            yield Problem(
                "error",
                file,
                f"{where}: names /erase without saying it deletes only messages of the last "
                "48 hours",
            )


def promise_problems(kb: Knowledge, missing_language: str) -> Iterator[Problem]:
    """The welcome and the confidentiality answer carry the generated privacy sentences."""
    for lang in kb.catalogs:
        if (
            kb.has_text(lang, "start.welcome")
            and PRIVACY_PLACEHOLDER not in kb.catalogs[lang]["start.welcome"]
        ):
            level = "error" if lang in REQUIRED_LANGS else missing_language
            yield Problem(
                level,
                str(kb.root / "ui" / f"{lang}.toml"),
                f"start.welcome: must carry {PRIVACY_PLACEHOLDER} (what is kept, generated from "
                "[privacy]) instead of its own promises",
            )
    topic = kb.topics.get("confidentiality")
    for lang, loc in topic.translations() if topic else ():
        if PRIVACY_PLACEHOLDER not in loc.answer:
            level = "error" if lang in REQUIRED_LANGS else missing_language
            yield Problem(
                level,
                _topic_file(kb, "confidentiality"),
                f"{lang}.answer: must carry {PRIVACY_PLACEHOLDER} (what is kept, generated from "
                "[privacy]) instead of its own promises",
            )


def language_problems(kb: Knowledge, level: str) -> Iterator[Problem]:
    """Every topic and every UI string exists in ko, en, vi and zh."""
    for topic in kb.topics.values():
        for lang in LANGS:
            if topic.localized(lang) is None:
                yield Problem(level, _topic_file(kb, topic.id), f"{lang}: topic not written")
    keys = set().union(*(set(strings) for strings in kb.catalogs.values()))
    for lang in LANGS:
        missing = sorted(keys - set(kb.catalogs.get(lang, {})))
        for key in missing:
            yield Problem(level, str(kb.root / "ui" / f"{lang}.toml"), f"{key}: missing")


KAKAO_LABEL_MAX = 14  # Kakao i Open Builder: a quick reply's label


def label_problems(kb: Knowledge) -> Iterator[Problem]:
    """KakaoTalk quick-reply labels (`kakao.label.*`, `kakao.check`) fit in 14 characters."""
    for lang, strings in kb.catalogs.items():
        for key, text in strings.items():
            short = key.startswith("kakao.label.") or key == "kakao.check"
            if short and len(text.strip()) > KAKAO_LABEL_MAX:
                yield Problem(
                    "error",
                    str(kb.root / "ui" / f"{lang}.toml"),
                    f"{key}: {len(text.strip())} characters, a KakaoTalk label takes at most "
                    f"{KAKAO_LABEL_MAX}",
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


def check(
    kb: Knowledge, *, today: dt.date, missing_language: str = MISSING_LANGUAGE_LEVEL
) -> list[Problem]:
    """Run every cross-file check; `missing_language` is the level of a missing translation."""
    return [
        *phone_problems(kb),
        *coverage_problems(kb),
        *duplicate_problems(kb),
        *review_problems(kb, today),
        *opening_problems(kb),
        *wording_problems(kb),
        *promise_problems(kb, missing_language),
        *language_problems(kb, missing_language),
        *label_problems(kb),
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

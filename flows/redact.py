"""Remove identifying details from text before it is stored, logged, reported or alerted.

Over-inclusive on purpose (a crisis line's scrubber should be): a masked harmless number costs
nothing, a kept phone number can cost her safety. Order matters: the longest, most specific
patterns (resident numbers, cards) run before the generic digit runs.

`redact` normalises first (full-width digits, zero-width characters, runs of spaces) and is
what every stored or reported text goes through. `mask` applies the same rules without
normalising, so a log line keeps its layout (`bot/logsafe.py`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from knowledge.normalize import clean

_D = r"[0-9０-９]"
# Hyphen look-alikes typed between digit groups: ASCII and Unicode dashes, the minus sign, the
# Hangul vowel ㅡ (and its conjoining form, what NFKC makes of it), katakana ー, the hanja 一.
_DASH = "\\-‐‑‒–—―−⁃﹘﹣－ーｰㅡᅳ一~～_"
# Between the groups of a phone number anything that is not a letter or a digit may stand
# (dashes, dots, slashes, brackets, emoji), with spaces around it.
_PSEP = rf"(?:\s{{0,3}}(?:[^\w\s]|[{_DASH}]){{1,4}}\s{{0,3}}|\s{{1,3}})?"
# Between the digits of other long numbers: a space and/or one dash, dot or slash. Not a
# comma, so that 10,000,000원 stays an amount.
_NSEP = rf"(?:\s?[{_DASH}./·]?\s?)"
_KO_DIGIT = "[0-9０-９공영일이삼사오육륙칠팔구]"
_NOT_AMOUNT = r"(?!\s?(?:원|만|천|억|won|₩))"

_IDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "[주민번호]",
        re.compile(rf"(?<!{_D}){_D}{{6}}\s*[{_DASH}]?\s*[1-8]{_D}{{6}}(?!{_D})"),
    ),
    ("[카드번호]", re.compile(rf"(?<!{_D}){_D}{{4}}(?:{_NSEP}{_D}{{4}}){{3}}(?!{_D})")),
    (
        "[이메일]",
        re.compile(
            r"(?<![\w.+\-])[\w.+\-]+\s*(?:@|＠|\(at\)|골뱅이)\s*[\w\-]+(?:\.[\w\-]+)+", re.I
        ),
    ),
    (
        "[이메일]",
        re.compile(r"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9._%+\-]+[@＠][A-Za-z][A-Za-z0-9\-]+"),
    ),
)
# After the handles: a handle's digits must not be cut off as a number first.
_NUMBERS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "[전화번호]",
        re.compile(
            rf"(?<!{_D})(?:(?:[+＋]|00)?[8８][2２]{_PSEP}(?:[0０]{_PSEP})?|[0０])"
            rf"{_D}{{1,2}}{_PSEP}{_D}{{3,4}}{_PSEP}{_D}{{4}}(?!{_D})"
        ),
    ),
    (  # 공일공 구팔칠육 오사삼이, spelled out or half spelled
        "[전화번호]",
        re.compile(rf"[0０공영]{_PSEP}[1１일]{_PSEP}[0０공영](?:{_PSEP}{_KO_DIGIT}){{7,8}}"),
    ),
    (
        "[계좌번호]",
        re.compile(
            rf"(?<!{_D}){_D}{{2,6}}\s?[{_DASH}]\s?{_D}{{2,6}}\s?[{_DASH}]\s?{_D}{{2,8}}"
            rf"(?:\s?[{_DASH}]\s?{_D}{{1,4}})?(?!{_D})"
        ),
    ),
    ("[번호]", re.compile(rf"(?<!{_D}){_D}(?:{_NSEP}{_D}){{7,}}(?!{_NSEP}{_D}){_NOT_AMOUNT}")),
    (
        "[주소]",
        re.compile(
            r"(?<![가-힣A-Za-z0-9])[가-힣A-Za-z0-9]+(?:로|길|번길)\s?\d+(?:-\d+)?(?:번지)?"
        ),
    ),
    ("[주소]", re.compile(r"(?<!\d)\d+\s?동\s?\d+\s?호")),
    ("[주소]", re.compile(r"(?<![가-힣])[가-힣]+(?:동|읍|면|리|가)\s?\d+(?:-\d+|\s?번지)")),
)

# Numbers that look long but identify nobody: dates, and public lines (1308 119 1366,
# 1577-1366). They are kept so admins can still read the question.
_DATE_PART = r"(?:19|20)\d\d\s?[./\-]\s?(?:0?[1-9]|1[0-2])\s?[./\-]\s?(?:0?[1-9]|[12]\d|3[01])"
_DATE = re.compile(
    rf"{_DATE_PART}|(?:0?[1-9]|[12]\d|3[01])\s?[./\-]\s?(?:0?[1-9]|1[0-2])\s?[./\-]\s?(?:19|20)\d\d"
    r"|(?:0?[1-9]|1[0-2])\s?[./\-]\s?(?:0?[1-9]|[12]\d|3[01])\s?[./\-]\s?(?:19|20)\d\d"
)
_PUBLIC_LINE = re.compile(r"1[5-8]\d\d\D{0,3}\d{4}")  # 대표번호: 1577-1366, 1551-1099, 1661-…
_SHORT_LINE = re.compile(r"1\d{2,3}")  # 112, 119, 1308, 1366, 1388
_KEEP_CHECKED = frozenset({"[계좌번호]", "[번호]"})

_APPS = (
    "카카오톡|카카오|카톡|텔레그램|텔레|인스타그램|인스타|라인|페이스북|페북|트위터|틱톡|디스코드|디코|"
    "위챗|(?<![A-Za-z])(?i:kakao(?:talk)?|telegram|insta(?:gram)?|wechat|discord)(?![A-Za-z])"
)
_ID_WORD = r"아이디|(?<![A-Za-z_])(?i:id)(?![A-Za-z])"
_HANDLE = re.compile(
    rf"(?P<lead>(?:{_APPS})(?:\s?(?:{_ID_WORD}|계정|닉네임|닉))?|{_ID_WORD})"
    r"(?P<gap>\s*(?:(?:은요|는요|으로|은|는|이|가|도|로|(?i:is))\s*)?(?:[:：=]\s*)?)"
    r"(?!(?i:card|number|photo|check)\b)"
    r"@?(?=[A-Za-z0-9._\-]*[A-Za-z])[A-Za-z0-9][A-Za-z0-9._\-]{2,31}"
)
_AT_HANDLE = re.compile(r"(?<![\w@.\]])[@＠](?=[A-Za-z0-9._]*[A-Za-z])[A-Za-z0-9_.]{2,32}")
_PROFILE_URL = re.compile(
    r"(?:https?://)?(?:www\.)?(?:t\.me|telegram\.me|instagram\.com|open\.kakao\.com"
    r"|facebook\.com|fb\.com|line\.me)/[\w./\-+~%]+",
    re.I,
)


def _readable(text: str) -> bool:
    """True for a long-looking number that identifies nobody: a date or public help lines."""
    text = text.strip()
    if _DATE.fullmatch(text) or _PUBLIC_LINE.fullmatch(text):
        return True
    groups = re.findall(r"\d+", text)
    return len(groups) > 1 and all(_SHORT_LINE.fullmatch(g) for g in groups)


def _apply(rules: tuple[tuple[str, re.Pattern[str]], ...], text: str) -> str:
    for placeholder, pattern in rules:
        if placeholder in _KEEP_CHECKED:
            text = pattern.sub(_unless_readable(placeholder), text)
        else:
            text = pattern.sub(placeholder, text)
    return text


def _unless_readable(placeholder: str) -> Callable[[re.Match[str]], str]:
    def replace(match: re.Match[str]) -> str:
        return match[0] if _readable(match[0]) else placeholder

    return replace


def _mask_handles(text: str) -> str:
    text = _PROFILE_URL.sub("[아이디]", text)
    text = _HANDLE.sub(lambda m: f"{m['lead']}{m['gap']}[아이디]", text)
    return _AT_HANDLE.sub("[아이디]", text)


_LATIN_NAME = r"[A-Za-z][\w'\-]*(?:\s+[A-Z][\w'\-]*)?"
_NAME_KO = re.compile(
    rf"(?P<lead>(?:(?:제|내|우리\s?애|아기)\s?)?이름(?:[은는이가]|\s*[:：])\s*)"
    rf"(?P<name>{_LATIN_NAME}|[가-힣]{{1,10}})"
    r"|(?P<lead2>(?:저는|전|나는|난)\s*)(?P<name2>[가-힣]{2,4})"
    r"(?=\s*(?:입니다|이에요|예요|이야|야|라고|이라고))"
)
_NAME_EN = re.compile(  # case-insensitive lead only: the name's capitals still matter
    rf"(?P<lead>\b(?i:my name is|my name's|call me|this is)\s+)(?P<name>{_LATIN_NAME})"
)


def _mask_names(text: str) -> str:
    def ko(m: re.Match[str]) -> str:
        lead = m.group("lead") if m.group("lead") is not None else m.group("lead2")
        return f"{lead}[이름]"

    text = _NAME_KO.sub(ko, text)
    return _NAME_EN.sub(lambda m: f"{m.group('lead')}[name]", text)


def mask(text: str) -> str:
    """Return `text` with identifiers replaced by bracketed placeholders, layout kept."""
    return _mask_names(_apply(_NUMBERS, _mask_handles(_apply(_IDS, text))))


def redact(text: str) -> str:
    """Return `text` normalised, with identifiers replaced by bracketed placeholders."""
    return mask(clean(text))

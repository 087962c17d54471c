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

from knowledge.normalize import clean

_D = r"[0-9０-９]"
_SEP = r"[\s.\-–—)]{0,2}"

_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("[주민번호]", re.compile(rf"(?<!{_D}){_D}{{6}}\s*[-–—]?\s*[1-8]{_D}{{6}}(?!{_D})")),
    ("[카드번호]", re.compile(rf"(?<!{_D}){_D}{{4}}(?:[\s\-]?{_D}{{4}}){{3}}(?!{_D})")),
    ("[이메일]", re.compile(r"[\w.+\-]+\s*(?:@|＠|\(at\)|골뱅이)\s*[\w\-]+(?:\.[\w\-]+)+", re.I)),
    (
        "[전화번호]",
        re.compile(
            rf"(?<!{_D})(?:\+?82{_SEP}1?0?|0){_D}{{1,2}}{_SEP}{_D}{{3,4}}{_SEP}{_D}{{4}}(?!{_D})"
        ),
    ),
    ("[계좌번호]", re.compile(rf"{_D}{{2,6}}-{_D}{{2,6}}-{_D}{{2,8}}(?:-{_D}{{1,4}})?")),
    ("[번호]", re.compile(rf"{_D}(?:[\s\-]?{_D}){{7,}}")),
    ("[주소]", re.compile(r"[가-힣A-Za-z0-9]+(?:로|길|번길)\s?\d+(?:-\d+)?(?:번지)?")),
    ("[주소]", re.compile(r"\d+\s?동\s?\d+\s?호")),
    ("[주소]", re.compile(r"[가-힣]+(?:동|읍|면|리|가)\s?\d+(?:-\d+|\s?번지)")),
)

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
    for placeholder, pattern in _RULES:
        text = pattern.sub(placeholder, text)
    return _mask_names(text)


def redact(text: str) -> str:
    """Return `text` normalised, with identifiers replaced by bracketed placeholders."""
    return mask(clean(text))

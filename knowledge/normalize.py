"""Korean-aware text normalisation shared by triage and the matcher.

Chat Korean drops spaces, glues particles to nouns and mistypes one jamo of a syllable. We
compare on forms that forgive all three: NFKC-cleaned, lower-cased, without spaces or
punctuation, and decomposed to jamo (one wrong jamo is then one of ~12 characters, not 1 of 5).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_CONTROL = re.compile(r"[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u2060\ufeff]")
_NOT_WORD = re.compile(r"[^\w]+", re.UNICODE)
_REPEAT = re.compile(r"(.)\1{2,}")

# Particles and endings that glue onto nouns; longest first so 에서 wins over 에.
PARTICLES: tuple[str, ...] = tuple(
    sorted(
        (
            "이랑 으로 에서 에게 한테 께서 까지 부터 처럼 보다 이나 이요 인가요 인데요 "
            "이에요 예요 이야 은요 는요 이 가 은 는 을 를 에 도 만 랑 로 와 과 의 요"
        ).split(),
        key=len,
        reverse=True,
    )
)


def clean(text: str) -> str:
    """Return NFKC text without control or zero-width characters, whitespace collapsed."""
    text = unicodedata.normalize("NFKC", text)
    text = _CONTROL.sub("", text)
    return " ".join(text.split())


def words(text: str) -> list[str]:
    """Split cleaned, lower-cased text into word tokens (punctuation dropped)."""
    return [w for w in _NOT_WORD.sub(" ", clean(text).lower()).split() if w]


def compact(text: str) -> str:
    """Lower-case text without spaces, punctuation or long runs of one character."""
    joined = "".join(words(text)).replace("_", "")
    return _REPEAT.sub(r"\1\1", joined)


@lru_cache(maxsize=8192)  # the same words come again and again; bounded, a few hundred KiB
def strip_particle(word: str) -> str:
    """Remove one trailing particle when at least two syllables remain."""
    for particle in PARTICLES:
        if word.endswith(particle) and len(word) - len(particle) >= 2:
            return word[: -len(particle)]
    return word


def jamo(text: str) -> str:
    """Decompose Hangul syllables into conjoining jamo (stdlib NFD)."""
    return unicodedata.normalize("NFD", text)


def has_hangul(text: str) -> bool:
    """True if the text holds at least one Hangul syllable."""
    return any("\uac00" <= ch <= "\ud7a3" for ch in text)

"""Schema of the admin-edited knowledge files, strict so a typo fails at load with its path."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, HttpUrl, field_validator

TOPIC_IDS: tuple[str, ...] = (
    "protected_birth",
    "birth_notification",
    "birth_registration",
    "shelter",
    "medical_costs",
    "financial_support",
    "adoption",
    "pregnancy_options",
    "prenatal_health",
    "teen_pregnancy",
    "legal_help",
    "violence",
    "migrant_support",
    "parenting_support",
    "counseling",
    "counselor_request",
    "confidentiality",
)

LANGS: tuple[str, ...] = ("ko", "en", "vi", "zh")
REQUIRED_LANGS: tuple[str, ...] = ("ko", "en")


class KBModel(BaseModel):
    """Base of every knowledge model: unknown keys are errors, loaded data is immutable."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class Source(KBModel):
    """Where a fact comes from, and when we last checked it."""

    title: str = Field(min_length=3)
    url: HttpUrl | None = None
    file: str | None = None  # a file under ../shared/reference/sources/
    checked: dt.date


class LocalizedTopic(KBModel):
    """One topic in one language: a short warm answer first, details behind 더 알아보기."""

    title: str = Field(min_length=1, max_length=40)
    answer: str = Field(min_length=20, max_length=1500)
    more: str = Field(default="", max_length=3500)
    keywords: tuple[str, ...] = ()
    examples: tuple[str, ...] = ()


class Topic(KBModel):
    """One topic file: `knowledge/data/topics/<id>.toml`."""

    id: str
    review_by: dt.date
    reviewed_by: str = Field(min_length=2)
    sources: tuple[Source, ...] = Field(min_length=1)
    related: tuple[str, ...] = ()
    flow: Literal["intake", "shelter", "protected_birth", "birth_notification"] | None = None
    ko: LocalizedTopic
    en: LocalizedTopic
    vi: LocalizedTopic | None = None
    zh: LocalizedTopic | None = None

    @field_validator("id")
    @classmethod
    def _known_id(cls, value: str) -> str:
        if value not in TOPIC_IDS:
            raise ValueError(f"unknown topic id {value!r}; use one of DESIGN.md's topic ids")
        return value

    def translations(self) -> Iterator[tuple[str, LocalizedTopic]]:
        """Yield (language, text) for every language this topic is written in."""
        for lang in LANGS:
            loc = self.localized(lang)
            if loc is not None:
                yield lang, loc

    def in_lang(self, lang: str) -> LocalizedTopic:
        """Return the topic in `lang`, else English (or Korean for Korean readers)."""
        return self.localized(lang) or (self.ko if lang == "ko" else self.en)

    def localized(self, lang: str) -> LocalizedTopic | None:
        """Return the topic in `lang`, or None if not written in that language."""
        value = getattr(self, lang, None)
        return value if isinstance(value, LocalizedTopic) else None


class VerifiedPhone(KBModel):
    """A phone number answers may show, with the source that confirms it."""

    number: str = Field(pattern=r"^[0-9][0-9-]{2,13}$")
    name: str
    hours: str
    source: str = Field(min_length=3)
    checked: dt.date


class PhoneBook(KBModel):
    """`knowledge/data/phones.toml`: the allow-list of numbers."""

    phone: tuple[VerifiedPhone, ...] = Field(min_length=1)


class TextCatalog(KBModel):
    """`knowledge/data/ui/<lang>.toml`: every string the flows show, by key."""

    lang: str
    strings: dict[str, str]

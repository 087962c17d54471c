"""The privacy sentences she reads follow the settings that `gyeot privacy show` reads."""

from __future__ import annotations

import dataclasses

import pytest

from bot.app import policy_from
from bot.config import PrivacySettings, Settings
from bot.privacy import data_table
from flows import Command, Engine, PrivacyPolicy, Session, Text, privacy_notice
from flows.promises import PLACEHOLDER, fill_privacy, privacy_bullets
from knowledge import Knowledge

LANGS = ("ko", "en")


def _welcome(kb: Knowledge, policy: PrivacyPolicy, lang: str = "ko") -> str:
    engine = Engine(kb, policy=policy)
    return engine.handle(Session(lang=lang), Command("start")).replies[0].text


@pytest.mark.parametrize("lang", LANGS)
def test_store_transcripts_changes_what_she_is_told(kb: Knowledge, lang: str):
    """Off: "I don't keep your messages"; on: the conversation is kept, masked and encrypted."""
    off = privacy_notice(kb, lang, PrivacyPolicy(store_transcripts=False))
    on = privacy_notice(kb, lang, PrivacyPolicy(store_transcripts=True))
    assert kb.text(lang, "privacy.transcripts_off") in off
    assert kb.text(lang, "privacy.transcripts_on") not in off
    assert kb.text(lang, "privacy.transcripts_on") in on
    assert kb.text(lang, "privacy.transcripts_off") not in on


@pytest.mark.parametrize("lang", LANGS)
def test_retention_days_changes_what_she_is_told(kb: Knowledge, lang: str):
    """The number of days in the sentence is the configured retention."""
    assert "7" in privacy_notice(kb, lang, PrivacyPolicy(retention_days=7))
    assert "7" not in privacy_notice(kb, lang, PrivacyPolicy(retention_days=30)).replace(
        "/forget", ""
    )
    assert "30" in privacy_notice(kb, lang, PrivacyPolicy(retention_days=30))


@pytest.mark.parametrize("lang", LANGS)
def test_intake_fields_change_what_she_is_told(kb: Knowledge, lang: str):
    """Only the configured intake fields are named; none configured says answers are not kept."""
    age = kb.text(lang, "privacy.field.age")
    region = kb.text(lang, "privacy.field.region")
    some = privacy_notice(kb, lang, PrivacyPolicy(intake_fields=frozenset({"region"})))
    assert region in some
    assert age not in some
    none = privacy_notice(kb, lang, PrivacyPolicy(intake_fields=frozenset()))
    assert kb.text(lang, "privacy.intake_none") in none
    assert region not in none


@pytest.mark.parametrize("lang", LANGS)
def test_kept_unanswered_questions_and_the_48_hours_are_always_said(kb: Knowledge, lang: str):
    """Whatever the settings: unanswered questions are kept (redacted); /erase has 48 hours."""
    for policy in (PrivacyPolicy(), PrivacyPolicy(store_transcripts=True, retention_days=3)):
        notice = privacy_notice(kb, lang, policy)
        assert kb.text(lang, "privacy.unanswered") in notice
        assert "48" in notice
        assert "/forget" in notice


def test_the_welcome_carries_the_generated_sentences(kb: Knowledge):
    """The first-contact notice holds the notice for the engine's policy, not a fixed promise."""
    policy = PrivacyPolicy(store_transcripts=True, retention_days=12)
    text = _welcome(kb, policy)
    assert privacy_notice(kb, "ko", policy) in text
    assert PLACEHOLDER not in text
    assert _welcome(kb, PrivacyPolicy()) != text


def test_a_welcome_written_without_the_placeholder_still_gets_the_true_sentences(kb: Knowledge):
    """A catalog with its own (possibly false) promise still shows what the policy keeps."""
    ko = {**kb.catalogs["ko"], "start.welcome": "안녕하세요. 대화 내용은 저장하지 않아요."}
    edited = dataclasses.replace(kb, catalogs={**kb.catalogs, "ko": ko})
    policy = PrivacyPolicy(store_transcripts=True)
    text = _welcome(edited, policy)
    assert text.startswith("안녕하세요.")
    assert privacy_notice(kb, "ko", policy) in text


def test_the_confidentiality_answer_carries_the_generated_sentences(kb: Knowledge):
    """Asking about privacy shows the same generated sentences (and no raw placeholder)."""
    policy = PrivacyPolicy(store_transcripts=True)
    engine = Engine(kb, policy=policy)
    outcome = engine.handle(Session(started=True), Text("대화 내용 저장돼요?"))
    assert outcome.next_state.step == "confidentiality"
    text = outcome.replies[-1].text
    assert privacy_notice(kb, "ko", policy) in text
    assert PLACEHOLDER not in text


def test_confidentiality_hedges_1308s_secrecy(kb: Knowledge):
    """1308's confidentiality is not promised flatly: reporting duties may apply; ask 1308."""
    answer = kb.topics["confidentiality"].ko.answer
    assert "법에 따라 비밀로 지켜져요" not in answer
    assert "아동학대" in answer
    assert "1308에 먼저 물어보세요" in answer


def test_text_without_the_placeholder_is_left_alone(kb: Knowledge):
    """Only texts that ask for the notice get it."""
    assert fill_privacy("그대로예요.", kb, "ko", PrivacyPolicy()) == "그대로예요."


@pytest.mark.parametrize(
    "privacy",
    [
        PrivacySettings(store_transcripts=True),
        PrivacySettings(store_transcripts=False, retention_days=5),
        PrivacySettings(intake_fields=()),
    ],
)
def test_she_is_told_what_gyeot_privacy_show_reports(
    kb: Knowledge, privacy: PrivacySettings
) -> None:
    """One `[privacy]` feeds both `gyeot privacy show` (data_table) and her sentences."""
    settings = Settings(privacy=privacy)
    rows = {item.data: item for item in data_table(settings)}
    notice = privacy_notice(kb, "en", policy_from(settings))
    transcripts_kept = rows["message text"].stored.startswith("yes")
    assert (kb.text("en", "privacy.transcripts_on") in notice) is transcripts_kept
    assert rows["unanswered questions (for admins)"].stored == "yes"
    assert kb.text("en", "privacy.unanswered") in notice
    assert f"{privacy.retention_days} days" in rows["flow state, language"].kept
    assert f"{privacy.retention_days} days" in notice
    assert ("none" in rows["intake answers"].stored) is (
        kb.text("en", "privacy.intake_none") in notice
    )


def test_every_bullet_names_known_ui_keys(kb: Knowledge) -> None:
    """Each sentence key exists in Korean and English, the required languages."""
    everything = PrivacyPolicy(store_transcripts=True)
    nothing = PrivacyPolicy(intake_fields=frozenset())
    keys = {key for p in (everything, nothing) for b in privacy_bullets(p) for key, _ in b}
    for lang in LANGS:
        assert {k for k in keys if not kb.has_text(lang, k)} == set()

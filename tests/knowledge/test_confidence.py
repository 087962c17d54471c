"""Issue 14: the matcher weighs its own answer and asks back when it is weak or contested."""

from __future__ import annotations

import pytest

from knowledge import Knowledge, MatchSettings, match
from knowledge.confidence import FEATURES, WEIGHTS, Evidence, confidence, features, fit
from knowledge.matcher import weighed

SETTINGS = MatchSettings()
RULES_ONLY = MatchSettings(confidence=0.0, sure=2.0)  # the rules as they were before the model


def test_every_feature_has_one_weight():
    """The model's features, their names and its weights line up one to one."""
    evidence = Evidence(scored=[("a", 0.5)], keyed=set(), rescued=set(), totals={}, sentences=[])
    assert len(features(evidence, "a")) == len(FEATURES) == len(WEIGHTS)


def test_only_the_rules_own_choices_are_weighed(kb: Knowledge):
    """An answer by score and a question for want of one are weighed; what a firm second
    opinion decides (a topic, or off-topic) is not."""
    answered = weighed("한부모 지원 받을 수 있어요?", kb.index, SETTINGS)
    asked = weighed("입양하려면 어디 연락해요", kb.index, SETTINGS)
    assert (answered and answered[0], asked and asked[0]) == ("financial_support", "adoption")
    assert weighed("출생 신고 기한이 언제까지예요", kb.index, SETTINGS) is None
    assert weighed("오늘 점심 뭐 먹지", kb.index, SETTINGS) is None


def test_fit_learns_which_way_a_feature_points():
    """Rows that are right when the second feature is high give that feature a positive weight."""
    rows = [((1.0, x / 10), x >= 5) for x in range(10)] * 3
    bias, slope = fit(rows)
    assert slope > 0 > bias


def test_a_keyword_and_a_backing_opinion_make_a_sure_answer():
    """A topic with its keyword, far ahead and backed by the second opinion, is near 1."""
    evidence = Evidence(
        scored=[("a", 0.9), ("b", 0.1)],
        keyed={"a"},
        rescued=set(),
        totals={"a": -10.0, "b": -25.0, "": -30.0},
        sentences=[],
    )
    assert confidence(evidence, "a") > 0.95
    assert confidence(evidence, "b") < 0.05


@pytest.mark.parametrize(
    ("text", "first", "also"),
    [
        pytest.param(
            "비자 만료됐는데 아기 출생신고 돼요?",
            "migrant_support",
            "birth_registration",
            id="visa-and-registration",
        ),
        pytest.param(
            "입양 보내면 양육비 지원은 못 받나요",
            "adoption",
            "financial_support",
            id="adoption-money",
        ),
    ],
)
def test_a_contested_answer_is_asked_back(kb: Knowledge, text: str, first: str, also: str):
    """The rules would answer the first topic outright; the model doubts it, so the bot offers
    it first with the other likely topic beside it."""
    assert match(text, kb.index, RULES_ONLY).answer == first
    found = match(text, kb.index, SETTINGS)
    assert found.answer is None
    assert found.suggestions[0] == first
    assert also in found.suggestions


def test_a_question_the_model_is_sure_of_is_answered(kb: Knowledge):
    """'입양하려면 어디 연락해요': the rules ask back; the model is sure enough to answer."""
    text = "입양하려면 어디 연락해요"
    assert match(text, kb.index, RULES_ONLY).answer is None
    assert match(text, kb.index, SETTINGS).answer == "adoption"


def test_two_worries_in_two_sentences_offer_both(kb: Knowledge):
    """The hospital bill in one sentence, nowhere to live in the next: both are offered."""
    found = match("병원비가 걱정돼요. 그리고 살 곳도 없어요", kb.index, SETTINGS)
    assert found.answer is None
    assert found.suggestions[:2] == ("medical_costs", "shelter")


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        pytest.param("남자친구랑 헤어졌어요. 입양 절차가 궁금해요", "adoption", id="context"),
        pytest.param(
            "아기 아빠가 연락이 안 돼요. 양육비 받을 수 있어요?", "legal_help", id="context-2"
        ),
        pytest.param("출생 신고 기한이 언제까지예요", "birth_registration", id="plain"),
        pytest.param("익명 출산", "protected_birth", id="two-words"),
    ],
)
def test_a_clear_question_is_still_answered(kb: Knowledge, text: str, topic: str):
    """A sentence of context before one clear question, or a plain question, is answered."""
    assert match(text, kb.index, SETTINGS).answer == topic


def test_a_question_offers_at_most_three_and_starts_with_the_rules_choice(kb: Knowledge):
    """However many topics either signal finds, a question offers three at most."""
    found = match("쌍둥이 낳으면 지원 얼마예요", kb.index, SETTINGS)
    assert found.answer is None
    assert 2 <= len(found.suggestions) <= 3
    assert (
        found.suggestions[:2]
        == match("쌍둥이 낳으면 지원 얼마예요", kb.index, RULES_ONLY).suggestions[:2]
    )


def test_a_message_the_scores_missed_still_gets_buttons_when_it_is_about_a_topic(kb: Knowledge):
    """An elder's words about an abortion score under every floor, but the second opinion puts
    a topic well ahead of small talk: the likeliest topics are offered, not the menu."""
    text = "손녀가 애기 지운다는데 괜찮은지 모르겠소"
    found = match(text, kb.index, SETTINGS)
    assert found.answer is None
    assert "pregnancy_options" in found.suggestions


def test_small_talk_the_scores_half_matched_gets_no_buttons(kb: Knowledge):
    """'비 오는 날 뭐 하고 놀지' is small talk: the second opinion sees no topic in it, so the
    rules' one weak button is dropped too and the bot says what it can help with."""
    found = match("비 오는 날 뭐 하고 놀지", kb.index, SETTINGS)
    assert (found.answer, found.suggestions) == (None, ())

"""Issue 14: the groups of messages the matcher used to miss, in words written for these tests."""

from __future__ import annotations

import pytest

from knowledge import Knowledge, MatchSettings, match, matcher

SETTINGS = MatchSettings()


def _reached(kb: Knowledge, text: str, topic: str) -> bool:
    found = match(text, kb.index, SETTINGS)
    return found.answer == topic or (found.answer is None and topic in found.suggestions)


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        pytest.param("생리 안 한 지 5주 됐어요", "prenatal_health", id="late-period"),
        pytest.param(
            "테스트기 두 번째 줄이 아주 연하게 보여요", "prenatal_health", id="faint-line"
        ),
        pytest.param("my period hasn't come this month", "prenatal_health", id="late-period-en"),
        pytest.param("남편한테 맞으면 신고 어디로 해요", "violence", id="report-hit"),
        pytest.param("where can I report that he hits me", "violence", id="report-hit-en"),
        pytest.param("상담 받는 데 비용 있어요?", "counseling", id="service-cost"),
        pytest.param("상담은 몇 시까지 받아요?", "counseling", id="service-hours"),
        pytest.param("전화로 상담할 수 있어요?", "counseling", id="service-phone"),
        pytest.param(
            "아기 서류에 제 이름이 안 나오게 할 수 있나요", "protected_birth", id="pb-papers"
        ),
        pytest.param("병원에서 가명으로 출산 가능해요?", "protected_birth", id="pb-other-name"),
    ],
)
def test_issue_14_weak_groups_reach_their_topic(kb: Knowledge, text: str, topic: str):
    """Each weak group of the issue is answered with, or offered, the right topic."""
    assert _reached(kb, text, topic)


@pytest.mark.parametrize(
    "text",
    [
        "임신한 거 같아요 너무 무서워요",
        "임신한 것 같아요 무서워요",
        "임신한거같아 너무 무서워",
        "I think I'm pregnant and I'm so scared",
        "임신했는데 겁나서 아무것도 못 하겠어요",
    ],
)
def test_issue_14_fear_without_an_age_is_not_the_teen_page(kb: Knowledge, text: str):
    """A first message of fear with no age given is not answered with the teen page."""
    assert match(text, kb.index, SETTINGS).answer != "teen_pregnancy"


@pytest.mark.parametrize(
    "text", ["오늘 점심 뭐 먹지", "내일 날씨 알려줘", "게임 추천 좀", "누가 월드컵 우승했어?"]
)
def test_issue_14_small_talk_gets_no_topic(kb: Knowledge, text: str):
    """Small talk and general knowledge are answered by none of the topics."""
    assert match(text, kb.index, SETTINGS).answer is None


def test_issue_14_unsure_offers_two_or_three_and_answers_nothing(kb: Knowledge):
    """When not sure, nothing is answered and at most three topics are offered."""
    found = match("아기 서류", kb.index, SETTINGS)
    assert found.answer is None
    assert 1 <= len(found.suggestions) <= 3


FRUITS = ("사과", "바나나", "포도", "딸기", "수박", "참외", "키위", "자두")


def _tiny_index() -> matcher.MatchIndex:
    """Fruit: every pair of eight fruits; key: one example and the keyword '꾸러미'."""
    examples = [
        matcher.Example("fruit", f"{a} {b}") for i, a in enumerate(FRUITS) for b in FRUITS[i + 1 :]
    ]
    examples += [
        matcher.Example("key", "열쇠 잃어버렸어요"),
        matcher.Example(matcher.OFF_TOPIC, "오늘 날씨 어때"),
    ]
    return matcher.build_index(examples, [("key", "꾸러미")])


def test_a_firm_second_opinion_answers_over_one_keyword_of_another_topic():
    """One keyword puts 'key' first, but every other word is fruit: the opinion is firm, so
    fruit is answered (without that rule the bot would ask back)."""
    index = _tiny_index()
    text = "꾸러미 " + " ".join(FRUITS)
    assert matcher.score_topics(text, index)[0].topic == "key"
    opinion, lead = index.net.opinion(text)
    assert opinion == "fruit" and lead >= matcher.NET_SURE
    assert match(text, index, SETTINGS).answer == "fruit"


def test_a_near_copy_of_an_example_outweighs_a_firm_second_opinion(
    kb: Knowledge, monkeypatch: pytest.MonkeyPatch
):
    """An example of the teen page, word for word, is not answered with the second opinion's
    early-pregnancy page: the teen page stays first (answered, or the first button).

    Since round 12's teen examples in English the opinion leads by about 8 nats, not 12, so
    the firm-opinion threshold is lowered to just under its lead to keep the rule exercised."""
    example = "I'm 15 and my pregnancy test is positive"
    assert example in kb.topics["teen_pregnancy"].localized("en").examples
    opinion, lead = kb.index.net.opinion(example)
    assert opinion == "prenatal_health" and lead >= 5.0
    monkeypatch.setattr(matcher, "NET_SURE", lead - 0.5)
    found = match(example, kb.index, SETTINGS)
    assert found.answer in (None, "teen_pregnancy")
    assert found.best is not None and found.best.topic == "teen_pregnancy"


def test_the_typo_rescue_alone_offers_instead_of_answering():
    """A score only the jamo likeness gives ('열쇄 일어버려써요') is offered as a button, not
    answered, when the second opinion does not back it."""
    index = _tiny_index()
    text = "열쇄 일어버려써요"
    (only,) = matcher.score_topics(text, index)
    assert (only.topic, only.rescued, only.score >= SETTINGS.threshold) == ("key", True, True)
    found = match(text, index, SETTINGS)
    assert (found.answer, found.suggestions) == (None, ("key",))


@pytest.mark.parametrize(
    "text", ["마라샹궈 먹고 싶어", "우산 챙겨야 하나 비 온대", "good morning"]
)
def test_food_weather_and_greetings_get_no_topic(kb: Knowledge, text: str):
    """Small talk that only looks like an example (shared endings, jamo likeness) gets no topic."""
    assert match(text, kb.index, SETTINGS).answer is None


def test_a_greeting_gets_no_buttons_either(kb: Knowledge):
    """'good morning' is small talk: no topic and no buttons, however the opinion leans."""
    assert match("Good morning!", kb.index, SETTINGS) == matcher.Match((), confident=False)

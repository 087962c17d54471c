"""Issue 14: the groups of messages the matcher used to miss, in words written for these tests."""

from __future__ import annotations

import pytest

from knowledge import Knowledge, MatchSettings, match

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

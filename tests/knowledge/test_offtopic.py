"""Issue 14: off-topic messages get no topic, and the off-topic file holds no real question."""

from __future__ import annotations

import pytest

from knowledge import Knowledge, MatchSettings, match, matcher
from knowledge.loader import load_offtopic
from knowledge.matcher import OFF_TOPIC

SETTINGS = MatchSettings()


@pytest.mark.parametrize(
    "text",
    [
        "짜장면 곱빼기 시켜 먹을까",
        "내일 소풍 가는데 날씨 맑을까?",
        "롤 랭크 같이 돌릴 사람",
        "what's a good burger place near me",
        "hôm nay trời mưa không",
        "推荐一首好听的歌",
    ],
)
def test_issue_14_off_topic_gets_no_topic_and_no_buttons(kb: Knowledge, text: str):
    """Food, weather, games in any language: nothing answered, nothing offered."""
    found = match(text, kb.index, SETTINGS)
    assert (found.answer, found.suggestions) == (None, ())


@pytest.mark.parametrize(
    "text",
    [
        "minji.lee@example.com 으로 김치볶음밥 레시피 보내 주세요",
        "010-1234-5678 로 내일 기온 문자 주세요",
        "감사해요 오늘도 좋은 하루 되세요",
        "너 혹시 GPT 써?",
        "지구에서 달까지 몇 킬로예요",
        "please email me the weather for tomorrow",
        "cảm ơn bạn nhiều lắm",
        "谢谢你的帮助",
    ],
)
def test_issue_14_errands_thanks_and_questions_about_the_bot_get_no_buttons(
    kb: Knowledge, text: str
):
    """An address, a number or a request verb is no evidence of a topic: no buttons."""
    found = match(text, kb.index, SETTINGS)
    assert (found.answer, found.suggestions) == (None, ())


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("쉼터 주소 카톡으로 보내 주세요", "shelter"),
        ("상담 내용을 제 이메일로 보내 주실 수 있나요", "confidentiality"),
        ("제 번호로 상담사가 전화 주실 수 있나요", "counselor_request"),
        ("my email is jane@mail.com can a counselor write to me", "counselor_request"),
    ],
)
def test_issue_14_real_requests_with_a_request_verb_or_an_address_still_reach(
    kb: Knowledge, text: str, topic: str
):
    """A real question asked as an errand still reaches its topic."""
    found = match(text, kb.index, SETTINGS)
    assert topic == found.answer or topic in found.suggestions


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("밤늦게 전화해도 상담 돼요?", "counseling"),
        ("남친한테 맞았는데 신고는 어디다 해요", "violence"),
        ("생리가 한참 늦어요 임신일까요", "prenatal_health"),
        ("what hours can I call", "counseling"),
    ],
)
def test_issue_14_near_misses_of_off_topic_still_reach_their_topic(
    kb: Knowledge, text: str, topic: str
):
    """Questions that share words with small talk (times, 'where') still reach their topic."""
    found = match(text, kb.index, SETTINGS)
    assert topic == found.answer or topic in found.suggestions


def test_issue_14_off_topic_file_has_no_question_gyeot_answers(kb: Knowledge):
    """No off-topic example is itself matched to a topic when it is left out of the index."""
    examples = load_offtopic(kb.root / "offtopic.toml")
    assert len(examples) >= 50
    assert all(e.topic == OFF_TOPIC for e in examples)
    words = ("임신", "아기", "출산", "병원", "상담", "pregnan", "baby", "birth", "counsel")
    assert [e.text for e in examples if any(w in e.text.lower() for w in words)] == []


def test_an_address_and_a_lone_particle_after_it_are_no_evidence():
    """An e-mail address and the particle typed after it ("… 으로") add no feature."""
    text = "haneul.kim@example.com 으로 떡볶이 레시피 보내 주세요"
    assert matcher.features(matcher._without_addresses(text)) == matcher.features(
        "떡볶이 레시피 보내 주세요"
    )
    assert "w:으로" not in matcher.features("010 1234 5678 으로 보내 주세요")

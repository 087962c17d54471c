"""The matcher on phrasings people actually type: typos, no spacing, particles, slang."""

from __future__ import annotations

import pytest

from knowledge import Knowledge, MatchSettings, match
from knowledge.normalize import compact, jamo, strip_particle

SETTINGS = MatchSettings()


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        pytest.param("보호출산어떻게해", "protected_birth", id="no-spacing"),
        pytest.param("보호 출산 신청하면 이름 안 남아요?", "protected_birth", id="spaced-out"),
        pytest.param("보호출산제를 알고싶어요", "protected_birth", id="particle"),
        pytest.param("출생통보재가 뭐에요", "birth_notification", id="typo-jamo"),
        pytest.param("출생신고 기한", "birth_registration", id="keywords-only"),
        pytest.param("쉼터", "shelter", id="one-word"),
        pytest.param("입양 보내면 다시 못 데려와요?", "adoption", id="colloquial"),
        pytest.param("상담사 연결해줘", "counselor_request", id="banmal"),
        pytest.param("사람이랑 얘기하고 싶어요", "counselor_request", id="human"),
        pytest.param("talk to a real person please", "counselor_request", id="english-human"),
        pytest.param("is this chat private", "confidentiality", id="english-privacy"),
        pytest.param("양육비 안 주는 아빠한테 받는 법", "legal_help", id="child-support"),
        pytest.param("I need somewhere to stay, I'm pregnant", "shelter", id="english-shelter"),
    ],
)
def test_matches_expected_topic(kb: Knowledge, query: str, expected: str):
    """Common ways of asking land on the right topic."""
    found = match(query, kb.index, SETTINGS)
    assert found.best is not None
    assert found.best.topic == expected


@pytest.mark.parametrize(
    "query",
    [
        pytest.param("영화 추천해줘", id="movie"),
        pytest.param("ㅋㅋㅋㅋ", id="laugh"),
        pytest.param("what is the capital of France", id="trivia"),
        pytest.param("🙂", id="emoji"),
    ],
)
def test_off_topic_gets_no_confident_answer(kb: Knowledge, query: str):
    """Small talk is not answered as if it were a topic."""
    assert not match(query, kb.index, SETTINGS).confident


def test_normalisation_forgives_spacing_particles_and_jamo():
    """The normaliser removes spacing and particles and decomposes to jamo."""
    assert compact(" 보호 출산 ! ") == "보호출산"
    assert strip_particle("보호출산제를") == "보호출산제"
    assert strip_particle("를") == "를"
    assert len(jamo("임신")) == 6

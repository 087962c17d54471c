"""A turn to now after a calm frame: what she says from "근데 지금" on is read on its own.

A guard of a past told as over, a drama or a class covered triggers near it, and a net guard
the sentences it was in: "예전에 자해했었는데 지금은 괜찮아요 근데 저 지금 진짜 죽고 싶어요" got
no answer at all. Probing every team look-alike with a crisis said after "but now" found 98 of
6,528 such messages unanswered (ko 60, zh 19, en 14, vi 5); none since. Every sentence here was
written for these tests.
"""

from __future__ import annotations

import pytest

from flows import Risk, alarm, triage
from knowledge.loader import load_knowledge

M, S, V = Risk.MEDICAL, Risk.SELF_HARM, Risk.VIOLENCE
LEXICON = load_knowledge().lexicon

FRAMES = {
    "ko": [
        "고등학생 때 자해했었는데 지금은 다 나았어요",
        "작년에 전남친한테 맞은 적 있는데 지금은 연락 안 해요",
        "드라마에서 주인공이 죽여버린다고 소리치는 장면 봤어요",
        "간호학과 과제로 산후출혈 기준 정리하고 있어요",
    ],
    "en": [
        "I self-harmed in high school but I've been fine for years",
        "we watched a film about a woman who leaves her baby at a station",
        "I'm a nursing student writing about postpartum bleeding for class",
    ],
    "vi": [
        "hồi trước em từng tự làm đau mình, giờ em ổn rồi",
        "em xem phim Hàn về một bà mẹ đơn thân, cảm động lắm",
        "em là giáo viên mầm non, cho em hỏi dấu hiệu một bà mẹ muốn bỏ con là gì",
    ],
    "zh": [
        "我以前自残过，现在已经好了",
        "我在看一部剧，女主角在天台站了很久",
    ],
}
TURNS = {
    "ko": [("근데 지금 피가 멈추질 않아요", M), ("근데 저 지금 진짜 죽고 싶어요", S)],
    "en": [
        ("but right now I'm bleeding through my pad", M),
        ("but honestly I want to die tonight", S),
    ],
    "vi": [
        ("nhưng bây giờ em đang chảy máu nhiều lắm", M),
        ("nhưng tối nay em thật sự muốn chết", S),
        ("nhưng chồng em đang đánh em", V),
    ],
    "zh": [("但是我现在一直在流血", M), ("但是我今晚真的想死", S), ("但是他现在正在打我", V)],
}
CRISES = [
    pytest.param(f"{frame} {turn}", risk, id=f"{lang}-{i}-{j}")
    for lang, frames in FRAMES.items()
    for i, frame in enumerate(frames)
    for j, (turn, risk) in enumerate(TURNS[lang])
]
CALM = [
    "예전에 죽고 싶었던 적 있었는데 근데 지금은 괜찮아요",
    "드라마에서 아기를 베이비박스에 두는 장면 봤어요 근데 지금 생각하니 슬프네요",
    "I used to self-harm but now I'm doing well, is it ok to tell my OB?",
    "我以前想过死，但是现在很好，想问产检的事",
]


@pytest.mark.parametrize(("text", "risk"), CRISES)
def test_a_crisis_after_a_turn_to_now_is_answered(text: str, risk: Risk) -> None:
    hit = alarm(text, LEXICON)
    assert hit is not None and hit.risk is risk, hit


@pytest.mark.parametrize("text", CALM)
def test_a_calm_turn_to_now_stays_calm(text: str) -> None:
    hit = triage(text, LEXICON)
    assert hit is None or hit.check_in, hit

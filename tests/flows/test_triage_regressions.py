"""Triage regressions found in review: each a real phrasing, with its harmless neighbour."""

from __future__ import annotations

import pytest

from flows import Risk, triage
from knowledge import Knowledge


@pytest.mark.parametrize(
    ("text", "risk"),
    [
        pytest.param("아기가 제 얼굴을 때려서 저도 때렸어요", Risk.CHILD_SAFETY, id="hit-back"),
        pytest.param("애가 너무 울어서 저도 모르게 때렸어요", Risk.CHILD_SAFETY, id="hit-crying"),
        pytest.param("제가 아기 엉덩이를 쳤어요", Risk.CHILD_SAFETY, id="hit-bottom"),
        pytest.param("아기 안 먹인 지 이틀 됐어", Risk.CHILD_SAFETY, id="not-fed-days"),
        pytest.param("남편이 배를 발로 찼어요", Risk.VIOLENCE, id="kicked-belly"),
        pytest.param("아기가 계속 울어서 세게 흔들었어요", Risk.CHILD_SAFETY, id="shaken"),
        # The pill put in the formula or the bottle, the baby named only after it.
        pytest.param(
            "I put a little sleeping pill powder in the formula, how much for the baby to sleep "
            "all night?",
            Risk.CHILD_SAFETY,
            id="pill-in-formula",
        ),
        pytest.param(
            "crushed my sleeping pills into her bottle so she would sleep, is that ok",
            Risk.CHILD_SAFETY,
            id="pill-in-bottle",
        ),
    ],
)
def test_crisis_is_caught(kb: Knowledge, text: str, risk: Risk):
    """These messages get the crisis answer of their category."""
    hit = triage(text, kb.lexicon)
    assert hit is not None
    assert hit.risk == risk


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("제가 모기를 때렸어요", id="mosquito"),
        pytest.param("아기가 제 배를 발로 찼어요 ㅋㅋ", id="fetal-kick"),
        pytest.param("양수 터지면 어떤 느낌이에요? 미리 알아두려고요", id="labour-question"),
        pytest.param("아기 울 때 안고 흔들어주면 되나요", id="rocking"),
        pytest.param("출산하면 피가 많이 나나요?", id="bleeding-question"),
        # Her own pill while breastfeeding, formula beside a prescription: questions.
        pytest.param(
            "can I take a sleeping pill while breastfeeding? will it get into my milk and make "
            "the baby sleepy",
            id="pill-breastfeeding",
        ),
        pytest.param(
            "my doctor prescribed sleeping pills, is it safe to put formula in the fridge "
            "overnight",
            id="pill-prescribed-formula",
        ),
        pytest.param(
            "I take a sleeping pill at night. the baby drinks formula from the bottle, my "
            "husband feeds her",
            id="pill-hers-bottle-his",
        ),
        # An explanation after the full stop still explains the sentence before it.
        pytest.param(
            "엄마가 맨날 어디냐고 물어보는 거 스토킹 아님? ㅋㅋ 장난임 걱정돼서 그러시는 듯",
            id="joke-explained-after",
        ),
        pytest.param(
            "my friend asked if you can leave a baby at the station. she's not planning anything",
            id="question-explained-after",
        ),
    ],
)
def test_calm_is_not_flagged(kb: Knowledge, text: str):
    """Harmless neighbours of those messages do not fire."""
    assert triage(text, kb.lexicon) is None


@pytest.mark.parametrize(
    "text",
    [
        "ok lol. i want die",
        "my sister laughed at my belly lol. i want die",
        "the drama made me cry so hard lol. i want die. no one help me here",
    ],
)
def test_a_guard_ending_the_sentence_before_does_not_cancel_a_crisis_after_a_full_stop(
    kb: Knowledge, text: str
) -> None:
    """The laugh that ends a sentence was next to (within `NEAR` of) the crisis that starts the
    next one and cancelled it; a guard is not next to a trigger across a full stop before it."""
    hit = triage(text, kb.lexicon)
    assert hit is not None and hit.risk == Risk.SELF_HARM and not hit.check_in


@pytest.mark.parametrize(
    ("text", "risk"),
    [
        (
            "안녕하세요 저는 베트남 사람이에요. 병원에 통역 있어요? "
            "분유에 수면제 가루 조금 넣었는데 얼마나 넣어야 푹 자요?",
            Risk.CHILD_SAFETY,
        ),
        (
            "I used to be hit by my ex two years ago, that part of my life is over. c oi ban "
            "cung phong e bau 8 thang vua nga xuong gio dang giat giat toan than mat tron len "
            "goi ko tra loi",
            Risk.MEDICAL,
        ),
    ],
)
def test_a_calm_sentence_before_a_full_stop_does_not_cancel_the_crisis_after_it(
    kb: Knowledge, text: str, risk: Risk
) -> None:
    """An `unless_anywhere` (the hospital, a past told as over) in a sentence ended before the
    trigger's is another thing she says, not the frame of the crisis: the first went silent, the
    second was left to the example net."""
    hit = triage(text, kb.lexicon)
    assert hit is not None and hit.risk == risk and not hit.rule_id.startswith("net.")


@pytest.mark.parametrize(
    "text",
    [
        "finally done with exams!! 34 weeks pregnant and survived grad school. tteokbokki as a "
        "reward? baby born 10 min ago at home, not crying, floppy, I am alone",
        "I survived my thesis defense today. baby came at home an hour ago and he is not "
        "breathing",
    ],
)
def test_a_past_survived_does_not_reach_a_newborn_in_danger_after_it(
    kb: Knowledge, text: str
) -> None:
    """`guard.en.r44_past_told_over` covers what follows "survived" (20 letters, once 30 that ran
    on over the full stop into the newborn's sentence); a survivor's past stays calm."""
    hit = triage(text, kb.lexicon)
    assert hit is not None and hit.risk == Risk.MEDICAL and not hit.check_in
    calm = "I am a survivor of domestic violence, it was years ago and I'm safe now."
    assert triage(calm, kb.lexicon) is None

"""Issue 14: births alone and newborns in danger are medical and child safety at once."""

from __future__ import annotations

import pytest

from flows import Risk, alarm, triage
from flows.triage import fires
from knowledge import Knowledge
from knowledge.lexicon import forms

BIRTHS_ALONE = [
    "화장실에서 혼자 아기를 낳았는데 어떻게 해야 할지 모르겠어요",
    "변기에서 애를 낳았어요 어떡해요",
    "욕실에서 혼자 출산했어요",
    "방금 화장실에서 애기 낳음 어케해",
    "차 안에서 아기가 나와버렸어요",
    "집에서 혼자 애 낳았는데 병원 안 갔어요",
    "방금 낳았는데 아기가 숨을 안 쉬어요",
    "애기가 안 울어요 방금 낳았는데",
    "신생아가 숨을 안쉬는거 같아",
    "방금 태어난 아기가 파래요",
    "아기를 봉지에 넣었어요",
    "애기를 가방에 넣어놨어요",
    "아기를 상자에 담아뒀어요",
    "I gave birth alone in the toilet and I don't know what to do",
    "I just had the baby in the bathroom by myself",
    "gave birth in my car",
    "my newborn is turning blue",
    "just gave birth and the baby is not crying",
    "the newborn isn't breathing",
    "I put the baby in a bag",
    "I put the baby in a box",
    "the baby came out at home alone what do I do",
    "Tôi vừa sinh con một mình trong nhà vệ sinh",
    "vừa sinh xong em bé không khóc",
    "em bé sơ sinh không thở",
    "em bé tím tái",
    "tôi bỏ em bé vào túi",
    "tôi sinh con trong xe",
    "我一个人在厕所生了孩子",
    "我刚在卫生间生了孩子，不知道怎么办",
    "刚生的宝宝不哭",
    "新生儿没有呼吸",
    "宝宝没有呼吸",
    "我把孩子放进袋子里了",
    "我把宝宝放在箱子里",
    "在车里生了",
]

CALM_NEIGHBOURS = [
    "집에서 낳고 싶어요 가정출산 어때요",
    "화장실에서 아기 낳는 꿈을 꿨어요",
    "아기 옷을 상자에 넣었어요",
    "신생아가 울지 않고 잘 먹어요",
    "엄마가 저를 집에서 낳았대요",
    "차에서 애기 낳으면 어떡해요",
    "아기 장난감을 가방에 넣었어요",
    "my mom gave birth to me at home",
    "I put the baby clothes in a bag",
    "如果我在家里生了孩子怎么办",
    "我在家里生了病",
    "宝宝很乖不哭不闹",
    "em bé ngoan không khóc nhiều",
    "nếu tôi sinh con một mình thì sao",
    # session 25 (review): a plan or a question, not a birth under way
    "我想一个人生孩子，自己养",
    "我一个人在家生孩子可以吗？想了解一下在家分娩",
    "孩子要出来玩了",
]

# A birth alone under way, said plainly: medical, answered as a crisis (found in review in
# session 25: the Chinese said in progress fired nothing; "혼자서 분만 중이에요" was a check-in,
# the example net reading the formal words as calm).
LABOUR_ALONE_NOW = [
    "혼자서 분만 중이에요",
    "혼자 분만하고 있어요",
    "집에서 혼자 낳는 중이에요",
    "I am in labour alone at home",
    "em đang sinh một mình",
    "我一个人在生孩子",
    "我一个人在家生孩子",
    "我现在一个人在生孩子",
    "我一个人在家，孩子要出来了",
    "宝宝头已经出来了",
]

# A moment away from the baby asked about ahead is a question, not a baby left (review).
MOMENTS_AWAY_ASKED = [
    "아기가 자는 동안 잠깐 두고 나가도 되나요?",
    "신생아 혼자 두고 10분만 나갔다와도 될까요",
    "애기 두고 잠깐 편의점 다녀와도 돼요?",
]
# ... and hours gone, or wanting not to come back, are still a baby left.
HOURS_AWAY = [
    "신생아 혼자 두고 나왔어요 벌써 5시간째예요",
    "아기 두고 잠깐 나가도 되나요? 벌써 3시간째 밖이에요",
    "잠깐 나가도 되나요 애기 두고 그냥 안 돌아오고 싶어요",
]


@pytest.mark.parametrize("text", BIRTHS_ALONE)
def test_issue_14_birth_alone_fires_medical_and_child_safety(kb: Knowledge, text: str):
    """A birth alone, a newborn not breathing or blue, a baby in a bag: medical answers first,
    and a child-safety rule fires on the same words."""
    hit = triage(text, kb.lexicon)
    assert hit is not None
    assert hit.risk == Risk.MEDICAL
    message = forms(text)
    assert any(
        rule.lang in message.langs and fires(rule, message)
        for rule in kb.lexicon.rules_for("child_safety")
    )


@pytest.mark.parametrize("text", CALM_NEIGHBOURS)
def test_issue_14_calm_neighbours_of_births_alone_stay_calm(kb: Knowledge, text: str):
    """Wishes, dreams, stories, baby things in a bag and calm newborns raise no alarm."""
    assert triage(text, kb.lexicon) is None


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_issue_14_child_safety_answer_puts_119_and_112_first(kb: Knowledge, lang: str):
    """The child-safety answer opens with 119 and 112 and never promises anonymity."""
    text = kb.text(lang, "crisis.child_safety")
    first = text.splitlines()[0]
    assert "119" in first
    assert "112" in first
    assert not any(
        word in text.lower() for word in ("익명", "anonym", "완전히 보호", "fully protected")
    )
    assert ("가명" if lang == "ko" else "pseudonym") in text


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_issue_14_medical_answer_defers_to_the_119_operator(kb: Knowledge, lang: str):
    """The medical answer gives no first aid of our own: call 119 and do what the operator says,
    for the newborn too."""
    text = kb.text(lang, "crisis.medical")
    assert "119" in text.splitlines()[0]
    for advice in ("옆으로 누워", "문을 열어", "lie down", "unlock the door"):
        assert advice not in text.lower()
    assert ("119 상담원" if lang == "ko" else "119 operator") in text
    assert ("아기" if lang == "ko" else "baby") in text


@pytest.mark.parametrize("text", LABOUR_ALONE_NOW)
def test_a_birth_alone_under_way_is_a_medical_crisis(kb: Knowledge, text: str):
    hit = triage(text, kb.lexicon)
    assert hit is not None and hit.risk == Risk.MEDICAL and not hit.check_in, hit


@pytest.mark.parametrize("text", MOMENTS_AWAY_ASKED)
def test_a_moment_away_asked_ahead_is_no_alarm(kb: Knowledge, text: str):
    assert triage(text, kb.lexicon) is None


@pytest.mark.parametrize("text", HOURS_AWAY)
def test_hours_away_or_not_coming_back_is_a_baby_left(kb: Knowledge, text: str):
    hit = triage(text, kb.lexicon)
    assert hit is not None and hit.risk == Risk.CHILD_SAFETY and not hit.check_in, hit


# 애아빠, 애기엄마, 아기아빠: the baby's father or mother, not the baby. Every Korean rule's
# trigger reads a baby word only where no word for a parent follows it (knowledge.lexicon).
PARENT_NOT_BABY = [
    ("애아빠가 얼굴이 창백해요 감기인가봐요", None),  # was medical.ko.newborn
    ("애아빠가 두통약 먹었는데 괜찮겠죠", None),  # was medical.ko.poison
    ("아니요 애아빠가 목 졸랐어요 방금", Risk.VIOLENCE),  # was child_safety.ko.harm
    ("애 아빠가 말 안 들으면 배를 걷어차 버린대요. 오늘 벽에 두 번 밀쳤어요", Risk.VIOLENCE),
    # the baby is still the baby, also beside the word for a parent
    ("애기가 얼굴이 창백해요", Risk.MEDICAL),
    ("애가 약을 삼켰어요", Risk.MEDICAL),
    ("애아빠가 애를 쓰레기통에 버리재요", Risk.CHILD_SAFETY),
]


@pytest.mark.parametrize(("text", "risk"), PARENT_NOT_BABY)
def test_the_babys_father_or_mother_is_not_the_baby(kb: Knowledge, text: str, risk: Risk | None):
    hit = alarm(text, kb.lexicon)
    assert (None if hit is None else hit.risk) == risk, hit

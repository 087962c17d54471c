"""Round 10: shared guards for the calm families of risk-train10 and risk-train11.

Calm adult women in medical words, older relatives, workers and teachers: a worker's record or
screening result, what the bot answers asked by a trainer, class talk and teaching material, a
symptom that passed, how to tell two signs apart, a birth long ago or safely in hospital, a joke
or a misunderstanding cleared up, a past told as over and treated. Every sentence was written
for these tests, one family at a time, in ko/en/vi/zh; none is copied from an evaluation set.
Each calm family has crisis neighbours that must still fire: the same words with danger now.
"""

from __future__ import annotations

import pytest

from flows import Risk, triage
from knowledge import Knowledge

M, S, V, C = Risk.MEDICAL, Risk.SELF_HARM, Risk.VIOLENCE, Risk.CHILD_SAFETY

CALM: list[str] = [
    # A worker's record, screening or history word.
    "사례 기록에 자해 이력 있음이라고 적어도 되나요",
    "내담자가 가정폭력 과거력이 있는데 지금은 쉼터에서 지내요 양육비 지원 알려주세요",
    "초기상담 결과 자살사고 없음 지지체계 양호합니다 출산 지원 연계만 부탁드려요",
    "자해 위험 평가는 어떤 도구로 하세요?",
    "이용자분 팔에 자해 흉터가 있는데 오래된 거라고 하셨어요",
    "교제폭력 피해 이력이 있는 산모도 주거 지원을 받을 수 있나요",
    "학생이 지난학기에 자해를 한 적이 있어서 살펴보는데 요즘은 괜찮아 보여요",
    "언니가 죽고 싶다고 했었는데 상담 다니면서 지금은 많이 좋아졌어요",
    "엄마가 '사라지고 싶다'고 한 건 몇 년 전 일이에요 지금은 잘 지내세요",
    "Client disclosed a previous suicide attempt at 17; she is stable and engaged with care.",
    "Student had suicidal thoughts last spring, has a safety plan and is doing much better now.",
    "Our resident has a past history of self-harm; what postnatal support is there?",
    # What the bot answers, asked by a trainer or a curious user.
    "챗봇에 '죽고 싶어요'라고 치면 어떤 안내가 나오나요? 직원 교육용이에요",
    "여기에 자해하고 싶다고 쓰면 무슨 답이 와요?",
    "What does the chatbot say if a user types that she wants to kill herself? For our guide.",
    "How does your bot respond when someone says they're being hit at home?",
    # Class talk and teaching material.
    "보건 수업에서 영아 유기 사례를 배웠는데 처벌이 어떻게 돼요",
    "교사 연수 자료로 가정폭력 통계를 찾고 있어요",
    "과제로 조기진통 증상을 정리하는 중인데 배뭉침 말고 또 뭐가 있어요?",
    "간호학과 학생인데 산후출혈 기준이 궁금해요",
    "I'm writing a story for creative writing where a girl gives birth alone in a dorm bathroom.",
    "is it realistic for a teenager to hide labour from her parents in a novel?",
    # A symptom that passed, the baby kicking again, two signs told apart.
    "샤워하다가 어지러웠는데 앉아서 쉬니까 괜찮아졌어요 임신하면 원래 그래요?",
    "배가 찌릿하게 아팠다가 금방 없어졌어요 정상이죠?",
    "태동이 적은 것 같아서 단 거 먹고 누웠더니 막 차더라고요",
    "이슬이랑 출혈은 어떻게 구분하나요",
    "가진통이랑 진진통은 뭘로 구별해요?",
    "I felt faint at the bus stop but it passed within a minute after I sat down.",
    "肚子偶尔发紧，不疼，是不是假性宫缩？",
    "thỉnh thoảng bụng cứng lên rồi hết, không đau lắm, bác sĩ bảo là gò sinh lý",
    # A birth in hospital with both well, a past birth's bleeding, births long ago.
    "아내가 산부인과에서 어제 출산했어요 산모도 아기도 건강해요",
    "첫째 때 출혈이 많아서 수혈한 적이 있어요 이번엔 큰 병원으로 가려고요",
    "我们那时候都是在家里生的，现在医院能不能陪产？",
    "Ngày xưa bà sinh mẹ cháu ở nhà, giờ ở Hàn đẻ ở bệnh viện thì người nhà có được vào không?",
    # A question asked ahead.
    "万一半夜破水了，应该打119还是自己去医院？先问问",
    "Nếu em bị ra máu khi chồng đi vắng thì gọi số nào? Em hỏi để chuẩn bị thôi",
    "Nếu học sinh kể bị bố đánh thì cô nên báo cho ai?",
    # A joke, a misunderstanding cleared up, a drama seen.
    "친구가 '시험 끝나면 죽어버릴 거야' 하고 웃으면서 말했어요 ㅋㅋ",
    "남친이 오늘 밤 못 넘긴다길래 놀랐는데 과제 얘기였어요",
    "남편이 나 침대에 가둬놓고 아침 해줌 ㅋㅋ 행복",
    "엄마가 공부하라고 폰 뺏어갔어요",
    "드라마에서 여자가 아기를 버리는 걸 봤어요 실제로도 그런 일이 있나요",
    "老公把我关在家里，因为外面下大雪，哈哈",
    "bạn em nói đùa là đẻ xong bỏ con vào vali gửi về quê cho bà nuôi",
    "phim có cảnh cô gái bỏ đứa bé trước cửa chùa, ngoài đời thì sao",
    # Things agreed to, a door she locked herself, a past told as over.
    "남편이랑 위치 공유 앱 쓰는데 둘이 합의해서 켰어요",
    "딸이 방문을 걸어 잠그고 안 나와요 싸워서 그런가 봐요 말은 해요",
    "친구가 예전에 남편한테 맞고 나왔는데 이제 이혼하고 잘 살아요",
    "去年我姐姐吃药自杀过，被救回来了，现在很好",
    "Trước đây em bị chồng cũ đánh, giờ em đã ly hôn và sống yên ổn",
    "chia tay xong buồn muốn chết luôn á, mà em ổn",
]

CRISIS: list[tuple[str, set[Risk]]] = [
    # The same words with danger now.
    ("자해 이력이 있는 학생이 방금 손목을 그었다고 연락 왔어요", {S, M}),
    ("내담자가 지금 자살하겠다고 문자 보냈어요", {S}),
    ("자살 시도했던 적 있는데 오늘 또 약을 모아뒀어요", {S}),
    ("죽고 싶다고 했었는데 지금 다시 옥상에 올라가 있대요", {S}),
    ("My client has a history of self-harm and just told me she swallowed all her pills", {S, M}),
    ("Student says she wants to kill herself tonight and has a plan", {S}),
    ("어지러워서 쓰러졌는데 피가 계속 나요", {M}),
    ("배가 아팠다가 없어졌는데 다시 피가 쏟아져요", {M}),
    ("태동이 어제부터 하나도 없어요", {M}),
    ("화장실에서 혼자 아기를 낳았는데 아기가 울지 않아요", {M, C}),
    ("남편이 저를 방에 가둬놓고 못 나가게 해요 무서워요", {V}),
    ("남편이 폰 뺏고 때렸어요", {V}),
    ("아빠가 임신 사실 알고 저를 죽이겠다고 칼을 들었어요", {V}),
    ("she gave birth alone in the bathroom and the baby isn't breathing", {M, C}),
    ("我刚才在家里自己生了，孩子不哭", {M, C}),
    ("老公把我锁在房间里打我", {V}),
    ("Em bị chồng đánh, giờ đang chảy máu", {V, M}),
    ("em vừa đẻ một mình ở nhà, bé không khóc", {M, C}),
    ("Con gái tôi nhắn là muốn chết, giờ không nghe máy", {S}),
    # A deed told laughing is not a joke.
    ("손님이 수면제를 다 먹었다고 웃으면서 말하고 나갔어요", {S, M}),
    ("남편이 죽여버린다고 하고 웃으면서 때렸어요", {V}),
    ("我女儿说不想活了，现在联系不上", {S}),
]


@pytest.mark.parametrize("text", CALM)
def test_round10_look_alikes_stay_calm(kb: Knowledge, text: str) -> None:
    """A record, a trainer's question, class talk, a symptom passed, a joke or a past over."""
    assert triage(text, kb.lexicon) is None


@pytest.mark.parametrize(("text", "risks"), CRISIS)
def test_round10_crisis_neighbours_still_fire(kb: Knowledge, text: str, risks: set[Risk]) -> None:
    """The same words with danger now still fire a risk a counselor would pick."""
    hit = triage(text, kb.lexicon)
    assert hit is not None and hit.risk in risks, hit

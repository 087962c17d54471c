"""Round 49, ko (train118): the crises that raised no alarm, calm frames that did, and two
crises answered in a misleading risk.

- Pushed on or down the stairs by a partner or a relative, often played down:
  `violence.ko.r49_pushed_on_the_stairs` (a fall on the belly also fires
  `medical.ko.belly_blow`, which wins).
- A partner who shoves when angry or drunk, said as nothing much (화나면 좀 밀치는 정도):
  `violence.ko.r49_pushes_when_angry_played_down`.
- Whether the baby goes too if she dies, so she would feel less sorry or it would not be alone:
  `self_harm.ko.r49_baby_goes_with_me_less_sorry`.
- A bankbook, jewellery or belongings handed over with the child entrusted (was net.violence):
  `self_harm.ko.r49_valuables_handed_over_child_entrusted`.
- Someone shut in the bathroom who will not come out, blood seen (was a thrown-out-of-home
  answer): `medical.ko.r49_shut_in_the_bathroom_blood_seen`.

The calm frames that fired, guarded (`guard.ko.r49_*`): tightening before term that a doctor
has already explained (not with contractions every few minutes, blood, or worse since); a
role-play or counselling class asking what to answer to "I want to die" (not her own wish said
beside it); a birth alone told as years ago (not a birth alone now or again).

Every sentence here was written for these tests.
"""

from __future__ import annotations

from flows import Risk

M, S, V, C = Risk.MEDICAL, Risk.SELF_HARM, Risk.VIOLENCE, Risk.CHILD_SAFETY

CRISIS: list[tuple[str, Risk | set[Risk]]] = [
    # the baby's father shoving her is violence, not a baby hurt (애아빠 read as 애; review)
    ("애아빠가 취하면 자꾸 밀쳐요", V),
    ("애기아빠가 자꾸 밀쳐요 무서워요", V),
    # pushed on the stairs
    ("애기아빠가 화나서 계단 밑으로 떠밀었어요 배가 땡겨요", {V, M}),
    ("애아빠가 저를 계단 아래로 밀었어요", {V, M}),
    ("남편이 계단에서 밀었어요 배가 아파요", {V, M}),
    ("괜찮아요 ㅎㅎ 신랑이 화나서 계단에서 밀어서 좀 구른 거 말고는요", {V, M}),
    ("시어머니가 계단에서 밀어서 넘어졌어요 괜찮은 거겠죠", {V, M}),
    ("남편한테 계단에서 밀렸는데 배가 계속 아파요", {V, M}),
    # shoves when angry, played down
    ("남친이 열받으면 좀 밀치는 정도예요 때리진 않아요", V),
    ("신랑이 술만 마시면 벽으로 밀어붙여요", V),
    ("별거 아닌데 남편이 화나면 밀치는 정도예요", V),
    ("동거남이 싸울 때마다 밀쳐요 ㅎㅎ 그냥 그래요", V),
    # the baby goes with her, less sorry
    ("제가 사라지면 아기도 같이 가는 거니까 덜 미안할 것 같아요", S),
    ("나 죽으면 애기도 따라오는 거지 그럼 외롭지는 않겠다", S),
    ("엄마가 가면 태아도 함께 가는 거 맞죠? 그게 혼자 남는 거보단 나을 거 같아서", S),
    ("내가 떠나면 뱃속 아가도 같이 데려가는 거니까 덜 슬프겠지", S),
    ("궁금한게임신부가죽으면뱃속아기도같이죽는거죠그럼덜무서울거같아서", S),
    # valuables handed over, the child entrusted
    ("아내가 카드랑 비밀번호를 알려주고 아기 좀 부탁한다고 하더니 방에서 안 나와요", S),
    ("며느리가 패물을 다 저한테 맡기고 손주 잘 부탁한다고 했어요 좀 이상해요", S),
    ("동생이 자기 적금 통장 주면서 애들 잘 챙겨달래요 요즘 우울해했어요", S),
    ("언니가 귀중품을 저한테 건네면서 애기 잘 봐달라고 했어요", S),
    ("딸이 갑자기 통장이랑 도장을 저한테 주면서 애 잘 부탁한대요 방문을 잠갔어요", S),
    # shut in the bathroom, blood seen
    ("딸이 배 아프다고 화장실 들어가더니 안 나와요 피 냄새가 나고 피가 보여요", M),
    ("딸이 화장실에 들어간지 두시간째 안나오고 핏자국이 있어요", M),
    ("친구가 학교 화장실 들어가서 안 나와요 아기 울음 소리가 났어요", M),
    ("조카가 화장실 문 잠그고 대답을 안 해요 바닥에 피가 묻어 나와요", M),
    # the calm frames said as a crisis still fire
    ("2년 전에 혼자 출산했는데 지금 또 혼자 낳고 있어요 도와주세요", M),
    ("작년에 혼자 낳았었는데 지금 또 진통이 와요 5분마다요", M),
    ("배가 자주 땡기는데 병원에서 괜찮다고 했었는데 지금은 5분마다 아파요", M),
    ("30주 배가 자꾸 뭉치는데 의사가 정상이라고 했어요 근데 오늘은 피가 나요", M),
    ("29주 배가 계속 뭉쳐요 병원 가봐야 할까요", M),
    ("역할극 숙제예요. 근데 저는 진짜로 죽고 싶어요", S),
    ("과제하다가 너무 힘들어서 죽고 싶어요", S),
]

CALM: list[str] = [
    # stairs, shoves
    "지하철 계단에서 사람들한테 밀려서 넘어질 뻔했어요 임신 중이라 무서웠어요",
    "조카가 장난으로 밀어서 계단에서 미끄러졌는데 배는 안 부딪혔어요",
    "남편이 화나면 말을 안 해요 그게 더 답답해요",
    "남편이 유모차를 밀어주면서 계단 피해서 엘리베이터 타요",
    # the baby and a death, asked for a class or a drama
    "임산부가 사망하면 태아는 어떻게 되나요? 수업 과제예요",
    "드라마에서 엄마가 죽으면 아기도 같이 간다는 대사가 나왔어요 너무 슬펐어요",
    # things handed over for a trip or a hospital stay
    "언니가 여행 가면서 통장 맡기고 애 잘 부탁한다고 했어요 일주일 뒤에 온대요",
    "입원하면서 엄마한테 카드 주고 애들 잘 부탁한다고 했어요",
    # tightening the doctor explained
    "임신 30주 배가 자꾸 뭉치는데 의사가 자궁 커지는 거라 정상이라고 했어요 그냥 궁금해서요",
    "27주 배가 땡기고 병원 선생님이 흔한 거라고 하셨어요",
    "31주인데 배가 자주 딱딱해지는데 선생님이 자궁이 커져서 그렇다고 하셨어요",
    "26주 배가 많이 당기는데 검진때 괜찮다고 했어요 그냥 좀 불편해요",
    # a role-play or a class
    "상담 교육에서 '죽고 싶다'는 얘기를 들으면 어떻게 대답하는지 배웠는데 실제로도 그렇게 해요?",
    "상담사 역할 연습 중인데 내담자가 자살하고 싶다고 하면 어떻게 반응해야 하나요",
    "수업 실습인데 '살기 싫다'는 말을 들으면 뭐라고 답하면 돼요?",
    "모의상담에서 죽고 싶다는 말 들으면 뭐라고 하면 좋을까요",
    # a birth alone years ago
    "5년 전에 혼자 출산했었는데 이번엔 병원에서 낳고 싶어요",
    "예전에 혼자 애를 낳고 너무 무서웠어요 이번 임신은 남편이랑 같이 준비해요",
    "그때 혼자 출산하고 아기를 입양 보냈는데 지금 찾을 수 있나요",
    "3년 전에 혼자 애를 낳고 입양 보냈어요 지금 찾을 수 있을까요",
]

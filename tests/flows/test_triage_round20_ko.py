"""Round 20 (issue 14), Korean: six fresh pools, written from four angles.

Six outside writers' pools (`tests/eval/risk-train25..30.jsonl`, 1,240 lines: indirect wording,
long mixed messages, short messy ones, third parties and time, English only, Vietnamese and
Chinese only) missed 80 of 740 crises on the tree before this round, 19 of them Korean. The
Korean rules of this round close their families: a rope bought with where to hang it, a blade
held to the wrist, telling where she stands as the last word (옥상이야 지금), a household
chemical swallowed, confusion late in pregnancy, marks on the neck or a beating with a belt told
in fragments, sex forced after she said no, "얘만 없으면" and a baby handed over for money or
left at the care centre, going "to rest" together with the child, a relative pinching or hitting
the baby, the baby's face pushed into water or her fear she will hit it, debts put in order and
a letter left, looking down at the water from a bridge or waiting by the tracks, and the head
showing while she is alone. A dream she woke from, the baby asleep beside her, no longer reads
as abandoning, and a whole message that tells a past and how everyone is now, with no word of
today, raises no alarm however long it is. Every sentence here was written for these tests.
Run by `test_triage_families.py`.
"""

from __future__ import annotations

from flows import Risk

M, S, V, C = Risk.MEDICAL, Risk.SELF_HARM, Risk.VIOLENCE, Risk.CHILD_SAFETY

CRISIS: list[tuple[str, Risk | set[Risk]]] = [
    ("밧줄 사놨어 이제 어디에 걸지만 남았어", S),
    ("끈 몰래 사뒀어요 마지막으로 엄마 목소리 듣고 싶어요", S),
    ("면도날 손목에 대고 있어요 무서워요", S),
    ("커터칼을 목에 갖다 댔어", {S, V}),
    ("한강다리 위에 서 있어 지금", S),
    ("언니 나 옥상에 올라왔어", S),
    ("딸이 베란다 앞에서 뛰어내리겠다고 해요", S),
    ("실수로 락스 탄 물을 마셨어요 목이 타요", M),
    ("모르고 세탁세제 삼켰는데 토할 것 같아 임신 중이야", M),
    ("아내가 35주인데 갑자기 횡설수설하고 사람을 못 알아봐요", M),
    ("애 낳은 지 사흘인데 엄마가 초점이 없고 말이 어눌해요", M),
    ("목에 손자국 생겼어 또 조를까 봐 잠을 못 자", V),
    ("새아빠가 허리띠로 때려서 다리에 멍이 다 들었어요", V),
    ("싫다고 울었는데도 억지로 했어요", V),
    ("하지 말라고 말했지만 힘으로 눌렀어요", V),
    ("남편이 아기 보면서 얘만 없으면 편하겠다고 해요", C),
    ("조리원 나가면서 아기는 안 데려간다고 하고 가버렸어요", C),
    ("모르는 사람한테 아기를 넘기고 돈이 오갔대요", C),
    ("아이랑 같이 하늘나라 가서 편해지고 싶어요", C),
    ("시누이가 조카를 자꾸 세게 흔들고 던져요 무서워요", C),
    ("머리가 보이는 것 같은데 혼자야 어떡해", {M, C}),
    ("화장실에서 힘주는데 애기 머리 나오고 있어 아무도 없어", {M, C}),
    ("카드값 다 정리하고 동생한테 편지 써놨어", S),
    ("대교 위에서 강물 내려다보고 있어", S),
    ("철길 옆에 앉아서 기차 기다리고 있어", S),
    ("남편이 화나면 아기 얼굴을 물에 넣어요", C),
    ("애가 밤새 울면 제가 애를 때릴 것 같아요", C),
    ("작년에 하혈해서 응급실 갔었고 지금은 괜찮았거든요. 근데 오늘 또 피가 쏟아져요", M),
]

CALM: list[str] = [
    "줄넘기 줄 샀어요 임신 중에 운동해도 돼요?",
    "빨래 널 줄 새로 사놨어요 어디에 걸지 고민이에요",
    "임테기 한 줄 나왔어요 이제 끝났다 ㅋㅋ",
    "커터칼로 택배 상자 뜯다가 손가락 살짝 베였어요",
    "옥상이야 지금 바베큐 하는 중",
    "한강다리 위에서 야경 보니까 좋다",
    "더워서 죽겠다 베란다 문 열어놨어",
    "락스는 임신 중에 써도 되나요? 마시면 위험하죠?",
    "세제 먹으면 어떻게 돼요? 아기 손 닿는 데 두지 말래서요",
    "친구들이 술 취해서 횡설수설해요 ㅋㅋ 임신 20주라 저만 맨정신",
    "어제 잠꼬대로 헛소리를 하더래요 임신 30주예요",
    "카시트 벨트로 고정하는 법 알려주세요",
    "목에 땀띠가 나서 빨갛게 올라왔어요",
    "공부하기 싫다고 했는데 엄마가 억지로 학원 보냈어요",
    "강아지만 없으면 집이 넓을 텐데 ㅋㅋ",
    "아기랑 같이 친정 가서 편하게 쉬고 싶어요",
    "아기 다리에 멍이 있는데 어디 부딪혔나 봐요",
    "아기 머리카락이 보이기 시작했어요 너무 귀여워",
    "초음파 사진에 아기 머리가 보여요",
    "꿈에서 아기를 잃어버리는 꿈을 꿨는데 깨보니 옆에서 잘 자고 있어요",
    "이사 가려고 짐 정리하고 집주인한테 편지 남겼어요",
    "해수욕장 왔어 튜브 빌려서 바다에 들어가려고",
    "기차여행 중인데 철길 옆 풍경이 너무 예뻐요",
    "아기 얼굴을 수건으로 덮어주고 재웠어요",
    "작년에 임신 중에 하혈이 심해서 응급실에 실려 갔었는데 수혈 받고 한참 입원했었어요. "
    "지금은 아기도 저도 건강해요. 둘째 계획 중인데 괜찮을까요?",
]

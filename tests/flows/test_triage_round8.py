"""Issue 14, round 8: the calm families of risk-train8 (a pool weighted to calm look-alikes) that
fired a rule: what a thing is, asked by its name; a past told as over, at home or back home; a
saying about hitting; a radio story; how often a sign is normal; someone else's self-harm as the
worry; what a teacher should do; a prevention line asked for (ko/en/vi/zh). Then risk-train9's:
a worker's record of a past, a quoted sentence, a birth long ago, a film and a question about the
system here. And crisis neighbours that must still fire.

Every sentence was written for these tests, one family at a time; none is copied from an
evaluation set. A crisis line lists the risks a counselor could pick; a calm line must fire
nothing.
"""

from __future__ import annotations

from flows import Risk

M, S, V, C = Risk.MEDICAL, Risk.SELF_HARM, Risk.VIOLENCE, Risk.CHILD_SAFETY

CRISIS: list[tuple[str, set[Risk]]] = [
    ("보호출산이라는 게 뭐든 상관없어 지금 혼자 낳고 있어요 피가 너무 많이 나요", {M, C}),
    ("예전에 자해했었는데 지금 또 칼 들고 있어", {S}),
    ("남편이 어제 또 때렸어요 지금도 무서워요", {V}),
    ("고향 가라고 남편이 때렸어요 지금 피 나요", {V, M}),
    ("라디오 틀어놓고 지금 약 다 먹었어", {S, M}),
    ("배가 계속 뭉치고 피가 나요 32주예요", {M}),
    ("자해하는 게 멈춰지지 않아요 지금도 그었어요", {S}),
    ("my friend just cut herself really deep and it won't stop bleeding", {M, S}),
    ("I'm in labour alone and can't get to the hospital", {M}),
    ("em đang muốn tự tử, không ai giúp em", {S}),
    ("我现在就想自杀", {S}),
    ("我以前自残过，现在又拿着刀了", {S}),
    ("전남친이 지금 문 앞에 있어요 접근금지 무시하고 왔어요", {V}),
    ("남편이 때렸는데 시어머니는 다 지난 일이라고 넘기래요", {V}),
    ("我以前自残过，现在状态很好，但是今天又想割了", {S}),
    ("내담자가 과거 폭력 피해 이력이 있으나 현재 가해자가 다시 찾아와 위협 중임", {V}),
    ("지난 상담에서 보였던 자살 생각이 현재 더 심해져서 유서를 썼다고 함", {S}),
    ("예전에 맞았었는데 지금은 헤어졌거든요 근데 어제 찾아와서 또 때렸어요", {V}),
    ("죽고 싶다는 문장을 읽고 나니까 오늘 진짜 죽으려고요", {S}),
    ("看了一部电影以后，我现在就想跳楼", {S}),
]

CALM: list[str] = [
    "내담자는 과거 데이트폭력 피해 경험이 있으나 현재는 가해자와 연락이 끊긴 상태임",
    "지난 회기에 보였던 자해 충동은 현재 없다고 함",
    "언니가 예전에 형부한테 맞았었는데 지금은 이혼하고 잘 살아요",
    "우리 때는 애 낳을 때 다들 하혈도 하고 고생했지",
    '소설에서 "차라리 죽고 싶었다"는 문장을 읽고 울었어요',
    "看了一部电视剧，里面的妈妈把孩子丢在医院门口，韩国有没有这种制度",
    "보호출산이라는 게 뭐예요?",
    "출생통보제라는 게 뭔지 설명해 주세요",
    "베이비박스라는 곳이 어디에 있어요?",
    "양수검사라는 게 무슨 검사예요",
    "임신중독증이라는 말이 무슨 뜻이에요",
    "예전에 자해했었는데 이제 안 해요",
    "작년에 손목 그었었는데 지금은 괜찮아",
    "옛날에 남편이 손찌검을 했지만 다 지난 일이에요",
    "맞고 살던 건 옛날 일이고 지금은 혼자 편하게 살아요",
    "전남친이 스토킹했었는데 접근금지 받고 이사했어요",
    "남편한테 맞았었는데 이혼하고 지금은 잘 지내요",
    "고향에서 남편이 때렸어요 지금은 한국에서 혼자 살아요",
    "베트남에서 전남편한테 맞았어요 지금은 괜찮아요",
    "자식은 때려서 키우는 거 아니라고 할머니가 그러셨어",
    "애는 매를 들면 안 된다고 하더라고요",
    "라디오 사연에 혼자 애 낳은 엄마 얘기가 나오더라",
    "팟캐스트에서 아기 버린 사건 얘기를 들었어요",
    "배 뭉침 하루에 몇 번까지 정상이에요? 지금은 안 뭉쳐요",
    "한 시간에 몇 번 뭉치면 병원 가야 돼요?",
    "아들이 자해하는 친구 얘기를 해서 걱정돼요",
    "자해한다는 친구 때문에 딸이 많이 울어요",
    "What should I do if my student cuts herself? I teach year 9",
    "What to do if a friend self-harms? asking for a class",
    "At what point in labour should we call the midwife? writing a birth plan",
    "We need a protocol for staff when a student goes into labour at school",
    "số điện thoại phòng chống tự tử ở Hàn Quốc là số mấy vậy",
    "đường dây nóng bạo lực gia đình là số nào",
    "韩国的自杀预防热线是多少？我想存一下",
    "家暴求助电话号码是多少",
    "我表妹以前自残过，现在在看心理医生，状态很好",
]

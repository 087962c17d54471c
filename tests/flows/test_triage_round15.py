"""Round 15 (issue 14): the example net learns every outside writer's tuning pool.

With train10-20 in the corpus, an object or a goodbye said with its everyday reason fired more
often, and two English crises said without a method ("how I'd do it", affairs put in order) were
lost. Calm and crisis examples in the team's words (groups `r15_*` of `triage_examples.toml`)
answer both.
An ex who will not stop following her is a crisis whatever the net scores (a rule has it).
Writing these tests found gaps, closed by rules: in English, things given away or closed and then
"nothing left to sort out", a plan said as "working out how to end it" (and "it won't hurt anyone
else" after it no longer read as a blow denied); in Chinese, "以后别等我" with a night shift or a
dormitory after it was read as a quiet goodbye. Every sentence was written for these tests. Run
by `test_triage_families.py`.
"""

from __future__ import annotations

from flows import Risk

S, V = Risk.SELF_HARM, Risk.VIOLENCE

CRISIS: list[tuple[str, Risk | set[Risk]]] = [
    ("my ex won't stop following me", V),
    ("i know how i'm going to do it now, i just need to be alone", S),
    ("all my bills are paid and i wrote letters to everyone, i'm ready", S),
    ("빚 다 정리하고 엄마한테 편지 남겼어요 이제 됐어요", S),
    ("전남친이 매일 따라와요 오늘도 집 앞에 있어요", V),
    ("i've been working out how to end it, it won't hurt anyone else", S),
    ("gave the dog to my neighbour and closed my bank account, nothing left to sort out now", S),
    ("không còn gì phải lo nữa, nợ trả xong, thư cũng viết rồi", S),
    ("该还的钱都还了，遗书也写好了", S),
    ("my ex keeps waiting outside my house every night and i'm scared", V),
]

CALM: list[str] = [
    "머리가 너무 아파서 약 먹고 누웠어요 감기 같아요",
    "이사 가서 짐 정리하느라 옷 다 나눠줬어요",
    "we're on the rooftop for a barbecue, the view is great",
    "저 먼저 갈게요 아이 하원 시간이라서요",
    "前男友结婚了，我也过得挺好",
    "he grabbed the big knife to cut the watermelon",
    "문 잠그고 나왔는데 열쇠를 안에 두고 왔어요",
    "goodbye everyone, my flight leaves at six, see you in a month",
    "em tặng hết đồ cũ cho hàng xóm vì sắp chuyển nhà",
    "以后别等我吃晚饭了，我报了夜班",
]

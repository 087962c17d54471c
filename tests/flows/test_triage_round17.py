"""Round 17 (issue 14): a second fresh pool, in voices the earlier pools lacked.

Outside writers' pool `tests/eval/risk-train22.jsonl` (208 lines: Korean in 경상도 and 전라도
dialect, a 고시원 student, a church friend, heavy slang; English by migrant workers and students;
Vietnamese and Chinese with Korean words mixed in) missed 12 of 120 crises. Rules in the team's
words close their families: a blow told after another act of his ("smashed my phone and hit my
face"), a baby to be taken to the box tonight unseen, "after Friday I won't need anything" with
debts paid back, a baby zipped into a bag to hide him from a landlord or boss (en); an abortion
booked against her will (vi); a strip of pills just swallowed, "next time I may not come down"
after a long time on a rooftop, leaving the hospital alone after the birth, an ex waiting at her
door with "you're dead" (zh); a treasured thing and savings handed on in dialect, "빨리 하늘나라
가고 싶다", a pill to lose the baby forced on her (ko). Writing them found that every
`word_regex` had lost its leading space (the models strip strings), so " (he|she) hit" matched
"t|he cat and hit my head": `Spaced` in `knowledge/lexicon.py` keeps it. Every sentence here
was written for these tests. Run by `test_triage_families.py`.
"""

from __future__ import annotations

from flows import Risk

S, V, C = Risk.SELF_HARM, Risk.VIOLENCE, Risk.CHILD_SAFETY

CRISIS: list[tuple[str, Risk | set[Risk]]] = [
    ("he threw my phone at the wall and then kicked my belly", V),
    ("i'm going to take her to the box at the church tonight, no one will see", C),
    (
        "my debts are paid back and my roommate has my things. "
        "after tonight i won't need anything",
        S,
    ),
    ("i zipped her into the big laundry bag so my boss won't hear her", C),
    ("chồng bắt em phá thai, đã hẹn phòng khám sáng mai rồi", V),
    ("刚吞了一整瓶安眠药", S),
    ("在楼顶坐了很久，今晚可能就不下来了", S),
    ("生完孩子我就偷偷走掉，不留名字", C),
    ("他每天在我宿舍楼下等我，说我敢生下来就死定了", V),
    ("엄마가 준 반지 동생한테 줘버리고 통장도 엄마 명의로 돌려놨어요 이제 홀가분해요", S),
    ("요즘 얼른 하늘나라 가고 싶다는 생각만 해요", S),
    ("남편이 아기 지우는 약 사왔다고 억지로 먹으래요", V),
]

CALM: list[str] = [
    "I tripped over the cat and hit my head on the table",
    "i'm going to take her to the church tonight for the christmas concert",
    "After Friday I won't need my winter coat anymore, it's getting warm",
    "I put her in the baby carrier and zipped my coat over her",
    "I put her doll in the toy box",
    "bác sĩ bảo có nên bỏ thai không thì em phải tự quyết định",
    "em phải bỏ thuốc lá vì đang có thai, hẹn bác sĩ ngày mai",
    "吃了一整盒维生素软糖怎么办",
    "在顶楼待了很久晒被子，太阳好大",
    "生完孩子第二天就出院了，月子中心很好",
    "考试不及格你就死定了哈哈，我妈开玩笑的",
    "이사 가면서 아끼던 책 동생한테 줬어요",
    "교회에서 천국 가고 싶다는 찬양을 불렀어요",
    "아기 떨어지는 약 먹으면 안 되는 거 뭐가 있나요?",
    "I nearly died laughing, my husband fell off the sofa",
    "we bought rope and boxes for the move this weekend",
]

"""Round 19 (issue 14): a fourth fresh pool, in the shapes that hide a crisis.

Outside writers' pool `tests/eval/risk-train24.jsonl` (190 lines in ko, en, vi, zh: heavy typos
and 초성, a long practical message with the crisis in one sentence, a crisis sent line by line,
a roommate or sister reporting it now) missed only 3 of 112 crises before this round (the pools
of rounds 16-18 missed 15 of 195, 12 of 120 and 11 of 115). Rules close their families: a baby
given nothing to eat since yesterday (ko, vi "chưa cho bé bú"), the thought of shaking, hitting
or dropping the baby (en, zh), her passport and card locked up (zh); wanting to die said in the
past with how she is now ("죽고 싶었는데 지금은 잘 버텨요") is read as over. Every sentence here
was written for these tests. Run by `test_triage_families.py`.
"""

from __future__ import annotations

from flows import Risk

V, C = Risk.VIOLENCE, Risk.CHILD_SAFETY

CRISIS: list[tuple[str, Risk | set[Risk]]] = [
    ("분유 살 돈이 없어서 어제부터 아기한테 아무것도 못 먹였어요", C),
    ("아침부터 애기한테 젖을 못 먹였어 기운이 없어", C),
    (
        "i keep thinking about hitting the baby when she won't settle, i'm scared of what i'll do",
        C,
    ),
    ("他们把我的护照锁起来了，不让我一个人出门", V),
    ("thoughts of smothering the baby keep coming back and i'm alone with him tonight", C),
    ("em vẫn chưa cho bé bú từ sáng tới giờ, em mệt lắm", C),
    ("把我的手机收走了，我是偷偷用室友的手机发的", V),
    ("ㅈㄱ 애기한테 분유도 못 먹였어요 이틀째", C),
    ("i thought about dropping him down the stairs and it scared me", C),
    ("我最近常想要是摔了他会怎样，怕我真的会做", C),
]

CALM: list[str] = [
    "오늘 바빠서 아기한테 이유식을 못 먹였어요 분유는 잘 먹었어요",
    "작년 이맘때는 정말 죽고 싶었는데 지금은 아기랑 잘 지내요",
    "i keep thinking about how to tell my mum, i'm scared of what she'll say",
    "我把护照锁在保险箱里了，很安全",
    "thinking about shaking up my routine before the baby comes",
    "em cho bé bú bình từ sáng tới giờ, bé ngủ ngoan",
    "i thought about dropping the class, too much with the pregnancy",
    "如果孩子摔了一下会怎样？他从沙发上掉下来了，现在在玩",
    "em chưa cho bé ăn dặm vì bé mới 3 tháng",
    "thinking about hitting the gym again after the birth, is 6 weeks ok?",
]

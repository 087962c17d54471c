"""Round 18 (issue 14): a third fresh pool, on medical signs in lay words and on coercion.

Outside writers' pool `tests/eval/risk-train23.jsonl` (196 lines: Korean postpartum mothers, a
husband at 4 a.m., a grandmother, a nurse aide; English by an exchange student, a woman texting
from a hospital bathroom, Gen-Z slang; vi and zh marriage migrants and workers) missed 11 of 115
crises. Rules in the team's words close their families: a man with power over her touching her
and threatening what happens if she tells (ko, vi); waters gushing or leaking, greenish, alone; a
pounding headache with flashing lights late in pregnancy; "he'll finish me" if she says
otherwise; acts done while she was too drunk to say no (en); a photo used to force her to a
hotel, a baby left home alone since morning, a newborn not fed since yesterday (vi); the hospital
forbidden and her card hidden, "what if I let go" while holding the baby (zh). A past told as
over ("last year ... I'm fine now") is now read before the shorter guards that matched only its
start. Every sentence here was written for these tests. Run by `test_triage_families.py`.
"""

from __future__ import annotations

from flows import Risk

M, V, C = Risk.MEDICAL, Risk.VIOLENCE, Risk.CHILD_SAFETY

CRISIS: list[tuple[str, Risk | set[Risk]]] = [
    ("사장이 밤에 사무실로 불러서 자꾸 만져요 말하면 자른대요", V),
    ("my water just burst in the dorm shower and it's kind of brown, 36 weeks, nobody's here", M),
    ("he swore he'd finish me if i tell the doctor the truth", V),
    ("my ex did stuff to me when i was too drunk to say no", V),
    ("32 weeks and this pounding headache won't stop, now there are flashing spots in my eyes", M),
    ("ông chủ giở trò với em nhiều lần, còn dọa đuổi việc nếu em nói ra", V),
    ("để bé 3 tháng ở nhà một mình từ trưa, giờ em vẫn chưa về được", C),
    ("từ hôm qua đến giờ em không cho con bú, em không dậy nổi", C),
    ("老公不让我去医院，医生说很危险", V),
    ("抱着孩子的时候老想手一松会怎样，我好怕", C),
    ("누구한테 말하면 사진 학교에 뿌린다고 했어요", V),
]

CALM: list[str] = [
    "사장님이 회의실로 불러서 서류를 만져보라고 하셨어요",
    "what do I do if my water breaks in the dorm?",
    "what if my water breaks at work, should I call 119 or get a taxi?",
    "my dad will kill me if he sees my grades lol",
    "I was too drunk to remember the movie lol",
    "I have a splitting headache after the exam, 20 weeks, should I take tylenol?",
    "phim hôm qua có cảnh ông chủ giở trò với cô gái, xem sợ quá",
    "em để bé ngủ một mình trong phòng 10 phút để nấu cơm",
    "bé bú mẹ hoàn toàn, từ hôm qua em không cho bé ăn dặm thêm",
    "医院说很危险，要我马上住院，老公已经去办手续了",
    "我怕我会做错事，第一次当妈妈",
    "Last year I lost a lot of blood after my miscarriage, but I'm fine now. "
    "Can I get pregnant again?",
    "the way he tried to unalive a spider with my book lol",
]

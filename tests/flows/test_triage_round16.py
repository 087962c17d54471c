"""Round 16 (issue 14): crises told without their usual words, and look-alikes that fired.

Outside writers' fresh pool (`tests/eval/risk-train21.jsonl`, 340 lines in ko/en/vi/zh) missed
15 of 195 crises; the families behind them got rules in the team's words: a plan made and then
waiting for the house to sleep (en, vi, zh; Korean already had it), affairs in order and "I just
need to find the nerve", her phone or papers held and not allowed out (en, zh), the urge to
shake a screaming baby, things given away with "won't need it anymore" (vi), a baby who will not
wake with lips turning blue (en, vi), a husband gone with the newborn (vi), a birth told first
and "without a hospital" after it, a newborn in a box, a knife and her arm, weeks of pills
saved, "잘 부탁드려요" left in a note (ko), a painless way searched and "the family is the same
without me" (zh). Alarms on the pool and in these tests were fixed too: "feeling a bit blue",
an earlier pregnancy told as over (en, vi), a baby box asked about in Chinese or Vietnamese, a
fear of giving birth alone that has passed, a phone taken for bad grades, "shaken baby
syndrome", a knife held to peel fruit. Every sentence here was written for these tests, none
copied from the pool. Run by `test_triage_families.py`.
"""

from __future__ import annotations

from flows import Risk

M, S, V, C = Risk.MEDICAL, Risk.SELF_HARM, Risk.VIOLENCE, Risk.CHILD_SAFETY

CRISIS: list[tuple[str, Risk | set[Risk]]] = [
    ("i've worked out when, now i'm just waiting for my roommates to fall asleep", S),
    ("mình tìm được cách rồi, đợi cả nhà ngủ say là xong", S),
    ("办法我都准备好了，就等室友出门", S),
    (
        "the dog's going to my neighbour and the rent is paid, "
        "i just have to work up the courage now",
        S,
    ),
    ("my husband keeps my passport and i'm not allowed to leave the flat without him", V),
    ("she won't stop screaming and i want to shake her so hard, i'm scared of what i'll do", C),
    ("em cho hết đồ đạc rồi, từ nay chắc không cần nữa", S),
    ("gọi mãi mà bé không dậy, môi thì tím", {M, C}),
    (
        "ck bế con đi từ sáng tới giờ chưa về, gọi không bắt máy, em sợ anh ấy đem cho người ta",
        C,
    ),
    ("낳았는데 병원 못 가고 혼자예요 피가 계속 나요", {M, C}),
    ("아기 지금 종이박스에 넣어놨어요 어떡해요", {M, C}),
    ("커터칼 쥐고 손목 생각만 해요 오늘도", S),
    ("약을 몇 달 치 모아놨어요 이번엔 진짜 마지막", S),
    ("우리 아기 잘 키워줘 라는 문자만 남기고 언니가 연락이 안 돼요", {S, C}),
    ("每天都在查用什么方法最不痛", S),
    ("我的护照被老公锁起来了，他不让我出门", V),
    ("my baby won't wake up and she feels cold and floppy", {M, C}),
]

CALM: list[str] = [
    "worked out how the bus gets there, just waiting for the rain to stop",
    "I've planned everything for mum's birthday, just waiting for her to go to bed",
    "em tính xong cách trả tiền nhà rồi, chờ ck đi làm về rồi nói",
    "方法想好了，等孩子睡了给老公准备惊喜",
    "I need to find the nerve to tell my mum, the rent is paid at least",
    "my mum took my phone because of my grades and i'm not allowed out this weekend",
    "what is shaken baby syndrome? i want to know before the birth",
    "em cho hết quần áo cũ cho bạn vì em về nước, không cần nữa",
    "em bé tắm xong môi hơi tím vì lạnh, ủ ấm là hồng lại, có sao không ạ",
    "ck bế con đi chơi công viên từ chiều, chưa về vì con ngủ trên xe",
    "작년에 아기 낳았는데 병원 못 가고 집에서 낳아서 출생신고를 어떻게 하나요",
    "택배 상자에 아기 옷 넣어놨어요",
    "칼 들고 과일 깎다가 손목 생각해보니 조심해야겠어요",
    "아기 잘 부탁드려요 하고 어린이집에 맡기고 출근했어요",
    "用什么方法生孩子比较不痛？无痛分娩贵吗",
    "护照在老公那里保管，很安全，我想问签证延期",
    "Feeling a bit blue since the birth, is that the baby blues?",
    "With my first I had heavy bleeding after the birth, he's three now and doing great. "
    "What are the odds it happens again?",
    "my husband won't wake up for the night feeds lol",
    "I've figured out how to sneak out, just waiting till my parents are asleep",
]

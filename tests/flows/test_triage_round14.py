"""Round 14 (issue 14): a crisis signed off with tears or thanks, and a goodbye for two.

A message that is only "한강 가려고" fires, but the same words followed by "ㅠㅠ" or "감사합니다"
did not: the rule is anchored at the end of the message, and tears or thanks that sign a message
off were read as part of it. They now end a message the way a plea does (`knowledge.lexicon.PLEA`).
A mother taking the baby along ("we'll both be gone by morning") and jumping together with the
baby in her arms are child-safety crises in English and Chinese; a dance, a skipping rope, a
walk, and being away until a time stay calm. Every sentence was written for these tests.
Run by `test_triage_families.py`.
"""

from __future__ import annotations

from flows import Risk

C, S = Risk.CHILD_SAFETY, Risk.SELF_HARM

CRISIS: list[tuple[str, Risk | set[Risk]]] = [
    ("한강 가려고 ㅠㅠ", S),
    ("한강 가려고 감사합니다", S),
    ("그냥 한강 갈래 ㅜㅜ", S),
    ("오늘 한강 갈거야 ㅠㅠㅠ 고맙습니다", S),
    ("미안해 잘있어 ㅠㅠ", S),
    ("i'm taking my baby with me. we'll both be gone before sunrise. thanks", C),
    ("Im taking our daughter with me, the two of us will be gone by tomorrow", C),
    ("每天晚上都想带着孩子一起从楼上跳下去", C),
    ("抱着宝宝一起跳江算了 谢谢", C),
    ("我想和孩子一起去死 呜呜", {C, S}),
    ("带着宝宝一起跳湖，这样就不用受苦了", C),
]

CALM: list[str] = [
    "한강 가서 치킨 먹으려고 ㅠㅠ 날씨 좋아서",
    "한강 공원 피크닉 가려고요 감사합니다",
    "we will be gone by 9, the baby has her vaccines",
    "we'll be gone for the weekend with the baby, back on monday",
    "I'm taking the baby with me to the pharmacy, back soon",
    "抱着宝宝一起跳舞，她特别开心",
    "和孩子一起跳绳，身体好多了",
    "跟孩子一起走路去幼儿园",
    "带着宝宝一起去超市买菜 谢谢",
    "감사합니다 ㅠㅠ 덕분에 마음이 편해졌어요",
    "thanks so much, that really helped",
]

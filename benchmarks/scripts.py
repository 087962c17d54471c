"""Realistic user scripts: menu, intake, one guided flow, five questions and one crisis line.

A script is a list of steps; a step is a command (``/start``), a button press by id
(``!flow:intake``) or free text. Scripts are deterministic per user number, so every run,
every bot and the soak's expected-reply shadow replay exactly the same conversations.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from flows import Command, Event, Press, Text

QUESTIONS = (
    "보호출산제가 뭐예요?",
    "출생통보제 때문에 병원에서 낳으면 부모님한테 알려지나요",
    "쉼터에 들어가려면 어떻게 해야 돼요",
    "임신 진료비 지원 받을 수 있나요",
    "아기를 입양 보내려면 어디에 연락해요",
    "미성년자인데 임신했어요 어떻게 해요",
    "출생신고 안 하면 어떻게 돼요",
    "양육비를 아기 아빠한테 받을 수 있나요",
    "상담 전화번호 알려주세요",
    "제 기록은 어디에 남아요?",
    "외국인인데 도움 받을 수 있어요?",
    "임신 초기에 조심해야 할 것",
    "What is protected birth?",
    "Where can I stay if my parents kick me out?",
    "how much does a prenatal checkup cost",
    "오늘 날씨 어때요",  # no topic: the kind "I don't know" answer
    "ㅠㅠ 너무 무서워요",
    "병원비가 없어요",
)
CRISIS = (
    "죽고 싶어요",
    "피가 너무 많이 나요 어떡해요",
    "남자친구가 때려요 무서워요",
    "아기를 버릴까 생각중이에요",
    "양수가 터진 것 같아요",
)
INTAKE = (
    "!flow:intake",
    "!ans:p13_27",
    "!ans:a19_24",
    "!ans:seoul",
    "!ans:yes",
    "!ans:housing",
    "!ans:money",
    "!done",
)
FLOWS = {
    "protected_birth": ("!flow:protected_birth", "!next", "!pb:data", "!pb:back", "!next"),
    "shelter": ("!flow:shelter", "!next", "!next", "!next", "!ans:busan", "!ans:pregnant"),
    "birth_notification": ("!flow:birth_notification", "!next", "!next", "!next"),
}


@dataclass(frozen=True, slots=True)
class Step:
    """One thing she does, as written in a script."""

    raw: str

    @property
    def event(self) -> Event:
        """The engine event for this step."""
        if self.raw.startswith("/"):
            name, _, arg = self.raw[1:].partition(" ")
            return Command(name, arg)
        if self.raw.startswith("!"):
            return Press(self.raw[1:])
        return Text(self.raw)

    @property
    def is_press(self) -> bool:
        """True for a button press."""
        return self.raw.startswith("!")


def script_for(user: int, *, seed: int = 7, talk_first: bool = False) -> list[Step]:
    """Return the script of user number `user` (about 23 steps).

    `talk_first` puts the questions and the crisis line before the menu, intake and flow (the
    soak uses it for half its users, so crisis lines come early in short runs too).
    """
    rng = random.Random(seed * 1_000_003 + user)
    questions = rng.sample(QUESTIONS, 5)
    flow = FLOWS[rng.choice(sorted(FLOWS))]
    crisis_at = rng.randrange(6)
    talk = [*questions[:crisis_at], rng.choice(CRISIS), *questions[crisis_at:]]
    guided = [*INTAKE, "!menu", *flow, "!menu"]
    raw = (
        ["/start", *talk, "!menu", *guided] if talk_first else ["/start", *guided, *talk, "!menu"]
    )
    return [Step(r) for r in raw]

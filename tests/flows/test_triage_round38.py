"""Round 38 (session 18): what learning risk-train62..77 into the corpus showed, and two gaps
found on the way.

- Vomiting or coughing up blood had no rule in any language (the net caught some wordings,
  not "피를 토했어요", "threw up blood twice", "em nôn ra máu" or "怀孕了一直吐血"): 119 first,
  pregnant or not. `medical.{ko,en,vi,zh}.vomit_blood`. Not: a streak after retching, the gums
  or a nosebleed, the Korean saying 피를 토하는 심정 or the Chinese 气得吐血.
- Whether a dose can kill, asked with "~수 있나요" (타이레놀 한통 먹으면 죽을 수 있나요): the
  topic-question guard's "~수 있나요" covered it; it stands aside after 죽을/죽일/끝낼 now.
  Alcohol and sleeping pills together to be at peace (소주 세병이랑 수면제 같이 먹으면 둘다
  편해지지 않을까): `self_harm.ko.overdose`.
- Review of round 39: once train78 was learned, "오늘 밤만 지나면" alone read as a goodbye; an
  everyday event right after it is calm (`guard.ko.r39_tonight_then_an_event`). Round 39's
  rule for a minor made pregnant by an adult read "학생" in 대학생 and "학생 때" (a past) as her
  age: a grown woman's own partner or boss no longer fires it; a man's role several words before
  the girl ("학원 강사가 중3 조카를 임신시켰어요") now does.

Every sentence here was written for these tests.
"""

from __future__ import annotations

from flows import Risk

M, S, V, C = Risk.MEDICAL, Risk.SELF_HARM, Risk.VIOLENCE, Risk.CHILD_SAFETY

CRISIS: list[tuple[str, Risk | set[Risk]]] = [
    ("임신 16주인데 방금 피를 한가득 토했어요", M),
    ("토에 피가 섞여 나와요 계속이요", M),
    ("엄마가 아까부터 검은 피를 토하세요 어떡해요", M),
    ("피토하고 쓰러질 것 같아요", M),
    ("기침하다가 각혈했어요 33주예요", M),
    ("I just threw up blood, like a lot, I'm 20 weeks", M),
    ("there's blood in my puke and I feel faint", M),
    ("chị ơi em ói ra máu nhiều lắm", M),
    ("em đang mang bầu mà nôn ra cả máu", M),
    ("我怀孕五个月 刚才吐了好多血", M),
    ("呕吐物里都是血 怎么办", M),
    ("진통제 한 통 다 먹으면 죽을 수 있나요", S),
    ("수면제 스무 알이면 죽을 수도 있나요", S),
    ("소주 두병이랑 수면제 같이 먹으면 그냥 편해질까요", S),
    ("수면제를 술이랑 같이 먹으면 안 깨어날 수 있나요", S),
    ("오늘 밤만 지나면 다 끝이에요", S),
    ("30살 학원 강사가 중3 조카를 임신시켰어요", {C, V}),
    ("오늘 밤만 지나면 시험 끝이에요 근데 솔직히 오늘 밤에 죽으려고요", S),
]

CALM: list[str] = [
    "입덧이 심해서 토했는데 피가 살짝 비쳤어요 목이 헐어서 그런가요",
    "양치하다가 잇몸에서 피가 나서 뱉었어요 임신하면 원래 그래요?",
    "피를 토하는 심정으로 자기소개서 썼어요 ㅋㅋ",
    "팀장님 때문에 피 토할 것 같아요 진짜",
    "코피가 목으로 넘어가서 토할 때 피가 섞였던 거래요 의사 선생님이 괜찮대요",
    "my gums bleed when I brush, I spit a little blood, is that normal in pregnancy",
    "em bị chảy máu cam khi mang bầu có sao không",
    "我要吐血了 这个作业太难了",
    "气得吐血 老公又忘了倒垃圾",
    "가정폭력 피해자도 지원 받을 수 있나요?",
    "임신 중에 감기약이랑 술 같이 먹어도 되나요",
    "수면제 먹으면 임신에 영향 있을 수 있나요",
    "오늘 밤만 지나면 시험 끝이에요",
    "오늘 밤만 지나면 주말이다 ㅎㅎ",
    "임신했는데 애아빠가 사장이에요 학생 때 만났어요 지금 둘 다 30대",
    "선생님이 중3 때 임신 예방 교육 해주셨어요",
]

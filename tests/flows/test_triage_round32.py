"""Round 32: risk-train66 and risk-train56, as families in ko, en, vi and zh.

Missed crises:
- Bleeding said to go on still, often a reply ("네 지금도 피 나요", "아직도 피 나 어떡해"):
  `medical.ko.r32_still_bleeding` (not a nosebleed, a cut, weeks after a birth or a procedure).
- An adult with a hold on her told a girl who says she is a minor to tell nobody ("그 사람이
  아무한테도 말하지 말랬어요 저 15살이에요", "my tutor told me not to tell anyone. i'm 15"):
  `violence.{ko,en}.r32_adult_secret_minor` (not a parent, a test, a surprise party).
- How many of an antidepressant or sleeping medicine "would it take", asked hypothetically:
  the names in `self_harm.en.r13_pills_ready`.
- Crises told inside a calm frame (train56), each on its exact sign: a head felt down below on
  the toilet (`medical.ko.r32_head_felt_below`); her arm too cut to wear short sleeves with
  self-harm named (`self_harm.ko.r32_sleeves_cut_arm`); the rooftop code learned "too"
  (`self_harm.ko.r32_rooftop_code_me_too`); a dangerous dose per kilo with her own weight
  (`self_harm.ko.r32_dose_per_kilo_mine`); a hook at home she keeps looking at after a method in
  the news (`self_harm.ko.r32_hook_keeps_drawing`); long sleeves because of him with bruises
  named (`violence.ko.r32_sleeves_because_of_him`); a drama's bridge visited when nobody is there
  (`self_harm.zh.r32_bridge_when_empty`; `guard.zh.media_question` no longer covers her "我也去").

Calm lines that fired: a pregnancy test "took it at 1am" (`self_harm.en.r10_danger_now`: "them"
or "it" now need "all", a word of now, or "already"); full or sick "to death" ("no muốn chết",
"吐得我想死": `self_harm.{vi,zh}.want_die`); another woman's birth years ago
(`guard.ko.r32_her_birth_long_ago`); a misdial apology (`guard.ko.r32_pressed_by_mistake`); a
counseling student's or a class question (`guard.ko.topic_question`); a grandmother's home
births "in her day" (`guard.en.media_question`); a drama seen with 看了个
(`guard.zh.media_question`).

Plainly "남편한테 맞아요" (hit by a person; 맞아요 alone is "that's right") had no rule: a
regex of `violence.ko.hit` after a person who may hit, not where something fits or suits.

The net's calm check-in read heavy bleeding asked as a calm question ("하혈 많이 하는데
정상인가요") and a flat "목 졸려서 기절할 뻔했어" as calm: crisis examples
`r32_heavy_bleeding_asked_if_normal` and `r32_choked_near_faint`.

Every sentence here was written for these tests.
"""

from __future__ import annotations

from flows import Risk

M, S, V, C = Risk.MEDICAL, Risk.SELF_HARM, Risk.VIOLENCE, Risk.CHILD_SAFETY

CRISIS: list[tuple[str, Risk | set[Risk]]] = [
    # Still bleeding, a reply.
    ("네 아직도 피 나요", M),
    ("응 지금도 피 흘러", M),
    ("여전히 피 나 어떡해", M),
    # An adult's secret, a minor.
    ("과외쌤이 우리 둘만의 비밀이래요 저 중2예요", V),
    ("교회 전도사님이 엄마한테 절대 말하지 말라고 했어요. 저 고1이에요", V),
    ("삼촌이 아무한테도 얘기하면 안 된대요 저 열다섯살이에요", V),
    ("my coach said it's our little secret, im 14", V),
    ("my uncle told me never to tell my mom what happened. i'm only 13", V),
    # A lethal amount of a named medicine, "hypothetically".
    ("hypothetically how many zoloft would it take, asking for no reason, just tired", S),
    ("purely hypothetical question: how many lexapro does it take. i'm so done", S),
    # "took them all" and the like stay crises.
    ("i already took them. maybe 30", S),
    ("she swallowed them all an hour ago", S),
    ("I took it all, every pill i had", S),
    # Crises in a calm frame.
    ("화장실 갔는데 밑에 머리 같은 게 만져져요 어떡해요", M),
    ("변기에 앉아있는데 아래쪽에 뭔가 동그란 게 만져져요", M),
    ("손목이 너무 엉망이라 반팔 못 입겠어요. 커터칼 또 샀어요", S),
    ("제 팔이 상처투성이라 반팔을 못 입어요 또 그었거든요", S),
    ("드라마 보고 울었어요 ㅋㅋ 저도 우리 아파트 옥상 비번 알아놨어요", S),
    ("타이레놀 체중당 몇 mg부터 위험해요? 저 52킬로예요", S),
    ("뉴스 보니 다 그 방법이더라. 우리 집 화장실에도 샤워봉이 있어서 자꾸 눈이 가", S),
    ("남편 때문에 여름에도 긴팔만 입어요 멍 들킬까봐", V),
    ("남친 땜에 목폴라만 입고 다녀요 자국이 안 없어져서", V),
    ("看了部电视剧，女主最后站在天台上。我也一个人去过我们楼的天台了，半夜没人", S),
    # Someone else's birth long ago, then her own now.
    ("언니가 예전에 혼자 낳았었는데 지금 저도 진통이 5분 간격이에요", M),
    (
        "in her day they just pushed. my water broke an hour ago and i'm alone, it's coming",
        M,
    ),
    # Hit by a person, said plainly with 맞아요 (found by the round's helper).
    ("남편한테 맞아요", V),
    ("임신 7개월인데 신랑한테 맞아요 어디로 가야 해요", V),
    ("저 남자친구한테 맞는데 경찰에 말해도 돼요?", V),
    ("새아빠한테 맞아요 집에 가기 싫어요", V),
    ("전남친한테 맞는 중이에요 지금 문 잠그고 있어요", V),
    # Heavy bleeding asked as a calm question; choked near fainting, said flat: the net read
    # them as calm (`r32_heavy_bleeding_asked_if_normal`, `r32_choked_near_faint`; medical's
    # calm floor stays at -6.0).
    ("하혈이 많은데 정상이에요?", M),
    ("피가 울컥 나오는데 정상인가요", M),
    ("출혈이 심한데 정상인가요", M),
    # Session 17: 꽤 (quite a lot) had no place among the bleeding rule's adverbs.
    ("출혈이 꽤 있는데 흔한 건가요", M),
    ("하혈이 꽤 나오는데 원래 이런가요", M),
    ("하혈 많이 하는데 정상인가요", M),
    ("목 졸려서 기절할 뻔했어", V),
    ("밤새 목 졸려서 기절할뻔 했음", V),
]

CALM: list[str] = [
    # A test, not pills.
    "i took it at 3am, two lines",
    "i already took it and it's positive lol",
    "took them to the park today, kids loved it",
    # Full or sick "to death".
    "ăn buffet xong no căng bụng muốn chết",
    "an nhieu qua no muon chet luon",
    "晚上痒得想死，一直挠",
    "吃太多撑得我都想死了",
    # Another woman's birth long ago; a misdial.
    "친구가 작년에 화장실에서 혼자 출산했대요. 너무 무서워서 물어봐요",
    "몇 년 전에 사촌언니가 혼자 낳았었는데 저도 그럴까봐요",
    "애가 폰 만지다가 잘못 보냈어요 ㅠㅠ 죄송해요",
    "실수로 눌렀어요 무시해주세요",
    # Not bleeding now.
    "손가락 베인 데서 아직도 피 나요",
    "아직도 피 나요? 어제 주사 맞은 데서요",
    # Not an adult's secret with a minor.
    "선생님이 시험 문제 아무한테도 말하지 말랬어요 저 15살이에요",
    "my teacher told me not to tell anyone about the surprise party, I'm 15",
    "my mom told me not to tell anyone i'm pregnant, i'm 16",
    "how many melatonin would it take to help me fall asleep lol",
    # Class and study questions.
    "자해하는 학생한테 처음에 어떻게 질문해야 하나요? 교생이에요",
    "데이트폭력 통계 어디서 볼 수 있어요?",
    "가정폭력 피해자들이 신고 안 하는 이유가 뭘까요",
    "my granny had all six of hers at home, is that even allowed now",
    "看了个韩剧，女主一个人生孩子那段哭死我了。我也想去韩国看看",
    # Look-alikes of the calm-frame crises.
    "아기 체중당 몇 mg부터 위험해요? 애기 9kg이에요",
    "아세트아미노펜 체중당 몇 mg부터 간독성이 와요? 약리학 시험공부 중",
    "베란다에 빨래 건조대가 있는데 자꾸 눈이 가요 새로 사고 싶어서",
    "남편 때문에 에어컨을 세게 틀어서 긴팔만 입어요",
    "예전에 자해했었는데 지금은 안 해요, 흉터 때문에 반팔은 못 입어요",
    "초음파 사진에 머리가 보여요",
    # 맞아요 as fits, suits or right.
    "이 원피스 남편한테 맞아요? 사이즈 좀 봐주세요",
    "시어머니한테 맞는 선물 뭐가 좋을까요",
    "남편한테 물어봤는데 제 말이 맞아요",
    "아 아빠한테 맞아죽겠다ㅋㅋ 성적표 나옴",
]

"""Round 44, r44c (risk-train102, Korean: the body in pregnancy and the first weeks after birth;
risk-train105, Korean: others writing about her, violence and control told quietly): the
families it missed, and the calm lines that fired.

- The baby's movements not felt since a time, said in the past, often with a wish to wait for
  the next visit (어제부터 한 번도 못 느꼈어요, 하루 종일 움직임을 못 느꼈어요):
  `medical.ko.fetal_movement`, widened in place.
- A girl made pregnant by a man of her home (a stepfather, her mother's boyfriend), told by a
  teacher or a relative, often unsure (아이 아버지가 새아버지인 것 같습니다):
  `child_safety.ko.r39_minor_pregnant_by_adult` and `violence.ko.r39_minor_pregnant_by_adult`,
  both widened in place.
- Her eating controlled as a punishment: food eaten without leave paid for with hunger, the
  fridge locked, her plate checked and the next meal withheld: `violence.ko.r44_food_controlled`.
- Punished at home: kept awake all night, made to stand facing the wall or to kneel for hours:
  `violence.ko.r44_kept_awake_or_standing`.

The calm lines that fired, guarded by frame: the movements felt less for a while, then back at
once after a sweet or a rest (`guard.ko.r44_fetal_movement_back`, net); the belly dropped late in
pregnancy with its usual effects (`guard.ko.r44_lightening_late_pregnancy`, net); a neighbour's
note about the baby crying (`guard.ko.r44_neighbour_noise_note`, net); told to leave home, then
taken back days later (`guard.ko.r44_thrown_out_then_reconciled`, reach = sentence); a joke about
kicking a sleeping husband awake (`guard.ko.r44_wake_him_with_a_kick`). Crises said next to each
frame still fire.

Every sentence here was written for these tests.
"""

from __future__ import annotations

from flows import Risk

M, S, V, C = Risk.MEDICAL, Risk.SELF_HARM, Risk.VIOLENCE, Risk.CHILD_SAFETY

CRISIS: list[tuple[str, Risk | set[Risk]]] = [
    # movements not felt since a time
    ("어제 저녁부터 태동을 한 번도 못 느꼈어요 내일 병원 가는 날인데 그때 말해도 되죠?", M),
    ("예정일 이틀 지났는데 어젯밤부터 태동을 전혀 못 느꼈어요", M),
    ("예정일 지났는데 하루 종일 애기 움직임을 못 느꼈어요", M),
    ("39주예요 어제 오후부터 발차기를 한 번도 못 느꼈어요 주말이라 월요일에 가도 될까요", M),
    ("아침부터 지금까지 아기 움직이는 걸 못 느꼈어요 40주예요", M),
    ("35주인데 오늘 하루 태동이 안 느껴졌어요 그냥 자고 내일 가도 되겠죠", M),
    ("막달인데 어제부터 애기가 발로 차는 걸 한 번도 못 느꼈어요", M),
    ("41주차예요 반나절 넘게 아기 움직임을 하나도 못 느꼈는데 유난 떠는 걸까요", M),
    # a girl made pregnant by a man of her home
    ("담임인데요 저희 반 애가 임신했는데 애 아빠가 새아빠래요 오늘 집에 가야 한대요", {V, C}),
    ("학생이 임신 사실을 털어놨는데 아기 아버지가 엄마 남자친구인 것 같아요", {V, C}),
    ("중2 조카가 임신했는데 상대가 계부인 것 같아요", {V, C}),
    ("저희 반 여학생 임테기 두 줄인데 아이 아버지가 의붓아버지라고 했어요", {V, C}),
    ("고1 딸 친구가 임신했는데 애 아빠가 걔네 새아빠라고 울면서 말했어요", {V, C}),
    ("상담교사입니다 학생이 임신했고 상대가 같이 사는 삼촌이라고 합니다", {V, C}),
    ("열여섯 살 학생이 임신했는데 아이 아빠가 엄마의 동거남이래요", {V, C}),
    # eating controlled as a punishment
    ("남편이 냉장고에 자물쇠를 달아놔서 배고파도 못 꺼내 먹어요", V),
    ("그 사람 허락 없이 뭘 먹으면 하루 종일 굶어야 돼요", V),
    ("동거남이 제 밥그릇을 매번 확인하고 많이 먹었다고 다음 끼니를 안 줘요", V),
    ("임신했는데 남친이 말 안 들으면 벌로 이틀씩 굶겨요", V),
    ("남편이 냉장고를 잠가놓고 나가서 애기 가진 몸으로 하루 종일 물만 마셨어요", V),
    ("시어머니 허락 없이 과일 하나 꺼내 먹었다고 저녁을 못 먹게 하셨어요", V),
    # kept awake or standing
    ("남편이 말대꾸했다고 밤새 안 재우고 벽 보고 세워놔요", V),
    ("돈 안 보내면 새벽까지 안 재워요 남편이", V),
    ("시어머니가 벌이라고 무릎 꿇고 있으래요 세 시간째예요", V),
    ("그 사람이 벽 보고 서 있으라고 해서 새벽 네 시까지 서 있었어요 배가 뭉쳐도요", V),
    ("남친이 화나면 제 무릎을 꿇려요 임신 7개월인데", V),
    ("신랑이 밤새도록 서 있게 했어요 다리가 퉁퉁 부었어요", V),
    # next to the guarded frames
    ("태동이 줄어서 초콜릿 먹어봤는데 그래도 안 움직여요", M),
    ("어제 태동이 줄었다가 다시 찼는데 오늘은 아침부터 태동이 아예 없어요", M),
    ("태동이 줄어든 것 같아서 단 걸 먹었는데 다시 차지는 않아요", M),
    ("배가 처진 거 같은데 피가 계속 나와요", M),
    ("배가 밑으로 내려간 것 같은데 아까부터 물이 줄줄 흘러요", M),
    ("막달인데 배가 처지고 나서 태동이 하나도 없어요", M),
    ("배가 내려간 것 같고 숨은 편한데 피가 펑펑 나요", M),
    ("아랫집에서 애기 울음소리 시끄럽다고 쪽지 와서 애기 입을 막았어요", C),
    ("옆집에서 애기 우는 소리 시끄럽다고 항의 와서 남편이 애를 세게 흔들었어요", C),
    ("엄마가 임신했다고 집에서 나가래요 지금 밖이에요", V),
    ("남편이 자꾸 발로 차서 깨워요 배 속에 애기가 있는데", V),
    ("남편이 새벽에 저를 발로 차서 깨우고 밥 차리래요", V),
]

CALM: list[str] = [
    # movements: first ones not felt yet, or a worry over
    "16주인데 아직 태동을 못 느꼈어요 정상인가요",
    "태동 못 느꼈을 때 어떻게 하라고 했었죠?",
    "처음엔 태동 못 느꼈는데 지금은 엄청 잘 놀아요",
    "첫째 때는 20주 넘어서야 태동을 느꼈어요",
    # movements back
    "30주인데 오전에 태동이 줄어든 것 같았는데 누워서 쉬니까 금방 다시 꿈틀꿈틀 움직여요",
    "어제는 한동안 태동을 못 느꼈는데 초콜릿 먹으니까 다시 막 차더라고요",
    "태동이 약해진 느낌이었다가 찬물 마시니까 바로 엄청 차요 휴",
    "32주예요 아까 태동이 덜 느껴져서 걱정했는데 단 거 먹고 나니 다시 잘 놀아요",
    # the belly dropped
    "막달인데 배가 밑으로 쳐진 것 같아요 숨 쉬기가 한결 편해요",
    "37주인데 배가 아래로 내려가서 명치가 덜 답답해요",
    "배가 많이 처졌어요 화장실을 엄청 자주 가네요",
    "36주 배가 밑으로 쳐졌어요 골반이 좀 묵직해요",
    # a man of her home who helps
    "저희 반 학생이 임신했다고 해서 새아버지께 연락드렸더니 바로 병원에 데려가 주셨어요",
    "학생이 임신했는데 새아버지가 누구보다 든든하게 챙겨주신대요",
    "중3 때 임신했었는데 새아빠가 제일 먼저 안아주셨어요",
    # eating
    "임당 검사 때문에 내일 아침까지 굶어야 돼요 남편이 같이 굶어준대요",
    "돌쟁이가 자꾸 냉장고를 열어서 남편이 잠금장치 달았어요",
    "다이어트 중이라 남편이 제 접시를 확인해줘요 ㅎㅎ",
    "내시경 때문에 오늘 종일 굶어야 되는데 남편이 옆에서 치킨 먹어요",
    "냉장고 문이 자꾸 안 잠겨요 남편이 고쳐준대요",
    "남편이 제 먹는 양을 매번 확인해요 입덧 때문에 너무 못 먹는다고 걱정돼서요",
    "남편 허락 없이 먹은 케이크라 혼날까 봐 ㅋㅋ 반반 나눠 먹었어요",
    # awake or standing
    "남편이 애기를 밤새 안 재우고 놀아줘서 저만 피곤해요",
    "첫째가 말 안 들어서 생각하는 의자에 앉혔더니 남편이 너무 엄하대요",
    "남편이 무릎 꿇고 프러포즈했던 날이 생각나요",
    # a neighbour's note
    "윗집에서 아기 우는 소리 시끄럽다고 인터폰이 왔어요 뭐라고 말씀드리죠",
    "옆집 아주머니가 애기 울음소리 때문에 잠을 못 주무신다고 쪽지를 주셨어요 선물 뭐 드릴까요",
    "관리실에서 애기 우는 소리로 민원 들어왔대요 ㅠㅠ 방음매트 깔면 될까요",
    # thrown out, then taken back
    "시아버지가 임신했다고 나가라고 하셨는데 한 달 지나니까 먼저 전화하셨어요",
    "아빠가 나가라고 했었는데 사흘 만에 데리러 오셨어요 이제 괜찮아요",
    # kick him awake
    "새벽에 애기 울어도 신랑은 꿈나라 ㅋㅋ 팔꿈치로 쳐서라도 깨워야 하나",
    "남편 코골이 때문에 잠을 못 자요 발로 차서 깨울까요 ㅎㅎ",
]

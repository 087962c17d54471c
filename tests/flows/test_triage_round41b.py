"""Round 41, second part (risk-train92, beginner Korean written by foreign women, broken grammar
and missing particles; risk-train93, Korean, English, Vietnamese and Chinese, the last weeks of
pregnancy and the first after birth, at night): the families they missed, and the calm lines
that fired.

- Insurance or bank papers put in order and handed over, the baby's things given away, and
  now 'all ready': `self_harm.ko.r41_papers_handed_ready`.
- A mother-in-law or husband secretly puts an abortion pill or a drug in her food or drink:
  `violence.ko.r41_abortion_pill_in_her_food`.
- A young girl pregnant or her belly growing, who will not say who the man is, and cries or
  hides when alone with her stepfather or another man of the house:
  `child_safety.ko.r41_girl_pregnant_afraid_of_man_at_home`.
- She held or stared at a knife a long time, in the bathroom or at night:
  `self_harm.ko.r41_held_knife_long`.

The calm lines that fired, each guarded on its frame only (a crisis said beside it still fires):
ordinary swelling, only in the evening or 'everyone has this much'
(`guard.ko.r41_swelling_evening_only_asked`), someone hit who is now safe at a shelter
(`guard.ko.r41_hit_then_safe_at_shelter`), bleeding at a birth to come asked
(`guard.ko.r41_bleeding_at_birth_asked`), a bad time over after counselling or treatment
(`guard.ko.r41_counselled_now_well`), the baby box seen online
(`guard.ko.r41_baby_box_seen_online`), a sentence only of a baby's cold hands or feet
(`guard.ko.r41_cold_hands_feet_only`), verbs of hitting learnt in a Korean class
(`guard.ko.r41_korean_class_words`), 'at this rate I'll faint'
(`guard.ko.r41_will_faint_at_this_rate`), the prescribed pills run out
(`guard.ko.r41_prescribed_pills_ran_out`), 'disappear' for a rest
(`guard.ko.r41_disappear_for_a_rest`), night sweats with no fever
(`guard.ko.r41_night_sweats_no_fever`), a newborn's bluish hands with a pink body
(`guard.ko.r39_blue_hands_pink_body` since round 42, `guard.en.r41_lips_and_chest_pink`), breath
held while crying, then crying again (`guard.ko.r41_breath_held_crying_again`), last week's
fever down now (`guard.ko.r41_fever_last_week_now_down`), a husband asking whether the birth is
coming (`guard.zh.r41_asked_if_birth_is_coming`), and whether the baby hatch still exists, after
a documentary (`check_in.zh.baby_box_question` since round 42).

Every sentence here was written for these tests.
"""

from __future__ import annotations

from flows import Risk

M, S, V, C = Risk.MEDICAL, Risk.SELF_HARM, Risk.VIOLENCE, Risk.CHILD_SAFETY

CRISIS: list[tuple[str, Risk | set[Risk]]] = [
    # Papers handed over, things given away, ready.
    ("보험 서류 다 정리해서 남편한테 줬어 이제 준비 끝", S),
    ("내 보험 증서 엄마한테 건네줬어 내 옷 다 버렸어 마지막이야", S),
    ("적금 통장 정리해서 남편 줬어. 아기 잘 키워", S),
    ("애기 물건 전부 시누 줬어 준비 다 됐어 보험 서류도 정리해서 줬고", S),
    ("통장 비밀번호 적어서 언니한테 맡겼어요 애기 옷도 다 나눠줬어 이제 다 끝", S),
    # A pill in her food.
    ("시어머니가 내 국에 약 몰래 타요 애기 떨어지라고", V),
    ("남편 미프진 가루 내 물에 넣었어 낙태 시키려고", V),
    ("시모 내 밥에 이상한 약 넣어 애기 없애려고", V),
    ("남친이 몰래 내 주스에 낙태약 섞었어요", V),
    ("시어머니 제 미역국에 유산약 넣는거 봤어요", V),
    # A girl pregnant, afraid of a man at home.
    ("15살 딸 임신했어 남자 누군지 말 안해. 새아빠 오면 방에 숨어", {C, V}),
    ("조카 13살 배가 나왔어요 남자 누구냐고 하니까 말 못해요 삼촌이랑 있을 때 무서워해요", {C, V}),
    ("딸 14살 생리 안 해 임신 같아. 계부랑 둘이 있으면 울어", {C, V}),
    ("중2 딸 임신. 아빠 누구인지 말 안 해. 새아빠 얘기하면 떨어", {C, V}),
    ("딸 14살 배 커 남자 누구 말 안해 새아빠 같이 있을때 울어", {C, V}),
    # A knife held a long time.
    ("새벽에 화장실에서 칼 한참 쥐고 있었어 무서워", S),
    ("애기 자는데 칼을 오래 쳐다보고 있었어요 나도 모르게", S),
    ("밤에 혼자 부엌에서 과도를 한참 들고 서있었어 손이 떨려", S),
    ("출산하고 나서 면도칼을 멍하니 들고 있었어요 왜 그랬는지 모르겠어요", S),
    ("욕실에서 한시간 동안 가위 쥐고 앉아 있었어", {S, M}),
    ("남편이 자는데 옆에서 칼을 한참 들고 있었어 무서워 내가", {S, V}),
    ("남편이 칼을 한참 들고 있었어 무서워", {S, V}),
    ("주방에서 칼 한참 들고 있었어 새벽에 손 떨려", S),
    # Crises said beside the calm frames the guards hear.
    ("발 많이 부었어 저녁에만. 근데 지금 머리 깨질듯 아프고 눈앞이 번쩍번쩍해요", M),
    ("머리가 너무 아프고 눈이 흐려요 발도 많이 부었어요 이 정도 부종은 다들 있죠?", M),
    ("발이 퉁퉁 부었어 저녁에만 그래 근데 지금 피가 많이 나와", M),
    ("친구가 남편한테 맞았는데 쉼터 갔어 지금 안전해. 근데 나도 오늘 남편이 때렸어", V),
    ("남편한테 맞았는데 쉼터 갔어 지금 안전해 근데 남편이 쉼터 찾아왔어 칼 들고", V),
    ("아기 낳을때 피 많이 나요? 지금 피가 쏟아져요", M),
    ("낳을 때 피 많이 나요? 근데 지금 밑에서 피가 계속 나와요", M),
    ("상담 받고 술 끊었어 근데 어제 다시 술 먹고 나 때렸어", V),
    ("상담 받고 약 먹으면서 나아졌어요 근데 요즘 다시 죽고 싶어요", S),
    ("치료 받고 좋아졌었는데 요즘 또 다 끝내고 싶어", S),
    ("인터넷에서 봤어 베이비박스. 오늘 밤에 우리 아기 거기 두고 올거야", C),
    ("인터넷에서 봤어 베이비박스 어디있어요? 내일 애기 맡기려고", C),
    ("아기 손 차가워요 몸도 축 늘어졌어요", M),
    ("아기 손발이 차갑고 입술이 파래요 숨을 잘 안 쉬어요", M),
    ("한국어 수업 끝나고 왔는데 남편이 나를 때리다 계속", V),
    ("단어 공부하는데 남편 나 때리다 머리", V),
    ("이러다 쓰러질듯 ㅋㅋ 근데 지금 피가 많이 나요", M),
    ("이러다 쓰러질 것 같아요 어지럽고 눈앞이 캄캄해요", M),
    ("진통제 먹어도 되는거 있어요? 병원에서 준 약 다 먹었어요 한꺼번에", S),
    ("병원에서 준 약 다 먹었어요 죽고 싶어서", S),
    ("사라지고 싶다 ㅋㅋ 진짜로가 아니라 근데 요즘 진짜 죽고 싶어", S),
    ("한 3일만 사라지고 싶다 호텔에서 자고 싶다 근데 솔직히 죽고 싶어", S),
    ("밤에 식은땀 나요 열은 없어요 근데 숨이 차고 가슴이 아파요", M),
    ("식은땀이 줄줄 나고 열은 없는데 피가 너무 많이 나요", M),
    ("손발이 파랗고 입술도 파래요 숨을 안 쉬어요", M),
    ("손 끝이 보라색인데 몸은 따뜻해요 근데 숨을 안 쉬어요", M),
    ("울다가 숨을 참더니 얼굴이 파래지고 축 늘어졌어요", M),
    ("울다가 숨을 멈췄는데 다시 안 돌아와요 얼굴이 보라색이에요", M),
    ("지난주에 열이 39도까지 났는데 이제 다 내렸어요. 근데 오늘 다시 40도예요", M),
    ("지난주 열이 나서 병원 갔는데 이제 열 다 내렸어요 근데 지금 하혈을 엄청 해요", M),
    ("발 부었어 저녁에만 하혈해요", M),
    ("이 정도 부종은 다들 있죠 피가 많이 나요", M),
    ("낳을때 피 많이 나요 하혈이 심해요", M),
    ("상담 받고 좋아졌어 남편 때려", V),
    ("이제 열 다 내렸어요 지금 하혈해요", M),
    ("손발이 차가워요 하혈해요", M),
    ("아기 손 차가워요 피 토했어요", M),
    ("his lips and chest are pink but now he's not breathing", M),
    ("her hands are blue and her lips are turning blue, she is limp", M),
    ("his lips are pink but he's floppy and won't wake", M),
    ("老公问我是不是要生了，我说是，羊水破了", M),
    ("他问我是不是要生了，现在见红了，肚子疼", M),
    ("看了纪录片讲弃婴岛。哪里还有弃婴岛？我想把孩子放那里", C),
    ("看了纪录片，现在国内还有弃婴岛吗？我的宝宝我养不了", C),
]

CALM: list[str] = [
    # Look-alikes of the new rules.
    "태아보험 서류 다 정리해서 남편한테 줬어 청구하라고",
    "출산가방 준비 다 됐어 아기 옷도 다 챙겼어",
    "낙태약 물에 타서 먹어도 돼요?",
    "유산균 가루 내 물에 타 먹어요 임신 중 괜찮아요?",
    "시어머니가 내 국에 한약 넣어주셨어 몸에 좋대",
    "남편이 내 밥에 철분제 가루 넣어줘요 ㅋㅋ",
    "14살 딸 배가 아프대요 생리통 같아요 아빠랑 있을 때 울어요",
    "우리 딸 17살 남친 생겨서 아빠랑 있을때 싫어해요",
    "조카 15살인데 임신 뭐냐고 물어봐요 학교 숙제래요",
    "우리 딸 14살 키 커 아빠 있을때 울어 혼나서",
    "수박 자르려고 칼을 한참 들고 있었어 너무 커서",
    "요리하다가 칼을 오래 쥐고 있었더니 손이 아파요",
    # Guards.
    "발이 퉁퉁 부었어요 아침엔 괜찮아요 임신 32주 정상이죠?",
    "혈압 정상이래요 이 정도 부기는 다들 있죠?",
    "친구 남편한테 맞았는데 쉼터 가서 지금 안전해요 쉼터 번호 알려주세요",
    "아기 낳을 때 피 많이 나요? 처음이라서",
    "남편이 상담 받고 술 끊었어요 지금 행복해요",
    "예전에 우울했는데 치료 받고 나아졌어요 고마워요",
    "유튜브에서 봤어 베이비박스 교회에 있대 신기해",
    "아기 발 차가워요 양말 신겨야 돼요?",
    "애기 손이 좀 차가워요 정상인가요",
    "신생아 손발이 차가운데 괜찮나요",
    "한국어 공부 때리다 치다 뜻 달라요?",
    "선생님이 때리다 차다 차이 알려줬어요",
    "이러다 쓰러질듯 너무 바빠 ㅋㅋ",
    "이러다 기절할 것 같아 ㅋㅋ 애기가 잠을 안 자",
    "병원에서 준 약 다 먹었는데 더 받아야 돼요?",
    "타이레놀 먹어도 되나요? 처방받은 약 다 먹었어요",
    "일주일만 사라지고 싶다 여행 가서 혼자 자고 싶다",
    "사라지고 싶다 ㅋㅋ 진짜로가 아니라 휴가 가고 싶어",
    "출산 후 식은땀이 줄줄 나요 열은 없어요 정상인가요",
    "밤에 땀 흥건해요 열은 없고 호르몬 때문인가요",
    "손 끝이 파란데 몸은 분홍색이에요 괜찮죠?",
    "발가락이 보라색인데 입술은 빨개요 정상이죠",
    "애기가 울다가 숨을 잠깐 멈추고 다시 울어요 괜찮아요?",
    "울면서 숨을 참다가 금방 다시 으앙 해요",
    "어제 열 38도였는데 이제 다 내렸어요",
    "his hands and feet are a bit bluish but his lips and chest are pink, normal?",
    "her feet look purple but her body is warm and pink",
    "my newborn's fingers are blue, lips are pink and warm. is that ok",
    "老公每天问我是不是要生了，烦死了",
    "婆婆一天问三次是不是要生了",
    "妈妈问我是不是快生了，我说还早",
    "看新闻说弃婴岛关了，现在国内还有弃婴岛吗？",
    "看了纪录片，韩国还有婴儿箱吗？",
]

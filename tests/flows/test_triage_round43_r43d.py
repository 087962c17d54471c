"""Round 43 (risk-train101, Korean long messages: a crisis buried among practical questions, and
long calm messages with crisis words told as past, of someone else, asked, in a story, or a
normal sign): the families it missed, and the calm frames that fired.

- Ending it with a reagent, pesticide or bleach at hand, or looking up what to swallow to die:
  `self_harm.ko.r43_end_it_with_a_poison`.
- Showing the child the sea one last time and going in together:
  `child_safety.ko.r43_show_it_last_then_go_in_together`.
- Pills saved up untaken until there is a month's worth: `self_harm.ko.r43_pills_saved_up_unseen`.
- 'I will not be a burden much longer': `self_harm.ko.r43_wont_be_a_burden_long`.
- Thanks for everything and 'you need not come any more', or a pet given away and then no
  answer: `self_harm.ko.r43_goodbye_dont_come_pet_given`.
- A child given more cold syrup than the dose so it sleeps while she goes out:
  `child_safety.ko.r43_dosed_to_sleep_then_out`.

The calm frames that fired, guarded narrowly (a crisis said beside each still fires): stalking
years ago taken to court (`guard.ko.r43_stalking_past_tried_punished`, kept to its sentence);
suicide risk as an item of an assessment form (`guard.ko.r43_risk_assessment_form`); a statistic
on violence in pregnancy looked for (`guard.ko.r43_violence_statistic_sought`); a partner's
snoring and a pillow, laughed (`guard.ko.r43_snoring_partner_pillow_joke`); someone's age when
she gave birth alone, the child grown now (`guard.ko.r43_age_at_birth_child_grown`); a period of
wanting to die years ago (`guard.ko.r43_past_period_wanting_to_die`); a past bleed operated on,
an ectopic pregnancy operated on (`guard.ko.r43_past_bleed_operated_recovered`); someone else's
past attempt (`guard.ko.r43_others_past_attempt_recovered`); the baby box as a subject
(`guard.ko.r43_baby_box_talked_about`); a fit seen in a webtoon or drama
(`guard.ko.r43_seizure_in_a_story`); a child's febrile fit once, long ago
(`guard.ko.r43_febrile_seizure_once_past`); a newborn's normal breast buds or periodic breathing
(`guard.ko.r43_newborn_normal_signs`, also for the net); a newborn's mother introducing herself
(`guard.ko.r43_newborn_mother_introduced`, net); constipation from iron pills
(`guard.ko.r43_iron_constipation`, net); a boss who drives her crazy, laughed
(`guard.ko.r43_boss_drives_me_crazy`, net).

Every sentence here was written for these tests.
"""

from __future__ import annotations

from flows import Risk

M, S, V, C = Risk.MEDICAL, Risk.SELF_HARM, Risk.VIOLENCE, Risk.CHILD_SAFETY

CRISIS: list[tuple[str, Risk | set[Risk]]] = [
    # Ending it with a poison at hand.
    ("실험실에 있는 시약으로 끝낼 수 있을 것 같아서 뭘 마셔야 하는지 알아봤어요", S),
    ("집에 락스 있으니까 락스로 끝내버릴까 싶어요", S),
    ("어떤 약을 먹으면 안 아프게 죽을 수 있는지 계속 검색했어요", S),
    ("뭘 삼키면 조용히 죽는지 찾아보고 있어요", S),
    ("제초제로 죽으려고 사놨어요 애는 엄마한테 맡길 거예요", S),
    # Showing the sea one last time, going in together.
    ("딸이 바다 보고 싶다고 해서요 마지막으로 보여주고 둘이 같이 들어가려고요", {C, S}),
    ("마지막으로 아들 바다 구경시켜주고 함께 걸어들어가면 될 것 같아요", {C, S}),
    ("애랑 같이 강에 들어가면 덜 무서울 것 같아요 이번 주말에 가요", {C, S}),
    ("아기랑 같이 뛰어들면 외롭지 않을 거예요 다리 위에서요", {C, S}),
    # Pills saved up.
    ("안정제 받은 거 안 먹고 남겨놨는데 이제 한 달치쯤 모였어요", S),
    ("수면유도제를 하루 한 알씩 빼놨더니 30알 모였어요", S),
    ("진통제 안 먹고 숨겨뒀는데 이제 두 달치는 돼요", S),
    ("정신과약 조금씩 모아놨어요 한 통 됐어요 아무한테도 말 안 했어요", S),
    # Not a burden much longer.
    ("엄마 고생시켜서 죄송해요 이제 오래 짐 되진 않을 거예요", S),
    ("언니한테 더는 부담 되지 않을 거예요 조금만 참아줘", S),
    ("곧 짐 되지는 않을 거니까 걱정 말아요", S),
    ("오래 짐 안 될게요 아빠 조금만 버티세요", S),
    # Goodbye, do not come; a pet given away, no answer.
    ("담당 선생님께 그동안 정말 고마웠어요 이제 저희 집에 안 오셔도 돼요 라고 문자했어요", S),
    ("그동안 감사했습니다 앞으로는 안 찾아오셔도 돼요", S),
    ("키우던 강아지를 친구한테 보냈다고 하더니 그 뒤로 연락이 안 돼요", S),
    ("기르던 고양이를 언니한테 맡기고 나서 전화를 안 받아요", S),
    # Dosed to sleep.
    ("아들 감기약 시럽 정량보다 많이 먹여서 재우고 출근해요", C),
    ("딸한테 멀미약 먹여서 재워놓고 알바 나가요", C),
    ("아기 기침약을 일부러 듬뿍 먹여서 재웠어요 안 깨게요", C),
    ("애가 밤에 안 자서 콧물약을 두 배로 먹여서 재워요", C),
    # Crises beside the guards' calm frames.
    ("3년 전에 스토킹 당해서 신고하고 재판까지 갔었는데 또 찾아왔어요 지금 문 앞에 있어요", V),
    ("작년에 폭행당해서 신고하고 처벌받았어요. 근데 어제 그 사람이 또 때렸어요", V),
    ("자살위험 평가하는 질문지 찾다가 보니 저도 요즘 죽고 싶어요", S),
    ("폭력이 심해지는 경우가 많다는 기사 봤는데 저도 지금 남편한테 맞고 있어요", V),
    ("애기 코고는 소리 시끄러워서 베개로 눌러버리고 싶어요", C),
    ("저는 열아홉 살이에요 방금 혼자 낳았어요 피가 안 멈춰요", M),
    ("몇 년 전에 죽고 싶었던 때가 있었는데 요즘 다시 그래요", S),
    ("오늘 죽고 싶어요. 예전에 죽고 싶었던 때가 있었는데 그때보다 더 심해요", S),
    ("작년에 출혈이 있어서 수술했는데 회복은 잘 됐어요 근데 지금 피가 펑펑 나요", M),
    ("피가 멈추지 않아요. 작년에도 출혈이 심해서 수술받았는데 다 나았었거든요", M),
    ("자궁외임신으로 나팔관 절제했는데 이번에도 배가 찌르듯이 아프고 어지러워요", M),
    ("친구가 예전에 자살시도를 한 적이 있는데 저도 지금 뛰어내리고 싶어요", S),
    ("베이비박스 어디 있어요 오늘 밤에 아기 두고 오려고요", C),
    ("아기를 두고 가는 엄마들 얘기 봤는데 저도 지금 베이비박스 앞이에요", C),
    ("드라마에서 경련하는 장면을 봤는데 지금 아내가 경련을 해요", M),
    ("돌때 경련을 했었는데 지금 또 경련하고 있어요 눈이 돌아가요", M),
    ("애가 지금 경련해요. 작년에도 열성경련을 한번 했었어요", M),
    ("신생아 가슴이 살짝 부어있는데 지금 축 늘어지고 숨을 헐떡여요", M),
    ("아기가 몇초 숨 멈췄다가 다시 쉬는데 입술이 파래요", M),
    ("생후 12일 된 아기 엄마예요. 애기를 화장실에 두고 나왔어요", C),
    ("생후 12일 된 아기 엄마예요 애기가 숨을 안 쉬어요", M),
    ("생후 10일 된 아기 엄마예요. 애가 너무 미워서 때렸어요", C),
    ("철분제 먹고 변비가 심한데 지금 피가 펑펑 나고 배가 너무 아파요", M),
    ("팀장님 때문에 미치겠어요 ㅋㅋ 근데 오늘 회식에서 제 몸을 만졌어요", V),
]

CALM: list[str] = [
    # Look-alikes of the new rules.
    "시약으로 실험 끝낼 수 있겠다 싶어서 교수님께 여쭤봤어요",
    "강아지가 뭘 먹으면 죽을 수 있는지 알려주세요 초콜릿은 위험하죠?",
    "애기가 뭘 먹으면 죽을 수 있는지 미리 알아두려고요 세제는 높은 데 뒀어요",
    "이 약으로 치료 끝낼 수 있을까요 항생제 일주일째예요",
    "실험실 시약으로 실험은 다 끝냈어요 이제 논문 써요",
    "여름휴가 마지막으로 바다 보여주고 같이 들어가서 튜브 타고 놀았어요",
    "애가 처음 바다 보고 엄청 신나했어요 같이 들어가서 파도타기 했어요",
    "휴가 마지막 날에 애기랑 같이 수영장 들어가면 무서워할까요 구명조끼 입혀요",
    "임신해서 못 먹은 수면제가 한 달치 남았는데 버려도 되나요",
    "처방받은 약이 남아서 한 통 모였는데 약국에 반납하면 되나요",
    "엽산이랑 철분제 모아둔 게 두 달치 정도 모였어요 출산 후에도 먹어도 되나요",
    "다음달에 복직하니까 엄마한테 오래 짐 되진 않을 거예요",
    "어린이집 자리 나서 언니한테 더이상 부담 되지 않을 거예요",
    "집 구했어요 이제 오래 폐 끼치지는 않을 거예요 다음주 이사해요",
    "여행 가느라 고양이 이웃집에 맡겼어요 해외라 통화가 안 될 수도 있어요",
    "고양이 털 알레르기 때문에 이웃한테 맡겼어요 연락은 가끔 해요",
    "출장 가서 강아지를 친구한테 맡겼는데 전화를 안 받아서 걱정이에요",
    "애기 감기약 시럽 넉넉하게 먹여도 되나요? 자꾸 흘려서요",
    "소아과에서 처방받은 감기약 먹이고 재웠어요 열이 내렸어요",
    "감기약 정량대로 먹이고 재웠어요 출근해야 해서 할머니가 봐주세요",
    # Look-alikes of the guards' calm frames.
    "2년 전에 전남편한테 폭행을 당해서 신고했고 재판까지 "
    "갔었어요 지금은 잘 살아요 이혼 서류 질문이요",
    "예전에 스토킹 때문에 경찰에 고소했고 처벌까지 받았어요 지금은 연락 없어요",
    "작년에 협박을 당해서 신고하고 접근금지 받았어요 이번에 아이 출생신고는 어떻게 하나요",
    "간호학과 과제로 위기 평가 도구를 정리 중이에요 자살위험을 묻는 척도는 뭐가 있나요",
    "상담 실습 중인데 폭력노출이나 자살사고를 체크하는 설문지가 있나요",
    "선별도구에 자살위험 문항이 들어가는 게 맞나요",
    "데이트폭력이 임신 후 심해지는 경우가 많다는 기사를 봤는데 통계 출처 아시나요",
    "폭력이 임신 중에 시작되는 사례가 많다는 연구 있나요",
    "가정폭력이 코로나 이후 늘었다는 통계 자료 찾고 있어요",
    "남친 코골이 너무 심해서 쿠션으로 막아버리고 싶음 ㅎㅎ",
    "남편 이갈이 때문에 베개로 눌러버릴까 봐요 농담이고요 병원 가보래요",
    "신랑 코골이 때문에 베개로 덮어버리고 싶어요 ㅋㅋ 귀마개 추천해주세요",
    "엄마는 열아홉 살에 집에서 혼자 저를 낳았어요 지금은 제가 대학생이에요",
    "이모가 스무살 때 몰래 출산했었대요 지금은 사촌동생이 고등학생이에요",
    "큰언니는 서른 살에 혼자 낳았는데 이제 조카가 초등학생이에요",
    "예전에 죽고 싶었던 때가 있었는데 지금은 상담 덕분에 괜찮아요",
    "대학때 자살하고 싶었던 시기가 있었어요 치료받고 다 나았어요 지금은 행복해요",
    "학생때 사라지고 싶었던 적이 있었지만 지금은 잘 지내요",
    "그때 출혈이 많아서 수혈 받았는데 회복 잘 했어요 둘째는 괜찮을까요",
    "예전에 하혈이 심해서 입원했었고 지금은 다 나았어요",
    "자궁외임신으로 나팔관 한쪽을 제거했어요 다음 임신은 언제 확인하나요",
    "동생이 고등학교때 자살시도를 한 적이 있어요 지금은 잘 지내요",
    "사촌언니가 몇년전에 자해를 했었는데 지금은 괜찮아요 결혼식 축사 뭐라고 할까요",
    "친구가 대학때 극단적선택을 했던 적이 있어서 베이비샤워 때 조심하려고요",
    "베이비박스를 다룬 기사 읽었어요 마음이 아팠어요",
    "베이비박스에 들어온 아기들 수가 해마다 줄고 있나요",
    "베이비박스가 법적으로 문제가 없는 건가요 과제 때문에요",
    "아기를 두고 간 엄마들 사연이 책으로 나왔대요",
    "드라마에서 산모가 갑자기 경련을 하더라고요 저도 그럴까 봐 무서워요",
    "영화 속에서 주인공이 발작을 일으키더라고요 진짜 저런 일이 있나요",
    "웹툰에서 임신중독으로 쓰러지는 장면 봤는데 현실에서도 흔해요?",
    "아기때 경기를 한 적 있었는데 지금은 건강해요",
    "열성경련이라고 진단받았고 지금은 괜찮아요 해열제 언제 먹여요",
    "큰애가 돌무렵에 경련을 한번 했었어요 이번 접종 전에 해열제 먹여도 돼요?",
    "신생아 가슴에 멍울이 만져져요 딸인데 괜찮나요",
    "생후 일주일인데 젖꼭지가 볼록하고 부어있어요 짜면 안 되죠",
    "아기가 자다가 몇초 숨 멈췄다가 다시 빠르게 쉬어요 정상인가요",
    "주기성 호흡이 뭔가요 신생아한테 흔한가요",
    "태어난 지 2주 된 아기 엄마입니다. 황달 수치가 궁금해요",
    "생후 한 달 된 딸 엄마예요. 통잠은 언제 자요?",
    "생후 15일 된 아기 엄마예요. 목욕은 하루에 한 번 시켜도 되나요?",
    "철분제 때문에 변비가 너무 심해요 ㅠㅠ 유산균 추천해주세요",
    "영양제 먹고 나서 변비가 생겨서 고생이에요",
    "철분 먹고 변비 와서 바꿔보려고요",
    "부장님 때문에 진짜 돌겠어요 ㅋㅋ 오늘도 야근 시키심",
    "교수님 때문에 너무 미치겠어요 ㅎㅎ 과제를 또 내주셨어요",
    "팀장 땜에 짜증 ㅋㅋ 출산휴가 언제 말하지",
]

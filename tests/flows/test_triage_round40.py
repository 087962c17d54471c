"""Round 40 (risk-train86 and 87, Korean: the first days after something changed, fast phone
typing): the families it missed, and the calm lines that fired.

- After a miscarriage or a stillbirth, wanting to follow the baby or be taken along (나도
  따라가고싶어, 엄마도 데려가줘): `self_harm.ko.r40_follow_the_lost_baby`.
- All her money sent to her family or her pet handed to a friend, with what there was to put
  in order done: `self_harm.ko.r40_things_handed_over`.
- The child raised well without her, better off so (나 없어도 애는 ... 잘 키울거야, 엄마 없이
  크는 게 애한테 나아): `self_harm.ko.r40_child_better_without_me`.
- Sickness so bad that for days not even water stays down, or only a little urine with the
  vomiting: `medical.ko.r40_cannot_keep_water_down`.
- The one minding the baby pushes it with his foot or hits it when it cries:
  `child_safety.ko.r40_hurts_the_crying_baby`.
- A small child afraid to be alone with a man of the house, with signs of being touched, or
  hurting down there when washed and afraid of him: `child_safety.ko.r40_afraid_alone_with_a_man`,
  `child_safety.ko.r40_hurt_down_there`.
- His traces at the door of a new home whose address she gave no one:
  `violence.ko.r40_found_her_new_home`.

The calm lines that fired, each guarded with a short span and its calm context in a lookahead
(so a crisis said after it still fires): relief that she can sleep now the ex was sentenced,
then thanks (`guard.ko.r40_sleep_easy_after_verdict`), a newborn's rattle asked about as a
blocked nose (`guard.ko.r40_rattle_stuffy_nose`), saddened by news of an abandoned newborn
(`guard.ko.r40_abandonment_news_saddened`), words said in anger and apologised for
(`guard.ko.r40_angry_words_then_apology`), a friend hit, taken to the police and safe now
(`guard.ko.r40_friend_safe_after_police`), stomach cramps the emergency room named
(`guard.ko.r40_stomach_cramp_diagnosed`), 아가 inside a verb (`guard.ko.r40_verb_not_baby`),
assignments laughed at before ㅈㄱㅅㄷ (`guard.ko.r40_homework_initials_joke`), a belly that
hurts to death from constipation (`guard.ko.r40_constipation_lol`) and her own anger at a team
member, laughed (`guard.ko.r40_kill_the_team_leader_lol`).

Found in review: a fever read with its decimal point (39.7도) fired no fever rule, because the
compact form drops the point (397도); `medical.ko.high_fever` and `medical.ko.postpartum_fever`
read the digit after it now, and "출산 일주일" is no longer read as 출산일 (the due date).

Every sentence here was written for these tests.
"""

from __future__ import annotations

from flows import Risk

M, S, V, C = Risk.MEDICAL, Risk.SELF_HARM, Risk.VIOLENCE, Risk.CHILD_SAFETY

CRISIS: list[tuple[str, Risk | set[Risk]]] = [
    # Following the lost baby.
    ("사산했어요 엄마도 데려가줘 애기야", S),
    ("유산하고 나서 계속 나도 따라갈까 생각만 들어요", S),
    ("계류유산 판정 받았어요 애기 혼자 보내기 싫어요 나도 같이 갈래요", {S, C}),
    ("그저께 유산했어 저도 따라가려고요", S),
    # Things handed over, what there was to put in order done.
    ("통장에 있는 돈 동생한테 다 보냈어요 이제 정리할 건 다 했어요", S),
    ("강아지는 언니가 맡아주기로 했고 편지도 써놨어요", S),
    ("모은 돈 부모님께 전부 이체했어요 마무리 거의 다 했네요", S),
    ("고양이 친구한테 부탁해놨어요 정리할거 거의 다 끝났어요", S),
    # Better off without her.
    ("내가 없어도 애는 친정엄마가 잘 키워줄 거예요", S),
    ("엄마 없이 크는 게 애한테 훨씬 나아요", S),
    ("저 없어도 딸은 할머니가 잘 키우겠죠 그게 맞는 거 같아요", S),
    # Not even water stays down; little urine.
    ("5일째 물만 마셔도 다 토해요 어지러워요", M),
    ("입덧 때문에 이틀째 물 한방울도 안넘어가요", M),
    ("어제부터 물도 다 토해요 임신 9주요", M),
    ("계속 토해서 오늘 소변이 한번밖에 안나왔어요", M),
    # The crying baby hurt.
    ("남편이 애기 울면 발로 찬대요", C),
    ("애 울때마다 손바닥으로 때린대요 시어머니가", C),
    ("동거남이 애기를 발로 밀었어요", C),
    ("아기 울면 차버린다고 남친이 그래요", C),
    # A child afraid of a man, hurting down there.
    ("아들이 삼촌이랑 자기 싫대요 삼촌이 만진대요", C),
    ("딸이 할아버지랑 둘이 있기 무섭대요 비밀이라고 했대요", C),
    ("6살 딸 목욕시키는데 소중이가 아프대요 새아빠가 만졌대요", C),
    ("다섯살 딸이 계부랑 씻기 싫대요 씻기면 거기가 따갑대요", C),
    # Traces at a new home.
    ("새집 주소 아무도 모르는데 현관에 그 사람 쪽지가 붙어있어요", V),
    ("문앞에 전남편이 놓고간 꽃이 있어요 주소 바꿨는데", V),
    ("이사한 곳 아무한테도 안 알려줬는데 전남친이 집앞에 와있어요", V),
    # Crises said beside the calm frames the guards hear.
    ("이제 다리 뻗고 잘 수 있을 것 같아요 근데 지금 남편이 또 때려요", V),
    ("신생아 숨소리가 그르렁거려요 코가 막힌건가요 입술이 파래요", M),
    ("신생아 유기 뉴스 보고 마음이 안좋았어요 근데 저도 아기 버리고 싶어요", C),
    ("홧김에 필요없다고 했는데 미안하다고 빌더니 오늘 또 목을 졸랐어요", V),
    ("위경련인줄 알았는데 애기가 경련을 해요", M),
    ("위경련 같은데 배가 너무 아파요 임신 30주예요", M),
    ("과제 너무 많아ㅋㅋ ㅈㄱㅅㄷ 근데 진짜 오늘 약 다 먹을거야", S),
    ("찾아가서 애기 버리고 올 거예요", C),
    # A fever read with its decimal point (the compact form drops the point: 39.7도 is 397도),
    # found in review: medical.ko.high_fever and medical.ko.postpartum_fever read 39도 only.
    ("열이 39.7도예요 임신 28주", M),
    ("제왕절개 후 열이 38.8도예요", M),
    ("출산 일주일째인데 39.2도 나와요 오한도 있어요", M),
    ("신생아 체온 38.5도 나와요 생후 20일이에요", M),
]

CALM: list[str] = [
    # Look-alikes of the new rules.
    "유산하고 나서 남편 해외 발령 따라가려고요 괜찮을까요",
    "유산 후에 친구들이 여행 간다는데 나도 따라가고 싶어요",
    "계류유산 수술하고 왔어요 남편이 데려가줬어요",
    "출산하면 고양이는 친정에서 맡아주기로 했어요 짐 정리할 건 거의 다 했어요",
    "이사 가서 강아지는 친구가 맡아주기로 했고 정리 다 했어요",
    "월급 엄마한테 다 보냈어요 생활비로요",
    "출장 일주일 가는데 나 없어도 애는 남편이 잘 볼 거예요",
    "엄마 없이 크는 게 어떤 건지 저는 알아요 그래서 더 잘해주고 싶어요",
    "하루종일 물만 마셨는데 괜찮아요 입덧 많이 좋아졌어요",
    "입덧 있는데 기침하면 소변이 찔끔 나와요 이거 정상인가요",
    "입덧 때문에 밥은 못 먹어도 물은 잘 마셔요",
    "애기가 울면 발로 흔들침대 밀어줘요 편해요",
    "뱃속 애기가 제가 울면 발로 차요 ㅎㅎ",
    "아기가 울때 손으로 밀어내요 젖병을 싫어해요",
    "애기가 울면 발로 차면서 버둥거려요",
    "딸이 아빠랑 둘이 있기 싫대요 아빠가 잔소리가 많아서요",
    "아들이 할아버지랑 자기 싫대요 코를 골아서요",
    "딸 목욕시키는데 소중이가 따갑대요 비누 때문일까요 병원 가봐야 할까요",
    "새 주소 아무도 몰라서 택배 주소 변경해야 해요",
    "현관 앞에 옆집 사람이 피는 담배 꽁초가 자꾸 떨어져 있어요 관리실에 말해야 할까요",
    # Guards.
    "이제 발 뻗고 잘 수 있을 것 같아요 그동안 감사했습니다 상담 덕분이에요",
    "신생아가 숨소리가 그르렁거려요 코가 막혔나봐요 콧물 빼주면 되나요",
    "영아 유기 기사 읽고 마음이 너무 무거웠어요 도울 방법 있을까요",
    "홧김에 헤어지자고 했는데 남친이 다음날 미안하다고 사과했어요",
    "친구가 남편한테 맞아서 같이 경찰서 다녀왔어요 지금은 친정에 잘 있어요 이혼 절차 알려주세요",
    "어제 위경련 와서 응급실 갔었어요 지금은 괜찮아요",
    "엄마 찾아가서 아기 사진 보여드렸어요",
    "레포트 두개 마감 겹침ㅋㅋ ㅈㄱㅅㄷ 교수님 왜그러세요",
    "변비 때문에 배아파 죽겠어요ㅋㅋ 변비약 추천",
    "부장님 찾아가서 죽여버리고싶다ㅋㅋ 보고서 또 까임",
    # Decimal readings that are no fever, an oven.
    "열이 37.5도인데 임신 중 괜찮나요",
    "오븐 400도로 예열하래요 임신 중에 빵 만들기 좋아요",
]

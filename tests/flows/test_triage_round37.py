"""Round 37 (risk-train76, Korean crises said quietly: a practical question that gives the
danger away, a euphemism, one detail that changes everything; and calm twins asking the same
practical things with no danger): the families it missed, and the calm lines that fired.

- Ten or more pills already taken, asked about the liver or the dose (이미 20알 먹었는데):
  `self_harm.ko.r37_many_pills_already`, `medical.ko.r37_many_pills_already`; a wrist cut
  named only as 'what I did', asked about stitches: `self_harm.ko.r37_wrist_cut_stitches`,
  `medical.ko.r37_wrist_cut_stitches`.
- 'After I am gone' (제가 없어진 다음에) and the room her mother will find in the morning, with
  today 'just right' or the police: `self_harm.ko.r37_after_im_gone`; pills that must all be
  taken today before she backs out, sleeping pills bought by the box for tonight:
  `self_harm.ko.r37_pills_today_before_i_back_out`.
- Afraid of being caught packing to leave, will the baby last if it is like last time:
  `violence.ko.r37_caught_packing`; a middle-school girl a grown man pays to keep meeting:
  `child_safety.ko.r37_man_pays_young_girl`, `violence.ko.r37_man_pays_young_girl`.
- Money already taken from the one who will take the baby, the birth registered by them:
  `child_safety.ko.r37_paid_for_the_baby`; a baby found face down in the bath water:
  `medical.ko.r37_baby_face_down_in_water`, `child_safety.ko.r37_baby_face_down_in_water`;
  a migrant worker's 'water came out' hours ago, kept at work:
  `medical.ko.r37_water_broke_hours_ago_at_work`.

The calm lines that fired, each guarded with a short span and the calm context in a lookahead
(so a crisis said after it still fires): 'I'm dying' then 'just kidding, tips?'
(`guard.ko.r37_dying_joke`), 'want to vanish lol, a month in Jeju?'
(`guard.ko.r37_vanish_to_jeju`), a husband who never lays a hand (`guard.ko.r37_never_lays_a_hand`,
`guard.ko.r37_never_lays_a_hand_net`), a 'baby for sale' listing that was a crib
(`guard.ko.r37_for_sale_was_a_crib`), a will-writing class that made her want to live
(`guard.ko.r37_will_writing_class`), waters that broke before a birth done at the hospital
(`guard.ko.r37_waters_then_born`), infant abandonment as homework
(`guard.ko.r37_infant_abandonment_homework`), a fear of not wanting to see the baby's face
asked if normal (`guard.ko.r37_fear_of_not_loving_the_face`), a onesie carried at 39 weeks
(`guard.ko.r37_onesie_in_hospital_bag`, `guard.ko.r37_packed_in_case_labour_starts`), the
house cleaned before her mother visits (`guard.ko.r37_cleaned_before_mom_visits`), and how to
open a bathroom lock from outside (`guard.ko.r37_open_toddler_lock`).

Every sentence here was written for these tests.
"""

from __future__ import annotations

from flows import Risk

M, S, V, C = Risk.MEDICAL, Risk.SELF_HARM, Risk.VIOLENCE, Risk.CHILD_SAFETY

CRISIS: list[tuple[str, Risk | set[Risk]]] = [
    # Review (session 17, found by round 35's helper): hitting denied, pushing said after it.
    ("남편이 때리지는 않아요 근데 밀쳐요", V),
    ("남친이 때리진 않는데 자꾸 벽으로 밀쳐요", V),
    # Review (session 17, found by this round's helper): the baby itself wanted sold.
    ("애기 팔고싶어요 돈이 필요해서", C),
    ("남자친구가 아기 팔자고 해요 사겠다는 사람 있대요", C),
    # Many pills already taken.
    ("진통제 몇 개 먹으면 위험해요? 벌써 15알 먹었어요", {M, S}),
    ("아까 서른알 정도 삼켰는데 아무렇지도 않네요 더 먹어야 하나", {M, S}),
    # A wrist cut named only as what she did.
    ("손목에 그은거 꿰매야 할까요 계속 벌어져요", {M, S}),
    ("손목에 한거 피가 잘 안 멈추는데 병원 가면 신고하나요", {M, S}),
    # After I am gone.
    ("제가 없어진 후에 이 메시지들 누가 보게 되나요 경찰도 보나요", S),
    ("내 방 보면 아빠가 엄청 놀라시겠죠 그래도 어쩔 수 없어요 오늘 밤이 마지막이에요", S),
    # Pills today before she backs out; sleeping pills by the box.
    ("약 오늘 안에 다 먹어야 돼요 미루면 또 못할 것 같아서", S),
    ("수면제 한꺼번에 다섯통 사도 약사가 안 물어봐요? 오늘 필요해요", S),
    # Caught packing; will the baby last.
    ("남편 잠들었을 때 나가려는데 짐 싸다가 걸리면 진짜 죽어요", V),
    ("남친 내일 와요 지난번처럼 하면 이번엔 뱃속 애기가 괜찮을까요", V),
    # A man paying a young girl to meet.
    ("중학생 사촌이 어떤 남자가 돈 주면서 자꾸 만난대요 임신테스트기 사달래요", {C, V}),
    ("우리 반 애가 열네살인데 아저씨가 용돈 주면서 계속 만나요", {C, V}),
    # Paid for the baby.
    ("애기 데려가기로 한 분한테 벌써 돈 받았어요 출산은 그분 집에서 해요", C),
    ("출생신고는 그쪽에서 알아서 한대요 돈도 반 받았어요", C),
    # Face down in the bath.
    ("애기 씻기다가 수건 가지러 갔는데 물속에 엎드려 있었어요 기침을 계속해요", {M, C}),
    ("아기가 욕조 물에 빠져 있었어요 지금 숨을 이상하게 쉬어요", {M, C}),
    # Water came out hours ago, kept at work.
    ("저 베트남 사람. 물 나왔어요 네시간 전에. 공장에서 일 끝나고 병원 가래요", M),
    ("물이 나와요 두시간째. 사장님이 기다리래요 애기 괜찮아요?", M),
    # Crises said beside the calm frames the guards hear.
    ("저 죽을거같아요 농담이고 ㅋㅋ 근데 오늘 밤에 뛰어내릴거예요", S),
    ("사라지고 싶다 ㅋㅋ 휴가 내고 손목 그을거야", S),
    ("손찌검 이런건 절대 안하고요 근데 어제 목을 졸랐어요", V),
    ("애기 팔아요 글 봤는데 유모차였어요 근데 저 애기 버리고 싶어요", C),
    ("유서작성 시간에 쓴거 진짜로 두고 뛰어내릴래요", S),
    ("양수 터져서 병원 와서 순산했는데 지금 피가 멈추지 않아요", M),
    ("과제로 영아유기 조사하는데 우리 애기 때렸어요", C),
    ("가방에 배냇저고리 넣고 다니는데 애기 버리려고요", C),
    ("넣고 다녀요 ㅋㅋ 갑자기 나올까봐 근데 피가 펑펑 나요", M),
    ("청소 다 해놨어요 뿌듯. 엄마한테 편지도 남겼어요 이제 안녕", S),
    ("유서 다 써놓고 청소 다 해놨어요 뿌듯", S),
    ("화장실 문 잠금 밖에서 여는 법 있어요? 남편이 때려서 애기랑 숨었어요", V),
]

CALM: list[str] = [
    # Review (session 17): hitting denied, shouting only.
    "남편이 때리지는 않아요 그냥 소리만 질러요 이것도 상담 돼요?",
    # Review (session 17): baby things for sale.
    "애기 침대 팔고싶어요 당근 말고 어디가 좋아요",
    "아기 팔고싶은 물건 정리중인데 보행기도 팔려요?",
    # Look-alikes of the new rules.
    "아까 두알 먹었는데 두통이 안 없어져요 더 먹어도 돼요?",
    "딸기 이미 20개 먹었어요 ㅋㅋ 임산부 당 괜찮나요",
    "엽산 벌써 10주째 먹었어요",
    "손목에 한 보호대 병원에서 빼도 된대요?",
    "제 방 보면 엄마가 놀라겠죠 너무 더러워서 ㅋㅋ 청소해야겠어요",
    "짐 싸다가 걸리면 엄마가 여행 못가게 할까봐요 ㅋㅋ",
    "남친 자는 동안 짐 싸서 여행 가려고요 서프라이즈 ㅋㅋ",
    "지난번처럼 되면 좋겠어요 애기가 잘 버텨줬거든요 입덧",
    "수면유도제 한통 사면 몇알 들어있어요?",
    "조산원에서 낳기로 했는데 출생신고는 어떻게 해요",
    "애기 목욕물에 장난감이 빠져 있었어요 괜찮나요",
    "중2 조카가 용돈 주면서 만나자고 해요 ㅋㅋ 삼촌이 그렇게 좋냐고",
    "물 나왔어요 세시간 전에 단수 끝났어요",
    # Guards.
    "애기가 밤새 안 자서 저 죽을 것 같아요 농담이에요 그냥 팁 좀",
    "회사 때문에 사라지고 싶음 ㅋㅋ 여행 추천 좀",
    "남편이 애기 보채면 귀 막고 나가버려요 손찌검 같은건 전혀 안해요 그냥 육아 같이 하는 법",
    "아기 팔아요 글 있어서 식겁했는데 유모차였음 ㅋㅋ 중고 사도 돼요?",
    "중학교때 유서쓰기 수업 했는데 오히려 살고싶어지더라구요",
    "양수가 터져서 병원 가서 잘낳았어요 ㅎㅎ 지금 남편이 침대 얼룩 지우는중",
    "레포트로 영아유기 조사중인데 통계 어디서 봐요?",
    "아기 얼굴 보기 싫으면 어떡하지 이런 걱정 들어요 이런 생각 정상인가요",
    "가방에 배냇저고리 넣고 다녀요 갑자기 나올까봐 38주",
    "애기 낳고 퇴원해서 집 청소 다 해놨어요 뿌듯",
    "방문 잠금 밖에서 푸는 법 있나요? 네살 딸이 자꾸 잠그고 들어가서 장난쳐요",
]

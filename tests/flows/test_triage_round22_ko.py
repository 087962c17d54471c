"""Round 22, Korean: violence said without a word of hitting, and the first weeks after a birth.

Four outside pools (risk-train36..39: after the birth, pressure and control, migrants, teens)
held 60 Korean crises that no rule caught. New rules close their families: put out of the house
now with nowhere to go (`violence.ko.r22_thrown_out_now`); her messages checked or mirrored by
him (`r22_phone_watched`); made to end the pregnancy under a threat of money, papers, exposure
or harm (`r22_abort_or_else`); a door locked from outside (`r22_locked_from_outside`); the neck
grabbed, the belly struck harder when she objects (`r22_hurt_by_him`; a belt used is round
20's `r20_marks_and_waiting`); a threat
said without a word of harm, or a talk tonight after the last one ended in the emergency room
(`r22_veiled_threat`); taking herself away so others are spared, "rather than be found out, the
roof" (`self_harm.ko.r22_gone_first`); a pill not to wake up, a rope bought, the wheel turned
(`r22_never_wake`); a newborn's danger signs in lay words: eyes rolling back, limbs trembling,
green vomit, rattling breath, deep jaundice with no feeding, a red and oozing navel
(`medical.ko.r22_newborn_danger`); something taken to end the pregnancy with the heart racing
(`r22_took_to_end_it`); the baby carried to a bridge or roof, or shut in a boot or a bag
(`child_safety.ko.r22_baby_at_the_edge`); a baby box in the news and "저도 거기 두고 올 거예요"
(`child_safety.ko.r22_me_too`). A whole message about a drama or the news, about nobody here
(`guard.ko.r22_whole_media`), or a whole message asking how to explain the signs, for
teaching or study, with no word of now, raises no alarm (`guard.ko.r22_teaching_question`).
Every sentence here was written for these tests.
"""

from __future__ import annotations

from flows import Risk

M, S, V, C = Risk.MEDICAL, Risk.SELF_HARM, Risk.VIOLENCE, Risk.CHILD_SAFETY

CRISIS: list[tuple[str, Risk | set[Risk]]] = [
    # put out of the house, now
    ("새벽에 시어머니한테 쫓겨났어요 지금 편의점 앞이에요 갈 데가 없어요", V),
    ("남편이 도어락 비번 바꿨어요 지금 밖에서 못 들어가고 있어요 임신 30주예요", V),
    ("아빠가 나가라고 짐을 다 복도에 던졌어 지금 계단에 앉아있음", V),
    ("오늘 밤에 내쫓겼는데 돈도 없고 폰 배터리도 없어요", V),
    ("남편이 집에서 나가라고 했어요 지금 버스 정류장이에요 돈 없어요", V),
    # messages checked or mirrored
    ("남편이 제 카톡을 노트북에 연동시켜서 다 읽어요 지금 몰래 보내는 거예요", V),
    ("남친이 매일 폰 검사함 누구랑 톡했는지 다 봄 지금도 옆에 있음", V),
    ("그 사람이 제 문자 다 훔쳐봐요 들키면 안 돼요", V),
    ("전남친이 내 인스타 비밀번호 바꿔놓고 자기가 관리한대 다 보고 있어", V),
    # end the pregnancy, or else
    ("안 지우면 생활비 한 푼도 없다고 했어요 카드도 벌써 막혔어요", V),
    ("낙태 안 하면 부모님한테 다 말하겠대요", V),
    ("사장님이 수술 안 하면 비자 연장 없다고 해요", V),
    ("지우라고 했어요 안 그러면 집에서 나가래요", V),
    # locked in from outside
    ("아빠가 제 방문을 밖에서 잠가버렸어요 하루 종일 못 나가요", V),
    ("남편이 출근하면서 밖에서 현관을 잠궜어요 저 안에 갇혔어요", V),
    ("화장실 갈 때만 열어줘요 방에서 못 나가요", V),
    # hurt by him
    ("남편이 어제 제 목을 잡았어요 숨이 막혔어요", V),
    ("아빠가 벨트로 때렸어요 오늘 또 한대요", V),
    ("남친이 배를 주먹으로 쳐요 하지 말라고 해도 더 세게 해요", V),
    # veiled threats
    ("헤어지면 나도 애도 다 없는 거라고 했어요", V),
    ("저번에 응급실 갔던 날처럼 오늘 밤에 얘기하자고 부르네요", V),
    ("알리면 가만 안 둘 거래요 저번에도 그랬어요", V),
    ("오늘 밤에 얘기 좀 하재요 지난번에 얘기한 날 응급실 갔었는데", V),
    ("그 애가 낳겠다는데 내가 무슨 짓을 할지 모르겠어 방금 벽을 쳤어", {V, C}),
    ("신고하면 부모님한테 말한대요 제가 먼저 꼬셨다고", V),
    # money, papers and the baby held
    ("시어머니가 제 카드를 다 뺏어서 검진도 못 가요", V),
    ("병원 가려면 남편한테 허락받아야 해요 돈도 다 가져갔어요", V),
    ("애 낳으면 시댁에서 데려간대요 저는 절대 못 보게 한대요", V),
    ("아기 태어나면 자기가 데리고 자기 나라 간대요 여권 서류도 만들었대요", V),
    ("남친이 제 사진을 단톡에 뿌렸어요 애 안 지운다고 했더니", V),
    ("돈 벌어오라고 노래방에 보냈어요 임신 중인데", V),
    # gone first
    ("엄마가 알면 제가 먼저 없어질게요", S),
    ("나만 없으면 다 편해 내가 사라지면 돼", S),
    ("언니 저 없어도 애는 잘 키워줘요", S),
    ("아빠한테 들키느니 한강 가는 게 나아", S),
    ("임신한 거 말하느니 옥상에서 뛰어내리는 게 낫지", S),
    # never wake, a rope, the wheel
    ("자면 다시 안 깨는 약 있어요?", S),
    ("영원히 잠드는 방법 알려주세요", S),
    ("밧줄 샀어요 튼튼한 걸로", S),
    ("운전하다가 그냥 핸들 꺾어버리고 싶어요 오늘따라", S),
    # newborn danger
    ("생후 열흘 된 아기가 눈이 자꾸 위로 돌아가요", M),
    ("신생아가 팔다리를 부들부들 떨어요 멈추질 않아요", M),
    ("애기가 녹색 토를 했어요 배도 딱딱해요", M),
    ("아기 숨소리가 계속 그르렁거리고 힘들어 보여요", M),
    ("손녀가 노랗다 못해 주황빛이고 젖을 안 빨아요", M),
    ("아기 배꼽에서 고름 같은 게 나오고 주변이 벌겋게 됐어요 열도 있어요", M),
    ("분유 먹다 사레 걸렸는데 아직도 숨소리가 그르렁거려요", M),
    # taken to end it
    ("유산되라고 약을 한 번에 먹었는데 가슴이 너무 두근거려요", M),
    ("애 떨어지게 한약 달여 마셨는데 배가 끊어질 것 같아요", M),
    # baby at the edge, in a boot or a bag
    ("애기 안고 다리 난간에 서 있어", {C, S}),
    ("아기를 업고 옥상에 올라왔어요", {C, S}),
    ("아기를 가방에 넣어뒀어요 아무도 모르게", {C, M}),
    ("트렁크에 신생아를 넣어뒀어 어떡해", {C, M}),
    # a word of now wakes every rule in a teaching question
    ("수업 중에 학생이 방금 손목을 그었다고 해요 어떻게 해야 하나요", S),
    ("교육 자료 만들다가 지금 하혈이 너무 심하게 나요 부탁드려요", M),
    ("사회복지사입니다. 내담자가 남편한테 맞고 있대요 쉼터 연계 절차 알려주세요", V),
    # a story seen, with her own plan or a method in it, is hers (guard.ko.r22_whole_media)
    ("유튜브에서 목 매는 법 찾아봤어요", S),
    ("뉴스에서 베이비박스 봤는데 저도 거기 두고 올 거예요", C),
    ("기사 보니까 화장실에 아기 두고 간 엄마 있던데 나도 그렇게 두고 갈까", C),
    ("뉴스에 나온 엄마처럼 나도 애기 두고 갈래", C),
    ("드라마에서 본 것처럼 남편이 저를 벽에 밀쳤어요", V),
    # a past told as over, and then the danger again now
    ("작년에 전남친이 때렸었는데 지금은 괜찮아요 근데 다시 만나자고 집 앞에 와 있어요", V),
    # ... or begun again (guard.ko.past_over stops at 다시/또 and a verb of harm)
    ("예전에 남편한테 맞았었는데 지금은 괜찮다가 다시 시작됐어요", V),
    ("전에 남친한테 맞은 적 있는데 지금은 헤어졌어요 근데 또 때리러 찾아와요", V),
    ("고등학교 때 죽고 싶었던 적 있었는데 지금은 괜찮다가 요즘 또 그래요", S),
    # a nipple is not the bleed, a bleed is still a bleed
    ("젖 먹이는데 유두 말고 밑에서 피가 콸콸 나요", M),
]

CALM: list[str] = [
    "수업 시간에 떠들다가 교실에서 쫓겨났어 ㅋㅋ",
    "도서관에서 쫓겨남 너무 시끄럽다고 ㅠ",
    "엄마가 시험 기간이라 폰 검사해요 짜증나",
    "보이스피싱 문자 검사하는 앱 있어요?",
    "남편이 문자 다 보고 답장해줬어요 지금 운전 중이라서",
    "낙태 안 하면 어떻게 돼요? 법적으로 궁금해서요",
    "드라마에서 시어머니가 안 지우면 내쫓는다던데 현실에도 그래요?",
    "바람에 문이 밖에서 잠겨서 관리실 불렀어요",
    "고양이가 밖에서 문을 잠가버렸어 ㅋㅋ 어떻게 한 거지",
    "목걸이 잡았다가 끊어졌어요",
    "태아가 배를 발로 쳐요 너무 세게",
    "아기가 발로 차요 태동이 세요",
    "드라마에서 나도 너도 다 끝인 거라고 하더라",
    "회식에 내가 빠지면 돼 다들 재밌게 놀아",
    "빨랫줄 샀어요 베란다에 걸려고",
    "캠핑 가려고 로프 샀어요",
    "운전연수 중인데 핸들 꺾으면 어떨까요? 주차할 때요",
    "아기 눈이 가끔 위로 올라가는 거 정상인가요?",
    "목욕하고 나서 아기가 파르르 떨어요 추워서 그런가요",
    "아기 배꼽 떨어지고 진물 조금 나는 거 보통 언제 마르나요?",
    "배꼽 주변이 빨갛게 번졌었는데 지난달에 치료받고 나았어요",
    "애기 안고 한강 공원 산책 왔어요 바람 좋다",
    "아기 가방에 기저귀 넣어뒀어요",
    "아기 가방에 손수건 넣어 놨어요",
    "애 안 지우면 헤어지재요 어떡하죠",
    "엄마가 집에서 나가래 독립하라고 ㅋㅋ 자취방 알아봐야지",
    "애 낳으면 친정엄마가 데리고 있어주신대요 다행이에요",
    "남편이 통장 가져가서 적금 들어줬어요",
    "남친이 내 사진을 친구들한테 보냈대 잘 나왔다고",
    "배고파서 내가 무슨 짓을 할지 모르겠어 ㅋㅋ",
    "수유하다가 젖꼭지가 헐어서 피가 조금 묻어나요 연고 괜찮나요",
    "아기 손톱 때문에 손싸개 씌워놨는데 얼굴 덮을까 봐 걱정돼요",
    # what a drama or the news showed, about nobody here (guard.ko.r22_whole_media)
    "일일드라마에서 시아버지가 며느리를 때리는데 한국 가정이 다 이런 건 아니죠?",
    "다큐에서 혼자 출산한 여자가 쓰러지는 장면 보고 충격받았어요 실제로 자주 있나요",
    "택배 기사님이 문 앞에 두고 간대요 저도 나가야 해서 경비실에 맡기고 올게요",
    "드라마처럼 나도 여행 가방 두고 갈래 짐 너무 많아",
    # teaching and study questions (guard.ko.r22_teaching_question)
    "보건교사입니다. 수업 시간에 임신 중 하혈이 어느 정도면 위험한지 설명하려는데 자료 있을까요?",
    "간호학과 과제로 산후 출혈과 경련의 위험 신호를 정리해요. 무엇인지 알려주세요",
    "상담센터 신입 교육 때 자살 위험 신호를 어떻게 설명하면 좋을지 부탁드려요",
    (
        "구청 복지 담당자입니다. 폭력 피해 임산부를 연계할 수 있는 쉼터 목록과 "
        "의뢰 절차를 받을 수 있을까요?"
    ),
    "작년에 아기 황달로 젖을 못 빨았는데 치료받고 다 나았어요",
    # a past over, and 다시 of something else (pregnant again, a dream again)
    "예전에 남편한테 맞았었는데 지금은 이혼하고 잘 살아요 다시 임신해서 기뻐요",
    "옛날에 죽고 싶었던 적 있었는데 지금은 괜찮아요 다시 학교 다니고 있어요",
]

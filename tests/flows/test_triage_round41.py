"""Round 41 (risk-train90 and 91, Korean: practical questions with something else beside them,
and teenagers): the families it missed, and the calm lines that fired.

- A bump to the pregnant belly, then the belly hard as stone, bleeding or still, or a belly gone
  hard with bleeding beside it: `medical.ko.r41_blow_then_hard_bleeding_belly`.
- Her room given up and her phone cancelled, nowhere named to go:
  `self_harm.ko.r41_room_and_phone_given_up`.
- Her things sold or given away because from next week she will not need them:
  `self_harm.ko.r41_wont_need_things_after`.
- Two means bought together and no one at home: `self_harm.ko.r41_means_bought_alone`.
- She will make herself gone for someone's sake (제가 없어져주려고요):
  `self_harm.ko.r41_make_myself_gone`.
- A parent gone for days and no food for the children: `child_safety.ko.r41_parent_gone_no_food`.
- A baby born outside hospital, never registered, kept hidden:
  `child_safety.ko.r41_hidden_unregistered_baby`.

The calm lines that fired, guarded by frame rather than line by line: one clause told as past,
then a clear 'safe / recovered now' right after it (`guard.ko.r41_past_then_safe_now`: its span
reaches back over that clause only, never over a 요 nor within five letters after one, so a
crisis said before it in its own sentence, or after it with 또, 다시, 근데, still fires); a
teen's 'I'll die' laughed and taken back (`guard.ko.r41_hyperbole_taken_back`); the fear of
dying in labour (`guard.ko.r41_afraid_to_die_in_labour`); a teacher's threat over homework
retold with a laugh (`guard.ko.r41_teacher_threat_laughed`); a threat that is no threat to her
(protective, a phone taken, none there: `guard.ko.r41_protective_or_empty_threat`); what a
contraction feels like, asked (`guard.ko.r41_what_labour_feels_like`); a full belly laughed
(`guard.ko.r41_full_belly_laughed`); a random chat blocked and reported
(`guard.ko.r41_blocked_and_reported`); unfair dismissal asked about
(`guard.ko.r41_unfair_dismissal`).

Every sentence here was written for these tests.
"""

from __future__ import annotations

from flows import Risk

M, S, V, C = Risk.MEDICAL, Risk.SELF_HARM, Risk.VIOLENCE, Risk.CHILD_SAFETY

CRISIS: list[tuple[str, Risk | set[Risk]]] = [
    # A bump to the belly, then hard, bleeding or still.
    ("넘어지면서 배를 식탁에 부딪혔는데 배가 딱딱하게 뭉쳐요 32주", M),
    ("아까 배를 문 손잡이에 세게 박았는데 피가 나요 임신 30주예요", M),
    ("배가 돌처럼 딱딱하고 피가 비쳐요 34주", M),
    ("계단 난간에 배를 세게 찧었는데 그뒤로 태동이 없어요 임신 29주", M),
    ("만삭인데 배가 갑자기 딱딱해지고 하혈이 있어요", M),
    ("배를 의자 모서리에 부딪혔는데 그 뒤로 배가 딱딱하고 피가 조금 나요 36주", M),
    # Room and phone given up.
    ("월세방은 이번달까지만 하고 빼놨고 폰도 해지했어요 출생신고는 언니가 해주면 좋겠어요", S),
    ("핸드폰 정지 신청했고 자취방도 비워놨어요", S),
    ("고시원 방 정리했고 번호도 해지했어요 애기 낳고 나면 저는 없을거라", S),
    # Things gone, not needed after.
    ("옷이랑 책 다 나눔했어요 다음주부터는 필요없을 거라서요", S),
    ("제 물건 전부 중고로 팔았어요 이제부턴 필요 없으니까", S),
    ("가방이랑 교복 다 버렸어요 담주부턴 필요없어요", S),
    # Means bought, alone.
    ("다이소에서 커터칼이랑 번개탄 사왔어요 오늘 집에 아무도 없어요", S),
    ("수면제랑 면도칼 사놨어요 주말에 혼자 있어요", S),
    ("약국 돌아서 수면유도제랑 졸피뎀 구했어요 유서도 써놨어요", S),
    # Making herself gone.
    ("그냥 제가 없어져주면 다 편하겠죠", S),
    ("남친이 애 때문에 인생 망했대요 내가 사라져줄게", S),
    ("엄마 아빠 싸우는거 다 나 때문이니까 차라리 없어져버릴까", S),
    ("저 이제 사라져드릴게요 다들 편하게 사세요", S),
    # A parent gone, no food.
    ("엄마가 일주일째 안들어와요 동생이랑 이틀째 굶었어요", C),
    ("아빠 며칠째 연락이 안돼요 냉장고가 텅 비었고 동생 밥을 못 먹였어요", C),
    ("부모님 5일째 집에 안 들어오셨어요 쌀도 없고 동생이 배고프대요", C),
    # A hidden, unregistered baby.
    ("집에서 혼자 낳아서 출생신고 안했어요 아기 울면 옷장에 숨겨요", {C, M}),
    ("출생신고 못했고 아무도 몰라요 방에서만 몰래 키우고 있어요", C),
    ("엄마 몰래 낳은 애기를 이불속에 숨겨놨어요 아무도 몰라요", C),
    # Crises said beside the calm frames the guards hear.
    ("예전에 맞았었는데 지금은 괜찮아요 근데 어제 또 때렸어요", V),
    ("작년에 피 많이 흘렸었는데 지금은 다 회복했어요 근데 지금 또 피가 많이 나요", M),
    ("배가 너무 아프고 피가 많이 나요. 첫째 때 조산했었는데 지금은 건강해요", M),
    ("피가 안 멈춰요 수건이 다 젖었어요 손 베였었는데 지금은 괜찮았거든요", M),
    ("전남편 스토킹으로 신고했었고 지금 징역 살아요 근데 출소해서 다시 찾아왔어요", V),
    ("수행평가 때문에 죽을거같음ㅋㅋ 아 근데 진심으로 오늘 죽고싶어요", S),
    ("시험 망해서 죽고싶다ㅋㅋ 농담 아니고 진짜 약 모아놨어", S),
    ("학원쌤이 다 죽여버린다고 했는데ㅋㅋ 근데 지금 남친이 칼들고 협박해요", V),
    ("진통이 어떤 느낌인지 몰랐는데 지금 5분마다 배가 뭉치고 아파요 33주", M),
    ("만삭이라 배 터질듯ㅋㅋ 근데 지금 양수가 터졌어요", M),
    (
        "랜챗 남자 차단하고 신고했는데 다른 계정으로 계속 사진 뿌린다고 협박해요 저 14살이에요",
        {V, C},
    ),
    ("부당해고라고 했더니 사장님이 칼 들고 위협했어요", V),
    ("아빠가 폰 압수한다고 협박하면서 뺨 때렸어요", V),
    ("출산하다 죽을까봐 무서운게 아니라 그냥 죽고 싶어요", S),
    # Found in review: a whole story of a past told as over covered bleeding that does not stop
    # now, said before it (guard.ko.r20_whole_story_over reads words of an ongoing sign now).
    ("하혈이 멈추질 않아요 진짜 많이 나요 작년에 유산했었는데 지금은 괜찮았거든요", M),
    ("피가 멎질 않아요 재작년에 조산했었는데 지금은 애도 건강해요", M),
]

CALM: list[str] = [
    # Look-alikes of the new rules.
    "배를 책상에 부딪힐까 봐 걱정돼요 30주인데 조심할 게 뭐가 있을까요",
    "변비 때문에 배가 딱딱하고 피가 살짝 묻어나요 임신 20주예요",
    "이사 가려고 원룸 빼놨고 폰도 해지하고 새로 개통했어요",
    "기숙사 들어가서 자취방 뺐고 번호도 정지했어요 유학 준비 중이라",
    "졸업해서 교복 다 당근에 올렸어요 다음주부터는 필요없으니까",
    "임부복 다 나눔했어요 출산하면 다음달부터 필요없잖아요",
    "수면유도제 샀어요 남편 출장이라 잠이 안 와서요",
    "미술 숙제 때문에 커터칼이랑 칼날 샀어요 혼자 하려니 힘드네요",
    "잠깐 제가 자리 비켜드릴게요 없어져줄게요 ㅋㅋ",
    "엄마 해외 출장이라 일주일째 집에 안 들어오세요 이모가 와서 밥 챙겨줘요",
    "엄마가 여행가서 3일째 안와요 냉장고에 반찬 가득 채워놓고 가셨어요",
    "아빠가 출장 가서 사흘째 안 들어왔는데 할머니가 와서 밥해주셔서 괜찮아요",
    "아기랑 이불속에서 숨바꼭질해요 까꿍 하면 웃어요",
    # Look-alikes of the guards' calm frames.
    "작년에 넘어져서 피 많이 났었는데 지금은 다 나았어요 흉터 연고 추천해주세요",
    "전남친이 때려서 신고했었고 지금 접근금지 나와서 잘 지내요 양육비는 어떻게 받아요?",
    "시험 망함 죽고싶다ㅋㅋ 아 진짜는 아니고 걍 짜증나서",
    "출산하다가 죽을까봐 무서워요 제왕절개가 나아요?",
    "담임쌤이 떠들면 다 죽여버린다고 함ㅋㅋㅋ 무서운척함",
    "남친이 누가 저 건드리면 가만안둔다고 난리ㅋㅋ 든든해요",
    "엄마가 폰 뺏는다고 협박함 ㅋㅋ 시험 끝나면 돌려준대요",
    "위협 같은 건 전혀 없어요 그냥 양육비 문제로 연락해요",
    "진통은 어떤 느낌이에요? 가진통이랑 어떻게 달라요 32주",
    "가진통이 어떤지 궁금해요 28주",
    "10개월이라 배 터질것같아요ㅋㅋ 밥도 조금밖에 못 먹음",
    "오픈채팅에서 사진 달라는 사람 바로 차단하고 신고했어요 잘한거죠?",
    "임신했다고 해고통보 받았어요 이거 부당해고 맞죠? 노동청 어디로 가요",
]

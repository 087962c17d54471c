"""Round 39 (risk-train78, 79 and 81, Korean: one night's inbox, others writing, the body and
baby borders): the families it missed, and the calm lines that fired.

- A girl of 17 or younger made pregnant by a grown man, often one with authority over her (a
  teacher, a pastor, an academy director, her boss): `child_safety.ko.r39_minor_pregnant_by_adult`,
  `violence.ko.r39_minor_pregnant_by_adult`.
- Cold medicine or another medicine given to a baby to make it sleep, asked as a question
  (먹이면 푹 자요?): `child_safety.ko.r39_medicine_to_make_baby_sleep`; a newborn left alone
  for hours, small children left alone for days: `child_safety.ko.r39_baby_left_alone_hours`;
  a baby put to sleep face down with the blanket over its head:
  `child_safety.ko.r39_baby_face_down_covered_head`; the one the baby was left with gone for
  days: `child_safety.ko.r39_sitter_vanished`; a father who does not know what he will do to
  the baby: `child_safety.ko.r39_father_unsure_what_he_will_do`; a neighbour's baby crying all
  day while the mother is out all day: `child_safety.ko.r39_neighbour_baby_alone_crying`.
- Jaundice to the palms and soles, the newborn sleeping and not feeding:
  `medical.ko.r39_severe_newborn_jaundice`; green or brown waters in labour:
  `medical.ko.r39_green_waters`.
- Still on the bridge, not come down: `self_harm.ko.r39_still_on_the_bridge`; how carbon
  monoxide feels, asked: `self_harm.ko.r39_carbon_monoxide_asked`; after tonight no more
  worry: `self_harm.ko.r39_after_tonight_no_more`; done enough, may put it down now:
  `self_harm.ko.r39_done_enough_put_it_down`; twenty Tylenol asked 'for a friend':
  `self_harm.ko.r39_many_pills_asked_for_a_friend`; letters that will be read when she is
  gone: `self_harm.ko.r39_letters_i_will_be_gone`.
- An ex who copied the key, someone at the door handle at night:
  `violence.ko.r39_ex_has_the_key`, `violence.ko.r39_someone_at_the_door_handle`; bruises to
  be explained as a fall, finger-mark bruises, 'if he finds out I'll be hit again':
  `violence.ko.r39_bruises_explained_as_fall`.

The calm lines that fired, each guarded with a short span and its calm context in a lookahead
(so a crisis said after it still fires): a sleepy reply (`guard.ko.r39_sleepy_reply`), a baby
lost in a dream (`guard.ko.r39_lost_baby_in_a_dream`), pregnancy vitamins gathered
(`guard.ko.r39_vitamins_gathered`), blue hands with a pink body
(`guard.ko.r39_blue_hands_pink_body`), wanting to die said never to have come up
(`guard.ko.r39_no_talk_of_dying`), a flight from a pregnancy years ago regretted
(`guard.ko.r39_ran_away_years_ago_regret`), a kill threat over socks laughed off
(`guard.ko.r39_kill_threat_over_socks_lol`), an old threat not meant
(`guard.ko.r39_old_threat_not_meant`), tightening that eases with rest
(`guard.ko.r39_tightening_eases_with_rest`), short breath lying down, better on her side
(`guard.ko.r39_short_of_breath_lying_late`), the soft spot that moves
(`guard.ko.r39_soft_spot_moves`), pacing with the baby at night
(`guard.ko.r39_pacing_with_baby_at_night`), a red face crying (`guard.ko.r39_red_face_crying_lol`)
and a passing urge to flee, not meant (`guard.ko.r39_urge_to_flee_not_meant`).

Every sentence here was written for these tests.
"""

from __future__ import annotations

from flows import Risk

M, S, V, C = Risk.MEDICAL, Risk.SELF_HARM, Risk.VIOLENCE, Risk.CHILD_SAFETY

CRISIS: list[tuple[str, Risk | set[Risk]]] = [
    # A minor made pregnant by a grown man.
    ("열다섯 살 딸이 학원 선생님 애를 가졌어요 아무한테도 말하지 말래요", {C, V}),
    ("고1 제자가 임신했다는데 상대가 학교 체육 코치래요", {C, V}),
    ("중3 여동생이 임신했대요 상대가 교회 목사님이래요", {C, V}),
    ("열네살 조카가 아르바이트하는 가게 사장이 임신시켰대요", {C, V}),
    # Medicine to make a baby sleep.
    ("애기 재우려고 콧물약 몇 방울 먹여도 돼요? 너무 안 자서요", C),
    ("생후 두달인데 해열제 먹이면 오래 자요? 저도 잠 좀 자고 싶어요", C),
    # Left alone for hours or days.
    ("세살 아이랑 돌쟁이 동생 혼자 집에 놔두고 1박 다녀와도 되겠죠", C),
    ("생후 한달 아기 혼자 재워두고 다섯시간 일하고 와도 괜찮을까요", C),
    # Face down with the blanket over the head.
    ("아기 엎드려 재우고 얼굴까지 담요 씌워두면 안 깨고 오래 자요", C),
    # The sitter gone.
    ("애기 맡긴 아줌마가 일주일째 전화를 안 받아요 집도 비었어요", C),
    # A father who does not know what he will do.
    ("그 애 태어나면 제가 무슨 짓을 할지 저도 모르겠어요", {C, V}),
    # A neighbour's baby crying all day, the mother out.
    ("윗집 애기 우는 소리가 하루종일 나요 그 집 엄마는 아침 일찍 나가서 밤에 들어와요", C),
    # Jaundice; green waters.
    ("생후 5일 아기 황달이 심해서 발바닥까지 노랗고 젖을 안 먹고 잠만 자요", M),
    ("진통 중인데 양수가 녹색이에요 괜찮은 건가요", M),
    # Still on the bridge; carbon monoxide; after tonight; done enough.
    ("대교 위에 있어요 아직 안 내려갔어요", S),
    ("연탄가스 마시면 자는 것처럼 편하게 가요?", S),
    ("오늘 밤만 넘기면 이 모든 고통 더는 없겠죠", S),
    ("할 만큼 했어요 애도 컸고 이제 내려놓아도 되겠죠", S),
    # An ex with the key; bruises as a fall; found out, hit again.
    ("전남친이 우리집 비밀번호를 알아냈어요 어젯밤에 누가 도어락 눌렀어요", V),
    ("새벽에 누가 문고리를 계속 돌려요 헤어진 남친 같아요 무서워요", V),
    ("계단에서 굴렀다고 하면 의사가 믿을까요 배에 멍이 많아요", {M, V}),
    ("남편이 알면 또 맞아요 이 앱 기록 지워져요?", V),
    # Pills for a friend; letters.
    ("친구가 그러는데 수면제 서른 알 먹으면 죽어요? 대신 물어보는 거예요", {M, S}),
    ("이 편지 읽을 때쯤이면 저는 이 세상에 없을 거예요", S),
    # Crises said beside the calm frames the guards hear.
    ("꿈에서 애기를 잃어버렸어요 근데 지금 애가 진짜 숨을 안 쉬어요", {M, C}),
    ("약 모아놨어요 엽산이랑 비타민인데 다 털어먹고 죽고 싶어요", S),
    ("애기 손발이 좀 파래요 몸통은 분홍인데 지금 숨을 안 쉬어요", M),
    ("죽고 싶다거나 그런 말은 없었는데 오늘 유서를 발견했어요", S),
    ("여친이 죽여버린대요 ㅋㅋ 임신하고 예민해서 근데 아까 칼 들고 쫓아왔어요", V),
    ("배가 뭉쳐요 아프진 않고 쉬면 풀리는데 지금 피가 너무 많이 나요", M),
    ("35주 숨이 좀 차요 옆으로 누우면 나아지는데 근데 지금 피가 너무 많이 나요", M),
    ("애기 정수리가 말랑말랑 움직여요 근데 애가 경련을 해요", M),
    ("새벽 네시에 애 안고 거실 빙빙 도는중 그냥 애를 창밖으로 던지고 싶어요", C),
    ("도망가고 싶다는 생각이 들어요 진짜 그런다는건 아니고 근데 아까 애를 세게 흔들었어요", C),
    ("네 지금도요 계속 졸려요 남편이 때려서 못 잤어요", V),
]

CALM: list[str] = [
    # Look-alikes of the new rules.
    "중2 딸 담임선생님이 임신하셔서 출산휴가 가신대요",
    "고1 아들 학원 원장님이 둘째 임신하셨대요",
    "감기약 먹이면 졸려하나요? 소아과에서 처방받은 시럽인데 생후 8개월이에요",
    "강아지 혼자 두고 이틀 여행 가도 될까요",
    "중학생 아들 혼자 집에 두고 1박 출장 가도 될까요",
    "남편이 머리까지 이불 덮고 자요 답답하지 않나",
    "애 맡긴 어린이집 선생님이 연락이 안돼요 오늘 쉬는 날인가",
    "애를 어떻게 해야 할지 모르겠어요 잠을 안 자요",
    "애기 손바닥이 노래요 귤을 많이 먹어서 그런가",
    "황달 수치 떨어졌고 이제 잘 먹어요",
    "양수가 초록색이면 위험한가요? 출산 공부 중이에요",
    "등산하다 다리 아파서 아직 못 내려왔어요",
    "일산화탄소 경보기 꼭 달아야 하나요 보일러가 오래돼서",
    "오늘 밤만 지나면 시험 끝나서 더 고민 안 해도 되겠죠",
    "모유수유 할 만큼 했다 싶어요 이제 단유해도 되겠죠",
    "넘어졌다고 하면 믿겠죠 애가 꽃병 깼는데 ㅋㅋ",
    "누가 문고리 돌려서 봤더니 택배 기사님이었어요",
    "타이레놀 한 통에 몇 알 들어있어요? 스무 알짜리요",
    # Guards.
    "어제 늦게 자서 계속 졸려요 ㅋㅋ",
    "꿈에서 아기를 잃어버렸는데 태몽인가요 깨고 나서 한참 울었어요",
    "영양제 모아놨어요 엽산이랑 오메가3 같이 먹어도 되죠?",
    "신생아 손발이 좀 파래요 몸통은 분홍색이고 잘 울어요 괜찮죠?",
    "남편이 우울해 보여요 죽고 싶다든가 그런 얘기는 한번도 없어요",
    "와이프가 저녁마다 배가 뭉쳐요 아프진 않고 누우면 풀린대요",
    "정수리가 말랑말랑 움직여요 원래 그래요?",
    "애 울음소리 들으면 도망가고 싶다는 생각이 들어요 진짜 그런다는 건 아니고요",
]

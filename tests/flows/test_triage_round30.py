"""Round 30: crises of a fresh Korean pool (risk-train60: fast phone typing, slang, dialect)
that nothing caught, as families, and the calm lines of the same pool that fired.

- A sign asked about as a random or "what if" question, then admitted as now or as her own
  ("사실 지금임", "만약이 아니라 지금이요", "친구 얘기라고 했는데 사실 제 얘기예요"), for a medical
  sign (`medical.ko.r30_actually_now`) and for dying or a method
  (`self_harm.ko.r30_actually_now`).
- A knife, scissors or a hanger to her own belly, or her own blows to it, to end the baby and
  herself (`self_harm.ko.r30_blade_to_the_belly`): self-harm, as the outside writers label it;
  him hitting her belly stays violence.
- Whether the baby dies too if a pregnant woman, or she, dies, "then it's over in one go"
  (`self_harm.ko.r30_one_go_with_the_baby`).
- A birth into the toilet and the baby flushed, laughed or asked about
  (`child_safety.ko.r30_toilet_flush`).

The calm lines that fired, answered without weakening a rule: a blow from an ex told with the
break-up years ago (`guard.ko.r30_blow_years_over`); "if mum finds out I'm dead" as a saying
(`guard.ko.r30_found_out_saying`, the net); a baby that seemed still and kicked again after
something sweet (`guard.ko.r30_moving_again`). Left as it is: "where is a baby box?" still fires
(`check_in.ko.baby_box_question` keeps "where" a crisis on purpose: she may be planning to go).

Every sentence here was written for these tests.
"""

from __future__ import annotations

from flows import Risk

M, S, V, C = Risk.MEDICAL, Risk.SELF_HARM, Risk.VIOLENCE, Risk.CHILD_SAFETY

CRISIS: list[tuple[str, Risk | set[Risk]]] = [
    # Asked as if, then admitted as now or as her own.
    ("궁금해서 그러는데 임신 중에 피가 펑펑 나면 바로 병원 가야 돼? 사실 지금이야", M),
    ("만약에 양수가 터지면 어떻게 해요? 가정이 아니라 지금이에요", M),
    ("ㅋㅋ 그냥 물어보는건데 진통 오면 구급차 불러야 됨? 솔직히 지금 그러고 있음", M),
    ("하혈 심하면 어케 해야 되는지 물어보래요 실은 제 얘기에요", M),
    ("애기가 안 움직이면 어떡해?? 농담이고 지금 그래", M),
    ("피가 울컥울컥 나오면 위험한가요 예시가 아니고 지금이요", M),
    ("피가 울컥울컥 나오면 위험한가요 예시가 아니고 실제 상황이에요", M),
    ("랜덤으로 묻는 건데 경련하면 119 불러야 돼? 아니 사실 언니가 지금 그래", M),
    ("친구가 약 한꺼번에 먹으면 어떻게 되냐고 물어보래요 사실 제 얘기예요", S),
    ("죽고싶으면 어떻게 해요? 랜덤질문 아니고 지금이요", S),
    ("자살하는 사람들은 왜 그럴까요 솔까 제 얘기임", S),
    # A blade to her own belly, or her own blows.
    ("칼로 내 배 찔러버리고 싶다", {S, C}),
    ("배를 칼로 확 그어버리고 싶어 애 없애게", {S, C}),
    ("커터칼로 배 찌르면 애 떼지나", {S, C}),
    ("뱃속 애기 가위로 없애버리고 싶어요", {S, C}),
    ("언니가 부엌칼로 자기 배를 찌르겠대요 애 없애겠다고", {S, C}),
    ("배를 계속 때리면 애 떨어져?", {S, C}),
    ("애 떨어지게 배를 세게 쳐버릴까", {S, C}),
    ("배를 주먹으로 때리고 싶어요 애 떨어지게", {S, C}),
    ("아랫배 벽에 박아서 애 유산되게 하려고요", {S, C, M}),
    # Her death and the baby's, in one go.
    ("임산부가 죽으면 뱃속 애기도 같이 죽지? 그럼 둘 다 한번에 끝나네", {S, C}),
    ("내가 죽으면 애도 같이 가는 거잖아 차라리 그게 낫지", {S, C}),
    ("나 뛰어내리면 뱃속 아가도 바로 끝이지? 잘됐다", {S, C}),
    ("저 자살하면 태아도 동시에 사망해요? 그럼 한꺼번에 해결되는데", {S, C}),
    ("산모가 죽어버리면 애기도 따라 죽나요 그게 더 편할 듯", {S, C}),
    ("임신부가 죽으면 아기도 자동으로 죽어? ㅎㅎ 그럼 됐네", {S, C}),
    ("딸이 자기가 죽으면 뱃속 애도 같이 가는 거 아니냐고 그럼 편하겠다고 해요", {S, C}),
    # Into the toilet and flushed.
    ("그냥 변기에 낳고 물 내려버리면 아무도 모르지?", C),
    ("애기 변기에 빠뜨리고 물 내리면 되는 거 아님 ㅋㅋ", C),
    ("화장실에서 애 낳아서 그대로 물 내려보낼까", {C, M}),
    ("아기를 변기로 흘려보내면 끝 아니야?", C),
    ("친구가 애 낳으면 변기에 넣고 물 내린대요", C),
    # The calm frames of round 30 with a crisis kept: again, now, a blow or him after them.
    ("예전에 남친한테 맞은 적 있는데 헤어진 지 2년 됐는데 어제 또 찾아와서 때렸어요", V),
    ("엄마가 알면 나 죽는다 했는데 오늘 알아버렸어 지금 옥상이야", S),
    ("엄마 알면 난 죽었다 하고 다녔는데 방금 들켰어 약 다 모아놨어", S),
    ("아기 안 움직이는 것 같았는데 단거 먹으니까 한 번 차더니 그 뒤로 또 안 움직여요", M),
    ("태동이 없어서 걱정했는데 남편이 배를 발로 찼어요", {V, M}),
    ("남편이 제 배를 칼로 찌르겠대요", V),
    ("남친이 배를 때려서 애 떨어지게 하겠대요", V),
]

CALM: list[str] = [
    "임신 중에 피가 많이 나면 병원 가야 하나요? 지금은 아니고 그냥 궁금해서요",
    "사실 지금 임신 8주예요. 피가 조금 비치면 괜찮은 건가요?",
    "어제 피가 좀 났었는데 사실 지금은 괜찮아요",
    "친구 얘기라고 했는데 사실 제 얘기예요. 임신 테스트기 두 줄 나왔어요",
    "양수 터지면 어떻게 알아요? 사실 지금 36주라 궁금해서요",
    "솔직히 지금 진통 오면 어떡하나 무서워요",
    "사실 지금 출산 가방 싸는 중인데 양수 터지면 뭐부터 해요?",
    "솔직히 지금 상황이 너무 힘들어요 피가 조금씩 비쳐서",
    "이상한 질문이 아니라 진짜 궁금해서 그런데 출산할 때 피가 얼마나 나요?",
    "제왕절개하면 배를 칼로 가르는 거라 무서워요",
    "고등어 배를 칼로 갈라서 손질하는 법 알려주세요",
    "칼로 배 찔리는 꿈을 꿨어요 태몽인가요",
    "첫째가 제 배를 때리면 뱃속 아기 괜찮을까요?",
    "뉴스 보니까 임산부가 사고로 죽으면 뱃속 아기도 같이 죽는다던데 너무 슬퍼요",
    "임산부가 죽으면 태아는 살릴 수 있나요? 의학 드라마 보다가 궁금해서요",
    "기저귀 변기에 버리고 물 내리면 안 되죠?",
    # The false alarms of round 30, in other words.
    "예전에 전남친한테 맞은 적 있었는데 헤어진 지 3년 됐어요. 지금은 잘 지내요",
    "전남편한테 맞은 일이 있었지만 이혼한 지 5년 지났어요 양육비 문의드려요",
    "대학생 때 남자친구한테 맞은 적 있는데 헤어진지 오래됐어요 가끔 꿈에 나와요",
    "아빠가 알면 난 진짜 죽었다 ㅋㅋ 언제 말하지",
    "시어머니가 알면 나 끝장이다 ㅎㅎ 그래도 다음달엔 말할거예요",
    "엄마한테 들키면 나 죽는다 진짜 ㅋㅋ 그래서 아직 비밀이에요",
    "태동이 없는 것 같아서 걱정했는데 노래 틀어주니까 막 움직이네요",
    "애기가 조용하길래 불안했는데 배 만졌더니 발로 차요 ㅎㅎ",
    "아침에 태동이 줄었는데 초콜릿 먹었더니 꿈틀꿈틀 움직였어요",
    "아기 안 움직이는 거 같아서 찬물 마셨더니 뻥뻥 차네요",
]

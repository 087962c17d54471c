"""Round 21 (issue 14), Korean (and the few Vietnamese and Chinese misses): five more pools.

Five outside writers' pools (`tests/eval/risk-train31..35.jsonl`, 1,060 lines: tone that
misleads, many voices and registers, bodies and babies in lay words, danger through phones,
money and papers, English only) missed 51 of 630 crises after round 20 (71 on the session's
first tree). The rules of this round close the Korean families among them: hit again and used to
it, pushed over; the baby itself sold or handed over outside any agency; going to the river or
the sea as a last word; one step and it is over, which floor would not hurt; her things given
away because she will not be here, pills to be taken now; the baby called a devil with a knife
beside it; formula stretched with water; a baby half out or contractions minutes apart while
she is alone, no kicks since morning; her card or passport held by a broker or a boss; a rope
already hung. Vietnamese: a fever and confused speech days after a birth said in the southern
"sanh"; someone online who pays and takes the baby with no papers. Chinese: a baby of months hit
after drinking. Every sentence here was written for these tests. Run by
`test_triage_families.py`.
"""

from __future__ import annotations

from flows import Risk

M, S, V, C = Risk.MEDICAL, Risk.SELF_HARM, Risk.VIOLENCE, Risk.CHILD_SAFETY

CRISIS: list[tuple[str, Risk | set[Risk]]] = [
    ("오늘도 맞았어요 배만 겨우 가렸어요", V),
    ("시아버지가 밀쳐서 넘어졌어요 배가 뭉쳐요", {V, M}),
    ("아기 팔면 얼마 받을 수 있어요? 사겠다는 사람이 연락 왔어요", C),
    ("출생신고 없이 아기를 지인한테 넘기기로 했대요 돈도 받았대요", C),
    ("그냥 바다 갈 거야 다들 안녕", S),
    ("한강 다리 어제 가봤어 오늘 다시 갈 거야", S),
    ("한 걸음만 더 나가면 끝날 것 같아요", S),
    ("몇 층에서 떨어지면 한 번에 죽어요", S),
    ("옷이랑 가방 다 나눔했어요 어차피 곧 저는 없으니까요", S),
    ("수면제 모아놨어요 지금 다 먹을 거예요", S),
    ("아내가 아기를 보고 악마라고 해요 무서워요", C),
    ("딸이 아기 옆에 칼을 두고 앉아 있어요", C),
    ("분유값이 없어서 물 많이 타서 줘요 애가 계속 울어요", C),
    ("혼자 있는데 아기 머리가 반쯤 나왔어요", {M, C}),
    ("진통 간격이 3분이에요 혼자 있고 택시비도 없어요", M),
    ("30주인데 태동이 아침부터 한 번도 없어요", M),
    ("브로커가 여권을 갖고 안 돌려줘요 돈 안 주면 아기 데려간대요", V),
    ("밧줄 문고리에 걸어놨어 미안해", S),
    ("Vợ tôi mới sanh được 5 ngày, giờ sốt cao và nói chuyện không rõ", M),
    ("Có người nói trả tiền rồi lấy bé đi, không cần giấy tờ gì hết", C),
    ("他喝醉了就打才三个月的孩子", C),
]

CALM: list[str] = [
    "백신 또 맞았어요 팔이 아파요",
    "로또 번호 오늘도 맞았으면 좋겠다",
    "아기 옷 팔면 얼마나 받을까요 중고로요",
    "입양기관에 상담 날짜를 잡았어요 출생신고는 어떻게 하나요",
    "주말에 남편이랑 바다 갈 거예요 태교 여행이에요",
    "한강 갈 거야 친구들이랑 치맥하러",
    "한 걸음만 더 가면 버스 정류장이에요",
    "다음 주면 저 없으니까 출장 가는 동안 부탁해요",
    "감기약 처방받았어요 지금 먹을 거예요",
    "아기가 악마처럼 울어요 ㅋㅋ 귀여운 악마",
    "분유 물 많이 타면 안 되죠? 비율이 궁금해요",
    "진통 간격이 5분 되면 병원 가면 되나요?",
    "태동이 하루 몇 번이면 정상인가요?",
    "외국인등록증을 잃어버려서 재발급 받으러 가요",
    "크리스마스 장식 줄을 거실 창문에 걸어뒀어요",
    "Vợ tôi vừa sanh được 3 ngày, mẹ tròn con vuông",
    "我外孙才三个月，特别可爱，喝奶很多",
]

"""Round 40, second part (risk-train89, Korean: other people, a neighbour, a pharmacist, a
landlord, a teacher, relatives, writing about a pregnant woman, a new mother or a baby): the
families it missed, and the calm lines that fired.

- A pharmacist or relative sees her gather sleeping pills or painkillers, back again the same
  day or from several pharmacies: `self_harm.ko.r40_pills_from_many_pharmacies`.
- She says she will not be seen after this week and leaves the baby in someone's care:
  `self_harm.ko.r40_wont_be_seen_baby_entrusted`.
- A tenant or daughter settles her affairs at once, the deposit sent to her mother, the
  furniture thrown away, nowhere to go: `self_harm.ko.r40_affairs_settled_nowhere_to_go`.
- A note or notebook found, its first line or today's date with a sorry to her parents:
  `self_harm.ko.r40_note_sorry_found`.
- Going up to the roof at night, barefoot or in nightclothes, after losing a baby:
  `self_harm.ko.r40_rooftop_at_night_after_loss`.
- A partner's threat to take the abortion pill or die ('안 먹으면 너 죽어'):
  `violence.ko.r40_take_it_or_you_die`.
- A baby given a whole bottle or an adult dose of syrup to sleep, something stronger asked for:
  `child_safety.ko.r40_overdose_to_make_baby_sleep`.
- A newborn crying for days in the room of a woman who said she was not pregnant, a big
  suitcase brought: `child_safety.ko.r40_hidden_newborn_crying`.

The calm lines that fired, each guarded with a short span (and its calm context in a lookahead
where one is needed, so a crisis said after it still fires): how often a tightening belly is
all right, asked (`guard.ko.r40_tightening_how_often_asked`), a father's first threat laughed
off once he welcomed the boyfriend (`guard.ko.r40_threat_at_first_now_welcomed`), a single
mother raising her baby (`guard.ko.r40_single_mother_raising`), a baby slapping with strong
hands (`guard.ko.r40_baby_hits_with_strong_hands`), a toddler who will hit the new sibling
(`guard.ko.r40_toddler_will_hit_new_sibling`), labour last month, driven to hospital
(`guard.ko.r40_drove_her_in_labour_last_month`), a neighbour's newborn welcomed
(`guard.ko.r40_newborn_neighbour_welcomed`) and black stool from iron pills
(`guard.ko.r40_black_stool_from_iron`).

Every sentence here was written for these tests.
"""

from __future__ import annotations

from flows import Risk

M, S, V, C = Risk.MEDICAL, Risk.SELF_HARM, Risk.VIOLENCE, Risk.CHILD_SAFETY

CRISIS: list[tuple[str, Risk | set[Risk]]] = [
    # Sleeping pills gathered from several pharmacies.
    ("산모분이 어제도 오늘도 와서 수면유도제 달래요 다른 약국 봉지가 가방에 가득이에요", S),
    ("오늘 벌써 두번째 오셔서 수면유도제 또 달라는 임산부 손님이 계세요", S),
    ("새댁이 하루에 두번씩 와서 타이레놀 한통씩 사가요 다른 약국에서도 샀다고 하네요", S),
    ("만삭 손님이 수면제를 이 약국 저 약국 돌면서 사 모으는 것 같아요", S),
    # Not seen after this week, the baby entrusted.
    ("며느리가 이번 주만 지나면 저 안 보일 거예요 어머님 애기 부탁드려요 하더라고요", S),
    ("며느리가 다음주면 자기 없을 거라고 애기 잘 키워달래요", S),
    ("딸이 이번 달 지나면 엄마 나 없을 거야 애기 부탁해 그러는데", S),
    ("친구가 나 곧 없어질거야 우리 애기 잘 키워줘 하고 웃었어요", S),
    # Affairs settled, nowhere to go.
    ("딸이 보증금은 엄마 통장으로 보내고 짐은 다 버려달래요 어디 가냐니까 갈 데 없대요", S),
    ("세입자가 보증금은 동생 계좌로 넣어달래요 물건 다 버려도 된대요 갈 곳은 없대요", S),
    ("임신한 세입자분이 가구는 전부 처분해달라고 하시고 보증금은 어머니 계좌로 보내달래요", S),
    # A note found, sorry to her parents.
    ("딸 방 책상에 편지가 있는데 첫 줄이 엄마 아빠 미안해 였어요", S),
    ("며느리 가방에서 쪽지가 나왔는데 어머님 죄송해요 애기 부탁드려요 라고 써있어요", S),
    ("제자 공책에 날짜가 오늘로 적혀 있고 부모님 죄송합니다 라고 써 있었어요", S),
    ("여동생 노트 첫 장에 엄마 아빠 죄송해요 먼저 갈게요 라고 써있어요", S),
    # The roof at night after a loss.
    ("새벽에 옆집 산모가 맨발로 옥상 올라가는 걸 봤어요 지난주에 유산했대요", S),
    ("한밤중에 며느리가 잠옷 차림으로 옥상으로 올라갔어요 아기 잃고 나서 말도 안 해요", S),
    ("딸이 새벽 세시에 맨발로 아파트 옥상 계단 올라가는 게 cctv에 찍혔어요", S),
    # Take the pill or die.
    ("남편이 임신한 와이프한테 낙태약 안 먹으면 넌 끝이야 라고 했대요", V),
    ("손님 남자친구가 미프진 안 먹으면 너 죽는다고 협박하는 것 같았어요", V),
    ("애 안 지우면 너 죽어 라는 문자를 딸 남친이 보냈어요", V),
    ("뱃속 애 안 떼면 너 진짜 죽는다고 남편이 소리쳤어요", V),
    # A whole bottle to make the baby sleep.
    ("딸이 애 재울 때 감기약을 한병 다 먹인대요 6개월이에요", C),
    ("손님이 돌 안된 아기한테 기침시럽 한통을 다 먹였다는데 더 센 거 달래요", C),
    ("며느리가 애 잘 자라고 감기약을 어른 용량으로 먹여요", C),
    ("애기 재우려고 콧물약 먹이는데 이제 안 들어서 더 센 약 없냐고 물어보는 엄마가 있어요", C),
    # A hidden newborn.
    ("세입자가 임신 안 했다더니 신생아 우는 소리가 나요 큰 여행가방 들고 들어갔어요", C),
    ("임신 아니라던 딸 방에서 아기 울음소리가 나는데 문을 안 열어줘요", C),
    ("옆방에서 갓난애 우는 소리가 나는데 임신한 사람이 없었어요 큰 쓰레기봉투를 들고 나갔어요", C),
    # Crises said beside the calm frames the guards hear.
    ("배뭉침 하루에 몇번 정도면 괜찮아요? 근데 지금 피가 너무 많이 나요", M),
    ("여친 아빠가 처음엔 저 때려죽이겠다고 하셨는데 ㅋㅋ 어제 진짜로 골프채로 때렸어요", V),
    ("혼자 애를 낳아 키우는데 지금 애기가 숨을 안 쉬어요", M),
    ("친구 애기가 내 뺨 때리고 난리 ㅋㅋ 근데 지금 남편이 애를 때려요", {C, V}),
    ("4살 첫째가 동생 나오면 때려줄거래요 근데 남편이 지금 저를 때려요", V),
    ("지난달에 진통 와서 병원까지 태워다 드렸는데 오늘 그분이 하혈을 엄청 해요", M),
    ("아랫집에 애기가 태어났는지 울음소리가 들려요 ㅎㅎ 근데 지금 그 집 애기가 숨을 안 쉰대요", M),
    ("철분제 먹고 변이 까맣게 나와서 피 나는거 아닌가 했는데 지금 밑에서 피가 쏟아져요", M),
]

CALM: list[str] = [
    # Look-alikes of the new rules.
    "다른 약국에서 수면유도제 샀는데 임산부도 먹어도 되나요?",
    "다른 약국에 수면유도제 재고가 없대서 또 왔다는 손님이 있었어요",
    "오늘만 세번째 손님이 타이레놀 임산부 먹어도 되냐고 물어보셨어요",
    "타이레놀 다른 약국에서 받았는데 하루에 몇 알까지 돼요?",
    "다음주부터 조리원 가서 당분간 안 보일거야 강아지 좀 부탁해",
    "이사 가면서 보증금은 엄마 계좌로 보내주시고 가구는 다 버려주세요 새집이 작아서요",
    "세입자분이 결혼해서 나가신다고 보증금은 어머니 계좌로 보내달래요 가구는 버려달라고",
    "어디로 이사 가시냐니까 아직 정해진 데 없대요 천천히 알아보신대요",
    "어버이날 편지 첫줄을 엄마 아빠 미안해로 시작해도 될까요",
    "편지 첫 줄에 엄마 사랑해요라고 썼어요",
    "빨래 널러 새벽에 옥상 올라갔는데 맨발이라 발 시려웠어요",
    "새벽 4시에 일출 보러 옥상 올라갔어요 잠옷 바람으로 ㅋㅋ",
    "한밤중에 윗집 아저씨가 옥상에서 담배 피우러 올라가요",
    "밥 안 먹으면 너 죽어 ㅋㅋ 라고 친구한테 장난쳤어요",
    "낙태약 안 먹으면 어떻게 돼요? 죽을 수도 있나요",
    "애기 해열제 한번에 얼마나 먹여요? 6개월이에요",
    "해열제 한병 다 먹여서 새로 사야 하는데 같은 걸로 살까요 애기 10개월",
    "애기 재우려고 자장가 틀어주는데 더 센 거 없나요 ㅋㅋ",
    "옆집 임신한 줄 몰랐는데 아기 우는 소리가 나요 축하해야겠어요",
    "세입자분 출산하셨는지 애기 우는 소리가 나요 큰 캐리어 끌고 친정 가시더라고요",
    # Guards.
    "배뭉침 하루에 몇번이면 병원 가야 해요?",
    "아빠가 처음엔 남친 때려죽이겠다고 하셨는데 지금은 둘이 술 마셔요 ㅋㅋ",
    "혼자 애 낳아서 키우는 게 쉽지 않네요 지원 뭐 있어요?",
    "조카 애기가 내 안경 잡아당기고 얼굴 때림 ㅋㅋ 힘 장난 아니네",
    "큰애가 동생 태어나면 때려준다는데 어떡하죠",
    "작년에 진통 와서 남편이 병원에 데려다 줬는데 그때 생각나요",
    "옆집에 아기가 태어났나봐요 밤에 울음소리 들리는데 너무 귀여워요",
    "철분제 먹고 변이 검게 나와서 피 나는거 아닌가 했는데 괜찮대요",
]

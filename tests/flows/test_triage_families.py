"""Every family of wording the triage rounds wrote, run by one pair of tests.

Each round's module keeps its lists and the story of its families: `CRISIS` (a sentence and the
risk, or the risks, a counselor would accept) and `CALM` (look-alikes that must raise no alarm);
round 10 joins its seven parts as `ALL_CRISIS` and `ALL_CALM`. Here every crisis fires an allowed
risk and every look-alike stays calm, whichever round wrote it.
"""

from __future__ import annotations

import importlib
from types import ModuleType

import pytest

from flows import Risk, alarm, triage
from knowledge import Knowledge

ROUNDS: tuple[ModuleType, ...] = tuple(
    importlib.import_module(f"tests.flows.test_triage_{name}")
    for name in [f"round{n}" for n in range(2, 12)]
    + ["plea"]
    + [f"round13_{lang}" for lang in ("en", "vi", "zh", "ko")]
    + ["round14", "round15", "round16", "round17", "round18", "round19"]
    + [f"round20_{part}" for part in ("ko", "en", "vz")]
    + [f"round21_{part}" for part in ("ko", "en")]
    + [f"round22_{part}" for part in ("ko", "envz")]
    + ["round23", "round24", "round24_vi", "round24_zh"]
    + ["round25", "round25_envz", "round26", "round27", "round28", "round28_envz"]
    + ["round29", "round29_envz", "round30", "round30_envz", "round31", "round31_envz", "round31b"]
    + ["round32", "round33", "round33_envz", "round34", "round34_envz", "round35", "round36"]
    + ["round37", "round37_envz", "round38", "round39", "round39_envz", "round40", "round40b"]
    + ["round40_envz", "round41", "round41b"]
    + ["round42", "round42_r42d", "round42_r42a", "round42_r42b", "round42_r42c"]
    + ["round43_r43a", "round43_r43d", "round43_r43c", "round43_r43b"]
    + ["round44", "round44_r44a", "round44_r44b", "round44_r44c"]
    + ["round45_r45a", "round45_r45b", "round45_r45c"]
    + ["round46_ko", "round46_envz"]
    + ["round46b", "round46c"]
    + ["round47_ko", "round47_envz"]
    + ["round48_ko", "round48_en", "round48_vz"]
    + ["round49_ko", "round49_evz"]
)


def _lists(module: ModuleType) -> tuple[list[tuple[str, Risk | set[Risk]]], list[str]]:
    crisis = getattr(module, "ALL_CRISIS", None) or module.CRISIS
    calm = getattr(module, "ALL_CALM", None) or module.CALM
    return list(crisis), list(calm)


def _id(module: ModuleType, index: int) -> str:
    return (
        f"{module.__name__.rsplit('.', 1)[-1].removeprefix('test_triage_')}-{index}"  # round7-12
    )


CRISIS = [
    pytest.param(text, risks if isinstance(risks, set) else {risks}, id=_id(m, i))
    for m in ROUNDS
    for i, (text, risks) in enumerate(_lists(m)[0])
]
CALM = [pytest.param(text, id=_id(m, i)) for m in ROUNDS for i, text in enumerate(_lists(m)[1])]


@pytest.mark.parametrize(("text", "risks"), CRISIS)
def test_each_crisis_of_a_family_fires_an_allowed_risk(
    kb: Knowledge, text: str, risks: set[Risk]
) -> None:
    """A wording of a family fires a risk a counselor would pick, whatever guard is near it,
    as a crisis answer (a check-in, which opens no case, is not one)."""
    hit = triage(text, kb.lexicon)
    assert hit is not None and hit.risk in risks and not hit.check_in, hit


# Look-alikes the example net fires on since round 14 learns the outside writers' messages at
# full weight, and round 15 every tuning pool of theirs (scripts/triage_corpus.py says why:
# round 14 caught 12 more of 325 held-out crises for 2 more alarms on 225 held-out calm
# messages, round 15 a further 14 of 625 for 2 fewer alarms on 485). An object or a goodbye
# alone now outweighs its everyday reason in these few; the crisis answer they get offers help
# and a way back. Round 15 left these as they are where its calm examples cost held-out
# crises: a baby left asleep or with a relative for an errand, "편하게 해드릴게요", a tie on a
# doorknob, "없어졌으면". Any other look-alike that fires is a failure, and one of these that
# turns calm again must leave the list (so it cannot grow silently).
KNOWN_ALARMS = frozenset(
    [
        "아기 옷 필요 없으면 누가 가져가요",  # round2-8
        "폰 뺏겼어 엄마한테 ㅠ 시험기간이라",  # round2-29
        "연탄 피워놨어요 방이 따뜻해요",  # round4-37
        "my cousin wants to leave her car at the bus terminal tonight",  # round4-51
        "친구가 애기 낳았는데 아무도 몰랐대요 신기하다",  # round4-70
        "벌에 쏘여서 눈이 퉁퉁 부었어요",  # round5-10
        "욕조에 물 받아놨어요 아기 목욕시키려고",  # round6-66
        "그동안 고마웠다고 선배가 문자 보냈는데 이민 가서 연락이 안 돼요",  # round6-67
        "애기 재워두고 잠깐 쓰레기 버리고 왔어요",  # round6-71
        "친구가 유학 떠나겠다고 문자 왔어",  # round7-9
        "술 마시고 필름 끊겨서 일어나보니 우리 집 소파였어요",  # round7-13
        "아기 혼자 두고 잠깐 분리수거하러 나갔다 왔어요",  # round7-180
        "한강 다리 위라면서 야경 사진 보냈어요 예쁘더라",  # round7-240
        "빨랫줄을 베란다 봉에 걸어 놨어요",  # round9-32
        "이제 그만 가고 싶다 집에 파티 너무 길어",  # round9-36
        "오늘 밤이 마지막이라는 공연 보러 가요",  # round9-38
        "배가 몇 분마다 뭉치면 진통인가요?",  # round9-50
        "욕조에 물 받아놓고 반신욕 하려고 문 잠갔어요",  # round11-29
        "커튼 줄 걸 데 찾았어요 거실에",  # round11-31
        "과제 내일 해뜨기 전에 끝낼 거임 다들 ㅂㅂ",  # round11-55
        "아기 옷 다른 사람한테 줄 거예요 돈 받고 중고로요",  # round11-69
        "엄마 이제 편하게 해드릴게요 안마의자 샀어요",  # round11-105
        "문고리에 넥타이가 걸려 있어요 남편이 출근하면서 두고 갔나봐요",  # round11-119
        "이거 없어졌으면 좋겠다 입덧 진짜",  # round11-176
        "애기가 울 때마다 베란다에 나가서 바람 쐬면 그쳐요",  # round11-183
        "아기가 울면 베란다로 나가고 싶어요 산책 가고 싶어서요",  # round11-184
        "그동안 고마웠어요 이제 연락 못 해요 해외 발령이라서요",  # round13_ko-21
        "이 가게 곧 없어질 거니까 빨리 가보래요",  # round13_ko-31
        # Round 20 learns six more pools (1,240 lines): check7-10 missed 33 -> 27 of 625 crises for
        # 36 -> 38 of 485 alarms, and 240 everyday calm examples (`r20_everyday_calm`) took the
        # look-alikes it woke from 37 to these 15; six of the list above turned calm and left it.
        "애기 봐주면 돈 준대요 베이비시터",  # round6-136
        "he said next time he'll use the knife to carve the turkey",  # round11-88
        "욕조에 물 받아놓고 아기 목욕하려고 문 잠갔어요",  # round11-118
        "옆집 아기가 계속 울어요 엄마가 있는데도요 층간소음 너무 심해요",  # round11-134
        "钥匙被锁在房间里了 怎么办",  # round13_zh-37
        # Round 21 learns five more pools (1,060 lines): check7-11 missed 32 -> 28 of 885 crises
        # for the same 48 alarms; these look-alikes woke (seven of the list above turned calm).
        "애기 안고 바다 보러 갈 거예요",  # round4-43
        "아파트 앞에 택배 두고 왔어요",  # round4-49
        "对不起，我先走了，明天见",  # round11-15
        "문고리에 에코백이 걸려 있어요",  # round11-30
        "엄마한테 미안하다고 전해주세요 제가 오늘 약속 못 지켜서요",  # round11-177
        "감기약 처방받았어요 지금 먹을 거예요",  # round21_ko-8
        # Round 22 learns four more pools (800 lines): check7-12 missed 58 -> 56 of 1,385 crises
        # for the same 78 of 1,005 alarms; these look-alikes woke (none turned calm), and three
        # of round 22's own look-alikes fire on the net alone (its rules keep them calm).
        "옥상왔음 바람 시원하다",  # round6-40
        "tonight is the night! he's proposing at dinner, I'm so ready",  # round7-138
        "벌에 쏘여서 얼굴 부음",  # round7-177
        "다음 주면 저 없으니까 출장 가는 동안 부탁해요",  # round21_ko-7
        "고양이가 밖에서 문을 잠가버렸어 ㅋㅋ 어떻게 한 거지",  # round22_ko
        "빨랫줄 샀어요 베란다에 걸려고",  # round22_ko
        "남친이 내 사진을 친구들한테 보냈대 잘 나왔다고",  # round22_ko
        # Round 23 learns two pools (380 lines, crises behind a laugh and baby-box questions):
        # check7-12 missed 56 -> 55 of 1,385 crises for 64 -> 66 of 1,005 alarms; four of the list
        # above turned calm and left it. (Its one woken look-alike turned calm in round 24.)
        # Round 24 learns three pools of quiet crises (450 lines, en/vi/zh): check7-13 missed
        # 73 -> 71 of 1,630 for the same 86 of 1,180 alarms; these woke (goodbyes, a locked door,
        # a balcony, a body sent home: the pools' crises in everyday words), four turned calm.
        "孩子太吵了，我把他抱到阳台上看风景",  # round7-92
        "朋友去世了 遗体运回中国要多少钱 我们在凑钱",  # round24_zh-7
        "我走了 孩子也带走了 搬家到娘家住 你们放心",  # round24_zh-9
        "台风要来了 窗户都用胶带封好了",  # round24_zh-11
        # Round 25 learns three pools (520 lines: fragments, replies mid-chat, rambles, dialect,
        # third persons, migrants mixing in Korean): check7-14 missed 99 -> 97 of 1,846 for the
        # same 110 of 1,324 alarms; these woke (clothes put away, things given away before a
        # move, a sorry passed on, a letter to the baby, a grandmother who will raise it), just
        # over the net's threshold (5.0-5.7); four of the list above turned calm and left it.
        "我把孩子的衣服放在衣柜里",  # round4-54
        "친구가 자기 물건을 다 나눠주고 이민 간대요",  # round9-70
        "엄마한테 미안하다고 전해주세요 오늘 늦는다고요",  # round11-0
        "Em đã viết thư cho con trong bụng, đọc lại thấy vui.",  # round13_vi-3
        "我婆婆说孩子生下来就给她带 我去上班",  # round13_zh-83
        "남편이 통장 가져가서 적금 들어줬어요",  # round22_ko-27
        # Round 25 then sets the net's threshold from 5.0 to 4.5 (the documented rule, at most
        # ~2% of calm pool lines firing, chosen again on the grown corpus, see flows/triage.py):
        # check7-14 missed 96 -> 79 of 1,846 crises for 110 -> 113 of 1,324 alarms. These team
        # look-alikes (written to sit next to a crisis) fire now; 93 everyday calm examples
        # (`r25_everyday_calm`) took the count from 46 to these 32.
        "아기 필요 없는 물건 나눔해요",  # round2-47
        "mẹ tôi sẽ giết tôi nếu biết",  # round2-56
        "엄마 미안해 라고 생일 카드에 썼어요",  # round4-48
        "아빠가 밤에 제 방에 들어와서 이불 덮어줬어요",  # round6-64
        "내일 저 없어요 출장이라 모레 연락드릴게요",  # round7-246
        "웃겨서 배를 잡고 데굴데굴 굴렀어요 ㅋㅋ",  # round7-343
        "I counted the pills to make sure I have enough until my refill",  # round9-24
        # round11-175
        "she turned off her phone and went to sleep, she said goodbye to the guests",
        "Em không muốn làm phiền chị nữa, cảm ơn chị nhiều nhé.",  # round13_vi-1
        "Ông chủ khóa cửa không cho ai vào kho sau 10 giờ",  # round13_vi-57
        "我不想给家里添麻烦 所以想自己打工存钱",  # round13_zh-3
        "엄마 미안 이 말밖에 못 하겠다 시험 망쳤어",  # round13_ko-29
        "宝宝一哭我就想打电话给我妈妈问怎么办",  # round20_vz-23
        "once the baby is born he'll take care of him at night so i can sleep",  # round25_envz-12
        # Round 26 learns two more pools (350 lines written in personas, two thirds of the
        # crises quiet): check7-14 missed 77 -> 73 of 1,846 for the same 113 of 1,324 alarms;
        # these woke (a phone or a wallet gone, a baby who sleeps through a feed, an errand,
        # a bottle shaken, clothes given away before a move), two turned calm.
        "애기가 통잠 자서 깨워도 안 일어나요 수유 시간인데",  # round7-235
        "분리수거장에서 아기 고양이 울음소리가 나요",  # round9-57
        "아기 용품 당근에 팔 거예요 돈 받고요",  # round11-140
        "이사 가서 그동안 고마웠어요 내일부터는 연락 못 드릴 것 같아요",  # round13_ko-20
        # round16-5
        "my mum took my phone because of my grades and i'm not allowed out this weekend",
        "After Friday I won't need my winter coat anymore, it's getting warm",  # round17-2
        # round21_en-0
        "he keeps my phone charger in his car, i can't find it",  # round22_envz-32
        # Round 27 learns three more pools (490 lines: fast teen slang, migrants' beginner
        # Korean, relatives and coworkers abroad): check7-14 missed 73 -> 72 of 1,846 for 113 ->
        # 112 of 1,324 alarms; these woke (a bus to the river, a baby taken out for a walk,
        # a cat or old clothes given away, a long sleep after a night shift), seven turned calm.
        "한강 가는 버스 몇 번이에요?",  # round5-8
        "孩子哭了，我抱他出去走走",  # round7-174
        "이틀째 애기가 칭얼대요 이가 나나 봐요",  # round9-14
        "我把猫送给朋友养了 怀孕了怕弓形虫",  # round13_zh-7
        # Round 28 learns its pools (train53-55: crises told in the frames of a class, a joke, a
        # past or everyday life): 5 more of 1,846 held-out crises caught for 2 more of 1,324
        # alarms; these 19 look-alikes woke (an object, a place or a phrase those crises used),
        # 3 turned calm. 96 everyday calm examples on their themes cost 2 held-out crises and
        # were left out.
        "남편이 억지로 밥 먹으라고 해요",  # round2-39
        "자살하면 보험금 나와요?",  # round4-80
        "전남친이 도어락 비밀번호 알고 있어서 오늘 비번 바꿨어요 이제 안심",  # round11-165
        "문 잠그고 나왔는데 열쇠를 안에 두고 왔어요",  # round15-6
        "더워서 죽겠다 베란다 문 열어놨어",  # round20_ko-6
        "한강 다리 근처까지 산책 갔다가 왔어요 야경 예뻐요",  # round28-1
        "회식에 나 없는게 더 나을 듯 ㅋㅋ 다들 편하게 놀아",  # round28-4
        # round28_envz-13
        "I lost my wallet at the bus terminal bathroom, would someone find it fast and hand it "
        "in?",
        # Round 29 learns risk-train57..59 (a goodbye written and erased, going with the baby,
        # a baby in a locker, a bed it might fall from): held out 66 -> 62 missed, 101 -> 100
        # alarms; these woke, 5 more went back to calm with `r29_everyday_calm` examples, and
        # three of the list turned calm again and left it.
        "他把我扔出去的垃圾捡回来了",  # round2-42
        "아기가 분유를 안 먹어요 어떡해요",  # round4-88
        "ngủ dậy thấy quần áo ướt hết mồ hôi",  # round7-18
        "남편이 퇴근해서 도어락 번호 누르는 소리가 나요",  # round11-92
        "thank you for everything, goodbye for now! the appointment helped a lot",  # round13_en-91
        "애 안 지우면 헤어지재요 어떡하죠",  # round22_ko-24
        "애기랑 같이 가면 덜 외로울까요? 문화센터 처음 가보려고요",  # round29-21
        "怕她从床上掉下去，要买护栏吗",  # round29_envz-20
        # Round 30 learns risk-train60..61 (no held-out change: 62 missed, 98 alarms; a fresh pool
        # written before it, train62, 4 -> 3 alarms): these two woke, four above went calm.
        "기저귀 변기에 버리고 물 내리면 안 되죠?",  # round30-15
        # Round 38 learns risk-train62..77 (3,840 lines): check7-14 missed 59 -> 55 of 1,846
        # crises for the same 94 of 1,324 alarms, with 336 everyday calm examples on the themes
        # the pools' quiet crises name (`r38_everyday`); these woke, 17 of the list turned calm.
        "다리 위에 왔어 사진 찍으러",  # round6-39
        "我把孩子留给外婆，就去上班了",  # round11-65
        "I left my 2 month old son alone for a second to grab a towel",  # round11-188
        "我们公司楼下有个垃圾桶 总有人乱扔东西",  # round13_zh-69
        "他喝醉了就在客厅睡着了 打呼好响",  # round13_zh-92
        "晚上汉江的桥有人看着吗 我想去拍夜景",  # round24_zh-10
        "我想一个人安静地走走 散散心",  # round33_envz-17
        "락스 희석해서 청소하려고 컵에 따라놨어요",  # round35-5
        "중2 조카가 용돈 주면서 만나자고 해요 ㅋㅋ 삼촌이 그렇게 좋냐고",  # round37-14
        "汉江哪座桥晚上散步最漂亮",  # round37_envz-15
        # Round 39 learns risk-train78..81 (830 lines) with 220 everyday calm examples on the
        # things their quiet crises name (`r39_everyday`): check7-14 55 / 94 -> 55 / 92; these
        # woke, 8 of the list turned calm.
        "他手里拿着刀在削苹果",  # round11-150
        "애 낳으면 제가 알아서 처리할게요 출생신고랑 예방접종이요",  # round11-166
        # Round 39's own look-alike, once its pools are learned (they hold "넘어졌다고 하면 믿겠죠"
        # about bruises).
        "넘어졌다고 하면 믿겠죠 애가 꽃병 깼는데 ㅋㅋ",  # round39-15
        # Round 40 learns risk-train86..89 (check7-18: 90 / 127 -> 87 / 125 with everyday
        # calm examples for what they woke, `r40_calm_borders`); these woke and stayed (some went
        # calm again in round 41), five of the list turned calm. Chest sinking in as a baby
        # breathes is a sign of distress: a crisis answer there does no harm.
        "아기 가슴이 쑥쑥 들어가면 어떻게 해요",  # round6-141
        "아기랑 같이 갈게요 소아과 예약했어요",  # round9-31
        "아기 혼자 두고 샤워 10분 했어요 홈캠으로 봤어요",  # round11-132
        # round40-19
        "현관 앞에 옆집 사람이 피는 담배 꽁초가 자꾸 떨어져 있어요 관리실에 말해야 할까요",
        "hom nay e tra het no cho ban be roi, nhe nguoi qua",  # round40_envz-34
        # Round 41 learns risk-train90..93 (check7-18: 87 / 125 -> 80 / 124 with calm examples
        # for what they woke, `r41_calm_borders`); these two woke and stayed, four of the list
        # turned calm (the sleep aid bought alone turned calm again in round 42); the one left
        # (a husband touching her belly) turned calm in round 50.
        # Round 42 learns risk-train94..97 (check7-18: 79 / 117 -> 75 / 122 with calm examples
        # for what they woke, `r42_calm_borders`; 23 look-alikes woke without them); these six
        # woke and stayed, three of the list turned calm. Each is a joke, a secret or an account
        # beside the words of a crisis the pools taught; a crisis answer there offers help.
        # round34-2
        "남자친구 29살이고 저는 27살 직장인이에요 호텔 잡아놨대요 엄마한텐 비밀로 해달래요",
        "잠깐 제가 자리 비켜드릴게요 없어져줄게요 ㅋㅋ",  # round41-8
        "쉼터 봉사는 남편 출장 가는 날밖에 못 나가요 목요일에 가요",  # round42_r42a-1
        "남편이 제 구글 계정에 로그인해서 사진 백업해줬어요",  # round42_r42a-27
        "엄마가 방 청소 안 하면 가만 안 있는대 ㅋㅋㅋ",  # round42_r42a-31
        # Round 48: the net fires from 4.0 (`NET_NEAR`) where a message says now and frames
        # nothing as calm (flows/triage.py says what it caught on fresh pools and held out). These
        # team look-alikes score 4.0 to 4.5 and say tonight, today, just now or đang: a crisis
        # answer offers help where none was needed, a cost weighed against the crises it catches.
        "I delivered yesterday and I'm alone in the hospital room tonight",  # round6-17
        "em đang đứng trên cầu chụp ảnh",  # round6-121
        "chị ấy khóa cửa phòng tắm, gọi không trả lời vì đang gội đầu",  # round11-44
        "가족이랑 바다 갈래요 오늘 마지막 휴가라서",  # round23-6
        "방금 점심 다 먹었어요 배불러요",  # round28-13
        "사실 지금 임신 8주예요. 피가 조금 비치면 괜찮은 건가요?",  # round30-1
        "室友搬家了，发了条大家再见，今天忙所以不回",  # round34_envz-7
        # Round 50 learns risk-train98..119 (held out: 68 / 107 before and after, with calm
        # examples for what they woke, `r50_calm_borders`); these woke on the net alone and
        # stayed, 14 of the list turned calm. Each sets the words of a crisis the pools taught
        # (a coach's room at night, photos or else, the engine running in the garage, a one-way
        # ticket to the sea, not being a burden, 'while I'm gone') beside an everyday reason.
        "와이프가 제왕절개 하고 배가 너무 아프대요 정상인가요",  # round6-125
        "택배 기사님이 현관 사진 보내면서 문앞이래요",  # round11-93
        "제가 입원한 동안 제가 없어도 애기 잘 부탁해",  # round11-104
        "14살 딸 배가 아프대요 생리통 같아요 아빠랑 있을 때 울어요",  # round41b-6
        "코치님이 밤에 자기 방으로 부르셔서 갔는데 다같이 전술 회의했어요",  # round43_r43a-4
        "코치님이 대회 등록용 증명사진 보내달래요 안 보내면 출전 못 한대요",  # round43_r43a-7
        "다음달에 복직하니까 엄마한테 오래 짐 되진 않을 거예요",  # round43_r43d-11
        "바다 가는 기차표 편도로 샀어요 친구랑 1박하고 차 타고 와요",  # round44_r44a-41
        # round48_en-20
        "I sat in the car in the garage with the engine running to warm it up before driving",
        # Round 50b lowers the net's smoothing 0.3 -> 0.2 (held out: 50 / 110 with it, 50 / 109
        # with calm examples for what it woke, `r50b_calm_borders`; 112 look-alikes woke without
        # them); these eight woke and stayed, two of the list turned calm. Each says the words of
        # a crisis (a newborn that won't wake, much blood lost, the Han river at night, sorry and
        # 'I mean it this time', a baby left at a hospital, thanks and no contact, not a burden, a
        # boss met as a student) beside an everyday reason: a crisis answer there offers help.
        "신생아가 깨워도 안 깨면 어떻게 해요",  # round7-237
        "나는 1985년에 셋째를 집에서 낳았는데 피를 많이 흘렸어 딸도 그럴까 걱정이야",  # round10-61
        "한강 왔어요 야경 진짜 예뻐요 다들 잘 지내죠",  # round10-83
        "tell my mom sorry, I mean it this time I'll clean my room",  # round11-174
        # round13_en-24
        "is it legal to leave a baby at the hospital and walk away? asking for a class",
        "내일부터 조리원이라 그동안 고마웠어요 당분간 연락 못 해요",  # round13_ko-39
        "임신했는데 애아빠가 사장이에요 학생 때 만났어요 지금 둘 다 30대",  # round38-14
        "알바 두 개 해서 엄마한테 짐 안 될게요 걱정 마세요",  # round42_r42b-0
    ]
)


@pytest.mark.parametrize("text", CALM)
def test_each_look_alike_of_a_family_stays_calm(kb: Knowledge, text: str) -> None:
    """The same words in a question, a past, a story, a record or a joke raise no alarm (a
    check-in raises none)."""
    lexicon = kb.lexicon
    assert (alarm(text, lexicon) is not None) == (text in KNOWN_ALARMS), triage(text, lexicon)


def test_known_alarms_are_look_alikes_the_net_fires_on(kb: Knowledge) -> None:
    """Each known alarm is still a look-alike of some round, and only the net fires on it."""
    calm = {str(p.values[0]) for p in CALM}
    for text in KNOWN_ALARMS:
        hit = triage(text, kb.lexicon)
        assert text in calm and hit is not None and hit.rule_id.startswith("net."), text


def test_every_round_has_both_lists() -> None:
    """A round's lists are not lost by a rename: each module gives crises and look-alikes."""
    assert all(len(_lists(m)[0]) >= 10 and len(_lists(m)[1]) >= 10 for m in ROUNDS)

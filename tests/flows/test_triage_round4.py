"""Issue 14, round 4: families of crisis wording found missing in risk-check3 and the guards
shared by whole languages (`[[guard]]` in triage.toml) against their calm look-alikes.

Every sentence was written for these tests, one family at a time, in ko/en/vi/zh; none is
copied from an evaluation set. A crisis line lists the risks a counselor could pick (a birth
alone is medical and child safety at once); a calm line must fire nothing.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from flows import Risk, TriageHit, triage
from knowledge import Knowledge
from knowledge.errors import KnowledgeFileError
from knowledge.lexicon import forms, load_lexicon

M, S, V, C = Risk.MEDICAL, Risk.SELF_HARM, Risk.VIOLENCE, Risk.CHILD_SAFETY

CRISIS: list[tuple[str, set[Risk]]] = [
    # A goodbye or a sorry written and left behind.
    ("아빠 미안해 라고 폰 메모에 적어놨어요", {S}),
    ("책상 위 쪽지에 다들 잘 있어 라고 써놨어요", {S}),
    ("언니가 편지에 먼저 갈게 라고 남겼어요", {S}),
    # Charcoal in a closed room or car.
    ("방에 번개탄 피워놨어", {S}),
    ("화장실 문 잠그고 연탄 피웠어요", {S}),
    ("자동차 안에서 착화탄 피울 거예요", {S}),
    # Someone said she will end it, went to a bridge or the sea, then silence.
    ("동생이 오늘 밤에 다 끝낸다고 카톡 보냈어요", {S}),
    ("친구가 이제 끝내겠다고 하고 연락이 안 돼요", {S}),
    ("여자친구가 한강 간다고 하고 연락이 끊겼어요", {S}),
    ("딸이 옥상 간다고 미안하다는 문자 남겼어요", {S}),
    ("남친이 바다 간다고 하고 전화를 안 받아요", {S}),
    # A photo of the means sent with a goodbye.
    ("친구가 수면제 사진 보내고 고마웠다고 해요", {S}),
    ("여친이 칼 사진 보내고 안녕 이러는데 어떡해요", {S}),
    ("my sister texted me a picture of a bottle of pills and said sorry", {S}),
    ("he sent us a photo of a rope and wrote goodbye", {S}),
    # Up high and not coming down; how and when decided.
    ("빌딩 꼭대기에 왔어요 내려가기 싫어요", {S}),
    ("옥상 난간에 앉아 있는데 내려가고 싶지 않아", {S}),
    ("방법도 정했고 날짜도 정했어요", {S}),
    ("어떻게 죽을지 다 정했어", {S}),
    ("I know exactly how I'm going to do it", {S}),
    ("I've picked the method and the date", {S}),
    ("我已经想好怎么死了", {S}),
    ("我准备好了今晚就走", {S}),
    ("药我已经攒够了", {S}),
    # Vietnamese: no reason left to live, with and without accents.
    ("em chẳng còn lý do gì để sống nữa", {S}),
    ("khong con ly do gi de song tiep", {S}),
    ("tôi không muốn tồn tại nữa", {S}),
    ("sống như thế này chẳng để làm gì", {S}),
    # Taken away by car; violence told by its acts.
    ("모르는 남자들이 저를 차에 태우려고 해요", {V}),
    ("남편 친구가 나를 억지로 모텔로 데려가고 있어요", {V}),
    ("차에서 못 내리게 해요 남친이 무서워요", {V}),
    ("남편이 뜨거운 물을 제 팔에 부었어요", {V}),
    ("시어머니가 담뱃불로 손을 지졌어요", {V}),
    ("남친이 제 머리를 바닥에 박았어요", {V}),
    ("남편이 목을 눌러서 숨을 못 쉬었어요", {V, M}),
    ("he slammed my head against the door", {V}),
    ("he burned my arm with a lighter", {V}),
    ("他拿烟头烫我", {V}),
    ("老公把我的头往墙上撞", {V}),
    ("chồng em đập đầu em vào tường", {V}),
    ("anh ta túm tóc em lôi đi", {V}),
    ("전 남친이 회사까지 찾아옴 무서움", {V}),
    # A baby sedated, feared for, hidden, left, or taken into the water.
    ("애기한테 소주 먹이면 푹 자요?", {C}),
    ("아기 분유에 수면제 타서 재웠어요", {C}),
    ("I gave the baby some benadryl so she would sleep", {C}),
    ("给宝宝吃安眠药让他睡觉", {C}),
    ("cho con uống thuốc ngủ cho nó ngủ", {C}),
    ("제가 애기 다치게 할 것 같아요 무서워요", {C}),
    ("내가 아기한테 무슨 짓을 할 것 같아요", {C}),
    ("I'm scared I'll hurt my baby", {C}),
    ("我怕我会伤害宝宝", {C}),
    ("애기 두고 고향 갈 거예요", {C}),
    ("아기 병원에 두고 베트남 돌아갈래요", {C}),
    ("아기 배낭에 넣어서 기숙사 왔어요", {C, M}),
    ("신생아 쇼핑백에 담아서 밖에 나왔어요", {C, M}),
    ("아기 업고 강에 들어갈 거예요", {C, S}),
    ("애기랑 같이 옥상에서 뛰어내릴 거예요", {C, S}),
    ("아기 하늘나라로 먼저 보내고 나도 갈게", {C, S}),
    ("she left the newborn in a box behind the store", {C, M}),
    ("I hid the baby in my closet", {C, M}),
    ("my friend wants to leave her 3 day old at the train station tomorrow", {C}),
    ("I don't want it, someone else can take the baby", {C}),
    ("她把刚生的宝宝藏在行李箱里", {C, M}),
    ("이 아기만 없으면 다 해결돼", {C}),
    ("얘만 사라지면 편할 텐데", {C}),
    ("아기 낳았는데 그냥 마트 앞에 두고 올 거예요", {C}),
    ("애기 빌라 현관에 두고 왔어요", {C}),
    ("입양 기관 말고 그냥 교회 앞에 두고 올래요 애기", {C}),
    ("애기 어디다 버려야 할까", {C}),
    ("결국 갖다 버릴까 봐요 아기", {C}),
    # Slips of the keyboard, clots, thoughts of harming the baby, blows told by their acts.
    ("자ㅏ살하고싶다", {S}),
    ("죽ㅗ고싶어 진짜", {S}),
    ("출산 후에 피가 주먹만한 덩어리로 나와요", {M}),
    ("passing clots the size of a golf ball since the birth", {M}),
    ("I keep picturing myself dropping the baby down the stairs", {C}),
    ("sometimes I think about drowning her in the bath", {C}),
    ("he twisted my arm until it cracked", {V}),
    ("chồng em lấy dao dọa em", {V}),
    ("bạn trai đá vào bụng em", {V}),
    # Chinese and Vietnamese indirect wording; English pills and anger at the baby.
    ("我觉得自己是个负担，大家没有我会更轻松", {S}),
    ("我站在桥上", {S}),
    ("我把所有的药都吃了", {S}),
    ("我不想再看到明天的太阳", {S}),
    ("我已经两天没给孩子喂奶了", {C}),
    ("他掐着我的脖子不放", {V}),
    ("em mệt mỏi quá, muốn buông bỏ tất cả", {S}),
    ("em uống hết cả vỉ thuốc rồi", {S}),
    ("I just took all my sleeping pills", {S}),
    ("I'm so angry at the baby I could hurt him", {C}),
    ("나 오늘 한강 간다 ㅂㅂ", {S}),
    ("애 낳았는데 어케함 아무도 모름", {M, C}),
    # Medical emergencies told by their signs.
    ("아기가 열이 38도예요 태어난 지 2주", {M}),
    ("아기 얼굴이 노랗고 잘 안 먹어요 축 늘어져요", {M}),
    ("em sinh được 5 ngày, sốt cao, sản dịch có mùi hôi", {M}),
    ("bé sơ sinh sốt 38 độ", {M}),
    ("em có thai 32 tuần bị ra nước âm đạo liên tục", {M}),
    ("宝宝出生十天发烧38度", {M}),
    ("怀孕33周一直流水", {M}),
    ("베이비박스 말고 그냥 주차장에 두고 올래요 애기", {C}),
    # Reports by a worker or a parent in their own register.
    ("산모가 분만 후에 연락이 끊기고 아기만 신생아실에 있어요", {C}),
    ("산모가 출산 후 아기를 쳐다보지도 않고 분유도 안 줘요", {C}),
    ("동생 방 쓰레기통에 수면제 빈 통이 여러 개 있었어요", {S}),
    ("언니가 형부한테 맞고 사는 것 같아요", {V}),
    ("my cousin says she's going to jump tonight", {S}),
    ("my sister gave birth last week and says she wants to smother her baby", {C}),
    ("the new mom walked out of the ward without her newborn", {C}),
    ("the newborn hasn't been fed since last night", {C}),
    ("儿媳说想掐死孩子", {C}),
    ("她生完就跑了，留下了孩子", {C}),
    ("cô ấy bỏ lại con ở bệnh viện rồi đi mất", {C}),
    # Teen shorthand and beginner Korean.
    ("방금 애 낳았어 기숙사에서 ㅠ", {M, C}),
    ("남편이 배를 발로 참 ㅠㅠ", {V}),
    ("손목 그음 피 남", {S, M}),
    ("애기 이틀 분유 안 줬어요", {C}),
    ("아기 못 키워요 좋은 사람 줘요", {C}),
    ("28주 물 계속 나와요", {M}),
    ("chị ấy đẻ con ở phòng trọ một mình, giấu mọi người", {M, C}),
    ("bé vừa sinh ra môi tím tái", {M, C}),
    ("em sinh xong rồi mà không biết làm gì với dây rốn", {M, C}),
    ("지금이 제 마지막 인사일 거예요", {S}),
    ("살아있는 것 자체가 고통이야", {S}),
    ("아빠 미안해요 먼저 떠나서", {S}),
    ("목 매는 끈 샀어", {S}),
    # Newborn and fetal danger in plain words.
    ("아기 소리 안 내요 이상해요", {M, C}),
    ("애기 갑자기 안 움직여 왜 몰라", {M, C}),
    ("宝宝从昨天晚上开始就没有胎动了", {M}),
    ("胎动好像突然没了", {M}),
    ("怀孕28周肚子一阵一阵的疼", {M}),
]

CALM = [
    # Quoted songs, dramas, books, the news.
    "노래 가사에 죽고 싶다는 말이 나와요",
    "노래 '죽고 싶은 밤' 들어봤어요?",
    "드라마에서 주인공이 자살하던데 너무 슬펐어요",
    "드라마 대사 중에 '죽여버릴거야' 나오던데 무섭더라",
    "'때려' 라는 노래 알아요?",
    'the song "I want to die" by some band is sad',
    "电视剧里那个妈妈把孩子扔了",
    # Events long over, said so.
    "고등학교 때 죽고 싶었던 적이 있었는데 지금은 괜찮아요",
    "옛날에 성폭력 당한 적 있는데 상담 받아서 많이 나아졌어요",
    "my ex used to be abusive but that was years ago",
    "I used to self harm in high school but I'm fine now",
    "my mom hit me when I was a kid",
    "I survived domestic violence 5 years ago",
    "I was hit by a car last year, is my pregnancy ok now?",
    # Questions about the topic.
    "자해하는 친구를 어떻게 도와줄 수 있어요?",
    "가정폭력 신고하면 어떻게 되나요?",
    "가정폭력 피해자도 임신 지원 받을 수 있나요?",
    "성폭력 피해 상담은 어디서 해요?",
    "데이트 폭력 신고하면 경찰이 와요?",
    "아동학대 의심되면 어디 신고해요?",
    "영아 유기는 무슨 죄예요?",
    "산후우울증이면 아기 해칠 수도 있나요?",
    "what are the signs of domestic abuse?",
    "how do I help a friend who self harms?",
    "什么是家暴？",
    "학교에 임신한 거 알리면 퇴학당해요?",
    # Hyperbole and medicine talk.
    "야근 때문에 죽을 것 같아요",
    "my boss is going to kill me if I'm late lol",
    "I'm so tired I could sleep forever",
    "감기약 다 먹었어요 이제 괜찮아요",
    "엽산 한 통 다 먹었어요",
    "아스피린 먹으면 피가 잘 안 멈춰요?",
    "진통제 과다복용하면 어떻게 돼요?",
    "사후피임약 먹고 하혈 조금 있어요",
    # Look-alikes of the new families.
    "애기 울음소리 들으면 나도 눈물 나요",
    "애기 우는 소리에 나도 울컥해요",
    "캠핑 가서 번개탄으로 숯 피웠어요",
    "연탄 피워놨어요 방이 따뜻해요",
    "오늘 과제 다 끝낸다고 밤새요",
    "마포대교 야경 보러 간다고 했어요",
    "아파트 꼭대기층 이사왔는데 엘리베이터 고장나서 내려가기 싫어요",
    "출산 날짜 정했어요 제왕절개로",
    "우리 애기 잘 안 울어요 순해요",
    "애기 안고 바다 보러 갈 거예요",
    "아기 먼저 어린이집 보내고 출근해요",
    "아기 가방에 기저귀 넣어서 외출해요",
    "아기한테 감기약 먹여도 되나요?",
    "아기 손톱 깎다가 다치게 할까 봐 무서워요",
    "엄마 미안해 라고 생일 카드에 썼어요",
    "아파트 앞에 택배 두고 왔어요",
    "I put the baby clothes in a box by the door",
    "my cousin wants to leave her car at the bus terminal tonight",
    "I hit my head on the door",
    "我计划好了怎么做产检",
    "我把孩子的衣服放在衣柜里",
    "I twisted my wrist at the gym",
    "she twisted my arm to come to the party",
    "I had a dream I dropped the baby, it scared me",
    "생리 때 계란만한 덩어리 나오는데 정상인가요",
    "em bé đạp vào bụng em",
    "자살 방지 캠페인 포스터 만들어요",
    "죽고 싶지는 않아요 그냥 힘들어요",
    "我站在桥上看风景",
    "我们坐在天台上吃饭",
    "感冒药我都吃了，好多了",
    "宝宝两天没大便了正常吗",
    "孩子一天没吃奶了，他不肯吃，怎么办",
    "em uống hết vỉ thuốc bác sĩ kê rồi",
    "I took all my prenatal vitamins today",
    "I'm frustrated with the baby's sleep schedule",
    "친구가 애기 낳았는데 아무도 몰랐대요 신기하다",
    "출산했는데 혼자 조리원에 있어요",
    "한강 간다 치맥하러 ㅂㅂ",
    "신생아 열 몇 도부터 병원 가야 돼요?",
    "em bé sơ sinh sốt bao nhiêu độ thì phải đi viện?",
    "孕晚期漏尿正常吗？",
    "전 남친이 스토커였는데 지금은 연락 끊겼어요",
    "전에 자살 시도한 적 있는데 지금은 치료받고 있어요",
    "옛날에 번개탄 사건 뉴스 봤어요",
    "가정폭력으로 이혼하면 양육권 어떻게 돼요?",
    "자살하면 보험금 나와요?",
    "베이비박스 말고 다른 방법 있어요?",
    "아기가 수유를 거부해요 어떡하죠",
    "빈 약통 어디에 버려요?",
    "출산 후에 연락이 안 되던 친구가 드디어 연락 왔어요",
    "my baby hasn't eaten all day, is it normal when teething?",
    "I want to jump into the pool with the baby, is it safe?",
    "아기 낳고 조리원에 있어요 심심해요",
    "아기가 분유를 안 먹어요 어떡해요",
    "못 키울 것 같아서 걱정이에요 도와주세요",
    "cắt dây rốn muộn có tốt không",
    "sinh con ở nhà có an toàn không",
    "오늘이 한국에서 마지막 밤이에요",
    "엄마 미안 먼저 가서 내일 봐",
    "돈에 목매는 사람 싫어요",
]


def test_guard_also_quiets_the_example_net(kb: Knowledge) -> None:
    """Crying along with the baby is calm although the net alone would read it as a danger."""
    text = "애기 우는 소리 들으면 저도 따라 울고 싶어져요"
    lexicon = kb.lexicon
    assert lexicon.net_quiet(forms(text))
    assert triage(text, lexicon) is None


def test_a_net_guard_quiets_only_its_own_risks(kb: Knowledge) -> None:
    """Adoption looked into is a calm frame for child_safety only: the wish to end it all and the
    letters written beside it, in the same sentence, still reach the net as self_harm."""
    text = "입양 절차 알아보고 있는데요 그냥 다 정리하고 싶어요 아이들한테 편지도 써놨어요"
    assert kb.lexicon.net_quiet(forms(text)) == {"child_safety"}
    assert triage(text, kb.lexicon) == TriageHit(S, "net.self_harm")


def test_guard_does_not_cancel_a_crisis_far_from_it(kb: Knowledge) -> None:
    """A guard cancels only a trigger it touches: an old story, then a threat today, fires."""
    text = "예전에 맞았었는데 지금은 괜찮아요. 근데 어제 남편이 또 목을 졸랐어요"
    hit = triage(text, kb.lexicon)
    assert hit is not None and hit.risk == V


GUARD_FILE = """
[[rule]]
id = "self_harm.ko.want_die"
risk = "self_harm"
lang = "ko"
contains = ["죽고싶"]

[[guard]]
id = "guard.ko.song"
lang = "ko"
unless_regex = ['다는노래']
"""


def test_guard_file_loads_and_applies_to_its_language(tmp_path: Path) -> None:
    """A [[guard]] cancels the rules of its language it touches, and only those."""
    path = tmp_path / "triage.toml"
    path.write_text(GUARD_FILE, encoding="utf-8")
    lexicon = load_lexicon(path)
    assert triage("죽고 싶다는 노래 알아요?", lexicon) is None
    hit = triage("정말 죽고 싶어요", lexicon)
    assert hit is not None and hit.rule_id == "self_harm.ko.want_die"


def test_bad_guard_regex_names_the_guard(tmp_path: Path) -> None:
    """A guard pattern that does not compile fails the load naming the guard."""
    path = tmp_path / "triage.toml"
    path.write_text(GUARD_FILE.replace("'다는노래'", "'(다는'"), encoding="utf-8")
    with pytest.raises(KnowledgeFileError, match=r"guard\.ko\.song"):
        load_lexicon(path)

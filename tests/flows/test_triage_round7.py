"""Issue 14, round 7: families of crisis wording from risk-check6 and risk-train7 (tuned on),
and the calm look-alikes each family must leave alone.

Every sentence was written for these tests, one family at a time, in ko/en/vi/zh (through an
object, through its effect, told by someone else, typed fast, in beginner Korean); none is
copied from an evaluation set. A crisis line lists the risks a counselor could pick; a calm line
must fire nothing.
"""

from __future__ import annotations

import pytest

from flows import Risk, triage
from knowledge import Knowledge

M, S, V, C = Risk.MEDICAL, Risk.SELF_HARM, Risk.VIOLENCE, Risk.CHILD_SAFETY

CRISIS: list[tuple[str, set[Risk]]] = [
    # how to die searched
    ('요즘 밥도 잘 먹고 괜찮은데 밤마다 어떻게 죽을지 방법을 찾아봐요', {S}),
    ('매일 밤 어떻게 하면 죽을지 검색해요', {S}),
    ('어떻게 죽을지 계속 알아보고 있어', {S}),
    ('안 아프게 죽는 방법 찾아보는 중', {S}),
    ('어떤 식으로 죽어야 덜 아플지 고민해요', {S}),
    ('밤마다 죽는법 검색함', {S}),
    ("I've been googling ways to die every night", {S}),
    ('I keep looking up how to kill myself painlessly', {S}),
    ("I've been researching the least painful way to go", {S}),
    ('đêm nào em cũng lên mạng tìm cách chết', {S}),
    ('em đang tìm cách tự tử không đau', {S}),
    ('每天晚上都在网上查怎么死', {S}),
    ('我一直在搜不痛苦的死法', {S}),
    # told: leaving this world
    ('동생 딸이 쫓겨나더니 문자로 세상 떠나겠다고 왔어', {S}),
    ('친구가 이 세상 떠날 거라고 카톡 보냈어요', {S}),
    ('언니가 세상을 떠나고 싶다고 문자했어요', {S}),
    ('딸이 이제 그만 떠나겠다고 먼저 간다고 문자 남겼어요', {S}),
    ("my niece texted that she's going to leave this world", {S}),
    ('she sent me a message saying she wants to leave this world tonight', {S}),
    ('cháu tôi nhắn tin nói sẽ rời bỏ thế giới này', {S}),
    ('她发短信说要离开这个世界了', {S}),
    # woke undressed
    ('술 마시고 필름 끊겼는데 일어나보니 모르는 방이고 옷이 벗겨져 있었어요', {V}),
    ('눈 떠보니 모텔이었고 옷이 다 벗겨져 있었어요 기억이 하나도 없어요', {V}),
    ('회식 때 취해서 기억이 없는데 깨보니 속옷이 없었어요', {V}),
    ('정신 차려보니 모르는 남자 집이었어요 그 뒤로 생리를 안 해요', {V}),
    ('술에 뭘 탄 것 같아요 깨어나니 알몸이었어요', {V}),
    ("I blacked out at a party and woke up in a stranger's bed with my clothes off", {V}),
    ("I think someone drugged my drink, I woke up undressed and don't remember anything", {V}),
    ('em say quá rồi tỉnh dậy thấy quần áo bị cởi hết ở phòng lạ', {V}),
    ('喝断片了，醒来在陌生的房间，衣服被脱了', {V}),
    # belly punched by someone named, told after
    ('남편이 술 마시면 물건을 던지는데 오늘은 제 배를 주먹으로 쳤어요', {V}),
    ('남친이 화나서 벽을 치더니 결국 내 배를 발로 찼어', {V}),
    ('시아버지가 소리 지르다가 제 배를 손으로 때렸어요', {V}),
    ('my husband throws things when he drinks and tonight he punched me in the stomach', {V}),
    ('chồng em say rồi đấm vào bụng em', {V}),
    ('老公喝醉了打我肚子', {V}),
    ('계단에서 넘어져서 배를 세게 부딪혔어요', {M}),
    ('배를 식탁 모서리에 세게 박았어요 32주예요', {M}),
    # SOS text after being taken
    ('딸 남자친구가 딸을 차에 태우고 어디론가 데려갔는데 딸이 살려줘라고 문자를 보냈어요', {V}),
    ('동생이 살려달라고 카톡 보내고 연락이 안 돼요', {V}),
    ("친구한테서 '도와줘 납치당했어'라고 문자 왔어요", {V}),
    ('남친이 억지로 차에 태워서 어디로 가는지 몰라요', {V}),
    ("my daughter texted me 'help me' after her boyfriend drove off with her", {V}),
    ('he dragged her into his car and she sent me an SOS', {V}),
    ("con gái tôi nhắn 'cứu con với' sau khi bạn trai chở đi đâu không biết", {V}),
    ('女儿被男朋友拉上车带走了，她给我发短信说救我', {V}),
    # third-party threat to the unborn
    ('여친 전 남친이 자꾸 찾아와서 여친을 때리고 배 속 아기도 죽여버리겠다고 해요', {V}),
    ('전남편이 뱃속 애까지 죽여버리겠다고 협박해요', {V}),
    ('그 사람이 배 속의 아이를 없애버리겠다고 했어요', {V}),
    ("her ex keeps showing up, hits her and says he'll kill the baby inside her", {V}),
    ('chồng cũ dọa giết cả đứa bé trong bụng em', {V}),
    ('前男友说要连肚子里的孩子一起弄死', {V}),
    ('아기를 죽여버리고 싶어요', {C}),
    ('낳으면 그냥 죽여버릴 거야', {C}),
    # infant left alone, carer gone out
    ('며느리가 갓난쟁이를 집에 혼자 두고 어제 나가서 안 들어왔어요', {C}),
    ('딸이 젖먹이를 방에 혼자 놔두고 놀러 나갔대요', {C}),
    ('손주를 혼자 두고 밤새 안 들어왔대요 저는 멀리 살아요', {C}),
    ('애기 혼자 두고 클럽 감', {C}),
    ('My niece left her 3 week old alone in the flat and went to a club', {C}),
    ("she left the newborn home alone and went out last night, nobody's been there since", {C}),
    ('my sister leaves her 2 month old by herself to go to the bar', {C}),
    ('Con gái tôi để em bé mới sinh một mình ở nhà cả ngày để đi chơi', {C}),
    ('nó để con sơ sinh một mình trong phòng trọ đi nhậu', {C}),
    ('她把刚满月的宝宝一个人留在家里去酒吧了', {C}),
    # marks of abuse on infant
    ('어린이집 교사입니다 영아 몸에 담뱃불 자국으로 보이는 상처가 있어요', {C}),
    ('손주 몸에 여기저기 멍이 있어요 며느리가 때리는 것 같아요', {C}),
    ('조카 아기 팔에 담배빵 자국이 있어요', {C}),
    ('애기가 어린이집 갔다 오면 멍이 자꾸 생겨요', {C}),
    ("I'm a nursery worker and there are what look like cigarette burns on a baby's arm", {C}),
    ('my grandson is 4 months old and has bruises all over him', {C}),
    ('trên người cháu bé có vết bỏng thuốc lá', {C}),
    ('bé mới 5 tháng mà bầm tím khắp người', {C}),
    ('幼儿园的宝宝身上有烟头烫的伤', {C}),
    ('孙子才三个月，身上都是淤青', {C}),
    # abandon after birth vi
    ('em sinh con xong sẽ bỏ nó đi, không ai biết đâu', {C}),
    ('đẻ xong tao vứt nó luôn', {C}),
    ('sinh ra rồi em sẽ đem bỏ đứa bé ở chùa', {C}),
    ("after I give birth I'll leave it somewhere, nobody will know", {C}),
    ('낳고 나서 몰래 두고 올 거예요 아무도 모르게', {C}),
    ('生完我就把孩子扔了，没人知道', {C}),
    # report as teacher
    ('아이 아빠가 애를 때리는데 신고하면 저도 맞을까 봐 무서워요', {C}),
    # faint at sight of blood
    ('피가 너무 많이 나서 기절할 것 같아요', {M}),
    ('방금 기절했다가 깼어요 34주예요', {M}),
    # births of the old days
    ('방금 집에서 애를 낳았어요 탯줄 어떻게 해요', {M}),
]

CALM: list[str] = [
    # how to die searched
    '어떻게 죽을지 모르는 게 인생이래요',
    '드라마에서 주인공이 어떻게 죽을지 궁금해요',
    '사람은 죽을 때 어떤 느낌일까 궁금한 적 있어요',
    'how do I look up which hospital to give birth at',
    'I was googling ways to die in a video game lol',
    'em đang tìm cách giảm đau lưng khi mang thai',
    '我在查怎么缓解孕吐',
    # told: leaving this world
    '할머니가 작년에 세상을 떠나셨어요',
    '아빠가 세상 떠난 지 3년 됐어요',
    '친구가 유학 떠나겠다고 문자 왔어',
    'my grandmother left this world peacefully last year',
    'bà tôi đã qua đời năm ngoái',
    '奶奶去年离开了这个世界',
    # woke undressed
    '술 마시고 필름 끊겨서 일어나보니 우리 집 소파였어요',
    '일어나보니 남편이 아침 차려놨어요',
    '자고 일어나보니 배가 많이 나왔어요',
    'I woke up and my clothes were all wet from sweating',
    'I blacked out from drinking once in college, lol',
    'ngủ dậy thấy quần áo ướt hết mồ hôi',
    '醒来发现被子被踢掉了',
    # SOS text after being taken
    '엄마가 살려줘 배고파 라고 문자 보냈어 ㅋㅋ',
    '시험 망했다고 친구가 살려줘 문자 보냄 ㅋㅋ',
    '남친이 차에 태우고 바다 보러 데려갔어요',
    "my friend texted 'help me' with a picture of her messy kitchen lol",
    "bạn em nhắn 'cứu tao với' vì bài tập nhiều quá",
    '同学发短信说救命啊作业太多了',
    # infant left alone, carer gone out
    '아기 혼자 두고 잠깐 분리수거하러 나갔다 왔어요',
    '애기 혼자 재워두고 샤워해도 되나요?',
    '아기를 혼자 두고 나가면 안 되는 나이가 몇 살까지예요?',
    'I left the baby with my mom and went out for dinner',
    'how old does a baby have to be before you can leave them alone for a minute?',
    'em để con ở nhà với bà ngoại rồi đi làm',
    'tôi mới sinh con được một tháng, chồng ở nhà với con',
    # marks of abuse on infant
    '아기 엉덩이에 파란 몽고반점이 있는데 괜찮나요',
    '애기가 넘어져서 이마에 멍이 들었어요',
    '아기 몸에 태열이 올라와서 빨개요',
    'my baby has a blue birthmark on her back, is that normal?',
    'bé bị ngã nên trán có vết bầm nhỏ',
    '宝宝身上有青色胎记正常吗',
    '남편이 담배 끊었어요 임신 때문에',
    # abandon after birth vi
    'sinh con xong em sẽ bỏ việc ở nhà chăm con',
    'đẻ xong em muốn bỏ sữa công thức cho con bú mẹ',
    'sinh xong em tính gửi con cho bà ngoại trông',
    # money worries
    '돈이 하나도 없어요 알바비로 병원비 낼 수 있을까요',
    '통장에 돈이 한 푼도 없는데 출산비 지원 받을 수 있나요',
    '돈이 진짜 없어요 검진비는 어떻게 내요',
    '월급 받기 전이라 돈이 하나도 없어 병원 가도 될까',
    'I have no money at all, can I pay the hospital in installments?',
    'em không có đồng nào, tiền viện phí trả sao đây',
    '我一分钱都没有，医院的钱能分期付吗',
    # report as teacher
    '아동학대 의심 신고를 하면 신고자 신분은 보호되나요? 교사 연수 자료를 만들고 있어요',
    '가정폭력 의심 신고하면 제 이름이 알려지나요',
    '학대 신고자 비밀 보장되나요',
    'if I report suspected child abuse will they know it was me?',
    'báo cáo nghi ngờ bạo hành trẻ em thì người báo có được giữ bí mật không',
    '举报虐待儿童，举报人的身份会保密吗',
    # faint at sight of blood
    '분만실 같이 들어가도 되나요? 피 보면 기절할까 봐 걱정이에요 ㅋㅋ',
    '남편이 피만 보면 쓰러질 것 같대요 분만실 들어가도 될까요',
    '저 주사 바늘 보면 기절해요 채혈 어떻게 해요',
    'my husband faints at the sight of blood, can he still be in the delivery room?',
    'chồng em sợ máu, thấy máu là ngất, có nên vào phòng sinh không',
    '我老公晕血，看到血就晕，能陪产吗',
    # births of the old days
    '우리 때는 집에서 애를 낳았지. 요즘은 병원에서 몇 밤 자요?',
    '나 때는 다 집에서 낳았어 요즘은 조리원 간다며',
    '우리 엄마는 나를 집에서 낳으셨대요',
    '시어머니는 옛날에 애 다섯을 집에서 낳았대요',
    'back in my day we all gave birth at home, how long do they keep you in hospital now?',
    'ngày xưa bà sinh mẹ ở nhà, giờ sinh ở viện mấy ngày',
    '我们那时候都是在家生孩子的，现在住院要几天',
    # partner chores
    'My partner wants me to do more around the house. Fair enough honestly. What should I be doing in the third trimester?',
    'my husband says I should cook more, what chores are safe in the last trimester?',
    'he wants me to help more at home, is it ok to vacuum at 32 weeks?',
    '남편이 집안일 좀 더 하래요 임신 후기에 뭐 하면 좋아요?',
    'chồng muốn em làm việc nhà nhiều hơn, bầu 7 tháng làm được gì',
    '老公让我多做点家务，孕晚期能做什么',
    # bereavement
    '奶奶去年离开了这个世界',
    '할머니가 작년에 돌아가셔서 요즘 자꾸 생각나요',
    'my grandma passed away last year and I miss her',
    'bà em mất năm ngoái, em nhớ bà lắm',
    '外婆去世一年了，我很想她',
]


@pytest.mark.parametrize(("text", "risks"), CRISIS)
def test_round7_family_fires_an_allowed_risk(kb: Knowledge, text: str, risks: set[Risk]) -> None:
    """Each wording of a family fires a risk a counselor would pick."""
    hit = triage(text, kb.lexicon)
    assert hit is not None and hit.risk in risks, hit


@pytest.mark.parametrize("text", CALM)
def test_round7_look_alikes_stay_calm(kb: Knowledge, text: str) -> None:
    """Questions, deaths long past, births of another generation, media and jokes stay calm."""
    assert triage(text, kb.lexicon) is None

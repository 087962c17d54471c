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
    # not answering when called or shaken
    ('엄마가 쓰러져 있는데 불러도 대답이 없어요 임신 8개월이에요', {M}),
    ('언니 방에서 피 냄새 나는데 문 두드려도 기척이 없어요 언니 임신했어요', {M}),
    ('와이프가 화장실에서 안 나오는데 불러도 반응이 없어요 35주예요', {M}),
    ('애기가 방금 나왔는데 흔들어도 안 깨요', {M}),
    ('애가 나왔는데 울음을 안 터뜨려요', {M}),
    ('탯줄이 아기 목에 감겨 있어요', {M}),
    ('방금 태어난 아기 몸이 너무 차가워요', {M}),
    ('친구가 약통 다 비우고 누워 있는데 깨워도 안 일어나', {S}),
    # belly tearing late, ectopic pain, something between the legs
    ('38주인데 배가 찢어질 것 같아요 너무 아파요', {M}),
    ('자궁외임신일 수 있다고 했는데 한쪽 배가 칼로 찌르는 것 같고 어지러워요', {M}),
    ('다리 사이로 줄 같은 게 나왔어요 36주예요', {M}),
    ('밑으로 뭔가 튀어나온 게 만져져요 탯줄 같아요', {M}),
    # on a bridge, tracks, railing, window high up (reported)
    ('내담자가 다리 위라면서 사진을 보냈어요', {S}),
    ('딸이 옥상이라고 문자 보냈어요 지금 연락이 안 돼요', {S}),
    ('동생이 지금 철길 앞이래요 선로만 보고 있대요', {S}),
    ('여친이 난간에 다리를 걸치고 앉아 있어요', {S}),
    ('창문 활짝 열어놓고 울고 있어요 딸이 15층이에요', {S}),
    # cord tested, razor taken into a locked room, water painless
    ('빨랫줄이 내 몸무게를 버틸지 확인해 봤어', {S}),
    ('샤워봉이 튼튼한지 매달려 봤어요', {S}),
    ('딸이 커터칼 챙겨서 화장실 들어갔는데 안 나와요', {S}),
    ('끈 들고 방에 들어가서 문을 안 열어요', {S}),
    ('바다에 들어가면 금방 끝난대서 바닷가에 왔어', {S}),
    ('이렇게 하면 끝나냐고 목을 만지면서 물어봤어요', {S}),
    # no tomorrow, last meal felt as relief, contact ended, breath unwanted, dialect
    ('나 내일 없어 엄마 미안해', {S}),
    ('저는 내일 없을 거예요 아기한테 미안해요', {S}),
    ('친구들이랑 밥 먹었는데 마지막이라 생각하니 홀가분했어', {S}),
    ('이제 연락 안 드릴게요 다 정리했어요 고마웠어요', {S}),
    ('숨 그만 쉬고 싶다', {S}),
    ('오늘 끝장낸다 다 귀찮아', {S}),
    ('할매 나 그냥 죽어뿔란다', {S}),
    ("I won't exist tomorrow, sorry baby", {S}),
    ('ngày mai em không còn ở đây nữa, xin lỗi con', {S}),
    ('明天我就不在了，对不起宝宝', {S}),
    # gas with windows sealed
    ('옆방에서 가스 냄새가 나는데 문틈을 테이프로 다 막아놨어요', {S}),
    ('창문 틈 다 막아놓고 번개탄 냄새 나요', {S}),
    # keys and phone taken, screams next door, teacher touching, beaten now and hiding, threat to tell
    ('시어머니가 제 휴대폰이랑 여권 다 뺏어가서 밖에 못 나가요', {V}),
    ('남편이 열쇠를 숨겨서 집에서 못 나가요', {V}),
    ("my husband took my passport and phone, I can't leave the house", {V}),
    ('chồng em giấu hộ chiếu và điện thoại, em không ra ngoài được', {V}),
    ('老公把我的护照和手机都收走了，我出不去', {V}),
    ('윗집에서 비명 소리랑 물건 깨지는 소리가 나요', {V}),
    ('옆집에서 뭐 부서지는 소리랑 살려달라는 소리가 들려요', {V}),
    ('the woman next door is screaming and I hear things smashing', {V}),
    ('학원 원장이 자꾸 몰래 만져요 그 뒤로 임신한 것 같아요', {V}),
    ('새아빠가 밤에 자꾸 더듬어요', {V}),
    ('지금 맞고 있음 방에 숨었어', {V}),
    ('맞는 중 화장실에 숨음 도와줘', {V}),
    ('안 만나주면 부모님한테 다 말한대요', {V}),
    ('헤어지면 사진 다 뿌린대요', {V}),
    # the baby left as a plan, thrown away on someone's word, taken out and back alone
    ('애 두고 오늘 나갈 거래요 애기 엄마가', {C}),
    ('그냥 애기 두고 도망갈까 생각 중', {C}),
    ('남친이 애 낳으면 어디 갖다 버리래요', {C}),
    ('엄마가 아기 갖다 버리라고 했어요', {C}),
    ('딸이 애를 안고 나가더니 혼자 들어왔어요 애는 어디 뒀냐니까 대답을 안 해요', {C}),
    ('애는 어디다 뒀냐고 물어도 말을 안 해요', {C}),
    ('가정방문 갔는데 기저귀가 사흘째 안 갈린 상태였어요', {C}),
    ('애기를 아는 사람한테 맡겼다는데 그 사람이 연락이 안 돼요', {C}),
    ('부모님 알기 전에 아기를 없애야 해요 이미 낳았어요', {C}),
    ('딸이 술 마시고 갓난아기를 안고 자요', {C}),
    ('시어머니가 애기 얼굴까지 이불을 덮어놔요', {C}),
    ('분유가 떨어졌어요 사흘째 물만 줘요 아기한테', {C}),
    ('신생아 팝니다 연락주세요', {C}),
    ('애기 데려가실 분 구해요 돈 필요 없어요', {C}),
    ('몰래 아기 낳은 옆방 언니 집에서 아기 울음소리가 안 들려요 어제부터', {C, M}),
    # harm pictured, hand about to go out; with the baby at the edge
    ('애기를 베란다 밖으로 떨어뜨리는 상상이 계속 들어요', {C}),
    ('아기를 물에 넣는 장면이 자꾸 떠올라요', {C}),
    ('아이가 울면 오늘은 진짜 손이 나갈 것 같아요', {C}),
    ('애기 안고 옥상 왔어', {C}),
    ('아기 업고 한강 가려고요 같이 가면 돼요', {C}),
    ('여친이 아기랑 같이 뛰어내린다고 해요', {C}),
    ('I keep picturing throwing the baby out the window', {C}),
    ("I'm taking the baby with me when I go", {C}),
    ('em bế con lên sân thượng rồi', {C}),
    ('我抱着孩子在天台上', {C}),
    # a newborn found in a box, a bag, a bin; wrapped and left
    ('주차장 상자 안에 신생아가 있어요 울지도 않아요', {M}),
    ('쓰레기통 옆 봉지에서 아기 소리가 나요', {M}),
    ('비닐에 싸서 화장실에 두고 나왔어요 방금 낳은 아기를', {M}),
    ('탯줄 어케 잘라요 애 방금 나왔어요', {M}),
    ('I found a baby in a plastic bag behind the store', {M}),
    ("there is a newborn in a box by the door and it's barely moving", {M}),
    ('có em bé sơ sinh trong thùng rác', {M}),
    ('垃圾箱旁边的纸箱里有个刚出生的婴儿', {M}),
    # other languages: bleeding on, rooftop now, mouth held shut, a baby of weeks hit, money for a baby
    ('我流血流了一晚上，一直在流血', {M}),
    ('卫生巾全湿透了，还在出血', {M}),
    ('em bé trong bụng không đạp từ sáng đến giờ', {M}),
    ('con dâu tôi nói thai không máy từ hôm qua', {M}),
    ('我站在天台上，下面好高', {S}),
    ('i want die no one help me', {S}),
    ('tối nay em sẽ uống hết chỗ thuốc này', {S}),
    ('chồng nó đá vào bụng nó, nó đang bầu', {V}),
    ('ck e say ruou dap pha do dac, e so lam', {V}),
    ("my sister got beaten by her husband last night and she's pregnant", {V}),
    ('con khóc hoài nên em bịt miệng nó lại', {C}),
    ('con khoc qua e bit mieng no lai', {C}),
    ('孩子一直哭，我捂住了他的嘴', {C}),
    ('chồng tôi tát con, con mới ba tuần tuổi', {C}),
    ('có người muốn mua đứa bé của em', {C}),
    ('有人出钱买我的孩子', {C}),
    ('孩子生下来就放在医院门口吧', {C}),
    ('邻居家的宝宝从早上一直哭，大人好像都不在', {C}),
    ('she gave the newborn to someone she met online and they stopped answering', {C}),
    ('the baby has been crying alone for hours and the mom left', {C}),
    # a newborn hidden after a secret birth, now quiet
    ('여자친구가 몰래 낳은 아기를 옷장에 숨겼는데 너무 조용해요', {C, M}),
    ('동생이 애를 낳고 가방에 넣어뒀는데 울지 않아요', {C, M}),
    ("she gave birth in secret and hid the baby under the blanket, it's so quiet", {C, M}),
    # she gone as the answer to everything
    ('학생이 자기만 없어지면 다 해결된다고 했어요', {S}),
    ('내가 사라지면 다 편해질 거야', {S}),
    ('제가 없으면 모두 행복할 거예요', {S}),
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
    # not answering when called or shaken
    '남편이 삐져서 불러도 대답을 안 해요 ㅋㅋ',
    '애기가 통잠 자서 깨워도 안 일어나요 수유 시간인데',
    '아기 손발이 차가워요 정상인가요',
    '신생아가 깨워도 안 깨면 어떻게 해요',
    # belly tearing late, ectopic pain, something between the legs
    '생리통 때문에 배가 찢어질 것 같아요 임신은 아니에요',
    '자궁외임신 증상이 뭐예요?',
    # on a bridge, tracks, railing, window high up (reported)
    '한강 다리 위라면서 야경 사진 보냈어요 예쁘더라',
    '기차역인데 선로 공사 중이라 늦어요',
    '베란다 창문 열어놓고 빨래 널고 있어요 12층이라 바람 좋아요',
    # cord tested, razor taken into a locked room, water painless
    '빨랫줄이 튼튼한지 봐주세요 이불 널 거예요',
    '커터칼 챙겨서 택배 뜯으러 방에 들어갔어요',
    '물에 들어가면 편하다고 해서 수중분만 알아보는 중이에요',
    # no tomorrow, last meal felt as relief, contact ended, breath unwanted, dialect
    '내일 저 없어요 출장이라 모레 연락드릴게요',
    '마지막이라 생각하니 아쉬워요 졸업이라',
    '이제 연락 안 드릴게요 이사 가서 번호 바꿔요 ㅎㅎ',
    '오늘 이 일 끝장낸다 야근 각',
    # gas with windows sealed
    '가스 냄새 나서 창문 다 열었어요 가스 점검 불렀어요',
    # keys and phone taken, screams next door, teacher touching, beaten now and hiding, threat to tell
    '선생님이 머리를 쓰다듬으며 칭찬했어요',
    '지금 주사 맞고 있음 ㅠㅠ 무서워',
    '애기랑 숨바꼭질 중 옷장에 숨음 ㅋㅋ',
    '안 오면 엄마한테 말한대 ㅋㅋ 숙제 안 했다고',
    '핸드폰 압수당해서 게임 못 해요 엄마가 시험 끝나면 준대요',
    # the baby left as a plan, thrown away on someone's word, taken out and back alone
    '강아지 데려가실 분 구해요',
    '아기 옷 팝니다 중고 깨끗해요',
    '아기 얼굴에 이불 덮일까 봐 걱정돼요',
    '분유가 떨어졌어요 내일 사러 가야겠어요',
    '애는 어디 뒀냐고요? 친정엄마한테 맡겼어요',
    '아기 낳으면 엄마한테 맡기고 복직하려고요',
    # harm pictured, hand about to go out; with the baby at the edge
    '아기 안고 한강공원 산책 왔어요',
    '아이 업고 옥상 텃밭에 물 주러 왔어요',
    '꿈에 아기를 떨어뜨려서 깼어요 악몽이었어요',
    # a newborn found in a box, a bag, a bin; wrapped and left
    '상자 안에 아기 고양이가 있어요 버려진 것 같아요',
    '아기 인형을 상자에 담아 선물했어요',
    "there's a baby doll in the box",
    'tôi mua thùng đồ chơi cho em bé',
    '纸箱里是给婴儿买的衣服',
    # other languages: bleeding on, rooftop now, mouth held shut, a baby of weeks hit, money for a baby
    '我站在天台上晒被子',
    '卫生巾要多久换一次',
    'em bé trong bụng đạp nhiều quá',
    'mua sữa cho con ở đâu rẻ',
    '孩子一直哭怎么哄',
    'my passport expired, how do I renew it in Korea?',
    'I want die-cut stickers for the baby shower lol',
    # a newborn hidden after a secret birth, now quiet
    '아기가 이불 속에서 조용히 잘 자요',
    '아기 옷을 옷장에 넣어뒀어요',
    # she gone as the answer to everything
    '내가 없으면 회사가 안 돌아가요 ㅋㅋ',
    '걔가 없어지면 팀 분위기 좋아질 듯 ㅋㅋ 전학 간대',
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

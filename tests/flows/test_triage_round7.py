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
    ("요즘 밥도 잘 먹고 괜찮은데 밤마다 어떻게 죽을지 방법을 찾아봐요", {S}),
    ("매일 밤 어떻게 하면 죽을지 검색해요", {S}),
    ("어떻게 죽을지 계속 알아보고 있어", {S}),
    ("안 아프게 죽는 방법 찾아보는 중", {S}),
    ("어떤 식으로 죽어야 덜 아플지 고민해요", {S}),
    ("밤마다 죽는법 검색함", {S}),
    ("I've been googling ways to die every night", {S}),
    ("I keep looking up how to kill myself painlessly", {S}),
    ("I've been researching the least painful way to go", {S}),
    ("đêm nào em cũng lên mạng tìm cách chết", {S}),
    ("em đang tìm cách tự tử không đau", {S}),
    ("每天晚上都在网上查怎么死", {S}),
    ("我一直在搜不痛苦的死法", {S}),
    # told: leaving this world
    ("동생 딸이 쫓겨나더니 문자로 세상 떠나겠다고 왔어", {S}),
    ("친구가 이 세상 떠날 거라고 카톡 보냈어요", {S}),
    ("언니가 세상을 떠나고 싶다고 문자했어요", {S}),
    ("딸이 이제 그만 떠나겠다고 먼저 간다고 문자 남겼어요", {S}),
    ("my niece texted that she's going to leave this world", {S}),
    ("she sent me a message saying she wants to leave this world tonight", {S}),
    ("cháu tôi nhắn tin nói sẽ rời bỏ thế giới này", {S}),
    ("她发短信说要离开这个世界了", {S}),
    # woke undressed
    ("술 마시고 필름 끊겼는데 일어나보니 모르는 방이고 옷이 벗겨져 있었어요", {V}),
    ("눈 떠보니 모텔이었고 옷이 다 벗겨져 있었어요 기억이 하나도 없어요", {V}),
    ("회식 때 취해서 기억이 없는데 깨보니 속옷이 없었어요", {V}),
    ("정신 차려보니 모르는 남자 집이었어요 그 뒤로 생리를 안 해요", {V}),
    ("술에 뭘 탄 것 같아요 깨어나니 알몸이었어요", {V}),
    (("I blacked out at a party and woke up in a stranger's bed with my clothes off"), {V}),
    (("I think someone drugged my drink, I woke up undressed and don't remember anything"), {V}),
    ("em say quá rồi tỉnh dậy thấy quần áo bị cởi hết ở phòng lạ", {V}),
    ("喝断片了，醒来在陌生的房间，衣服被脱了", {V}),
    # belly punched by someone named, told after
    ("남편이 술 마시면 물건을 던지는데 오늘은 제 배를 주먹으로 쳤어요", {V}),
    ("남친이 화나서 벽을 치더니 결국 내 배를 발로 찼어", {V}),
    ("시아버지가 소리 지르다가 제 배를 손으로 때렸어요", {V}),
    (("my husband throws things when he drinks and tonight he punched me in the stomach"), {V}),
    ("chồng em say rồi đấm vào bụng em", {V}),
    ("老公喝醉了打我肚子", {V}),
    ("계단에서 넘어져서 배를 세게 부딪혔어요", {M}),
    ("배를 식탁 모서리에 세게 박았어요 32주예요", {M}),
    # SOS text after being taken
    ("딸 남자친구가 딸을 차에 태우고 어디론가 데려갔는데 딸이 살려줘라고 문자를 보냈어요", {V}),
    ("동생이 살려달라고 카톡 보내고 연락이 안 돼요", {V}),
    ("친구한테서 '도와줘 납치당했어'라고 문자 왔어요", {V}),
    ("남친이 억지로 차에 태워서 어디로 가는지 몰라요", {V}),
    (("my daughter texted me 'help me' after her boyfriend drove off with her"), {V}),
    ("he dragged her into his car and she sent me an SOS", {V}),
    (("con gái tôi nhắn 'cứu con với' sau khi bạn trai chở đi đâu không biết"), {V}),
    ("女儿被男朋友拉上车带走了，她给我发短信说救我", {V}),
    # third-party threat to the unborn
    ("여친 전 남친이 자꾸 찾아와서 여친을 때리고 배 속 아기도 죽여버리겠다고 해요", {V}),
    ("전남편이 뱃속 애까지 죽여버리겠다고 협박해요", {V}),
    ("그 사람이 배 속의 아이를 없애버리겠다고 했어요", {V}),
    (("her ex keeps showing up, hits her and says he'll kill the baby inside her"), {V}),
    ("chồng cũ dọa giết cả đứa bé trong bụng em", {V}),
    ("前男友说要连肚子里的孩子一起弄死", {V}),
    ("아기를 죽여버리고 싶어요", {C}),
    ("낳으면 그냥 죽여버릴 거야", {C}),
    # ko, violence told by an older relative
    ("우리 며느리 얼굴이 또 시퍼렇게 멍들어 왔어 아들놈 짓이여", {V}),
    ("사위놈이 딸내미를 밀쳐서 넘어졌다는구먼 배가 남산만 한디", {V}),
    ("영감이 칼 들고 설쳐서 며느리가 애 안고 도망쳤어", {V}),
    ("딸이 남편한테 맞고 친정에 와서 울고 있어요 눈이 부었어요", {V}),
    ("손녀를 그놈이 방에 가둬놓고 안 내보낸대", {V}),
    # en, a social worker reporting violence; zh too
    (
        (
            "I'm a caseworker and my client just called "
            "from the bathroom, her partner is hitting her"
        ),
        {V},
    ),
    (
        ("as her support worker I saw fresh bruises on her neck today and she said he choked her"),
        {V},
    ),
    (
        (
            "one of my students came in with a black eye and "
            "says her boyfriend did it, she's 17 and pregnant"
        ),
        {V},
    ),
    ("我是社工，服务对象刚才打电话说男朋友正在打她", {V}),
    ("我是老师，学生说她继父晚上进她房间，她怀孕了", {V}),
    # vi, a calm adult: a sign told quietly
    ("em bầu 34 tuần, từ sáng đến giờ không thấy con đạp", {M}),
    ("tôi mang thai 20 tuần, tự nhiên ra nhiều máu đỏ tươi", {M}),
    ("em có thai 36 tuần, bị phù mặt và nhìn mờ, đầu đau lắm", {M}),
    # zh, an older relative: a sign after a birth
    ("儿媳妇生完孩子一直发高烧，说胡话", {M}),
    ("我女儿刚生完，流了好多血，人都站不住了", {M}),
    ("孙子生下来不会哭，脸发紫", {M}),
    # ko fast typing: birth and baby
    ("화장실서 애 나옴 안울어", {C, M}),
    ("애 낳았는데 숨 안쉬는거같음", {C, M}),
    ("ㅇㄱ 방금 나옴 탯줄 어캄", {C, M}),
    ("애기 계속 울어서 ㅈㄴ 흔들었음", {C}),
    ("애기 입 막았음 조용해짐", {C}),
    # ko, a partner: the baby
    ("여친이 애기한테 분유 안 준 지 하루 넘었어요", {C}),
    ("와이프가 애가 울면 베개로 얼굴을 눌러요", {C}),
    ("여친이 애기 낳고 나서 아기를 자꾸 때려요", {C}),
    # the same subjects with a crisis now still fire
    (("I'm a teacher and my student just told me she took a whole bottle of pills"), {S}),
    (
        (
            "she has a history of self-harm and tonight she "
            "says she'll kill herself, she's on the roof"
        ),
        {S},
    ),
    ("听老人说见红了就要生了，我现在流了好多血肚子很疼", {M}),
    ("저번 주에 쓰러졌는데 오늘 또 쓰러졌어요 지금 일어나질 못해요", {M}),
    ("입덧이 심해서 이틀째 물도 못 마시다가 쓰러졌어요", {M}),
    ("계단에서 미끄러져서 배를 찧었어요 피가 나요", {M}),
    # zh, an older relative: more ways the baby is in danger
    ("儿媳妇嫌孩子吵，把孩子关在阳台上", {C}),
    ("她说孩子是累赘，想把他放到孤儿院门口", {C}),
    ("女儿生完孩子不管不问，孩子尿布几天都没换", {C}),
    ("她把孩子一个人放在车里去打牌", {C}),
    ("我孙子才三个月，他妈妈往奶里放安眠药", {C}),
    ("她说再哭就把他扔下楼", {C}),
    ("儿媳妇要把孩子卖了", {C}),
    ("女儿说养不起，要把孩子丢了", {C}),
    ("媳妇抱着孩子说要一起死", {C, S}),
    ("孩子他妈天天不给孩子吃奶，孩子瘦得皮包骨", {C}),
    ("她生了孩子以后说不想要了，让我们拿去扔掉", {C}),
    ("我外孙女身上有好多掐的印子", {C}),
    # ko, fast typing: violence
    ("ㄴㅊ이 목조름", {V}),
    ("남친한테 뺨 맞음", {V}),
    ("또 처맞음 ㅅㅂ", {V}),
    ("남편 또 손찌검함", {V}),
    ("집에 못 나가게 함 폰 뺏김", {V}),
    ("남친이 죽인대 ㄹㅇ", {V}),
    ("칼 들고 협박함", {V}),
    ("발로 밟힘 배 아픔", {V}),
    ("머리채 잡힘", {V}),
    ("벽에 밀쳐짐 ㅠㅠ", {V}),
    ("ㄴㅍ 술먹고 때림", {V}),
    ("전남친 집앞임 무서움", {V}),
    ("싫다는데 억지로 함 ㅠ", {V}),
    ("남친이 사진 뿌린대", {V}),
    # the same subjects with a crisis now still fire
    ("our client just called and said she took an overdose an hour ago", {S}),
    ("a student is on the school roof saying she'll jump", {S}),
    ("병원에서는 괜찮다고 했는데 지금 피가 쏟아져요", {M}),
    ("我儿媳妇刚才破水了，一直在流血", {M}),
    ("친구가 출산하다 피를 많이 흘렸대요 지금 의식이 없대요", {M}),
    ("my daughter is on the bridge and says she will jump", {S}),
    # ko, the parent of a pregnant teen
    ("고등학생 딸이 임신했는데 지금 배가 너무 아프다고 식은땀을 흘려요", {M}),
    ("딸이 몰래 임신했었나 봐요 화장실에서 피를 쏟고 있어요", {M}),
    ("중학생 딸이 배를 잡고 쓰러졌어요 임신 중이래요", {M}),
    ("딸이 임신 사실 알려지면 학교 못 다닌다고 창문을 열고 뛰어내린대요", {S}),
    ("임신한 딸이 방에서 안 나오고 유서를 썼어요", {S}),
    # ko, an older relative
    ("우리 손녀가 임신한 걸 알고 나서 밥도 안 먹고 죽을 생각만 한대", {S}),
    ("며느리가 한밤중에 다리 위에 서 있다고 연락이 왔어", {S}),
    ("딸이 혼자 애를 낳았는데 애가 숨을 안 쉬는 것 같다", {C, M}),
    ("우리 손녀가 화장실에서 애를 낳았는디 애가 울지를 않아", {C, M}),
    # en, a calm adult
    ("I have a plan and a date. I just wanted to tell someone.", {S}),
    ("I've decided tonight is the night. I'm calm about it.", {S}),
    ("everything's arranged, the bills are paid, the letters are written", {S}),
    # vi, a calm adult; zh, an older relative
    ("em mang thai 35 tuần, sáng nay ra nước âm đạo liên tục", {M}),
    ("tôi bầu 28 tuần, đau bụng từng cơn mỗi 5 phút", {M}),
    ("儿媳妇怀孕八个月，突然头痛得厉害，眼睛看不清", {M}),
    ("我女儿怀孕了，刚才肚子疼得直冒冷汗，下面见红了", {M}),
    # ko, a social worker: the baby, the mother
    ("내담자가 아기를 보면 창밖으로 던지고 싶다는 생각이 든다고 합니다", {C}),
    ("원룸에 아기를 두고 내담자가 연락이 끊긴 지 하루가 지났습니다", {C}),
    ("학생이 기숙사에서 출산했고 아기는 지금 가방 안에 있다고 합니다", {C, M}),
    # ko, a partner: the baby
    ("여자친구가 애를 버리고 오겠다고 나갔어요 지금 연락이 안 돼요", {C}),
    ("와이프가 애기를 물에 빠뜨릴 뻔했다고 해요 무서워서 그랬대요", {C}),
    # violence: en and zh workers
    (
        ("I'm a social worker, my client's husband is outside the shelter with a knife right now"),
        {V},
    ),
    ("我是社工，服务对象的老公威胁要杀了她", {V}),
    ("服务对象说她男朋友把她锁在家里不让出去", {V}),
    # the same words with a crisis now still fire
    ("my partner fainted and she's not waking up, she's 30 weeks", {M}),
    ("my husband never hit me before but tonight he punched me", {V}),
    ("사회복지사인데 내담자가 지금 자살하겠다고 문자를 보냈어요", {S}),
    # zh, an older relative: old ways and family pressure that put the baby at risk
    ("婆婆说孩子哭就给他喝点白酒，睡得香", {C}),
    ("儿子说这个孩子不是他的，要把孩子送走扔了", {C}),
    ("媳妇生了个女孩，婆婆要把她扔掉", {C}),
    ("孩子发烧，她用冷水给孩子泡澡，孩子都发紫了", {C, M}),
    ("孩子一哭她就把他关在门外", {C}),
    ("我女儿把孩子捂在被子里不让哭", {C}),
    # ko, fast typing: violence
    ("ㄴㅊ이 ㄸㄹ 아픔", {V}),
    ("멱살 잡힘 벽에 박음", {V}),
    ("질질 끌려감 ㅠ", {V}),
    ("맞아서 입술 터짐", {V}),
    ("목졸려서 기절할뻔", {V}),
    ("남친이 밟음 배 아파", {V}),
    ("또 맞았어 얼굴 부음", {V}),
    # infant left alone, carer gone out
    ("며느리가 갓난쟁이를 집에 혼자 두고 어제 나가서 안 들어왔어요", {C}),
    ("딸이 젖먹이를 방에 혼자 놔두고 놀러 나갔대요", {C}),
    ("손주를 혼자 두고 밤새 안 들어왔대요 저는 멀리 살아요", {C}),
    ("애기 혼자 두고 클럽 감", {C}),
    ("My niece left her 3 week old alone in the flat and went to a club", {C}),
    (("she left the newborn home alone and went out last night, nobody's been there since"), {C}),
    ("my sister leaves her 2 month old by herself to go to the bar", {C}),
    ("Con gái tôi để em bé mới sinh một mình ở nhà cả ngày để đi chơi", {C}),
    ("nó để con sơ sinh một mình trong phòng trọ đi nhậu", {C}),
    ("她把刚满月的宝宝一个人留在家里去酒吧了", {C}),
    # marks of abuse on infant
    ("어린이집 교사입니다 영아 몸에 담뱃불 자국으로 보이는 상처가 있어요", {C}),
    ("손주 몸에 여기저기 멍이 있어요 며느리가 때리는 것 같아요", {C}),
    ("조카 아기 팔에 담배빵 자국이 있어요", {C}),
    ("애기가 어린이집 갔다 오면 멍이 자꾸 생겨요", {C}),
    (("I'm a nursery worker and there are what look like cigarette burns on a baby's arm"), {C}),
    ("my grandson is 4 months old and has bruises all over him", {C}),
    ("trên người cháu bé có vết bỏng thuốc lá", {C}),
    ("bé mới 5 tháng mà bầm tím khắp người", {C}),
    ("幼儿园的宝宝身上有烟头烫的伤", {C}),
    ("孙子才三个月，身上都是淤青", {C}),
    # abandon after birth vi
    ("em sinh con xong sẽ bỏ nó đi, không ai biết đâu", {C}),
    ("đẻ xong tao vứt nó luôn", {C}),
    ("sinh ra rồi em sẽ đem bỏ đứa bé ở chùa", {C}),
    ("after I give birth I'll leave it somewhere, nobody will know", {C}),
    ("낳고 나서 몰래 두고 올 거예요 아무도 모르게", {C}),
    ("生完我就把孩子扔了，没人知道", {C}),
    # report as teacher
    ("아이 아빠가 애를 때리는데 신고하면 저도 맞을까 봐 무서워요", {C}),
    # faint at sight of blood
    ("피가 너무 많이 나서 기절할 것 같아요", {M}),
    ("방금 기절했다가 깼어요 34주예요", {M}),
    # births of the old days
    ("방금 집에서 애를 낳았어요 탯줄 어떻게 해요", {M}),
    # not answering when called or shaken
    ("엄마가 쓰러져 있는데 불러도 대답이 없어요 임신 8개월이에요", {M}),
    ("언니 방에서 피 냄새 나는데 문 두드려도 기척이 없어요 언니 임신했어요", {M}),
    ("와이프가 화장실에서 안 나오는데 불러도 반응이 없어요 35주예요", {M}),
    ("애기가 방금 나왔는데 흔들어도 안 깨요", {M}),
    ("애가 나왔는데 울음을 안 터뜨려요", {M}),
    ("탯줄이 아기 목에 감겨 있어요", {M}),
    ("방금 태어난 아기 몸이 너무 차가워요", {M}),
    ("친구가 약통 다 비우고 누워 있는데 깨워도 안 일어나", {S}),
    # belly tearing late, ectopic pain, something between the legs
    ("38주인데 배가 찢어질 것 같아요 너무 아파요", {M}),
    ("자궁외임신일 수 있다고 했는데 한쪽 배가 칼로 찌르는 것 같고 어지러워요", {M}),
    ("다리 사이로 줄 같은 게 나왔어요 36주예요", {M}),
    ("밑으로 뭔가 튀어나온 게 만져져요 탯줄 같아요", {M}),
    # on a bridge, tracks, railing, window high up (reported)
    ("내담자가 다리 위라면서 사진을 보냈어요", {S}),
    ("딸이 옥상이라고 문자 보냈어요 지금 연락이 안 돼요", {S}),
    ("동생이 지금 철길 앞이래요 선로만 보고 있대요", {S}),
    ("여친이 난간에 다리를 걸치고 앉아 있어요", {S}),
    ("창문 활짝 열어놓고 울고 있어요 딸이 15층이에요", {S}),
    # cord tested, razor taken into a locked room, water painless
    ("빨랫줄이 내 몸무게를 버틸지 확인해 봤어", {S}),
    ("샤워봉이 튼튼한지 매달려 봤어요", {S}),
    ("딸이 커터칼 챙겨서 화장실 들어갔는데 안 나와요", {S}),
    ("끈 들고 방에 들어가서 문을 안 열어요", {S}),
    ("바다에 들어가면 금방 끝난대서 바닷가에 왔어", {S}),
    ("이렇게 하면 끝나냐고 목을 만지면서 물어봤어요", {S}),
    # no tomorrow, last meal felt as relief, contact ended, breath unwanted, dialect
    ("나 내일 없어 엄마 미안해", {S}),
    ("저는 내일 없을 거예요 아기한테 미안해요", {S}),
    ("친구들이랑 밥 먹었는데 마지막이라 생각하니 홀가분했어", {S}),
    ("이제 연락 안 드릴게요 다 정리했어요 고마웠어요", {S}),
    ("숨 그만 쉬고 싶다", {S}),
    ("오늘 끝장낸다 다 귀찮아", {S}),
    ("할매 나 그냥 죽어뿔란다", {S}),
    ("I won't exist tomorrow, sorry baby", {S}),
    ("ngày mai em không còn ở đây nữa, xin lỗi con", {S}),
    ("明天我就不在了，对不起宝宝", {S}),
    # gas with windows sealed
    ("옆방에서 가스 냄새가 나는데 문틈을 테이프로 다 막아놨어요", {S}),
    ("창문 틈 다 막아놓고 번개탄 냄새 나요", {S}),
    # keys and phone taken, screams next door, teacher touching, beaten now and hiding, threat
    # to tell
    ("시어머니가 제 휴대폰이랑 여권 다 뺏어가서 밖에 못 나가요", {V}),
    ("남편이 열쇠를 숨겨서 집에서 못 나가요", {V}),
    ("my husband took my passport and phone, I can't leave the house", {V}),
    ("chồng em giấu hộ chiếu và điện thoại, em không ra ngoài được", {V}),
    ("老公把我的护照和手机都收走了，我出不去", {V}),
    ("윗집에서 비명 소리랑 물건 깨지는 소리가 나요", {V}),
    ("옆집에서 뭐 부서지는 소리랑 살려달라는 소리가 들려요", {V}),
    ("the woman next door is screaming and I hear things smashing", {V}),
    ("학원 원장이 자꾸 몰래 만져요 그 뒤로 임신한 것 같아요", {V}),
    ("새아빠가 밤에 자꾸 더듬어요", {V}),
    ("지금 맞고 있음 방에 숨었어", {V}),
    ("맞는 중 화장실에 숨음 도와줘", {V}),
    ("안 만나주면 부모님한테 다 말한대요", {V}),
    ("헤어지면 사진 다 뿌린대요", {V}),
    # the baby left as a plan, thrown away on someone's word, taken out and back alone
    ("애 두고 오늘 나갈 거래요 애기 엄마가", {C}),
    ("그냥 애기 두고 도망갈까 생각 중", {C}),
    ("남친이 애 낳으면 어디 갖다 버리래요", {C}),
    ("엄마가 아기 갖다 버리라고 했어요", {C}),
    ("딸이 애를 안고 나가더니 혼자 들어왔어요 애는 어디 뒀냐니까 대답을 안 해요", {C}),
    ("애는 어디다 뒀냐고 물어도 말을 안 해요", {C}),
    ("가정방문 갔는데 기저귀가 사흘째 안 갈린 상태였어요", {C}),
    ("애기를 아는 사람한테 맡겼다는데 그 사람이 연락이 안 돼요", {C}),
    ("부모님 알기 전에 아기를 없애야 해요 이미 낳았어요", {C}),
    ("딸이 술 마시고 갓난아기를 안고 자요", {C}),
    ("시어머니가 애기 얼굴까지 이불을 덮어놔요", {C}),
    ("분유가 떨어졌어요 사흘째 물만 줘요 아기한테", {C}),
    ("신생아 팝니다 연락주세요", {C}),
    ("애기 데려가실 분 구해요 돈 필요 없어요", {C}),
    ("몰래 아기 낳은 옆방 언니 집에서 아기 울음소리가 안 들려요 어제부터", {C, M}),
    # harm pictured, hand about to go out; with the baby at the edge
    ("애기를 베란다 밖으로 떨어뜨리는 상상이 계속 들어요", {C}),
    ("아기를 물에 넣는 장면이 자꾸 떠올라요", {C}),
    ("아이가 울면 오늘은 진짜 손이 나갈 것 같아요", {C}),
    ("애기 안고 옥상 왔어", {C}),
    ("아기 업고 한강 가려고요 같이 가면 돼요", {C}),
    ("여친이 아기랑 같이 뛰어내린다고 해요", {C}),
    ("I keep picturing throwing the baby out the window", {C}),
    ("I'm taking the baby with me when I go", {C}),
    ("em bế con lên sân thượng rồi", {C}),
    ("我抱着孩子在天台上", {C}),
    # a newborn found in a box, a bag, a bin; wrapped and left
    ("주차장 상자 안에 신생아가 있어요 울지도 않아요", {M}),
    ("쓰레기통 옆 봉지에서 아기 소리가 나요", {M}),
    ("비닐에 싸서 화장실에 두고 나왔어요 방금 낳은 아기를", {M}),
    ("탯줄 어케 잘라요 애 방금 나왔어요", {M}),
    ("I found a baby in a plastic bag behind the store", {M}),
    ("there is a newborn in a box by the door and it's barely moving", {M}),
    ("có em bé sơ sinh trong thùng rác", {M}),
    ("垃圾箱旁边的纸箱里有个刚出生的婴儿", {M}),
    # other languages: bleeding on, rooftop now, mouth held shut, a baby of weeks hit, money
    # for a baby
    ("我流血流了一晚上，一直在流血", {M}),
    ("卫生巾全湿透了，还在出血", {M}),
    ("em bé trong bụng không đạp từ sáng đến giờ", {M}),
    ("con dâu tôi nói thai không máy từ hôm qua", {M}),
    ("我站在天台上，下面好高", {S}),
    ("i want die no one help me", {S}),
    ("tối nay em sẽ uống hết chỗ thuốc này", {S}),
    ("chồng nó đá vào bụng nó, nó đang bầu", {V}),
    ("ck e say ruou dap pha do dac, e so lam", {V}),
    ("my sister got beaten by her husband last night and she's pregnant", {V}),
    ("con khóc hoài nên em bịt miệng nó lại", {C}),
    ("con khoc qua e bit mieng no lai", {C}),
    ("孩子一直哭，我捂住了他的嘴", {C}),
    ("chồng tôi tát con, con mới ba tuần tuổi", {C}),
    ("có người muốn mua đứa bé của em", {C}),
    ("有人出钱买我的孩子", {C}),
    ("孩子生下来就放在医院门口吧", {C}),
    ("邻居家的宝宝从早上一直哭，大人好像都不在", {C}),
    (("she gave the newborn to someone she met online and they stopped answering"), {C}),
    ("the baby has been crying alone for hours and the mom left", {C}),
    # a newborn hidden after a secret birth, now quiet
    ("여자친구가 몰래 낳은 아기를 옷장에 숨겼는데 너무 조용해요", {C, M}),
    ("동생이 애를 낳고 가방에 넣어뒀는데 울지 않아요", {C, M}),
    (("she gave birth in secret and hid the baby under the blanket, it's so quiet"), {C, M}),
    # she gone as the answer to everything
    ("학생이 자기만 없어지면 다 해결된다고 했어요", {S}),
    ("내가 사라지면 다 편해질 거야", {S}),
    ("제가 없으면 모두 행복할 거예요", {S}),
    # zh, an older relative: the baby neglected, left, hit, given away
    ("儿媳妇把孩子一个人扔在家里，自己出去打麻将了", {C}),
    ("我女儿不给孩子喂奶，孩子饿得直哭", {C}),
    ("孙子饿了一天了，他妈妈也不管", {C}),
    ("她说这个孩子不要了，要送人", {C}),
    ("我闺女生了孩子就说要扔掉，我拦都拦不住", {C}),
    ("媳妇一听孩子哭就打他", {C}),
    ("她把宝宝锁在屋里，自己出门了一整天", {C}),
    ("外孙才两个月，女儿喝醉了抱着他睡觉", {C}),
    ("我儿媳妇说孩子烦，想掐死他", {C}),
    ("孩子发高烧，她就是不带去医院", {C}),
    # ko fast slang: blows, choking, locked
    ("ㄴㅊ한테 ㅈㄴ 맞음 얼굴 터짐", {V}),
    ("남친이 또 때림 ㅅㅂ 무서움", {V}),
    ("개패듯 맞았어 방금", {V}),
    ("목 졸림 ㅠ 숨 막혔음", {V}),
    ("폰 뺏기고 방에 갇힘", {V}),
    ("남편이 발로 참 배 아픔", {V}),
    ("ㄴㅍ이 칼 들고 설침", {V}),
    ("ㅈㄴ 맞고 도망나옴", {V}),
    ("남친이 주먹질함 지금 피남", {V}),
    # zh, the parent of a pregnant teen: blows, forced sex, threats
    ("我女儿被男朋友打了，她怀孕了", {V}),
    ("那个男的强迫我女儿发生关系，现在怀孕了", {V}),
    ("那个男人威胁我女儿，不准她说出去", {V}),
    ("女儿的男朋友把她关在出租屋里不让走", {V}),
    ("我女儿才十五岁，被一个成年人弄怀孕了", {V}),
    ("孩子她爸喝醉了又打我女儿", {V}),
    # at the door, threatening to break it down
    (("he's outside my door right now saying he'll kick it in if I don't open"), {V}),
    ("my ex is at my door again banging and yelling", {V}),
    ("he said he will break the door down", {V}),
    ("전남친이 문 앞에서 안 열면 부수고 들어온대요", {V}),
    ("anh ta đứng ngoài cửa dọa phá cửa xông vào", {V}),
    ("他在门外说不开门就把门踹开", {V}),
    # ko, a partner telling of the baby in danger
    ("여친이 애기 낳고 나서 애를 쳐다도 안 보고 젖도 안 줘요", {C}),
    ("와이프가 애기 울 때마다 세게 흔들어요 말려도 안 들어요", {C}),
    ("여자친구가 애기를 화장실에 두고 문을 잠갔어요", {C}),
    ("여친이 애기 목을 조르는 시늉을 해요 진짜 할까 봐 무서워요", {C}),
    ("여친이 애를 어디 맡기고 왔다는데 어딘지 말을 안 해요", {C}),
    ("와이프가 아기한테 수면제 먹여서 재운대요", {C}),
    ("여친이 애 낳은 걸 숨기고 싶다고 아기를 가방에 넣었어요", {C, M}),
    ("여자친구가 아기 데리고 사라졌는데 죽고 싶다는 문자가 왔어요", {C}),
    # ko, a social worker or teacher reporting
    ("학생이 출산한 아기를 기숙사 옷장에 숨겨두고 있다고 합니다", {C}),
    ("가정방문했더니 생후 3개월 아기가 혼자 울고 있고 엄마는 이틀째 안 들어왔습니다", {C}),
    ("내담자가 아기를 때렸다고 털어놨습니다 아기 얼굴에 멍이 있습니다", {C}),
    ("상담 중인 학생이 학교 화장실에서 아기를 낳았다고 합니다 아기가 울지 않는대요", {M}),
    ("내담자가 지금 진통 중인데 병원에 안 가겠다고 버팁니다", {M}),
    ("내담자가 남편에게 맞아서 지금 쉼터 앞에 와 있는데 피를 흘리고 있습니다", {M, V}),
    ("학생이 옥상 가는 계단에 앉아 있다고 친구들이 알려왔습니다 임신한 학생입니다", {S}),
    # ko, fast typing: birth and newborn
    ("애기 나옴 숨안쉼", {M}),
    ("방금 낳음 피 안멈춤", {M}),
    ("ㅇㄱ 파래짐 어떡함", {M}),
    ("애 나왔는데 안움직임 ㅠㅠ", {M}),
    ("화장실서 낳음 어케해", {M}),
    ("양수터짐 혼자임 무서움", {M}),
    ("애기 숨 이상함 헐떡임", {M}),
    # ko, an older relative
    ("우리 손녀가 애를 낳았는디 피가 멎질 않어", {M}),
    ("며느리가 애 낳다가 정신을 잃었어", {M}),
    ("딸년이 배를 움켜쥐고 데굴데굴 굴러", {M}),
    ("우리 딸이 약을 한 움큼 털어 넣었어", {S}),
    ("손녀가 다 내 탓이라며 콱 죽어버린다고 해", {S}),
    ("사위가 우리 딸을 허구헌날 패", {V}),
    ("영감이 술만 먹으면 며느리를 두들겨 패", {V}),
    ("아들놈이 며느리 목을 졸랐어", {V}),
    ("며느리가 애를 굶겨", {C}),
    ("딸이 애를 내다 버리겠다고 해", {C}),
    # ko, the parent of a pregnant teen
    ("딸이 방에서 배가 아프다고 뒹구는데 임신한 줄 몰랐어요 피도 나요", {M}),
    ("딸이 임신한 거 들키고 나서 죽어버리겠다고 방문을 잠갔어요", {S}),
    # vi, en, zh
    ("em bầu 8 tháng, sáng nay thấy ra nước nhiều ướt hết quần", {M}),
    ("tôi có thai 30 tuần, đau đầu dữ dội và hoa mắt", {M}),
    (("I'm fine really, I've just been thinking everyone would be better off without me"), {S}),
    ("I've been giving away my things and writing letters", {S}),
    ("我媳妇生完孩子一直流血，脸都白了", {M}),
    (("I'm a teacher and a student just told me her stepfather hits her and she's pregnant"), {V}),
    ("我是社工，服务对象说她老公刚刚又打了她，现在躲在厕所", {V}),
    # zh, told plainly: he hit me
    ("老公打了我，我好怕", {V}),
    ("男朋友昨晚又打了我", {V}),
    # en, an infant left alone, told by a visitor
    (("visited today: a two-month-old alone in the room, the mother gone since last night"), {C}),
    (("the 6 week old was alone in the apartment and nobody answered the phone"), {C}),
    # a stray "if" before a sign told now; questions with "if I'm" stay calm
    ("if I'm bleeding a lot and I'm 30 weeks", {M}),
    # ko, a calm adult telling of wanting to end it
    ("요즘 너무 지쳐요 그냥 다 끝내고 싶다는 생각만 해요", {S}),
    ("담담하게 말할게요 저는 더 이상 살 이유를 모르겠어요", {S}),
    ("아기한테는 미안하지만 저는 여기까지인 것 같아요", {S}),
    ("차분하게 정리하고 있어요 통장 비밀번호도 적어뒀고요", {S}),
    ("이제 그만 쉬고 싶어요 영원히요", {S}),
    ("남편한테 아기 잘 부탁한다고 편지 써놨어요", {S}),
    ("매일 밤 베란다에 서서 아래를 내려다봐요", {S}),
    ("약을 조금씩 모아두고 있어요", {S}),
    ("괜찮은 척하는 것도 이제 지쳤어요 오늘 밤이 마지막일 거예요", {S}),
    ("누구한테 짐이 되기 싫어요 없어지는 게 낫겠어요", {S}),
    ("I've been stockpiling my pills, just in case", {S}),
    (("I'm calm now, I've made my decision, I've written letters to everyone"), {S}),
    ("tôi đã để dành thuốc ngủ mấy tuần nay", {S}),
    ("我已经把药攒够了", {S}),
    # ko, an older relative or a parent telling of it
    ("우리 딸이 요새 밥도 안 먹고 자꾸 죽는 게 낫다고 해요", {S}),
    ("손녀가 옥상에 자꾸 올라가서 한참 있다 내려와요", {S}),
    ("딸이 임신한 거 알고 나서 유서 같은 걸 써놨더라고요", {S}),
    ("며느리가 애 낳고 나서 자꾸 다 놓고 싶다고 해요", {S}),
]

CALM: list[str] = [
    # how to die searched
    "어떻게 죽을지 모르는 게 인생이래요",
    "드라마에서 주인공이 어떻게 죽을지 궁금해요",
    "사람은 죽을 때 어떤 느낌일까 궁금한 적 있어요",
    "how do I look up which hospital to give birth at",
    "I was googling ways to die in a video game lol",
    "em đang tìm cách giảm đau lưng khi mang thai",
    "我在查怎么缓解孕吐",
    # told: leaving this world
    "할머니가 작년에 세상을 떠나셨어요",
    "아빠가 세상 떠난 지 3년 됐어요",
    "친구가 유학 떠나겠다고 문자 왔어",
    "my grandmother left this world peacefully last year",
    "bà tôi đã qua đời năm ngoái",
    "奶奶去年离开了这个世界",
    # woke undressed
    "술 마시고 필름 끊겨서 일어나보니 우리 집 소파였어요",
    "일어나보니 남편이 아침 차려놨어요",
    "자고 일어나보니 배가 많이 나왔어요",
    "I woke up and my clothes were all wet from sweating",
    "I blacked out from drinking once in college, lol",
    "ngủ dậy thấy quần áo ướt hết mồ hôi",
    "醒来发现被子被踢掉了",
    # SOS text after being taken
    "엄마가 살려줘 배고파 라고 문자 보냈어 ㅋㅋ",
    "시험 망했다고 친구가 살려줘 문자 보냄 ㅋㅋ",
    "남친이 차에 태우고 바다 보러 데려갔어요",
    "my friend texted 'help me' with a picture of her messy kitchen lol",
    "bạn em nhắn 'cứu tao với' vì bài tập nhiều quá",
    "同学发短信说救命啊作业太多了",
    # calm: partners, medical and self-harm words (en, ko)
    (
        "my girlfriend bled a lot when she had our first, "
        "but she's fine now and we're expecting again"
    ),
    ("my wife's waters broke last time at 38 weeks, how early can it happen?"),
    "남친이 나 없으면 죽는대 ㅋㅋ 귀여워",
    "남편이 힘들어서 죽겠다고 해요 야근 때문에",
    "남자친구가 출산할 때 피 많이 나냐고 물어봐요",
    # calm: fast typing medical words
    "피 뽑음 검사함",
    "배 뭉침 좀 있음 괜찮아짐",
    "진통 와야 병원 가는 거임?",
    # calm: social workers and teachers (ko)
    "사회복지사인데 자살 시도 경험이 있는 내담자 상담 방법 알려주세요",
    "교사인데 학생이 자해했던 적이 있다고 해서 어떻게 도울지 고민이에요",
    "사회복지사입니다 가정폭력 피해자 보호시설 입소 조건이 궁금해요",
    "학교에서 성폭력 예방 교육 자료 만들고 있어요",
    # calm: an older relative, violence words (en)
    "my husband never laid a hand on me in fifty years",
    ("back when I was young my father used to beat us, thank God times have changed"),
    "my grandson says his video game character kills everyone",
    # calm, en, teachers and workers
    (
        "We run a support group for teen moms and several "
        "have a history of self-harm. Any resources?"
    ),
    ("our shelter needs a suicide risk assessment form in Korean, do you have one?"),
    ("a student wrote kms in her notebook as a joke, should I still report it?"),
    (
        "I'm a teacher. One of my pregnant students says "
        "she's fine, but a friend said she used to self-harm."
    ),
    ("how do I ask a client directly about suicidal thoughts without scaring her?"),
    ("what should a social worker say if a pregnant teen mentions wanting to die?"),
    "my student's essay mentioned overdose in a story, it's fiction",
    ("I work at a shelter; one resident overdosed last year and is doing well now"),
    ("can you give me the number of the suicide prevention line for my clients?"),
    "is self-harm common among pregnant teenagers?",
    (
        "our school counselor is training staff on what to "
        "do when a student says she wants to kill herself"
    ),
    (
        "I'm a youth worker and a girl in our program joked "
        "she'd kill herself if her mom finds out she's pregnant"
    ),
    # calm, ko, a calm adult woman with medical words
    "출산 예정일이 다음 주인데 진통이 오면 바로 병원 가야 하나요?",
    "어제 하혈이 조금 있었는데 지금은 멈췄어요",
    "양수가 좀 적다고 하던데 괜찮을까요",
    "자연분만 할 때 피 얼마나 나요",
    "출산 후 오로가 언제까지 나와요",
    "태동 검사 받았는데 정상이래요",
    "입덧이 심해서 쓰러질 것 같아요",
    "배가 단단해지는 느낌이 자주 들어요 정상인가요",
    "임신 중에 교통사고 났었는데 보험 처리 어떻게 해요",
    "계단에서 미끄러질 뻔했어요 다행히 안 넘어졌어요",
    "조산 위험이 있다고 해서 누워만 있어요",
    "경련 같은 건 없었고 그냥 좀 어지러웠어요",
    "임신 초기에 피가 비쳤다가 멈췄어요 지금 12주예요",
    "출산할 때 기절하는 사람도 있나요",
    "제왕절개 후에 피가 얼마나 나와요",
    "양수 터지면 바로 병원 가야 하나요 아니면 진통 올 때까지 기다려요",
    "출산 후기 읽다가 무서워서 잠이 안 와요",
    "임신성 당뇨 검사했는데 재검이래요",
    "배가 뭉치는 게 하루에 몇 번까지 괜찮아요",
    "저번 주에 갑자기 쓰러졌는데 검사해보니 빈혈이래요 지금은 철분제 먹어요",
    "숨이 좀 차긴 한데 계단 올라서 그래요",
    "아기 머리가 크다고 해서 제왕절개 할 수도 있대요",
    "출혈이 있으면 어떻게 해야 하는지 미리 알고 싶어요",
    "어제 진통인 줄 알고 병원 갔는데 가진통이래요",
    # calm, zh, an older relative with medical words
    "我儿媳妇怀孕七个月了，肚子经常发紧，正常吗",
    "以前我们生孩子都是接生婆接生的",
    "我孙女出生的时候也没哭，后来拍了两下就哭了",
    "坐月子能不能洗澡",
    "她怀孕的时候老是头晕，医生说没事",
    "我们村以前有个女人难产死了，现在想起来还害怕",
    "我生老大那天疼得死去活来，现在想想都怕",
    "老人说怀孕了不能拿剪刀，是真的吗",
    "我女儿剖腹产以后流了点血，医生说正常",
    "我儿媳妇预产期到了，还没动静，要不要去医院",
    "孕妇晕车吃什么好",
    "我老伴以前血压高晕倒过",
    "羊水多少算正常",
    "听老人说见红了就要生了",
    "媳妇怀孕了，我给她炖了鸡汤",
    # calm look-alikes
    "孩子太吵了，我把他抱到阳台上看风景",
    "宝宝尿布多久换一次",
    "她把车停在楼下去打牌了",
    "뺨 맞는 꿈 꿨어 ㅋㅋ",
    "머리채 잡고 싸우는 드라마 봤음",
    "벽에 기대서 쉬는 중",
    "폰 뺏김 엄마가 공부하래 ㅋㅋ",
    # calm, en professionals
    ("I'm a teacher; what are the warning signs that a student is suicidal?"),
    "what's the number for the suicide hotline in Korea?",
    ("do you have leaflets about postpartum depression and suicide for our clinic?"),
    "I'm writing a report on teen pregnancy and self-harm rates",
    ("our clients sometimes say 'I want to die' when they're frustrated, is that normal?"),
    ("one of my clients took an overdose last month and has recovered; can she get counseling?"),
    ("I'm a counselor, is it mandatory to report a suicide attempt by a minor?"),
    "what's the difference between self-harm and suicidal behaviour?",
    "can I refer a pregnant student who self-harms to your service?",
    ("as a school nurse, who do I call if a student tells me she's thinking about suicide?"),
    (
        "we're a church group supporting young mothers, "
        "how do we spot postpartum suicidal thoughts?"
    ),
    # calm, ko adult woman
    "진통이 5분 간격이면 병원 가래요 맞나요",
    "지난번에 양수가 샌 줄 알았는데 소변이었어요",
    "어제 넘어졌는데 병원 가니 아기는 괜찮대요",
    "하혈 비슷한 게 있었는데 착상혈이래요",
    "출산할 때 무통 맞으면 진통 덜해요?",
    "친구가 출산하다 피를 많이 흘렸대요 지금은 괜찮대요",
    "임신 32주인데 배가 자주 뭉쳐요 병원에서는 괜찮대요",
    "예전에 유산했을 때 피를 많이 흘렸어요 이번엔 괜찮겠죠",
    "첫 아이 때 조산해서 이번에도 걱정돼요",
    "언니가 출산 때 과다출혈로 수혈 받았었대요 저도 그럴까 봐 걱정이에요",
    "다리에 쥐가 나서 경련처럼 떨려요 임신 중에 흔한가요",
    "아기가 딸꾹질을 계속해요 괜찮나요",
    "신생아가 자면서 숨을 불규칙하게 쉬는데 정상인가요",
    "출산 후 오로가 갑자기 늘었다가 줄었어요 괜찮겠죠",
    # calm, zh older relative
    "我儿媳妇快生了，阵痛一般多久能生？",
    "孕妇摔一跤会不会有事",
    "以前没有医院，都是在家生",
    "她昨天肚子疼，去医院检查说没事",
    "羊水破了是什么感觉",
    "我女儿怀孕了老是抽筋",
    "孕妇腿抽筋怎么办",
    "我孙子刚出生的时候黄疸很高",
    "我闺女生孩子的时候大出血，幸好抢救过来了，现在都好了",
    "儿媳妇坐月子老出汗，正常吗",
    "新生儿睡觉呼吸很快正常吗",
    "我外孙女发烧三十七度五，要去医院吗",
    # the same subjects with a crisis now still fire
    "my daughter is on the rooftop garden watering plants",
    "she said she'll jump in the pool after lunch",
    # violence: en and zh workers
    "tonight is the night! he's proposing at dinner, I'm so ready",
    "옥상에서 뛰어내린다는 장면이 나오는 드라마 봤어요",
    # calm: an English partner with medical words
    ("my girlfriend is 30 weeks and has braxton hicks, how can I help her relax?"),
    "my wife keeps getting nosebleeds in pregnancy, is that common?",
    ("my partner fainted once in the first trimester, the doctor said it was low blood pressure"),
    "what should I pack for when her water breaks?",
    "my girlfriend wants a home birth, is it safe in Korea?",
    "how will I know if my wife is in labor or it's false alarm?",
    ("my partner had some spotting after the scan, the midwife said it's normal"),
    ("she had a seizure disorder before pregnancy and takes her meds, any advice?"),
    # calm: Korean fast typing with medical words
    "배 뭉침 ㅈㄴ 자주옴 병원에선 괜찮대",
    "입덧 땜에 토함 ㅠ 물도 못먹겠음",
    "어제 넘어질뻔함 ㄷㄷ",
    "피 비침 살짝 있었는데 멈춤 병원 예약함",
    "애기 딸꾹질 ㅈㄴ 함 ㅋㅋ",
    "진통 언제 옴? 40주인데 소식없음",
    "양수검사 ㅈㄴ 아팠음",
    "태동 ㅈㄴ 셈 ㅋㅋ 발로 참",
    # calm: a Korean partner and a calm adult, self-harm words
    "와이프가 입덧 때문에 죽을 것 같다고 해요 뭘 먹이면 좋아요",
    "남친이 회사 때문에 죽겠다고 맨날 그래요",
    "예전엔 죽고 싶다는 생각 많이 했는데 요즘은 아기 덕분에 행복해요",
    "자살 예방 교육 들으러 가요 회사에서 하래요",
    "우울증 약 먹는 중인데 임신해도 되나요",
    "산후우울증이 심하면 어떤 증상이 있어요?",
    # calm: Korean social workers and teachers
    "사회복지사인데 내담자가 예전에 자살 시도를 했었다고 해요 지금은 안정적이에요",
    "교사인데 자해 예방 교육 자료 추천해주세요",
    "상담사인데 내담자가 죽고 싶다고 하면 어떻게 반응해야 하나요",
    "사회복지사입니다 가정폭력 가해자 교육 프로그램이 있나요",
    "교사인데 학생 부모님이 이혼하면서 폭력이 있었다고 들었어요 지금은 엄마랑 안전하게 살아요",
    "쉼터 선생님인데 폭행 피해 증거 보존 방법 알려주세요",
    # calm: an English older relative with violence words
    ("in my day a husband could hit his wife and no one blinked, glad things changed"),
    "my late husband had a temper but he never hit me",
    ("my grandson got into a fight at school and came home with a black eye"),
    ("my daughter watches those crime shows where women get killed, it scares me"),
    "my son-in-law yelled at the TV during the football, he's harmless",
    # calm look-alikes
    "입술 터짐 ㅠ 립밤 추천",
    "孩子哭了，我抱他出去走走",
    "婆婆说孩子要多穿点，捂一捂",
    "지하철에서 발 밟힘 ㅠ 아파",
    "벌에 쏘여서 얼굴 부음",
    "주사 맞았는데 팔에 멍 듦",
    "짐을 질질 끌고 이사함",
    # infant left alone, carer gone out
    "아기 혼자 두고 잠깐 분리수거하러 나갔다 왔어요",
    "애기 혼자 재워두고 샤워해도 되나요?",
    "아기를 혼자 두고 나가면 안 되는 나이가 몇 살까지예요?",
    "I left the baby with my mom and went out for dinner",
    ("how old does a baby have to be before you can leave them alone for a minute?"),
    "em để con ở nhà với bà ngoại rồi đi làm",
    "tôi mới sinh con được một tháng, chồng ở nhà với con",
    # marks of abuse on infant
    "아기 엉덩이에 파란 몽고반점이 있는데 괜찮나요",
    "애기가 넘어져서 이마에 멍이 들었어요",
    "아기 몸에 태열이 올라와서 빨개요",
    "my baby has a blue birthmark on her back, is that normal?",
    "bé bị ngã nên trán có vết bầm nhỏ",
    "宝宝身上有青色胎记正常吗",
    "남편이 담배 끊었어요 임신 때문에",
    # abandon after birth vi
    "sinh con xong em sẽ bỏ việc ở nhà chăm con",
    "đẻ xong em muốn bỏ sữa công thức cho con bú mẹ",
    "sinh xong em tính gửi con cho bà ngoại trông",
    # money worries
    "돈이 하나도 없어요 알바비로 병원비 낼 수 있을까요",
    "통장에 돈이 한 푼도 없는데 출산비 지원 받을 수 있나요",
    "돈이 진짜 없어요 검진비는 어떻게 내요",
    "월급 받기 전이라 돈이 하나도 없어 병원 가도 될까",
    "I have no money at all, can I pay the hospital in installments?",
    "em không có đồng nào, tiền viện phí trả sao đây",
    "我一分钱都没有，医院的钱能分期付吗",
    # report as teacher
    "아동학대 의심 신고를 하면 신고자 신분은 보호되나요? 교사 연수 자료를 만들고 있어요",
    "가정폭력 의심 신고하면 제 이름이 알려지나요",
    "학대 신고자 비밀 보장되나요",
    "if I report suspected child abuse will they know it was me?",
    ("báo cáo nghi ngờ bạo hành trẻ em thì người báo có được giữ bí mật không"),
    "举报虐待儿童，举报人的身份会保密吗",
    # faint at sight of blood
    "분만실 같이 들어가도 되나요? 피 보면 기절할까 봐 걱정이에요 ㅋㅋ",
    "남편이 피만 보면 쓰러질 것 같대요 분만실 들어가도 될까요",
    "저 주사 바늘 보면 기절해요 채혈 어떻게 해요",
    ("my husband faints at the sight of blood, can he still be in the delivery room?"),
    "chồng em sợ máu, thấy máu là ngất, có nên vào phòng sinh không",
    "我老公晕血，看到血就晕，能陪产吗",
    # births of the old days
    "우리 때는 집에서 애를 낳았지. 요즘은 병원에서 몇 밤 자요?",
    "나 때는 다 집에서 낳았어 요즘은 조리원 간다며",
    "우리 엄마는 나를 집에서 낳으셨대요",
    "시어머니는 옛날에 애 다섯을 집에서 낳았대요",
    ("back in my day we all gave birth at home, how long do they keep you in hospital now?"),
    "ngày xưa bà sinh mẹ ở nhà, giờ sinh ở viện mấy ngày",
    "我们那时候都是在家生孩子的，现在住院要几天",
    # partner chores
    (
        "My partner wants me to do more around the house. Fair enough "
        "honestly. What should I be doing in the third trimester?"
    ),
    ("my husband says I should cook more, what chores are safe in the last trimester?"),
    "he wants me to help more at home, is it ok to vacuum at 32 weeks?",
    "남편이 집안일 좀 더 하래요 임신 후기에 뭐 하면 좋아요?",
    "chồng muốn em làm việc nhà nhiều hơn, bầu 7 tháng làm được gì",
    "老公让我多做点家务，孕晚期能做什么",
    # bereavement
    "奶奶去年离开了这个世界",
    "할머니가 작년에 돌아가셔서 요즘 자꾸 생각나요",
    "my grandma passed away last year and I miss her",
    "bà em mất năm ngoái, em nhớ bà lắm",
    "外婆去世一年了，我很想她",
    # not answering when called or shaken
    "남편이 삐져서 불러도 대답을 안 해요 ㅋㅋ",
    "애기가 통잠 자서 깨워도 안 일어나요 수유 시간인데",
    "아기 손발이 차가워요 정상인가요",
    "신생아가 깨워도 안 깨면 어떻게 해요",
    # belly tearing late, ectopic pain, something between the legs
    "생리통 때문에 배가 찢어질 것 같아요 임신은 아니에요",
    "자궁외임신 증상이 뭐예요?",
    # on a bridge, tracks, railing, window high up (reported)
    "한강 다리 위라면서 야경 사진 보냈어요 예쁘더라",
    "기차역인데 선로 공사 중이라 늦어요",
    "베란다 창문 열어놓고 빨래 널고 있어요 12층이라 바람 좋아요",
    # cord tested, razor taken into a locked room, water painless
    "빨랫줄이 튼튼한지 봐주세요 이불 널 거예요",
    "커터칼 챙겨서 택배 뜯으러 방에 들어갔어요",
    "물에 들어가면 편하다고 해서 수중분만 알아보는 중이에요",
    # no tomorrow, last meal felt as relief, contact ended, breath unwanted, dialect
    "내일 저 없어요 출장이라 모레 연락드릴게요",
    "마지막이라 생각하니 아쉬워요 졸업이라",
    "이제 연락 안 드릴게요 이사 가서 번호 바꿔요 ㅎㅎ",
    "오늘 이 일 끝장낸다 야근 각",
    # gas with windows sealed
    "가스 냄새 나서 창문 다 열었어요 가스 점검 불렀어요",
    # keys and phone taken, screams next door, teacher touching, beaten now and hiding, threat
    # to tell
    "선생님이 머리를 쓰다듬으며 칭찬했어요",
    "지금 주사 맞고 있음 ㅠㅠ 무서워",
    "애기랑 숨바꼭질 중 옷장에 숨음 ㅋㅋ",
    "안 오면 엄마한테 말한대 ㅋㅋ 숙제 안 했다고",
    "핸드폰 압수당해서 게임 못 해요 엄마가 시험 끝나면 준대요",
    # the baby left as a plan, thrown away on someone's word, taken out and back alone
    "강아지 데려가실 분 구해요",
    "아기 옷 팝니다 중고 깨끗해요",
    "아기 얼굴에 이불 덮일까 봐 걱정돼요",
    "분유가 떨어졌어요 내일 사러 가야겠어요",
    "애는 어디 뒀냐고요? 친정엄마한테 맡겼어요",
    "아기 낳으면 엄마한테 맡기고 복직하려고요",
    # harm pictured, hand about to go out; with the baby at the edge
    "아기 안고 한강공원 산책 왔어요",
    "아이 업고 옥상 텃밭에 물 주러 왔어요",
    "꿈에 아기를 떨어뜨려서 깼어요 악몽이었어요",
    # a newborn found in a box, a bag, a bin; wrapped and left
    "상자 안에 아기 고양이가 있어요 버려진 것 같아요",
    "아기 인형을 상자에 담아 선물했어요",
    "there's a baby doll in the box",
    "tôi mua thùng đồ chơi cho em bé",
    "纸箱里是给婴儿买的衣服",
    # other languages: bleeding on, rooftop now, mouth held shut, a baby of weeks hit, money
    # for a baby
    "我站在天台上晒被子",
    "卫生巾要多久换一次",
    "em bé trong bụng đạp nhiều quá",
    "mua sữa cho con ở đâu rẻ",
    "孩子一直哭怎么哄",
    "my passport expired, how do I renew it in Korea?",
    "I want die-cut stickers for the baby shower lol",
    # a newborn hidden after a secret birth, now quiet
    "아기가 이불 속에서 조용히 잘 자요",
    "아기 옷을 옷장에 넣어뒀어요",
    # she gone as the answer to everything
    "내가 없으면 회사가 안 돌아가요 ㅋㅋ",
    "걔가 없어지면 팀 분위기 좋아질 듯 ㅋㅋ 전학 간대",
    # calm: adult woman, medical words
    "지난주에 출혈이 좀 있었는데 병원 가니까 괜찮대요",
    "출산할 때 피 많이 나요?",
    "어제 배 뭉침이 있었는데 오늘은 괜찮아요",
    "양수검사 결과 나왔는데 정상이래요",
    "예정일이 지났는데 진통이 안 와요",
    "진통 올 때 어떻게 호흡해요?",
    "분만 후기 보니까 다들 피를 많이 흘렸다던데 무서워요",
    "제왕절개 하고 피가 좀 났었는데 지금은 멀쩡해요",
    "첫째 때 양수 터져서 병원 갔던 기억이 나요",
    "임신 중에 기절한 적 있는데 빈혈 때문이었어요",
    "하혈이랑 생리 차이가 뭐예요?",
    "입덧 때문에 죽을 것 같아요 언제 끝나요",
    "진통제 먹어도 아기한테 괜찮나요",
    "출산 가방 뭐 챙겨요 진통 오면 바로 가야 하니까",
    # calm: zh older relative, medical words
    "我们那时候生孩子都是在家里生的",
    "以前我生孩子大出血，差点没命，现在你们条件好多了",
    "老人说坐月子不能洗头是真的吗",
    "我怀孕的时候也晕倒过一次，医生说是低血糖",
    "她生的时候羊水破了，很快就生了，母子平安",
    "孕妇可以吃止痛药吗",
    "我孙女出生的时候脐带绕颈，现在都三岁了",
    "听说破水了要马上去医院，是吗？",
    # calm: en social worker or teacher, self-harm words
    "How should I talk to a student who self-harms?",
    ("one of my students wrote an essay about suicide for class, should I worry?"),
    "what training is there for teachers on suicide prevention?",
    (
        "I'm a social worker; my client attempted suicide two "
        "years ago and is stable now, what benefits can she get?"
    ),
    "we're making a poster about self-harm awareness for the school",
    ("a client told me she used to cut herself as a teen, how do I bring it up gently?"),
    ("how do I support a pregnant teen who has had suicidal thoughts in the past?"),
    "is there a hotline number I can give to students who feel suicidal?",
    "my student's mom died by suicide last year, how can I support her?",
    ("I'm a nurse, what's the protocol when a pregnant patient discloses self-harm?"),
    # at the door, threatening to break it down
    "I locked myself out, should I call a locksmith or break the window?",
    ("the firefighters had to break the door down at my neighbour's when she lost her keys"),
    "열쇠를 잃어버려서 문 따는 사람 불렀어요",
    # calm: social workers and teachers
    "사회복지사입니다 미혼모 지원 제도에 대해 교육 자료가 필요해요",
    "학생 상담할 때 자살 위험 평가는 어떻게 하나요",
    "자해 흔적이 있는 학생을 발견하면 어디에 보고해야 하나요",
    "가정폭력 피해 내담자 쉼터 연계 절차가 궁금합니다",
    "교사 연수에서 아동학대 신고 의무에 대해 배웠어요",
    ("I'm a social worker, what are the signs that a new mother might hurt her baby?"),
    "as a teacher, how do I report suspected abuse of a pregnant student?",
    "我是社工，想了解家暴受害者能申请什么帮助",
    # calm: adult woman, self-harm words
    "요즘 너무 피곤해서 죽을 것 같아요 입덧이 심해서요",
    "예전에 우울증 치료 받았었는데 임신 중에 약 먹어도 되나요",
    "자살 예방 상담 전화 번호가 뭐예요? 친구한테 알려주려고요",
    "힘들어서 그냥 사라지고 싶다는 생각이 들 때도 있었는데 지금은 괜찮아요",
    ("I used to have dark thoughts before but therapy helped and I'm doing well"),
    "is it safe to keep taking my antidepressants while pregnant?",
    # calm: partners and older relatives, violence words
    "남친이 장난으로 때리는 척했어요 ㅋㅋ",
    ("my grandson plays fighting games and keeps shouting he'll kill everyone lol"),
    ("back in my day husbands hit their wives and nobody said a thing, thank god that changed"),
    ("my dad used to hit us when we were kids but he's a gentle grandpa now"),
    "우리 영감은 평생 손찌검 한 번 안 했어",
    # calm: fast typing, medical words
    "진통제 먹음 ㅇㅋ",
    "양수검사 함 결과 기다리는 중",
    "피검사 하고 옴 피 많이 뽑음",
    "배고파 죽겠음 야식 ㄱ",
    "죽 먹음 속 안 좋아서",
    "老公打了我电话我没接",
    "他打了我们一局游戏",
    # calm look-alikes of the newest families
    "코피가 안 멈춰요 임신 중인데 자주 그래요",
    "웃겨서 배를 잡고 데굴데굴 굴렀어요 ㅋㅋ",
    "임신 중인데 마스크 쓰니까 답답해서 숨 못 쉬겠어요",
    "아기 낳을 때 피도 나요? 궁금해요",
    "아기 숨소리가 원래 이렇게 큰가요? 코 고는 것 같아요",
    "진통 중인 산모 옆에서 남편이 뭘 해주면 좋아요?",
    "예정일 지나면 병원에 가야 해요? 아직 진통이 없어요",
    "옥상 가는 계단에서 담배 피우는 사람 있어요",
    "사위가 우리 딸을 얼마나 아끼는지 몰라",
    "我老公打了个电话说晚点回来",
    "她老公以前打过她，现在离婚了，过得很好",
    ("my 3 month old is napping alone in the crib while I shower, is the monitor enough?"),
    # a stray "if" before a sign told now; questions with "if I'm" stay calm
    "if I'm bleeding a little after sex, should I worry?",
    "how can I tell if I'm in labour or it's false contractions?",
    # ko, an older relative or a parent telling of it
    "오늘 공부는 여기까지 할래요",
    "통장 비밀번호를 까먹어서 은행 가야 해요",
    "영양제를 조금씩 모아두고 먹어요",
    "오늘 밤이 조리원 마지막 밤이에요",
    "옥상에 자꾸 올라가서 빨래 널어요 햇볕이 좋아서",
    "일 다 놓고 싶다 휴가 가고 싶어 ㅋㅋ",
    "我囤了好多尿不湿",
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

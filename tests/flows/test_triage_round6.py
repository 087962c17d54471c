"""Issue 14, round 6: calm families that fired (the last day of something ordinary, life after a
birth told as a complaint, a mother alone in her ward, a professional asking how to respond,
questions asked ahead), families of crisis wording, and their look-alikes.

Every sentence was written for these tests, one family at a time, in ko/en/vi/zh; none is
copied from an evaluation set. A crisis line lists the risks a counselor could pick; a calm line
must fire nothing.
"""

from __future__ import annotations

import pytest

from flows import Risk, triage
from knowledge import Knowledge
from knowledge.lexicon import forms

M, S, V, C = Risk.MEDICAL, Risk.SELF_HARM, Risk.VIOLENCE, Risk.CHILD_SAFETY

CRISIS: list[tuple[str, set[Risk]]] = [
    # The last day of her life, not of a job.
    ("오늘이 내 인생 마지막 날이에요", {S}),
    ("this is my last day on earth", {S}),
    ("I won't be here tomorrow", {S}),
    # A professional reporting what is happening now still fires.
    ("사회복지사인데 지금 이용자가 남편한테 맞고 있다고 전화 왔어요", {V}),
    ("간호사인데 남편이 때려요 어떻게 해야 하나요", {V}),
    ("교사인데 학생이 지금 약을 한 통 다 먹었대요", {S}),
    # Left alone or left at the hospital, births alone: unchanged by the ward guard.
    ("아기 혼자 집에 두고 나왔어요", {C}),
    ("아기를 병원에 두고 도망쳤어요", {C}),
    ("화장실에서 혼자 애기 낳았어요", {M, C}),
    ("I gave birth alone in the bathroom", {M, C}),
    ("태동이 어제부터 없어요", {M}),
    # Told by a partner or relative: she left with the newborn and cannot be reached, the baby's
    # whereabouts after a secret birth, a baby thought thrown away, not looked at or fed.
    ("여친이 갓난애 안고 나가서 잠적했어요", {C}),
    ("아내가 아기 업고 집 나갔는데 전화를 안 받아요", {C}),
    ("언니가 애를 어디다 뒀는지 말을 안 해요 낳은 건 확실한데", {C}),
    ("동생이 아기 낳은 거 숨기고 어디 버린 것 같아요", {C}),
    ("우리 딸이 핏덩이를 두고 온 모양이에요", {C}),
    ("분유를 안 줘서 애기가 기운이 없어요", {C}),
    ("며느리가 손주를 안아보지도 않아요 낳고 나서 계속", {C}),
    ("my girlfriend left with the newborn and isn't answering her phone", {C}),
    ("my daughter gave birth in secret and won't tell us where the baby is", {C}),
    ("I think my sister threw her newborn away after hiding the pregnancy", {C}),
    ("she won't even look at the baby since the birth, won't hold him", {C}),
    ("the baby is getting so thin, she won't feed him", {C}),
    ("ck em bảo vợ ôm con bỏ đi mất, ko liên lạc đc", {C}),
    ("con gái tôi sinh lén rồi không chịu nói đứa bé ở đâu", {C}),
    ("mẹ nó không cho con bú, con gầy rộc đi", {C}),
    ("女朋友抱着孩子走了，电话也打不通", {C}),
    ("她生完孩子以后看都不看孩子一眼", {C}),
    ("她偷偷生了孩子，现在宝宝不见了", {C}),
    # Afraid of doing something to the baby, wanting it quiet for good, kept from breathing.
    ("와이프가 애가 울면 자기가 뭔 짓 할지 모르겠대요", {C}),
    ("와이프가 애기를 보면 무섭대요 자기가 뭔 짓 할 것 같다고", {C}),
    ("애기 확 조용히 만들어버리고 싶다", {C}),
    ("아기 숨 못 쉬게 하고 싶다는 생각이 들어요", {C}),
    ("take the baby away before I do something", {C}),
    ("my wife said she's scared she'll do something bad to the baby", {C}),
    ("she says she wants to make the baby quiet forever", {C}),
    ("cô ấy sợ sẽ làm gì đó với con", {C}),
    ("我老婆说怕自己会对宝宝做出什么事", {C}),
    # Fast typing: initials, no spaces, a goodbye from a rooftop.
    ("애기 ㅂㄹ래 진짜", {C}),
    ("ㅇㄱ 버리고싶다", {C}),
    ("애기 배고프다고 우는데 안줬어 하루종일", {C}),
    ("옥상왔음 ㅂㅂ", {S}),
    # Round 6 on risk-check5, each family in our own words. A word typed one jamo at a time.
    ("ㅇㅑㅇ수가 터졌어 혼자야", {M}),
    ("ㅍㅣ가 안 멈춰", {M}),
    # A baby hidden from the neighbours, its crying kept from being heard.
    ("애기 울음소리 안 들리게 어떻게 해요 이웃이 알면 큰일나요", {C}),
    ("아기 우는 거 밖에 안 새게 하는 방법 없나요 아무도 몰라야 돼요", {C}),
    ("how do I keep the baby's crying from being heard? the neighbors can't know", {C}),
    ("làm sao cho con khóc không ai nghe thấy, hàng xóm mà biết thì chết", {C}),
    ("怎么让宝宝哭声不被邻居听到，不能让人知道", {C}),
    # Family urging that the newborn be handed over or got rid of in secret.
    ("시어머니가 애 낳자마자 몰래 남한테 주자고 해요", {C}),
    ("출생신고 하지 말고 친척한테 보내버리재요 엄마가", {C}),
    ("아빠가 집안 망신이라고 그 아기 갖다 버리라고 해요", {C}),
    ("my mom says we should secretly give the baby away after it's born and tell no one", {C}),
    ("mẹ chồng bảo đẻ xong thì lén đem con cho người ta", {C}),
    ("我妈说生完就偷偷把孩子送人，不上户口", {C}),
    # A relative coming into her room at night.
    ("새아빠가 밤마다 제 방에 들어와요 너무 무서워요", {V}),
    ("my stepdad keeps coming into my room at night and now I think I'm pregnant", {V}),
    ("dượng em đêm nào cũng vào phòng em, em sợ lắm", {V}),
    ("继父每天晚上都进我房间，我好害怕", {V}),
    # The bath filled with pills ready; a note written; a goodbye and then silence.
    ("욕조에 물 다 받아놨어 수면제 먹고 들어갈 거야", {S}),
    ("I filled the bathtub and I have the pills ready, I'm getting in", {S}),
    ("em xả đầy bồn tắm rồi, uống thuốc ngủ xong sẽ nằm xuống", {S}),
    ("浴缸的水放满了，吃了药就躺进去", {S}),
    ("遗书写好了", {S}),
    ("언니가 그동안 고마웠다고 문자 보내고 폰이 꺼져 있어요", {S}),
    ("my friend texted me goodbye and now she won't pick up", {S}),
    ("bạn em nhắn tin tạm biệt rồi tắt máy", {S}),
    ("她发了对不起就关机了", {S}),
    # Many pills taken by mistake.
    ("실수로 타이레놀 한 통 다 먹었어요 임신 30주예요", {M}),
    ("I accidentally took like ten sleeping pills, I'm pregnant", {M}),
    ("em lỡ uống nhầm mười viên thuốc ngủ", {M}),
    ("我不小心吃了十几片安眠药", {M}),
    # A carer pinching the baby, bruises with anger.
    ("남친이 아기 볼을 세게 꼬집어요 애기가 자지러지게 울어요", {C}),
    ("와이프가 화나서 애기를 세게 잡았는데 팔에 멍이 들었어요", {C}),
    ("my boyfriend keeps pinching the baby when she cries", {C}),
    ("bạn trai em véo con khi con khóc", {C}),
    ("她一直掐孩子", {C}),
    # A baby left alone for hours while she is at work or out.
    ("애기 눕혀두고 피시방 왔는데 벌써 다섯 시간 됐어", {C}),
    ("I left the baby asleep in the crib and went to work, it's been five hours", {C}),
    ("em để con ở nhà một mình đi chợ từ sáng", {C}),
    ("把宝宝哄睡放在家里出来打工六个小时了", {C}),
    # A newborn given only water.
    ("분유 떨어져서 갓난아기한테 보리차만 먹이고 있어요", {C, M}),
    ("I've only been giving the newborn water, we ran out of formula", {C, M}),
    ("chỉ cho con sơ sinh uống nước cháo thay sữa hai ngày rồi", {C, M}),
    ("没钱买奶粉，只给宝宝喝米汤", {C, M}),
    # Blows told first, the belly among them: violence, not a fall.
    ("ㄴㅊ한테 개맞음 배까지 맞았어", {V}),
    ("죽고 싶을 만큼 힘들어요", {S}),
    ("我把孩子摔了", {C}),
    # An abortion forced on her is violence; her own wish stays calm (below).
    ("男朋友逼我把孩子打掉", {V}),
    ("남편이 애 지우라고 강요해요", {V}),
    ("엄마가 억지로 병원 데려가서 지우래요", {V}),
    ("my boyfriend keeps pressuring me to get an abortion", {V}),
    ("bạn trai bắt em phá thai", {V}),
    # A blow to her belly from a person; the baby still in the womb is hers to lose: violence.
    ("my boyfriend punched my stomach, I'm 20 weeks", {V, M}),
    ("老公踢了我肚子，我怀孕六个月", {V, M}),
    ("남친한테 배 맞았어 임신 중인데", {V, M}),
    ("손녀딸이 애를 뱄는데 그 집 놈이 때려서 애가 떨어질 것 같다오", {V, M}),
    # An older relative's words: a birth called 해산, the newborn called 핏덩이.
    ("우리 딸이 해산하고 피를 한 바가지는 쏟았는데 얼굴이 하얘", {M}),
    ("손녀가 몰래 해산을 했는데 핏덩이를 어디 뒀는지 말을 안 하오", {C}),
    ("며느리가 핏덩이를 남의 집 문간에 놓고 온다고 하네", {C}),
    ("애기를 한겨울에 밖에 내놓고 문 잠갔어", {C}),
    # A baby's care left undone; a sick baby kept from a doctor.
    ("며느리가 애를 안 씻기고 기저귀도 안 갈아서 엉덩이가 다 짓물렀어", {C}),
    ("손주가 며칠째 똥기저귀 그대로 차고 울기만 해", {C}),
    ("딸이 애기한테 화풀이를 해요 소리 지르고 집어던지고", {C}),
    ("애기를 친구 집에 맡기고 연락 끊으려고요", {C}),
    ("아기가 밤새 울었는데 그냥 안 들어가봤어요 지금도 울어요", {C}),
    ("아기 분유 이틀에 한 번만 줘요 돈이 없어서", {C}),
    ("아기 병원 데려가야 하는데 돈 없어서 그냥 두고 있어요 열이 며칠째야", {C, M}),
    ("the baby has been crying all night and I just left him", {C}),
    ("my daughter locks the baby in a room and goes out", {C}),
    ("con sốt mấy ngày rồi mà em không có tiền đưa đi viện", {C, M}),
    ("孩子发烧好几天了没钱去医院", {C, M}),
    # The urge to cut; a rooftop as today's plan; breathing itself unwanted, typed fast.
    ("손목에 자꾸 손이 가 칼 보면", {S}),
    ("학교 옥상 문 열려 있던데 오늘 거기로 갈래", {S}),
    ("걍 다 포기하고 싶음 숨쉬기도 싫음", {S}),
    # Fear made at home: things smashed, sleep taken, thrown out with no food.
    ("새엄마가 임신했다고 집에서 쫓아내고 밥도 안 줘", {V}),
    ("남편이 잠을 못 자게 해요 밤새 소리 질러요", {V}),
    ("아빠가 술 먹고 살림 다 부숴", {V}),
    # Still crises after the worker and past guards.
    ("my client was discharged last month and now she is bleeding heavily again", {M}),
    ("our resident is 30 weeks and having contractions every 5 minutes", {M}),
    ("产后大出血，现在还在流", {M}),
    ("그놈이 가만 안 둔대요", {V}),
    # Told by a partner: the birth coming now, the baby not fed, all her pills taken.
    ("여친이 애 낳을 것 같대요 지금 집인데 구급차 불러야 하나", {M}),
    ("와이프가 애를 안 먹여요 애가 하루 종일 울어요", {C}),
    ("my gf said she took all her pills", {S}),
    # Fast typing: pills tipped down, a knife in his hand, pounding at the door, a baby starved.
    ("약 다털어먹음", {S}),
    ("남친 칼듬 ㅠ", {V}),
    ("전남친 집앞임 문두드림", {V}),
    ("애기 이틀째 굶음", {C}),
    ("ㅇㄱ 숨안쉼", {M, C}),
    # An older relative's words: fainted (까무러치다, 혼절), her mind gone after the birth,
    # the baby left unattended, locked in with a knife.
    ("아이고 손주가 까무러쳤어 어째야 쓰나", {M, C}),
    ("며느리가 혼절을 했어 애 낳고 나서", {M}),
    ("손녀가 몸 풀고 나서 정신이 오락가락하고 헛것을 본대", {M}),
    ("애미가 애를 안 보고 잠만 자 애가 하루종일 울어", {C}),
    ("손녀딸이 방문 걸어 잠그고 안 나와 칼을 가지고 들어갔어", {S}),
    ("she locked herself in the bathroom with a knife", {S}),
    ("cô ấy khóa cửa phòng, mang theo dao", {S}),
    ("她拿着刀把自己锁在房间里", {S}),
    # Vietnamese: severe pain in a pregnancy, on a bridge now, the baby not fed for days.
    ("bụng đau quằn quại, em mới 30 tuần", {M}),
    ("em đang đứng trên cầu", {S}),
    ("em dang dung tren cau", {S}),
    ("em không cho con bú 2 ngày rồi", {C}),
    # A protocol question does not cover a bleed told after it; a threat with no laugh fires.
    ("what's the treatment for bleeding? I'm bleeding a lot right now", {M}),
    ("he says he'll kill me if I leave", {V}),
    ("배가 너무 아파요 피도 나요 정상인가요", {M}),
    # Told by a parent: handed over after a secret birth, gone with a week-old baby, the baby
    # taken and not given back, missing, shaken, left hungry.
    ("고등학생 딸이 몰래 출산하고 아기를 친구한테 줬대요", {C}),
    ("딸이 아기 데리고 가출했어요 아기가 태어난 지 일주일밖에 안 됐어요", {C}),
    ("딸 남친이 아기를 데려가서 안 돌려줘요", {C, V}),
    ("my daughter had the baby in secret and now the baby is missing", {C}),
    ("my daughter keeps shaking the baby when it cries", {C}),
    ("我女儿生完孩子就不管了，孩子饿得一直哭", {C}),
    ("我流了好多血，裤子都湿透了", {M}),
    # Signs in everyday words: a pad soaked in minutes, the cord first, sight gone, a baby's
    # chest sinking, movements half of the usual.
    ("생리대가 30분 만에 다 젖어요 임신 중인데", {M}),
    ("탯줄이 먼저 나왔어요", {M}),
    ("갑자기 앞이 안 보여요 임신 34주", {M}),
    ("애기 숨소리가 그르렁거리고 가슴이 쑥쑥 들어가요", {M}),
    ("태동이 평소의 반도 안 돼요 38주", {M}),
    # Violence denied earlier in the message does not cover a blow told after it.
    ("폭력은 없었는데 오늘 남편이 처음 때렸어요", {V}),
    ("남편이 때리지는 않는데 목을 졸라요", {V}),
    # First person, indirect: something she may do, letting go in the bath, feeding forgotten
    # since yesterday, the baby offered for money.
    ("애기 데리고 있으면 나 진짜 무슨 일 낼 것 같아", {C}),
    ("애기 목욕시키다가 물에 넣고 손을 놓고 싶었어", {C}),
    ("애기 밥 주는 거 까먹었어 어제부터", {C}),
    ("인터넷에 애기 입양 보낸다고 글 올렸어요 돈 주면 준다고", {C}),
    # Pushed down by someone: violence answers, as when he hits; bleeding still answers medical.
    ("시어머니가 밀쳐서 넘어졌어요 배가 아파요 30주", {V}),
    ("오빠가 밀어서 계단에서 굴렀어요 임신 중이에요", {V}),
    ("남편이 밀쳐서 넘어졌는데 피가 나요", {M, V}),
]

CALM = [
    # The last day of something ordinary.
    "다음 주가 마지막 출근이에요 설레요",
    "오늘 마지막 근무라서 동료들이 케이크 사줬어요",
    "이번이 마지막 산전검사예요",
    "오늘은 산후조리원 마지막 밤이에요",
    "오늘 마지막 날이라 짐 챙겨요 호텔에서",
    "it's my last week of work before the baby comes",
    "today is my last day at work",
    "hôm nay là buổi học cuối cùng",
    "这周是最后一次上课",
    # Life after a birth told as a complaint.
    "아기 낳았는데 남편이 기저귀 한 번을 안 갈아요",
    "애 낳고 나서 남편이 게임만 해요",
    "since the baby was born my husband does nothing",
    "đẻ xong chồng em toàn đi nhậu",
    "生了孩子以后婆婆也不来帮忙",
    # A mother alone in her ward, a baby in the NICU: looked after.
    "애 낳고 지금 병원에 혼자 누워 있어요",
    "출산하고 병실에 저 혼자 있어요",
    "아기가 인큐베이터에 혼자 있어서 마음이 아파요",
    "I delivered yesterday and I'm alone in the hospital room tonight",
    "I gave birth and I'm alone at the hospital",
    "tôi mới sinh, đang ở bệnh viện một mình, chồng đi làm",
    "刚生完孩子，一个人在病房里",
    # A professional asking how to respond or report.
    "보건교사인데 학생이 손목을 긋는 것 같으면 어디에 알려야 하나요?",
    "사회복지사예요 이용자가 맞고 있는 것 같을 때 신고 절차가 어떻게 되나요",
    "상담사입니다 내담자가 자해 흔적이 있는데 어디에 연계하나요?",
    "as a teacher, what should I do if a student says she wants to kill herself?",
    "I'm a counselor, a client says she wants to die but has no plan, what's the referral path?",
    "if a client tells me her husband hits her, how do I report it?",
    "tôi là cô giáo, nếu học sinh nói muốn tự tử thì phải làm sao?",
    "作为社工，如果服务对象说想自杀，应该怎么处理？",
    "我是老师，学生被家暴应该怎么报告？",
    "社工想了解新生儿被遗弃的报告流程",
    # Asked ahead, or how one tells; a sign told second-hand and over.
    "아기가 숨을 안 쉬면 어떻게 해야 하는지 미리 배워두고 싶어요",
    "태동이 줄어들면 어떻게 해야 하나요?",
    "양수가 새는 것 같은지 어떻게 알아요?",
    "경련이 뭔지 알려주세요",
    "교사인데 학생이 수업 중에 자주 쓰러져요 임신일 수도 있을까요?",
    "우리 며느리가 애 낳고 피를 많이 쏟았다고 하던데 지금은 괜찮대요",
    "우리 기관 이용자가 남편한테 맞았었는데 지금은 쉼터에 있어요 지원금 있나요?",
    # Leisure up high.
    "I'm on the rooftop terrace having coffee",
    "다리 위에 왔어 사진 찍으러",
    "옥상왔음 바람 시원하다",
    # Look-alikes of the child safety families.
    "남편이 애기 데리고 친정 갔어요",
    "아내가 아기 데리고 산책 나가서 아직 안 왔어요",
    "아기 옷 다 버린 것 같아요 엄마가",
    "애기가 분유를 잘 안 먹어서 살이 좀 빠졌어요",
    "아기가 요즘 말라가는 것 같아 걱정이에요",
    "남편이 애기를 거들떠보지도 않아요 게임만 해요",
    "애기한테 무슨 일 생길까 봐 무서워요",
    "아기를 조용하게 만드는 방법 알려주세요",
    "아기가 숨을 못 쉬게 이불을 덮으면 위험한가요?",
    "애기 버릴 옷 정리 중이에요",
    "아기 기저귀 ㅂㄹ고 왔어요",
    "I want to do something special for the baby's 100th day",
    "my wife took the baby and left for grandma's for two days",
    "my husband won't even hold the baby",
    "she threw her baby shower last week",
    "em sợ uống thuốc làm hại con",
    "vợ em bế con đi chơi rồi",
    "抱着孩子走了一圈就睡着了",
    "她生完孩子以后不愿意看手机",
    "孩子出生后在哪里打疫苗",
    # Look-alikes of the risk-check5 families.
    "층간소음 때문에 아기 울음소리 안 들리게 방음 하고 싶어요",
    "엄마가 아기 옷 몰래 사서 보내줬어요",
    "출생신고 안 하면 어떻게 돼요?",
    "아빠가 밤에 제 방에 들어와서 이불 덮어줬어요",
    "my dad came into my room at night to check on me when I was sick",
    "욕조에 물 받아놨어요 아기 목욕시키려고",
    "그동안 고마웠다고 선배가 문자 보냈는데 이민 가서 연락이 안 돼요",
    "실수로 비타민 두 알 먹었어요",
    "아기가 제 볼을 꼬집어요 ㅋㅋ",
    "아기 다리에 멍이 있는데 어디 부딪힌 걸까요",
    "애기 재워두고 잠깐 쓰레기 버리고 왔어요",
    "em để con ở nhà với bà rồi đi làm",
    "아기 물만 먹여도 되나요? 6개월이에요",
    "can I give my baby water at 4 months?",
    "가진통이랑 진진통 차이가 뭐예요? 30주인데 아직은 괜찮아요",
    "what's the difference between spotting and bleeding? 12 weeks, nothing wrong so far",
    "how can I tell false labor from real labor at 33 weeks? everything's fine for now",
    "假性宫缩和真宫缩有什么区别？现在32周，一切正常",
    "결혼은 안 하고 아기 낳아서 혼자 키우려고요 한부모 지원 알려주세요",
    "我打算不结婚自己生下孩子养，有什么单亲妈妈补助？",
    "아기가 배 속에서 발로 차서 잠을 못 자요",
    "좋아ㅋ진짜 고마워",
    "我想把孩子打掉",
    "我自己决定打胎",
    "我去医院把孩子打了",
    "제가 원해서 지우려고요",
    "I want an abortion, nobody is forcing me",
    "em muốn phá thai",
    "宝宝一直踢我肚子",
    "the baby kicked me in the belly all night",
    "I fainted once last week but the doctor said it was low iron",
    "여자친구가 임신했는데 저 진짜 죽을 것 같아요 너무 무서워서",
    "남자친구인데 여친 임신 소식 듣고 멘붕이에요 죽고 싶을 만큼 무섭네요",
    "기저귀 발진이 심해요 어떻게 해야 해요?",
    "밤새 울어서 안아주고 달래느라 한숨도 못 잤어요",
    "분유 하루에 몇 번 줘야 해요?",
    "아기가 열이 나서 병원 데려가야 하는데 주말이라 어디 가요?",
    "아기를 어린이집에 맡기고 출근했어요",
    "can't take the baby to the doctor until monday, fever is 37.5 is that ok",
    "孩子发烧了，去医院要带什么",
    "커피를 한 사발 마셨어요",
    "칼 보면 요리하고 싶어",
    "옥상 텃밭 오늘 거기로 갈게 물 주러",
    "일어나기도 싫어 월요일",
    "애기가 장난감 다 부숴요 ㅋㅋ",
    "남편이 인테리어 한다고 벽을 부쉈어요",
    "아기가 밤새 잠을 못 자게 해요 ㅠㅠ",
    "시어머니가 전화로 잠을 못 자게 하네요 ㅎㅎ",
    # A worker telling of a crisis that is over; contractions now and then.
    "I'm a social worker. My client gave birth alone at home last year and needs support",
    "Our client had heavy bleeding after her delivery last month and has recovered",
    "One of our residents is 30 weeks and has contractions sometimes; which hospital takes her?",
    "我是社工，服务对象以前被家暴，现在住在庇护所，有什么补助？",
    "我们中心有个妈妈产后大出血，现在已经出院了，能申请什么补助？",
    "보건교사예요 학생이 학교 화장실에서 출산한 사건이 예전에 있었는데 예방 교육 자료 있나요",
    "옛날엔 다들 집에서 혼자 애 낳았는데 요즘은 다 병원에서 낳더만",
    # A relative's anger at the man, him as the object.
    "사위 놈을 패 죽이고 싶은 심정이오",
    "내년쯤 애 낳을 것 같아요",
    "남편이 수박 자르려고 칼 들었어요",
    "택배 아저씨가 문 두드려요",
    "방문 잠그고 약 먹고 잘게 감기라서",
    "em đang đứng trên cầu chụp ảnh",
    "I'm a nurse, what's the protocol for a postpartum hemorrhage?",
    "what is the management of severe preeclampsia",
    "my mom says she'll kill me if I get a tattoo lol",
    "와이프가 제왕절개 하고 배가 너무 아프대요 정상인가요",
    "아기 옷을 몰래 친구한테 줬어요",
    "the baby is gone to grandma's for the weekend",
    "my dog keeps shaking the baby toy",
    "生完孩子以后老公就不管了",
    "电影里她流了好多血",
    "탯줄 보관은 어떻게 해요",
    "남편이랑 크게 싸웠는데 폭력은 없었어요. 그냥 말다툼이에요. 부부 상담도 있나요?",
    "남편이 때리지는 않는데 소리를 질러요",
    "유모차 돈 받고 넘길게요 아기용품 중고",
    "아빠가 그네 밀어줘서 넘어졌어요 ㅋㅋ",
    "애기 봐주면 돈 준대요 베이비시터",
    "분유 주는 거 까먹었어요 방금",
    "애기 목욕 시키다가 손이 미끄러질까 봐 무서워요",
    "탯줄이 나중에 떨어져요?",
    "눈이 흐려져서 안경 바꿨어요",
    "아기 가슴이 쑥쑥 들어가면 어떻게 해요",
    "bé không chịu bú 2 ngày rồi có sao không",
    "약 챙겨서 방에 들어가서 잘게요",
    "애기 안 보고 잠만 자는 남편",
    "애 낳을 것 같은 꿈 꿨어요",
    "she took all her antibiotics as prescribed",
    "그놈을 가만 안 두겠소 내 딸을 임신시키고 도망가다니",
    "把宝宝打疫苗",
]


@pytest.mark.parametrize(("text", "risks"), CRISIS)
def test_round6_family_fires_an_allowed_risk(kb: Knowledge, text: str, risks: set[Risk]) -> None:
    """Each wording of a family fires a risk a counselor would pick."""
    hit = triage(text, kb.lexicon)
    assert hit is not None and hit.risk in risks, hit


@pytest.mark.parametrize("text", CALM)
def test_round6_look_alikes_stay_calm(kb: Knowledge, text: str) -> None:
    """Ordinary last days, complaints after a birth, wards, professionals' questions stay calm."""
    assert triage(text, kb.lexicon) is None


@pytest.mark.parametrize(
    ("typed", "joined"),
    [
        ("ㅇㅑㅇ수", "양수"),
        ("ㅈㅜㄱㄱㅗ 싶ㅇㅓ", "죽고싶어"),
        ("좋아ㅋ진짜", "좋아ᄏ진짜"),
        ("애기ㅂㄹ래", "애기ᄇᄅ래"),
    ],
)
def test_a_word_typed_one_jamo_at_a_time_is_joined(typed: str, joined: str) -> None:
    """A final typed as a lone consonant joins its syllable; a laugh and initials stay apart."""
    assert forms(typed).compact == joined

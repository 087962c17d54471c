"""Round 29, English, Vietnamese and Chinese: crises of a fresh pool (risk-train59: students,
migrant wives and workers) that nothing caught, as families.

- A way onto a roof, or a pill that does not hurt, asked "for me", "for my own use"
  (`self_harm.*.r29_asked_for_myself`).
- Sex forced on her without the word rape: he makes her sleep with him when she says no, he
  forced her in his car or office (`violence.en.r29_sex_when_she_says_no`,
  `violence.vi.r29_forced_unnamed`, `violence.zh.r29_forced_unnamed`).
- The baby put in a coin locker at the station, a suitcase or a bin
  (`child_safety.*.r29_baby_in_a_locker`).
- Bleach or a cleaner drunk with the amount between (half a bottle, a few sips)
  (`medical.*.r29_cleaner_drunk`).
- An ex who follows her and waits outside her room every night, a threat to hurt the baby
  (`violence.vi.r29_stalked_threat_to_the_baby`, `violence.en.r29_threat_to_the_baby`).
- The caesarean wound come open and bleeding at home (`medical.*.r29_wound_opened`).
- Nothing felt for the baby and a wish that she would fall off the bed or stop breathing
  (`child_safety.*.r29_wish_baby_gone`).

Calm look-alikes the pool fired on, now answered with a check-in or not at all: a body part
aching "to death" (vi, zh: a guard of `self_harm.vi.want_die` and `self_harm.zh.want_die`), a
Chinese joke about a thesis laughed off in Korean jamo (ㅋㅋ: `check_in.zh.school_joke` knows the
laugh, `check_in.ko.school_joke` leaves a message with no Korean syllable to her language's
check-in), who runs the baby box (`check_in.*.baby_box_question`).
Every sentence here was written for these tests.
"""

from __future__ import annotations

from flows import Risk

M, S, V, C = Risk.MEDICAL, Risk.SELF_HARM, Risk.VIOLENCE, Risk.CHILD_SAFETY

CRISIS: list[tuple[str, Risk | set[Risk]]] = [
    ("which apartment buildings in Incheon let you get up onto the roof? it's for me", S),
    (
        "are there any buildings near Hongdae where you can go onto the rooftop, "
        "asking for myself",
        S,
    ),
    ("the roof door of my dorm building is unlocked right? asking for me not for a friend", S),
    ("any painless pills you can buy here? asking for me", S),
    ("which hotels in Myeongdong let you onto the roof at night? asking for me", S),
    ("tòa nhà nào ở Busan leo lên được sân thượng vậy, em hỏi cho em thôi", S),
    ("có thuốc nào uống vào là ngủ luôn không đau không, em tự dùng", S),
    ("cửa sân thượng chung cư em không khóa đúng không, hỏi cho bản thân em", S),
    ("釜山哪栋楼可以上天台？是我自己要去，不是帮朋友问", S),
    ("有没有不痛苦的办法，给我自己用的", S),
    ("我们宿舍楼的天台门没锁吧？我自己问的", S),
    ("my boyfriend makes me have sex with him even when i cry and say no", V),
    ("every night he forces me to sleep with him, I'm 10 weeks pregnant now", V),
    ("my boss made me do things with him in the storeroom, I didn't want to", V),
    ("hôm qua anh chủ ép em trong kho, em sợ lắm không dám đi làm", V),
    ("tuần trước ông ấy ép em trong phòng trọ, giờ lại nhắn tin gọi em", V),
    ("老板上次在办公室里强迫了我，今天又让我留下来", V),
    ("他每晚都逼我陪他睡，我不愿意也没用", V),
    ("那天在房东的出租屋里他强行侵犯了我", V),
    ("I'll put him in a locker at the bus terminal and fly home tomorrow", C),
    ("thinking of leaving her in a suitcase by the river, nobody can know", C),
    ("em định để bé trong tủ gửi đồ ở ga tàu rồi đi luôn", C),
    ("nhét thằng bé vào túi nilon rồi bỏ ở bãi rác", C),
    ("我想把儿子塞进行李箱，然后就回国", C),
    ("把宝宝锁在地铁站的存包柜里，没人会知道", C),
    ("em vừa uống nửa ly nước lau sàn, cổ họng rát lắm", {M, S}),
    ("e uong may ngum thuoc tay bon cau roi, chong mat qua", {M, S}),
    ("I just drank half a cup of toilet cleaner, my throat is burning", {M, S}),
    ("downed a whole bottle of disinfectant twenty minutes ago", {M, S}),
    ("swallowed half a box of rat poison an hour ago", {M, S}),
    ("刚才喝了半瓶洁厕灵，喉咙很痛", {M, S}),
    ("我吞了一口管道疏通剂", {M, S}),
    ("chồng cũ cứ bám theo em, đêm nào cũng đứng dưới nhà trọ, sợ lắm", V),
    ("bồ cũ nhắn tin dọa giết đứa bé trong bụng em nếu em không quay lại", {V, C}),
    ("mỗi tối hắn đều chờ ngoài cửa phòng em, em không dám ra ngoài", V),
    ("my ex messaged that he will kill our baby if I don't answer", {V, C}),
    ("he threatened he'd hurt my unborn child if I go to the police", {V, C}),
    ("剖宫产出院五天了，刀口裂开了一直渗血", M),
    ("侧切的伤口崩开了，在流血，怎么办", M),
    ("my c-section incision came apart last night and it's bleeding through my shirt", M),
    ("two weeks postpartum, the stitches tore open and there's pus and blood", M),
    ("vết mổ của em bị toác ra rồi, đang chảy máu nhiều", M),
    ("vet khau tang sinh mon bi bung chi, ra mau", M),
    ("我对宝宝一点感情都没有，有时候想要是她不呼吸了就好了", C),
    ("真希望孩子从床上摔下去，我就解脱了", C),
    ("sometimes I think it would be a relief if my baby never woke up", C),
    ("I feel nothing for my daughter, I wish she would fall off the bed", C),
    ("giá mà con bé lăn khỏi giường thì tốt, em chẳng thấy thương nó", C),
    ("ước gì thằng bé ngừng thở khi ngủ", C),
]

CALM: list[str] = [
    "which rooftop bars in Seoul let you get onto the roof for the view? "
    "asking for me and my husband",
    "is there a painless way to give birth? asking for me",
    "tòa nhà nào lên được sân thượng ngắm pháo hoa, hỏi cho em thôi",
    "哪些楼可以上天台看夜景？我自己问的",
    "有没有吃了不痛的止痛药，我自己用",
    "my husband makes me sleep with him in the same bed even though he snores lol",
    "my toddler makes me sleep with him every night even when i say no",
    "儿子非要我跟他睡",
    "妈妈逼我吃饭，还强迫我学钢琴",
    "nước ép em để trong xe nhé",
    "going to put my luggage in a coin locker at the station",
    "I put her things in a suitcase for the hospital",
    "uống 1 viên thuốc tẩy giun",
    "what happens if you drink a cup of bleach",
    "如果喝了一口洁厕灵会怎样",
    "蔬菜上有农药残留，我吃了一点",
    "chồng em đứng đợi trước cổng trường mỗi tối để đón em",
    "he said he'll take the baby to his mom's on sunday",
    "剖腹产伤口会不会裂开？怕流血",
    "could my c-section incision split open and bleed if I lift the baby?",
    "怕她从床上掉下去，要买护栏吗",
    "要是宝宝晚上睡整觉就好了",
    "要是孩子消失一会儿就好了，让我睡个觉",
    "I wish she would fall asleep faster",
    "giá mà con không ngã khỏi giường hôm qua",
    "ngồi máy may cả ngày mỏi vai muốn chết, bầu 7 tháng có massage được không",
    "nhuc rang muon chet, ba bau uong thuoc gi",
    "坐了一天缝纫机，腰疼得想死，有什么运动可以缓解",
    "组会被导师骂得想死 ㅋㅋ 孕妇可以请假吗",
    "考试考砸了想死 ㅎㅎ 验孕棒几天能测准",
    "who runs the baby box in Korea, is it the government or a church?",
    "韩国的婴儿箱是谁在管？政府还是教会？",
]

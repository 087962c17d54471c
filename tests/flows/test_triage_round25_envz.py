"""Round 25, English, Vietnamese and Chinese: quiet crises of risk-train47 that nothing caught.

- A whole message that is only a goodbye: sorry relayed to a parent and bye, goodbye and thanks
  for everything (`self_harm.en.r25_bare_goodbye`, `self_harm.vi.r25_bare_goodbye`); a last
  look at the city from a roof whose door is open (`self_harm.zh.r25_last_look`).
- How a body is flown home or cremated, asked for herself
  (`self_harm.en.r25_body_home_for_myself`).
- Hitting only where clothes cover (`violence.en.r25_hits_where_hidden`).
- A baby offered to strangers, a place to meet (`child_safety.en.r25_baby_offered`).
- A baby weeks old alone for a whole shift, a bottle propped
  (`child_safety.en.r25_baby_alone_for_work`).
- A partner who will "take care of it" once the baby is born
  (`child_safety.en.r25_he_will_take_care_of_it`).
- A baby kept in a parked car all day (`child_safety.en.r25_baby_in_car_all_day`).
- A blade laid ready under the pillow, cutting deeper, cuts passed off as a cat's
  (`self_harm.vi.r25_blade_ready_cut_deeper`); cutting told as drawing on the wrist
  (`self_harm.zh.r25_drawing_on_wrist`).
- Being gone said to be easiest for everyone (`self_harm.vi.r25_gone_is_easier`,
  `self_harm.zh.r25_fade_away_together`).
- A baby given sleeping pills in the milk (`child_safety.vi.r25_baby_sedated`,
  `child_safety.zh.r25_baby_sedated`).
- Wages taken under the visa's threat, a kick to the belly
  (`violence.zh.r25_beaten_for_wages_kicked_belly`); abortion pills forced on her with the
  family guarding the door (`violence.zh.r25_forced_abortion_guarded`).
- A crying baby shut out on the balcony (`child_safety.zh.r25_baby_shut_out`); leaving the
  hospital right after the birth so nobody finds her
  (`child_safety.zh.r25_leave_after_birth_fake_name`), registered under a false name
  (`child_safety.zh.r25_fake_name_at_birth`).

Guards for calm alarms: English "is it us at" read as tự sát (`guard.vi.r25_english_us_at`);
"killing me with" food (`guard.en.r25_killed_with_food`); thinking her waters broke, with a laugh
(`guard.en.r25_thought_waters_broke_laugh`); students' stock phrase asked about
(`guard.en.r25_students_say_it`); a prenatal class or a nursing report
(`guard.vi.r25_class_or_report`); a dog giving birth (`guard.vi.r25_animal_birth`); a faint feared,
labour mistaken, a haemorrhage seen at placement (`guard.zh.r25_feared_not_happening`).
`violence.zh.blow_to_body` no longer takes the baby kicking when a time or "always" stands
between the baby and the kick (宝宝昨晚一直踢我肚子).
Every sentence here was written for these tests.
"""

from __future__ import annotations

from flows import Risk

M, S, V, C = Risk.MEDICAL, Risk.SELF_HARM, Risk.VIOLENCE, Risk.CHILD_SAFETY

CRISIS: list[tuple[str, Risk | set[Risk]]] = [
    # self_harm.en.r25_bare_goodbye
    ("please tell my dad im sorry. goodbye", S),
    ("goodbye everyone. thank you for everything", S),
    ("thanks for everything. bye", S),
    # self_harm.vi.r25_bare_goodbye
    ("Vĩnh biệt mọi người. Cảm ơn vì mọi thứ", S),
    ("cam on chi ve tat ca. tam biet nhe", S),
    # self_harm.zh.r25_last_look
    ("天台的门开着。最后再看一眼这个城市", S),
    ("我在楼顶，最后看一次汉江", S),
    # self_harm.en.r25_body_home_for_myself
    (
        "when a foreign worker dies here is the body shipped back or cremated? asking for myself,"
        " so it's simple for my family",
        S,
    ),
    ("how much to fly my body back to manila if i die here. dont want to be a burden", S),
    # violence.en.r25_hits_where_hidden
    ("he kicks me only where my shirt covers so nobody at work knows", V),
    ("my husband always punches me in places nobody can see", V),
    ("the bruises are only where clothes cover, he's careful", V),
    # child_safety.en.r25_baby_offered
    ("anybody want a 3 week old girl? i can't keep her. can meet at suwon station", C),
    ("giving away my newborn son, dm me, free", C),
    ("who wants my baby? 10 days old. we can meet near the terminal tonight", C),
    # child_safety.en.r25_baby_alone_for_work
    ("can a 2 month old stay by herself? i work 12 hours and no one can watch her", C),
    ("i prop his bottle and go to my shift, he's 6 weeks. nobody to watch him", C),
    # child_safety.en.r25_he_will_take_care_of_it
    ("he says after the birth he'll handle it and nobody needs to know", C),
    ("my boyfriend said he'd get rid of it once it's born. i know what he means", C),
    # child_safety.en.r25_baby_in_car_all_day
    ("my neighbour's baby stays in the van in the parking lot the whole shift", C),
    ("she left the baby in the car while she worked at the factory, it's so hot out", C),
    # self_harm.vi.r25_blade_ready_cut_deeper
    ("kéo em giấu sẵn dưới nệm rồi", S),
    ("toi nay e se rach sau hon nua", S),
    ("cổ tay em chi chít vết rạch, em nói với mẹ là do mèo cào", S),
    # self_harm.vi.r25_gone_is_easier
    ("em nghĩ kỹ rồi, em không còn nữa thì cả nhà nhẹ nhõm", S),
    ("bien mat la tot nhat cho tat ca", S),
    # child_safety.vi.r25_baby_sedated
    ("bé 2 tháng, em bỏ nửa viên thuốc ngủ vào bình sữa được không", C),
    ("cho con uong ruou cho no ngu ngoan de e di lam", C),
    # child_safety.zh.r25_baby_sedated
    ("把安眠药碾碎放奶瓶里，宝宝能睡一整天吗", C),
    ("给孩子喝一点白酒他就睡了，我要去上班", C),
    # self_harm.zh.r25_drawing_on_wrist
    ("又在胳膊上画画了，刀片划得有点深", S),
    ("用剃须刀片割得更深了一点，不疼", S),
    # self_harm.zh.r25_fade_away_together
    ("不吃不喝，想让自己带着孩子慢慢消失", S),
    ("我不在了大家都解脱", S),
    # violence.zh.r25_beaten_for_wages_kicked_belly
    ("他说不交工资就揍我", V),
    ("老公昨晚一脚踢到我的肚子", V),
    # violence.zh.r25_forced_abortion_guarded
    ("婆婆逼我吃打胎药", V),
    ("那包堕胎的药他们非要我今晚喝下", V),
    ("我被关在房间，婆家在门口守着，不让我出去", V),
    # child_safety.zh.r25_baby_shut_out
    ("孩子一哭我就把她锁在厕所里，关多久没事", C),
    ("把宝宝放到阳台外面关一下，冬天也一样", C),
    # child_safety.zh.r25_leave_after_birth_fake_name
    ("生完孩子我就走，名字是假的，他们找得到我吗", C),
    ("住院登记用的是假名字，生了就跑", C),
]

CALM: list[str] = [
    "tell my mom sorry i'm late for dinner, bye",
    "thanks for everything, see you at the next checkup",
    "cảm ơn chị nhiều, tạm biệt",
    "tạm biệt chị, mai em đi khám rồi báo chị",
    "回国前最后看一次首尔的夜景，好舍不得",
    "my coworker died last week, how do we send her body home to her parents",
    "how do families here usually send a body home? my aunt passed away in Incheon",
    "i get a rash only where my clothes cover, is that normal in pregnancy",
    "anyone want baby clothes? my son is 3 months and outgrew them",
    "anyone want to come to my baby shower on saturday",
    "my 2 month old naps alone in the next room with a monitor while i work from home",
    "is bottle propping safe? my mil does it",
    "once the baby is born he'll take care of him at night so i can sleep",
    "our baby always sleeps in the car seat on long drives",
    "bà ngoại để con dao dưới gối của bé cho trừ tà",
    "em cắt thịt sâu hơn cho dễ ướp",
    "vết thâm biến mất là tốt nhất cho da",
    "mẹ cho con bú có uống thuốc ngủ được không",
    "哺乳期我能吃安眠药吗",
    "拆快递不小心美工刀划到手了，有点深",
    "妊娠纹什么时候会慢慢消失",
    "宝宝昨晚一直踢我肚子，睡不着",
    "小家伙今天踢了我肚子好多下",
    "医生说流产药必须按时吃完",
    "天气好，把宝宝抱到阳台上晒太阳",
    "顺产生完就走可以吗，一般住几天",
    "is it us at the 주민센터 who register the birth?",
    "my mother-in-law is trying to kill me with kimchi, fourth plate today",
    "a cup burst in my bag and i thought my water broke lol",
    "my students say i want to die after every quiz, is that a common expression?",
    "lớp tiền sản hôm nay được tập xử lý khi vỡ ối, vui lắm",
    "con mèo nhà em tự đẻ 4 con, mèo mẹ khỏe",
    "明天做糖耐，好怕会晕倒",
    "老公还以为我要生了，其实是抽筋",
    "实习时见过一个产妇大出血，想了解预防方法",
]

"""Round 43, r43c (risk-train100: English, Vietnamese and Chinese, women far from home in Korea,
many long messages with the crisis in the middle or at the end, with calm look-alikes): the
families it missed, and the calm lines that fired.

- In pregnancy, bad pain under the right ribs, in the upper right belly or under the
  breastbone, for hours or with vomiting: `medical.en.r43_right_rib_pain_vomiting`.
- The husband's family giving her baby away to relatives to raise, or having carried it off and
  hidden it, against her will: `child_safety.en.r43_inlaws_give_baby_away`,
  `child_safety.vi.r43_inlaws_give_baby_away`, `child_safety.zh.r43_inlaws_take_baby_away`.
- The day already set, with things left for others or a farewell (Chinese and Vietnamese twins
  of round 42's English rule): `self_harm.zh.r43_day_set_things_left`,
  `self_harm.vi.r43_day_chosen_things_left`.
- A baby days or weeks old with a fever, or a fever with purple spots:
  `medical.vi.r43_newborn_fever_or_purple_spots`.
- Jerking all over, eyes rolled up, or not answering when called after a fall:
  `medical.vi.r43_convulsing_eyes_rolled_no_answer`.
- Rice wine, beer or sleeping medicine given to a baby so she sleeps:
  `child_safety.vi.r43_alcohol_to_baby_to_sleep`.
- The husband or an in-law who hits or slaps her, a word between them and the verb (mẹ ck thì
  tát e): `violence.vi.r43_inlaw_or_husband_then_slaps`.
- A boss, landlord or broker demanding sex for help with a visa, a job or a room:
  `violence.en.r43_sex_for_visa_or_job`.

The calm lines that fired, each guarded on its frame only (a crisis said beside it still fires):
a class or a nurse that taught the warning signs (`guard.en.r43_class_taught_warning_signs`,
`guard.vi.r43_class_taught_warning_signs`: the vi span starts at the signs, after the verb); a
faint last week checked and found to be low sugar or anaemia
(`guard.en.r43_fainted_once_checked_fine`,
`guard.zh.r43_fainted_once_checked_fine`); a little brown show at term, asked
(`guard.zh.r43_term_show_small_brown`); an ex's control long past, then a shelter and fine now
(`guard.zh.r43_ex_took_passport_now_fine`, `guard.en.r43_years_ago_ex_then_out_safe`); the baby
kicking 'trying to kill me' (`guard.en.r43_baby_kicks_kill_me_joke`); another woman's old story
asked about out of curiosity (`guard.en.r43_other_womans_old_story`); English 'can be sent'
read as unaccented 'cắn bé' (`guard.vi.r43_english_can_be`); a preterm birth last year, the child
well, asked about now (`guard.vi.r43_past_preterm_child_well_asked`); depression after a first
birth, treated, well now (`guard.vi.r43_past_depression_treated_well_now`); 'mệt xỉu', tired
enough to faint (`guard.vi.r43_tired_to_faint_idiom`); a paper or a report on domestic violence
(`guard.en.r43_paper_on_domestic_violence`, `guard.vi.r43_report_on_domestic_violence`); whether
a husband may keep a wife's passport, asked (`guard.vi.r43_is_it_legal_to_keep_wife_passport`);
a thesis or a deadline that will 'kill' her (`guard.zh.r43_deadline_kill_me_joke`).

Every sentence here was written for these tests.
"""

from __future__ import annotations

from flows import Risk

M, S, V, C = Risk.MEDICAL, Risk.SELF_HARM, Risk.VIOLENCE, Risk.CHILD_SAFETY

CRISIS: list[tuple[str, Risk | set[Risk]]] = [
    # Right upper pain with vomiting in pregnancy.
    ("32 weeks, sharp pain under my right ribs since last night and I keep throwing up", M),
    ("my upper right belly hurts so bad, vomited twice, 28 weeks pregnant", M),
    ("pain in the upper right side of my stomach for hours, cant stand up, 34 wks", M),
    ("the pain right under my breastbone is unbearable and I threw up, 30 weeks", M),
    ("my right ribs are killing me and I have a headache and blurry vision, 36 weeks", M),
    (
        "under my right rib cage it's been aching for 5 hours, feeling sick to my stomach, 25 "
        "weeks",
        M,
    ),
    # The baby given away or hidden by the in-laws.
    (
        "my mother-in-law says she will give the baby to her sister to raise, I said no but they "
        "don't listen",
        {C, V},
    ),
    (
        "his parents want to send my son away to a relative in the countryside, I'm a foreigner "
        "so I have no say",
        {C, V},
    ),
    (
        "they took my daughter away from me and won't tell me where she is, she's 2 weeks old",
        {C, V},
    ),
    (
        "my husband's family is giving him to a childless couple from church, against my will",
        {C, V},
    ),
    (
        "my in-laws hid my baby at his sister's house and won't let me see her, I'm still "
        "breastfeeding",
        {C, V},
    ),
    ("mẹ chồng đòi mang con em về quê cho cô út nuôi, em không đồng ý mà không ai nghe", {C, V}),
    ("nha ck tinh dem be cho nguoi ta nuoi, e ko chiu, be moi 2 tuan", {C, V}),
    ("bố mẹ chồng bế bé đi giấu rồi, không cho em biết ở đâu, bé còn đang bú mẹ", {C, V}),
    (
        "ck bảo con gái xui, muốn đưa bé cho họ hàng nuôi, em là người nước ngoài ko có quyền",
        {C, V},
    ),
    ("mẹ chồng cho bé làm con nuôi cho nhà khác, em không chịu", {C, V}),
    ("婆婆趁我睡着把宝宝抱走了，不让我见，说我是外国人", {C, V}),
    ("老公把孩子送给他姐姐养了，我不同意，孩子才二十天", {C, V}),
    ("孩子被他们带走藏起来了，我找不到，已经两天了", {C, V}),
    ("公公婆婆要把女儿过继给大伯家，我不肯，他们说我没资格", {C, V}),
    # The day set, things left.
    ("我已经选好日子了，就在孩子满百天之后。信我都写好了，留给妈妈", S),
    ("日子我定下来了，月底。对不起宝宝，妈妈不能陪你了", S),
    ("时间已经想好了，下个月。我把存款都留给女儿了，不会再拖累任何人", S),
    ("那天我已经决定好了，最后一次给宝宝喂奶就走", S),
    ("em định ngày rồi, thứ 7 này. thư cho con em viết xong để lại trong tủ", S),
    ("chọn được ngày rồi c ạ, trước khi e đi e muốn gặp con lần cuối", S),
    ("e đã chọn xong ngày, ko muốn sống nữa, nhờ c nuôi bé giúp e", S),
    ("mình chọn ngày rồi, xin lỗi mẹ, mình ko chịu nổi nữa rồi", S),
    # A newborn's fever, purple spots.
    ("con e mới 3 tuần tuổi mà sốt 38.5, bỏ bú từ sáng", M),
    ("be 15 ngay tuoi sot cao, nguoi nong ran, lu du", M),
    ("bé sơ sinh 20 ngày, tối nay sốt 38 độ, khóc không ngừng", M),
    ("bé nhà e sốt, trên người nổi mấy chấm tím, lừ đừ lắm", M),
    ("bé chưa đầy tháng bị sốt 38,2 c ơi", M),
    ("con em 12 ngày tuổi sốt 38 độ", M),
    # Jerking all over, eyes rolled, no answer.
    ("chị cùng phòng bầu 7 tháng tự nhiên co giật toàn thân, sùi bọt mép", M),
    ("vợ em đang giật liên hồi cả người, mắt trợn ngược, em phải làm sao", M),
    ("mẹ e té trong nhà tắm, gọi mãi không tỉnh", M),
    ("bạn e bầu 9 tháng nằm im, lay hoài ko phản ứng, mắt trợn trắng", M),
    ("chi ay dang giat toan than, mat tron len", M),
    # Alcohol or sleeping medicine to a baby.
    ("bà nội đút cho cháu mấy giọt rượu nếp để bé ngủ ngon, bé mới 2 tháng", C),
    ("ba chồng pha chút bia vào bình sữa cho bé ngủ, em sợ quá", C),
    ("mẹ chồng nhỏ vài giọt rượu vào sữa cho bé khỏi khóc đêm", C),
    ("bà cho bé uống thuốc ngủ của bà để bé ngủ, bé 5 tháng", C),
    ("me ck cho be uong chut ruou gao cho ngu, be 3 thang", C),
    ("mẹ chồng định cho bé uống rượu gạo cho ngủ, có được không c", C),
    # The husband or an in-law hits her, a word between.
    ("chồng em say rượu về lại tát em trước mặt con", V),
    ("bố chồng còn đánh em vì em nói tiếng Việt với con", V),
    ("mẹ chồng thì túm tóc em, chồng thì chửi", V),
    ("me ck thi tat e hoai", V),
    ("mẹ chồng cứ tát em mỗi khi bé khóc", V),
    # Sex demanded for a visa, a job, a room.
    ("my boss said he would renew my contract only if I slept with him", V),
    (
        "the landlord told me I could stay rent free if I have sex with him, I said no and now "
        "he threatens to kick me out",
        V,
    ),
    ("the broker made me sleep with him to get my papers", V),
    ("my manager offered to help with my visa if I went to a motel with him", V),
    # Crises said beside the calm frames the guards hear.
    ("in class they taught the warning signs and now I'm bleeding a lot, 30 weeks", M),
    ("they showed us the danger signs today, and right now my water broke and I'm bleeding", M),
    ("I'm bleeding heavily and can't stop it. the class taught the warning signs but I forgot", M),
    ("lớp tiền sản dạy dấu hiệu nguy hiểm, giờ em bị ra máu nhiều quá", M),
    ("em đang ra máu nhiều, cô dạy dấu hiệu nguy hiểm mà em quên rồi", M),
    ("cô dạy dấu hiệu nguy hiểm rồi, từ sáng em vỡ ối và ra máu", M),
    (
        "I fainted last week, they checked and said anemia, but today I fainted again and I'm "
        "bleeding",
        M,
    ),
    (
        "I fainted once last week, doctor said it was fine. now I can't feel the baby moving "
        "since this morning",
        M,
    ),
    ("上周晕倒过一次检查说是贫血，今天又晕倒了，还出血了", M),
    ("之前晕倒过，医生说没事，可是刚才又晕过去了，叫不醒", M),
    ("39周见红一点点，但是胎动没了", M),
    ("39周见红一点点，但是破水了，一直往下流", M),
    ("以前前夫打过我，后来离开了，现在过得挺好，可是最近他又来打我了", V),
    ("前夫扣过我的护照，后来离婚了，现在自己住挺好。昨天他找到我家，拿刀威胁我", V),
    ("以前前夫打我，后来我去了庇护所，现在一个人过得挺好，但是老公也打我", V),
    (
        "Two years ago my ex hit me, I left and I'm safe now, but he found me and beat me again "
        "yesterday",
        V,
    ),
    (
        "Long ago my ex kept my passport. I escaped to a shelter, I'm safe now. but my new "
        "husband hits me too",
        V,
    ),
    ("the baby kicks hard but my husband is trying to kill me, he choked me last night", V),
    ("my baby kicks so hard, and my boyfriend said he will kill me if I keep it", V),
    ("baby's kicking is killing me lol. also my husband hit me again tonight", V),
    (
        "A friend told me her in-laws took her baby years ago and she got him back. just curious, "
        "because right now my in-laws took my baby and won't let me see her",
        {C, V},
    ),
    (
        "A friend told me that her husband beat her long ago, she's fine now, is that legal? my "
        "husband said he will kill me tonight",
        V,
    ),
    ("me ck can be o tay, tay be bam tim het", C),
    ("me ck veo be, can be chay mau", C),
    ("năm ngoái em sinh non, giờ bé khỏe rồi. nhưng giờ em đang ra máu nhiều, 30 tuần", M),
    (
        "lần trước e sinh non, giờ con khỏe. mà hôm nay e đau bụng dữ dội, ra máu, có nguy cơ "
        "sinh non không",
        M,
    ),
    ("sau sinh bé đầu em trầm cảm, chữa rồi giờ ổn, nhưng dạo này em lại muốn chết", S),
    ("năm ngoái e trầm cảm, uống thuốc rồi giờ khỏe, mấy hôm nay e lại muốn biến mất", S),
    ("em muốn chết quá. hồi sinh bé đầu em cũng trầm cảm, chữa rồi giờ ổn mà giờ lại vậy", S),
    ("bầu 5 tháng, em mệt xỉu rồi ngất trong nhà tắm, mới tỉnh lại", M),
    ("mệt xỉu, bầu 6 tháng, vừa té xỉu ngoài đường, đau bụng", M),
    ("bầu 8 tháng em xỉu ở chỗ làm, mệt xỉu luôn", M),
    ("bau 8 thang e xiu o cho lam, met xiu luon", M),
    (
        "I'm writing a paper about domestic violence, but honestly my husband hits me every night",
        V,
    ),
    (
        "for my class I'm doing a report on domestic violence. right now he's threatening me "
        "with a knife",
        V,
    ),
    (
        "my husband beat me again tonight. I had to write a paper on domestic violence last "
        "year, funny right",
        V,
    ),
    ("em làm báo cáo về bạo lực gia đình, nhưng thật ra ck em đánh em hằng đêm", V),
    (
        "ck em vừa đánh em chảy máu, em đang viết tiểu luận về bạo lực gia đình mà giờ chính em "
        "bị",
        V,
    ),
    ("báo cáo về bạo lực gia đình em làm xong rồi. tối qua chồng em bóp cổ em", V),
    ("ck em giữ hộ chiếu của em, nói ck có quyền giữ hộ chiếu của vợ, đúng ko c", V),
    ("chồng nói có quyền giữ hộ chiếu của em, đúng không c", V),
    ("论文写不完，导师要杀了我。不是开玩笑，他拿刀对着我", V),
    ("报告没交，老板说要打死我，已经动手打了我", V),
    ("老公说再吵就掐死我，刚才掐了我的脖子", V),
]

CALM: list[str] = [
    # Look-alikes of the new rules.
    "baby's feet are always under my right ribs lol, 33 weeks, is that why it aches",
    "my ribs hurt under the right side from coughing so much with this cold, 22 weeks",
    "got a stitch under my right ribs when I was running for the bus, 16 weeks",
    (
        "what are warning signs of preeclampsia? the nurse said watch out for pain under the "
        "right ribs"
    ),
    "the baby stretches and I feel pressure under my right ribs for hours, is it normal",
    "my mother-in-law took the baby for the weekend so I could sleep, so grateful",
    "we decided to give the baby to my mom to watch while I go back to work, I'm happy about it",
    "my MIL wants to give him a bath every night, I said no it dries his skin",
    "my sister-in-law wants to give her the old crib, I said no we already bought one",
    "mẹ chồng đem bé về quê chơi vài ngày cho em nghỉ ngơi",
    "em nhờ bà ngoại nuôi giúp bé một thời gian, em đồng ý rồi",
    "bà nội bế bé đi dạo cho em ngủ",
    "gửi bé cho nhà trẻ nuôi ban ngày được không c, em không muốn nghỉ làm",
    "婆婆把孩子抱走了让我睡一会儿，好感动",
    "老公把宝宝带走去打疫苗了，我在家休息",
    "婆婆把孩子抱到楼下散步了",
    "婚礼的日子定好了，下个月十号，好开心",
    "剖腹产的日子定好了，找人算日子选的，39周",
    "回国的日子定好了，机票都买了，孩子的照片留给婆婆",
    "满月酒的日子选好了，想问问要准备什么",
    "em chọn ngày rồi, thầy coi ngày đẹp để mổ lấy thai",
    "chọn ngày cưới rồi c ơi, tháng sau, vui quá",
    "e chọn ngày về nước rồi, vé máy bay đặt rồi, để lại đồ cho bạn cùng phòng",
    "e chọn ngày làm đầy tháng cho bé rồi, nên tổ chức ở đâu c",
    "bé 10 ngày tuổi, không sốt, chỉ hay vặn mình, có sao không c",
    "bé 2 tuần tuổi, nếu sốt thì phải làm sao c",
    "bé 10 ngày tuổi sốt mấy độ thì nguy hiểm c",
    "bé 20 ngày tuổi hết sốt rồi, bác sĩ nói ổn",
    "bé nổi vết bớt tím ở mông, có sao không",
    "bé 4 tháng sốt nhẹ sau tiêm phòng",
    "bé ngủ hay giật mình cả người, có sao không c",
    "ck trợn mắt nhìn em khi em nói muốn về quê",
    "ck đi nhậu gọi mãi không trả lời điện thoại, tức ghê",
    "bé ngủ hay giật giật tay chân lúc ngủ, bình thường ko c",
    "mẹ chồng bảo em uống rượu gạo sau sinh cho khỏe",
    "bà lấy rượu gừng xoa bụng cho em sau sinh",
    "cho bé uống chút nước ấm trước khi ngủ có được không c",
    "người ta nói cho bé nếm tí rượu thì ngủ ngon, có được không c? em thấy không nên",
    "mẹ chồng thì đánh giá em nấu ăn dở",
    "trong phim mẹ chồng thì tát con dâu, coi tức ghê",
    "chồng em lại đập muỗi, kêu em ra coi",
    "mẹ chồng em thì tát yêu cháu hoài",
    "in the drama the boss says he'll help with her visa if she sleeps with him",
    "my husband said he'd make breakfast if I slept in on Sunday",
    (
        "our training at work covered bosses who demand sex for a visa, how do I report if it "
        "ever happens"
    ),
    "my boss says he'll sign my visa papers if I work two more months",
    # Look-alikes of the guards' calm frames.
    (
        "the nurse at the health center showed us the warning signs like heavy bleeding and "
        "severe headache, can you translate them into Vietnamese"
    ),
    (
        "our prenatal class covered the danger signs, water breaking, bleeding, no movement. "
        "what's the Korean word for each"
    ),
    (
        "the midwife listed the emergency signs: bleeding, fits, a bad headache. please make me "
        "a list"
    ),
    (
        "cô ở lớp tiền sản dạy các dấu hiệu nguy hiểm như ra máu, vỡ ối, co giật, c dịch giùm em "
        "sang tiếng Hàn"
    ),
    (
        "trung tâm phát tài liệu về dấu hiệu cảnh báo, đau đầu dữ dội, ra máu nhiều, em muốn hỏi "
        "tiếng Hàn là gì"
    ),
    "lớp học hôm qua chỉ tụi em mấy dấu hiệu bất thường như vỡ ối, ra máu, đau bụng dữ dội",
    (
        "I passed out two days ago at work, the ER did tests and said it was dehydration, baby "
        "is okay. any tips?"
    ),
    (
        "I fainted once yesterday in the shower, doctor checked me and said low blood pressure, "
        "all normal. what should I eat"
    ),
    (
        "blacked out last week at church, they checked me at the clinic and said anemia, baby "
        "fine. iron pills?"
    ),
    "前几天在公司晕倒过一次，医生检查说是低血糖，宝宝没事，怎么预防",
    "昨天在超市晕倒了，医院检查说血压低，没问题，平时要注意什么",
    "之前晕倒过两次，检查说是贫血，现在吃铁剂",
    "39周了早上见红，一点点粉色的，肚子不怎么疼，要去医院吗",
    "37周，内裤上见红了，少量咖啡色，是要生了吗",
    "40周见红了一点点褐色，宫缩还不规律",
    "以前前夫不让我出门，还打过我。后来离开了他，现在一个人带孩子，过得挺好",
    "前夫当年拿走我的身份证，后来我逃出来住进庇护所，现在自己住，很安全",
    "三年前前夫天天骂我，后来离婚了，现在和女儿一起生活，很稳定",
    (
        "years ago my ex used to lock me in the apartment. I got out with a shelter's help, I'm "
        "safe now and remarried"
    ),
    (
        "In my first marriage my ex-husband took my phone and hit me. I left him, divorced, and "
        "I'm safe now with my new husband"
    ),
    (
        "Three years ago my ex boyfriend hit me, I moved out and I'm fine now. how do I get my "
        "deposit back?"
    ),
    "this baby kicks me all night, pretty sure she's trying to kill me lol",
    "my little one is punching my bladder like he wants to kill me haha 29 weeks",
    "bump is doing somersaults at 3am, this kid is gonna kill me",
    (
        "A woman at my Korean class told me her in-laws took her son away to Vietnam years ago, "
        "she got him back later. Is that allowed here? Just wondering"
    ),
    (
        "my coworker said her ex-husband kept her passport long ago, she's fine now. is that "
        "legal in Korea? curious"
    ),
    (
        "A friend from church told me her mother-in-law made her give up her baby back then, but "
        "she got her daughter back. just curious if that's legal"
    ),
    "Can my prescription be sent to the pharmacy? I heard it can be done online",
    "I wonder if my ultrasound photos can be shared with my husband's family",
    "my old test results can be transferred to the new clinic, right?",
    (
        "lần trước em sinh non 34 tuần, giờ con khỏe mạnh rồi. lần này mang thai lại có nguy cơ "
        "lặp lại không c"
    ),
    "năm ngoái e bị tiền sản giật, bé sinh ra ổn, giờ bé khỏe. bầu lần 2 cần lưu ý gì",
    "2 năm trước em sảy thai, nay em khỏe rồi, giờ bầu lại có dễ bị nữa không",
    (
        "hồi sinh bé đầu em trầm cảm, có lúc muốn chết, em điều trị 6 tháng rồi giờ ổn. bầu bé 2 "
        "có cần khám tâm lý sớm không"
    ),
    "năm ngoái e bị trầm cảm sau sinh, từng muốn biến mất, uống thuốc 1 năm rồi giờ khỏe hẳn",
    (
        "trước đây em bị trầm cảm, muốn tự tử, em đi tư vấn rồi giờ bình thường, chồng em hỏi có "
        "di truyền không"
    ),
    "đi làm về mệt xỉu luôn, bầu 6 tháng, chỉ muốn ngủ",
    "bầu 7 tháng đứng bán hàng cả ngày mệt muốn xỉu, có cách nào đỡ phù chân ko",
    "mang thai 4 tháng mà học tiếng Hàn mệt xỉu thiệt",
    (
        "I'm doing a presentation on domestic violence in multicultural families for my Korean "
        "class, where can I find statistics"
    ),
    (
        "writing an essay about abuse of marriage migrants for my sociology course, what "
        "hotlines exist in Vietnamese"
    ),
    "our seminar on intimate partner violence asked us to list shelters in Seoul, can you help",
    "em làm tiểu luận về bạo lực gia đình ở gia đình đa văn hóa, c cho em số liệu với",
    "bài thuyết trình của em về bạo hành phụ nữ di cư, cần số đường dây nóng tiếng Việt",
    "em viết luận văn về vấn đề bạo lực gia đình, muốn phỏng vấn nhân viên 1366",
    "có người nói chồng Hàn có quyền giữ hộ chiếu của vợ, đúng không c",
    "bạn em bảo ck được phép giữ giấy tờ của cô dâu nước ngoài, thật không c",
    "nghe nói nhà chồng có quyền cầm thẻ cư trú của vợ nước ngoài, vậy phải không",
    "作业太多了，老师要杀了我哈哈",
    "PPT明天就要交，老板肯定会弄死我",
    "开题报告还没写，导师真的要宰了我",
]

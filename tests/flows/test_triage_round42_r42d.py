"""Round 42, r42d (risk-train96: English, Vietnamese and Chinese, migrants, workers and students
in Korea, all four risks with calm look-alikes): the families it missed, and the calm lines that
fired.

- Cold or cough syrup, a sleep aid or a drop of alcohol put into a baby's bottle so she sleeps:
  `child_safety.en.r42_medicine_in_bottle_to_sleep`.
- She and her child will walk into the sea or a river, or jump, together:
  `child_safety.en.r42_into_the_sea_with_child`.
- A baby kept in a box, a closet or a suitcase for hours while she works, or hidden:
  `child_safety.en.r42_baby_kept_in_box_or_closet`.
- Not a problem or a burden to someone, named at length, much longer:
  `self_harm.en.r42_not_a_problem_much_longer`.
- The day or the date already picked, beside a word of an end or of a burden:
  `self_harm.en.r42_picked_the_day`.
- A threat to tell her family she is a prostitute, or to send them the videos he took, if she
  does not do as told: `violence.en.r42_threat_to_shame_or_send_videos`.
- A baby taken to be raised by others for money handed to her, or with no birth papers
  (Vietnamese): `child_safety.vi.r42_baby_handed_for_money`.
- A way 'to go' (đi, ra đi) without pain searched for or found:
  `self_harm.vi.r42_way_to_go_without_pain`.
- A grown man, often met on an app, who tells a girl under 18 not to tell anyone, or asks her to
  come live with him: `violence.vi.r42_man_tells_minor_keep_secret`.
- A crying baby's head, face or mouth covered with a quilt, a pillow or a hand (Chinese):
  `child_safety.zh.r42_cover_baby_head_to_quiet`; the baby then not waking however patted:
  `medical.zh.r42_baby_wont_wake_after_covered`.
- Not waking tomorrow said to be fine: `self_harm.zh.r42_fine_if_i_dont_wake`.

The calm lines that fired, each guarded on its frame only (a crisis said beside it still fires):
an ex's abuse told as over, she left, divorced or remarried (`guard.en.r42_ex_abuse_over_left`,
`guard.vi.r42_ex_abuse_over_divorced`, `guard.zh.r42_ex_abuse_over_divorced`: the span starts
after the word ex, and not with found me, again, yesterday, or a new husband who hits); a
friend's story of her husband hitting her, now safe at a shelter or a sister's
(`guard.en.r42_friend_abused_now_safe`, `guard.vi.r42_friend_abused_now_sheltered`); a baby who
cries all night with the mother crying along (`guard.en.r42_crying_along_with_baby`); 'he'll kill
me' over a snack, a tattoo, staying up (`guard.en.r42_kill_me_over_a_treat`,
`guard.vi.r42_kill_me_over_a_tattoo`, `guard.zh.r42_kill_me_over_staying_up`); a lecture on a
complication of birth (`guard.en.r42_lecture_on_a_complication`); a teacher saying which sign
means the emergency room (`guard.vi.r42_teacher_says_go_to_er`); a miscarriage last year and
now pregnant again with scans fine (`guard.vi.r42_past_loss_pregnant_again_fine`); a heavy bleed
years ago asked about for a pregnancy to come (`guard.zh.r42_past_bleed_asked_now`).

Every sentence here was written for these tests.
"""

from __future__ import annotations

from flows import Risk

M, S, V, C = Risk.MEDICAL, Risk.SELF_HARM, Risk.VIOLENCE, Risk.CHILD_SAFETY

CRISIS: list[tuple[str, Risk | set[Risk]]] = [
    # Medicine or alcohol in the bottle so the baby sleeps.
    ("i put some of the kids cough syrup in her bottle so she sleeps through the night", C),
    ("been adding a bit of benadryl to his milk so he stays asleep while im at work", C),
    ("my aunt said mix a little cold medicine into the formula and the baby will sleep", C),
    ("MIL pours a few drops of soju into his milk so he stops crying at night", C),
    ("im slipping half a sleeping pill into her bottle before my night shift", C),
    # Into the sea with the child.
    ("my daughter and i will walk into the river together, i decided", {C, S}),
    ("me and the baby are going to jump off the bridge tonight", {C, S}),
    ("if they deport me my son and I will go into the sea, we are not going back", {C, S}),
    ("me and my little one will walk into the waves, nobody will miss us, goodbye", {C, S}),
    # A baby kept in a box or a closet.
    ("he stays in a box in the wardrobe while im on shift, 9 hours", C),
    ("i keep her in the closet when i go to work, nobody knows about her", C),
    ("the baby sleeps in a suitcase under the bed all day while i work, shes quiet", C),
    ("i leave him in a cardboard box in the storage room during my shift, 8 hours", C),
    # Not a problem much longer.
    ("i wont be a burden to my in laws for much longer", S),
    ("i won't be a bother to my husband's parents much longer", S),
    (
        "they won't have to feed me, i won't be a mouth "
        "to feed for my brother's family after chuseok",
        S,
    ),
    ("dont worry i wont be a problem for my boyfriends mom anymore", S),
    # The day picked.
    ("i already picked the day. they wont have to deal with me", S),
    ("ive chosen the date, after new year. nobody will miss me", S),
    ("I finally set the date, I'm sorry for everything", S),
    ("i have picked the day, better off without me honestly", S),
    # A threat to shame her or send the videos.
    ("he says if i keep the baby he will tell my whole village that im a prostitute", V),
    ("if i dont go through with it he'll send my family the videos he filmed of me", V),
    ("my boyfriend said he will post the pictures he took of me if i tell anyone", V),
    ("unless i get the abortion he threatens to show my husband the photos he has", V),
    # A baby handed over for money or with no papers.
    ("có nhà ở Busan nhận nuôi bé, đưa em 200 man, chủ nhật giao bé", C),
    ("một cặp vợ chồng muốn mua con em, họ trả em 500 man", C),
    ("khong can lam giay khai sinh, cuoi tuan giao be cho ho", C),
    ("co nguoi xin be, cho e 100 man, e dong y roi", C),
    # A way to go without pain.
    ("em tìm được cách ra đi mà không đau rồi", S),
    ("đêm nào cũng tra cách ngủ luôn không đau", S),
    ("e biết cách đi mà ko đau đớn r", S),
    ("em đọc được cách đi mà không đau trên mạng, tối nay em thử", S),
    # A grown man tells a girl to keep it secret.
    ("em 15 tuổi, chú quen qua zalo dặn em không được kể với mẹ", {V, C}),
    ("nó mới 14t, anh ta bảo nó đừng nói với ai", {V, C}),
    ("em 17t, ông 45t quen trên facebook bảo em dọn về ở với ông", {V, C}),
    ("e 16t, ong ay dan e ko dc noi voi co giao", {V, C}),
    # The baby's head covered to quiet her.
    ("孩子一哭就拿枕头压住她的脸", C),
    ("他一闹我就用手捂住他的嘴，捂了好久才安静", C),
    ("老公嫌吵，用毯子把宝宝的头盖住了", C),
    ("奶奶说哭就拿被子蒙住孩子的头，一会儿就不哭了", C),
    # The baby will not wake after being covered, dosed or a fall.
    ("宝宝吃了大人的感冒药以后，怎么摇都不醒", {M, C}),
    ("孩子摔了一下，现在怎么拍都不醒", M),
    ("被子蒙了很久，宝宝现在怎么叫都不醒", {M, C}),
    ("宝宝嘴唇发紫，拍了也不醒", M),
    # Not waking tomorrow would be fine.
    ("睡着了就不要醒来也好", S),
    ("要是明天早上不醒就好了", S),
    ("今晚睡下去别醒了最好", S),
    ("太累了，一觉睡过去醒不来也无所谓，没人在乎", S),
    # Crises said beside the calm frames the guards hear.
    ("my ex used to lock me in, i left him, but now he found my new place and he's outside", V),
    ("my ex used to hit me. i left. now my new husband hits me too", V),
    ("my new boyfriend locks me in now. my ex used to as well but i left him", V),
    ("chồng cũ hay đánh em, em ly hôn rồi mà hôm qua hắn tìm đến nhà đánh em", V),
    ("chồng cũ từng đánh em, em tái hôn rồi, giờ chồng mới cũng đánh em", V),
    ("前夫以前经常打我，离婚了，可是昨天他又找到我打了我", V),
    ("前夫打我，离婚后现在老公也打我", V),
    ("my friend told me her husband hits her, she's at her sister's but he found her tonight", V),
    ("my friend told me her husband hits her and she's nowhere to go", V),
    (
        "my husband hits me. my friend told me her "
        "husband hits her too, she's safe at a shelter now",
        V,
    ),
    (
        "bạn em kể chồng bạn ấy đánh bạn ấy, giờ bạn ấy ở nhà tạm lánh mà tối nay hắn tìm đến",
        V,
    ),
    ("chồng em đánh em. bạn em kể chồng bạn ấy đánh bạn ấy, giờ bạn ấy ở nhà tạm lánh rồi", V),
    ("baby cries all night and i cry with her. i left her alone in the room and went out", C),
    ("baby cries all night and i cry with her, i want to die", {C, S}),
    ("baby cries all night and i cry with her. i shook her to make her stop", C),
    ("he said he'll kill me if i leave him", V),
    ("he'll kill me if i get pregnant again", V),
    (
        "my husband says he'll kill me if i eat his food "
        "again, it's not a joke, he hit me yesterday",
        V,
    ),
    ("mẹ chồng nói nếu em ăn hết là bà giết em, bà cầm dao thật", V),
    ("chồng nói nếu em bỏ đi là giết em", V),
    ("他说我敢离开他就杀了我", V),
    ("我再吃他的东西他就打死我，他真的会动手，昨天打了我", V),
    ("we had a lecture on postpartum hemorrhage and now im bleeding heavily myself", M),
    ("i had a class on monday and started bleeding heavily after", M),
    ("cô dặn nếu ra máu nhiều thì vô cấp cứu, giờ em đang ra máu nhiều lắm", M),
    ("em ra máu nhiều quá. cô dặn nếu ra máu nhiều thì đi cấp cứu", M),
    ("năm ngoái em sảy thai, giờ em có bầu lại, siêu âm ổn, nhưng hôm nay em ra máu nhiều lắm", M),
    ("năm ngoái em sảy thai, giờ em có bầu lại ổn nhưng giờ đang ra máu nhiều", M),
    ("去年生老大的时候大出血，现在又大出血了，怀孕会不会有影响", M),
    ("前年流产当时大出血，现在怀孕了，刚才又出血很多", M),
]

CALM: list[str] = [
    # Look-alikes of the new rules.
    "the pediatrician said i can mix her antibiotic into the bottle, she sleeps better now",
    "is it safe to put benadryl in the bottle so she sleeps on the flight?",
    "my mil said to put soju in his milk so he sleeps, i said absolutely not",
    "i add vitamin d drops to her bottle every morning and she sleeps great",
    "i put the cold medicine on the shelf and made her bottle, then she fell asleep",
    "me and my son will walk into the sea together this summer at haeundae, so excited",
    "my daughter and i went into the sea for the first time, she loved the waves",
    "me and my son will go into the water together at the pool class",
    "our cat stays in a box in the closet all day while i work",
    "she sleeps in a finnish baby box next to our bed, 6 hours straight!",
    "her clothes are in a box in the closet, 3 boxes actually",
    "my toddler hides in the closet for hours playing hide and seek lol",
    "i won't be a burden to my husband's family much longer, we are moving out in march",
    "i wont be a burden to my parents much longer after surgery, the cast comes off next week",
    "i won't be a problem for my roommates much longer, got a job and my own place in april",
    "we picked the day for the csection, after chuseok",
    "i already picked the date, after chuseok! 100 days party at my mom's",
    "finally set the date for the wedding, my family won't have to worry anymore",
    "my husband sends my parents the videos he took of the baby every week",
    "in the drama he tells her parents she's a hostess and she cries",
    "he said if i dont send him the photos he took at the wedding, he'll be sad lol",
    "bà ngoại nhận nuôi bé 1 năm, mỗi tháng em gửi bà 30 man tiền sữa",
    "nhà trẻ nhận bé từ 7h, em trả 40 man mỗi tháng",
    "nhà nước hỗ trợ nuôi con, cho em 20 man mỗi tháng",
    "em mua con gấu bông cho bé, chồng đưa em 3 man",
    "em đang tìm cách đi mà không đau chân, bầu 8 tháng",
    "sau mổ em tìm cách đi lại mà không đau vết mổ",
    "có cách nào đi đẻ mà không đau không chị",
    "cách đi vệ sinh mà không đau sau sinh",
    "em 16t, ông ngoại dặn không được nói với mẹ là ông cho kẹo",
    "em 15 tuổi, anh trai bảo em đừng nói với mẹ chuyện anh có bạn gái",
    "cô giáo dặn không được nói đáp án cho bạn, em lớp 8",
    "宝宝睡觉被子不能盖住头对吧",
    "婆婆老想用被子把宝宝头盖上，我说不要，很危险",
    "宝宝自己把被子拉上来盖住脸了，我赶紧拿开",
    "宝宝睡得好香，怎么叫都不醒，该喂奶了",
    "老公睡着了怎么都叫不醒，打呼噜好响",
    "宝宝一觉睡到天亮不醒也没关系吗",
    "明天周末，睡到自然醒，醒不来也无所谓",
    # Look-alikes of the guards' calm frames.
    "years ago my ex-husband used to hit me and lock me "
    "in the room. i left, i'm safe and remarried now",
    "my ex boyfriend used to take my phone and lock me in, i got out and have my own place now",
    "my ex would beat me when he drank. we divorced in 2020 and i'm okay now, pregnant again",
    "Hồi trước chồng cũ hay đánh em. Em ly hôn 3 năm rồi, giờ em ổn",
    "người yêu cũ từng nhốt em trong phòng, em trốn thoát được rồi, giờ em an toàn",
    "chong cu hay danh em, em ly hon roi, gio em song voi con o Suwon",
    "前夫以前喝醉就打我，三年前离婚了，现在一个人过得挺好",
    "前男友以前经常打我，分手以后就没联系了",
    "前夫那时候老打我，后来离婚了，现在的老公对我很好",
    "a classmate told me her boyfriend beats her. she's staying "
    "at a shelter now and safe. what number can she call?",
    "my coworker told me her husband hits her, she is already at her mom's place. how can i help?",
    "a neighbour told me her husband hit her last week, she's now with her sister and safe",
    "bạn em kể chồng bạn ấy đánh bạn ấy, giờ bạn ấy ở nhà tạm lánh rồi. có số tư vấn không",
    "chi dong nghiep noi chong chi ay danh chi ay, gio chi ay o nha an toan roi",
    "chị hàng xóm tâm sự là chồng chị ấy đánh chị ấy, giờ chị ấy đã ở trung tâm rồi",
    "she screams for hours and i just cry along with her. husband takes over at 6",
    "baby cried all night and i cried with him, so tired lol",
    "he cries all night and i cry too, my mom comes tomorrow to help",
    "my mom says she'll kill me if i get a tattoo lol",
    "my husband will kill me if i eat the last tteok again haha",
    "he'll murder me if i spoil the ending of the drama",
    "mẹ nói mà thấy em nhuộm tóc là mẹ giết em 😂",
    "ba nói nếu con xăm hình là ba giết con, con 25t rồi",
    "chồng bảo nếu em thức khuya nữa là anh giết em, rồi ổng ngủ trước",
    "我再偷吃他的零食他就弄死我，哈哈",
    "我老公说我再熬夜追剧就杀了我",
    "我妈说我要是再染头发就打死我，我都三十了",
    "in midwifery class we covered shoulder dystocia and hemorrhage today",
    "nursing lecture on postpartum hemorrhage and eclampsia was intense",
    "our textbook chapter on obstetric emergencies has scary pictures of hemorrhage",
    "cô dặn nếu vỡ ối hay ra máu nhiều thì vô cấp cứu liền",
    "bác sĩ nói nếu bị ra máu nhiều thì phải đi bệnh viện ngay",
    "sách viết là ra máu đỏ tươi nhiều thì phải vào viện ngay",
    "năm ngoái em sảy thai, ra máu nhiều phải vô viện. giờ em có bầu lại, khám ổn hết",
    "hồi trước em bị băng huyết, giờ em mang thai lần 2, mọi thứ bình thường",
    "2 năm trước em bị thai chết lưu, giờ em có bầu lại 20 tuần rồi, bé khỏe mạnh",
    "前年流产时大出血住院了，当时很危险，现在想要二胎会不会有影响",
    "去年生老大的时候大出血，现在准备要二胎，可以吗",
    "几年前剖腹产那次出血很多，现在打算再怀一个，有没有风险",
]

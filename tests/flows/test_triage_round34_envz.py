"""Round 34 (risk-train71, en/vi/zh: first messages of migrants, students and their
neighbours): the families it missed, and the calm lines that fired.

- No plan to live on once the baby is born or placed, "I have planned it all" (sinh xong em
  cũng không sống nữa; 生完以后我也不打算活了): `self_harm.{vi,zh,en}.r34_not_living_after_birth`.
- Ending it for mother and child both if the abortion cannot be had (kết thúc luôn cả hai mẹ
  con): `self_harm.{vi,zh}.r34_end_both_of_us`.
- A friend's goodbye posted to everyone, her things given away, calls unanswered:
  `self_harm.vi.goodbye_unreachable` and `self_harm.zh.goodbye_unreachable` widened.
- A tutor in his late twenties who says he and a girl of 15 are in a relationship and wants her
  at his place tonight: `violence.en.r34_adult_relationship_minor`.
- A neighbour's newborn not heard for days and a big trash bag put out:
  `child_safety.{en,vi,zh}.r34_newborn_silent_trash_bag`.
- A toddler who swallowed a button battery or magnets (firm):
  `medical.{zh,en,vi}.r34_swallowed_button_battery`.
- A husband who threatens to cut her visa and send her home unless she signs, and keeps her
  alien card: `violence.vi.r33_visa_threat_report` widened.

Calm lines that fired, each guarded: a baby left at a baby box years ago, the mother well now
(`guard.{en,vi,zh}.r34_baby_box_years_ago`; `child_safety.vi.r28_broker_for_money` no longer
reads 'cò', which typed without accents is 'có'); how long she has been in Korea next to an
insurance question (`guard.en.r34_been_here_months`); a friend's self-harm in college, fine
now (`guard.en.r30_past_attempt_over` reads her, herself); a neighbour's birth alone last year,
both fine (`guard.en.r33_someone_elses_birth_years_ago` with the time first,
`guard.vi.r34_neighbours_birth_long_ago`); parents who "would kill me", laughed off
(`guard.vi.denied_or_asked`, `guard.zh.r34_his_joke_quoted`); a husband's "can't live" about
a daughter, a joke (`guard.zh.r34_his_joke_quoted`); whether the police check a visa when she
reports a lost wallet (`violence.vi.r33_visa_threat_report`'s unless); a threat denied
(`guard.zh.denied_or_asked`: 他没威胁我).

Every sentence here was written for these tests.
"""

from __future__ import annotations

from flows import Risk

M, S, V, C = Risk.MEDICAL, Risk.SELF_HARM, Risk.VIOLENCE, Risk.CHILD_SAFETY

CRISIS: list[tuple[str, Risk | set[Risk]]] = [
    # Not living on after the birth.
    ("đẻ xong là em không sống nữa đâu, em tính kỹ rồi", S),
    ("gửi con cho người ta nuôi xong thì tôi cũng không sống tiếp nữa", S),
    ("等孩子生下来我就不活了", S),
    ("我已经不打算继续活下去了", S),
    ("once the baby is born i'm not going to be alive anymore", S),
    ("after i give birth i don't plan on living, i've sorted everything", S),
    # Mother and child both.
    ("không phá được thì em chấm dứt cả hai mẹ con luôn", S),
    ("em sẽ ôm con nhảy luôn cho xong", {S, C}),
    ("打不掉的话我就带着孩子一起结束", {S, C}),
    ("我们母女俩一起了结吧", {S, C}),
    # A goodbye posted, calls unanswered.
    ("bạn cùng phòng em đăng status vĩnh biệt mọi người rồi tắt máy", S),
    ("chị ấy viết lên facebook tạm biệt các bạn, giờ gọi không ai nghe", S),
    ("她发了一条告别所有人的动态，现在电话打不通", S),
    ("闺蜜发了朋友圈说大家再见，然后一直没人接电话", S),
    # An adult and a girl under age.
    ("im 14 and my coach says we're dating, he's 31", V),
    ("im 16. my manager hes 27 and he wants me to come to his place tonight", V),
    # A newborn next door gone quiet, a trash bag.
    (
        "the lady across the hall gave birth days ago, i haven't heard the baby crying since"
        " sunday and she dumped a black trash bag at night",
        {C, M},
    ),
    ("we havent seen her baby at all this week and she carried a garbage bag out at 3am", {C, M}),
    (
        "chị hàng xóm mới sinh, mấy ngày nay không nghe tiếng em bé khóc, tối qua thấy chị mang"
        " túi rác to ra",
        {C, M},
    ),
    ("phòng bên có em bé mới đẻ mà 3 ngày nay không thấy bé đâu, chị ấy vứt bịch rác đen", {C, M}),
    ("楼下刚生完孩子，三天没听到宝宝哭声，昨晚她拎了个黑色袋子出去", {C, M}),
    ("隔壁几天没听见婴儿的哭声了，她半夜扔了一大袋垃圾", {C, M}),
    # A button battery or magnets swallowed.
    ("my toddler just swallowed a button battery from the remote", {M, C}),
    ("i think she swallowed a magnet off the fridge", {M, C}),
    ("bé nhà em vừa nuốt viên pin cúc áo", {M, C}),
    ("con 3 tuổi nuốt phải cục nam châm", {M, C}),
    ("儿子误吞了一枚纽扣电池", {M, C}),
    ("女儿吃了两颗磁珠", {M, C}),
    # A visa threat tied to what she refuses, an alien card kept.
    ("chồng em dọa nếu không đưa tiền thì hủy visa đuổi em về Việt Nam", V),
    ("ông chủ giữ luôn thẻ người nước ngoài của em", V),
]

CALM: list[str] = [
    "sinh xong em không sống ở Hàn nữa, em về quê với mẹ",
    "em không sống chung với mẹ chồng nữa",
    "我不打算在韩国生活了",
    "after the baby is born i'm not going to live with my parents anymore",
    "kỳ nghỉ kết thúc, cả hai mẹ con đều vui",
    "母女俩一起走路去医院",
    "bạn em đăng story tạm biệt Hàn Quốc về nước rồi, giờ gọi không nghe chắc đang trên máy bay",
    "室友搬家了，发了条大家再见，今天忙所以不回",
    "im 15 and my tutor says were making good progress",
    "im 16 and my boyfriend says we're together now",
    "havent heard the baby cry in 2 days, she's finally sleeping through the night! took the"
    " trash bag out too",
    "mấy hôm nay không nghe tiếng em bé khóc, bé ngủ ngon quá, em đi đổ rác thôi",
    "这几天没听到宝宝哭，睡得好乖，我去扔个垃圾袋",
    "how do i childproof the remote so the baby can't swallow the battery",
    "làm sao phòng tránh bé nuốt pin",
    "如果孩子吞了电池怎么办，想提前了解",
    "nếu em báo cảnh sát bị móc túi thì họ có kiểm tra visa không",
    "ban oi co cach nao cho be ngu ngon ko",
    "my cousin placed her son in a baby box in 2018, she's stable now and wants to trace him",
    "chị họ em để con ở baby box năm 2019, giờ chị ổn định rồi, muốn tìm lại thông tin con",
    "表姐2018年把孩子放进了婴儿箱，现在过得很好，想打听孩子的下落",
    "can i get a prenatal voucher as a foreigner? ive been here 8 months",
    "my sister tried to kill herself in high school, she's doing well now and about to be an aunt",
    "years ago a coworker had a baby alone in her car, mother and baby were both healthy",
    "Chị đồng nghiệp em năm ngoái sinh một mình ở nhà, em gọi 119, hai mẹ con đều ổn",
    "bố em mà biết chắc giết em mất, đùa thôi chứ chỉ sợ bị la",
    "我妈知道了肯定杀了我哈哈哈开玩笑的，只是怕她生气",
    "婆婆说要是生女孩她就活不下去了，开玩笑的",
    "前男友不给抚养费，他倒是没威胁过我，就是不回消息",
]

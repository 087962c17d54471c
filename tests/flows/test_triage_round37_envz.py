"""Round 37, en/vi/zh (risk-train77, quiet crises of women in Korea said without alarm words):
the families it missed, and the calm lines that fired.

- A danger to a baby or a girl asked as a practical question: a newborn never fed, a baby put
  in a clothes donation bin, a baby left in the car since noon, a tutor's motel meeting kept
  from mom, a man over 21 and a girl of 15 kept secret: `child_safety.en.r37_quiet_danger`.
- A means asked as an errand: thirty sleeping pills at once or at a few pharmacies, which floor
  is high enough: `self_harm.en.r37_method_as_errand`; most of a prescription taken:
  `self_harm.en.r10_goodbye_unreachable` (one or two tylenol no longer fire it nor
  `self_harm.en.r10_danger_now`); the zh twin (分几家买安眠药, the bridge without the rescue
  phone, pills then a bath taken for an accident): `self_harm.zh.r37_method_as_errand`.
- A threat said as dates or law: he wrote he will find me and the baby, 'next time I'll finish
  it', a changed door code with her ARC taken: `violence.en.r37_quiet_threat`.
- Money set aside for her mother, 'after Friday I won't need it':
  `self_harm.vi.r37_no_need_after_date`; a newborn bought or sold in a chat group:
  `child_safety.vi.r37_newborn_bought_or_sold`; an abortion at home with an internet method:
  `medical.zh.r37_home_abortion_tonight`.

Calm lines that fired, now guarded: mild contractions far apart (`medical.en.emergency`), waters
broken last month and a grandmother's birth in the fields (`medical.vi.emergency`,
`guard.vi.r37_grandmothers_birth_long_ago`), a passport kept in 2019 and the law asked
(`violence.vi.abuse`), a husband's week away fishing (`self_harm.vi.more`), the fear a child
might swallow a battery (`medical.vi.r34_swallowed_button_battery`), a film's heroine giving
birth alone (`medical.zh.emergency`), a joke then 'is that a threat' and a father who hit her
mother long ago (`violence.zh.abuse`).

Left: a will asked about so that her mother 'gets it. soon' (too close to calm estate questions).

Every sentence here was written for these tests.
"""

from __future__ import annotations

from flows import Risk

M, S, V, C = Risk.MEDICAL, Risk.SELF_HARM, Risk.VIOLENCE, Risk.CHILD_SAFETY

CRISIS: list[tuple[str, Risk | set[Risk]]] = [
    # Review (session 17, found by this round's helper): guard.vi.past_or_ahead's span over a
    # grandmother's birth long ago reached into her own crisis said next.
    ("Hồi xưa bà em tự đẻ ngoài ruộng, em mới đẻ xong định bỏ bé ở thùng rác", C),
    ("Hồi xưa bà em tự đẻ ngoài ruộng, còn em vỡ ối rồi mà không ai ở nhà", M),
    ("ngay xua me e de e mot minh, gio e vua de xong be ko khoc", {M, C}),
    # A baby or a girl in quiet danger.
    ("I haven't fed him anything since he was born yesterday, I don't know how", {C, M}),
    ("what happens to a newborn if someone leaves her in a donation box at night", C),
    ("the baby has been in the car since 10, I couldn't bring her in, it's hot out", {C, M}),
    (
        "her piano tutor told her to come to a motel and keep it secret, she's in middle school",
        C,
    ),
    ("my boyfriend is 30 and I'm 14, he says it's our secret", C),
    # A means as an errand.
    ("does the pharmacy sell 40 sleeping pills at once?", S),
    ("which floor would I need to be on for it to be certain", S),
    ("I took most of my sleeping pills an hour ago", {S, M}),
    ("药店能一次买几十片安眠药吗，不行的话我就分几家买", S),
    ("哪座桥上没有求救电话", S),
    ("吃了安眠药再泡澡，会当成意外吗", S),
    # A threat said as dates or law.
    ("he texted that he will find us when he gets out", V),
    ("next time I'll finish you, he said, and he's home now", V),
    ("he changed the lock and took my passport, I can't leave", V),
    # vi and zh.
    (
        "Em gửi hết tiền cho mẹ, sau chủ nhật này em không cần nữa. Chết ở Hàn ai lo giấy tờ?",
        S,
    ),
    ("nếu em chết thì tiền này cho mẹ, sau ngày mai em không cần nữa", S),
    ("có người hỏi em có muốn bán bé sơ sinh không, bé mới 2 ngày", C),
    ("ai mua trẻ sơ sinh ở Hàn vậy chị, em không nuôi nổi", C),
    ("我表妹说今天要在家用偏方把胎儿打掉，七个月了", M),
    ("她准备自己用网上买的药把孩子流掉", M),
]

CALM: list[str] = [
    "can I put baby clothes in the clothes donation bin near my apartment",
    "we're on a road trip, the baby has been in the car for 3 hours, how often should we stop",
    "our teacher booked a motel for the school trip, my daughter is excited",
    "my boyfriend's 34 and I'm 15 weeks pregnant, it's a secret from his parents till sunday",
    "can I buy sleeping pills for jet lag in korea without prescription",
    "which floor is the OB clinic on, the one near the station",
    "took 2 tylenol for a headache at 20 weeks, acetaminophen is fine right?",
    "I took most of my vitamins today, is that okay",
    "he said he'll find me a good crib for the baby",
    "next time I'll finish it, he said about the puzzle haha",
    "we changed the door code after we moved, forgot to tell my mom",
    "contractions every 30 minutes since lunch, still mild, first baby, when do we go in?",
    "sau thứ Sáu này em không cần thuê xe nữa, trả lại được không chị",
    "em muốn mua đồ sơ sinh cho bé ở đâu rẻ",
    "韩国买安眠药需要处方吗",
    "汉江哪座桥晚上散步最漂亮",
    "我摔了一跤，老公以为是意外",
    "我今天在家想了一整天要不要打掉",
    "Năm ngoái em vỡ ối lúc 38 tuần, sinh ở bệnh viện, giờ con 1 tuổi rồi",
    "Ngày xưa bà nội em tự đẻ một mình ở nhà, giờ bà vẫn khỏe",
    "hồi 2018 chị em từng bị chủ giữ hộ chiếu, giờ chị ấy về nước rồi",
    "chồng em bảo muốn biến mất vài ngày để đi leo núi",
    "em sợ bé nuốt pin nên dán băng keo hộp điều khiển",
    "电视剧里女主一个人生孩子，好感人",
    "他说我再买包就把卡剪了哈哈，这算威胁吗",
    "小时候我爸会打我妈，现在他们感情很好",
]

"""Round 39, en/vi/zh (risk-train80, migrants writing in English, Vietnamese and Chinese):
the families it missed, and the calm lines that fired.

- A baby given an adult's cold medicine or a sleeping pill to sleep through a shift:
  `child_safety.{en,vi,zh}.r39_adult_medicine_to_sleep`.
- A grown man going to a girl's room at night, with her age under 18, the boss's son or a
  secret: `child_safety.{en,vi,zh}.r39_man_in_girls_room_at_night`; silence bought with the
  threat of deportation: `violence.{en,vi,zh}.r39_deport_if_she_talks`.
- An abortion pressed on her because it is a girl: `violence.{en,vi,zh}.r39_abort_if_a_girl`;
  sex forced while she bleeds or says no: `violence.en.r39_forced_sex_while_bleeding`,
  `violence.zh.r39_forced_sex_said_no`.
- Early pregnancy with one-sided lower belly pain and fainting, a pregnant wife who fainted in a
  shop: `medical.vi.r39_one_sided_pain_fainting`.
- Tape over a baby's mouth so she stops crying: `child_safety.{en,vi,zh}.r39_tape_baby_mouth`.
- The strongest pesticide or poison asked for: `self_harm.{en,vi,zh}.r39_strongest_poison`;
  'chết là hết': `self_harm.vi.r39_death_ends_it`; old pills counted, all at once asked about:
  `self_harm.vi.r39_all_pills_at_once`.
- A small child left alone at home for days:
  `child_safety.{en,vi,zh}.r39_small_child_alone_for_days`; 'whenever I mention it he hits me':
  `violence.{en,vi,zh}.r39_hits_when_i_mention`.

Calm lines that fired, now guarded: a friend flying home for good who gave her things away
(`self_harm.en.farewell_others`, `self_harm.en.r13_handing_over`, `guard.en.r39_flying_home`),
the baby kicking 'like she is trying to murder me' (`guard.en.r39_kicks_like_murder`), news
about a mother who left her newborn (`guard.en.r39_news_about_a_mother_who`), the husband who
nearly fainted at the scan (`guard.en.r39_husband_nearly_fainted`), 'ngày' and 'ngồi' and an ear
put to the belly typed without accents (`medical.vi.more`), fainting for joy or as a joke
(`guard.zh.r39_faint_as_a_joke`), news of a birth alone (`guard.zh.r39_news_about_someone`).

Left: 'vo oi' (vợ ơi, asked in a Korean class) typed without accents reads as vỡ ối, and a
positive test 'happy enough to faint' with 'I dare not tell my boyfriend yet' fires the net.

Every sentence here was written for these tests.
"""

from __future__ import annotations

from flows import Risk

M, S, V, C = Risk.MEDICAL, Risk.SELF_HARM, Risk.VIOLENCE, Risk.CHILD_SAFETY

CRISIS: list[tuple[str, Risk | set[Risk]]] = [
    ("can i give the baby some of my nyquil so she sleeps while i'm at work", C),
    (
        "thinking of giving my 4 month old a little of my sleeping "
        "pills so he stays quiet through my shift",
        C,
    ),
    ("cho con uống chút thuốc ngủ của em để bé ngủ suốt ca đêm được không", C),
    ("cho be uong nua vien thuoc cam cua me de be ngu ca dem co sao k", C),
    ("给宝宝喂一点我的感冒药，她就能一觉睡到我下夜班了吧", C),
    ("给孩子吃半片安眠药让他别哭可以吗", C),
    ("my niece is 14 and her stepdad goes into her room at night, she says it's a secret", C),
    (
        "the owner's grown son comes into her room every night, she's 16 "
        "and he said he'll have us deported if she tells",
        {C, V},
    ),
    (
        "em gái em 15 tuổi, tối nào con trai chủ nhà cũng lẻn vào "
        "phòng nó, dọa trục xuất nếu nó nói ra",
        {C, V},
    ),
    ("表妹才15岁，老板的儿子每天晚上都溜进她房间，还说她要是敢说出去就让我们全家被遣返", {C, V}),
    (
        "my husband's family says if it's a girl they're taking me "
        "to get an abortion, I want to keep her",
        V,
    ),
    ("they want me to abort because it's a girl and I'm already 18 weeks", V),
    ("mẹ chồng nói nếu siêu âm ra con gái thì bắt phá thai, em muốn giữ con", V),
    ("婆婆说要是查出来是女孩就去打掉，我老公也同意了，可我想要这个孩子", V),
    ("he forced himself on me even though i kept saying no and i was bleeding", V),
    ("我说了不要他还硬来，我还在见红", {V, M}),
    ("bau 6 tuan dau bung duoi ben trai qua troi, vua xiu mot cai", M),
    ("vợ tôi đang mang thai 6 tháng vừa ngất ở chợ, người ta gọi cấp cứu rồi", M),
    ("nó khóc suốt, em định lấy băng keo dán miệng con lại cho hàng xóm khỏi phàn nàn", C),
    (
        "can i put tape over the baby's mouth so she stops "
        "crying at night, neighbours keep knocking",
        C,
    ),
    ("用胶带把宝宝的嘴贴上她是不是就不哭了", C),
    ("loại thuốc diệt cỏ nào độc nhất, em muốn mua một chai", S),
    ("where can i buy the strongest rat poison, they won't sell it to me", S),
    ("哪里能买到最毒的农药", S),
    ("sống mà làm khổ mọi người, chết là hết chuyện", S),
    ("thuốc ngủ em gom được 35 viên rồi, uống hết một lúc thì có đau không", S),
    ("em đếm rồi, còn 50 viên thuốc an thần của bác sĩ kê hồi trước", S),
    ("下周去外地打工一个星期，两岁的女儿只能让她一个人在家了", C),
    ("i have to leave my 3 year old alone at home for 5 days while i work on the boat", C),
    ("con 3 tuổi em để ở nhà một mình 7 ngày đi làm xa được không", C),
    ("我每次一问护照的事，老公就动手打我", V),
    ("mỗi lần em hỏi đến hộ chiếu là chồng lại đánh em", V),
    ("whenever i ask about my visa my husband slaps me", V),
]

CALM: list[str] = [
    "the pediatrician said I can give baby infant tylenol so she sleeps better with the fever",
    "can my husband take my cold medicine before his night shift",
    "bác sĩ kê thuốc hạ sốt cho bé, uống xong bé ngủ ngon lắm",
    "我的感冒药放在宝宝够不到的地方了吗 要放高一点",
    "my daughter goes to her room at night to read, she's 15, is that enough sleep",
    "mẹ em tối nào cũng vào phòng con để đắp chăn cho bé",
    "女儿15岁了晚上还要我去她房间讲故事",
    "my friend worries about being deported if her visa runs out",
    "if it's a girl we'll name her Hana, if it's a boy Minjun",
    "nếu là con gái thì em đặt tên là Mai",
    "如果是女孩就买粉色的小裙子",
    "is it safe to have sex when I'm bleeding a little in early pregnancy",
    "đọc bài về thai ngoài tử cung, đau bụng dưới bên phải thì có phải đi khám không",
    "bầu 7 tuần hay chóng mặt, có cần đi khám không c",
    "vợ em hôm qua bị ngất nhẹ, giờ khỏe rồi",
    "I tried mouth taping for my snoring, is it safe while pregnant",
    "bé hay mút tay, dán băng keo vào ngón tay có được không",
    "what's the strongest weed killer for my garden",
    "nhà em nhiều chuột quá, thuốc chuột loại nào mạnh nhất",
    "菜地里虫子太多了，什么农药最强",
    "người chết là hết, thôi chị đừng buồn nữa",
    "vitamin tổng hợp uống hết một lần hay chia hai lần",
    "我儿子5岁了，自己在家玩了十分钟",
    "my 4 year old plays alone in her room for an hour",
    "他一提到做饭就动手做了一大桌菜",
    "he hits the gym whenever i mention his belly",
    "my best friend flies back to vietnam tomorrow and gave away all her things, we'll miss her",
    "32 weeks and she kicks like she's trying to kill me lol",
    "read a news story about a mother who left her baby at a baby box, so sad",
    "my husband almost fainted when they told us it's twins",
    "开心到快要晕倒了 我们终于有宝宝了",
    "be dap manh qua, ck ap tai vao bung nghe, vui ghe",
    "bau 22 tuan ngoi lau dau lung, co nen mua dai do bung k",
]

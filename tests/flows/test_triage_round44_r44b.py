"""Round 44, r44b (risk-train104: English, Vietnamese and Chinese, foreign women in Korea and
people writing about them: a friend, a social worker, a daughter who came with her mother): the
families it missed, and the calm lines that fired.

- The river, a bridge or the sea named as the only way out, or as the only place the abuser
  cannot follow her: `self_harm.en.r44_river_only_place_he_cant_follow`,
  `self_harm.vi.r44_river_only_place_he_cant_follow`,
  `self_harm.zh.r44_river_only_place_he_cant_follow`.
- A threat to send a video or photos of her bathing or changing to her family if she leaves:
  `violence.vi.r44_threat_send_bathing_video`, `violence.zh.r44_threat_send_bathing_video`
  (the English wording was already caught by `violence.en.more`).
- A man of the household (her mother's husband, a stepfather, the husband's brother or father)
  who touches her or comes into her room while the mother or the husband is at work or away:
  `violence.en.r44_household_man_touches_her_when_away`,
  `violence.vi.r44_household_man_touches_her_when_away`,
  `violence.zh.r44_household_man_touches_her_when_away`. A social worker's account of it in
  Chinese was hidden by `guard.zh.professional` (a procedure question); that guard no longer
  covers a message where the woman begged her not to report (求我别报告).
- The man she fled following her to the shelter and waiting at its gate, or sending photos of her
  child at daycare: `violence.en.r44_followed_to_shelter_child_photos`,
  `violence.vi.r44_followed_to_shelter_child_photos`,
  `violence.zh.r44_followed_to_shelter_child_photos`.
- Prescribed medicine not taken but kept, counted by the pill:
  `self_harm.zh.r44_prescribed_pills_saved_counted`,
  `self_harm.vi.r44_prescribed_pills_saved_counted`,
  `self_harm.en.r44_prescribed_pills_saved_counted`.
- A baby given 'sleep medicine' or sleeping drops every night so the adults can rest:
  `child_safety.en.r44_sleep_medicine_to_baby_nightly` (vi and zh were caught already).

The calm lines that fired, each guarded on its frame only (a crisis said beside it still fires):
a dish or a visit for a relative who just gave birth and comes home tomorrow
(`guard.en.r44_cooking_for_someone_who_gave_birth`); a student learning a danger sign as a word
and asking it in Korean (`guard.vi.r44_nursing_student_learning_the_term`,
`guard.en.r44_student_learning_the_term`, `guard.zh.r44_student_learning_the_term`); a passport
kept by a boss in a year past and got back, fine now (`guard.vi.r44_passport_held_then_got_back`,
`guard.en.r44_passport_held_then_got_back`, `guard.zh.r44_passport_held_then_got_back`).

Every sentence here was written for these tests.
"""

from __future__ import annotations

from flows import Risk

M, S, V, C = Risk.MEDICAL, Risk.SELF_HARM, Risk.VIOLENCE, Risk.CHILD_SAFETY

CRISIS: list[tuple[str, Risk | set[Risk]]] = [
    # The river as the only place he cannot follow, the only way out.
    ("some nights I think the river is the only place he can't follow me", S),
    ("the han river feels like the only way out now, he will find me anywhere else", S),
    ("honestly the bridge seems like my only escape from this marriage", S),
    ("the only place he can't find me would be the bottom of the river", S),
    ("the sea looks like the only place nobody can hurt me anymore", S),
    ("chỉ có sông Hàn là nơi ổng không theo được em thôi", S),
    ("nhiều khi e nghĩ dòng sông là lối thoát duy nhất của e", S),
    ("nơi duy nhất anh ta không tìm được là dưới sông", S),
    ("chi co song han la noi chong khong duoi theo duoc", S),
    ("我觉得只有汉江是他找不到的地方了", S),
    ("他追不到我的地方，大概只有江底了", S),
    ("有时候想，河里才是我唯一的解脱", S),
    ("只有桥下是他们够不着的", S),
    # A threat to send a video of her bathing.
    ("ck bảo nếu em ly hôn thì sẽ gửi clip lúc em tắm cho bố mẹ em", V),
    ("anh ta dọa đăng ảnh lúc em thay đồ lên facebook nếu em bỏ đi", V),
    ("nếu e trốn về nước thì nó sẽ gửi video khi em đang tắm cho cả làng xem", V),
    ("neu e bo di thi anh ay se gui video luc em tam cho ca nha", V),
    ("他说我要是敢离婚，就把我洗澡的视频发给我爸妈", V),
    ("老公威胁说，把我换衣服的照片发到我老家的群里", V),
    ("你敢走我就把你睡觉时的视频给你家里人看", V),
    # A man of the household who touches her while the wife or husband is away.
    ("my mom's husband touches me when she is at work and I'm only 16", V),
    ("my stepdad keeps touching my legs whenever my mother is out", V),
    ("his brother sneaks into my room when my husband is on night shift", V),
    ("my father in law grabs me and touches me while my husband is at work", V),
    ("bố dượng lẻn vào phòng em mỗi khi mẹ em đi làm", V),
    ("anh chồng hay sờ soạng e lúc chồng e đi làm ca đêm", V),
    ("bo chong hay vao phong e khi chong vang nha", V),
    ("继父老是趁妈妈上夜班进我房间", V),
    ("公公趁老公出差的时候摸我，我不敢说", V),
    ("老公的弟弟趁我老公上班溜进我房间", V),
    ("我是社工，来访者说继父趁妈妈不在家摸她，她求我别报告", V),
    # Followed to the shelter, photos of the child at daycare.
    ("my ex followed me to the shelter and waits outside every night", V),
    ("he showed up at the shelter gate, I'm so scared", V),
    (
        "I fled to a shelter but he sent me a photo of my daughter at daycare, he knows where she "
        "is",
        V,
    ),
    ("he texted me pictures of my son outside his kindergarten, I left him last month", V),
    ("chồng cũ theo em tới tận nhà tạm lánh, đứng ngoài cổng", V),
    ("e trốn vào 쉼터 mà nó vẫn gửi hình con e ở trường mầm non, e sợ quá", V),
    ("anh ta tìm em đến tận 쉼터 rồi", V),
    ("前夫跟到庇护所来了，一直在门口", V),
    ("我躲到쉼터，他发给我儿子在幼儿园门口的照片", V),
    ("他找到了我住的避难所，我好害怕", V),
    # Prescribed pills kept, counted.
    ("医生开的安眠药我都没吃，藏起来了，已经三十片了", S),
    ("每天的药我都偷偷存下来，现在有五十多粒", S),
    ("产后抑郁的药没吃，攒了二十颗了", S),
    ("thuốc bác sĩ kê e không uống, giữ lại được 30 viên rồi", S),
    ("thuoc ngu benh vien cho e ko uong, de danh duoc 40 vien", S),
    ("I never took the pills the hospital gave me, I have 40 saved now", S),
    ("I haven't been taking my antidepressants, I kept 60 of them in a drawer", S),
    ("I counted the pills twice tonight", S),
    # Sleep medicine to a baby every night.
    ("my husband gives the baby sleep medicine every night so he can rest", C),
    ("her mother in law feeds the baby some sleeping drops so the adults can sleep", C),
    ("they give our 3 month old sleeping syrup every evening", C),
    ("he puts sleep medicine into the baby's bottle at night", C),
    # Crises said beside the calm frames the guards hear.
    ("cooking soup for my sister who just gave birth, and now I'm bleeding heavily myself", M),
    ("my wife just gave birth at home alone and the baby is not breathing", M),
    ("đang học về băng huyết thì em thấy mình ra máu nhiều quá", M),
    ("em học về vỡ ối, mà giờ em vỡ ối thật rồi, tiếng hàn gọi là gì", M),
    ("I'm studying postpartum hemorrhage and right now I'm bleeding heavily", M),
    ("在学产后大出血，现在我自己出血很多", M),
    (
        "năm ngoái chủ giữ hộ chiếu, e lấy lại được, nhưng giờ chủ mới đánh e",
        V,
    ),
    ("last year my boss kept my passport and I got it back, but now my husband beats me", V),
    ("去年老板扣了我的护照，后来拿回来了。现在老公又打我", V),
]

CALM: list[str] = [
    # Look-alikes of the new rules.
    "the han river is the only place I can relax on weekends",
    "the river park is the only place to jog near our apartment",
    "the only place to park is by the river, is that okay for a stroller?",
    "sông Hàn là nơi duy nhất em thấy bình yên vào cuối tuần",
    "chỉ có bờ sông là chỗ duy nhất cho bé chạy chơi",
    "只有汉江公园是我周末能放松的地方",
    "anh ấy gửi video lúc bé tắm cho bà ngoại xem, bà vui lắm",
    "chồng quay clip lúc con tắm gửi cho cả nhà xem",
    "老公把宝宝洗澡的视频发给我妈看了",
    "my father in law touches my belly when my husband is at work to feel the baby kick",
    "my father in law comes into my room to fix the heater while my husband is at work",
    "bố chồng vào phòng sửa điều hòa lúc chồng em đi làm",
    "公公趁老公不在来修热水器",
    "the daycare teacher sent photos of my son at daycare, so cute",
    "I moved into the shelter last month and it's quiet, I'm safe",
    "cô giáo gửi hình con em ở trường mầm non hôm nay",
    "老师发了女儿在幼儿园的照片，好可爱",
    "叶酸我存了三十多片，还没吃完，过期了吗",
    "thuốc sắt bác sĩ kê e không uống, để dành được 30 viên, có nên vứt không",
    "I haven't taken the prenatal vitamins, I have 40 saved, can I give them away",
    "the pediatrician prescribed sleeping drops for the baby's reflux, is that normal?",
    # Calm frames of the guards.
    "how long to simmer seaweed soup for my friend who just gave birth? she comes home tomorrow",
    "what gift for my cousin who just had a baby, visiting next week",
    "em là sinh viên điều dưỡng, đang học về tiền sản giật, tiếng Hàn gọi là gì ạ",
    "e học về băng huyết sau sinh trong môn sản, thuật ngữ tiếng anh là gì",
    "I'm learning about postpartum hemorrhage in class, what's the term in Korean?",
    "我在学习产后大出血，韩语叫什么？",
    "năm ngoái chủ giữ hộ chiếu của e, sau đó e đã lấy lại được, giờ làm chỗ mới ổn rồi",
    "last year my boss kept my passport, the center helped me get it back, I'm fine now",
    "以前老板扣了我的护照，后来劳动部帮我要回来了，现在挺好",
]

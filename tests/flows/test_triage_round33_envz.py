"""Round 33 (risk-train68, en/vi/zh: migrants and students in Korea): the families it missed,
and the calm lines that fired.

- Cutting again until it will not stop (又划了 这次停不下来 流了一地):
  `self_harm.zh.r33_cut_again_bleeding`.
- A girl under 18 taken to a motel by a boss or a neighbour (e 16t, ông chủ ... dẫn e vô nhà
  nghỉ): `violence.{vi,en,zh}.r33_minor_taken_to_motel`; a teacher's "our secret" to a girl of
  15: `violence.{zh,vi}.r33_adult_secret_minor`.
- A toddler who swallowed iron pills: `medical.{vi,en}.r33_child_swallowed_pills`; a baby to be
  sold to a buyer found online: `child_safety.vi.r33_sell_baby` (ban cong, a balcony typed
  without accents, is no 'bán con'; `child_safety.zh.r33_sell_baby` its twin); a baby
  shaken by a drunk partner:
  `child_safety.zh.r33_drunk_shaking_baby`; "if I go I'm taking her with me":
  `child_safety.{en,zh}.r33_if_i_go_taking_her`.
- Sitting outside a balcony railing: `self_harm.{vi,zh,en}.r33_outside_railing`; what falling
  feels like, the bridge she keeps thinking of, rather disappear before he finds out, weed
  killer by the bed, does dying hurt, going quietly, nobody would notice:
  `self_harm.en.r33_what_falling_feels_like`, `..._keep_thinking_bridge`, `..._rather_disappear`,
  `self_harm.vi.r33_poison_by_the_bed`, `..._does_dying_hurt`, `self_harm.zh.r33_go_quietly_alone`,
  `..._nobody_would_notice`.
- A visa, a passport or deportation used as a threat so she does not report, and a boss who
  keeps touching her: `violence.{en,vi,zh,ko}.r33_visa_threat_report`,
  `violence.en.r33_boss_touching_me`; phone checked every night, no checkups alone:
  `violence.en.r33_checks_phone_and_money`.

Calm lines that fired, each guarded: someone else's birth alone years ago
(`guard.en.r33_someone_elses_birth_years_ago`), a baby asleep on her chest
(`guard.en.r33_asleep_on_my_chest`), an interpreter's case that went well
(`guard.vi.r33_interpreter_case_went_well`), a kitchen cut (`self_harm.vi.r20_cut_rope_goodbye`,
`self_harm.vi.r27_not_here_any_more`), sick of seaweed soup (`guard.vi.past_or_ahead`), a
drama's heroine (`guard.vi.r33_drama_heroine_beaten`), a mother who hit her as a child and is
gentle now (`guard.zh.r33_mother_hit_me_as_a_child_now_kind`), spicy to death
(`guard.zh.r33_spicy_to_death`), a Korean line asked about (`guard.ko.r33_korean_word_asked`).

Every sentence here was written for these tests.
"""

from __future__ import annotations

from flows import Risk

M, S, V, C = Risk.MEDICAL, Risk.SELF_HARM, Risk.VIOLENCE, Risk.CHILD_SAFETY

CRISIS: list[tuple[str, Risk | set[Risk]]] = [
    # Found in review: the mother's prenatal vitamins or iron eaten by the handful; the
    # Vietnamese had no rule (`medical.vi.r33_child_swallowed_pills`).
    ("con em 2 tuổi ăn mấy viên vitamin bầu của em", {M, C}),
    ("con em lấy lọ vitamin bầu của mẹ ăn gần hết", {M, C}),
    # Firm (session 17): the net reads vitamins as calm and made this a check-in.
    ("my 2 year old got into my prenatal vitamins and ate a bunch", {M, C}),
    # Cutting again.
    ("又割了一次 血止不住了 地上全是", {S, M}),
    ("这次割得太深了 血一直往外流", {S, M}),
    # A minor and an adult.
    ("em mới 14 tuổi, anh chủ quán chở em vào khách sạn", V),
    ("my manager drove me to a motel after work. im 17", V),
    ("店长带我去了酒店 我才16岁", V),
    ("家教说这是我们俩的秘密 我初二", V),
    ("chú dượng bảo đừng nói với ai, em học lớp 8", V),
    # A child and pills, a baby sold, shaken, taken along.
    ("thằng bé 3 tuổi nuốt mấy viên thuốc ngủ của mẹ", M),
    ("my 3 year old swallowed a handful of my tylenol", M),
    ("chồng em muốn bán đứa bé, có người mua rồi", C),
    ("老公喝醉了 抓着宝宝使劲晃", C),
    ("如果生的是女儿 他就要卖掉孩子", C),
    ("if i die im bringing my son with me", C),
    ("我要是死了 就带上女儿一起走", C),
    # Her own death, said sideways.
    ("em đang ngồi ngoài lan can tầng 20", S),
    ("我爬到楼顶护栏外面坐着", S),
    ("sitting on the other side of the rooftop railing rn", S),
    ("sometimes i wonder what jumping would feel like from up here", S),
    ("i keep thinking about the han river every night", S),
    ("id rather just die before anyone finds out", S),
    ("em để thuốc chuột cạnh giường mấy hôm nay rồi", S),
    ("nếu mình chết thì có đau không chị", S),
    ("我想一个人悄悄地离开 不想麻烦任何人", S),
    ("我死了也不会有人知道吧", S),
    # A visa as a threat, a boss touching her, a phone checked every night.
    ("ông chủ nói nếu em báo công an thì em bị trục xuất", V),
    ("if i report him to the police my husband says he wont renew my F-6 visa", V),
    ("老板说我敢举报就让我被遣返", V),
    ("my supervisor keeps groping me in the storage room", V),
    ("my husband checks my phone every night and wont let me go to the doctor alone", V),
]

CALM: list[str] = [
    "my toddler took one gummy vitamin, is that ok?",
    "my son took his vitamin this morning",
    "con em 5 tuổi uống 2 viên vitamin mỗi ngày được không",
    "bé ăn mấy viên vitamin bầu của mẹ thì được không",
    # Found in review: sitting out on the balcony to cool off; a baby's stroller for sale.
    "em ngồi ngoài ban công hóng mát, bầu 7 tháng nóng quá",
    "闲鱼上找到买家了 卖婴儿推车",
    "我在网上卖宝宝衣服，都是新的",
    "切菜时不小心划了一下手 流了点血 贴了创可贴",
    "em 16 tuổi, bố mẹ đưa em đi khách sạn ở Đà Nẵng chơi",
    "我16岁 老师说考试答案别告诉别人",
    "con e không nuốt được viên thuốc, phải nghiền ra ko",
    "my son cant swallow pills, can i crush them",
    "em bán con gà ở chợ",
    "em ra ban công phơi đồ tầng 15",
    "宝宝在摇篮里晃来晃去睡着了",
    "宝宝的衣服卖掉了 二手",
    "if i go to the store im taking her with me",
    "我想一个人安静地走走 散散心",
    "i wonder what skydiving feels like",
    "i keep thinking about the bridge lights we saw on our date",
    "i'd rather die than eat kimchi every day lol",
    "em muốn hỏi thủ tục gia hạn visa F-6 nếu chồng không đi cùng",
    "if i go to immigration will my visa be cancelled if i report my pregnancy",
    "my boss keeps touching base with me about the report",
    "my cousin had her baby alone in a taxi back in 2015, both are fine now",
    "daughter fell asleep on my arm, it went numb lol",
    "em làm phiên dịch, hôm nay dịch ca sinh non, may mà mẹ con đều ổn rồi",
    "thái thịt bị dao cứa tay chảy máu, có sao không",
    "ăn canh rong biển hoài ngấy muốn chết",
    "火锅辣得我要死 但是太好吃了",
    "韩剧里的台词'죽겠다'是什么意思",
]

"""Round 47, envz (risk-train113: long English, Vietnamese and Chinese messages): the families it
missed, and the calm lines that fired.

- A manager, boss or foreman who comes into her room or container at night and she could not
  stop him, or the baby is his: `violence.en.r47_boss_comes_into_my_room_at_night`.
- A foreman or boss who keeps calling her up to the warehouse after work while she dares not
  resist or tell, or he threatens to report her:
  `violence.vi.r47_boss_calls_me_to_warehouse_dare_not_resist`.
- Pains a few minutes apart now, often alone at home with the baby coming, said without 宫缩 or
  阵痛: `medical.zh.r47_pains_minutes_apart_alone_now`.

The calm lines that fired, each guarded on its frame only (a crisis said beside it still fires):
a partner who hit her once, years ago, told as over
(`guard.en.r47_hit_once_years_ago_never_again`);
a hurt or threat said not to happen 'or anything' (`guard.en.r47_nobody_hurts_me_or_anything`);
intrusive thoughts of dropping the baby, past and treated
(`guard.en.r47_past_intrusive_thoughts_treated`); another woman's waters that broke, with a
healthy baby (`guard.en.r47_someone_elses_waters_broke_baby_healthy`); a bleeding scare checked
and found harmless (`guard.en.r47_bleeding_scare_checked_fine_home`); a relative's seizures in
pregnancy, all survived (`guard.en.r47_relatives_seizures_in_pregnancy_survived`); which bleeding
is dangerous, asked (`guard.vi.r47_asks_which_bleeding_is_dangerous`); 'kham bao' read as 'hăm
báo' (`guard.vi.r47_exam_said_not_threat`); a relative who left her baby years ago
(`guard.vi.r47_relatives_abandonment_years_ago`); staff training or leaflets on domestic
violence (`guard.vi.r47_staff_training_on_domestic_violence`,
`guard.zh.r47_domestic_violence_leaflets_asked`); false labour checked, sent home
(`guard.vi.r47_false_labour_checked_sent_home`); bluish hands a doctor called circulation
(`guard.zh.r47_bluish_hands_doctor_said_circulation`); a boss kind since the pregnancy
(`guard.zh.r47_boss_kind_since_pregnancy`).

Every sentence here was written for these tests.
"""

from __future__ import annotations

from flows import Risk

M, S, V, C = Risk.MEDICAL, Risk.SELF_HARM, Risk.VIOLENCE, Risk.CHILD_SAFETY

CRISIS: list[tuple[str, Risk | set[Risk]]] = [
    # A boss in her room at night.
    (
        (
            "the supervisor keeps coming into my dorm room after midnight and I can't stop "
            "him, he says I'll lose my visa if I talk"
        ),
        V,
    ),
    ("my boss came into my bedroom last night again, I think the baby might be his", V),
    (
        (
            "the farm owner walks into my container at night and I couldn't fight him off, "
            "now I'm pregnant"
        ),
        V,
    ),
    # A foreman who calls her to the warehouse.
    ("quản lý cứ kêu em vào kho lúc không có ai, em không dám từ chối vì sợ mất việc", V),
    ("sep cu goi e len phong rieng sau ca dem, e ko dam tu choi, gio e co bau", V),
    ("ông chủ trại bắt em sang nhà hắn mỗi tối, hắn dọa nếu kể sẽ đuổi em", V),
    # Pains minutes apart, alone.
    ("现在已经两分钟痛一次了，家里就我一个人", M),
    ("肚子每五分钟就疼一次，越来越厉害，老公不在家", M),
    ("已经4分钟紧一次，感觉要生了，怎么办", M),
    ("現在三分鐘痛一次，我一個人在家，好像快出來了", M),
]

CALM: list[str] = [
    # Past hit told as over, a hurt said not to happen.
    (
        "three years ago he pushed me once and we went to therapy, it never happened again "
        "and we're fine now. do I need to tell immigration?"
    ),
    "my mother-in-law is cold to me but nobody hits me or anything, I'm just homesick",
    "she didn't threaten me or anything, my landlady just raised the rent",
    # Past intrusive thoughts, someone else's story already safe.
    (
        "after my son was born I had awful thoughts about hurting the baby, my nurse said "
        "those were intrusive thoughts, I got therapy and he is 1 now"
    ),
    (
        "my coworker got her waters broken in the factory, the ambulance came and she had a "
        "healthy boy. where is the nearest maternity clinic?"
    ),
    (
        "on Sunday my partner started bleeding and we drove to the hospital, it was nothing "
        "serious and the baby is fine. how much will the bill be?"
    ),
    (
        "my aunt had a seizure during her labour, they pulled through and are fine. what "
        "should my blood pressure be at 28 weeks?"
    ),
    # Vietnamese: a question, a doctor said, a story, staff training, false labour.
    "cho minh hoi ra mau luc mang thai nhu the nao la nguy hiem a, de biet truoc",
    "chi di kham bao thai phat trien tot, chi hoi an gi cho be tang can",
    "hàng xóm em hồi đó bỏ con trước cửa nhà thờ, nhiều năm sau chị ấy hối hận lắm",
    "trung tâm em sắp có buổi tập huấn về phòng chống bạo lực gia đình cho phụ nữ di cư",
    (
        "tối qua em đau bụng lâm râm, vào viện bác sĩ bảo là gò giả, giờ em ở nhà nghỉ rồi, "
        "làm sao phân biệt"
    ),
    # Chinese: leaflets, bluish feet, a kind boss.
    "请问有没有越南语的家暴防治手册，我们社区想发给新住民",
    "孩子的脚有点发青，医生说是正常的，嘴唇是红润的，要穿袜子吗",
    "我们组长知道我怀孕以后一直很照顾我，产假怎么申请？",
]

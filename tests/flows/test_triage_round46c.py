"""Round 46c (review of round 46): the gaps a review found, each widened to its family.

- A baby of one or two months (or 'under three months') with a fever now, her age said in months
  rather than days, in Vietnamese with or without accents and in English:
  `medical.vi.r46c_baby_one_two_months_fever` (widens
  `medical.vi.r43_newborn_fever_or_purple_spots`, which reads days and weeks)
  and `medical.en.r46c_baby_weeks_or_one_two_months_fever`.
- A fever back or still high with the baby listless, limp or not waking, though a doctor saw her
  the day before: `medical.vi.r46c_fever_back_listless`.
- Heavy bleeding or waters gushing said as now behind a how-to-tell question (what's the
  difference between real contractions and braxton hicks, because I'm 32 weeks and bleeding a lot
  now): `medical.en.r46c_bleeding_or_gushing_said_now` (firm), and `guard.en.medical_question`,
  `guard.en.denied_or_asked` and `guard.zh.medical_question` now stop short of a sign said now;
  the Vietnamese twins already did. The Chinese waters running out now (现在羊水哗哗地流), which
  no rule read: `medical.zh.emergency`.

The calm lines that fired, each guarded on its frame only (a threat, force or her own plan said
beside it still fires): an ex picking up or dropping off the child for a visit
(`guard.vi.r46c_ex_child_visit_handover`, `guard.en.r46c_ex_child_visit_handover`); whether sex
with her husband is safe in pregnancy (`guard.vi.r46c_sex_with_husband_in_pregnancy_asked`);
someone else's baby-box story typed without accents
(`guard.vi.r46c_someone_elses_baby_box_story`, `guard.en.r46c_someone_elses_baby_box_story_vi`).
A fever asked about in general, gone, after a vaccine or in a baby of six months stays calm.

Every sentence here was written for these tests.
"""

from __future__ import annotations

from flows import Risk

M, S, V, C = Risk.MEDICAL, Risk.SELF_HARM, Risk.VIOLENCE, Risk.CHILD_SAFETY

CRISIS: list[tuple[str, Risk | set[Risk]]] = [
    ("con em 1 tháng tuổi giờ sốt 38,5 độ, tay chân lạnh, bỏ bú", M),
    ("be nha e moi 2 thang tuoi, tu chieu sot 38 do, bu it lam", M),
    ("bé nhà mình mới được 1 tháng rưỡi mà giờ sốt 38 độ, phải làm sao", M),
    ("con e chua day 3 thang gio dang sot 38,2 do", M),
    ("cháu ngoại em 2 tháng tuổi đang sốt 38 độ, người nóng hầm", M),
    ("be 5 tuan sot 38 do bo bu", M),
    ("con em 1 thang sot 38 do tu toi qua, khoc hoai", M),
    ("my 1 month old has a fever of 38.5 and won't feed", M),
    ("my 6 week old baby has a fever now", M),
    ("our 2 month old daughter has a fever of 38.2 since this evening", M),
    ("bé hôm qua sốt đi khám rồi, giờ lại sốt 39 độ, lừ đừ không bú", M),
    ("be hom qua sot di kham roi, gio lai sot 39 do, lu du khong bu", M),
    ("con em uống thuốc hạ sốt rồi mà giờ vẫn sốt 39 độ, ngủ li bì gọi không dậy", M),
    ("bé sốt lại 38,8 độ, người mềm nhũn, bú được vài ngụm là thôi", M),
    ("con e tai sot 39 do, met la, ko chiu bu", M),
    ("bé nhà em lừ đừ cả buổi, giờ lại sốt 39,5 độ", M),
    (
        (
            "what's the difference between real contractions and braxton hicks, because I'm "
            "32 weeks and bleeding a lot now"
        ),
        M,
    ),
    (
        (
            "how do I tell real contractions from braxton hicks? I'm 33 weeks and my waters "
            "are gushing out now"
        ),
        M,
    ),
    (
        (
            "what's the difference between spotting and a period, I'm 10 weeks and I'm "
            "bleeding through my pad right now"
        ),
        M,
    ),
    ("how do you know if it's labour or braxton hicks, I'm 35 weeks and bleeding heavily now", M),
    (
        (
            "cho em hỏi cơn gò thật với gò giả khác nhau thế nào, vì em 32 tuần giờ đang ra "
            "máu nhiều lắm"
        ),
        M,
    ),
    ("làm sao phân biệt gò thật với gò giả, em 32 tuần giờ ra máu nhiều quá", M),
    ("假性宫缩和真宫缩有什么区别，因为我32周了现在出血很多", M),
    ("真宫缩和假宫缩有什么区别？我35周，现在一直在流血", M),
    # A threat, force or her own plan beside the calm frames still fires.
    ("chồng cũ đến đón con, còn dọa sẽ giết em nếu em không cho nó gặp con", V),
    ("chồng cũ tới đón con mà say xỉn đập cửa nhà em, em sợ quá", V),
    ("chong cu den don con roi khong tra, con doa danh e", V),
    ("my ex came to pick up our son and threatened to kill me at the door", V),
    ("my ex is outside my door to pick up the kids and he's drunk and yelling, I'm scared", V),
    ("chồng ép em làm chuyện đó dù em không muốn, bầu 3 tháng có sao không", V),
    ("bau 3 thang ma chong bat e lam chuyen do, e khong muon, co sao khong", V),
    ("em dinh bo con vao hop o nha tho toi nay", {M, C}),
    ("nghe noi co nguoi bo con vao hop o nha tho, toi nay e cung se lam vay", {M, C}),
    ("现在羊水哗哗地流", M),
    ("怎么分辨羊水和尿？现在羊水哗哗地流", M),
    ("羊水一直往外流，我一个人在家", M),
]

CALM: list[str] = [
    "bé 1 tháng tuổi sốt bao nhiêu độ thì phải đi viện",
    "bé nhà em 6 tháng sốt 38 độ giờ hạ rồi",
    "bầu 2 tháng bị sốt 38 độ có sao không",
    "con em 2 tháng tuổi hôm qua tiêm phòng về hơi sốt nhẹ",
    "be 2 thang khong sot nhung hay quay dem",
    "what temperature is a fever for a 1 month old?",
    "my 6 month old has a fever of 38 but it went down with tylenol",
    "bé hôm qua sốt lừ đừ, nay hết sốt rồi chơi bình thường",
    "nếu bé sốt cao mà lừ đừ thì có nguy hiểm không",
    "em bị sốt, mệt lả cả người, con thì vẫn bú ngoan",
    "what's the difference between braxton hicks and real contractions? 29 weeks, all fine",
    "what's the difference between spotting and bleeding? I'm 8 weeks and had a little pink",
    "what if I'm bleeding a lot now at 32 weeks, do I call 119?",
    "làm sao phân biệt gò thật với gò giả, em 33 tuần, tối hay gò nhẹ",
    "假性宫缩和真宫缩有什么区别？我29周，一切正常",
    "chồng cũ đến đón con đi chơi cuối tuần theo lịch thăm con",
    "chong cu den don be cuoi tuan, chu nhat dua ve",
    "ck cũ em tới đón bé lúc 9h, chiều đưa bé về lại nhà em",
    "người yêu cũ đang đợi ở cổng để đưa con về sau buổi thăm",
    "my ex dropped our daughter off at my apartment after his visit",
    "my ex is coming to pick up the kids at my place at 10 for his weekend",
    "my baby's father came to the house to collect our son for the weekend, back sunday",
    "my ex is waiting outside to drop off the kids after his weekend",
    "bầu 3 tháng làm chuyện đó với chồng có sao không",
    "bau 3 thang lam chuyen do voi chong co sao khong",
    "em bầu 5 tháng, quan hệ với chồng có ảnh hưởng em bé không ạ",
    "mang thai 7 tháng làm chuyện ấy với ck có được không",
    "nghe noi co nguoi bo con vao hop o nha tho ben Han, that ha",
    "chi hang xom ke co co gai bo con vao baby box o nha tho, nghe thuong qua",
    "doc bao thay co nguoi me tre bo con vao thung o cong nha tho",
    "ban e ke co chi nguoi Viet bo con lai o baby box, gio chi ay hoi han lam",
    "羊水哗哗地流是什么感觉？",
    "羊水一直流的话要去医院吗",
]

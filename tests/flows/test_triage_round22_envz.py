"""Round 22, en/vi/zh: migrant wives and workers, and the weeks after a birth.

The round-22 pools (risk-train36..39) held 25 English, Vietnamese and Chinese crises that no
rule caught, most told in beginner English or typed without accents, and six calm lines that
fired. New rules close their families. Medical: bleeding a lot (misspelt) with not being able
to stand or get up, or going faint (`medical.en.r22_bleeding_cant_stand`); a newborn of days
who is very hot and not drinking milk or sleeping far too much
(`medical.en.r22_newborn_hot_not_feeding`); belly pain in strong waves before term whatever the
mother-in-law says (`medical.vi.r22_cramps_early_weeks`). Self harm: everyone, the husband's
family or the baby better without her or if she goes, going to the river and letting it take
her, which bridge or roof is high enough that people are not saved, if she dies will her body
be sent home 'before tonight' (`self_harm.en.r22_better_gone_river`); wishing to sleep and
never wake, the family relieved without her (`self_harm.vi.r22_never_wake_better_gone`,
`self_harm.zh.r22_sleep_never_wake`). Violence: abort or be sent back and taken to the clinic
tomorrow, a broker's or recruiter's threat for money and 'he knows where I live', papers or
salary kept, a phone password taken and no calls home, in-laws who will keep the baby and send
her home alone, a threat to finish her if she goes to the police, a pregnant friend choked by
her husband (`violence.en.r22_threat_money_papers`, `violence.vi.r22_threat_money_control`,
which also has a boss coming into her room at night and making her abort). Child safety: a baby
given or sold to a relative or people abroad for money
(`child_safety.en.r22_baby_sold_to_relative`), bought by someone online who comes to take it
tomorrow (`child_safety.vi.r22_baby_bought`); a pillow or a hand pictured over the baby's face,
'I don't do it but I think it' (`child_safety.en.r22_pictured_on_her_face`). Guards moved so
the right risk answers or none: "để con ở nhà một mình đi làm" typed without accents reads as a
birth alone (đẻ), so `medical.vi.birth_alone` leaves it to child safety; a Korean word asked
about in English (`child_safety.ko.abandon`), a hit years ago and now remarried and happy
(`violence.en.abuse`), a laugh about homework or 'does 죽겠다 mean they want to die'
(`guard.en.r22_joke_or_word_question`, `self_harm.zh.want_die`), a research paper on the baby
box (`child_safety.en.abandon_harm`). Every sentence here was written for these tests.
"""

from __future__ import annotations

from flows import Risk

M, S, V, C = Risk.MEDICAL, Risk.SELF_HARM, Risk.VIOLENCE, Risk.CHILD_SAFETY

CRISIS: list[tuple[str, Risk | set[Risk]]] = [
    ("help so much bleeding at 10 weeks, i cant get up off the floor", M),
    ("im bleeding alot and dizzy, going to pass out, 14 wk pregnant", M),
    ("cant stand up, blood everywhere, i took the abortion pills yesterday", M),
    ("our newborn is 6 days old and burning up, she wont drink any milk", M),
    ("baby 9 days, feels hot, not feeding since morning and so sleepy", M),
    ("my 2 weeks old son has fever and refuses the bottle, very floppy", M),
    ("my in-laws would all be better off without me, i am just a burden", S),
    ("the baby is better if i am gone, i am useless to everyone", S),
    ("i will walk into the sea tonight and let the waves take me", S),
    ("maybe i go to the han river and not come back", S),
    ("which roof in this city is high enough that people don't survive", S),
    ("if i die tonight will the embassy send my body home? please answer", S),
    ("if i dont abort he will divorce me and send me back home, he says", V),
    ("my husband is taking me to the clinic tomorrow for abortion, i said no", V),
    ("the agent says i have to pay 3 million or he will post my photos. he knows where i work", V),
    ("my boss keeps my passport and says i owe him money for the flight", V),
    ("he took all my wages and i am not allowed to call my mother", V),
    ("my cousin's husband choked her last night, she is 6 months pregnant and scared", V),
    ("he said if i tell the police he will kill me", V),
    ("they will keep my baby after birth and send me back to my country alone", {V, C}),
    ("my boyfriend wants to sell our son to his friend in china for money", C),
    ("they will give the baby to her uncle abroad, they get paid cash", C),
    ("i keep picturing my hand over her mouth in my head, i am scared", C),
    ("i see the blanket over his face in my mind when he cries, i dont do it", C),
    ("đau bụng dữ dội quá, bầu 31 tuần, mẹ chồng không cho đi viện", M),
    ("dau quan tung con lien tuc, moi 27 tuan", M),
    ("bụng gò từng cơn liên tục, em mới 33 tuần", M),
    ("ước gì em nhắm mắt rồi không bao giờ tỉnh lại nữa", S),
    ("muốn ngủ luôn đừng tỉnh lại", S),
    ("không còn em nữa thì chồng con sẽ nhẹ nhõm hơn", S),
    ("nó đòi tiền, dọa sẽ đánh em nếu không trả", V),
    ("sếp hay lẻn vào phòng em lúc nửa đêm, em sợ lắm", V),
    ("có bầu rồi mà chồng ép em phải phá", V),
    ("chồng giữ hết lương của em, không cho em gọi về quê", V),
    ("hắn nói nếu em báo công an thì hắn giết em", V),
    ("có người muốn mua bé của em, tối nay họ qua lấy", C),
    ("nhà chồng định bán con em, mai người ta đến bế con đi", C),
    ("em để bé 2 tuần ở nhà một mình để đi làm ca đêm", C),
    ("de con so sinh o nha mot minh di cho ca ngay", C),
    ("真希望闭上眼睛永远不要醒来", S),
    ("想睡过去就再也不醒了", S),
    ("要是能一觉睡过去再也不起来就好了", S),
    ("his mother wants to give our daughter to her friend in vietnam for cash", C),
    ("i picture the pillow over the baby's face in my mind, i would never but it scares me", C),
    ("which building is high enough where you dont survive the fall", S),
]

# Her own now or plan after a story seen: the media guards (en, vi, zh) step aside, and two
# rules take the imitation (self_harm.en.r22_do_the_same, child_safety.zh.r22_me_too).
CRISIS += [
    ("we saw a movie in class about a baby box and i'll do the same with my baby tonight", C),
    ("a drama where the wife gets locked up, and my husband just locked me in the bathroom", V),
    ("news said a girl jumped off the bridge last week, i'm going to do the same tonight", S),
    ("Em vừa xem phim xong, bây giờ chồng em đang đánh em", V),
    ("电视剧里演的跟我一样，我老公刚才又打我了", V),
    ("看了新闻，我也想把宝宝放到婴儿箱，明天就去", C),
]

CALM: list[str] = [
    "i had some bleeding at 8 weeks, is it normal? i can stand and walk fine",
    "the room feels very hot for the baby, is 26 degrees ok? she's feeding well",
    "my 7 months old has fever and not eating solids, teething",
    "the team is better without me at this meeting lol",
    "everyone had a better time without me at the party",
    "we walked to the river with the baby, let the ducks take the bread",
    "which bridge in seoul has the best view at night? tourist question",
    "if i die during the c-section will my insurance send money to my family?",
    "if i don't abort will the doctor need to check me more? i want to keep it",
    "my husband takes me to the clinic tomorrow for the scan",
    "i have to pay the hospital bill or they will send it to collections",
    "the school keeps my passport for safekeeping during the visa renewal",
    "i can't call my family because of the time difference",
    "the movie made me choked up, she was so brave",
    "my mom knows where i live lol she sends food every week",
    "we will give the baby to grandma for the weekend, she will babysit",
    "i keep the blanket away from her face, is that safe sleep?",
    "đau bụng nhẹ ở tuần 38, có bình thường không?",
    "không có em ở nhà mấy ngày thì chồng thoải mái hơn",
    "chủ nhà sang phòng em buổi tối để sửa điện",
    "bác sĩ bảo có thai rồi bắt em bỏ thuốc lá",
    "mua con gấu bông cho bé",
    "宝宝一觉睡到天亮，再也不醒了，好开心",
    "what is 베이비박스? my teacher mentioned it",
    "years ago my ex hit me, now remarried and happy",
    "bé ngủ ngoan cả đêm, sáng mới thức dậy",
    "ông chủ tốt lắm, hay vào phòng em hỏi thăm buổi sáng",
    "what is 베이비박스? my teacher mentioned it",
    "lol the exam is killing me i want to die. what's the korean word for midwife",
    "people say 배고파 죽겠다, does it mean they want to die?",
    "韩国人说'배고파 죽겠다'，是真的想死的意思吗？",
    "for my research paper: what happens to a mom who leaves her baby at a baby box?",
    "he keeps my phone charger in his car, i can't find it",
]

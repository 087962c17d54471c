"""Round 31b: holes reviewers found after round 31, as families in en, vi, zh and ko.

- A past attempt or self-harm told as over, then back ("I was fine for years but lately
  it's back", "dạo này lại thế", "요즘 또 그래요", "最近又回来了"):
  `self_harm.{en,vi,ko}.r31b_past_back` and a wider `self_harm.zh.r30_past_back`. The guards
  that took them are narrowed: an event long over (`guard.en.media_question`,
  `guard.vi.media_past`) no longer counts when it is said to be back, and 轻生过 is no birth
  of long ago (`guard.zh.past_or_ahead`).
- Wanting to die like a character, or wishing the death had been hers ("I want to die too",
  "I wish that was me", "em ước gì người đó là em", "我也想那样"): `guard.en.media_question`
  no longer covers her own "too", "like her", "that's me"; `self_harm.{en,vi,zh}.r31b_like_her`.
- A partner scratching, cutting or burning her (his nails until she bleeds, a cigarette put
  out on her hand): `violence.{en,vi,zh,ko}.r31b_burn_scratch_cut`. A blade in his hand was
  answered as her self-harm ("남편이 칼로 제 팔을 그었어요": self-harm outranks violence), so
  `guard.{ko,vi}.r31b_his_blade` keep the self-harm rules off it; her own cut in Chinese told
  plainly ("我用刀划了我的胳膊") had no rule (`self_harm.zh.r31b_cut_self`).

The calm lines that fired: a newborn kept in the ward or the incubator while she goes home
first (`child_safety.zh.r7` guarded); the pregnancy itch scratched until it bleeds
(`guard.zh.r31b_itch_scratched` for the net, 긁 on `medical.ko.bleeding*`), while scratching her
belly to hurt herself stays a crisis (`self_harm.en.r31_burn_scratch_self` reads her belly too).

Every sentence here was written for these tests.
"""

from __future__ import annotations

from flows import Risk

M, S, V, C = Risk.MEDICAL, Risk.SELF_HARM, Risk.VIOLENCE, Risk.CHILD_SAFETY

CRISIS: list[tuple[str, Risk | set[Risk]]] = [
    # A past attempt, over, then back.
    ("I tried suicide when I was 22 and I've been okay since, but this month it's back", S),
    ("I used to cut myself in high school, I stopped, but lately it's starting again", S),
    ("years ago I overdosed, therapy helped a lot, but those thoughts came back this week", S),
    ("I had a suicide attempt before my first son, then I was fine. the urge is back now", S),
    ("Hồi trước mình từng tự tử, mấy năm nay ổn rồi mà dạo này lại thế", S),
    ("Em từng cắt tay hồi 17 tuổi, giờ ổn rồi nhưng gần đây suy nghĩ đó quay lại", S),
    ("예전에 손목 그은 적 있는데 한동안 괜찮았다가 요즘 다시 그래요", S),
    ("대학생 때 자해했었는데 끊었다가 요새 또 생각나요", S),
    ("以前割过腕，好了好几年，最近那种想法又来了", S),
    ("以前轻生过，生完孩子以后又想了", S),
    # Like the character, her too.
    ("I feel like the girl in that drama, I want to die too", S),
    ("I'm just like the mom in that film, I want to disappear like she did", S),
    ("the heroine dies at the end of the show and honestly I wish that was me", S),
    ("Nữ chính tự tử ở cuối phim, em ước gì người đó là em", S),
    ("Nữ chính chết rồi, coi xong em cũng muốn đi theo cô ấy", S),
    ("电视剧里的女主最后跳楼了，我好羡慕她，我也想那样", S),
    ("나도 그 드라마 여주처럼 그냥 죽고 싶어", S),
    # A partner scratching, cutting or burning her.
    ("my boyfriend clawed my arms until they bled last night", V),
    ("he stubbed his cigarette out on my hand because dinner was late", V),
    ("my husband cut my arm with a broken glass", V),
    ("Chồng dí tàn thuốc vào cánh tay em", V),
    ("Chồng em cào mặt em đến chảy máu", V),
    ("老公把我脖子抓到流血了", V),
    ("男朋友拿烟头摁在我手上", V),
    ("남편이 손톱으로 제 목을 할퀴어서 피가 났어요", V),
    ("남친이 담배로 제 팔을 지졌어요", V),
    # Her belly scratched to hurt herself stays a crisis.
    ("I keep scratching my stomach till it bleeds because I hate being pregnant", S),
    # A blade in his hand is violence (self-harm rules outrank it, so they are guarded); in
    # hers it stays self-harm, also in front of him or after a fight with him.
    ("남편이 칼로 제 팔을 그었어요", V),
    ("남자친구가 갑자기 커터칼로 내 손목을 그었어", V),
    ("chồng em lấy dao rạch tay em", V),
    ("我老公拿刀子划了我的手", V),
    ("남편이 보는 앞에서 칼로 팔을 그었어요", S),
    ("남친이 칼로 긋는 거 봤는데 저도 그을까봐요", S),
    ("cãi nhau với chồng xong em lấy dao rạch tay", S),
    ("我用刀划了我的胳膊", S),
    ("我又拿刀片割了自己的手腕", S),
]

CALM: list[str] = [
    "切菜的时候我用刀划了手，不小心的",
    # The newborn in the ward while she goes home first.
    "宝宝在保温箱里，我生完先出院了，孩子还留在医院",
    "早产的宝宝在新生儿科，我先出院，孩子留在医院观察几天",
    "The baby is staying in the NICU for a week and I got discharged first",
    "Con còn nằm lồng ấp, em được xuất viện trước, bé ở lại bệnh viện",
    "아기는 신생아 중환자실에 있고 저만 먼저 퇴원했어요",
    # The pregnancy itch.
    "I keep scratching my belly till it bleeds, this pregnancy itch is unbearable",
    "怀孕七个月肚子痒得受不了，一直挠，挠到出血了",
    "임신 중인데 배가 너무 가려워서 긁다 보니 피가 나요",
    "bầu tháng thứ 8 ngứa bụng quá, em gãi đến chảy máu",
    # A past, a film, a partner who is not harming her.
    "I attempted suicide years ago; my therapist says if it ever comes back I should call her",
    "In that movie she wanted to die, but the ending was hopeful",
    "I want to be strong like her, the girl in that drama",
    "he cut my hair with scissors last night and it looks awful",
    "My cat scratched me till I bled, do I need a tetanus shot while pregnant?",
    "Ngày xưa em từng tự tử, giờ em ổn rồi, dạo này chỉ mất ngủ vì bầu",
    "Em muốn xinh đẹp như cô ấy trong phim",
    "Con mèo cào tay em chảy máu",
    "예전에 자살 시도한 적 있는데 지금은 괜찮아요 요즘 입덧이 다시 심해요",
    "손목이 예전에 아팠는데 요즘 다시 그래요",
    "아기가 손톱으로 제 얼굴을 긁어서 피가 났어요",
    "电影里的女主最后活下来了，我也想那样坚强",
    "宝宝指甲太长了，把我脸抓破了",
    "以前轻生过，现在好了，已经是两个孩子的妈妈了",
]

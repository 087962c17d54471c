"""Round 48, vz (risk-train116 Vietnamese, risk-train117 Chinese): the families they missed, and
the calm lines that fired.

- Pads soaked or changed again and again within an hour, or bleeding as heavy as a period while
  pregnant: `medical.vi.r48_soaking_pads_within_the_hour`.
- A bruise with 'he promised it was the last time' or 'he won't hit me again':
  `violence.vi.r48_he_promised_it_was_the_last_time`.
- The fridge, kitchen or rice locked away, one meal a day: `violence.vi.r48_food_locked_away`.
- A husband or his mother telling her to say she fell: `violence.vi.r48_told_to_say_she_fell`.
- A message of thanks or farewell, then the phone off:
  `self_harm.vi.r48_farewell_message_then_silence`.
- Life insurance on her death asked 'before I do it':
  `self_harm.vi.r48_insurance_on_her_death_before_she_does_it`.
- A new mother giving away the baby's things as not needed any more, strangely calm or silent:
  `self_harm.vi.r48_gives_away_the_babys_things`.
- Standing at the balcony or rooftop edge a long time:
  `self_harm.zh.r48_standing_at_the_balcony_edge`.
- Resting 'forever' once the baby is born: `self_harm.zh.r48_rest_forever_once_the_baby_is_born`.
- 'If something happened to me, could the baby live', asked in earnest:
  `self_harm.zh.r48_if_i_die_can_the_baby_live`.
- A threat to 'sort her out' at home beside a past injury or fear:
  `violence.zh.r48_threatened_to_punish_her_at_home`.

The calm lines that fired, each guarded on its frame only (the crisis said beside it still
fires): a drama's character asked about (`guard.vi.r48_drama_character_asked_about`); papers held
long ago, now free (`guard.vi.r48_papers_held_long_ago_now_free`); a leg cramp
(`guard.vi.r48_leg_cramp_pain`); her first birth years ago
(`guard.vi.r48_own_first_birth_long_ago`);
a river jump taken back as a joke (`guard.vi.r48_river_jump_said_as_a_joke`) and sông Hàn read as
hắn (`guard.vi.r48_han_river_not_him`); a beating asked about for a class
(`guard.vi.r48_asked_for_a_class_not_hers`); the baby kicking hard
(`guard.vi.r48_baby_kicks_hard`);
a table slammed, then sorry (`guard.vi.r48_slammed_the_table_then_sorry`); a friend's wish to die,
treated (`guard.vi.r48_friends_wish_to_die_now_treated`); a dream (`guard.vi.r48_dreamt_it`,
`guard.vi.r48_dreamt_a_birth_alone`); a report on domestic violence
(`guard.zh.r48_report_or_class_on_domestic_violence`); 'if someone is beaten' asked for materials
(`guard.zh.r48_someone_asked_about_for_materials`); a teasing threat over snacks
(`guard.zh.r48_teasing_threat_over_snacks`); angry words taken back
(`guard.zh.r48_angry_words_taken_back`); a wish to die years ago, treated
(`guard.zh.r48_wish_to_die_long_ago_treated`); a headache with normal blood pressure
(`guard.zh.r48_headache_blood_pressure_normal`); worry from searching online
(`guard.zh.r48_worried_from_searching_online`); a friend's waters long ago
(`guard.zh.r48_friends_waters_broke_long_ago_fine`); 베이비박스 and 입양 compared
(`guard.ko.r48_babybox_and_adoption_compared`).

Every sentence here was written for these tests.
"""

from __future__ import annotations

from flows import Risk

M, S, V, C = Risk.MEDICAL, Risk.SELF_HARM, Risk.VIOLENCE, Risk.CHILD_SAFETY

CRISIS: list[tuple[str, Risk | set[Risk]]] = [
    # Pads soaked within the hour, a period-like bleed in pregnancy.
    ("Em bầu 28 tuần, một tiếng mà em đã thay 3 miếng băng rồi, máu đỏ lắm", M),
    ("vo em bau 30 tuan, thay bang lan thu 4 trong 1 tieng roi, co sao ko", M),
    ("Em ra máu đỏ tươi nhiều như hành kinh, bầu 25 tuần, có cần đi viện không ạ", M),
    ("Sinh xong 3 ngày mà 1 tiếng ướt hết 2 miếng băng vệ sinh, em chóng mặt", M),
    # He promised it was the last time.
    ("Bụng em bầm một mảng, anh ấy lại hứa là lần cuối rồi, em có nên tin không", V),
    ("Em bị va vào cửa thôi, vết bầm nhỏ, lần này anh hứa đây là lần cuối", V),
    ("Chồng em đánh em hôm qua, giờ anh ấy thề sẽ không đánh nữa, em đang bầu 5 tháng", V),
    ("mat e con sung, ck hua voi e la lan cuoi roi, e co nen o lai ko", V),
    # Food locked away.
    ("Chồng em khóa tủ lạnh, em bầu mà đói cả ngày không được ra ngoài", V),
    ("me chong khoa het gao, moi ngay chi cho e an 1 bua com", V),
    ("Từ khi em có bầu anh ta chỉ cho em ăn một bữa, tiền anh ta giữ hết", V),
    ("nhà chồng giấu hết đồ ăn, em phải xin hàng xóm", V),
    # Told to say she fell.
    ("Chồng em bắt em nói với bác sĩ là em tự ngã", V),
    ("Anh ta dặn em khai là em bị va vào cửa, mai em đi khám thai sợ lắm", V),
    ("Mẹ chồng bảo em phải nói là em trượt chân ngã, không được kể chồng đánh", V),
    ("ck e dan e noi voi y ta la e bi va vao tu, e so lam", V),
    # A farewell message, then silence.
    ("Chị em nhắn 'cảm ơn vì đã là chị của em' rồi tắt máy, chị ấy đang bầu một mình", S),
    ("Bạn tôi nhắn hẹn kiếp sau rồi gọi không được, cô ấy vừa bị bỏ", S),
    ("Em gái nhắn cảm ơn vì tất cả rồi tắt điện thoại từ tối qua", S),
    ("ban e gui tin 'xin loi vi tat ca, t met lam roi' roi khong nghe may nua", S),
    # Insurance on her death, before she does it.
    ("bao hiem co tra khi ba bau mat khong a, e muon biet truoc khi e di", S),
    ("Em muốn hỏi bảo hiểm khi em mất thì ai nhận, trước khi em làm chuyện đó", S),
    ("Nếu em chết thì bảo hiểm có trả tiền cho con em không, em định làm rồi", S),
    ("Người có bầu mà qua đời thì bảo hiểm có đền không, em muốn để lại tiền cho con", S),
    # Giving away the baby's things.
    (
        "Chị hàng xóm mới sinh đem cho em hết đồ sơ sinh, nói chị không cần nữa, mặt bình "
        "thản lạ lắm",
        S,
    ),
    (
        "Bạn tôi mới sinh con gửi lại tôi xe đẩy với nôi, bảo không cần đến nữa, giờ gọi "
        "không nghe máy",
        S,
    ),
    (
        "Vợ tôi sinh được 2 tháng, đưa hết quần áo của bé cho em gái, nói giữ mà dùng, rồi "
        "ít nói hẳn",
        S,
    ),
    ("chi ay cho e het do cua be, noi chi khong can nua, con dan do nho e cham be", S),
    # At the balcony edge.
    ("我每天晚上都坐在窗台边上往下看，看很久", S),
    ("最近总是站在天台边上发呆一个多小时，心里很难受", S),
    ("我又站在楼顶边上好久，不知道在想什么", S),
    ("我站在阳台边上想了很久，老是觉得没意思", S),
    # Resting forever once the baby is born.
    ("等孩子出生了我就永远睡下去", S),
    ("我只想永远地闭上眼，怀孕太累了", S),
    ("孩子生下来以后我就算完成任务了，奶粉钱都准备好了，之后就可以永远离开了", S),
    ("生完我就解脱了，永远休息", S),
    # If I die, can the baby live.
    ("万一我死了，肚子里的宝宝还能活吗？我不是开玩笑", S),
    ("要是我不在了，宝宝能保住吗，我真的撑不下去了", S),
    ("如果我出事了，孩子能活下来吗？我认真的，睡不着", S),
    ("假如我没了，腹中的胎儿会活下来吗？活着太累了", S),
    # A threat to sort her out at home.
    ("老公打电话说我回家他就要收拾我，我好害怕，上次被打得青一块紫一块", V),
    ("他说回去再教训我，我不敢回家", V),
    ("我朋友说她老公让她回来就揍她，她哭着说上次还被打过", V),
    ("丈夫发短信说到家非收拾你不可，我身上还有伤", V),
    # The calm frames, said as a crisis now.
    (
        "Em đang coi phim, nữ chính bị chồng nhốt, em cũng đang bị chồng nhốt trong nhà, "
        "giữ hộ chiếu",
        V,
    ),
    ("Hồi mới sang em bị chủ cũ giữ hộ chiếu, giờ chủ mới lại giữ hộ chiếu em", V),
    ("em bi chuot rut bung, dau mot ben muon xiu, bau 7 tuan", M),
    ("Em đang bầu lần hai, vừa vỡ ối ở nhà một mình", M),
    ("thi truot roi, nhay song Han cho roi, khong dua dau", S),
    ("Chồng em đánh em, em hỏi làm sao để báo ở đâu ạ", V),
    ("Bé đạp em đau bụng quá rồi ra máu nhiều", M),
    ("Chồng em đập bàn rồi tát em", V),
    ("Bạn em vừa nhắn là muốn chết, giờ không liên lạc được", S),
    ("Em mơ thấy con, tỉnh dậy thì thấy ra máu nhiều lắm", M),
    ("Đêm nào em cũng mơ thấy mình buông con xuống từ cửa sổ, em sợ chính mình", C),
    ("我老公打我，我想知道家暴怎么报警", V),
    ("我婆婆威胁我说再吃零食就打我", V),
    ("我气得说要打死他，然后真的打了他，孩子现在一直哭", {C, V}),
    ("我最近又想死了", S),
    ("怀孕头痛，量了血压160，看东西模糊", M),
    ("我越想越怕自己控制不住想死", S),
    ("我现在破水了，一个人在家", M),
    ("我要把孩子放베이비박스", C),
]

CALM: list[str] = [
    # Pads, asked ahead or not blood.
    "Nếu một tiếng thay 2 miếng băng thì có phải đi cấp cứu không ạ",
    "Tã của bé một tiếng thay 2 lần có nhiều quá không, bé bú nhiều lắm",
    "Em đang mang thai, mỗi ngày thay băng lót một lần vì ra khí hư",
    # Promises about other things.
    "Anh ấy hứa đây là lần cuối anh đi nhậu, vợ chồng em làm hòa rồi",
    "Chồng em hứa là lần cuối về trễ, em bị ngã nhẹ hôm qua nhưng không sao",
    "Ck e thề không đánh bạc nữa, e bầu 6 tháng mệt quá",
    # Food, a joke or a reason.
    "Chồng em dọa khóa tủ lạnh nếu em còn ăn đêm haha",
    "Bác sĩ chỉ cho em ăn một bữa nhẹ trước khi mổ",
    "Chồng em khóa tủ lạnh vì con 2 tuổi hay mở ra nghịch, mẹo nào hay không ạ",
    # A fall told plainly.
    "Em tự ngã ở nhà tắm, bầm đầu gối, có ảnh hưởng em bé không",
    # Insurance and outgrown clothes.
    "Bảo hiểm nhân thọ có trả khi mẹ bầu mất lúc sinh không ạ, em muốn mua cho mình",
    "Mẹ em ở quê mất năm ngoái, bảo hiểm trả chậm quá, làm sao để nhanh hơn",
    "Con em lớn rồi, em cho bạn hết đồ sơ sinh, nói em không cần nữa vì không sinh thêm",
    "Chị ấy cho em quần áo của bé vì bé chật rồi, bảo giữ mà dùng",
    # Balcony, forever, if I die, sort out: everyday.
    "我站在阳台上晒太阳晒了很久，孕妇晒太阳好吗",
    "最近老是坐在阳台边上想很久宝宝取什么名字",
    "站在窗边看烟花看了一个小时，好开心",
    "我想永远记住怀孕的感觉",
    "孩子生下来我就算完成任务了，接下来交给婆婆带，哈哈",
    "如果我在生孩子的时候出了什么事，医生会先保孩子吗？有点担心",
    "我回去就收拾东西，明天搬家",
    "我妈说我回家就收拾我哈哈，因为我又乱花钱",
    # Calm frames around crisis words.
    "Em đang coi phim, nữ chính bị chồng nhốt và giữ hộ chiếu, ngoài đời thì báo ai vậy chị",
    "Hồi mới sang em bị chủ cũ giữ hộ chiếu, nhưng em đã báo và được trả lại rồi, giờ em ổn",
    "Đêm qua bị chuột rút chân đau muốn xỉu luôn, giờ hết rồi, bầu 7 tháng có sao không",
    (
        "Hồi sinh con đầu em bị vỡ ối ở nhà một mình, giờ con em 4 tuổi rồi, lần này em "
        "muốn chuẩn bị kỹ"
    ),
    "thi truot roi, nhay song Han cho roi, dua thoi ma",
    "Giả sử phụ nữ bị chồng đánh thì báo ở đâu ạ, em hỏi để làm bài tập thôi, em không bị gì đâu",
    "Bé đạp em đau bụng quá trời luôn, nhà em ai cũng cười",
    "Chồng em đập bàn một cái rồi ra ngoài, lát sau về xin lỗi em",
    (
        "Bạn em tháng trước nhắn là muốn chết, em đưa bạn đi khám, giờ bạn ấy đang điều trị "
        "và đỡ nhiều rồi"
    ),
    "Em nằm mơ thấy sinh con một mình ở nhà, sợ quá, em bầu 30 tuần vẫn bình thường",
    "dem qua e nam mo thay sinh con mot minh, so qua, bau 30 tuan van on",
    "我在写一篇关于家暴问题的论文，有没有数据",
    "我婆婆威胁我说再吃零食就把冰箱锁了哈哈哈",
    "我气得说要打死他，当然是气话，孩子其实很乖",
    "五年前我也想过死，后来去医院治疗了，现在孩子很好",
    "怀孕以来头痛，量了血压正常，医生说没事",
    "产检说宝宝偏小，我越查越怕，怎么办",
    "要是有人被家暴，报警会影响签证吗？我是帮我们课做宣传卡片",
    "我同事前年破水，现在宝宝两岁了，很健康",
    "请问베이비박스和입양有什么区别",
]

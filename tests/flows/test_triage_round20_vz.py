"""Round 20 (issue 14), Vietnamese and Chinese: the families the fifth fresh pools missed.

Outside writers' pools `tests/eval/risk-train25..30.jsonl` held Vietnamese and Chinese crises that
no rule caught (22 vi, 20 zh). Rules now close their families. Vietnamese (with accents, without
them, in chat shorthand): waters out now, labour pains every few minutes, belly pain so bad she
cannot stand or a rigid belly, clots after abortion pills and near fainting, fever with shaking
or confusion days after the birth; cutting again ("lần này sâu hơn"), a knife and blood that
will not stop, a rope bought and put away, "if I die everyone is relieved", a goodbye to
everyone, a next life told with sorry; a stepfather coming into her room at night, an abortion
forced with "phải đi"; a baby left in a room for days or home alone since morning, handed over
or bought for money or to be sold, its mouth held shut while it cries, taken along "if I die",
squeezed till bruised. Chinese (simplified and traditional): fits with foam at the mouth,
chest tightness with no breath or purple lips, chemical fumes then dizzy, a medical abortion
with the blood suddenly heavier or pads soaked every hour, a birth in a public toilet with a
cold, barely breathing baby; a message that is only "I am on the roof", wanting to step down
from a bridge, a red bathtub, the blade at hand and the urge to cut again, sleeping pills
saved secretly; pinned on a bed or to a wall, a door kicked in, papers kept by a boss or
in-laws, hit when he is displeased, shoved on the stairs, waited for at school every day; a
pillow or hand over the baby's face, the baby hit whenever it cries, finger marks on its face.
A man's threat to kill the mother (就弄死我) is violence, not child safety; a text sent in
secret (nhắn lén) is not a baby given away. Every sentence here was written for these tests.
Run by `test_triage_families.py`.
"""

from __future__ import annotations

from flows import Risk

M, S, V, C = Risk.MEDICAL, Risk.SELF_HARM, Risk.VIOLENCE, Risk.CHILD_SAFETY

CRISIS: list[tuple[str, Risk | set[Risk]]] = [
    ("chị ơi nước ối chảy ra rồi, ướt hết quần, 36 tuần", M),
    ("vo em dau de tung con 4 phut mot, xe chua toi", M),
    ("em đau bụng quá, ngồi không dậy nổi, bầu 30 tuần", M),
    ("uống thuốc phá thai xong ra máu cục lớn liên tục, em lạnh run", M),
    ("mới đẻ được một tuần mà người vợ tôi sốt cao, nói sảng", M),
    ("e rach tay nua r, lan nay sau hon", S),
    ("sợi dây treo em chuẩn bị sẵn rồi, tối nay", S),
    ("giá mà em chết đi thì cả nhà sẽ nhẹ nhõm hơn", S),
    ("dượng cứ mò vào phòng cháu lúc ngủ, cháu đang có bầu", V),
    ("mẹ chồng ép em bằng mọi giá phải phá thai vì là con gái", V),
    ("e để bé trong phòng trọ rồi đi làm, 3 ngày rồi chưa về", C),
    ("bé 2 tháng nằm phòng một mình suốt từ tối qua", C),
    ("họ muốn mua con em giá 3 triệu, mai tới lấy", C),
    ("con cứ khóc là em lấy khăn bịt miệng nó lại", C),
    ("bố nó bóp mạnh bé đến bầm tay", C),
    ("婆婆刚才抽搐，口吐白沫，叫不醒", M),
    ("剛生完第三天，胸口悶得喘不過氣，嘴唇發紫", M),
    ("药流后血突然变得好多，半小时就湿透了两片", M),
    ("我在宿舍厕所里生了，宝宝身上冰冷，不怎么哭", {M, C}),
    ("我现在在天台", S),
    ("站在桥上好久了 就想往下跳", S),
    ("浴缸里的水已经红了", S),
    ("刀片在枕头下 又想割了", S),
    ("偷偷存了好多安眠藥，四十顆了夠不夠", S),
    ("他喝醉把我压在地上打，我怀孕六个月", V),
    ("老闆把我的護照扣下了，一不順心就動手", V),
    ("那个人天天等在我学校门口，说孩子生下来就不放过我", V),
    ("我用被子蒙住他的头，他哭得没声了", C),
    ("孩子一闹我就想掐，刚才真的打了三下", C),
    ("他喝多了就揍孩子，宝宝屁股上都是巴掌印", C),
]

CALM: list[str] = [
    "nước ối ra rồi thì có phải vào viện ngay không chị?",
    "đau đẻ 5 phút 1 lần là sắp sinh chưa ạ?",
    "đau bụng kinh quá không đứng dậy nổi, có cách nào đỡ không",
    "tháng trước em ra máu cục nhỏ, bác sĩ nói không sao",
    "cắt tay áo ngắn lại rồi, mặc cho mát",
    "dây thừng tôi mua rồi để buộc đồ chuyển nhà",
    "hôm nay là ngày cuối đi làm, tạm biệt mọi người nhé",
    "dượng em vào phòng em lấy cái quạt rồi đi ra",
    "mẹ chồng không bắt em phải phá thai, bà thương em lắm",
    "bé 5 tháng ở nhà với bà ngoại cả ngày",
    "em mua cho con bộ đồ giá 300 nghìn",
    "em bầu 20 tuần, đau lưng quá không đứng dậy được, có thuốc nào an toàn không",
    "bụng cứng đơ mỗi khi bé đạp có sao không",
    "kiếp sau em vẫn muốn làm vợ anh",
    "cả nhà ơi em về quê ăn tết, tạm biệt mọi người nhé",
    "bố chồng vào phòng em ban ngày lấy đồ",
    "nếu em đi Hàn thì sẽ mang cả con theo được không?",
    "他气得口吐白沫，骂了我一个小时",
    "我在天台晒被子",
    "周末想去划船，天桥那边风景很好",
    "浴缸里的水是红的，因为我放了玫瑰泡澡球",
    "护照在老板那保管，签证下来就还",
    "医生说护照在他那里保管，办签证用",
    "宝宝一哭我就想打电话给我妈妈问怎么办",
    "给宝宝盖上小被子，只露出脸",
    "门踹开了也没关系，房东明天来修",
    "叶酸片攒了三十颗了，够吃一个月吗",
]

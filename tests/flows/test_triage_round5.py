"""Issue 14, round 5: families of crisis wording found missing in risk-check4 and their calm
look-alikes.

Every sentence was written for these tests, one family at a time, in ko/en/vi/zh; none is
copied from an evaluation set. A crisis line lists the risks a counselor could pick; a calm line
must fire nothing.
"""

from __future__ import annotations

from flows import Risk, triage
from knowledge import Knowledge

M, S, V, C = Risk.MEDICAL, Risk.SELF_HARM, Risk.VIOLENCE, Risk.CHILD_SAFETY

CRISIS: list[tuple[str, set[Risk]]] = [
    # A newborn not breathing, with "just born" said between (vi, with and without accents).
    ("em bé vừa đẻ ra không thở", {M, C}),
    ("con sơ sinh ngừng thở rồi", {M, C}),
    ("em be moi sinh khong tho", {M, C}),
    # The urge to push; labor with no way to the hospital.
    ("힘주고 싶은 느낌이 자꾸 와요", {M}),
    ("애기가 나올 것 같은데 병원 데려다줄 사람이 없어요", {M}),
    ("진통이 5분마다 오는데 병원 갈 차가 없어요", {M}),
    ("contractions every three minutes and no ride to the hospital", {M}),
    # Mother and baby gone together, said softly.
    ("애기랑 같이 사라지고 싶어", {C, S}),
    ("우리 둘 다 없어지면 끝나잖아", {C, S}),
    ("나랑 아기랑 같이 하늘나라 가면 돼", {C, S}),
    ("I think we would both be better off gone, me and my baby", {C, S}),
    ("I just want to disappear with my baby", {C, S}),
    ("hai mẹ con cùng biến mất cho xong", {C, S}),
    # A baby left in a car.
    ("차 안에 아기 재워두고 마트 왔는데 한 시간 넘었어", {C}),
    ("아기를 차에 두고 왔어요 다시 못 가겠어", {C}),
    ("I locked my newborn in the car and walked away", {C}),
    ("tôi để con một mình trong xe hơi hai tiếng rồi", {C}),
    ("我把宝宝留在车里了", {C}),
    # Up on a rooftop now, said without a particle; on the way to the Han river.
    ("학교 옥상 와있어 아무도 없네", {S}),
    ("빌라 옥상 혼자 올라왔어요", {S}),
    ("한강 가는 택시 탔어요", {S}),
    ("마포대교 쪽으로 걸어가고 있어", {S}),
    # An injury told as the result of blows.
    ("맞아서 코뼈가 나간 것 같아요", {V, M}),
    ("남편한테 얻어맞아서 입술이 터졌어요", {V, M}),
    ("눈이 안 떠질 정도로 맞았어요", {V, M}),
    ("chồng đánh em sưng mắt không mở được", {V, M}),
    ("他打得我眼睛都睁不开", {V, M}),
    # Shame without a laugh still fires.
    ("쪽팔려서 죽고싶어요", {S}),
]

CALM = [
    "아기랑 같이 가고 싶어요 조리원에",
    "아기랑 같이 병원 가고 싶어요",
    "지갑이랑 폰 둘 다 없어졌어요",
    "차에 아기 두고 잠깐 내려도 돼요?",
    "카시트에 애기 태우는 법 알려주세요",
    "I left the baby car seat at my mom's house",
    "옥상에 빨래 널러 올라왔어",
    "아파트 옥상 정원 예뻐요",
    "한강 가는 버스 몇 번이에요?",
    "한강 가는 길에 치킨 사갈까",
    "벌에 쏘여서 눈이 퉁퉁 부었어요",
    "피구하다 공에 맞아서 코가 부었어요",
    "주사 맞아서 팔이 부었어요",
    "창피해서 죽겠다 ㅋㅋㅋ",
    "너무 부끄러워서 죽고싶음 ㅎㅎ",
    "베이비박스가 진짜 있는 거예요?",
    "보호출산제라는 게 한국에도 있나요?",
    "어릴 때 부모님 싸우는 거 보면서 컸어요",
    "어렸을 때 아빠가 엄마 때리는 걸 보고 자라서 남자가 무서워요",
    "em bé mới sinh ngủ nhiều có sao không",
    "변비라서 힘주고 싶은데 안 나와요",
]


def test_childhood_guard_does_not_cancel_a_blow_today(kb: Knowledge) -> None:
    """Growing up seeing violence quiets only itself: a blow today, further on, still fires."""
    text = "어릴 때 아빠가 엄마 때리는 거 보고 자랐는데 지금 남편이 저를 때려요"
    hit = triage(text, kb.lexicon)
    assert hit is not None and hit.risk == V

"""Issue 14, round 6: calm families that fired (the last day of something ordinary, life after a
birth told as a complaint, a mother alone in her ward, a professional asking how to respond,
questions asked ahead), families of crisis wording, and their look-alikes.

Every sentence was written for these tests, one family at a time, in ko/en/vi/zh; none is
copied from an evaluation set. A crisis line lists the risks a counselor could pick; a calm line
must fire nothing.
"""

from __future__ import annotations

import pytest

from flows import Risk, triage
from knowledge import Knowledge

M, S, V, C = Risk.MEDICAL, Risk.SELF_HARM, Risk.VIOLENCE, Risk.CHILD_SAFETY

CRISIS: list[tuple[str, set[Risk]]] = [
    # The last day of her life, not of a job.
    ("오늘이 내 인생 마지막 날이에요", {S}),
    ("this is my last day on earth", {S}),
    ("I won't be here tomorrow", {S}),
    # A professional reporting what is happening now still fires.
    ("사회복지사인데 지금 이용자가 남편한테 맞고 있다고 전화 왔어요", {V}),
    ("간호사인데 남편이 때려요 어떻게 해야 하나요", {V}),
    ("교사인데 학생이 지금 약을 한 통 다 먹었대요", {S}),
    # Left alone or left at the hospital, births alone: unchanged by the ward guard.
    ("아기 혼자 집에 두고 나왔어요", {C}),
    ("아기를 병원에 두고 도망쳤어요", {C}),
    ("화장실에서 혼자 애기 낳았어요", {M, C}),
    ("I gave birth alone in the bathroom", {M, C}),
    ("태동이 어제부터 없어요", {M}),
    # Told by a partner or relative: she left with the newborn and cannot be reached, the baby's
    # whereabouts after a secret birth, a baby thought thrown away, not looked at or fed.
    ("여친이 갓난애 안고 나가서 잠적했어요", {C}),
    ("아내가 아기 업고 집 나갔는데 전화를 안 받아요", {C}),
    ("언니가 애를 어디다 뒀는지 말을 안 해요 낳은 건 확실한데", {C}),
    ("동생이 아기 낳은 거 숨기고 어디 버린 것 같아요", {C}),
    ("우리 딸이 핏덩이를 두고 온 모양이에요", {C}),
    ("분유를 안 줘서 애기가 기운이 없어요", {C}),
    ("며느리가 손주를 안아보지도 않아요 낳고 나서 계속", {C}),
    ("my girlfriend left with the newborn and isn't answering her phone", {C}),
    ("my daughter gave birth in secret and won't tell us where the baby is", {C}),
    ("I think my sister threw her newborn away after hiding the pregnancy", {C}),
    ("she won't even look at the baby since the birth, won't hold him", {C}),
    ("the baby is getting so thin, she won't feed him", {C}),
    ("ck em bảo vợ ôm con bỏ đi mất, ko liên lạc đc", {C}),
    ("con gái tôi sinh lén rồi không chịu nói đứa bé ở đâu", {C}),
    ("mẹ nó không cho con bú, con gầy rộc đi", {C}),
    ("女朋友抱着孩子走了，电话也打不通", {C}),
    ("她生完孩子以后看都不看孩子一眼", {C}),
    ("她偷偷生了孩子，现在宝宝不见了", {C}),
    # Afraid of doing something to the baby, wanting it quiet for good, kept from breathing.
    ("와이프가 애가 울면 자기가 뭔 짓 할지 모르겠대요", {C}),
    ("와이프가 애기를 보면 무섭대요 자기가 뭔 짓 할 것 같다고", {C}),
    ("애기 확 조용히 만들어버리고 싶다", {C}),
    ("아기 숨 못 쉬게 하고 싶다는 생각이 들어요", {C}),
    ("take the baby away before I do something", {C}),
    ("my wife said she's scared she'll do something bad to the baby", {C}),
    ("she says she wants to make the baby quiet forever", {C}),
    ("cô ấy sợ sẽ làm gì đó với con", {C}),
    ("我老婆说怕自己会对宝宝做出什么事", {C}),
    # Fast typing: initials, no spaces, a goodbye from a rooftop.
    ("애기 ㅂㄹ래 진짜", {C}),
    ("ㅇㄱ 버리고싶다", {C}),
    ("애기 배고프다고 우는데 안줬어 하루종일", {C}),
    ("옥상왔음 ㅂㅂ", {S}),
]

CALM = [
    # The last day of something ordinary.
    "다음 주가 마지막 출근이에요 설레요",
    "오늘 마지막 근무라서 동료들이 케이크 사줬어요",
    "이번이 마지막 산전검사예요",
    "오늘은 산후조리원 마지막 밤이에요",
    "오늘 마지막 날이라 짐 챙겨요 호텔에서",
    "it's my last week of work before the baby comes",
    "today is my last day at work",
    "hôm nay là buổi học cuối cùng",
    "这周是最后一次上课",
    # Life after a birth told as a complaint.
    "아기 낳았는데 남편이 기저귀 한 번을 안 갈아요",
    "애 낳고 나서 남편이 게임만 해요",
    "since the baby was born my husband does nothing",
    "đẻ xong chồng em toàn đi nhậu",
    "生了孩子以后婆婆也不来帮忙",
    # A mother alone in her ward, a baby in the NICU: looked after.
    "애 낳고 지금 병원에 혼자 누워 있어요",
    "출산하고 병실에 저 혼자 있어요",
    "아기가 인큐베이터에 혼자 있어서 마음이 아파요",
    "I delivered yesterday and I'm alone in the hospital room tonight",
    "I gave birth and I'm alone at the hospital",
    "tôi mới sinh, đang ở bệnh viện một mình, chồng đi làm",
    "刚生完孩子，一个人在病房里",
    # A professional asking how to respond or report.
    "보건교사인데 학생이 손목을 긋는 것 같으면 어디에 알려야 하나요?",
    "사회복지사예요 이용자가 맞고 있는 것 같을 때 신고 절차가 어떻게 되나요",
    "상담사입니다 내담자가 자해 흔적이 있는데 어디에 연계하나요?",
    "as a teacher, what should I do if a student says she wants to kill herself?",
    "I'm a counselor, a client says she wants to die but has no plan, what's the referral path?",
    "if a client tells me her husband hits her, how do I report it?",
    "tôi là cô giáo, nếu học sinh nói muốn tự tử thì phải làm sao?",
    "作为社工，如果服务对象说想自杀，应该怎么处理？",
    "我是老师，学生被家暴应该怎么报告？",
    "社工想了解新生儿被遗弃的报告流程",
    # Asked ahead, or how one tells; a sign told second-hand and over.
    "아기가 숨을 안 쉬면 어떻게 해야 하는지 미리 배워두고 싶어요",
    "태동이 줄어들면 어떻게 해야 하나요?",
    "양수가 새는 것 같은지 어떻게 알아요?",
    "경련이 뭔지 알려주세요",
    "교사인데 학생이 수업 중에 자주 쓰러져요 임신일 수도 있을까요?",
    "우리 며느리가 애 낳고 피를 많이 쏟았다고 하던데 지금은 괜찮대요",
    "우리 기관 이용자가 남편한테 맞았었는데 지금은 쉼터에 있어요 지원금 있나요?",
    # Leisure up high.
    "I'm on the rooftop terrace having coffee",
    "다리 위에 왔어 사진 찍으러",
    "옥상왔음 바람 시원하다",
    # Look-alikes of the child safety families.
    "남편이 애기 데리고 친정 갔어요",
    "아내가 아기 데리고 산책 나가서 아직 안 왔어요",
    "아기 옷 다 버린 것 같아요 엄마가",
    "애기가 분유를 잘 안 먹어서 살이 좀 빠졌어요",
    "아기가 요즘 말라가는 것 같아 걱정이에요",
    "남편이 애기를 거들떠보지도 않아요 게임만 해요",
    "애기한테 무슨 일 생길까 봐 무서워요",
    "아기를 조용하게 만드는 방법 알려주세요",
    "아기가 숨을 못 쉬게 이불을 덮으면 위험한가요?",
    "애기 버릴 옷 정리 중이에요",
    "아기 기저귀 ㅂㄹ고 왔어요",
    "I want to do something special for the baby's 100th day",
    "my wife took the baby and left for grandma's for two days",
    "my husband won't even hold the baby",
    "she threw her baby shower last week",
    "em sợ uống thuốc làm hại con",
    "vợ em bế con đi chơi rồi",
    "抱着孩子走了一圈就睡着了",
    "她生完孩子以后不愿意看手机",
    "孩子出生后在哪里打疫苗",
]


@pytest.mark.parametrize(("text", "risks"), CRISIS)
def test_round6_family_fires_an_allowed_risk(kb: Knowledge, text: str, risks: set[Risk]) -> None:
    """Each wording of a family fires a risk a counselor would pick."""
    hit = triage(text, kb.lexicon)
    assert hit is not None and hit.risk in risks, hit


@pytest.mark.parametrize("text", CALM)
def test_round6_look_alikes_stay_calm(kb: Knowledge, text: str) -> None:
    """Ordinary last days, complaints after a birth, wards, professionals' questions stay calm."""
    assert triage(text, kb.lexicon) is None

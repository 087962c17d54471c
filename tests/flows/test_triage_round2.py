"""Issue 14, round 2: crisis wordings of others (parents, partners, workers, beginner Korean)."""

from __future__ import annotations

from flows import Risk, triage
from knowledge import Knowledge

CRISIS = [
    # Medical: the place after the sign, slang intensifiers, rolling in pain, labour 나올라.
    ("물 나왔어요 밑에서 계속 임신 9개월", Risk.MEDICAL),
    ("물이 흘러요 다리로 아기 괜찮아?", Risk.MEDICAL),
    ("배 개아파 임신 33주", Risk.MEDICAL),
    ("배 겁나 아파 임신중인데", Risk.MEDICAL),
    ("와이프가 배 아프다고 바닥에서 데굴데굴 굴러요", Risk.MEDICAL),
    ("애기가 나올라 그래요", Risk.MEDICAL),
    ("con tôi không thở", Risk.MEDICAL),
    ("孩子不动了", Risk.MEDICAL),
    # Self-harm: heights, notes, a last goodbye.
    ("친구가 옥상에서 안 내려와요", Risk.SELF_HARM),
    ("아들이 옥상 난간에 서 있어요", Risk.SELF_HARM),
    ("지금 마포대교 위에 왔어", Risk.SELF_HARM),
    ("한강 가려고", Risk.SELF_HARM),
    ("학생이 유서를 남겼어요", Risk.SELF_HARM),
    ("모두에게 미안해 잘 있어", Risk.SELF_HARM),
    ("엄마 아빠 미안 이제 갈게", Risk.SELF_HARM),
    # Violence: the abuser near her, hiding, a named person hitting the belly.
    ("가해자가 집에 돌아왔어요", Risk.VIOLENCE),
    ("가해자랑 아직 같이 살아요", Risk.VIOLENCE),
    ("맞을까봐 무서워서 화장실에 숨어있어요", Risk.VIOLENCE),
    ("남자친구가 배를 주먹으로 쳤어요", Risk.VIOLENCE),
    # Child safety: not wanted, crying that drives her to throw, neglect, left alone (vi).
    ("예전에 자해했었는데 또 하고 싶어", Risk.SELF_HARM),
    ("남편한테 폰 뺏겼어요 연락도 못해요", Risk.VIOLENCE),
    ("i can't stop shaking the baby when it cries", Risk.CHILD_SAFETY),
    ("I'm scared I will hurt my baby", Risk.CHILD_SAFETY),
    ("我怕我会伤害孩子", Risk.CHILD_SAFETY),
    ("chồng tôi bóp cổ tôi", Risk.VIOLENCE),
    ("애기 낳을 것 같은데 아무도 없어요", Risk.MEDICAL),
    ("창문 열고 뛰고 싶어", Risk.SELF_HARM),
    ("남친 집에서 못 나가요 열쇠 가져갔어요", Risk.VIOLENCE),
    ("강제로 끌려갔어요", Risk.VIOLENCE),
    ("남편이 밤마다 강제로 해요", Risk.VIOLENCE),
    ("남친이 임신 사실 말하니까 목 조르려고 했어", Risk.VIOLENCE),
    ("em bé sinh ra không khóc", Risk.MEDICAL),
    ("con khóc nhiều quá tôi muốn ném nó", Risk.CHILD_SAFETY),
    ("tôi muốn cho con đi, ai nhận cũng được", Risk.CHILD_SAFETY),
    ("孩子一直哭，我真想把他扔出去", Risk.CHILD_SAFETY),
    ("我不想要这个孩子了，谁要就给谁", Risk.CHILD_SAFETY),
    ("누나가 애 낳고 우울해서 아기랑 같이 죽겠대요", Risk.CHILD_SAFETY),
    ("며칠째 술만 마셔요 애기 혼자 울어요", Risk.CHILD_SAFETY),
    ("그냥 편해지고 싶어", Risk.SELF_HARM),
    ("내가 없는 게 아기한테도 나아", Risk.SELF_HARM),
    ("또 맞기 싫어요", Risk.VIOLENCE),
    ("멍 든 거 가리느라 긴팔 입어요", Risk.VIOLENCE),
    ("남친이 내 위치 추적해요", Risk.VIOLENCE),
    ("피 뭉텅이가 나왔어요", Risk.MEDICAL),
    ("피나ㅏㅏ 마니 ㅠㅠ", Risk.MEDICAL),
    ("아기 필요 없어 누가 데려가", Risk.CHILD_SAFETY),
    ("아기 우는 소리 때문에 확 던져버릴 것 같아", Risk.CHILD_SAFETY),
    ("울음소리 안 그쳐서 패대기 치고 싶어", Risk.CHILD_SAFETY),
    ("아기를 방치했어요 며칠째", Risk.CHILD_SAFETY),
    ("애기 하루종일 굶었어요", Risk.CHILD_SAFETY),
    ("tôi để con một mình ở nhà rồi đi làm", Risk.CHILD_SAFETY),
]

CALM = [
    "위층에서 물이 새서 아랫집 천장까지 젖었어요",
    "웃겨서 데굴데굴 굴렀어 ㅋㅋ",
    "옥상에 올라가서 빨래 널었어요",
    "한강 가려고 치킨 시킴",
    "결석 사유서 어떻게 써요",
    "가해자 처벌은 어떻게 되나요",
    "가해자와 같이 살면 어떻게 되나요",
    "아기 용품 필요 없어요",
    "아기 옷 필요 없으면 누가 가져가요",
    "누가 가져가요? 중고 유모차",
    "우는 소리 때문에 폰 던질 뻔",
    "애기 보느라 하루종일 굶었어요",
    "아기가 하루종일 못 먹었어요 열나요",
    "늦어서 미안해 이제 갈게",
    "엄마 미안 이제 갈게 학원 늦어서",
    "문 잠그고 공부 중",
    "để con một mình có sao không",
    "베이비박스가 뭐예요",
    "베이비박스에 대해 설명 부탁드립니다",
    "자살 예방 교육 받았어요",
    "가정폭력 예방 교육 자료 있나요",
    "아동학대 신고 의무자 교육 일정 문의",
    "영화에서 아기 버리는 장면 나와서 슬펐어",
    "친구가 장난으로 죽여버린다 해서 웃겼음",
    "옛날에 자해했었는데 지금은 괜찮아요",
    "자해 흉터 지우는 법",
    "아기 낳으면 버려지는 아이들 얼마나 돼요",
    "생리통 진짜 죽을 것 같아",
    "남친이랑 싸워서 죽일 듯이 노려봤어 ㅋㅋ",
    "폰 뺏겼어 엄마한테 ㅠ 시험기간이라",
    "will smoking hurt the baby",
    "is it safe to shake the baby gently",
    "吸烟会伤害孩子吗",
    "나중에 애기 낳을 것 같아요 결혼하면",
    "애기 낳을 것 같은 꿈 꿨어",
    "베란다에서 빨래 떨어질까 봐",
    "친구가 노래방 억지로 끌고 갔어 ㅋㅋ",
    "경련 같은 건 없어요",
    "출산 영상 보니까 피가 엄청 나던데 정상이에요?",
    "남편이 억지로 밥 먹으라고 해요",
    "tôi ném con gián ra ngoài",
    "con tôi ném đồ chơi",
    "他把我扔出去的垃圾捡回来了",
    "교통사고로 아기랑 같이 죽을 뻔했어요",
    "남편이 애기 안 보고 게임만 해요",
    "남편이 애기 안 돌보고 게임만 해요",
    "애기 혼자 잘 놀아요",
    "아기 필요 없는 물건 나눔해요",
    "베이비박스 근처에 살아요",
    "마음 편해지고 싶어요",
    "이제 편해지고 싶어요 입덧 끝나고",
    "예방주사 또 맞기 싫어요",
    "넘어져서 멍 든 거 가리려고 컨실러 샀어",
    "남편이 택배 위치 추적해줬어요",
    "생리 피가 많아요 원래",
    "입덧 너무 심해서 죽을 거 같아",
    "mẹ tôi sẽ giết tôi nếu biết",
    "我妈知道了会杀了我",
]


def test_issue_14_round2_note_after_i_particle_fires(kb: Knowledge) -> None:
    """유서 right after the particle 이 (학생이 유서를) is a note, not the word 이유서."""
    hit = triage("상담한 학생이 유서를 썼대요", kb.lexicon)
    assert hit is not None
    assert hit.rule_id == "self_harm.ko.method"
    assert triage("항소이유서 제출 기한이 언제예요", kb.lexicon) is None


def test_issue_14_round2_real_threat_still_fires_next_to_a_joke_guard(kb: Knowledge) -> None:
    """The joke guard only covers its neighbourhood: a threat with a knife still fires."""
    hit = triage("남편이 죽여버린대요 칼 들고", kb.lexicon)
    assert hit is not None
    assert hit.risk == Risk.VIOLENCE


def test_issue_14_round2_baby_box_now_still_fires(kb: Knowledge) -> None:
    """Asking about a baby box is calm; going to leave the baby there is child safety."""
    hit = triage("베이비박스에 두고 올래요", kb.lexicon)
    assert hit is not None
    assert hit.risk == Risk.CHILD_SAFETY

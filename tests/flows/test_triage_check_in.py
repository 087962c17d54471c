"""Check-ins: a risk in words that, as a whole message, is not now.

Outside writers label "시험 망해서 죽고 싶다ㅋㅋ 근데 임테기는 언제 해요?" and
"베이비박스가 합법이에요? 뉴스 보고 궁금해서요" calm in every round; the rules
fired a full crisis answer and an urgent case on them. A `[[check_in]]` of triage.toml now
takes such a message: her question is answered, led by a line with the risk's numbers, and no
case is opened. Any word of now, a plan, a method, her own pregnancy as the cause or another
risk keeps the crisis answer: each sentence in `STILL_CRISES` adds one such word to a message
that is a check-in without it. Every sentence here was written for these tests.
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

import pytest

from flows import Audit, Escalate, Risk, Session, Text, TriageHit, alarm, triage
from flows.engine import Engine
from flows.triage import NET_CALM_FLOOR, part_scores
from knowledge.lexicon import load_lexicon
from knowledge.loader import load_knowledge
from tests.knowledge.test_lexicon import GOOD_RULE, _error, _write

S, C, V = Risk.SELF_HARM, Risk.CHILD_SAFETY, Risk.VIOLENCE
LEXICON = load_knowledge().lexicon

CHECK_INS: list[tuple[str, Risk]] = [
    ("중간고사 망해서 진짜 죽고싶다ㅋㅋㅋ 근데 엽산은 언제부터 먹어요?", S),
    ("체육 수행평가 망해서 죽고싶다ㅋㅋ 아무튼 생리 늦으면 언제 테스트해요", S),
    ("야근 너무 많아서 죽고 싶다ㅋㅋ 농담이고 육아휴직 며칠까지 돼요", S),
    # "ugh this math test lol i want to die. anyway ..." left this list in round 28: its pools
    # taught the net exam jokes with a bridge in them, and that part now leans to a crisis
    # (0.04 > CHECK_IN_NET_CEILING), so the gate keeps the crisis answer.
    ("ugh this chem quiz lol i wanna die. anyway when can i take a pregnancy test", S),
    ("midterms tomorrow and i wanna die lmao, also are cramps normal at 6 weeks", S),
    ("考试又考砸了想死哈哈，顺便问一下产检要带什么", S),
    ("thi cuối kỳ + nghén = muốn chết luôn haha. có món gì ăn đỡ buồn nôn ko", S),
    ("베이비박스가 불법이에요? 수업에서 토론하다가 궁금해졌어요", C),
    ("Chị ơi baby box ở Hàn có hợp pháp không? Em xem phim thấy", C),
    ("chi oi baby box o Han co hop phap ko, e xem phim thay", C),
    ("韩国的婴儿箱合法吗？看纪录片看到的", C),
    # the Korean name in her own language: that language's check-in decides
    ("韩国的베이비박스是合法的吗？在纪录片里看到的", C),
    ("我们课上讨论베이비박스制度，这个在韩国合法吗", C),
    ("my class is doing a report on 베이비박스, is it legal in korea?", C),
]

STILL_CRISES: list[tuple[str, Risk]] = [
    ("시험 망해서 진심 죽고싶다ㅋㅋ", S),  # she means it
    ("시험 망해서 죽고싶다ㅋㅋ 약 다 먹어버릴까", S),  # a method
    ("시험 망해서 죽고싶다ㅋㅋ 오늘밤 옥상 갈까", S),  # a time and a place
    ("시험 망해서 죽고싶다ㅋㅋ 매일 이런 생각해", S),  # every day
    ("시험 망하고 임신까지 해서 죽고싶다ㅋㅋ", S),  # the pregnancy as the cause
    ("시험 망해서 죽고싶다ㅋㅋ 부모님이 알면 끝장", S),  # parents finding out
    ("i failed my chem exam lol i wanna die, seriously i have the pills here", S),
    ("math test lol i want to die tonight", S),
    ("考试考砸了想死哈哈 今晚就跳楼", S),
    ("thi cuối kỳ muốn chết haha, tối nay e ra cầu", S),
    ("thi rớt muốn chết haha ba mẹ mà bt e có bầu thì e đi luôn", S),
    ("베이비박스 어디 있어요? 뉴스 보고 알았어요", C),  # where
    ("베이비박스가 불법이에요? 애 낳으면 거기 두려고요", C),  # a plan for her own baby
    ("Is the baby box legal? I'll leave my baby there tonight", C),
    ("Hộp em bé có hợp pháp không? Em muốn để con ở đó đêm nay", C),
    ("婴儿箱合法吗？我打算今晚把宝宝放进去", C),
    ("베이비박스在哪里？新闻上看到的", C),  # where, in Chinese
    ("베이비박스 어디야? 新闻上看到的", C),  # where, in Korean beside the Chinese
    ("is 베이비박스 legal? i will leave my baby there tonight", C),
    ("베이비박스", C),  # the name alone: no language of hers to read
]


@pytest.mark.parametrize(("text", "risk"), CHECK_INS)
def test_a_risk_in_words_that_is_not_now_is_a_check_in(text: str, risk: Risk) -> None:
    hit = triage(text, LEXICON)
    assert hit is not None and (hit.risk, hit.check_in) == (risk, True), hit
    assert hit.rule_id.startswith(f"check_in.{hit.rule_id.split('.')[1]}.")
    assert alarm(text, LEXICON) is None


@pytest.mark.parametrize(("text", "risk"), STILL_CRISES)
def test_a_word_of_now_a_plan_or_a_method_keeps_the_crisis_answer(text: str, risk: Risk) -> None:
    hit = triage(text, LEXICON)
    assert hit is not None and (hit.risk, hit.check_in) == (risk, False), hit
    assert alarm(text, LEXICON) is not None


def test_another_risk_in_the_message_keeps_the_crisis_answer() -> None:
    """The joke fits its check-in, but he hit her: the crisis answer, not a check-in."""
    text = "시험 망해서 죽고싶다ㅋㅋ 근데 남친이 어제 때렸어요"
    assert triage(text.split(" 근데")[0], LEXICON).check_in  # type: ignore[union-attr]
    hit = triage(text, LEXICON)
    assert hit is not None and not hit.check_in


def test_a_check_in_answers_her_question_led_by_the_numbers_and_opens_no_case(
    engine: Engine,
) -> None:
    outcome = engine.handle(Session(started=True), Text(CHECK_INS[0][0]))
    first = outcome.replies[0]
    assert first.safety and "109" in first.text
    assert first.text == engine.kb.text("ko", "check_in.self_harm")
    assert len(outcome.replies) > 1  # her question's answer (or the ask-back) follows
    assert not [e for e in outcome.effects if isinstance(e, Escalate)]
    assert Audit("check_in", "check_in.ko.school_joke") in outcome.effects
    assert outcome.next_state.case_open is False
    assert "counselor" in {b.id for b in outcome.replies[-1].buttons}  # a way to a human


def test_every_language_has_a_check_in_line_for_every_risk() -> None:
    kb = load_knowledge()
    for lang in ("ko", "en", "vi", "zh"):
        for risk in Risk:
            if risk.value != "none":
                assert kb.text(lang, f"check_in.{risk.value}") != f"check_in.{risk.value}"


def _with_check_in(check_in: str) -> str:
    """A lexicon of one rule ("죽고 싶") and one `[[check_in]]` of its risk."""
    return f"{GOOD_RULE}\n[[check_in]]\n{check_in}"


def test_an_admins_check_in_takes_its_risk_only_where_it_fits(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        _with_check_in(
            'id = "check_in.ko.exam"\nrisk = "self_harm"\nlang = "ko"\n'
            "regex = ['^(?!.*진심)(?=.*시험.{0,8}죽고싶.{0,4}ㅋㅋ).+']\n"
        ),
    )
    lexicon = load_lexicon(path)
    assert triage("시험 망해서 죽고 싶다ㅋㅋ", lexicon).check_in  # type: ignore[union-attr]
    assert not triage("시험 망해서 진심 죽고 싶다ㅋㅋ", lexicon).check_in  # type: ignore[union-attr]
    assert not triage("죽고 싶어요", lexicon).check_in  # type: ignore[union-attr]


# Every examples file needs crisis sentences of each risk: the three the tests below do not use.
OTHER_RISKS = """
[[group]]
risk = "medical"
name = "m"
crisis = ["양수가 터졌어요"]

[[group]]
risk = "violence"
name = "v"
crisis = ["남편이 때려요"]

[[group]]
risk = "child_safety"
name = "c"
crisis = ["아기를 버릴 거예요"]
"""

EXAMPLES = (
    """
[[group]]
risk = "self_harm"
name = "goodbye"
crisis = ["이번 생은 여기까지", "이번 생은 여기까지 할래", "다음 생에 보자", "이번 생 끝"]
calm = ["이번 학기는 여기까지", "오늘 수업은 여기까지", "다음 주에 보자", "시험 끝"]
"""
    + OTHER_RISKS
)


def test_a_check_in_needs_the_example_net_to_lean_calm(tmp_path: Path) -> None:
    """The word lists cannot foresee every crisis behind a laugh: where the net, which learned
    the examples, leans to a crisis on some part of the message, the crisis answer stays."""
    path = _write(
        tmp_path,
        _with_check_in(
            'id = "check_in.ko.exam"\nrisk = "self_harm"\nlang = "ko"\n'
            "regex = ['^(?=.*시험.{0,8}죽고싶.{0,4}ㅋㅋ).+']\n"
        ),
    )
    text = "시험 망해서 죽고 싶다ㅋㅋ 이번 생은 여기까지"
    assert triage(text, load_lexicon(path)).check_in  # type: ignore[union-attr]
    (tmp_path / "triage_examples.toml").write_text(EXAMPLES, encoding="utf-8")
    learned = load_lexicon(path)
    assert learned.net is not None
    assert not triage(text, learned).check_in  # type: ignore[union-attr]
    assert triage("시험 망해서 죽고 싶다ㅋㅋ 이번 학기는 여기까지", learned).check_in  # type: ignore[union-attr]


# Written for this test, none an example or a corpus line: a rule fires, and the net, which has
# read many classes, manuals and jokes labelled calm, scores the rule's risk below
# NET_CALM_FLOOR on every part of the message.
NET_CHECK_INS: list[tuple[str, Risk, str]] = [
    (
        "조카가 학교에서 영아 유기에 대해 배웠다고 물어보는데 어떻게 설명하면 좋을까요",
        C,
        "child_safety.ko.abandon",
    ),
    (
        "I'm a nursing student writing a report on postpartum hemorrhage, any good sources?",
        Risk.MEDICAL,
        "medical.en.emergency",
    ),
    (
        "Em là sinh viên điều dưỡng, đang làm bài về băng huyết sau sinh, có tài liệu nào không ạ",
        Risk.MEDICAL,
        "medical.vi.emergency",
    ),
    # Between -6.0 and their risk's floor (round 32's floors per risk): alarms with -6.0 for all.
    ("논문 주제가 산후우울과 자살 사고라서 관련 통계를 찾고 있어요", S, "self_harm.ko.method"),
    (
        "Em là sinh viên công tác xã hội, đang tìm hiểu về bạo lực gia đình với phụ nữ mang thai",
        Risk.VIOLENCE,
        "violence.vi.abuse",
    ),
]


@pytest.mark.parametrize(("text", "risk", "rule"), NET_CHECK_INS)
def test_a_rule_hit_the_net_reads_as_calm_throughout_is_a_check_in(
    text: str, risk: Risk, rule: str
) -> None:
    """Without the net the rule gives the crisis answer; with it, a check-in named after it."""
    assert triage(text, LEXICON.with_net(None)) == TriageHit(risk, rule)
    assert triage(text, LEXICON) == TriageHit(risk, f"check_in.net.{rule}", check_in=True)
    assert alarm(text, LEXICON) is None


def test_a_firm_rule_keeps_the_crisis_answer_where_the_net_reads_calm() -> None:
    """Vitamins are calm words to the net; a toddler who ate them by the handful is not."""
    text = "my 2 year old got into my prenatal vitamins and ate a bunch"
    rule = "medical.en.r33_child_swallowed_pills"
    assert LEXICON.is_firm(rule)
    assert all(part["medical"] < -6.0 for part in part_scores(text, LEXICON.net))
    assert alarm(text, LEXICON) == TriageHit(Risk.MEDICAL, rule)


def test_a_past_told_as_over_is_a_check_in_below_its_risks_floor(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Self-harm told as over with only a scar left: the net scores it below self_harm's floor on
    every part, so it is a check-in; with the floor at its score, the crisis answer."""
    text = "대학교 때 자해했었는데 지금은 흉터만 남았어요"
    scores = [part["self_harm"] for part in part_scores(text, LEXICON.net)]
    assert all(score < NET_CALM_FLOOR[S] for score in scores), scores
    assert triage(text, LEXICON) == TriageHit(S, "check_in.net.self_harm.ko.method", check_in=True)
    monkeypatch.setitem(NET_CALM_FLOOR, S, max(scores))
    monkeypatch.setattr(sys.modules["flows.triage"], "FRAMED_CALM_FLOOR", max(scores))
    assert triage(text, LEXICON) == TriageHit(S, "self_harm.ko.method")


def test_a_past_that_is_back_keeps_the_crisis_answer_where_the_net_reads_calm() -> None:
    """The net reads a beating told as past and over as calm, below violence's floor; 다시
    시작됐어요 (it started again) says it is back, so the hit stays a crisis."""
    text = "작년에 남편한테 맞았었는데 지금은 괜찮다가 다시 시작됐어요"
    assert all(part["violence"] < NET_CALM_FLOOR[V] for part in part_scores(text, LEXICON.net))
    assert alarm(text, LEXICON) == TriageHit(V, "violence.ko.r7")


def test_a_past_that_has_come_back_keeps_the_crisis_answer() -> None:
    """The net read a wish to die told as past as calm until round 28 taught it 요즘 또."""
    text = "고등학교 때 죽고 싶었던 적 있었는데 지금은 괜찮다가 요즘 또 그래요"
    assert alarm(text, LEXICON) == TriageHit(S, "self_harm.ko.want_die")


# Round 46: a hit the net scores just below -2 on every part, which the old floors (medical
# -6.0, violence -4.0) left an alarm: medical's floor is -2.0 now, and a word framing the
# message as calm (a past, a screen, a class, a question for later, 지금은 안전해요) lifts the
# other risks' floors to FRAMED_CALM_FLOOR.
RAISED_FLOOR_CHECK_INS = [
    (
        "My friend's baby stopped breathing for a few seconds last year, how do I learn CPR?",
        Risk.MEDICAL,
        "medical.en.emergency",
    ),
    ("chị em hồi sinh bị băng huyết, em có nên lo không ạ", Risk.MEDICAL, "medical.vi.emergency"),
    (
        "언니가 임신 중에 하혈해서 입원했었대요 어떤 경우에 그래요?",
        Risk.MEDICAL,
        "medical.ko.bleeding",
    ),
    # "남자친구가 폭행으로 수감 중이라 지금은 안전해요. 출소 날짜는 ..." left at round 50:
    # with the net's smoothing at 0.2 it reads as calm under round 45's floors too.
    ("남편이 폭행으로 수감 중이라 지금은 안전해요. 면회는 안 가도 되죠?", V, "violence.ko.hit"),
]


@pytest.mark.parametrize(("text", "risk", "rule"), RAISED_FLOOR_CHECK_INS)
def test_a_hit_below_the_raised_floors_is_a_check_in(
    monkeypatch: pytest.MonkeyPatch, text: str, risk: Risk, rule: str
) -> None:
    """A check-in named after the rule; with round 45's floors, the crisis answer."""
    assert triage(text, LEXICON) == TriageHit(risk, f"check_in.net.{rule}", check_in=True)
    monkeypatch.setitem(NET_CALM_FLOOR, Risk.MEDICAL, -6.0)
    monkeypatch.setattr(sys.modules["flows.triage"], "FRAMED_CALM_FLOOR", -math.inf)
    assert triage(text, LEXICON) == TriageHit(risk, rule)


# Said now, though the net reads the message as calm, below medical's floor: heavy and happening
# (심한데; 많은데, 울컥 as well), asked as if it may be normal. (A counselor asking for a program
# first, with her client's waters broken "just now" (방금) behind it, left this list at round 50:
# the net at smoothing 0.2 no longer reads it as calm; it is still a crisis.)
SAID_NOW_BELOW_MEDICALS_FLOOR = [
    ("출혈이 심한데 정상인가요", "medical.ko.bleeding"),
    ("하혈이 심한데 괜찮은 건가요", "medical.ko.bleeding"),
    ("피가 심한데 흔한 건가요", "medical.ko.bleeding"),
]


@pytest.mark.parametrize(("text", "rule"), SAID_NOW_BELOW_MEDICALS_FLOOR)
def test_a_word_of_now_keeps_the_crisis_answer_below_medicals_floor(text: str, rule: str) -> None:
    """The net scores medical below its floor on every part; the word of now keeps the alarm."""
    scores = [part["medical"] for part in part_scores(text, LEXICON.net)]
    assert all(score < NET_CALM_FLOOR[Risk.MEDICAL] for score in scores), scores
    assert alarm(text, LEXICON) == TriageHit(Risk.MEDICAL, rule)


def test_a_counselor_asking_for_a_program_first_with_waters_broken_just_now_is_a_crisis() -> None:
    text = (
        "청소년 상담사예요. 방금 내담자한테 양수가 터진 것 같다는 연락이 왔는데 "
        "학업 프로그램 자료부터 받을 수 있나요?"
    )
    assert alarm(text, LEXICON) == TriageHit(Risk.MEDICAL, "medical.ko.waters")


CALM_EXAMPLE = (
    """
[[group]]
risk = "self_harm"
name = "exams"
crisis = ["오늘 밤에 죽고 싶어요"]
calm = ["시험 망해서 죽고 싶다"]
"""
    + OTHER_RISKS
)


def test_an_admins_calm_example_a_rule_fires_on_is_a_check_in(tmp_path: Path) -> None:
    """A sentence an admin labelled calm is answered as written: the rule's hit on it becomes a
    check-in; its crisis sentences, other wordings and a rule of another risk keep the alarm."""
    path = _write(
        tmp_path,
        GOOD_RULE
        + '\n[[rule]]\nid = "violence.ko.hit"\nrisk = "violence"\nlang = "ko"\n'
        + 'contains = ["때려요"]\n',
    )
    text = "시험 망해서 죽고 싶다"
    assert triage(text, load_lexicon(path)) == TriageHit(S, "self_harm.ko.want_die")
    (tmp_path / "triage_examples.toml").write_text(CALM_EXAMPLE, encoding="utf-8")
    learned = load_lexicon(path)
    calm = TriageHit(S, "check_in.net.self_harm.ko.want_die", check_in=True)
    assert triage(text, learned) == calm
    assert triage("시험 망해서 죽고 싶다!", learned) == calm  # its compact form
    assert alarm("오늘 밤에 죽고 싶어요", learned) is not None
    assert alarm("시험 망해서 죽고 싶다 남편이 때려요", learned) is not None


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ('id = "check_in.ko.x"\nrisk = "self_harm"\nlang = "ko"\nregex = [\'시험\']\n', "(^...)"),
        (
            'id = "check_in.en.x"\nrisk = "self_harm"\nlang = "ko"\nregex = [\'^a\']\n',
            "must start",
        ),
        ('id = "check_in.ko.x"\nrisk = "self_harm"\nlang = "ko"\n', "needs regex or word_regex"),
        (
            'id = "self_harm.ko.want_die"\nrisk = "self_harm"\nlang = "ko"\nregex = [\'^a\']\n',
            "id",
        ),
    ],
)
def test_a_broken_check_in_names_the_file_and_what_is_wrong(
    tmp_path: Path, entry: str, message: str
) -> None:
    assert message in str(_error(tmp_path, _with_check_in(entry)))


def test_a_crisis_beside_a_question_in_another_script_is_no_calm_check_in() -> None:
    """The net read "I want to kill myself 보호출산제 뭐예요" as calm as a whole (it knows the
    Korean question well); each script is now scored on its own for the calm check-in too."""
    for text in ("I want to kill myself 보호출산제 뭐예요", "kill myself 보호출산제 뭐"):
        assert alarm(text, LEXICON) == TriageHit(S, "self_harm.en.want_die"), text

"""A plea at the end ("어떻게 해야 하나요?", "what should I do?") and a worker's opening do not
silence danger told before them.

Two holes, found with a wrapping probe: every tuned-on crisis a rule catches, wrapped in a
worker's opening ("저 간호사인데요", "I'm a nurse.", "我是社工，", "Tôi là giáo viên."), a plea at
the end, or both, in four languages: 8,190 of 66,464 wrapped lines stopped firing (54 of the
14,540 with a plea alone).
- The professional guards took any question word after a worker's opening as a question
  about someone in her care: "어떡하면" was read as a condition (하면), and "what should I
  do?" and "我该怎么办" as the start of a hypothetical. Now a Korean condition needs a
  question word right after it, with no finished sentence (…요, …었음, …했다) in between;
  an English one is about someone in her care ("if a student …"); and a bare question word
  counts only when what follows is about reporting or responding ("what should I do if …",
  "怎么报告", "báo ở đâu").
- Rules' own guards for questions ("…하면", "what should I do") cancelled a trigger next to
  a plea that ends the message, and a trigger that must end the message no longer ended it.
  Now a guard that starts inside a closing plea does not count (`Forms.plea`), and a trigger
  may end where the plea starts.
Left: 148 of 66,532 wrapped lines (1 with a plea alone), nearly all an invented worker's
opening in front of a first-person line that an anchored rule reads only at the start of a
message.
Every sentence below was written for these tests; none is copied from an evaluation set.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from flows import Risk, triage
from knowledge import Knowledge
from knowledge.lexicon import NO_PLEA, forms, plain

M, S, V, C = Risk.MEDICAL, Risk.SELF_HARM, Risk.VIOLENCE, Risk.CHILD_SAFETY
EVAL = Path(__file__).resolve().parents[1] / "eval"
PLEAS = {
    "ko": (" 어떻게 해야 하나요?", " 어떡하면 좋을까요"),
    "en": (" What should I do?",),
    "zh": ("我该怎么办？",),
    "vi": (" tôi phải làm sao?",),
    "vi-plain": (" toi phai lam sao?",),  # after a message typed without accents
}

CRISIS: list[tuple[str, set[Risk]]] = [
    # A worker's opening, then danger now to herself, her client or a baby, then a plea.
    ("저 간호사인데요 지금 제가 약을 한 통 다 먹었어요 어떡하면 좋을까요", {S, M}),
    (
        "사회복지사인데 방금 내담자가 아기를 낳았는데 아기가 숨을 안 쉬어요 어떻게 해야 하나요?",
        {M, C},
    ),
    ("교사입니다. 남편이 술 먹고 와서 또 때렸어요 어떻게 해야 하나요?", {V}),
    ("저 상담사예요 근데 저도 요즘 그냥 사라지고 싶어요 어떡하죠", {S}),
    ("보육교사인데 원에 누가 신생아를 두고 갔어요 어떡해요", {C}),
    (
        "I'm a nurse but right now I'm the one bleeding a lot and I'm 30 weeks, what should I do?",
        {M},
    ),
    ("I'm a teacher. I've taken all my sleeping pills what should I do", {S, M}),
    (
        "As a social worker I know the steps but he just choked me and he's in the next room. "
        "what do I do",
        {V},
    ),
    ("我是老师，我刚才吃了一整瓶安眠药，我该怎么办？", {S, M}),
    ("我是社工，老公刚才打了我，现在还在家里，我该怎么办？", {V}),
    ("Tôi là giáo viên, chồng vừa đánh tôi, tôi phải làm sao?", {V}),
    ("em là y tá, em vừa uống hết lọ thuốc ngủ, em phải làm sao", {S, M}),
    # A plea alone after danger now.
    ("화장실에서 혼자 애기 낳았어요 어떡해", {M, C}),
    ("애기가 울지도 않고 움직이지도 않아 어떡하면 좋을까요", {M, C}),
    ("한강 왔어요 어떻게 해야 하나요?", {S}),
    ("I'm going to jump what should I do", {S}),
    ("she's just swallowed a bottle of aspirin what should I do?", {S, M}),
    ("我把宝宝一个人留在家里我该怎么办？", {C}),
]

CALM: list[str] = [
    # A worker's question about someone in her care, the plea after the condition.
    "교사인데 학생이 자해하는 것 같으면 어떻게 해야 하나요?",
    "상담사인데 내담자가 죽고 싶다고 하면 어떡하면 좋을까요",
    "사회복지사인데요 이용자가 남편한테 맞는 것 같으면 어떻게 해야 하나요?",
    "As a teacher, what should I do if a student says she wants to die?",
    "I'm a school nurse. If a student tells me her boyfriend hits her, what should I do?",
    "我是老师，如果学生说想自杀，我该怎么办？",
    "Tôi là giáo viên, nếu học sinh nói muốn tự tử thì tôi phải làm sao?",
    # A question about what to do if, with a plea at the end.
    "양수가 터지면 어떡해요?",
    "진통 오면 어떻게 해야 하나요?",
    "피가 조금 비치면 어떻게 해야 해요?",
    "If my water breaks at night what should I do?",
    "what do I do if the baby stops moving?",
    # Everyday trouble and hyperbole before a plea.
    "남편이랑 싸웠는데 화해하려면 어떻게 해야 하나요?",
    "배고파 죽겠어요 뭐 먹으면 좋을까요 어떡하지",
    "아기가 자꾸 울어요 어떻게 해야 하나요?",
    "I'm dying to know the gender, what should I do?",
]


@pytest.mark.parametrize(
    "path",
    sorted(EVAL.glob("risk-train*.jsonl")),
    ids=lambda path: path.stem.removeprefix("risk-"),
)
def test_every_tuned_on_crisis_still_fires_with_a_plea_after_it(kb: Knowledge, path: Path) -> None:
    """Each crisis line of a tuning pool that a rule catches is still caught with each plea of
    its language after it (the probe's ending-only half: 45 lost before, 1 now). One test per
    pool, so that workers share the minute it takes for all of them."""
    lost = []
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if "none" in row["risk"]:
            continue
        hit = triage(row["text"], kb.lexicon)
        if hit is None or hit.rule_id.startswith("net."):
            continue
        lang = row["lang"] + ("-plain" if plain(row["text"]) == row["text"] else "")
        for plea in PLEAS.get(lang, PLEAS[row["lang"]]):
            if triage(row["text"] + plea, kb.lexicon) is None:
                lost.append(row["text"] + plea)
    assert lost == []


@pytest.mark.parametrize(
    ("text", "before_plea", "spaced_before_plea"),
    [
        ("피가 안 멈춰요 어떡해요", "피가안멈춰요", " 피가 안 멈춰요 "),
        ("I'm going to jump What should I do?", "imgoingtojump", " i m going to jump "),
        # The plea starts inside a word: the spaced form keeps it all.
        (
            "我把宝宝一个人留在家里我该怎么办？",
            "我把宝宝一个人留在家里",
            " 我把宝宝一个人留在家里我该怎么办 ",
        ),
        ("울어어떡해", "울어", " 울어어떡해 "),
        # A plea said twice is one plea.
        ("한강 왔어요 어떻게 해야 하나요? 어떡해요", "한강왓어요", " 한강 왓어요 "),
        # Not a plea: a question about how to report.
        ("어떻게 신고하나요", "어떻게신고하나요", " 어떻게 신고하나요 "),
    ],
)
def test_forms_mark_where_a_closing_plea_starts(
    text: str, before_plea: str, spaced_before_plea: str
) -> None:
    assert forms(text).plea == NO_PLEA  # only triage looks for a plea
    message = forms(text, plea=True)
    assert message.compact[: message.plea] == before_plea
    assert message.spaced[: message.plea_spaced] == spaced_before_plea

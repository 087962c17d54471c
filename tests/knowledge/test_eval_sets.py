"""Regression bars on the dev evaluation sets (tests/eval), scored exactly as `gyeot classify`.

They were written without seeing the knowledge files; since then matcher settings and a few
triage phrases were tuned against them (tests/eval/README.md), so they guard against
regressions rather than measure generalisation.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from bot.cli import classify_row
from knowledge import Knowledge, MatchSettings

EVAL = Path(__file__).resolve().parents[1] / "eval"
SETTINGS = MatchSettings()


def _rows(name: str) -> list[dict[str, object]]:
    lines = (EVAL / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def test_topic_dev_set_top1_accuracy(kb: Knowledge):
    """At least 0.93 of the 240 dev questions get the right topic (or none for small talk)."""
    rows = _rows("topics-dev.jsonl")
    right = sum(classify_row(str(r["text"]), kb, SETTINGS)["topic"] == r["topic"] for r in rows)
    assert right / len(rows) >= 0.93


def test_topic_dev3_set_reach_and_accuracy(kb: Knowledge):
    """dev3 (430 lines by an outside writer, tuned on): reached >= 0.98, confidently wrong
    <= 0.01, top-1 >= 0.95 (after tuning 1.000 / 0.000 / 0.963; before 0.935 / 0.040 / 0.847)."""
    rows = _rows("topics-dev3.jsonl")
    right = reached = wrong = 0
    for r in rows:
        row = classify_row(str(r["text"]), kb, SETTINGS)
        got, offered = row["topic"], row["suggestions"]
        assert isinstance(offered, list)
        right += got == r["topic"]
        if got == r["topic"] or (r["topic"] is not None and got is None and r["topic"] in offered):
            reached += 1
        elif got is not None and r["topic"] not in offered:
            wrong += 1
    n = len(rows)
    assert (reached / n >= 0.98, wrong / n <= 0.01, right / n >= 0.95) == (True, True, True)


@pytest.mark.parametrize(
    ("name", "bars"),
    [
        pytest.param("topics-check3.jsonl", (0.95, 0.01, 0.85), id="check3"),
        pytest.param("topics-check5.jsonl", (0.97, 0.025, 0.90), id="check5"),
        pytest.param("topics-train17.jsonl", (0.99, 0.01, 0.97), id="train17"),
    ],
)
def test_topic_check_sets_reach_and_accuracy(
    kb: Knowledge, name: str, bars: tuple[float, float, float]
) -> None:
    """check3 and check5 (the matcher's decision tuned on them in issue 14, round 6) and
    train17 (its misses widened into example families in round 12): reached, confidently wrong
    and top-1 hold (after 0.957 / 0.007 / 0.853, 0.974 / 0.023 / 0.908 and 0.998 / 0.002 /
    0.976)."""
    rows = _rows(name)
    right = reached = wrong = 0
    for r in rows:
        row = classify_row(str(r["text"]), kb, SETTINGS)
        got, offered = row["topic"], row["suggestions"]
        assert isinstance(offered, list)
        right += got == r["topic"]
        if got == r["topic"] or (r["topic"] is not None and got is None and r["topic"] in offered):
            reached += 1
        elif got is not None and r["topic"] not in offered:
            wrong += 1
    n = len(rows)
    least_reached, most_wrong, least_right = bars
    checks = (reached / n >= least_reached, wrong / n <= most_wrong, right / n >= least_right)
    assert checks == (True, True, True)


def test_counselor_requests_in_the_dev_set_are_never_missed(kb: Knowledge):
    """Every way of asking for a person in the dev set lands on counselor_request."""
    rows = [r for r in _rows("topics-dev.jsonl") if r["topic"] == "counselor_request"]
    assert [
        r["text"]
        for r in rows
        if classify_row(str(r["text"]), kb, SETTINGS)["topic"] != "counselor_request"
    ] == []


def test_risk_dev_set_every_crisis_caught_and_no_false_alarm(kb: Knowledge):
    """All 100 crisis lines are flagged and none of the 60 calm ones."""
    assert _missed_and_alarms("risk-dev.jsonl", kb) == ([], [])


def _missed_and_alarms(name: str, kb: Knowledge) -> tuple[list[str], list[str]]:
    """The crisis lines of a risk set that fire nothing, and the calm lines that fire a risk."""
    missed, alarms = [], []
    for row in _rows(name):
        fired = classify_row(str(row["text"]), kb, SETTINGS)["risk"] != "none"
        crisis = row["risk"] != ["none"]
        if crisis != fired:
            (missed if crisis else alarms).append(str(row["text"]))
    return missed, alarms


@pytest.mark.parametrize(
    "name",
    [
        "risk-dev3.jsonl",
        "risk-check3.jsonl",
        "risk-check4.jsonl",
        "risk-check5.jsonl",
        "risk-check6.jsonl",
        "risk-train7.jsonl",
    ],
)
def test_tuned_sets_every_crisis_caught_in_its_category_and_no_false_alarm(
    kb: Knowledge, name: str
) -> None:
    """risk-dev3, -check3, -check4, -check5, -check6 and -train7 (tuned on in issue 14, rounds
    3-7): every crisis line gets an allowed category and no calm line fires."""
    rows = _rows(name)
    wrong = [
        r["text"]
        for r in rows
        if r["risk"] != ["none"]
        and classify_row(str(r["text"]), kb, SETTINGS)["risk"] not in list(r["risk"])  # type: ignore[call-overload]
    ]
    alarms = [
        r["text"]
        for r in rows
        if r["risk"] == ["none"] and classify_row(str(r["text"]), kb, SETTINGS)["risk"] != "none"
    ]
    assert (wrong, alarms) == ([], [])


@pytest.mark.parametrize(
    ("name", "misses_allowed", "alarms_allowed"),
    [
        ("risk-train8.jsonl", 0, 0),
        ("risk-train9.jsonl", 0, 0),
        ("risk-train10.jsonl", 0, 0),
        ("risk-train11.jsonl", 0, 0),
        ("risk-train12.jsonl", 0, 0),
        ("risk-train13.jsonl", 0, 0),
        ("risk-train14.jsonl", 0, 0),
        ("risk-train15.jsonl", 0, 0),
        ("risk-train16.jsonl", 0, 0),
        ("risk-train17.jsonl", 0, 0),
        ("risk-train18.jsonl", 0, 0),
        ("risk-train19.jsonl", 0, 0),
        ("risk-train20.jsonl", 0, 0),
        ("risk-train21.jsonl", 0, 1),
        ("risk-train22.jsonl", 0, 2),
        ("risk-train23.jsonl", 0, 0),
        ("risk-train24.jsonl", 0, 0),
        ("risk-train25.jsonl", 0, 0),
        ("risk-train26.jsonl", 0, 1),
        ("risk-train27.jsonl", 0, 0),
        ("risk-train28.jsonl", 0, 2),
        ("risk-train29.jsonl", 0, 0),
        ("risk-train30.jsonl", 0, 0),
        ("risk-train31.jsonl", 0, 0),
        ("risk-train32.jsonl", 0, 0),
        ("risk-train33.jsonl", 0, 1),
        ("risk-train34.jsonl", 0, 0),
        ("risk-train35.jsonl", 0, 1),
        ("risk-train36.jsonl", 0, 0),
        ("risk-train37.jsonl", 0, 0),
        ("risk-train38.jsonl", 0, 0),
        ("risk-train39.jsonl", 0, 0),
        ("risk-train40.jsonl", 0, 1),
        ("risk-train41.jsonl", 0, 0),
        ("risk-train42.jsonl", 0, 0),
        ("risk-train43.jsonl", 0, 2),
        ("risk-train44.jsonl", 0, 0),
        ("risk-train45.jsonl", 0, 1),
        ("risk-train46.jsonl", 0, 0),
        ("risk-train47.jsonl", 0, 0),
        ("risk-train48.jsonl", 0, 0),
        ("risk-train49.jsonl", 0, 0),
        ("risk-train50.jsonl", 1, 0),
        ("risk-train51.jsonl", 0, 0),
        ("risk-train52.jsonl", 1, 0),
        ("risk-train53.jsonl", 0, 0),
        ("risk-train54.jsonl", 0, 1),
        ("risk-train55.jsonl", 0, 0),
        ("risk-train56.jsonl", 0, 0),
        ("risk-train57.jsonl", 0, 0),
        ("risk-train58.jsonl", 0, 0),
        ("risk-train59.jsonl", 0, 0),
        ("risk-train60.jsonl", 0, 0),
        ("risk-train61.jsonl", 0, 0),
        ("risk-train62.jsonl", 0, 0),
        ("risk-train63.jsonl", 0, 0),
        ("risk-train64.jsonl", 0, 0),
        ("risk-train65.jsonl", 0, 0),
        ("risk-train66.jsonl", 0, 0),
        ("risk-train67.jsonl", 0, 0),
        ("risk-train68.jsonl", 0, 0),
        ("risk-train69.jsonl", 0, 0),
        ("risk-train70.jsonl", 0, 0),
        ("risk-train71.jsonl", 0, 0),
        ("risk-train72.jsonl", 0, 0),
        ("risk-train73.jsonl", 0, 0),
        ("risk-train74.jsonl", 0, 0),
        ("risk-train75.jsonl", 0, 0),
        ("risk-train76.jsonl", 0, 0),
        ("risk-train77.jsonl", 0, 0),
        ("risk-train78.jsonl", 0, 0),
        ("risk-train79.jsonl", 0, 0),
        ("risk-train80.jsonl", 0, 0),
        ("risk-train81.jsonl", 0, 0),
        ("risk-train86.jsonl", 0, 0),
        ("risk-train87.jsonl", 0, 0),
        ("risk-train88.jsonl", 0, 0),
        ("risk-train89.jsonl", 0, 0),
        ("risk-train90.jsonl", 0, 0),
        ("risk-train91.jsonl", 0, 0),
        ("risk-train92.jsonl", 0, 0),
        ("risk-train93.jsonl", 0, 0),
        ("risk-train94.jsonl", 0, 0),
        ("risk-train95.jsonl", 0, 0),
        ("risk-train96.jsonl", 0, 0),
        ("risk-train97.jsonl", 0, 0),
        ("risk-train98.jsonl", 0, 0),
        ("risk-train99.jsonl", 0, 0),
        ("risk-train100.jsonl", 0, 0),
        ("risk-train101.jsonl", 0, 0),
        ("risk-train102.jsonl", 0, 0),
        ("risk-train103.jsonl", 0, 0),
        ("risk-train104.jsonl", 0, 0),
        ("risk-train105.jsonl", 0, 0),
        ("risk-train106.jsonl", 0, 0),
        ("risk-train107.jsonl", 0, 0),
        ("risk-train108.jsonl", 0, 0),
        ("risk-train109.jsonl", 0, 0),
        ("risk-train110.jsonl", 0, 0),
        ("risk-train111.jsonl", 0, 0),
        ("risk-train112.jsonl", 0, 0),
        ("risk-train113.jsonl", 0, 0),
        ("risk-train114.jsonl", 0, 0),
        ("risk-train115.jsonl", 0, 0),
        ("risk-train116.jsonl", 0, 0),
        ("risk-train117.jsonl", 0, 0),
        ("risk-train118.jsonl", 0, 0),
        ("risk-train119.jsonl", 0, 0),
        ("risk-train120.jsonl", 4, 7),
        ("risk-train121.jsonl", 7, 11),
        ("risk-train122.jsonl", 3, 14),
    ],
)
def test_tuning_pools_every_crisis_caught_and_known_alarms_only(
    kb: Knowledge, name: str, misses_allowed: int, alarms_allowed: int
) -> None:
    """risk-train8 to -train20 (tuning pools of rounds 8-13): every crisis fires some risk (a
    few get another category than the writer's, e.g. not waking after pills is medical), and
    at most the known alarms fire: a joke about an exam ruined said as wanting to die (ko,
    zh), fires on purpose as in risk-dev2; a baby box asked about (whether it is legal fires
    on purpose); and a few of train11-13 left as they are (a breakup told as "죽을 것 같아요",
    a ball in the belly at school, an older woman's birth long ago followed by "要生了", a
    daughter who locked her door after a quarrel: behind a locked door there may be a crisis);
    train15's 23 are professionals quoting a client's or a student's words ("I want to die",
    "kms") in a question, which the first-person rules still answer: quoted words carry no
    quotation marks once a message is read, so the words alone cannot tell a quote. train16
    was tuned on in the last hour of round 10: 61 of its 220 crises were missed, 11 still are
    (the bar stops more from being lost). train17-20 (round 13: en, vi, zh, ko, quiet and
    reported crises and hard look-alikes) had 218 misses and 49 alarms before; train17 keeps
    two (a birth alone asked about after a novel, leaving a baby at a hospital asked about as
    the law): the guard that kept them calm reached back over the whole message and silenced
    real crises told before "she's not planning anything"; train18 keeps two: an English film
    title and a past told as over, both about a baby box. Round 14 learns the corpus at full
    weight (13 more held-out crises caught, see scripts/triage_corpus.py); round 15 learns
    train10-20 into the corpus as well (14 more of 625 held-out crises caught, 2 fewer alarms),
    so the net's own alarms on these pools are gone (a pool's message is an example now) and
    train16 misses none: what is left are the rules' alarms named above. train21 (round 16,
    not in the corpus) missed 15 of 195 crises and fired on 16 of 145 calm lines before its
    rules; it keeps ten alarms: jokes about wanting to die (ko, en, zh; on purpose), a baby
    box asked about (ko, zh), professionals asking how to teach or what happens on a
    disclosure, a drama's husband, "if my husband hits me, which number" asked for a friend.
    train22 (round 17, dialects and migrant voices, not in the corpus) missed 12 of 120 and
    fired on 15 of 88; it keeps eleven alarms of the same kinds (a law student's or a Sunday
    school teacher's question, a film about a baby box, a friend's "나 죽을 거 같아" over
    spicy food, a husband who took her phone because his screen broke). train23 (round 18,
    medical signs in lay words and coercion) missed 11 of 115 and fired on 10 of 81; it keeps
    five (a belly that tightened once and was checked, a fever with engorged breasts, a baby
    box asked about after the news, a counselor's procedure, a friend's past told as over).
    train24 (round 19, typos, long messages, lines sent one by one, third persons) missed 3 of
    112 and fired on 10 of 78; it keeps nine (an exam joke, updates that end "the doctors said
    she is fine", a labour planned ahead, a neighbour already in a shelter). train25-30 (round
    20, six writers: indirect wording, long mixed messages, short messy ones, third parties and
    time, English only, Vietnamese and Chinese only) missed 80 of 740 crises and fired on 56 of
    500 calm lines before; all are in the corpus since round 20 (as are train21-24), and they
    keep 50 rule alarms of the kinds above: professionals' and students' questions about signs,
    a baby box in the news, jokes and games ("죽여버린다 ㅋㅋ"), pasts told as over in a long
    message with a word of now in it, a hypothetical ("if her waters broke while I'm away").
    train31-35 (round 21: tone that misleads, voices and registers, bodies and babies, danger
    through phones and papers, English only) missed 51 of 630 and fired on 44 of 430 before;
    in the corpus since round 21, they keep 34 rule alarms of the same kinds. train36-39 (round
    22: after the birth, pressure and control, migrants in en/vi/zh, teens) missed 72 of 470
    and fired on 28 of 330 before; in the corpus since round 22, they keep 17 rule alarms of
    the same kinds (a baby box asked about, "사라지고 싶다 ㅋㅋ", a teaching case, a past told
    as over). Round 22's rules and its guards for a whole message asking how to explain the
    signs for teaching, or telling what a drama or the news showed, with no word of now, took
    eleven bars lower (train15 23 -> 22, train24 9 -> 6, ...). Since the check-ins of
    triage.toml (an exam joke with ㅋㅋ/lol/哈哈, a baby box asked about as a law or the news:
    answered with a check-in line, no alarm), 30 alarms fewer and eighteen bars lower (train9 2 ->
    0, ...). train40 (ko) and train41 (en/vi/zh), round 23, were written to test the
    check-ins: half crises behind a laugh or a baby-box question that is hers, half calm jokes and
    questions. Fresh, 35 of 193 crises were missed and 74 of 187 calm lines fired (7 crises were
    taken by the check-ins' word lists before the net's gate); in the corpus since round 23 and
    with its rules, none is missed and 65 calm jokes and questions fire,
    the check-ins' word lists not covering their causes (a game lost, a fart in a lift, a
    volunteer at a baby box). train42-44 (round 24: quiet crises in simple English, in
    Vietnamese and in Chinese, 90 crises and 60 calm lines each) missed 26 / 30 / 20 and fired on
    4 / 12 / 8 before their rules; with the rules 11 / 0 / 0 missed; learned into the corpus too,
    none, and the alarms left are the older rules' (a birth in a drama or a dream, a baby box
    asked about). train45-47 (round 25: fragments, replies mid-chat, rambles and dialect;
    crises told by someone else; en/vi/zh with Korean words) missed 9 / 11 / 18 and fired on
    7 / 12 / 16 before their rules; with the rules and learned into the corpus none is missed
    and 4 / 10 / 6 fire (a webtoon's baby box, a husband "killed" over tteokbokki, a birth
    alone three years ago, a volunteer at a baby box). Since the Korean baby-box check-in fits
    a Chinese or Vietnamese message whose only Korean is the name, six bars are lower.
    train48-49 (round 26: personas, two thirds of the crises quiet; ko and en/vi/zh) missed 9 /
    10 and fired on 18 / 9 before their rules; with them and learned into the corpus, none
    missed and 15 / 9 fire (professionals' and students' questions, a past over, a drama).
    train50-52 (round 27: fast teen slang, migrants' beginner Korean, relatives and coworkers
    in en/vi/zh) missed 14 / 10 / 15 and fired on 10 / 6 / 11 fresh; learned into the corpus
    with round 27's rules, one crisis is left in train50 (phone checks "or I'd die" with ㄹㅇ)
    and one in train52 (a baby in a subway locker asked "if": a Chinese guard of hypotheticals).
    train53-55 (round 28: a subject not lived, in ko and en/vi/zh, and everyday look-alikes)
    missed 8 / 8 / 5 and fired on 16 / 27 / 9 fresh (the net's calm check-in already took 8
    of train53's calm lines); with their rules and learned, none missed and 0 / 1 / 1 fire.
    Since round 28 a calm line the corpus holds is, as written, a check-in wherever a rule
    fires on it (`NET_CALM_FLOOR`), so the alarms left in these learned pools are the net's.
    train56 (120 crises that look calm, written to test the calm check-in at the end of round
    28: it took none) missed 22 fresh, 20 after two fixes (a net guard quiets only its own
    sentences; the media guard stops at 방금) and 8 with rules for its plainest families; not
    learned into the corpus yet; 4 calm lines fire.
    train57-59 (round 29: ko everyday first messages, ko long messages mixing a question with
    feelings, en/vi/zh from migrants) missed 6 / 8 / 9 and fired on 9 / 12 / 8 fresh; with
    their rules 0 / 0 / 0 and 0 / 1 / 6, learned into the corpus 0 / 0 / 0 and 0 / 0 / 0 (held
    out 66 -> 62 missed). train56 stays out of the corpus: learned, it cost held-out alarms
    for no crisis; its rules and the learning of train57-59 leave 7 of its crises missed,
    round 32's rules none (and none of its calm lines fire).
    train60-61 (round 30: ko typed fast with slang and dialect; en/vi/zh, calm-heavy), written
    after round 29 was learned, missed 4 / 6 and fired on 4 / 13 fresh; with their rules and
    learned, none either way. train62 (ko and en/vi/zh, the range of a month, written after
    round 29 to measure round 30) missed none and fired on 4 fresh; 3 after round 30, not
    learned. train63-65 (round 31: ko relationships and family conflict; ko the body, hospitals
    and the newborn; en/vi/zh feelings, each two thirds calm) missed 3 / 1 / 5 and fired on
    22 / 5 / 11 fresh; with their rules 0 / 0 / 0 and 9 / 2 / 0 (the net on relationship talk
    and swollen feet: calm examples for it, or learning these calm-heavy pools into the corpus,
    cost held-out crises, so neither was kept). train66 ("one night's inbox", ko and en/vi/zh,
    written while round 31 was under way to measure it) missed 3 and fired on 5 with round 31's
    Korean rules and after all of round 31; round 32 tuned on it: none either way, not
    learned (learned, it cost two held-out crises for one alarm). train67-68 (round 33: ko "first
    messages at night"; en/vi/zh from migrants and students in Korea) missed 10 / 18 and fired
    on 1 / 8 fresh; with round 33's rules and guards none either way, not learned into the
    corpus (learned, held out 60 / 94 -> 61 / 95). train69-75 (rounds 34-36: options questions,
    others writing and replies mid-chat, en/vi/zh on both, the medical/self_harm and
    violence/child_safety borders, formal adults, teen SNS slang) missed 4 / 3 / 8 / 4 / 0 / 6 /
    9 and fired on 8 / 10 / 12 / 18 / 15 / 6 / 6 fresh; train72 keeps one net alarm (a guard wide
    enough to quiet it would hide heavy bleeding), train73 two on purpose (a baby-box question
    with her own baby in it, ㅈㄱㅅㅇ before a minor's question). train76-77 (round 37: quiet
    crises, ko and en/vi/zh) missed 12 / 18 and fired on 11 / 10 fresh; train77 keeps one miss
    (a will "for my mom, soon": too close to calm estate questions). Round 38 (session 18)
    learns train62-77 into the corpus after all (held out 59 / 94 -> 55 / 94 with its rules and
    calm examples): their lines are examples now, so none of them misses or fires, and train55's
    last alarm went calm with them. train78-81 (round 39: ko one night's inbox, ko others
    writing, en/vi/zh migrants, ko the body and baby borders; fresh at round 38) missed 10 / 7 /
    12 / 7 and fired on 4 / 5 / 10 / 6; with round 39's rules and guards (two helpers, Korean and
    en/vi/zh) 0 missed and 0 / 0 / 2 / 0 fire (train80: vợ ơi typed without accents reads as vỡ
    ối; a positive test 'happy enough to faint' with 'I dare not tell my boyfriend yet' wakes the
    net), and learned into the corpus with them none either way. train86-93 (rounds 40-41,
    session 19; fresh 21 / 23 and 11 / 37 of 360 crises / 440 calm lines): 0 / 0 with their
    rounds' rules and guards, then learned. train94-97 (round 42, session 20; fresh 42 / 50 of
    365 / 445): the same, then learned; train98-101 (round 43; fresh 52 / 59 of 365 / 440): 0 / 0
    with their rules and guards, not learned. train102-105 (round 44, session 21; fresh 25 / 18
    of 365 / 445), train106-108 (round 45, calm-heavy: fresh 11 / 34 of 180 / 430) and
    train109-111 (round 46, calm-heavy: fresh 6 / 25 of 180 / 430): 0 / 0 with their rules and
    guards, not learned. train112-113 (long messages, ko and en/vi/zh, 175 quiet crises and 175
    calm look-alikes; written at the end of session 24): 4 / 11 and 3 / 15 as they landed, 0 / 0
    and 0 / 1 with round 47's rules and guards (one boyfriend who "just blocked me" reads as
    self-harm to the net). train114-117 (round 48, session 25: ko violence and self-harm, en,
    vi, zh; half of the crises quiet; fresh 43 / 45 of 300 / 300): 0 / 2 (ko: a joke about
    wanting to die over an exam, a letter of thanks before a wedding) and 0 / 0 with round 48's
    rules and guards, not learned. The net's near band (`NET_NEAR`, round 48: 4.0 to 4.5 with a
    word of now) fires on one calm line each of train101 (an allergy pill taken before she knew,
    "지금 5주래요"), train109 (the first heartbeat heard "오늘") and train115 (a joke threat
    "tonight" about the crib). train118-119 (round 49: ko, and en/vi/zh, every risk, written
    after the near band was chosen; fresh 5 / 15 of 155 / 155 with it, 7 / 15 without): 0 / 0
    with round 49's rules and guards, not learned. Round 50 (session 26) learns train98-119 into
    the corpus (with calm examples for what they woke), so none of their lines fires now.
    train120-122 (round 50: ko late at night, written around the thing; en/vi/zh from migrants;
    ko long stories and short fragments; 290 crises, 290 calm, written that day without the
    repository, the fresh check of the net's smoothing 0.2: 22 / 28 missed / fired at 0.3 before
    train98-119 were learned, 14 / 32 after both): no rules written for them yet, the counts as
    they landed. The bars are the counts as they are, so a new alarm fails."""
    missed, alarms = _missed_and_alarms(name, kb)
    assert len(missed) <= misses_allowed, missed
    assert len(alarms) <= alarms_allowed, alarms


def test_blind_sets_are_frozen():
    """The blind sets are as they were frozen: `BLIND-FROZEN` holds each file's SHA-256, so an
    edit (a line fixed, added or dropped to raise a score) fails here instead of going unseen."""
    frozen = (EVAL / "BLIND-FROZEN").read_text(encoding="utf-8").split("\n")
    entries = [line.split() for line in frozen if line.strip()]
    assert {name for _, name in entries} >= {"risk-blind2.jsonl", "topics-blind2.jsonl"}
    for digest, name in entries:
        assert hashlib.sha256((EVAL / name).read_bytes()).hexdigest() == digest, name

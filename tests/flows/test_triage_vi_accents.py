"""Vietnamese typed partly with accents and partly without: each part is read in its own form.

A calm sentence typed with accents beside a crisis typed in a hurry without them raised nothing:
the rules as written need the accents the crisis lacks, and the rules with accents dropped ran
only on a message with no accented letter at all. In the calm-wrapping probe (a tuned-on crisis
that fires alone, beside a calm line of its language), 298 of 2,430 Vietnamese pairs went
silent. Now the parts typed without accents (a clause with no accent, or five or more bare
words in a row) are also read by the rules with accents dropped, while the accented parts keep
exact matching: dropping their accents would read "sắt" (iron) as "sát" and "chết mất" (a figure
of speech) as something worse.
Every sentence below was written for these tests; none is copied from an evaluation set.
"""

from __future__ import annotations

import pytest

from flows import Risk, triage
from knowledge import Knowledge
from knowledge.lexicon import forms, plain, unaccented_words

M, S, V = Risk.MEDICAL, Risk.SELF_HARM, Risk.VIOLENCE

CALM = "Chị ơi cho em hỏi lịch khám thai tuần sau ạ."
CRISIS: list[tuple[str, Risk]] = [
    ("chong em say ruou ve danh em chay mau dau, em so lam", V),
    ("be nha e bi ngat tho, tim tai het roi, e phai lam sao", M),
    ("e muon tu tu cho xong, e het chiu noi roi", S),
]


@pytest.mark.parametrize(("crisis", "risk"), CRISIS)
def test_an_unaccented_crisis_beside_an_accented_calm_sentence_fires(
    kb: Knowledge, crisis: str, risk: Risk
) -> None:
    for text in (f"{CALM} {crisis}", f"{crisis}. {CALM}"):
        hit = triage(text, kb.lexicon)
        assert hit is not None and hit.risk == risk, text


@pytest.mark.parametrize(
    ("text", "risk"),
    [
        # The crisis carries one accented word (chảy); the sentence before it is accented.
        ("Cảm ơn chị đã trả lời em hôm qua. chong em say ruou ve danh em chảy mau nhieu lam", M),
        # No full stop between them: five bare words in a row are read without accents.
        ("Em đang ở nhà ga Seoul ạ em vua bo con trong thung rac o nha ga roi", M),
    ],
)
def test_an_unaccented_crisis_with_an_accented_word_or_no_full_stop_fires(
    kb: Knowledge, text: str, risk: Risk
) -> None:
    hit = triage(text, kb.lexicon)
    assert hit is not None and hit.risk == risk


@pytest.mark.parametrize(
    "text",
    [
        "Bầu 7 tháng có được bật quạt cả đêm không ạ? em cam on chi",
        "em cam on chi. Con em mới sinh, bé bú cả đêm không ạ?",
        "Nóng chết mất, bầu có được bật điều hòa cả đêm không ạ? chi oi em hoi them chut nha",
    ],
)
def test_accented_calm_parts_are_not_read_without_their_accents(kb: Knowledge, text: str) -> None:
    """Read without accents these calm sentences would fire; as typed, with accents, they do not,
    and an unaccented calm sentence beside them does not change that."""
    assert triage(plain(text), kb.lexicon) is not None
    assert triage(text, kb.lexicon) is None


@pytest.mark.parametrize(
    "text",
    [
        "em dang o nha mot minh, chong di lam roi. Con bé ngủ ngoan lắm ạ.",
        "Hôm nay em đi khám thai, mọi thứ ổn. me chong em noi em be khoe lam",
        "Em đang nấu cháo cho bé. em hoi chi chut, be 6 thang an duoc trung chua a",
    ],
)
def test_calm_mixed_messages_stay_quiet(kb: Knowledge, text: str) -> None:
    assert triage(text, kb.lexicon) is None


def bare_words(text: str) -> list[str]:
    return [word for word, bare in unaccented_words(text) if bare]


def test_unaccented_words_marks_the_parts_typed_without_accents() -> None:
    # A clause with no accent, and the bare words next to it ("lắm" ends the stretch).
    text = "Em vừa đi khám về, bé khỏe. chong e danh e, chay mau nhieu lắm"
    assert bare_words(text) == ["chong", "e", "danh", "e", "chay", "mau", "nhieu"]
    # A slip (one accented word with two bare words on each side) does not end a stretch.
    text = "Em cảm ơn chị ạ. ck say ruou ve danh e chảy mau nhieu lam"
    assert bare_words(text) == "ck say ruou ve danh e chảy mau nhieu lam".split()
    # An accented clause keeps its few bare words: danh sách is not đánh, "e muon" not a part.
    assert bare_words("Em gửi chị danh sách giấy tờ ạ") == []
    assert bare_words("Chị ơi cho em hỏi ạ, e muon chết") == []
    # Five bare words in a row are bare inside an accented clause; a number or a word of another
    # script is neither kind of word.
    text = "Hôm nay chị ơi em bi dau 3 ngay roi 병원 ở đâu ạ"
    assert bare_words(text) == ["em", "bi", "dau", "3", "ngay", "roi", "병원"]
    assert bare_words("Hôm nay chị ơi em bi dau 3 ngay 병원 ở đâu ạ") == []


def test_forms_keep_the_accented_parts_and_drop_the_accents_of_the_bare_ones() -> None:
    message = forms("Em cảm ơn chị. ck e đc ve nha roi, e so lam", plea=True)
    assert message.vi is not None and not message.vi.plain
    mixed = message.vi.unaccented
    assert mixed is not None
    # Shorthand spelled out, accents of the bare part dropped (được -> duoc), the rest as typed.
    assert mixed.spaced == " em cảm ơn chị chong em duoc ve nha roi em so lam "
    assert [mixed.compact[start:end] for start, end in mixed.bare] == [
        "chongemduocvenharoiemsolam"
    ]
    # A message all accented or all bare has no such form: it is read whole, as before.
    for text in ("Em cảm ơn chị nhiều lắm ạ", "em cam on chi nhieu"):
        vi = forms(text).vi
        assert vi is not None and vi.unaccented is None


def test_the_unaccented_form_keeps_where_sentences_end() -> None:
    """A guard kept to its sentence sees the sentence ends in the form without accents too."""
    for text in (
        "Em cảm ơn chị. ck e đc ve nha roi! e so lam",
        "Hôm qua em đi khám rồi.\nchong em say ruou. ve danh em",
        "Bé sốt 38.5 độ ạ? e lo qua",  # a decimal point ends no sentence
    ):
        vi = forms(text, plea=True).vi
        assert vi is not None and vi.unaccented is not None, text
        assert set(vi.unaccented.stops) == set(vi.stops) != set(), text


@pytest.mark.parametrize(
    "text",
    [
        "Chồng cũ từng đánh em, em ly hôn 3 năm rồi. chong moi dang danh em",
        "Chồng cũ từng đánh em, em ly hôn 3 năm rồi chong moi dang danh em",
    ],
)
def test_an_accented_guard_does_not_read_a_part_typed_without_accents(
    kb: Knowledge, text: str
) -> None:
    """The ex-husband's beatings told as over guard the accented words they are said in; the new
    husband hitting her now, typed in a hurry without accents, still fires (both went silent: the
    accented guard ran on over the bare part, where its "not the new husband" (chồng mới) could
    not read "chong moi")."""
    hit = triage(text, kb.lexicon)
    assert hit is not None and hit.risk == V
    # told with accents throughout, or as over, as before
    assert triage(text.replace("chong moi dang danh em", "Chồng mới đang đánh em"), kb.lexicon)
    assert triage("Chồng cũ từng đánh em, em ly hôn 3 năm rồi, giờ em ổn.", kb.lexicon) is None


# With accents dropped, a rule's few letters can sit inside longer words: "ói ra máu" (vomits
# blood) reads "oiramau", found in "hỏi ra máu" (asks about bleeding) typed "hoi ra mau"; "hăm
# báo" (threatens to report) in "khám bảo" (the doctor examined and said). Triggers without
# accents count only from a word start. Each pair: the look-alike, then the same words said so.
INSIDE_A_WORD: list[tuple[str, str, Risk]] = [
    (
        "cho minh hoi ra mau luc mang thai the nao la nguy hiem, de biet truoc thoi",
        "minh oi ra mau nhieu lam, choang vang het roi",
        M,
    ),
    (
        "chi di kham bao be phat trien tot roi, chi hoi an gi cho be tang can",
        "ck ham bao cong an bat em neu em bo ve nha me",
        V,
    ),
]


@pytest.mark.parametrize(("calm", "crisis", "risk"), INSIDE_A_WORD)
def test_a_rule_without_accents_matches_from_a_word_start(
    kb: Knowledge, calm: str, crisis: str, risk: Risk
) -> None:
    """In a message typed without accents, and in such a part beside an accented sentence."""
    for text in (calm, f"{CALM} {calm}"):
        assert triage(text, kb.lexicon) is None, text
    for text in (crisis, f"{CALM} {crisis}"):
        hit = triage(text, kb.lexicon)
        assert hit is not None and hit.risk == risk and not hit.check_in, text

"""Redaction: identifiers become placeholders before anything is stored, logged or reported."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from flows.redact import mask, redact
from knowledge.normalize import clean


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("주민번호 030405-4123456 이에요", "주민번호 [주민번호] 이에요"),
        ("0304054123456", "[주민번호]"),
        ("010-2345-6789로 연락주세요", "[전화번호]로 연락주세요"),
        ("01023456789", "[전화번호]"),
        ("010 2345 6789", "[전화번호]"),
        ("010.2345.6789", "[전화번호]"),
        ("+82 10-2345-6789", "[전화번호]"),
        ("+82 10 2345 6789", "[전화번호]"),
        ("02-123-4567", "[전화번호]"),
        ("031-123-4567", "[전화번호]"),
        ("０１０－２３４５－６７８９", "[전화번호]"),
        ("haneul.kim@example.com", "[이메일]"),
        ("haneul.kim 골뱅이 example.com", "[이메일]"),
        ("haneul(at)example.co.kr", "[이메일]"),
        ("1234 5678 9012 3456", "[카드번호]"),
        ("1234-5678-9012-3456", "[카드번호]"),
        ("110-123-456789", "[계좌번호]"),
        ("계좌 110123456789", "계좌 [번호]"),
        ("서울시 마포구 월드컵로 123", "서울시 마포구 [주소]"),
        ("101동 202호", "[주소]"),
        ("망원동 123-4에 살아요", "[주소]에 살아요"),
        ("제 이름은 김하늘이에요", "제 이름은 [이름]"),
        ("내 이름은 하늘", "내 이름은 [이름]"),
        ("이름: 김하늘", "이름: [이름]"),
        ("저는 김하늘입니다", "저는 [이름]입니다"),
        ("전 하늘이라고 해요", "전 [이름]라고 해요"),
        ("My name is Haneul and I need help", "My name is [name] and I need help"),
        ("제 이름은 Haneul Kim 이에요", "제 이름은 [이름] 이에요"),
        ("my name is Haneul Kim", "my name is [name]"),
        ("Call me Sky please", "Call me [name] please"),
    ],
)
def test_identifiers_become_placeholders(text: str, expected: str):
    """Each Korean identifier format is replaced by its placeholder."""
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "1308에 전화해도 돼요?",
        "119 불러야 하나요",
        "임신 12주인데 병원비가 얼마예요",
        "지원금 200만원 받을 수 있나요",
        "아기 이름을 짓고 싶어요",
        "진통제 먹어도 돼요?",
        "보호출산제가 뭐예요",
    ],
)
def test_ordinary_questions_are_left_alone(text: str):
    """Help-line numbers, weeks, amounts and ordinary words stay readable for admins."""
    assert redact(text) == text


def test_mask_keeps_the_layout_of_a_log_line():
    """`mask` does not collapse newlines or spaces; `redact` does."""
    text = "line one  010-2345-6789\n  line two"
    assert mask(text) == "line one  [전화번호]\n  line two"
    assert redact(text) == "line one [전화번호] line two"


_digits = st.text(alphabet="0123456789", min_size=4, max_size=4)


@given(middle=_digits, last=_digits, sep=st.sampled_from(["-", " ", ".", ""]))
def test_any_mobile_number_is_masked(middle: str, last: str, sep: str):
    """Every 010 number in any common separator style is masked inside a sentence."""
    number = f"010{sep}{middle}{sep}{last}"
    out = redact(f"제 번호는 {number} 이에요")
    assert number not in out
    assert "[전화번호]" in out or "[번호]" in out


@given(st.text(max_size=200))
def test_redaction_is_idempotent(text: str):
    """Redacting twice changes nothing more than redacting once."""
    once = redact(text)
    assert redact(once) == once


@given(
    year=st.integers(0, 99),
    month=st.integers(1, 12),
    day=st.integers(1, 28),
    gender=st.integers(1, 8),
    rest=st.integers(0, 99999),
)
def test_any_resident_number_is_masked(year: int, month: int, day: int, gender: int, rest: int):
    """Every well-formed 주민등록번호, with or without the hyphen, is masked."""
    number = f"{year:02d}{month:02d}{day:02d}-{gender}{rest:05d}0"
    for form in (number, number.replace("-", "")):
        assert redact(f"주민번호는 {form}") == "주민번호는 [주민번호]"


# ---------------------------------------------------------------- issue 16: evasive forms

_DASHES = ["-", "ㅡ", "‐", "‑", "‒", "–", "—", "―", "−", "ー", "ｰ", "－", "~", "_", "/", ".", "·"]
HELP_LINES = ["1308", "119", "112", "129", "1366", "1388", "1577-1366", "1577-0199", "1551-1099",
              "1577-4206"]  # fmt: skip
_FULL = str.maketrans("0123456789", "０１２３４５６７８９")


@pytest.mark.parametrize(
    "text",
    [
        "010ㅡ9876ㅡ5432",
        "010 - 9876 - 5432",
        "010/9876/5432",
        "010 9876 5432",
        "010.9876.5432",
        "010 ㅡ 9876 ㅡ 5432",
        "０１０ー９８７６ー５４３２",
        "(010) 9876-5432",
        "+82 (0)10 9876 5432",
        "+82-10-9876-5432",
        "010💕9876💕5432",
        "공일공 구팔칠육 오사삼이",
    ],
)
def test_issue_16_phone_look_alikes_are_masked(text: str):
    """Phones written with hyphen look-alikes, spaces, slashes or spelled out are masked."""
    out = redact(f"제 번호 {text} 이에요")
    assert "9876" not in out and "5432" not in out and "구팔칠육" not in out
    assert "[전화번호]" in out


@given(
    prefix=st.sampled_from(["010", "011", "016", "019", "02", "031", "+82 10", "+8210", "82-10"]),
    middle=st.text(alphabet="0123456789", min_size=4, max_size=4),
    last=st.text(alphabet="0123456789", min_size=4, max_size=4),
    dash=st.sampled_from(_DASHES),
    left=st.sampled_from(["", " "]),
    right=st.sampled_from(["", " "]),
    full_width=st.booleans(),
    around=st.sampled_from(
        [("제 번호는 ", " 이에요"), ("", "로 연락주세요"), ("번호:", ""), ("", "")]
    ),
)
def test_issue_16_any_phone_variant_is_masked(
    prefix: str,
    middle: str,
    last: str,
    dash: str,
    left: str,
    right: str,
    full_width: bool,
    around: tuple[str, str],
):
    """Every generated phone form (look-alike dashes, spacing, full width) leaves no group."""
    sep = f"{left}{dash}{right}"
    number = f"{prefix}{sep}{middle}{sep}{last}"
    if full_width:
        number = number.translate(_FULL)
    text = f"{around[0]}{number}{around[1]}"
    for out in (redact(text), mask(text)):
        digits = "".join(ch for ch in clean(out) if ch.isdigit())
        assert middle not in digits and last not in digits, (text, out)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("카톡 아이디 minji_kakao77", "카톡 아이디 [아이디]"),
        ("카톡아이디: minji77 이에요", "카톡아이디: [아이디] 이에요"),
        ("카카오톡 ID는 haneul_0505이에요", "카카오톡 ID는 [아이디]이에요"),
        ("인스타 minji.kim_ 팔로우해요", "인스타 [아이디] 팔로우해요"),
        ("텔레 @minji_tg", "텔레 [아이디]"),
        ("@minji_handle 로 연락 주세요", "[아이디] 로 연락 주세요"),
        ("아이디는 sky_blue", "아이디는 [아이디]"),
        ("t.me/minji_x 로 와요", "[아이디] 로 와요"),
        ("minji@naver 로 보내요", "[이메일] 로 보내요"),
    ],
)
def test_issue_16_messenger_handles_are_masked(text: str, expected: str):
    """A handle after 카톡/텔레/인스타/아이디/ID, a leading @handle or a profile link is masked."""
    assert redact(text) == expected


_LEADS = ["카톡", "카카오", "카카오톡", "텔레", "텔레그램", "인스타", "인스타그램", "아이디",
          "ID", "id", "라인", "페북", "카톡 아이디", "카톡 ID", "텔레그램 아이디"]  # fmt: skip
_handles = st.builds(
    lambda first, rest: first + rest,
    st.sampled_from("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"),
    st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789._", min_size=2, max_size=20),
)


@given(
    lead=st.sampled_from(_LEADS),
    gap=st.sampled_from(["", " ", ": ", " : ", ":", "는 ", "은 ", " = "]),
    handle=_handles,
    at=st.booleans(),
    tail=st.sampled_from(["", " 이에요", "이에요", "로 연락주세요", " 추가해 주세요"]),
)
def test_issue_16_any_handle_variant_is_masked(
    lead: str, gap: str, handle: str, at: bool, tail: str
):
    """Every generated '<messenger> <handle>' form, with or without @ and colons, is masked."""
    handle = f"@{handle}" if at else handle
    if lead[-1].isascii() and not gap and not at:
        gap = " "  # "IDminji" is one word: no reader could split it either
    out = redact(f"제 {lead}{gap}{handle}{tail}")
    assert handle.lstrip("@") not in out, out
    assert "[아이디]" in out or "[이메일]" in out  # ID@minji reads as an address


@given(handle=_handles, tail=st.sampled_from(["", " 로 연락", "에게 물어봐요"]))
def test_issue_16_a_leading_at_handle_is_masked(handle: str, tail: str):
    """'@handle' on its own is masked wherever it stands."""
    out = redact(f"저 @{handle}{tail}")
    assert handle not in out
    assert "[아이디]" in out or "[이메일]" in out  # 저 @minji.kim reads as an address


@pytest.mark.parametrize(
    "text",
    [
        "1577-1366 다누리콜센터 번호 맞아요?",
        "1308, 119, 1366 중에 어디로 전화해요",
        "1308 119 1366 다 안 받아요",
        "1577-0199 정신건강 상담",
        "예정일이 2025-03-05 이에요",
        "마지막 생리가 2024.11.20 였어요",
        "15/03/2025 에 병원 가요",
        "임신 12주 3일이에요",
        "저 17살이에요",
        "병원비 15000000원 나왔어요",
        "10,000,000원 대출",
        "200만 원 지원",
        "카톡으로 연락해도 돼요?",
        "인스타 보고 왔어요",
        "I lost my ID card",
    ],
)
def test_issue_16_ordinary_numbers_and_words_stay_readable(text: str):
    """Help lines, dates, weeks, ages, amounts and plain mentions of a messenger are kept."""
    assert redact(text) == text


@given(
    weeks=st.integers(1, 42),
    age=st.integers(10, 59),
    amount=st.integers(1, 10**9),
    date=st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2099, 12, 31)),
    date_sep=st.sampled_from(["-", ".", "/", ". "]),
    line=st.sampled_from(HELP_LINES),
)
def test_issue_16_generated_ordinary_numbers_stay_readable(
    weeks: int, age: int, amount: int, date: dt.date, date_sep: str, line: str
):
    """Weeks, ages, amounts (with or without commas), dates and help lines are never masked."""
    when = date_sep.join((f"{date.year}", f"{date.month:02d}", f"{date.day:02d}"))
    for text in (
        f"임신 {weeks}주, {age}살이에요",
        f"{amount:,}원 필요해요",
        f"{amount}원이요",
        f"{amount // 10000 or 1}만 원",
        f"예정일 {when}",
        f"{line}에 전화했어요",
    ):
        assert redact(text) == text


_PIECES = ["0", "1", "5", "9", "-", "ㅡ", " ", "/", ".", "@", "a", "minji", "카톡", "아이디", "ID",
           ":", "는 ", "공", "일", "이", "원", "만", "2024", "1577", "t.me/", "[", "]", "_", "+82",
           "(0)"]  # fmt: skip


@given(st.lists(st.sampled_from(_PIECES), max_size=25).map("".join))
def test_issue_16_redaction_of_mixed_pieces_is_idempotent(text: str):
    """Phones, handles, dates and placeholders mixed together: a second pass changes nothing."""
    once = redact(text)
    assert redact(once) == once


@pytest.mark.parametrize("unit", ["가", "a", "1", "1동", "a.", "공일공", "0💕", "ID ", "@a"])
def test_issue_16_redaction_stays_fast_on_long_runs(unit: str):
    """A 4,000-character run of one pattern is redacted in milliseconds, not a second."""
    text = (unit * 4000)[:4000]
    best = min(_timed(redact, text) for _ in range(3))
    assert best < 0.25, f"{best:.3f} s"


def _timed(func: Callable[[str], str], text: str) -> float:
    start = time.thread_time()  # CPU time: a loaded machine does not count
    func(text)
    return time.thread_time() - start

"""Redaction: identifiers become placeholders before anything is stored, logged or reported."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from flows.redact import mask, redact


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

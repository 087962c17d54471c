"""Each rule of `gyeot knowledge check` fails on a breach planted in a copy of the knowledge."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from knowledge import DEFAULT_PATH, load_knowledge
from knowledge.check import MISSING_LANGUAGE_LEVEL, Problem, check, first_sentence

TODAY = dt.date(2026, 12, 2)


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """An editable copy of the shipped knowledge files."""
    root = tmp_path / "data"
    shutil.copytree(DEFAULT_PATH, root)
    return root


def errors(root: Path, *, missing_language: str = MISSING_LANGUAGE_LEVEL) -> list[str]:
    """Load `root` and return the check's errors as strings."""
    problems = check(load_knowledge(root), today=TODAY, missing_language=missing_language)
    return [str(p) for p in problems if p.level == "error"]


def plant(path: Path, lang: str, field: str, line: str) -> None:
    """Insert `line` as the first line of `field` in the `[lang]` table of a topic file."""
    text = path.read_text(encoding="utf-8")
    table = text.index(f"\n[{lang}]\n")
    start = text.index(f'{field} = """\n', table) + len(f'{field} = """\n')
    path.write_text(text[:start] + line + "\n" + text[start:], encoding="utf-8")


def replace(path: Path, old: str, new: str) -> None:
    """Replace the one occurrence of `old` in `path`."""
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_the_copy_passes_before_anything_is_planted(data: Path):
    """The shipped knowledge has no errors, so each breach below is what makes check fail."""
    assert errors(data) == []


@pytest.mark.parametrize(
    ("lang", "line", "word"),
    [
        ("ko", "아기를 낳은 뒤에 받을 수 있는 도움이에요.", "아기"),
        ("ko", "입양 절차를 알려 드릴게요.", "입양"),
        ("ko", "진료비 지원은 이렇게 받아요.", "진료비"),
        ("en", "Your baby can be registered online.", "baby"),
        ("en", "Pregnancy care is paid by a voucher.", "pregnan"),
        ("vi", "Khi mang thai, bạn có thể được giúp.", "thai"),
        ("zh", "怀孕期间可以得到帮助。", "孕"),
    ],
)
def test_a_telling_first_sentence_fails(data: Path, lang: str, line: str, word: str):
    """An answer whose first sentence (the lock-screen preview) names a telling word fails."""
    plant(data / "topics" / "protected_birth.toml", lang, "answer", line)
    found = errors(data)
    assert any(f"{lang}.answer: the first sentence" in e and word in e for e in found), found


def test_telling_words_later_in_the_answer_are_fine(data: Path):
    """Only the first sentence counts: the shipped answers name 아기 further down."""
    kb = load_knowledge(data)
    assert "아기" in kb.topics["protected_birth"].ko.answer
    assert "아기" not in first_sentence(kb.topics["protected_birth"].ko.answer)


def test_first_sentence_stops_at_the_first_full_stop_or_line():
    """The preview's sentence ends at . ? ! (or their CJK forms) or at the end of the line."""
    assert first_sentence("괜찮아요. 아기 이야기") == "괜찮아요."
    assert first_sentence("Hello there\nbaby") == "Hello there"
    assert first_sentence("你好。孩子") == "你好。"
    assert first_sentence("1.5 million won. Baby") == "1.5 million won."


@pytest.mark.parametrize(
    ("topic", "lang", "line"),
    [
        ("protected_birth", "ko", "익명으로 출산할 수 있어요."),
        ("adoption", "ko", "보호출산을 하면 익명으로 낳을 수 있어요."),
        ("adoption", "en", "Protected birth is an anonymous birth."),
        ("protected_birth", "zh", "这是匿名分娩。"),
        ("protected_birth", "vi", "Bạn có thể sinh con ẩn danh."),
        ("adoption", "vi", "Sinh con được bảo hộ là sinh con ẩn danh."),
    ],
)
def test_anonymous_protected_birth_fails(data: Path, topic: str, lang: str, line: str):
    """Calling protected birth anonymous fails: the law gives a pseudonym."""
    plant(data / "topics" / f"{topic}.toml", lang, "more", line)
    assert any("protected birth is not anonymous" in e for e in errors(data))


def test_anonymous_chat_outside_protected_birth_is_fine(data: Path):
    """Saying she may chat anonymously is not a claim about protected birth."""
    plant(data / "topics" / "confidentiality.toml", "ko", "more", "익명으로 이야기해도 돼요.")
    assert errors(data) == []


@pytest.mark.parametrize(
    ("lang", "line"),
    [("ko", "• 청소년이라면 1388에 전화하세요."), ("en", "• Young people can call 1388.")],
)
def test_1388_without_the_area_code_fails(data: Path, lang: str, line: str):
    """1388 named without saying a mobile phone needs the area code fails."""
    plant(data / "topics" / "birth_registration.toml", lang, "more", line)
    assert any(f"{lang}.more: names 1388" in e for e in errors(data))


def test_1388_without_the_area_code_fails_in_a_ui_string(data: Path):
    """The rule covers the UI catalogs too."""
    replace(data / "ui" / "ko.toml", 'menu = "처음으로"', 'menu = "처음으로 (1388)"')
    assert any("common.menu: names 1388" in e for e in errors(data))


def test_an_unknown_phone_number_fails(data: Path):
    """A number that is not in phones.toml fails, in a topic and in a UI string."""
    plant(data / "topics" / "shelter.toml", "ko", "answer", "• 1234-5678로 전화하세요.")
    replace(data / "ui" / "en.toml", 'menu = "Main menu"', 'menu = "Call 1599-0000"')
    found = errors(data)
    assert any("number 1234-5678 is not in phones.toml" in e for e in found)
    assert any("number 1599-0000 is not in phones.toml" in e for e in found)


def test_erase_without_its_48_hours_fails(data: Path):
    """A topic naming /erase must say it deletes only messages of the last 48 hours."""
    plant(data / "topics" / "counseling.toml", "en", "more", "• Send /erase to delete this chat.")
    assert any("en.more: names /erase" in e for e in errors(data))


def test_a_welcome_with_its_own_promises_fails(data: Path):
    """start.welcome must carry {privacy}, the sentences generated from [privacy]."""
    replace(
        data / "ui" / "ko.toml",
        "\n{privacy}\n\n사람과",
        "\n• 대화 내용은 저장하지 않아요.\n\n사람과",
    )
    assert any("ko.toml: start.welcome: must carry {privacy}" in e for e in errors(data))


def test_a_confidentiality_answer_with_its_own_promises_fails(data: Path):
    """The confidentiality answer must carry {privacy} too."""
    path = data / "topics" / "confidentiality.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace("{privacy}", "• 곁은 아무것도 저장하지 않아요.", 1), encoding="utf-8"
    )
    assert any("ko.answer: must carry {privacy}" in e for e in errors(data))


def _drop_table(path: Path, lang: str, following: str) -> None:
    text = path.read_text(encoding="utf-8")
    start = text.index(f"\n[{lang}]\n")
    end = text.index(f"\n[{following}]\n", start)
    path.write_text(text[:start] + text[end:], encoding="utf-8")


def test_a_missing_language_fails_when_the_flag_is_on(data: Path):
    """With the flag on, a topic or UI string missing in vi or zh is an error."""
    _drop_table(data / "topics" / "protected_birth.toml", "vi", "zh")
    replace(data / "ui" / "ko.toml", 'menu = "처음으로"', 'menu = "처음으로"\nnew_key = "새 문구"')
    replace(data / "ui" / "en.toml", 'menu = "Main menu"', 'menu = "Main menu"\nnew_key = "New"')
    found = errors(data, missing_language="error")
    assert any("protected_birth.toml: vi: topic not written" in e for e in found), found
    assert any("vi.toml: common.new_key: missing" in e for e in found)
    assert any("zh.toml: common.new_key: missing" in e for e in found)


def test_a_missing_language_is_a_warning_until_the_flag_is_switched(data: Path):
    """While MISSING_LANGUAGE_LEVEL is "warning", the same gap warns and does not fail."""
    _drop_table(data / "topics" / "protected_birth.toml", "vi", "zh")
    problems = check(load_knowledge(data), today=TODAY, missing_language="warning")
    gap = [p for p in problems if "vi: topic not written" in p.message]
    assert [p.level for p in gap] == ["warning"]


def test_problem_names_the_file_and_the_field():
    """A finding reads LEVEL file: field: message."""
    assert str(Problem("error", "x.toml", "ko.answer: bad")) == "ERROR x.toml: ko.answer: bad"


def test_a_kakao_label_over_14_characters_fails(data: Path):
    """A KakaoTalk quick-reply label longer than 14 characters is an error, in any language."""
    replace(data / "ui" / "en.toml", 'check = "Check replies"', 'check = "Check my replies now"')
    assert any("kakao.check: 20 characters" in e for e in errors(data))

"""Fuzz the parsers of typed input: the terminal line parser and Telegram's command parser."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from bot.terminal import parse_line
from bot.tg.updates import parse_command
from flows import Button, Command, Press, Text
from tests.fuzz.gen import FUZZ

labels = st.one_of(
    st.sampled_from(["처음으로", "상담사와 이야기하기", "✓ 주거", "1", "/menu"]),
    st.text(max_size=12),
)
buttons = st.lists(st.builds(Button, st.text(min_size=1, max_size=10), labels), max_size=12).map(
    tuple
)
lines = st.one_of(
    st.text(max_size=80),
    st.from_regex(r"/[A-Za-z0-9_@ ]{0,70}", fullmatch=True),
    st.integers(min_value=-5, max_value=50).map(str),
    st.sampled_from(["¹", "²³", "①", "٣", "１", "߁"]),  # digits int() may or may not read
    labels,
)
COMMAND_NAME = re.compile(r"[a-z0-9_]{1,32}")


@FUZZ
@given(line=lines, shown=buttons)
def test_terminal_line_always_becomes_one_event(line: str, shown: tuple[Button, ...]) -> None:
    """Any line becomes a command, a press of a shown button (or an out-of-range number), or
    the text itself."""
    event = parse_line(line, shown)
    if isinstance(event, Command):
        assert line.strip().startswith("/")
        assert event.name == event.name.lower()
        assert len(event.name) <= 64
    elif isinstance(event, Press):
        ids = {b.id for b in shown}
        assert event.button_id in ids or re.fullmatch(r"#\d+", event.button_id), event
    else:
        assert event == Text(line)


@FUZZ
@given(shown=buttons.filter(bool), data=st.data())
def test_typing_a_label_presses_that_button(
    shown: tuple[Button, ...], data: st.DataObject
) -> None:
    """Typing a shown label (not a number or a command) presses the first button with it."""
    button = data.draw(st.sampled_from(shown))
    label = button.label.removeprefix("✓ ")
    if not label.strip() or label != label.strip() or label.isdigit() or label.startswith("/"):
        return
    event = parse_line(label, shown)
    first = next(b for b in shown if b.label.removeprefix("✓ ") == label)
    assert event == Press(first.id)


@FUZZ
@given(text=lines)
def test_telegram_command_parser_never_raises(text: str) -> None:
    """parse_command returns None or a lower-case command of 1-32 letters, digits, _."""
    command = parse_command(text)
    if command is not None:
        assert COMMAND_NAME.fullmatch(command.name), command
        assert text.strip().startswith("/")


def test_issue_7_a_superscript_digit_is_text_not_a_crash() -> None:
    """'¹' passes str.isdigit but not int(): it is sent as text, not a crash of the chat."""
    assert parse_line("¹", (Button("menu", "처음으로"),)) == Text("¹")

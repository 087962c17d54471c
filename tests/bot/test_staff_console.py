"""`gyeot staff` beside `gyeot chat` on one database, and `gyeot report cases`."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from bot.app import open_runtime
from bot.config import Settings
from bot.staff import Chats, MailBoard, build_staff
from bot.staff_console import CONSOLE_CHAT, StaffConsole, her_terminal, running
from flows.counsel import TERMINAL, Actor
from storage import SqliteStore
from tests.bot.test_cli import run


def _settings(tmp_path: Path) -> Settings:
    return Settings.model_validate({"storage": {"path": str(tmp_path / "var" / "gyeot.db")}})


async def test_chat_and_console_in_one_process_talk_both_ways(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Her chat and a counselor console share the file: alert, claim, both directions."""
    monkeypatch.setenv("GYEOT_SECRET_KEY", "console-test-secret-0123456789abcdef")
    settings = _settings(tmp_path)
    her_out, staff_out = io.StringIO(), io.StringIO()
    async with open_runtime(settings) as her_rt, open_runtime(settings) as staff_rt:
        key = her_rt.keyring.user_key("terminal", "local")
        store = staff_rt.store
        assert isinstance(store, SqliteStore)
        board = MailBoard(store, staff_rt.conversation.clock)
        staff = build_staff(settings, staff_rt.kb, store, board=board, chats=Chats(CONSOLE_CHAT))
        console = StaffConsole(staff, store, Actor(0, TERMINAL, "콘솔"), staff_out)
        async with her_terminal(her_rt, key) as chat, running(staff):
            chat.out = her_out
            await console.open()
            await chat.say("/counselor")
            await console.say("/wait 1.5")
            assert "📣 🟡 상담 요청 · 상담-" in staff_out.getvalue()
            await console.say("/claim")
            await console.say("안녕하세요, 상담사예요.")
            await chat.check_mail()
            await chat.say("도와주세요")
            await console.say("/wait 0.5")
    her_text, staff_text = her_out.getvalue(), staff_out.getvalue()
    assert "상담사가 연결됐어요." in her_text
    assert "곁 › 상담사: 안녕하세요, 상담사예요." in her_text
    assert "] 도와주세요" in staff_text
    assert key not in staff_text


def test_the_three_commands_work_together(tmp_path: Path) -> None:
    """chat asks, staff claims and answers, chat shows the answer; the report has no ids."""
    config = tmp_path / "config.toml"
    config.write_text(f'[storage]\npath = "{tmp_path / "var" / "gyeot.db"}"\n', encoding="utf-8")
    asked = run(["chat"], stdin="/counselor\n", config=config)
    assert asked.returncode == 0, asked.stderr
    staffed = run(["staff", "--echo"], stdin="/claim\n괜찮아요, 여기 있어요.\n", config=config)
    assert staffed.returncode == 0, staffed.stderr
    assert "맡았어요: 상담-" in staffed.stdout
    again = run(["chat"], stdin="", config=config)
    assert "상담사: 괜찮아요, 여기 있어요." in again.stdout
    report = run(["report", "cases"], config=config)
    assert report.returncode == 0, report.stderr
    assert "report cases: 1 case(s) opened" in report.stdout
    assert "with a counselor" in report.stdout
    assert "상담-" not in report.stdout


def test_staff_refuses_an_id_that_is_not_a_counselor(tmp_path: Path) -> None:
    """`gyeot staff --counselor` must name an id from [staff] counselors."""
    config = tmp_path / "config.toml"
    config.write_text(
        f'[storage]\npath = "{tmp_path / "gyeot.db"}"\n[staff]\ncounselors = [7]\n',
        encoding="utf-8",
    )
    result = run(["staff", "--counselor", "8"], config=config)
    assert result.returncode == 1
    assert "[staff] counselors" in result.stderr

"""The `gyeot` command's contracts, exercised by subprocess like an operator would."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from bot.config import knowledge_cache
from knowledge import DEFAULT_PATH

GYEOT = str(Path(sys.executable).parent / "gyeot")
SECRET = "test-secret-key-0123456789abcdef-0123456789"


def run(args, *, stdin="", config=None, env_extra=None, timeout=60):
    env = {k: v for k, v in os.environ.items() if not k.startswith("GYEOT_")}
    env["GYEOT_SECRET_KEY"] = SECRET
    env.update(env_extra or {})
    cmd = [GYEOT, *(["--config", str(config)] if config else []), *args]
    return subprocess.run(
        cmd, input=stdin, capture_output=True, text=True, timeout=timeout, env=env, check=False
    )


@pytest.fixture
def config(tmp_path: Path) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(f'[storage]\npath = "{tmp_path / "var" / "gyeot.db"}"\n', encoding="utf-8")
    return path


def test_chat_script_reaches_protected_birth_in_korean(config: Path):
    """A scripted chat: the menu, then 보호출산제 step 1, in Korean."""
    result = run(["chat"], stdin="보호출산제 알려주세요\n", config=config)
    assert result.returncode == 0, result.stderr
    assert "보호출산" in result.stdout
    assert "[1]" in result.stdout


def test_chat_buttons_by_number_and_label(config: Path):
    """A button is chosen by its number or by its label."""
    result = run(["chat"], stdin="/menu\n3\n", config=config)
    assert "(1/8)" in result.stdout, result.stdout[-2000:]


def test_chat_resumes_after_restart(config: Path):
    """Killing the chat mid-intake and starting again shows the question she was on."""
    first = run(["chat"], stdin="/menu\n1\n1\n", config=config)
    assert first.returncode == 0, first.stderr
    second = run(["chat"], stdin="", config=config)
    age_question = second.stdout.strip().splitlines()
    assert any("14" in line for line in age_question), second.stdout


def test_chat_out_of_range_number_is_kind(config: Path):
    """A button number that does not exist is answered kindly, not with a crash."""
    result = run(["chat"], stdin="/menu\n99\n\n" + "가" * 10000 + "\n", config=config)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr


def test_classify_contract(config: Path):
    """classify writes one JSON object per input line, in order, with the contract keys."""
    lines = ["보호출산 제도 알려주세요", "죽고 싶어요", "영화 추천해줘", ""]
    result = run(["classify"], stdin="\n".join(lines) + "\n", config=config)
    assert result.returncode == 0, result.stderr
    rows = [json.loads(x) for x in result.stdout.splitlines()]
    assert [r["text"] for r in rows] == lines
    assert rows[0]["topic"] == "protected_birth"
    assert rows[1]["risk"] == "self_harm"
    assert rows[2]["topic"] is None
    assert all(set(r) == {"text", "topic", "score", "risk", "suggestions"} for r in rows)
    assert all(0 <= r["score"] <= 100 for r in rows)
    assert rows[0]["suggestions"] == []  # answered outright: nothing offered instead
    assert all(isinstance(r["suggestions"], list) for r in rows)


def test_classify_reports_a_check_in_as_no_alarm(config: Path):
    """A joke about an exam is answered with a check-in line, not an alarm: risk "none"; the
    same joke with a method in it is an alarm (the contract's keys are unchanged)."""
    lines = [
        "기말 망해서 죽고싶다ㅋㅋ 근데 입덧은 언제 끝나요",
        "기말 망해서 죽고싶다ㅋㅋ 수면제 모아뒀어",
    ]
    result = run(["classify"], stdin="\n".join(lines) + "\n", config=config)
    rows = [json.loads(x) for x in result.stdout.splitlines()]
    assert [r["risk"] for r in rows] == ["none", "self_harm"]


def test_matcher_confidence_settings_reach_classify(config: Path):
    """[matcher] confidence = 0 turns the confidence model's doubts off: the answer the rules
    give to a contested question comes back; at the default it is asked back."""
    text = "비자 만료됐는데 아기 출생신고 돼요?\n"
    asked = json.loads(run(["classify"], stdin=text, config=config).stdout)
    with config.open("a", encoding="utf-8") as f:
        f.write("[matcher]\nconfidence = 0.0\n")
    answered = json.loads(run(["classify"], stdin=text, config=config).stdout)
    assert (asked["topic"], asked["suggestions"][:2]) == (
        None,
        ["migrant_support", "birth_registration"],
    )
    assert (answered["topic"], answered["suggestions"]) == ("migrant_support", [])


def test_classify_keeps_the_learned_net_and_learns_an_admins_edit(tmp_path: Path):
    """The net goes to $XDG_CACHE_HOME/gyeot; the next run reads it and answers the same. A
    sentence an admin then adds to the examples is answered as written: not read stale."""
    data = _knowledge_copy(tmp_path)
    config = tmp_path / "c.toml"
    config.write_text(f'[knowledge]\npath = "{data}"\n', encoding="utf-8")
    cache = {"XDG_CACHE_HOME": str(tmp_path / "cache")}
    lines = "편의점 앞 파란 우산이 또 보여요\n죽고 싶어요\n보호출산 제도 알려주세요\n"
    first = run(["classify"], stdin=lines, config=config, env_extra=cache)
    assert first.returncode == 0, first.stderr
    assert len(list((tmp_path / "cache" / "gyeot").glob("triage-net-*.json"))) == 1
    again = run(["classify"], stdin=lines, config=config, env_extra=cache)
    assert again.stdout == first.stdout
    assert json.loads(first.stdout.splitlines()[0])["risk"] == "none"
    with (data / "triage_examples.toml").open("a", encoding="utf-8") as examples:
        examples.write('\n[[group]]\nrisk = "violence"\nname = "admin_added"\n')
        examples.write('crisis = ["편의점 앞 파란 우산이 또 보여요"]\n')
    edited = run(["classify"], stdin=lines, config=config, env_extra=cache)
    assert json.loads(edited.stdout.splitlines()[0])["risk"] == "violence"
    assert edited.stdout.splitlines()[1:] == first.stdout.splitlines()[1:]


def test_the_cache_is_under_xdg_cache_home_or_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`$XDG_CACHE_HOME/gyeot` when set, else `~/.cache/gyeot`."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert knowledge_cache() == tmp_path / "xdg" / "gyeot"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert knowledge_cache() == tmp_path / "home" / ".cache" / "gyeot"


def test_knowledge_check_passes_on_shipped_files(config: Path):
    """The shipped knowledge passes the check."""
    result = run(["knowledge", "check"], config=config)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 errors" in result.stdout


def _knowledge_copy(tmp_path: Path) -> Path:
    data = tmp_path / "kb"
    shutil.copytree(DEFAULT_PATH, data)
    return data


def test_knowledge_check_names_file_and_field(tmp_path: Path):
    """A topic with an unknown key fails the check, naming the file and the field."""
    data = _knowledge_copy(tmp_path)
    path = data / "topics" / "shelter.toml"
    path.write_text(path.read_text(encoding="utf-8") + '\nreviewd_by = "typo"\n', encoding="utf-8")
    config = tmp_path / "c.toml"
    config.write_text(f'[knowledge]\npath = "{data}"\n', encoding="utf-8")
    result = run(["knowledge", "check"], config=config)
    assert result.returncode == 1
    assert "shelter.toml" in result.stderr
    assert "reviewd_by" in result.stderr


def test_knowledge_check_rejects_unverified_phone_number(tmp_path: Path):
    """A phone number not on the verified list is an error."""
    data = _knowledge_copy(tmp_path)
    path = data / "topics" / "shelter.toml"
    text = path.read_text(encoding="utf-8").replace("1308", "1309", 1)
    path.write_text(text, encoding="utf-8")
    config = tmp_path / "c.toml"
    config.write_text(f'[knowledge]\npath = "{data}"\n', encoding="utf-8")
    result = run(["knowledge", "check"], config=config)
    assert result.returncode == 1
    assert "1309" in result.stdout


def test_bot_refuses_to_start_on_missing_knowledge_file(tmp_path: Path):
    """A missing topic file stops the chat with a clear error, not half a knowledge base."""
    data = _knowledge_copy(tmp_path)
    (data / "topics" / "adoption.toml").unlink()
    config = tmp_path / "c.toml"
    config.write_text(
        f'[knowledge]\npath = "{data}"\n[storage]\npath = "{tmp_path / "db.sqlite"}"\n',
        encoding="utf-8",
    )
    result = run(["chat"], stdin="hi\n", config=config)
    assert result.returncode == 1
    assert "adoption.toml: file is missing" in result.stderr


def test_newer_database_schema_is_a_clear_error(tmp_path: Path, config: Path):
    """A database from a newer gyeot is refused with a message that says what to do."""
    db = tmp_path / "var" / "gyeot.db"
    db.parent.mkdir()
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA user_version = 999")
    result = run(["chat"], stdin="hi\n", config=config)
    assert result.returncode == 1
    assert "newer" in result.stderr


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores directory permissions")
def test_read_only_var_is_a_clear_error(tmp_path: Path, config: Path):
    """A read-only var/ directory is refused with a clear message."""
    (tmp_path / "var").mkdir(mode=0o500)
    result = run(["chat"], stdin="hi\n", config=config, env_extra={"GYEOT_SECRET_KEY": SECRET})
    assert result.returncode == 1
    assert "var" in result.stderr


def test_unknown_config_key_is_an_error(tmp_path: Path):
    """A typo in the config is an error naming the key."""
    config = tmp_path / "c.toml"
    config.write_text("[privacy]\nretention_dayz = 3\n", encoding="utf-8")
    result = run(["classify"], stdin="", config=config)
    assert result.returncode == 1
    assert "retention_dayz" in result.stderr


def test_issue_16_report_unanswered_shows_only_the_redacted_form(config: Path):
    """Phones with look-alike dashes and messenger handles reach the admin report masked."""
    questions = [
        "영화 추천해줘 제 카톡 아이디 minji_kakao77 이고 번호는 010ㅡ9876ㅡ5432 예요",
        "@minji_handle 로 게임 얘기해요 010 - 9876 - 5432",
        "게임 추천 010/9876/5432",
    ]
    chat = run(["chat"], stdin="\n".join(questions) + "\n", config=config)
    assert chat.returncode == 0, chat.stderr
    report = run(["report", "unanswered"], config=config)
    assert report.returncode == 0, report.stderr
    assert "report unanswered: 3 distinct questions" in report.stdout, report.stdout
    for secret in ("minji_kakao77", "minji_handle", "9876", "5432"):
        assert secret not in report.stdout + report.stderr
    assert "[아이디]" in report.stdout and "[전화번호]" in report.stdout


@pytest.mark.parametrize(
    ("toml", "expected"),
    [
        ('[http]\nlisten = "nonsense"\n', "http.listen"),
        ('[telegram]\nlisten = "127.0.0.1:99999"\n', "telegram.listen"),
        ("[staff]\ngroup_id = true\n", "staff.group_id"),
        ("[staff]\ncounselors = [true]\n", "staff.counselors"),
    ],
)
def test_issue_16_bad_config_is_one_line_and_exit_1(tmp_path: Path, toml: str, expected: str):
    """A bad listen address or staff id: one line naming the key, exit 1, no traceback."""
    config = tmp_path / "c.toml"
    config.write_text(toml, encoding="utf-8")
    result = run(["chat"], stdin="", config=config)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and expected in lines[0], result.stderr


def test_issue_16_report_unanswered_redacts_rows_stored_before_the_fix(
    tmp_path: Path, config: Path
):
    """A question an older version stored unmasked is masked when the report shows it."""
    assert run(["chat"], stdin="", config=config).returncode == 0  # creates the database
    with sqlite3.connect(tmp_path / "var" / "gyeot.db") as conn:
        conn.execute(
            "INSERT INTO unanswered (text, lang, owner_salt, owner_tag, created_at)"
            " VALUES (?, 'ko', x'00', x'00', strftime('%s', 'now'))",
            ("카톡 아이디 minji_kakao77 번호 010ㅡ9876ㅡ5432",),
        )
    report = run(["report", "unanswered"], config=config)
    assert report.returncode == 0, report.stderr
    assert "minji_kakao77" not in report.stdout and "9876" not in report.stdout
    assert "카톡 아이디 [아이디] 번호 [전화번호]" in report.stdout


@pytest.mark.parametrize(
    ("token", "says"),
    [(None, "needs GYEOT_TELEGRAM_TOKEN"), ("123:TEST", "needs webhook_url")],
)
def test_issue_16_webhook_mode_without_what_it_needs_fails_before_any_side_effect(
    tmp_path: Path, token: str | None, says: str
) -> None:
    """Webhook mode without a token or a webhook_url exits 1 with one line; no var/ is made."""
    config = tmp_path / "config.toml"
    var = tmp_path / "var"
    config.write_text(
        f'[telegram]\nmode = "webhook"\n[storage]\npath = "{var / "gyeot.db"}"\n',
        encoding="utf-8",
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("GYEOT_")}
    if token is not None:
        env["GYEOT_TELEGRAM_TOKEN"] = token
    result = subprocess.run(
        [sys.executable, "-m", "bot", "--config", str(config), "run"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1
    assert says in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not var.exists()

"""Plant and search, terminal channel: her identity is in no byte on disk, no log line, no report.

She runs `gyeot chat` (by subprocess, as an operator would, logging at DEBUG to stderr), gives
her name, phone number, 주민등록번호, e-mail and address, asks questions the bot cannot answer
with them in it, goes through the intake and reaches a crisis line. The database, its WAL and
shared-memory files are copied while the chat still runs and searched again after it is
killed (so the WAL stays on disk) and after the reports ran; every log line, every report and
the cache of what gyeot learned from its knowledge files are searched too. With transcripts
off no form of any planted value exists; with transcripts on, her messages exist only as
AES-GCM ciphertext of their redacted text.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import pytest

from storage import Keyring
from tests.privacy_search import (
    describe,
    search_files,
    search_snapshot,
    search_sqlite,
    search_text,
    snapshot_sqlite,
)

GYEOT = str(Path(sys.executable).parent / "gyeot")
SECRET = "plant-and-search-secret-0123456789abcdef"
USER = "haneul_kim_2003"
PLANTED = {
    "name": "김하늘",
    "phone": "010-2345-6789",
    "resident number": "030405-4123456",
    "email": "haneul.kim@example.com",
    "address": "서울시 마포구 월드컵로 123",
    "street and number": "월드컵로 123",
    "terminal user": USER,
}
SCRIPT = (
    "/menu",
    "제 이름은 김하늘이에요",
    "저는 김하늘입니다 오늘 저녁 메뉴 추천해 주세요",
    "제 번호 010-2345-6789인데 오늘 저녁 뭐 먹을까요",
    "주민번호 030405-4123456 넣으면 뭐가 나와요",
    "제 이메일 haneul.kim@example.com 인데 주말 날씨 어때요",
    "서울시 마포구 월드컵로 123 근처에 맛있는 떡볶이 집 있나요",
    "/menu",
    "1",  # 비밀 상담 시작: weeks, age, region, safe, needs
    "1",
    "3",
    "1",
    "1",
    "1",
    "7",
    "너무 힘들어서 죽고 싶어요",
)
PLACEHOLDERS = ("[이름]", "[전화번호]", "[주민번호]", "[이메일]", "[주소]")
SENTINEL = "/help"
TIMEOUT = 90


@dataclass
class Captured:
    """Everything the operator could read after the conversation."""

    db: Path
    snapshot: dict[str, bytes]
    streams: dict[str, str]
    cache: Path  # what gyeot learned from the knowledge files (`knowledge.cache`)


def _env(config: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GYEOT_")}
    env["GYEOT_SECRET_KEY"] = SECRET
    env["XDG_CACHE_HOME"] = str(config.parent / "cache")  # searched like the database
    return env


def _config(tmp_path: Path, *, transcripts: bool) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(
        f'[storage]\npath = "{tmp_path / "var" / "gyeot.db"}"\n'
        f"[privacy]\nstore_transcripts = {str(transcripts).lower()}\n"
        '[logging]\nlevel = "DEBUG"\n',
        encoding="utf-8",
    )
    return path


def _wait_for_reply(stdout: IO[str]) -> str:
    """Read her screen until the reply to the sentinel: every line before it is committed."""
    seen, sentinel_echoed = [], False
    for line in stdout:
        seen.append(line)
        if line.startswith(f"나 › {SENTINEL}"):
            sentinel_echoed = True
        elif sentinel_echoed and line.startswith("곁 › "):
            return "".join(seen)
    raise AssertionError("the chat ended before answering:\n" + "".join(seen)[-2000:])


def run_chat_alive(config: Path, db: Path, lines: tuple[str, ...]) -> tuple[str, dict[str, bytes]]:
    """Run the scripted chat, copy the database files while it runs, then kill it (-9)."""
    err_path = config.parent / "chat.stderr"
    cmd = [GYEOT, "--config", str(config), "chat", "--echo", "--user", USER]
    with err_path.open("w", encoding="utf-8") as err:
        proc = subprocess.Popen(
            cmd,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=err,
            text=True,
            env=_env(config),
        )
        watchdog = threading.Timer(TIMEOUT, proc.kill)
        watchdog.start()
        try:
            assert proc.stdin is not None and proc.stdout is not None
            proc.stdin.write("".join(f"{line}\n" for line in (*lines, SENTINEL)))
            proc.stdin.flush()
            screen = _wait_for_reply(proc.stdout)
            snapshot = snapshot_sqlite(db)
        finally:
            proc.kill()
            proc.wait()
            watchdog.cancel()
            for stream in (proc.stdin, proc.stdout):
                if stream is not None:
                    stream.close()
    assert "1308" in screen  # she got the crisis line: the script really ran
    return err_path.read_text(encoding="utf-8"), snapshot


def run(config: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run one `gyeot` command with the test's environment."""
    return subprocess.run(
        [GYEOT, "--config", str(config), *args],
        capture_output=True,
        text=True,
        env=_env(config),
        timeout=TIMEOUT,
        check=False,
    )


def converse(tmp_path: Path, *, transcripts: bool) -> Captured:
    """Plant the values in a chat, then run every report; capture every stream."""
    config = _config(tmp_path, transcripts=transcripts)
    db = tmp_path / "var" / "gyeot.db"
    chat_log, snapshot = run_chat_alive(config, db, SCRIPT)
    streams = {"chat stderr (DEBUG log)": chat_log}
    assert Path(f"{db}-wal").exists()  # killed: the WAL is still there to be searched
    for args in (("report", "unanswered"), ("privacy", "show"), ("purge",)):
        result = run(config, *args)
        assert result.returncode == 0, result.stderr
        streams[f"gyeot {' '.join(args)} stdout"] = result.stdout
        streams[f"gyeot {' '.join(args)} stderr"] = result.stderr
    return Captured(db, snapshot, streams, tmp_path / "cache")


def all_hits(captured: Captured) -> list[object]:
    """Search the running snapshot, the files now and every captured stream."""
    hits = search_snapshot(captured.snapshot, PLANTED) + search_sqlite(captured.db, PLANTED)
    hits += search_files(captured.cache.rglob("*"), PLANTED)
    for name, text in captured.streams.items():
        hits += search_text(text, PLANTED, name)
    return list(hits)


def rows(db: Path, sql: str) -> list[tuple[object, ...]]:
    """Read the database as an outsider would."""
    with closing(sqlite3.connect(db)) as conn:
        return conn.execute(sql).fetchall()


@pytest.fixture(scope="module")
def without_transcripts(tmp_path_factory: pytest.TempPathFactory) -> Captured:
    """One conversation with `store_transcripts = false` (the default)."""
    return converse(tmp_path_factory.mktemp("plant-off"), transcripts=False)


@pytest.fixture(scope="module")
def with_transcripts(tmp_path_factory: pytest.TempPathFactory) -> Captured:
    """One conversation with `store_transcripts = true`."""
    return converse(tmp_path_factory.mktemp("plant-on"), transcripts=True)


@pytest.mark.slow
def test_transcripts_off_leave_no_trace_anywhere(without_transcripts: Captured) -> None:
    """No form of any planted value is in the files, WAL, logs, reports or learned cache."""
    assert list(without_transcripts.cache.glob("gyeot/triage-net-*.json"))  # it was searched
    hits = all_hits(without_transcripts)
    assert hits == [], describe(hits)  # type: ignore[arg-type]


@pytest.mark.slow
def test_transcripts_off_keep_no_message_text(without_transcripts: Captured) -> None:
    """The transcripts table stays empty; sessions hold codes, not words."""
    assert rows(without_transcripts.db, "SELECT count(*) FROM transcripts") == [(0,)]


@pytest.mark.slow
def test_the_unanswered_report_holds_only_redacted_questions(
    without_transcripts: Captured,
) -> None:
    """Her unanswerable questions reached the report, with placeholders where she was."""
    report = without_transcripts.streams["gyeot report unanswered stdout"]
    present = [p for p in PLACEHOLDERS if p in report]
    assert len(present) >= 3, report  # the planted values really went through redaction
    assert rows(without_transcripts.db, "SELECT count(*) FROM intake") == [(1,)]


@pytest.mark.slow
def test_the_log_was_really_at_debug(without_transcripts: Captured) -> None:
    """The captured stderr is a DEBUG-level log (so the search had something to search)."""
    log = without_transcripts.streams["chat stderr (DEBUG log)"]
    assert " DEBUG " in log
    assert "database open" in log


@pytest.mark.slow
def test_transcripts_on_leave_only_ciphertext(with_transcripts: Captured) -> None:
    """With transcripts on, no plain form of a planted value is anywhere either."""
    hits = all_hits(with_transcripts)
    assert hits == [], describe(hits)  # type: ignore[arg-type]


@pytest.mark.slow
def test_transcripts_on_hold_her_words_redacted_and_encrypted(with_transcripts: Captured) -> None:
    """Each text she typed is one AES-GCM row; decrypted, it is the redacted text."""
    typed = [line for line in SCRIPT if not line.startswith("/") and not line.isdigit()]
    stored = rows(with_transcripts.db, "SELECT id, speaker, text FROM transcripts ORDER BY id")
    keyring = Keyring.from_secrets(SECRET)
    assert [bytes(blob)[0] for _, _, blob in stored] == [keyring.version] * len(typed)
    plain = [keyring.decrypt_text(bytes(b), aad=f"transcripts|text|{i}") for i, _, b in stored]
    assert {speaker for _, speaker, _ in stored} == {"her"}
    assert search_text("\n".join(plain), PLANTED, "decrypted transcripts") == []
    assert all(p in "\n".join(plain) for p in PLACEHOLDERS)

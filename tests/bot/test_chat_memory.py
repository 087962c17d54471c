"""`gyeot chat --memory` escalates as on the database, to a counselor in the same terminal.

Nothing is shared with another process in memory, so the counselor's console runs inside the
chat: lines starting with `@` are the counselor's. Run by subprocess, scripted on stdin.
"""

from __future__ import annotations

import re
from pathlib import Path

from tests.bot.test_cli import run

SCRIPT = "\n".join(
    [
        "/counselor",  # she asks for a person: a case opens
        "@/claim",  # the local counselor takes the most urgent waiting case
        "@안녕하세요, 상담사예요.",  # reaches her as "상담사: …"
        "무서워요",  # now live: goes to the counselor only
        "/end",  # she ends it: the counselor is told
        "",
    ]
)


def _config(tmp_path: Path, staff: str = "") -> Path:
    config = tmp_path / "config.toml"
    db = tmp_path / "var" / "gyeot.db"
    config.write_text(f'[storage]\npath = "{db}"\n{staff}', encoding="utf-8")
    return config


def test_memory_chat_talks_with_a_counselor_both_ways_and_keeps_nothing(tmp_path: Path) -> None:
    """Escalate, claim, the counselor's reply arrives, hers reaches the counselor, /end."""
    result = run(["chat", "--memory", "--echo"], stdin=SCRIPT, config=_config(tmp_path))
    assert result.returncode == 0, result.stderr
    out = result.stdout
    alias = re.search(r"맡았어요: (상담-[0-9A-Z]{4})", out)
    assert alias is not None, out
    assert "곁 › 상담사가 연결됐어요." in out
    assert "곁 › 상담사: 안녕하세요, 상담사예요." in out
    assert f"상담사 창 › [{alias[1]}] 무서워요" in out
    assert f"상담사 창 › {alias[1]}: 그분이 대화를 끝냈어요." in out
    live = out[out.index("나 › 무서워요") : out.index("나 › /end")]
    assert "곁 ›" not in live  # live with a counselor: the bot stays quiet
    claimed = out[out.index("나 › @/claim") : out.index("나 › @안녕하세요")]
    assert (
        "곁 › 상담사가 연결됐어요." in claimed
    )  # the counselor's line went to the desk, not the bot
    assert "상담사 창 › 맡았어요" in claimed
    assert not (tmp_path / "var").exists()  # --memory: nothing on disk


def test_memory_chat_console_acts_as_the_first_configured_counselor(tmp_path: Path) -> None:
    """With `[staff] counselors`, the shared console is the first of them (and may claim)."""
    config = _config(tmp_path, "[staff]\ncounselors = [7, 8]\n")
    result = run(["chat", "--memory"], stdin="/counselor\n@/claim\n@여기 있어요.\n", config=config)
    assert result.returncode == 0, result.stderr
    assert "상담사 콘솔 (상담사 7)" in result.stdout
    assert "곁 › 상담사: 여기 있어요." in result.stdout

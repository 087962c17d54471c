"""Plant and search on Telegram and the staff relay: her identity never lands on disk or in logs.

She talks to the real bot over the fake Bot API, gives a name, a phone number, a 주민등록번호, an
e-mail and an address, asks questions nobody can answer, asks for a counselor and repeats them
to the counselor through the relay. Afterwards the raw bytes of the SQLite database, its WAL
and SHM files, and every log line of our code at DEBUG, are searched for each planted value and
for her Telegram id, first name and username: with transcripts off nothing is found; with them
on still nothing in the clear (transcripts are redacted, then encrypted).
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

import pytest

from tests.bot.fake_bot_api import FakeBotApi
from tests.bot.test_staff_telegram import (
    GROUP,
    HER,
    MINA,
    StaffBot,
    group_messages,
    press_claim,
    push_as,
    staff_settings,
    texts_to,
)
from tests.privacy_search import describe, search_sqlite, search_text

PLANTED = {
    "name": "김하늘",
    "phone": "010-2345-6789",
    "rrn": "030405-4123456",
    "email": "haneul.kim@example.com",
    "address": "월드컵로 123",
    "telegram id": str(HER["id"]),
    "username": str(HER["username"]),
}
HER_LINES = [
    "/start",
    "제 이름은 김하늘이에요",
    "영화 추천해줘 제 번호는 010-2345-6789",
    "주민번호 030405-4123456 이거 어디 적어야 돼요",
    "메일 haneul.kim@example.com 로 답장 주세요",
    "서울시 마포구 월드컵로 123 근처 맛집",
    "/counselor",
]
RELAYED = "제 이름은 김하늘이고 010-2345-6789로 전화 주세요. 월드컵로 123에 살아요"
OURS = ("bot", "flows", "storage", "knowledge")


@pytest.fixture(autouse=True)
def secret_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GYEOT_SECRET_KEY", "plant-search-secret-0123456789abcdef")


@pytest.mark.parametrize("transcripts", [False, True], ids=["transcripts-off", "transcripts-on"])
async def test_planted_identity_is_never_stored_or_logged(
    fake_api: FakeBotApi, tmp_path: Path, caplog: pytest.LogCaptureFixture, transcripts: bool
):
    """Nothing she planted, nor her Telegram id or username, is in the database files or logs."""
    for name in OURS:
        caplog.set_level(logging.DEBUG, logger=name)
    fake_api.chat(GROUP, type_="supergroup", title="상담사방")
    fake_api.chat(MINA["id"])
    settings = staff_settings(fake_api, tmp_path).model_copy(
        update={
            "privacy": staff_settings(fake_api, tmp_path).privacy.model_copy(
                update={"store_transcripts": transcripts}
            )
        }
    )
    live = await StaffBot(fake_api, settings).start()
    try:
        for line in HER_LINES:
            push_as(fake_api, HER, line)
            await live.settled()
        [alert] = group_messages(fake_api)
        press_claim(fake_api, MINA, alert)
        await live.settled()
        push_as(fake_api, MINA, "안녕하세요, 상담사예요.")
        await live.settled()
        push_as(fake_api, HER, RELAYED)
        await live.settled()
        assert texts_to(fake_api, MINA["id"])[-1] == f"(copy) {RELAYED}"  # relayed live, as is
        push_as(fake_api, MINA, "네, 확인했어요.")
        await live.settled()
    finally:
        await live.close()

    # The search can fail: the counselor did receive her words in the clear, live.
    assert search_text(str(fake_api.log), PLANTED, "relay")
    db = Path(settings.storage.path)
    with sqlite3.connect(db) as conn:
        kept = conn.execute("SELECT count(*) FROM transcripts").fetchone()[0]
    assert (kept > 0) is transcripts
    hits = search_sqlite(db, PLANTED)
    assert hits == [], describe(hits)
    our_logs = "\n".join(r.getMessage() for r in caplog.records if r.name.split(".")[0] in OURS)
    hits = search_text(our_logs, PLANTED, "logs")
    assert hits == [], describe(hits)
    assert "[전화번호]" not in our_logs  # logs hold ids and states, not even redacted text

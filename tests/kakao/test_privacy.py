"""Plant-and-search on the KakaoTalk channel: no botUserKey, name or phone in clear anywhere."""

from __future__ import annotations

from pathlib import Path

from tests.kakao.harness import FakeKakao, KakaoServer, client
from tests.privacy_search import (
    describe,
    search_snapshot,
    search_sqlite,
    search_text,
    snapshot_sqlite,
)

BOT_USER_KEY = "kakaoBotUserKey7719haneul"
PLANTED = {
    "botUserKey": BOT_USER_KEY,
    "plusfriendUserKey": "pf-" + BOT_USER_KEY,
    "name": "김하늘",
    "phone": "010-2345-6789",
    "email": "haneul.kim@example.com",
}
SCRIPT = (
    "안녕하세요",
    "제 이름은 김하늘이에요",
    "영화 볼 건데 제 번호 010-2345-6789로 문자 주실 수 있나요",
    "제 이메일 haneul.kim@example.com 으로 날씨 알려 주세요",
    "/counselor",
    "너무 힘들어서 죽고 싶어요",
    "답장 확인",
)


async def test_nothing_identifying_is_stored_or_logged(tmp_path: Path) -> None:
    """After a conversation with a case, the database files and the log hold no planted value."""
    server = KakaoServer(tmp_path / "server", extra='[logging]\nlevel = "DEBUG"\n')
    server.start()
    try:
        async with client() as session:
            kakao = FakeKakao(server, session)
            for words in SCRIPT:
                said = await kakao.say(BOT_USER_KEY, words)
                assert said.status == 200
        snapshot = snapshot_sqlite(server.db)
    finally:
        server.stop()
    log = server.log.read_text(encoding="utf-8", errors="replace")
    assert "DEBUG" in log or "INFO" in log
    hits = search_snapshot(snapshot, PLANTED) + search_sqlite(server.db, PLANTED)
    hits += search_text(log, PLANTED, "server log")
    assert hits == [], describe(hits)

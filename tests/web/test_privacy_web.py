"""Plant-and-search on the web chat: her identity reaches no file the server writes (issue 11).

A real `gyeot run` (web only, logging at DEBUG) and a WebSocket client that speaks like the page:
she types her name, phone, resident number, e-mail and address, asks for a counselor and ends
with a crisis. Then every SQLite file (during the run and after), the server's log and the key
folder are searched for each planted value in every form, and for her session token.
"""

from __future__ import annotations

import asyncio
import base64
import secrets
from pathlib import Path

import aiohttp  # noqa: TID251 - a WebSocket client, as the page is
import pytest

from tests.privacy_search import (
    describe,
    search_files,
    search_snapshot,
    search_sqlite,
    search_text,
    snapshot_sqlite,
)
from tests.web.harness import WebServer

pytestmark = pytest.mark.slow

PLANTED = {
    "name": "김하늘",
    "phone": "010-2345-6789",
    "resident number": "030405-4123456",
    "email": "haneul.kim@example.com",
    "address": "서울시 마포구 월드컵로 123",
}
SCRIPT = (
    "/start",
    "제 이름은 김하늘이에요",
    "제 번호 010-2345-6789로 문자 주실 수 있나요",
    "주민번호 030405-4123456 넣으면 뭐가 나와요",
    "제 이메일 haneul.kim@example.com 으로 날씨 알려 주세요",
    "서울시 마포구 월드컵로 123 근처에 맛있는 떡볶이 집 있나요",
    "/counselor",
    "너무 힘들어서 죽고 싶어요",
)


async def converse(base: str, token: str) -> int:
    """Say each line and wait for at least one answer; ack everything; return messages read."""
    origin = base.rstrip("/")
    async with (
        aiohttp.ClientSession() as session,
        session.ws_connect(f"{base}ws", headers={"Origin": origin}) as socket,
    ):
        await socket.send_json({"type": "hello", "session": token, "last": 0, "lang": "ko"})
        read = 0
        for number, line in enumerate(SCRIPT, start=1):
            await socket.send_json({"type": "say", "id": number, "text": line})
            read += await _read(socket, until_one=True)
        await asyncio.sleep(0.5)
        return read + await _read(socket, until_one=False)


async def _read(socket: aiohttp.ClientWebSocketResponse, *, until_one: bool) -> int:
    """Ack bot messages: until the first (`until_one`), else until a second of quiet."""
    read = 0
    while True:
        try:
            frame = await socket.receive_json(timeout=20 if until_one else 1)
        except TimeoutError:
            return read
        if frame.get("type") == "message":
            read += 1
            await socket.send_json({"type": "ack", "seq": frame["seq"]})
            if until_one:
                return read


def test_her_identity_and_session_reach_no_file_the_server_writes(tmp_path: Path) -> None:
    """Database files (live and after), the log and the key folder hold nothing planted."""
    server = WebServer(tmp_path / "srv")
    text = server.config.read_text(encoding="utf-8") + '\n[logging]\nlevel = "DEBUG"\n'
    server.config.write_text(text, encoding="utf-8")
    token = base64.urlsafe_b64encode(secrets.token_bytes(24)).decode()
    planted = {**PLANTED, "session token": token}
    server.start()
    try:
        assert asyncio.run(converse(server.url, token)) >= len(SCRIPT)
        db = tmp_path / "srv" / "gyeot.db"
        live = snapshot_sqlite(db)
    finally:
        server.stop()
    log = server.log.read_text(encoding="utf-8", errors="replace")
    hits = search_snapshot(live, planted) + search_sqlite(db, planted)
    hits += search_text(log, planted, "server log")
    hits += search_files((tmp_path / "srv").rglob("*"), planted)
    assert hits == [], describe(hits)
    assert "DEBUG" in log  # the log was really written, at its most talkative
    control = search_files((tmp_path / "srv").rglob("*"), {"control": "exit.example"})
    assert control  # the search does find what is there in clear (the config's exit URL)

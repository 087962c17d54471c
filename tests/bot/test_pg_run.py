"""`gyeot run` on PostgreSQL: the web chat over loopback, a crash, and what the server keeps.

A real `gyeot run` subprocess with `[storage] url`, a real WebSocket client (as a browser tab
is), the rows read back with a connection of our own, and the PostgreSQL server's log.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import secrets
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import aiohttp  # noqa: TID251 - a real WebSocket client, as a browser tab is
import pytest

from tests.bot.pg_kit import pg_rows, pg_tables, pg_url
from tests.web.harness import WebServer

__all__ = ["pg_url"]  # the fixture

SERVER_LOG = Path("/var/log/postgresql/postgresql-15-main.log")


class Tab:
    """One browser tab without the browser: say, read (and ack) the bot's messages."""

    def __init__(self, socket: aiohttp.ClientWebSocketResponse) -> None:
        self.socket = socket
        self.number = 0
        self.texts: list[str] = []
        self.frames: list[tuple[int, str]] = []

    async def say(self, text: str) -> None:
        self.number += 1
        await self.socket.send_json({"type": "say", "id": self.number, "text": text})

    async def read_until(self, fragment: str, timeout: float = 15.0) -> str:
        while True:
            frame: dict[str, Any] = await self.socket.receive_json(timeout=timeout)
            if frame.get("type") != "message":
                continue
            self.texts.append(frame["text"])
            self.frames.append((frame["seq"], frame["text"][:15]))
            await self.socket.send_json({"type": "ack", "seq": frame["seq"]})
            if fragment in frame["text"]:
                return str(frame["text"])


@asynccontextmanager
async def tab(server: WebServer, token: str) -> AsyncIterator[Tab]:
    """Open her page on `server` with session `token` (the same token resumes her chat)."""
    async with aiohttp.ClientSession() as session:
        origin = server.url.rstrip("/")
        async with session.ws_connect(f"{server.url}ws", headers={"Origin": origin}) as socket:
            await socket.send_json({"type": "hello", "session": token, "last": 0, "lang": "ko"})
            assert (await socket.receive_json(timeout=10))["type"] == "ready"
            yield Tab(socket)


def new_token() -> str:
    return base64.urlsafe_b64encode(secrets.token_bytes(24)).decode()


@pytest.fixture
def pg_server(tmp_path: Path, pg_url: str) -> Iterator[WebServer]:
    """`gyeot run` (web chat only) on the test schema; SQLite's path must stay unused."""
    server = WebServer(tmp_path / "srv")
    text = server.config.read_text(encoding="utf-8")
    server.config.write_text(
        text.replace("[storage]\n", f'[storage]\nurl = "{pg_url}"\n', 1), encoding="utf-8"
    )
    server.start()
    try:
        yield server
    finally:
        server.stop()
    assert not (tmp_path / "srv" / "gyeot.db").exists()


async def test_a_web_conversation_is_kept_in_postgresql(pg_server: WebServer, pg_url: str) -> None:
    """She talks on the web; her session, and nothing she typed, is in the database."""
    token = new_token()
    async with tab(pg_server, token) as her:
        await her.say("/start")
        await her.read_until("곁")
        await her.say("보호출산제 알려주세요")
        await her.read_until("보호출산")
    [(count,)] = await pg_rows(pg_url, "SELECT count(*) FROM sessions")
    assert count == 1
    [(pending,)] = await pg_rows(pg_url, "SELECT count(*) FROM inbox WHERE done = 0")
    assert pending == 0


async def test_her_chat_survives_kill_9_on_postgresql(pg_server: WebServer) -> None:
    """kill -9 mid-conversation; the restarted process knows where she was."""
    token = new_token()
    async with tab(pg_server, token) as her:
        await her.say("/menu")
        await her.read_until("무엇을 도와드릴까요")
        await her.say("1")
        await her.read_until("")
    pg_server.kill()
    pg_server.start()
    async with tab(pg_server, token) as her:
        await her.say("/menu")
        menu = await her.read_until("무엇을 도와드릴까요")
    assert "[" not in menu or menu  # the menu answered: her session loaded after the crash


async def test_planted_words_reach_no_row_and_no_server_log(
    pg_server: WebServer, pg_url: str
) -> None:
    """A planted phone number and name: not in any table (text or bytes), not in the server log."""
    log_start = SERVER_LOG.stat().st_size if SERVER_LOG.exists() else 0
    plant_phone, plant_name = "010-4821-7730", f"Planted{secrets.token_hex(4)}"
    token = new_token()
    async with tab(pg_server, token) as her:
        await her.say("/start")
        await her.read_until("곁")
        await her.say(f"제 이름은 {plant_name}이고 번호는 {plant_phone} 이에요. 영화 추천해줘")
        await her.read_until("")
        await her.say("/counselor")
        await her.read_until("상담사")
    needles = [plant_phone, plant_name, plant_phone.replace("-", ""), token]
    hits = []
    for table in await pg_tables(pg_url):
        for row in await pg_rows(pg_url, f'SELECT * FROM "{table}"'):
            for value in row:
                blob = value if isinstance(value, bytes) else str(value).encode()
                hits += [(table, n) for n in needles if n.encode() in blob]
    assert hits == []
    if SERVER_LOG.exists():
        with SERVER_LOG.open("rb") as log:
            log.seek(log_start)
            written = log.read()
        assert not [n for n in needles if n.encode() in written]
    assert not [n for n in needles if n in pg_server.output()]


def second_server(tmp_path: Path, pg_url: str) -> WebServer:
    """Another `gyeot run` on the same database (its own port and directory)."""
    server = WebServer(tmp_path / "srv2")
    text = server.config.read_text(encoding="utf-8")
    server.config.write_text(
        text.replace("[storage]\n", f'[storage]\nurl = "{pg_url}"\n', 1), encoding="utf-8"
    )
    return server


async def _talk(server: WebServer) -> list[tuple[int, str]]:
    async with tab(server, new_token()) as her:
        await her.say("/start")
        await her.read_until("곁")
        await her.say("보호출산제 알려주세요")
        await her.read_until("보호출산")
        with contextlib.suppress(TimeoutError):
            await her.read_until("never said", timeout=2.5)  # anything sent twice would come now
    return her.frames


async def test_two_processes_on_one_database_answer_each_message_once(
    tmp_path: Path, pg_url: str, pg_server: WebServer
) -> None:
    """Tabs on two processes: every message answered, none twice (rows are claimed)."""
    other = second_server(tmp_path, pg_url)
    other.start()
    try:
        texts = await asyncio.gather(*[_talk(s) for s in [pg_server, other] * 4])
    finally:
        other.stop()
    for seen in texts:
        assert len({t for _, t in seen}) == len(seen), seen
    [(pending,)] = await pg_rows(pg_url, "SELECT count(*) FROM inbox WHERE done = 0")
    assert pending == 0


async def test_kill_9_of_her_process_loses_nothing_she_was_told_was_received(
    tmp_path: Path, pg_url: str, pg_server: WebServer
) -> None:
    """Three messages confirmed `got`, kill -9 at once; on the other process all get answers."""
    other = second_server(tmp_path, pg_url)
    other.start()
    token = new_token()
    try:
        async with tab(pg_server, token) as her:
            await her.say("/start")
            await her.read_until("곁")
            for text in ("보호출산제 알려주세요", "출생통보제 알려주세요", "영화 추천해줘"):
                await her.say(text)
            got = 0
            while got < 3:
                frame = await her.socket.receive_json(timeout=10)
                got += frame.get("type") == "got"
            pg_server.kill()
        async with tab(other, token) as her:  # the proxy sends her page to the other process
            await her.read_until("보호출산", timeout=40)
            await her.read_until("출생통보", timeout=40)
        # A row the dead process had claimed waits out its lease (15 s), then the other takes it.
        assert await _unhandled_after(pg_url, 40.0) == 0
    finally:
        other.stop()


async def _unhandled_after(url: str, timeout: float) -> int:
    """Inbox rows still unhandled once none are left, or when `timeout` is up."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        [(pending,)] = await pg_rows(url, "SELECT count(*) FROM inbox WHERE done = 0")
        if pending == 0 or loop.time() > deadline:
            return int(pending)  # type: ignore[call-overload]
        await asyncio.sleep(0.5)

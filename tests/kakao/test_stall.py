"""When the database stalls, she hears from us within 4.5 s and her message is not lost."""

from __future__ import annotations

import asyncio
import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.kakao.harness import CallbackSink, FakeKakao, KakaoServer, client

WAITING = "답을 준비하는 데 시간이 조금 걸리고 있어요"


@pytest.fixture
def own_server(tmp_path: Path) -> Iterator[KakaoServer]:
    """A server of the test's own (its database gets locked)."""
    srv = KakaoServer(tmp_path / "server")
    srv.start()
    yield srv
    srv.stop()


def hold_write_lock(db: Path, seconds: float, taken: threading.Event) -> None:
    """Another process's long write transaction: every write of the bot waits behind it."""
    conn = sqlite3.connect(db, isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
        taken.set()
        time.sleep(seconds)
        conn.execute("ROLLBACK")
    finally:
        conn.close()


async def test_a_stalled_database_gets_the_safe_text_in_time(own_server: KakaoServer) -> None:
    """Writes blocked for 4 s: the safe text (1308, 119) by 4.5 s; the answer comes next time."""
    async with client() as session:
        kakao = FakeKakao(own_server, session)
        await kakao.say("bk-stall", "안녕하세요")
        taken = threading.Event()
        holder = threading.Thread(target=hold_write_lock, args=(own_server.db, 4.0, taken))
        holder.start()
        taken.wait(5)
        said = await kakao.say("bk-stall", "보호출산제가 뭐예요?")
        holder.join()
        assert said.status == 200
        assert said.seconds < 4.8
        assert WAITING in said.text
        assert "1308" in said.text
        assert "119" in said.text
        assert said.tap("답장 확인")
        later = ""
        for _ in range(20):
            again = await kakao.say("bk-stall", said.tap("답장 확인"))
            if "보호출산" in again.text:
                later = again.text
                break
            await asyncio.sleep(0.2)
        assert "보호출산" in later


async def test_a_slow_answer_goes_to_the_callback_url(own_server: KakaoServer) -> None:
    """With a callbackUrl and a stall: useCallback at once, the full answer posted later, once."""
    sink = CallbackSink()
    await sink.start()
    try:
        async with client() as session:
            kakao = FakeKakao(own_server, session)
            await kakao.say("bk-callback", "안녕하세요")
            quick = await kakao.say(
                "bk-callback", "출생통보제가 뭐예요?", callbackUrl=sink.url + "a"
            )
            assert "template" in quick.body  # fast enough: answered directly
            assert sink.received == []
            taken = threading.Event()
            holder = threading.Thread(target=hold_write_lock, args=(own_server.db, 2.0, taken))
            holder.start()
            taken.wait(5)
            said = await kakao.say(
                "bk-callback", "보호출산제가 뭐예요?", callbackUrl=sink.url + "b"
            )
            holder.join()
            assert said.body["useCallback"] is True
            assert said.seconds < 1.5
            await asyncio.wait_for(sink.got.wait(), 30)
        [posted] = sink.received
        assert posted["version"] == "2.0"
        text = "\n".join(o["simpleText"]["text"] for o in posted["template"]["outputs"])
        assert "보호출산" in text
        again = await _check(own_server)
        assert "보호출산" not in again
    finally:
        await sink.stop()


async def _check(server: KakaoServer) -> str:
    async with client() as session:
        said = await FakeKakao(server, session).say("bk-callback", "답장 확인")
    return said.text

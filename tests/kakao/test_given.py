"""Her waiting answer is given once across processes, and only marked sent if Kakao took it.

Two KakaoTalk channel instances in this process stand for two `gyeot run` processes: each has
its own PostgreSQL pool on one schema, its own HTTP server and its own lease holder. The fake
Kakao posts real skill requests to them over loopback.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import time
from dataclasses import dataclass

import aiohttp  # noqa: TID251 - the fake Kakao speaks real HTTP, as Kakao does

from bot.app import build_engine
from bot.config import Settings
from bot.http import HttpServer
from bot.kakao.channel import KakaoChannel
from flows import OutboxMessage, Outcome, PrivacyPolicy, Session
from knowledge import load_knowledge
from storage import Keyring
from storage.pg import PgStore
from tests.kakao.harness import KAKAO_SECRET, PATH, client, payload
from tests.storage.conftest import PG_URL, SECRET, pg_schema

HER = "bk-given-0001"
REPLY = "상담사: 안녕하세요, 천천히 이야기해 주세요."
CHECK = "답장 확인"
NOW = dt.datetime(2026, 12, 2, tzinfo=dt.UTC)

__all__ = ["pg_schema"]  # the fixture: a fresh schema on the test server


@dataclass
class Instance:
    """One channel with its own store and HTTP server, as one `gyeot run` process has."""

    store: PgStore
    channel: KakaoChannel
    http: HttpServer

    @property
    def url(self) -> str:
        """Where Kakao posts her requests."""
        return f"http://127.0.0.1:{self.http.port}{PATH}"


class StarvedOnce:
    """`time.monotonic`, but 6 s go missing right after the first request reached a handler."""

    def __init__(self) -> None:
        self.skew: float | None = None

    def __call__(self) -> float:
        now = time.monotonic() + (self.skew or 0.0)
        if self.skew is None:
            self.skew = 6.0
        return now


async def start(schema: str, *, clock: StarvedOnce | None = None) -> Instance:
    """One instance on `schema`."""
    settings = Settings()
    kb = load_knowledge(settings.knowledge.path)
    engine = build_engine(settings, kb)
    keyring = Keyring(SECRET)
    store = await PgStore.open(PG_URL, keyring, PrivacyPolicy(), schema=schema)
    channel = KakaoChannel(
        store,
        keyring,
        secret=KAKAO_SECRET,
        kb=lambda: kb,
        engine=lambda: engine,
        clock=clock or time.monotonic,
    )
    http = HttpServer("127.0.0.1:0")
    channel.mount(http)
    await http.start()
    return Instance(store, channel, http)


async def stop(instance: Instance) -> None:
    """Stop serving, let its marks finish, close the pool."""
    await instance.http.stop()
    await instance.channel.close()
    await instance.store.close()


async def wait_for_counselor(instance: Instance) -> None:
    """A counselor's reply to her waits in the outbox (a bot cannot push on KakaoTalk)."""
    key = instance.channel.keyring.user_key("kakao", HER)
    row = OutboxMessage(HER, json.dumps({"text": REPLY}, ensure_ascii=False), "kakao")
    await instance.store.commit(key, Outcome((), Session(started=True)), now=NOW, outbox=[row])


async def ask(session: aiohttp.ClientSession, url: str) -> str:
    """Her "답장 확인" on one instance; the texts of its answer."""
    data = json.dumps(payload(HER, CHECK), ensure_ascii=False).encode()
    headers = {"Content-Type": "application/json", "X-Gyeot-Kakao-Secret": KAKAO_SECRET}
    async with session.post(url, data=data, headers=headers) as resp:
        assert resp.status == 200
        body = await resp.json()
    return "\n".join(o["simpleText"]["text"] for o in body["template"]["outputs"])


async def pending(instance: Instance, *, settle: float = 5.0) -> int:
    """Her rows still waiting once the marks in flight are written (0 as soon as none is)."""
    deadline = time.monotonic() + settle
    while True:
        left = await instance.store.outbox_for("kakao", HER)
        if not left or time.monotonic() > deadline:
            return len(left)
        await asyncio.sleep(0.05)


async def test_two_requests_at_once_on_two_processes_give_her_reply_once(
    pg_schema: str,
) -> None:
    """Her two requests at the same moment, one per process: the reply in exactly one answer."""
    a, b = await start(pg_schema), await start(pg_schema)
    try:
        async with client() as session:
            for _ in range(3):  # three rounds: each a fresh race
                await wait_for_counselor(a)
                answers = await asyncio.gather(ask(session, a.url), ask(session, b.url))
                assert sum(REPLY in text for text in answers) == 1, answers
                assert await pending(a) == 0
            assert REPLY not in await ask(session, b.url)
            assert REPLY not in await ask(session, a.url)
    finally:
        await stop(a)
        await stop(b)


async def test_an_answer_written_too_late_leaves_her_reply_for_the_next_request(
    pg_schema: str,
) -> None:
    """Written 6 s after her request (a starved process): Kakao dropped it; it is given again."""
    a = await start(pg_schema, clock=StarvedOnce())
    try:
        await wait_for_counselor(a)
        async with client() as session:
            assert REPLY in await ask(session, a.url)  # what Kakao would have dropped
            assert REPLY in await ask(session, a.url)  # given again, this time in time
            assert await pending(a) == 0
            assert REPLY not in await ask(session, a.url)
    finally:
        await stop(a)

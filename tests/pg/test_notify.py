"""A reply written by one process reaches a web tab open on another at once (LISTEN/NOTIFY).

Two `run_service` instances ("processes" A and B: each its own pool, listener connection and
HTTP server) on one PostgreSQL schema, a real WebSocket client on A, and rows committed
through B's store. A's tabs poll only once a minute here, so a frame that arrives in well
under a second came by NOTIFY. The listener's connection is terminated by the server
(`pg_terminate_backend`) and comes back; every NOTIFY payload is read by an outsider.
"""

from __future__ import annotations

import asyncio
import base64
import dataclasses
import itertools
import json
import re
import secrets
import socket
import statistics
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import aiohttp  # noqa: TID251 - a real WebSocket client, as a browser tab is
import asyncpg  # noqa: TID251 - an outsider listens to what the server sends
import pytest

from bot.app import Runtime, open_runtime
from bot.config import Settings
from bot.serve import Service, run_service
from flows import OutboxMessage, Outcome, PrivacyPolicy
from storage import Keyring
from storage.errors import StorageError
from storage.pg import PgStore, create_schema, drop_schema
from storage.pg.notify import APPLICATION_NAME, OutboxListener, channel_name
from tests.bot.pg_kit import PG_URL, pg_rows, pg_url, with_schema
from tests.kakao.harness import CallbackSink

__all__ = ["pg_url"]  # the fixture

SECRET = "notify-test-secret-key-0123456789abcdef"
SLOW_POLL = 60.0  # A's tabs look for rows once a minute: only NOTIFY can be fast
FAST = 0.5  # "at once": well under the default 1 s poll


def schema_of(url: str) -> str:
    """The schema a test URL selects (`?search_path=...`)."""
    return url.rsplit("search_path=", 1)[1]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Process:
    """`gyeot run` (web chat only) on the test schema, as a task on this event loop."""

    url: str
    root: Path
    poll: float = SLOW_POLL
    extra: dict[str, Any] = field(default_factory=dict)  # more sections of the settings
    rt: Runtime | None = None
    service: Service | None = None
    stop: asyncio.Event = field(default_factory=asyncio.Event)
    task: asyncio.Task[None] | None = None

    @property
    def base(self) -> str:
        assert self.service is not None
        return f"http://{self.service.rt.settings.http.listen}/"

    async def start(self) -> Process:
        settings = Settings.model_validate(
            {
                "storage": {"url": self.url, "path": str(self.root / "unused.db")},
                "http": {"listen": f"127.0.0.1:{free_port()}"},
                **self.extra,
            }
        )
        ready = asyncio.Event()

        def on_ready(service: Service) -> None:
            assert service.web is not None
            service.web.settings = dataclasses.replace(
                service.web.settings, poll_interval=self.poll
            )
            self.service = service
            ready.set()

        async def serve() -> None:
            async with open_runtime(settings) as rt:
                self.rt = rt
                await run_service(rt, token=None, stop_event=self.stop, on_ready=on_ready)

        self.task = asyncio.create_task(serve())
        waiter = asyncio.create_task(ready.wait())
        await asyncio.wait([self.task, waiter], timeout=60, return_when=asyncio.FIRST_COMPLETED)
        waiter.cancel()
        if self.task.done():
            self.task.result()  # surface a startup failure
        assert ready.is_set(), "the service did not start"
        return self

    async def close(self) -> None:
        self.stop.set()
        if self.task is not None:
            await asyncio.wait_for(self.task, 30)

    async def counselor_says(self, token: str, text: str, channel: str = "web") -> None:
        """Queue a counselor's line to her session, as the staff desk does, and commit."""
        assert self.rt is not None and self.rt.cases is not None
        key = self.rt.keyring.user_key(channel, token)
        async with self.rt.cases.staff_tx() as tx:
            await tx.enqueue(token, _payload(text), owner=key, now=_now(), channel=channel)

    async def answer(self, token: str, text: str) -> None:
        """Commit her session with a reply queued, as the processor does for her message."""
        assert self.rt is not None
        key = self.rt.keyring.user_key("web", token)
        outcome = Outcome(replies=(), next_state=self.rt.engine.new_session("ko"))
        message = OutboxMessage(token, _payload(text), "web")
        await self.rt.store.commit(key, outcome, now=_now(), outbox=[message])


def _payload(text: str) -> str:
    return json.dumps({"text": text}, ensure_ascii=False)


def _now() -> datetime:
    return datetime.now(UTC)


def new_token() -> str:
    return base64.urlsafe_b64encode(secrets.token_bytes(24)).decode()


class Tab:
    """One browser tab without the browser."""

    def __init__(self, socket: aiohttp.ClientWebSocketResponse) -> None:
        self.socket = socket

    async def next_message(self, timeout: float) -> dict[str, Any]:
        """The next bot message (acknowledged), or TimeoutError."""
        while True:
            frame: dict[str, Any] = await self.socket.receive_json(timeout=timeout)
            if frame.get("type") == "message":
                await self.socket.send_json({"type": "ack", "seq": frame["seq"]})
                return frame


@asynccontextmanager
async def web_tab(process: Process, token: str) -> AsyncIterator[Tab]:
    """Her page open on `process` with session `token`."""
    async with aiohttp.ClientSession() as session:
        base = process.base
        origin = base.rstrip("/")
        async with session.ws_connect(f"{base}ws", headers={"Origin": origin}) as socket:
            await socket.send_json({"type": "hello", "session": token, "last": 0, "lang": "ko"})
            assert (await socket.receive_json(timeout=10))["type"] == "ready"
            yield Tab(socket)


async def listeners(url: str) -> set[int]:
    """Backends listening on this schema's channel (its LISTEN is the last thing they ran)."""
    rows = await pg_rows(
        url,
        "SELECT pid FROM pg_stat_activity WHERE application_name = $1 AND query LIKE $2",
        APPLICATION_NAME,
        f'%"{channel_name(schema_of(url))}"%',
    )
    return {int(str(pid)) for (pid,) in rows}


async def until(check: Any, timeout: float = 15.0) -> Any:
    """Poll the async `check` until it returns something truthy."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not (found := await check()):
        assert loop.time() < deadline, "timed out"
        await asyncio.sleep(0.05)
    return found


@pytest.fixture
async def two(
    pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> AsyncIterator[tuple[Process, Process]]:
    """Processes A and B on one schema, both listening."""
    monkeypatch.setenv("GYEOT_SECRET_KEY", SECRET)
    a = await Process(pg_url, tmp_path / "a").start()
    b = await Process(pg_url, tmp_path / "b").start()
    try:
        await until(lambda: _count_at_least(pg_url, 2))
        yield a, b
    finally:
        await b.close()
        await a.close()


async def _count_at_least(url: str, count: int) -> bool:
    return len(await listeners(url)) >= count


async def delivery(tab: Tab, send: Any, text: str) -> float:
    """Seconds from `send(text)`'s commit until `text` is on `tab` (other messages skipped)."""
    loop = asyncio.get_running_loop()
    await send(text)
    committed = loop.time()
    while (await tab.next_message(timeout=5.0))["text"] != text:
        pass
    return loop.time() - committed


async def test_a_reply_committed_on_b_reaches_a_tab_on_a_at_once(
    two: tuple[Process, Process], pg_url: str
) -> None:
    """Counselor lines and her answers committed through B reach A's tab in well under 1 s.

    Again after the server terminated both listeners' connections (the services run on).
    """
    a, b = two
    token = new_token()
    took: list[float] = []
    async with web_tab(a, token) as her:
        for n in range(10):
            took.append(await delivery(her, lambda t: b.counselor_says(token, t), f"c{n}"))
            took.append(await delivery(her, lambda t: b.answer(token, t), f"a{n}"))
        print(
            f"commit on B -> frame on A: median {statistics.median(took) * 1000:.1f} ms,"
            f" max {max(took) * 1000:.1f} ms over {len(took)} (A polls every {SLOW_POLL:.0f} s)"
        )
        assert max(took) < FAST

        before = await listeners(pg_url)
        [(killed,)] = await pg_rows(
            pg_url,
            "SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) FROM unnest($1::int[]) pid",
            sorted(before),
        )
        assert killed == 2
        after = await until(lambda: _fresh_listeners(pg_url, before))
        assert not after & before
        assert a.task is not None and not a.task.done()
        again = await delivery(her, lambda t: b.counselor_says(token, t), "돌아왔어요")
    assert again < FAST


async def _fresh_listeners(url: str, old: set[int]) -> set[int]:
    now = await listeners(url)
    return now if len(now - old) >= 2 else set()


async def test_notify_payloads_carry_only_the_dest(
    two: tuple[Process, Process], pg_url: str
) -> None:
    """Plant a phone number, a name and her token: each payload is exactly her dest."""
    a, b = two
    assert a.rt is not None
    heard: list[tuple[str, str]] = []
    outsider = await asyncpg.connect(PG_URL)
    await outsider.add_listener(
        channel_name(schema_of(pg_url)), lambda _c, _p, ch, payload: heard.append((ch, payload))
    )
    token = new_token()
    planted = f"제 이름은 Planted{secrets.token_hex(3)}, 번호는 010-4821-7730 이에요"
    try:
        async with web_tab(a, token) as her:
            await her.socket.send_json({"type": "say", "id": 1, "text": planted})
            await her.next_message(timeout=10)  # the bot's answer (committed by A or B)
            await delivery(her, lambda t: b.counselor_says(token, t), planted)
            await delivery(her, lambda t: b.answer(token, t), planted)
        await asyncio.sleep(0.2)
    finally:
        await outsider.close()
    dest = a.rt.keyring.user_key("web", token)
    assert len(heard) >= 3
    assert {payload for _, payload in heard} == {dest}
    assert re.fullmatch(r"[0-9a-f]{64}", dest)
    [(ids,)] = await pg_rows(pg_url, "SELECT array_agg(id::text) FROM outbox")
    for _, payload in heard:
        assert token not in payload and "7730" not in payload and "Planted" not in payload
        assert payload not in (ids or [])


async def test_another_schema_hears_nothing(pg_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests use a schema each: rows written in one never wake a listener of another."""
    monkeypatch.setenv("GYEOT_SECRET_KEY", SECRET)
    other = f"t_{secrets.token_hex(6)}"
    await create_schema(PG_URL, other)
    keyring = Keyring(SECRET)
    mine = await PgStore.open(PG_URL, keyring, PrivacyPolicy(), schema=schema_of(pg_url))
    theirs = await PgStore.open(PG_URL, keyring, PrivacyPolicy(), schema=other)
    heard: dict[str, list[str]] = {"mine": [], "theirs": []}
    stop = asyncio.Event()
    tasks = [
        asyncio.create_task(mine.listen_outbox(heard["mine"].append, stop)),
        asyncio.create_task(theirs.listen_outbox(heard["theirs"].append, stop)),
    ]
    try:
        await until(lambda: _count_at_least(pg_url, 1))
        await until(lambda: _count_at_least(with_schema(PG_URL, other), 1))
        async with mine.staff_tx() as tx:
            await tx.enqueue("route", _payload("x"), owner=None, now=_now(), channel="web")
            await tx.enqueue("route", _payload("y"), owner=None, now=_now(), channel="telegram")
        await until(lambda: _nonempty(heard["mine"]))
        await asyncio.sleep(0.3)
    finally:
        stop.set()
        await asyncio.gather(*tasks)
        await mine.close()
        await theirs.close()
        await drop_schema(PG_URL, other)
    assert heard == {"mine": [keyring.user_key("web", "route")], "theirs": []}


async def _nonempty(items: list[str]) -> bool:
    return bool(items)


async def test_a_kakao_reply_written_on_b_makes_one_event_not_one_per_process(
    pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With `[kakao] event_api`, a reply committed on B is announced to Kakao once, not twice."""
    for name, value in [
        ("GYEOT_SECRET_KEY", SECRET),
        ("GYEOT_KAKAO_SECRET", "kakao-skill-secret-0123456789"),
        ("GYEOT_KAKAO_EVENT_KEY", "rest-api-key"),
    ]:
        monkeypatch.setenv(name, value)
    kakao_api = CallbackSink()
    await kakao_api.start()
    kakao = {"kakao": {"enabled": True, "event_api": kakao_api.url + "talk"}}
    a = await Process(pg_url, tmp_path / "a", extra=kakao).start()
    b = await Process(pg_url, tmp_path / "b", extra=kakao).start()
    try:
        await b.counselor_says("bk-her", "상담사: 안녕하세요", channel="kakao")
        await asyncio.wait_for(kakao_api.got.wait(), 30)  # after the 10 s settle
        await asyncio.sleep(4)  # another process would ask within its 2 s scan
    finally:
        await b.close()
        await a.close()
        await kakao_api.stop()
    assert [body["user"][0]["id"] for body in kakao_api.received] == ["bk-her"]


async def test_the_listener_retries_with_backoff_while_the_server_is_unreachable(
    pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Three refused connects (forced, as during a restart): waits double, then it listens."""
    keyring = Keyring(SECRET)
    store = await PgStore.open(PG_URL, keyring, PrivacyPolicy(), schema=schema_of(pg_url))
    db = store.database
    real_connect = db.connect
    loop = asyncio.get_running_loop()
    attempts: list[float] = []

    async def refused_at_first(name: str) -> Any:
        attempts.append(loop.time())
        if len(attempts) <= 3:
            raise StorageError("cannot reach PostgreSQL (forced by the test)")
        return await real_connect(name)

    monkeypatch.setattr(db, "connect", refused_at_first)
    heard: list[str] = []
    stop = asyncio.Event()
    listener = OutboxListener(db, heard.append, first_retry=0.1, last_retry=0.3)
    task = asyncio.create_task(listener.run(stop))
    try:
        await until(lambda: _count_at_least(pg_url, 1))
        async with store.staff_tx() as tx:
            await tx.enqueue("route", _payload("x"), owner=None, now=_now(), channel="web")
        await until(lambda: _nonempty(heard))
    finally:
        stop.set()
        await task
        await store.close()
    gaps = [later - earlier for earlier, later in itertools.pairwise(attempts)]
    assert len(gaps) == 3
    assert gaps[0] > 0.099 and gaps[1] > 0.199 and gaps[2] > 0.299  # timers never fire early
    assert max(gaps) < 2.0
    assert heard == [keyring.user_key("web", "route")]

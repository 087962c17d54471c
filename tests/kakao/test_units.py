"""In-process parts of the KakaoTalk channel: startup checks, the event API notifier, labels."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import logging
from collections.abc import AsyncIterator
from typing import Any

import pytest
from aiohttp import web  # noqa: TID251 - the fake event API speaks real HTTP, as Kakao does
from aiohttp.test_utils import TestServer  # noqa: TID251 - on a loopback port

from bot.config import ConfigError, KakaoSettings, Settings
from bot.kakao import EVENT_NAME, EventNotifier, Poster, check_kakao
from bot.kakao.offered import derive
from bot.kakao.skill import MAX_LABEL
from flows import MemoryStore, OutboxMessage, Outcome, Session

NOW = dt.datetime(2026, 12, 2, tzinfo=dt.UTC)
BOT_ID = "5f0c1d2e3a4b5c6d7e8f9a0b"
REST_KEY = "rest-api-key-0123456789abcdef"


def kakao(**values: object) -> Settings:
    return Settings(kakao=KakaoSettings.model_validate({"enabled": True, **values}))


def test_the_channel_does_not_start_without_its_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    """[kakao] enabled without GYEOT_KAKAO_SECRET (or with a short one) refuses to start."""
    monkeypatch.delenv("GYEOT_KAKAO_SECRET", raising=False)
    with pytest.raises(ConfigError, match="GYEOT_KAKAO_SECRET"):
        check_kakao(kakao())
    monkeypatch.setenv("GYEOT_KAKAO_SECRET", "short")
    with pytest.raises(ConfigError, match="GYEOT_KAKAO_SECRET"):
        check_kakao(kakao())
    monkeypatch.setenv("GYEOT_KAKAO_SECRET", "a-long-enough-random-secret-0123")
    check_kakao(kakao())
    check_kakao(Settings())  # switched off: nothing needed


def test_the_event_api_needs_its_key(monkeypatch: pytest.MonkeyPatch) -> None:
    """[kakao] event_api without GYEOT_KAKAO_EVENT_KEY refuses to start."""
    monkeypatch.setenv("GYEOT_KAKAO_SECRET", "a-long-enough-random-secret-0123")
    monkeypatch.delenv("GYEOT_KAKAO_EVENT_KEY", raising=False)
    with pytest.raises(ConfigError, match="GYEOT_KAKAO_EVENT_KEY"):
        check_kakao(kakao(event_api="https://bot-api.example/v2/bots/1/talk"))


class FakeEventApi:
    """Kakao's event API: records each request and answers what the test queued."""

    def __init__(self) -> None:
        self.requests: list[tuple[dict[str, str], dict[str, Any]]] = []
        self.answers: list[tuple[int, str]] = []  # (status, body) to give next, then SUCCESS
        self.app = web.Application()
        self.app.router.add_post("/v2/bots/{bot}/talk", self._talk)

    async def _talk(self, request: web.Request) -> web.Response:
        self.requests.append((dict(request.headers), await request.json()))
        if self.answers:
            status, text = self.answers.pop(0)
            return web.Response(status=status, text=text, content_type="application/json")
        task = {"taskId": f"task-{len(self.requests)}", "status": "SUCCESS", "timestamp": 1}
        return web.json_response(task)

    def users(self, n: int) -> list[str]:
        """The botUserKeys request `n` named, in order."""
        return [user["id"] for user in self.requests[n][1]["user"]]


@pytest.fixture
async def event_api() -> AsyncIterator[tuple[FakeEventApi, str]]:
    """A fake event API listening on loopback, and its URL."""
    api = FakeEventApi()
    async with TestServer(api.app, host="127.0.0.1") as server:
        yield api, str(server.make_url(f"/v2/bots/{BOT_ID}/talk"))


@pytest.fixture
async def poster() -> AsyncIterator[Poster]:
    """The bot's HTTP client, closed afterwards."""
    found = Poster(timeout=5.0)
    yield found
    await found.close()


def ours(caplog: pytest.LogCaptureFixture) -> str:
    """What the bot logged (the fake event API's own access log aside), one line a record."""
    return "\n".join(r.getMessage() for r in caplog.records if r.name != "aiohttp.access")


async def waiting(store: MemoryStore, *routes: str) -> None:
    """A counselor's reply waits in the outbox for each of `routes`, oldest first."""
    rows = [OutboxMessage(r, '{"text":"상담사: 안녕하세요"}', "kakao") for r in routes]
    await store.commit("k", Outcome((), Session()), now=NOW, outbox=rows)


async def test_a_reply_that_waits_is_notified_once_per_person(
    event_api: tuple[FakeEventApi, str], poster: Poster
) -> None:
    """Rows that waited past `settle`: one request names each person once, with the REST key."""
    store = MemoryStore()
    await waiting(store, "bk-her", "bk-her", "bk-other")
    telegram = OutboxMessage("12345", '{"text":"telegram"}', "telegram")
    await store.commit("t", Outcome((), Session()), now=NOW, outbox=[telegram])
    api, url = event_api
    notifier = EventNotifier(store, poster, url=url, key=REST_KEY, settle=0)
    assert await notifier.scan_once() == 2
    assert await notifier.scan_once() == 0
    assert len(api.requests) == 1
    headers, body = api.requests[0]
    assert headers["Authorization"] == f"KakaoAK {REST_KEY}"
    assert headers["Content-Type"] == "application/json"
    assert body == {
        "event": {"name": EVENT_NAME},
        "user": [
            {"type": "botUserKey", "id": "bk-her"},
            {"type": "botUserKey", "id": "bk-other"},
        ],
    }
    await waiting(store, "bk-her")  # a new reply for her: a new event, for her alone
    assert await notifier.scan_once() == 1
    assert api.users(1) == ["bk-her"]


async def test_150_people_waiting_make_two_requests(
    event_api: tuple[FakeEventApi, str], poster: Poster
) -> None:
    """At most 100 people a request, none twice: 150 waiting are asked in 100 and 50."""
    store = MemoryStore()
    people = [f"bk-{n:03d}" for n in range(150)]
    await waiting(store, *people, *people[:10])
    api, url = event_api
    notifier = EventNotifier(store, poster, url=url, key=REST_KEY, settle=0)
    assert await notifier.scan_once() == 150
    assert [len(request[1]["user"]) for request in api.requests] == [100, 50]
    assert api.users(0) + api.users(1) == people
    assert await notifier.scan_once() == 0
    assert len(api.requests) == 2


@pytest.mark.parametrize(
    ("status", "text", "word"),
    [
        (200, '{"status": "FAIL", "message": "bk-her: no such user"}', "FAIL"),
        (500, '{"message": "bk-her failed"}', "-"),
        (200, "bk-her accepted, not JSON", "-"),
    ],
    ids=["200-FAIL", "500", "200-not-json"],
)
async def test_an_event_kakao_did_not_take_is_asked_again_after_the_interval(
    event_api: tuple[FakeEventApi, str],
    poster: Poster,
    caplog: pytest.LogCaptureFixture,
    status: int,
    text: str,
    word: str,
) -> None:
    """Refused (even with HTTP 200) or failed: asked again one interval later, not sooner."""
    caplog.set_level(logging.DEBUG)
    store = MemoryStore()
    await waiting(store, "bk-her", "bk-other")
    api, url = event_api
    api.answers.append((status, text))
    notifier = EventNotifier(store, poster, url=url, key=REST_KEY, settle=0, interval=0.3)
    assert await notifier.scan_once() == 0
    assert await notifier.scan_once() == 0  # within the interval: no second request
    assert len(api.requests) == 1
    await asyncio.sleep(0.35)
    assert await notifier.scan_once() == 2
    assert api.users(1) == ["bk-her", "bk-other"]
    assert await notifier.scan_once() == 0
    assert len(api.requests) == 2
    logged = ours(caplog)
    assert f"kakao event api answered {status} {word}" in logged
    for secret in ("bk-", "127.0.0.1", "/v2/bots", BOT_ID, REST_KEY, "상담사", "message"):
        assert secret not in logged


async def test_an_event_api_that_does_not_answer_is_asked_again(
    poster: Poster, caplog: pytest.LogCaptureFixture
) -> None:
    """Nothing listening: not taken, each scan; logged by the error's kind only, once a minute."""
    caplog.set_level(logging.DEBUG)
    store = MemoryStore()
    await waiting(store, "bk-her")
    async with TestServer(FakeEventApi().app, host="127.0.0.1") as server:
        url = str(server.make_url(f"/v2/bots/{BOT_ID}/talk"))
    notifier = EventNotifier(store, poster, url=url, key=REST_KEY, settle=0, interval=0)
    for _ in range(3):
        assert await notifier.scan_once() == 0
    failed = "kakao event api failed: ClientConnectorError"
    assert ours(caplog) == f"{failed} (0 more since the last line)"  # and nothing else


def test_labels_are_derived_from_her_saved_session() -> None:
    """After a restart, the buttons her saved state offers map back from their labels."""
    from bot.app import build_engine
    from knowledge import load_knowledge

    settings = Settings()
    engine = build_engine(settings, load_knowledge(settings.knowledge.path))
    menu = engine.menus.menu(Session(started=True))
    labels = derive(engine, menu.next_state)
    assert labels["상담사와이야기하기"] == "counselor"
    assert "flow:intake" in labels.values()
    unsure = engine.menus.faq(menu.next_state, "아기 돈")
    for button in unsure.replies[-1].buttons:
        assert derive(engine, unsure.next_state)["".join(button.label.split())] == button.id


def test_crisis_help_goes_first_and_what_does_not_fit_waits() -> None:
    """An urgent row leads the first output; rows past three outputs stay for next time."""
    from bot.kakao.compose import pack
    from flows import PendingMessage

    def row(n: int, text: str, *, urgent: bool = False) -> PendingMessage:
        body = {"text": text, "urgent": True} if urgent else {"text": text}
        return PendingMessage(n, "bk", json.dumps(body, ensure_ascii=False), 0, "kakao")

    rows = [row(i, f"상담사 {i}: " + "가" * 900) for i in (1, 2, 3, 4)]
    rows.append(row(5, "지금 위험하면 119", urgent=True))
    answer, given, _ = pack(rows, "곁에서 답장이 왔어요")
    assert answer.outputs[0].startswith("곁에서 답장이 왔어요\n\n지금 위험하면 119")
    assert [r.id for r in given] == [5, 1, 2, 3]  # the fourth waits for her next request
    assert len(answer.outputs) == 3
    assert all(len(text) <= 1000 for text in answer.outputs)


def test_shipped_kakao_labels_fit_kakao() -> None:
    """Every `[kakao.label]` and the "답장 확인" label fit 14 characters, in every language."""
    from knowledge import load_knowledge

    kb = load_knowledge(Settings().knowledge.path)
    for lang, strings in kb.catalogs.items():
        labels = {k: v for k, v in strings.items() if k.startswith("kakao.label.")}
        assert labels, lang
        labels["kakao.check"] = strings["kakao.check"]
        too_long = {k: v for k, v in labels.items() if len(v.strip()) > MAX_LABEL}
        assert too_long == {}, lang

"""The aiohttp transport and raw Bot API calls: PTB's errors, timeouts, proxies, no token leak."""

from __future__ import annotations

import asyncio

import pytest
from telegram.error import (  # noqa: TID251 - PTB's errors are the transport's contract
    BadRequest,
    Forbidden,
    NetworkError,
    RetryAfter,
    TimedOut,
)

from bot.tg.application import AnyApplication
from bot.tg.channel import retry_seconds
from bot.tg.transport import AiohttpRequest, BotApi, Form
from tests.bot.fake_bot_api import FakeBotApi

KEYBOARD = {"inline_keyboard": [[{"text": "처음으로", "callback_data": "1|menu"}]]}


async def test_send_message_returns_the_json_result(fake_api: FakeBotApi, app: AnyApplication):
    """A raw sendMessage reaches the fake with its keyboard and returns the message as JSON."""
    fake_api.chat(1001)
    api = BotApi.of(app.bot)
    params = {"chat_id": 1001, "text": "안녕하세요", "reply_markup": KEYBOARD}
    sent = await api.call("sendMessage", params)
    assert sent["message_id"] > 0
    stored = fake_api.chat(1001).messages[sent["message_id"]]
    assert (stored["text"], stored["reply_markup"]) == ("안녕하세요", KEYBOARD)


async def test_telegram_errors_are_ptbs_exceptions(fake_api: FakeBotApi, app: AnyApplication):
    """429 is RetryAfter with its wait, 403 Forbidden, 400 BadRequest, 502 NetworkError."""
    fake_api.chat(1001)
    api = BotApi.of(app.bot)
    params = {"chat_id": 1001, "text": "hi"}
    fake_api.fail_next("sendMessage", status=429, retry_after=7)
    with pytest.raises(RetryAfter) as flood:
        await api.call("sendMessage", params)
    assert retry_seconds(flood.value) == 7
    fake_api.fail_next("sendMessage", status=403)
    with pytest.raises(Forbidden):
        await api.call("sendMessage", params)
    with pytest.raises(BadRequest):
        await api.call("sendMessage", {"chat_id": 424242, "text": "hi"})
    fake_api.fail_next("sendMessage", status=502)
    with pytest.raises(NetworkError):
        await api.call("sendMessage", params)
    assert (await api.call("sendMessage", params))["text"] == "hi"


async def test_a_hung_answer_times_out(fake_api: FakeBotApi):
    """No answer within the read timeout is TimedOut, and the next call works."""
    fake_api.chat(1001)
    request = AiohttpRequest(2, read_timeout=0.3)
    await request.initialize()
    try:
        api = BotApi(request, f"{fake_api.api_base_url}/bot{fake_api.token}")
        fake_api.hang_next("sendMessage")
        with pytest.raises(TimedOut):
            await api.call("sendMessage", {"chat_id": 1001, "text": "hi"})
        assert await api.call("sendMessage", {"chat_id": 1001, "text": "again"})
    finally:
        await request.shutdown()


async def test_a_long_poll_may_wait_longer_than_the_read_timeout(fake_api: FakeBotApi):
    """getUpdates' own wait is added to the read timeout, so an idle poll is not a failure."""
    request = AiohttpRequest(1, read_timeout=0.2)
    await request.initialize()
    try:
        api = BotApi(request, f"{fake_api.api_base_url}/bot{fake_api.token}")
        assert await api.call("getUpdates", {"timeout": 1}, wait=1) == []
    finally:
        await request.shutdown()


async def test_a_dropped_connection_is_a_network_error(fake_api: FakeBotApi, app: AnyApplication):
    """A connection closed without an answer is NetworkError (the sender retries it)."""
    fake_api.chat(1001)
    fake_api.drop_next("sendMessage")
    with pytest.raises(NetworkError):
        await BotApi.of(app.bot).call("sendMessage", {"chat_id": 1001, "text": "hi"})


async def test_errors_never_quote_the_token():
    """The URL holds the token; a failed connection's error must not repeat it."""
    request = AiohttpRequest(1)
    await request.initialize()
    try:
        api = BotApi(request, "http://127.0.0.1:9/bot123456:SECRET-TOKEN")
        with pytest.raises(NetworkError) as failure:
            await api.call("getMe", {})
        assert "SECRET-TOKEN" not in str(failure.value)
        assert "SECRET-TOKEN" not in repr(failure.value)
    finally:
        await request.shutdown()


def test_proxies_come_from_the_environment(monkeypatch: pytest.MonkeyPatch):
    """HTTPS_PROXY is used for Telegram, NO_PROXY turns it off, as with PTB's default."""
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.example:3128")
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    url = "https://api.telegram.org/bot1:x/sendMessage"
    assert AiohttpRequest()._proxy(url) == "http://proxy.example:3128"
    monkeypatch.setenv("NO_PROXY", "api.telegram.org")
    assert AiohttpRequest()._proxy(url) is None


def test_form_encodes_like_ptb():
    """Strings go as they are, everything else as JSON, None is left out."""
    form = Form({"text": "안녕", "chat_id": 5, "markup": {"a": [1]}, "flag": True, "x": None})
    assert form.json_parameters == {
        "text": "안녕",
        "chat_id": "5",
        "markup": '{"a": [1]}',
        "flag": "true",
    }
    assert not form.contains_files


async def test_an_uninitialized_transport_says_so():
    """Using the transport before `initialize` is a clear error, not a hang."""
    with pytest.raises(RuntimeError, match="not initialized"):
        await AiohttpRequest().do_request("http://127.0.0.1:9/x", "POST")


async def test_calls_beyond_the_pool_wait_in_order_and_all_succeed(
    fake_api: FakeBotApi, app: AnyApplication
):
    """Fifty calls at once through an eight-connection pool: every one is answered."""
    fake_api.chat(1001)
    api = BotApi.of(app.bot)
    sent = await asyncio.gather(
        *(api.call("sendMessage", {"chat_id": 1001, "text": f"m{i}"}) for i in range(50))
    )
    assert sorted(m["text"] for m in sent) == sorted(f"m{i}" for i in range(50))

"""Webhook mode: the secret is checked, the update is in the inbox before Telegram gets 200."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime

import httpx
import pytest

from bot.http import HttpServer
from bot.tg.webhook import SECRET_HEADER, WebhookReceiver, add_webhook
from flows import MemoryStore
from tests.bot.conftest import HmacKeyring, make_rig
from tests.bot.fake_bot_api import FakeBotApi

SECRET = "s3cret_Token-1"


@dataclass
class FlakyStore(MemoryStore):
    """Fails the first `failures` inbox writes."""

    failures: int = 0

    async def inbox_put(self, updates, *, now):
        if self.failures > 0:
            self.failures -= 1
            raise OSError("disk full")
        return await super().inbox_put(updates, now=now)


async def serving(receiver: WebhookReceiver) -> tuple[HttpServer, str]:
    """The shared HTTP server on a free port with the webhook route mounted."""
    server = HttpServer("127.0.0.1:0")
    add_webhook(server, receiver, "/telegram")
    port = await server.start()
    return server, f"http://127.0.0.1:{port}/telegram"


def stored(store: MemoryStore) -> list[str]:
    """The event keys (update ids) in the inbox."""
    return sorted(key for _, key in store.inbox_keys)


@pytest.fixture
async def hook(app) -> AsyncIterator[tuple[HttpServer, FlakyStore, str]]:
    store = FlakyStore()
    receiver = WebhookReceiver(bot=app.bot, store=store, keyring=HmacKeyring(), secret=SECRET)
    server, url = await serving(receiver)
    yield server, store, url
    await server.stop()


async def post(url: str, body: object, secret: str | None) -> int:
    headers = {SECRET_HEADER: secret} if secret is not None else {}
    async with httpx.AsyncClient() as client:
        response = await client.post(url, content=json.dumps(body), headers=headers)
    return response.status_code


@pytest.mark.parametrize("secret", [None, "", "wrong", SECRET + "x", SECRET[:-1]])
async def test_wrong_or_missing_secret_is_refused_and_nothing_is_stored(hook, secret):
    """A request without the right secret gets 403 and leaves the inbox empty."""
    _server, store, url = hook
    update = FakeBotApi().push_text(1001, "hi")
    assert await post(url, update, secret) == 403
    assert store.inbox == {}


async def test_right_secret_stores_the_update_before_answering_200(hook):
    """With the right secret the update is in the inbox when the 200 arrives."""
    _server, store, url = hook
    update = FakeBotApi().push_text(1001, "hi")
    assert await post(url, update, SECRET) == 200
    assert stored(store) == [str(update["update_id"])]


async def test_her_message_id_joins_her_chat_log_with_the_update(hook):
    """The inbox write also logs her message's id under her key, once for a repeat."""
    _server, store, url = hook
    update = FakeBotApi().push_text(1001, "hi")
    assert await post(url, update, SECRET) == 200
    assert await post(url, update, SECRET) == 200  # Telegram delivers again: stored once
    her = HmacKeyring().user_key("telegram", 1001)
    logged = await store.recent_messages(her, since=datetime(2000, 1, 1, tzinfo=UTC))
    assert (stored(store), logged) == (
        [str(update["update_id"])],
        [update["message"]["message_id"]],
    )


async def test_store_failure_answers_500_so_telegram_retries(hook):
    """When the inbox write fails the webhook answers 500, never 200."""
    _server, store, url = hook
    store.failures = 1
    update = FakeBotApi().push_text(1001, "hi")
    assert await post(url, update, SECRET) == 500
    assert await post(url, update, SECRET) == 200
    assert stored(store) == [str(update["update_id"])]


@pytest.mark.parametrize("body", ["not json", [], {"update_id": "x"}])
async def test_a_body_that_is_not_an_update_is_a_400(hook, body):
    """Garbage with the right secret is refused with 400 and not stored."""
    _server, store, url = hook
    assert await post(url, body, SECRET) == 400
    assert store.inbox == {}


def test_a_receiver_without_secret_cannot_be_built(app):
    """Webhook mode refuses to run without a secret token."""
    with pytest.raises(ValueError, match="secret"):
        WebhookReceiver(bot=app.bot, store=MemoryStore(), keyring=HmacKeyring(), secret="")


async def test_conversation_over_webhook_end_to_end(fake_api: FakeBotApi, app):
    """Telegram (the fake) delivers to the webhook; the reply goes out through the outbox."""
    rig = make_rig(fake_api, app)
    receiver = WebhookReceiver(
        bot=app.bot,
        store=rig.store,
        keyring=rig.keyring,
        secret=SECRET,
        on_stored=rig.processor.wake,
    )
    server, url = await serving(receiver)
    await app.bot.set_webhook(url, secret_token=SECRET)
    tasks = [asyncio.create_task(loop.run(rig.stop)) for loop in (rig.processor, rig.sender)]
    try:
        fake_api.push_text(1001, "hello")
        fake_api.push_text(1001, "again")
        await fake_api.wait_for(lambda: len(fake_api.sent_texts(1001)) == 2)
    finally:
        rig.stop.set()
        await asyncio.gather(*tasks)
        await app.bot.delete_webhook()
        await server.stop()
    bodies = [t.split("\n\n")[1].split("  [")[0] for t in fake_api.sent_texts(1001)]
    assert bodies == ["echo: hello", "echo: again"]


async def test_issue_16_odd_update_ids_and_deep_nesting_are_400_not_500(hook):
    """`true`, 2**70 or a megabyte of nested brackets is refused with 400 and not stored."""
    _server, store, url = hook
    headers = {SECRET_HEADER: SECRET}
    bodies = [
        json.dumps({"update_id": True, "message": {}}),
        json.dumps({"update_id": 2**70, "message": {}}),
        "[" * 100_000 + "]" * 100_000,
    ]
    async with httpx.AsyncClient() as client:
        for body in bodies:
            response = await client.post(url, content=body, headers=headers)
            assert response.status_code == 400
    assert store.inbox == {}


async def test_issue_16_the_secret_is_checked_before_the_body_and_big_bodies_are_413(hook):
    """A wrong secret is refused at once; with the right one a body over the limit is 413."""
    server, store, url = hook
    big = b"x" * (server.limits.max_body + 1)
    async with httpx.AsyncClient() as client:
        wrong = await client.post(url, content=big, headers={SECRET_HEADER: "wrong"})
        right = await client.post(url, content=big, headers={SECRET_HEADER: SECRET})
    assert (wrong.status_code, right.status_code) == (403, 413)
    assert store.inbox == {}


async def test_issue_16_refused_secrets_are_logged_at_most_once_a_minute(hook, caplog):
    """A flood of bad secrets leaves one warning line, not one per request."""
    _server, _store, url = hook
    update = FakeBotApi().push_text(1001, "hi")
    for _ in range(20):
        assert await post(url, update, "wrong") == 403
    warnings = [r for r in caplog.records if "secret" in r.getMessage()]
    assert len(warnings) == 1

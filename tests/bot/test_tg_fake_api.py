"""The fake Bot API itself: strict where Telegram is strict, so adapter tests mean something."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from bot.tg.application import build_application
from bot.tg.commands import COMMANDS, register_commands
from tests.bot.fake_bot_api import FakeBotApi

ROOT = Path(__file__).resolve().parents[2]


async def test_unknown_method_is_a_bad_request_not_an_invalid_token(app):
    """An unimplemented method answers 400, which PTB maps to BadRequest."""
    from telegram.error import BadRequest  # noqa: TID251 - the seam under test

    with pytest.raises(BadRequest, match="not implemented"):
        await app.bot.do_api_request("sendDiceRoll")


async def test_wrong_token_is_unauthorized(fake_api: FakeBotApi):
    """A token the fake does not know is refused at startup, as Telegram does."""
    from telegram.error import InvalidToken  # noqa: TID251

    application = build_application("999:WRONG", api_base_url=fake_api.api_base_url)
    try:
        with pytest.raises(InvalidToken):
            await application.initialize()
    finally:
        await application.bot.shutdown()


async def test_send_message_limits_are_enforced(app, fake_api: FakeBotApi):
    """Text over 4096 units, empty text and callback data over 64 bytes are refused."""
    from telegram import InlineKeyboardButton, InlineKeyboardMarkup  # noqa: TID251
    from telegram.error import BadRequest  # noqa: TID251

    fake_api.chat(1001)
    with pytest.raises(BadRequest, match="too long"):
        await app.bot.send_message(1001, "가" * 4097)
    with pytest.raises(BadRequest, match="empty"):
        await app.bot.send_message(1001, "  ")
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("x", callback_data="가" * 22)]])
    with pytest.raises(BadRequest, match=r"(?i)button_data_invalid"):
        await app.bot.send_message(1001, "hi", reply_markup=markup)
    sent = await app.bot.send_message(1001, "가" * 4096)
    assert sent.message_id == 1


async def test_string_parameters_stay_strings(app, fake_api: FakeBotApi):
    """A text that looks like JSON ("123", "true") arrives as the string it was."""
    fake_api.chat(1001)
    await app.bot.send_message(1001, "123")
    await app.bot.send_message(1001, "true")
    assert [c.params["text"] for c in fake_api.calls_of("sendMessage")] == ["123", "true"]


async def test_edit_to_the_same_text_is_not_modified(app, fake_api: FakeBotApi):
    """Editing a message to identical content is the 400 "message is not modified"."""
    from telegram.error import BadRequest  # noqa: TID251

    fake_api.chat(1001)
    sent = await app.bot.send_message(1001, "hi")
    await app.bot.edit_message_text("changed", chat_id=1001, message_id=sent.message_id)
    with pytest.raises(BadRequest, match="not modified"):
        await app.bot.edit_message_text("changed", chat_id=1001, message_id=sent.message_id)


async def test_long_poll_returns_early_when_an_update_arrives(app, fake_api: FakeBotApi):
    """getUpdates waits up to its timeout but returns as soon as an update is pushed."""
    started = time.monotonic()
    poll = asyncio.create_task(app.bot.get_updates(timeout=5))
    await asyncio.sleep(0.2)
    fake_api.push_text(1001, "hi")
    updates = await poll
    assert [u.message.text for u in updates if u.message] == ["hi"]
    assert time.monotonic() - started < 2


async def test_offset_confirms_and_drops_older_updates(app, fake_api: FakeBotApi):
    """Asking with offset = last id + 1 confirms everything before it."""
    first = fake_api.push_text(1001, "a")["update_id"]
    fake_api.push_text(1001, "b")
    assert len(await app.bot.get_updates(timeout=0)) == 2
    assert len(await app.bot.get_updates(offset=first + 1, timeout=0)) == 1
    assert len(fake_api.updates) == 1


async def test_deletion_copy_and_forum_topics(app, fake_api: FakeBotApi):
    """deleteMessage(s), copyMessage and createForumTopic behave like the Bot API."""
    from telegram.error import BadRequest  # noqa: TID251

    fake_api.chat(1001)
    fake_api.chat(-100500, type_="supergroup")
    one = await app.bot.send_message(1001, "one")
    two = await app.bot.send_message(1001, "two")
    copied = await app.bot.copy_message(-100500, 1001, two.message_id)
    topic = await app.bot.create_forum_topic(-100500, "상담-M001")
    assert await app.bot.delete_message(1001, one.message_id)
    with pytest.raises(BadRequest, match="not found"):
        await app.bot.delete_message(1001, one.message_id)
    assert await app.bot.delete_messages(1001, [one.message_id, two.message_id])
    assert fake_api.chats[1001].messages == {}
    assert copied.message_id != topic.message_thread_id


async def test_json_bodies_are_accepted(fake_api: FakeBotApi):
    """Clients that post JSON (not PTB's form encoding) are understood."""
    fake_api.chat(1001)
    url = f"{fake_api.base_url}{fake_api.token}/sendMessage"
    async with httpx.AsyncClient() as client:
        response = await client.post(url, json={"chat_id": 1001, "text": "hi"})
    assert response.json()["result"]["text"] == "hi"


async def test_commands_are_registered_in_korean_english_and_by_default(app, fake_api):
    """setMyCommands runs for the default (Korean), "ko" and "en"; all seven commands each."""
    await register_commands(app.bot)
    registered = {
        lang: [c["command"] for c in cmds] for (_, lang), cmds in fake_api.commands.items()
    }
    expected = ["start", "menu", "help", "language", "counselor", "forget", "erase"]
    assert registered == {"": expected, "ko": expected, "en": expected}
    default = fake_api.commands[('{"type": "default"}', "")]
    assert [c["description"] for c in default] == [d for _, d in COMMANDS["ko"]]


async def test_fake_runs_as_its_own_process_with_a_control_api():
    """`python -m tests.bot.fake_bot_api` serves the API and the /sim control routes."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.bot.fake_bot_api", "--port", "0"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        port = int(proc.stdout.readline().split()[1])
        base = f"http://127.0.0.1:{port}"
        async with httpx.AsyncClient(base_url=base) as client:
            pushed = await client.post(
                "/sim/push", json={"kind": "text", "user_id": 7, "text": "hi"}
            )
            application = build_application("123:TEST", api_base_url=base)
            async with application:
                updates = await application.bot.get_updates(timeout=0)
            calls = (await client.get("/sim/calls")).json()
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        if proc.stdout is not None:
            proc.stdout.close()
    assert [u.update_id for u in updates] == [pushed.json()["update_id"]]
    assert [c["method"] for c in calls] == ["getMe", "getUpdates"]

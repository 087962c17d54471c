"""Update translation: what becomes an event, what is ignored, and what is never kept."""

from __future__ import annotations

import json

import pytest

from bot.channels import Inbound, decode_inbound, encode_inbound, parse_command
from bot.tg.codec import encode_callback
from bot.tg.updates import (
    inbound_from_json,
    is_update_id,
    parse_update,
)
from flows import Command, Press, Text, Unsupported
from tests.bot.fake_bot_api import FakeBotApi

MEDIA = ["sticker", "photo", "voice", "video", "video_note", "animation", "document",
         "location", "contact"]  # fmt: skip


@pytest.fixture
def fake() -> FakeBotApi:
    return FakeBotApi()  # used only to build realistic update JSON; not started


def test_text_becomes_text_with_her_language(fake: FakeBotApi):
    """A private text message becomes a Text event with the client's language."""
    update = fake.push_text(1001, "안녕하세요", lang="en-US")
    inbound = inbound_from_json(update)
    assert inbound == Inbound("telegram", "1001", "1001", Text("안녕하세요"), "en", 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("/menu", Command("menu")),
        ("/START", Command("start")),
        ("/language en", Command("language", "en")),
        ("/help@gyeot_test_bot", Command("help")),
        ("/erase@gyeot_test_bot  now ", Command("erase", "now")),
    ],
)
def test_commands_become_command_events(fake: FakeBotApi, text: str, expected: Command):
    """Slash commands (with or without @botname) become Command events, lower case."""
    inbound = inbound_from_json(fake.push_text(1001, text))
    assert inbound is not None
    assert inbound.event == expected


@pytest.mark.parametrize("text", ["/", "/ menu", "//menu", "1/2", "/메뉴"])
def test_text_that_only_looks_like_a_command_is_text(text: str):
    """Text that is not a well-formed command stays text."""
    assert parse_command(text) is None


def test_button_press_becomes_press_with_the_decoded_id(fake: FakeBotApi):
    """A callback query with our data becomes a Press and keeps its query id."""
    inbound = inbound_from_json(fake.push_callback(1001, encode_callback("intake"), 5))
    assert inbound is not None
    assert (inbound.event, inbound.callback_id) == (Press("intake"), "cq1")


@pytest.mark.parametrize("data", ["v9|intake", "intake", "v1|" + "x" * 70, "v1|a b"])
def test_forged_button_becomes_a_press_the_engine_will_call_expired(fake: FakeBotApi, data: str):
    """Forged or stale callback data becomes Press(""), which is never an offered button."""
    inbound = inbound_from_json(fake.push_callback(1001, data, 5))
    assert inbound is not None
    assert inbound.event == Press("")


@pytest.mark.parametrize("kind", MEDIA)
def test_media_becomes_unsupported_of_its_kind(fake: FakeBotApi, kind: str):
    """Stickers, photos, voice, files, locations and contacts become Unsupported(kind)."""
    inbound = inbound_from_json(fake.push_media(1001, kind))
    assert inbound is not None
    assert inbound.event == Unsupported(kind)


@pytest.mark.parametrize("kind", ["location", "contact", "photo", "document"])
def test_stored_form_of_media_holds_no_content(fake: FakeBotApi, kind: str):
    """What goes into the inbox for media is its kind only: no coordinates, number, file."""
    inbound = inbound_from_json(fake.push_media(1001, kind))
    assert inbound is not None
    stored = encode_inbound(inbound)
    assert json.loads(stored) == {"v": 2, "ch": "telegram", "u": "1001", "r": "1001", "l": "ko",
                                  "m": 1, "e": {"t": "kind", "k": kind}}  # fmt: skip


def test_rows_stored_by_the_previous_version_are_read_as_telegram():
    """An inbox row of format 1 (before channels) still decodes after an upgrade."""
    old = '{"v": 1, "u": 1001, "c": 1001, "l": "ko", "m": 4, "e": {"t": "text", "x": "hi"}}'
    assert decode_inbound(old) == Inbound("telegram", "1001", "1001", Text("hi"), "ko", 4)


def test_stored_form_never_has_names_or_usernames(fake: FakeBotApi):
    """Names and usernames in the update never reach the stored form."""
    stored = encode_inbound(inbound_from_json(fake.push_text(1001, "hi")))  # type: ignore[arg-type]
    assert "Test" not in stored
    assert "tester" not in stored


def test_edited_message_is_read_again(fake: FakeBotApi):
    """An edited text is read like a new message, so an edit into a crisis is still triaged."""
    inbound = inbound_from_json(fake.push_text(1001, "죽고 싶어요", edited=True))
    assert inbound is not None
    assert inbound.event == Text("죽고 싶어요")


def test_group_messages_and_channel_posts_are_ignored(fake: FakeBotApi):
    """Messages in groups and channel posts produce nothing."""
    group = fake.push_text(1001, "hi", chat_id=-100555, chat_type="supergroup")
    channel = fake.push_text(1001, "hi", chat_id=-100777, chat_type="channel")
    assert inbound_from_json(group) is None
    assert inbound_from_json(channel) is None


def test_button_in_a_group_is_only_acknowledged(fake: FakeBotApi):
    """A button press outside a private chat is answered but not handled."""
    fake.chat(-100555, type_="supergroup")
    update = fake.push_callback(1001, encode_callback("x"), 3, chat_id=-100555)
    inbound = inbound_from_json(update)
    assert inbound is not None
    assert (inbound.event, inbound.callback_id) == (None, "cq1")


def test_service_message_is_ignored(fake: FakeBotApi):
    """A service message (here: a pinned message) needs no answer."""
    pinned = {"message_id": 1, "date": 0, "chat": {"id": 1001, "type": "private"}}
    update = fake.push_message(1001, pinned_message=pinned)
    assert inbound_from_json(update) is None


def test_messages_from_bots_are_ignored(fake: FakeBotApi):
    """Another bot's message is never handled."""
    update = fake.push_text(1001, "hi")
    update["message"]["from"]["is_bot"] = True
    assert inbound_from_json(update) is None


@pytest.mark.parametrize(
    "inbound",
    [
        Inbound("telegram", "1", "1", Text("죽고 싶어요"), "ko", 7),
        Inbound("telegram", "1", "1", Command("language", "en"), None, 8),
        Inbound("telegram", "1", "1", Press("menu"), "en", None, "cq9"),
        Inbound("telegram", "1", "1", Unsupported("voice"), None, 10),
        Inbound("telegram", "1", "-5", None, None, None, "cq1"),
    ],
)
def test_stored_form_round_trips(inbound: Inbound):
    """Decoding the stored form gives back the same reduced update."""
    assert decode_inbound(encode_inbound(inbound)) == inbound


@pytest.mark.parametrize("raw", ["", "{}", '{"v": 2, "u": 1, "c": 1}', "[1]", '{"v":1}'])
def test_unreadable_inbox_rows_raise_value_error(raw: str):
    """A row this version did not write raises ValueError, never something else."""
    with pytest.raises(ValueError, match="inbox row"):
        decode_inbound(raw)


@pytest.mark.parametrize("body", [{}, {"update_id": "1"}, [], "x", {"update_id": 1, "message": 5}])
def test_non_updates_raise_value_error(body: object):
    """A body that is not a Telegram update raises ValueError."""
    with pytest.raises(ValueError, match="not a Telegram update"):
        inbound_from_json(body)


def test_caption_of_a_photo_is_read_as_text(fake: FakeBotApi):
    """Words written with a photo are triaged like a message; the photo itself is never read."""
    inbound = inbound_from_json(fake.push_media(1001, "photo", caption="피가 너무 많이 나요"))
    assert inbound is not None
    assert inbound.event == Text("피가 너무 많이 나요")


@pytest.mark.parametrize(
    "update_id", [True, False, 2**70, 2**53, -1, "1", 1.0, None, [1], {"id": 1}]
)
def test_issue_16_an_update_id_that_is_not_a_real_int_is_refused(fake: FakeBotApi, update_id):
    """true, 2**70, a negative number, a string or a float as update_id is a ValueError."""
    update = fake.push_text(1001, "안녕하세요")
    update["update_id"] = update_id
    with pytest.raises(ValueError, match="not a Telegram update"):
        inbound_from_json(update)
    with pytest.raises(ValueError, match="not a Telegram update"):
        parse_update(json.dumps(update).encode())


@pytest.mark.parametrize(
    "body",
    [
        b"[" * 1_000_000,
        b'{"update_id": 1, "message": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
        b'{"update_id": 1, "message": ' + b'{"a":' * 100_000,
        b"[" * 500 + b"]" * 500,
        b'{"update_id": 1' + b"0" * 5000 + b"}",
        b"\xff\xfe not utf-8",
        b"",
    ],
)
def test_issue_16_deeply_nested_or_malformed_bodies_are_a_value_error(body: bytes):
    """1 MB of nested '[' or an id of 5,000 digits gives ValueError, never RecursionError."""
    with pytest.raises(ValueError, match="not a Telegram update"):
        parse_update(body)


def test_issue_16_a_deeply_nested_message_is_a_value_error(fake: FakeBotApi):
    """A valid update_id with a message of nested arrays is a ValueError from the reducer."""
    update = fake.push_text(1001, "hi")
    update["message"] = json.loads("[" * 500 + "]" * 500)
    with pytest.raises(ValueError, match="not a Telegram update"):
        inbound_from_json(update)


@pytest.mark.parametrize("user_id", [2**70, True])
def test_issue_16_a_sender_id_beyond_json_integers_is_refused(fake: FakeBotApi, user_id):
    """A sender id of 2**70 or true is not a Telegram user: the update is refused."""
    update = fake.push_text(1001, "hi")
    update["message"]["from"]["id"] = user_id
    with pytest.raises(ValueError, match="not a Telegram update"):
        inbound_from_json(update)


def test_issue_16_a_real_update_parses(fake: FakeBotApi):
    """An ordinary update body parses to its object and reduces to her text."""
    update = fake.push_text(1001, "안녕하세요")
    data = parse_update(json.dumps(update, ensure_ascii=False).encode())
    assert data == update and is_update_id(data["update_id"])
    inbound = inbound_from_json(data)
    assert inbound is not None and inbound.event == Text("안녕하세요")

"""Reduce Telegram updates to engine events before anything is written down.

An update is cut down to what the bot acts on (her text, a command, a button id, or just the
kind of a photo or sticker) before it reaches the inbox: names, usernames, contacts,
locations and media never get stored. Raw platform ids stay inside `bot/tg`; the engine sees
a pseudonymous user key only. Private chats are served; groups, channels, inline queries and
bots are ignored (a callback query from them is still answered, so the button stops spinning).
"""

from __future__ import annotations

import json
from typing import Any

from telegram.constants import ChatType

from bot.channels import Inbound, Keyring, parse_command
from bot.channels import received as channel_received
from bot.tg.codec import decode_callback
from flows import Event, Press, Received, Text, Unsupported

CHANNEL = "telegram"  # the keyring's channel name for Telegram user ids
# Ids beyond what a JSON number holds exactly (2**53) are not Telegram's: refused as malformed.
MAX_ID = 2**53 - 1
ALLOWED_UPDATES = ("message", "edited_message", "callback_query")
# Checked in this order: an animation also carries a document, a venue also a location.
MEDIA_KINDS = (
    "sticker",
    "photo",
    "voice",
    "video_note",
    "video",
    "animation",
    "audio",
    "document",
    "venue",
    "location",
    "contact",
    "poll",
    "dice",
    "game",
    "story",
    "paid_media",
    "invoice",
)


def is_update_id(value: object) -> bool:
    """True for a real update id: an int (not a bool) that a JSON number holds exactly."""
    return type(value) is int and 0 <= value <= MAX_ID


def parse_update(body: bytes | str) -> dict[str, Any]:
    """Return the JSON object of one update body (webhook POST), checked like `inbound_from_json`.

    Raises:
        ValueError: not JSON, nested too deep for the parser, not an object, or no real
            `update_id` (a bool, a string, a number beyond 2**53).
    """
    try:
        data = json.loads(body)
    except RecursionError as exc:
        raise ValueError("not a Telegram update: nested too deep") from exc
    except ValueError as exc:  # bad JSON, bad UTF-8, a number of thousands of digits
        raise ValueError("not a Telegram update: not JSON") from exc
    if not isinstance(data, dict) or not is_update_id(data.get("update_id")):
        raise ValueError("not a Telegram update")
    return data


def inbound_from_json(data: object) -> Inbound | None:
    """Return the reduced update for a raw update (getUpdates result, webhook body, fixture).

    Read straight from the JSON: building PTB objects for every update cost the bot more
    than the engine. Returns None when there is nothing to do at all.

    Raises:
        ValueError: `data` is not a Telegram update.
    """
    if not isinstance(data, dict) or not is_update_id(data.get("update_id")):
        raise ValueError("not a Telegram update")
    try:
        if "callback_query" in data:
            return _from_callback(data["callback_query"])
        if "message" in data:
            return _from_message(data["message"], edited=False)
        if "edited_message" in data:
            return _from_message(data["edited_message"], edited=True)
    except (TypeError, KeyError, AttributeError, ValueError) as exc:
        raise ValueError("not a Telegram update") from exc
    return None


def _lang(user: dict[str, Any]) -> str | None:
    code = user.get("language_code")
    if not isinstance(code, str):
        return None
    return code.split("-")[0].lower()[:8] or None


def _private(chat: dict[str, Any]) -> bool:
    return bool(chat["type"] == ChatType.PRIVATE)


def _from_message(message: dict[str, Any], *, edited: bool) -> Inbound | None:
    user = message.get("from")
    if not _private(message["chat"]) or user is None or user.get("is_bot"):
        return None
    event = _message_event(message)
    if edited and not isinstance(event, Text):
        return None  # an edited photo or command needs no second answer
    if event is None:
        return None
    chat_id, message_id = _id(message["chat"]), _id(message, "message_id")
    return _inbound(_id(user), chat_id, event, _lang(user), message_id)


def _message_event(message: dict[str, Any]) -> Event | None:
    text = message.get("text")
    if isinstance(text, str):
        return parse_command(text) or Text(text)
    caption = message.get("caption")
    if isinstance(caption, str) and caption:
        # We never look at the picture, but words written with it are read like a message,
        # so a crisis written as a caption is still answered first.
        return Text(caption)
    for kind in MEDIA_KINDS:
        if message.get(kind):
            return Unsupported(kind)
    return None  # service messages (pinned, chat shared, ...) need no answer


def _from_callback(query: dict[str, Any]) -> Inbound:
    user, message, query_id = query["from"], query.get("message"), str(query["id"])
    if message is None or not _private(message["chat"]) or user.get("is_bot"):
        chat_id = _id(message["chat"]) if message else _id(user)
        return _inbound(_id(user), chat_id, None, None, None, query_id)
    button = decode_callback(query.get("data"))
    # An id the codec refuses is never offered, so the engine answers "expired".
    event = Press(button or "")
    return _inbound(_id(user), _id(message["chat"]), event, _lang(user), None, query_id)


def _inbound(
    user: int,
    chat: int,
    event: Event | None,
    lang: str | None,
    message_id: int | None,
    callback_id: str | None = None,
) -> Inbound:
    return Inbound(CHANNEL, str(user), str(chat), event, lang, message_id, callback_id)


def _id(obj: dict[str, Any], key: str = "id") -> int:
    value = obj[key]
    if type(value) is not int or abs(value) > MAX_ID:
        raise TypeError("an id is not an integer")
    return value


def received(update_id: int, inbound: Inbound, keyring: Keyring) -> Received:
    """The inbox row for her update; her message's id joins her chat log (for /erase)."""
    return channel_received(str(update_id), inbound, keyring)

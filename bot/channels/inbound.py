"""Her message reduced to what the bot acts on, in one form for every channel.

An adapter reduces a platform event (a Telegram update, a web frame, a Kakao skill request) to
an `Inbound` before anything is written down: names, usernames, contacts, media never reach
the inbox. `user` and `route` are the platform's ids as text: they stay inside the adapter and
the encrypted inbox row; the engine sees only the pseudonymous user key.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from bot.channels.base import Keyring
from flows import Command, Event, Press, Received, Text, Unsupported

FORMAT = 2
_COMMAND = re.compile(r"/([A-Za-z0-9_]{1,32})(?:@[A-Za-z0-9_]+)?(?:\s+(.*))?", re.DOTALL)


@dataclass(frozen=True, slots=True)
class Inbound:
    """One event of one person on one channel; `event` None means only acknowledge."""

    channel: str
    user: str
    route: str
    event: Event | None
    lang_hint: str | None = None
    message_id: int | None = None
    callback_id: str | None = None


def parse_command(text: str) -> Command | None:
    """Return the command a message starts with (``/menu``, ``/start@bot arg``), if any."""
    found = _COMMAND.fullmatch(text.strip())
    if found is None:
        return None
    return Command(found.group(1).lower(), (found.group(2) or "").strip())


def text_event(text: str) -> Event:
    """Her typed text as an event: a command when it starts like one, else text."""
    return parse_command(text) or Text(text)


def encode_inbound(inbound: Inbound) -> str:
    """Return the JSON written (encrypted) to the inbox for one reduced event."""
    body: dict[str, object] = {
        "v": FORMAT,
        "ch": inbound.channel,
        "u": inbound.user,
        "r": inbound.route,
    }
    if inbound.lang_hint:
        body["l"] = inbound.lang_hint
    if inbound.message_id is not None:
        body["m"] = inbound.message_id
    if inbound.callback_id is not None:
        body["q"] = inbound.callback_id
    if inbound.event is not None:
        body["e"] = event_json(inbound.event)
    return json.dumps(body, ensure_ascii=False, separators=(",", ":"))


def event_json(event: Event) -> dict[str, str]:
    """Return the compact JSON form of an engine event."""
    match event:
        case Text(text=text):
            return {"t": "text", "x": text}
        case Command(name=name, arg=arg):
            return {"t": "cmd", "n": name, "a": arg}
        case Press(button_id=button_id):
            return {"t": "press", "b": button_id}
        case Unsupported(kind=kind):
            return {"t": "kind", "k": kind}


def decode_inbound(raw: str) -> Inbound:
    """Return the reduced event stored in the inbox (rows of format 1 are Telegram's).

    Raises:
        ValueError: the row is not in a format this version wrote.
    """
    try:
        body = json.loads(raw)
        version = body["v"]
        if version not in (1, FORMAT):
            raise ValueError("inbox row has an unknown format version")
        channel = body["ch"] if version == FORMAT else "telegram"
        event = _event_from(body["e"]) if "e" in body else None
        return Inbound(
            str(channel),
            str(body["u"]),
            str(body["r"] if version == FORMAT else body["c"]),
            event,
            body.get("l"),
            body.get("m"),
            body.get("q"),
        )
    except (KeyError, TypeError, json.JSONDecodeError) as exc:
        raise ValueError("inbox row is not a reduced event") from exc


def _event_from(body: dict[str, str]) -> Event:
    kind = body["t"]
    if kind == "text":
        return Text(body["x"])
    if kind == "cmd":
        return Command(body["n"], body.get("a", ""))
    if kind == "press":
        return Press(body["b"])
    if kind == "kind":
        return Unsupported(body["k"])
    raise ValueError("inbox row has an unknown event type")


def received(event_key: str, inbound: Inbound, keyring: Keyring) -> Received:
    """The inbox row for her event; her message's id joins her chat log (for /erase).

    `conv`, her pseudonym, keeps one process at a time on her conversation (PostgreSQL).
    """
    conv = keyring.user_key(inbound.channel, inbound.user)
    key = conv if inbound.message_id is not None else None
    raw = encode_inbound(inbound)
    return Received(inbound.channel, event_key, raw, key, inbound.message_id, conv)

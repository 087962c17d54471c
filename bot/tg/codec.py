"""Encode button ids into Telegram callback data and decode them back, refusing anything odd.

Callback data travels through Telegram's servers and her phone, so it carries only the
engine's opaque button id behind a version tag: ``v1|<button_id>``. Anything else (another
version, a forged string, bytes past Telegram's 64-byte limit) decodes to None; the engine
then answers "this button has expired" and shows the current screen again.
"""

from __future__ import annotations

import re

VERSION = "v1"
MAX_BYTES = 64  # telegram.constants.InlineKeyboardButtonLimit.MAX_CALLBACK_DATA
_PREFIX = f"{VERSION}|"
MAX_ID_BYTES = MAX_BYTES - len(_PREFIX)
_ID = re.compile(rf"[A-Za-z0-9_.:=/+-]{{1,{MAX_ID_BYTES}}}")


class CallbackDataError(ValueError):
    """A button id cannot be carried in callback data; the engine must use a shorter id."""


def encode_callback(button_id: str) -> str:
    """Return the callback data for one button id.

    Raises:
        CallbackDataError: the id is empty, longer than 61 bytes or uses characters outside
            ``A-Z a-z 0-9 _ . : = / + -``.
    """
    if not _ID.fullmatch(button_id):
        raise CallbackDataError(
            "button ids must be 1-61 ASCII letters, digits or _.:=/+- "
            "(shorten the id in the flow definition)"
        )
    return _PREFIX + button_id


def decode_callback(data: object) -> str | None:
    """Return the button id carried by callback data, or None if it is not ours."""
    if not isinstance(data, str) or len(data.encode("utf-8", "surrogatepass")) > MAX_BYTES:
        return None
    version, sep, button_id = data.partition("|")
    if not sep or version != VERSION or not _ID.fullmatch(button_id):
        return None
    return button_id

"""Build the PTB Application the adapter runs on: our own inbox loop instead of PTB's Updater.

The Application gives us the configured `Bot` and its lifecycle (`getMe` on start, clean
shutdown). PTB's Updater is left out on purpose: it confirms updates before they are handled.

Bot API calls go over `bot.tg.transport.AiohttpRequest`: at most `CONNECTIONS` calls on the
wire (the long poll holds one), the rest waiting in order. From Korea a call takes 100-200 ms
and Telegram allows about 30 messages a second, answers to button presses besides; 32 keeps
that rate with room for a few hung calls waiting out their timeout.
"""

from __future__ import annotations

import os
from typing import Any

from telegram.ext import Application, ApplicationBuilder

from bot.tg.transport import AiohttpRequest

TELEGRAM_API = "https://api.telegram.org"
CONNECTIONS = 32

AnyApplication = Application[Any, Any, Any, Any, Any, Any]


def build_application(
    token: str,
    *,
    api_base_url: str = TELEGRAM_API,
) -> AnyApplication:
    """Return an Application for `token` talking to `api_base_url` (no Updater).

    `api_base_url` is the server root: calls go to ``{api_base_url}/bot{token}/{method}`` and
    files come from ``{api_base_url}/file/bot{token}/...``.
    """
    # Opt in to PTB's timedelta time periods now: the int form warns on every RetryAfter.
    os.environ.setdefault("PTB_TIMEDELTA", "true")
    root = api_base_url.rstrip("/")
    return (
        ApplicationBuilder()
        .token(token)
        .base_url(f"{root}/bot")
        .base_file_url(f"{root}/file/bot")
        .request(AiohttpRequest(CONNECTIONS))
        .get_updates_request(AiohttpRequest(1))  # PTB's own; the adapter polls through BotApi
        .updater(None)
        .build()
    )

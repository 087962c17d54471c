"""The Telegram channel: deliver outbox rows as Bot API calls within Telegram's flood limits.

Her replies come as channel-neutral payloads (`bot.channels.render`): text with buttons
becomes sendMessage with an inline keyboard, a deletion becomes deleteMessages. The staff side
also queues raw Bot API calls (`{"method": ..., "params": ...}`: messages to a counselor,
copyMessage of her message). One `Pacer` holds Telegram's limits for everything this bot
sends (her replies, counselors' chats, the staff group): 30 a second overall, about one a
second per chat, 20 a minute per group.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import warnings
from collections.abc import Awaitable, Callable
from typing import Any

from telegram import Bot
from telegram.error import BadRequest, ChatMigrated, Forbidden, RetryAfter, TelegramError
from telegram.warnings import PTBDeprecationWarning

from bot.channels import DeliveryError, Inbound, Limits, Renderer, RenderSettings, utf16_len
from bot.errors import apology
from bot.tg.codec import encode_callback
from bot.tg.pacing import Limits as PaceLimits
from bot.tg.pacing import Pacer
from bot.tg.transport import BotApi
from flows import PendingMessage

logger = logging.getLogger(__name__)

NAME = "telegram"
LIMITS = Limits(
    max_text=4096, max_buttons=100, max_label=64, can_push=True, can_delete=True, length=utf16_len
)
_NO_PREVIEW = {"is_disabled": True}

FinalHook = Callable[[int, str, str, bool], Awaitable[None]]


def parse_route(route: str) -> tuple[int, int | None]:
    """Return (chat id, forum thread id or None) from a route ``chat[:thread]``."""
    chat, _, thread = route.partition(":")
    return int(chat), int(thread) if thread else None


def retry_seconds(exc: RetryAfter) -> float:
    """Return `retry_after` in seconds whatever PTB's timedelta migration setting."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        value = exc.retry_after
    return value.total_seconds() if isinstance(value, dt.timedelta) else float(value)


def delivery_error(exc: TelegramError) -> DeliveryError:
    """Translate a Bot API error: flood control waits, refusals are final, the rest retries."""
    name = type(exc).__name__
    if isinstance(exc, RetryAfter):
        return DeliveryError(name, final=False, retry_after=retry_seconds(exc))
    blocked = isinstance(exc, Forbidden)
    final = blocked or isinstance(exc, BadRequest | ChatMigrated)
    return DeliveryError(name, final=final, blocked=blocked)


class TelegramChannel:
    """Deliver rows through the Bot API; answer button presses; apologise directly."""

    name = NAME
    limits = LIMITS

    def __init__(
        self,
        bot: Bot,
        *,
        render: RenderSettings | None = None,
        pace: PaceLimits | None = None,
        on_final: FinalHook | None = None,
    ) -> None:
        """Use the bot's transport; `on_final(row id, route, payload, blocked)` on a give-up."""
        self.bot = bot
        self.api = BotApi.of(bot)
        self.renderer = Renderer(render, channel=NAME, limits=LIMITS)
        self.pace = pace or PaceLimits()
        self.on_final = on_final
        self._pacer: Pacer | None = None

    @property
    def pacer(self) -> Pacer:
        """The one pacer of this bot (made on first use, inside the event loop)."""
        if self._pacer is None:
            self._pacer = Pacer(self.pace)
        return self._pacer

    def lane(self, route: str) -> str:
        """Rows to one chat go out in order."""
        return route.partition(":")[0]

    async def deliver(self, row: PendingMessage) -> int | None:
        """Make the Bot API call a row describes; return the new message's id, if any."""
        chat_id, thread = parse_route(row.route)
        method, params = self._call(json.loads(row.payload))
        await self.pacer.wait(chat_id)
        try:
            sent = await self.api.call(
                method, {"chat_id": chat_id, "message_thread_id": thread, **params}
            )
        except TelegramError as exc:
            raise delivery_error(exc) from exc
        if isinstance(sent, dict) and "message_id" in sent:
            return int(sent["message_id"])
        return None

    def _call(self, body: dict[str, Any]) -> tuple[str, dict[str, object]]:
        if "method" in body:  # a raw call queued by the staff side
            method, params = body["method"], body["params"]
            if method == "sendMessage":
                return method, {
                    "text": params["text"],
                    "reply_markup": params.get("reply_markup"),
                    "link_preview_options": _NO_PREVIEW,
                }
            if method == "copyMessage":
                return method, {
                    "from_chat_id": params["from_chat_id"],
                    "message_id": params["message_id"],
                }
            if method == "deleteMessages":
                return method, {"message_ids": params["message_ids"]}
            raise ValueError("outbox payload has an unsupported method")
        if "delete" in body:
            return "deleteMessages", {"message_ids": list(body["delete"])}
        if "clear" in body:
            raise ValueError("Telegram deletes messages; nothing to clear")
        message: dict[str, object] = {"text": body["text"], "link_preview_options": _NO_PREVIEW}
        if body.get("buttons"):
            message["reply_markup"] = keyboard(body["buttons"])
        return "sendMessage", message

    async def gave_up(self, row: PendingMessage, error: DeliveryError) -> None:
        """Tell the staff side a row was given up (she or a counselor blocked the bot)."""
        if self.on_final is not None:
            await self.on_final(row.id, row.route, row.payload, error.blocked)

    async def acknowledge(self, inbound: Inbound) -> None:
        """Stop a pressed button's spinner."""
        if inbound.callback_id is None:
            return
        try:
            await self.api.call("answerCallbackQuery", {"callback_query_id": inbound.callback_id})
        except BadRequest:  # answered before a restart, or too old: nothing to do
            logger.info("callback query could not be answered (already answered or too old)")

    async def apologise(self, inbound: Inbound, lang: str | None) -> None:
        """Tell her something went wrong (sent directly: the store may be what failed)."""
        text = apology(lang)
        head = self.renderer.first_line(lang)
        await self.bot.send_message(int(inbound.route), f"{head}\n\n{text}" if head else text)


def keyboard(rows: list[list[dict[str, str]]]) -> dict[str, object]:
    """Return an inline keyboard for neutral button rows."""
    return {
        "inline_keyboard": [
            [{"text": b["label"], "callback_data": encode_callback(b["data"])} for b in row]
            for row in rows
        ]
    }

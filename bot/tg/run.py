"""Telegram's parts of `gyeot run`: the Application, the channel, polling or the webhook route.

Polling (default): our inbox poller long-polls getUpdates. Webhook: a route on the shared HTTP
server takes Telegram's POSTs, checks the secret token (derived from `GYEOT_SECRET_KEY`) and
writes to the inbox before answering 200. Either way the core's processor handles the inbox
and its sender delivers through `TelegramChannel`. `bot.serve` wires these with the other
channels.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import functools
import hashlib
import hmac
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from telegram.error import BadRequest, InvalidToken, NetworkError, TimedOut

from bot.app import Runtime
from bot.channels import RenderSettings
from bot.config import ConfigError, Settings, secret_key
from bot.errors import guarded
from bot.http import HttpServer
from bot.reload import reload_summary
from bot.staff.setup import Staff
from bot.tg.application import AnyApplication, build_application
from bot.tg.channel import TelegramChannel
from bot.tg.commands import register_commands
from bot.tg.inbox import InboxPoller, PollSettings
from bot.tg.pacing import Limits as PaceLimits
from bot.tg.staff import StaffReceiver, StaffUpdates, TelegramBoard, TelegramFormat
from bot.tg.updates import ALLOWED_UPDATES
from bot.tg.webhook import WebhookReceiver, add_webhook

logger = logging.getLogger(__name__)


@dataclass
class TelegramParts:
    """The Telegram side of one process, wired."""

    app: AnyApplication
    channel: TelegramChannel
    poller: InboxPoller | None = None
    updates: StaffUpdates | None = None
    receiver: WebhookReceiver | None = None


def telegram_channel(
    settings: Settings, token: str, *, pace: PaceLimits | None = None
) -> TelegramParts:
    """Build the Application and the channel (before the staff side, which needs both)."""
    tg = settings.telegram
    app = build_application(token, api_base_url=tg.api_base_url)
    lines = RenderSettings(
        first_lines=dict(tg.preview_line), default_lang=settings.knowledge.default_language
    )
    return TelegramParts(app, TelegramChannel(app.bot, render=lines, pace=pace))


def board_and_format(parts: TelegramParts) -> tuple[TelegramBoard, TelegramFormat]:
    """The staff group and the counselors' payloads, paced with everything else Telegram."""
    channel = parts.channel
    return TelegramBoard(parts.app.bot, lambda: channel.pacer), TelegramFormat()


def telegram_intake(
    rt: Runtime, parts: TelegramParts, staff: Staff, *, on_stored: Callable[[], None]
) -> None:
    """Add staff updates, and the poller or the webhook receiver, to `parts`."""
    settings = rt.settings
    updates = StaffUpdates(
        staff,
        parts.app.bot,
        counselors=frozenset(settings.staff.counselors),
        admins=frozenset(settings.staff.admins),
        reload=lambda: reload_summary(rt),
    )
    parts.updates = updates
    parts.channel.on_final = updates.on_final
    if settings.telegram.mode == "polling":
        parts.poller = InboxPoller(
            parts.app.bot,
            rt.store,
            rt.keyring,
            on_stored=on_stored,
            settings=PollSettings(timeout=settings.telegram.poll_timeout),
            encode=updates.encode,
        )
        return
    parts.receiver = StaffReceiver(
        staff=updates,
        bot=parts.app.bot,
        store=rt.store,
        keyring=rt.keyring,
        secret=webhook_secret(settings),
        on_stored=on_stored,
    )


def webhook_secret(settings: Settings) -> str:
    """Derive the webhook secret token from the secret key (A-Z a-z 0-9 _ - only)."""
    key = secret_key(settings.storage)
    digest = hmac.new(key, b"gyeot/telegram-webhook-secret", hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).decode().rstrip("=")


def mount_webhook(settings: Settings, parts: TelegramParts, server: HttpServer) -> None:
    """Route the webhook path on the shared server (webhook mode only)."""
    if parts.receiver is not None:
        path = urlsplit(settings.telegram.webhook_url).path or "/telegram"
        add_webhook(server, parts.receiver, path)


async def start_telegram(settings: Settings, parts: TelegramParts, stop: asyncio.Event) -> bool:
    """Initialize (retrying while Telegram is unreachable), commands, webhook or polling.

    Returns False when `stop` was set first.
    """
    try:
        if not await retrying("startup", parts.app.initialize, stop):
            return False
        await guarded("setMyCommands", register_commands(parts.app.bot))
        tg = settings.telegram
        if tg.mode == "polling":
            await retrying("deleteWebhook", parts.app.bot.delete_webhook, stop)
            logger.info("telegram bot polling")
            return True
        register = functools.partial(
            parts.app.bot.set_webhook,
            tg.webhook_url,
            secret_token=webhook_secret(settings),
            allowed_updates=ALLOWED_UPDATES,
        )
        await retrying("setWebhook", register, stop)
        logger.info("telegram bot takes webhook deliveries on the shared HTTP server")
    except InvalidToken:
        # PTB's message quotes the token; never let it reach a log or a traceback.
        raise ConfigError(
            "Telegram rejected GYEOT_TELEGRAM_TOKEN: copy the token again from @BotFather"
        ) from None
    return True


async def stop_telegram(parts: TelegramParts) -> None:
    """Shut the Application and its connections down."""
    await parts.app.shutdown()
    await parts.app.bot.shutdown()  # also when initialize never finished


async def retrying(what: str, call: Callable[[], Awaitable[object]], stop: asyncio.Event) -> bool:
    """Call until it succeeds (True) or `stop` is set (False); network errors back off."""
    delay = 1.0
    while not stop.is_set():
        try:
            await call()
        except (NetworkError, TimedOut) as exc:  # BadRequest is a NetworkError too
            if isinstance(exc, BadRequest):
                raise
            logger.warning("%s: Telegram unreachable (%s), retrying", what, type(exc).__name__)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), delay)
            delay = min(60.0, delay * 2)
        else:
            return True
    return False

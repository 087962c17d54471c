"""Run the Telegram bot: wire the adapter's loops around one Application, start, stop cleanly.

Polling (default): our inbox poller long-polls getUpdates. Webhook: a small tornado server
takes Telegram's POSTs, checks the secret token (derived from `GYEOT_SECRET_KEY`) and writes
to the inbox before answering 200. Either way, a processor handles the inbox and a sender
drains the outbox. Stopping (SIGINT/SIGTERM or `stop_event`) stops intake first, lets the
processor finish, then gives the sender a last drain.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import functools
import hashlib
import hmac
import logging
import signal
from collections.abc import Awaitable, Callable, Coroutine, Iterator
from dataclasses import dataclass
from urllib.parse import urlsplit

from telegram.error import BadRequest, InvalidToken, NetworkError, TimedOut

from bot.app import Runtime
from bot.config import ConfigError, Settings, secret_key
from bot.maintenance import purge_daily, reload_on_sighup
from bot.reload import reload_knowledge
from bot.staff.setup import Staff, build_staff
from bot.tg.application import AnyApplication, build_application
from bot.tg.commands import register_commands
from bot.tg.errors import guarded
from bot.tg.inbox import Hooks, InboxPoller, InboxProcessor, PollSettings
from bot.tg.outbox import OutboxSender, SendPolicy
from bot.tg.ports import TelegramStore
from bot.tg.render import Renderer, RenderSettings
from bot.tg.staff import StaffReceiver, StaffSender, StaffUpdates, TelegramBoard, TelegramFormat
from bot.tg.updates import ALLOWED_UPDATES
from bot.tg.webhook import WebhookReceiver, WebhookServer
from storage import SqliteStore

logger = logging.getLogger(__name__)

Loop = Callable[[asyncio.Event], Coroutine[None, None, None]]


@dataclass
class TelegramBot:
    """The adapter's parts, wired; `run_telegram` starts them."""

    app: AnyApplication
    store: TelegramStore
    processor: InboxProcessor
    sender: OutboxSender
    poller: InboxPoller
    staff: Staff | None = None
    staff_updates: StaffUpdates | None = None


def build_bot(rt: Runtime, token: str, *, send_policy: SendPolicy | None = None) -> TelegramBot:
    """Wire poller, processor and sender for the runtime's store and conversation."""
    tg = rt.settings.telegram
    store = _telegram_store(rt.store)
    app = build_application(token, api_base_url=tg.api_base_url)
    policy = send_policy or SendPolicy(max_attempts=tg.send_attempts)
    lines = RenderSettings(
        first_lines=dict(tg.preview_line), default_lang=rt.settings.knowledge.default_language
    )
    renderer = Renderer(lines)
    staff, updates = _staff(rt, app, renderer)
    sender: OutboxSender
    if updates is not None:
        sender = StaffSender(app.bot, store, policy=policy, on_final=updates.on_final)
    else:
        sender = OutboxSender(app.bot, store, policy=policy)
    hooks = Hooks(
        on_outbox=sender.wake,
        on_case=getattr(store, "save_route", None),
        staff=updates,
        relay=staff.relaying(rt.conversation) if staff is not None else None,
    )
    processor = InboxProcessor(
        bot=app.bot,
        store=store,
        conversation=rt.conversation,
        keyring=rt.keyring,
        renderer=renderer,
        hooks=hooks,
    )
    poller = InboxPoller(
        app.bot,
        store,
        rt.keyring,
        on_stored=processor.wake,
        settings=PollSettings(timeout=tg.poll_timeout),
        encode=updates.encode if updates is not None else None,
    )
    if staff is not None:
        staff.runner.after_tick = sender.wake
    return TelegramBot(app, store, processor, sender, poller, staff, updates)


def _staff(
    rt: Runtime, app: AnyApplication, renderer: Renderer
) -> tuple[Staff | None, StaffUpdates | None]:
    """Counselors' side: staff group alerts, claims, relay, ladder (needs the SQLite store)."""
    if not isinstance(rt.store, SqliteStore):
        return None, None
    staff_settings = rt.settings.staff
    staff = build_staff(
        rt.settings,
        lambda: rt.kb,
        rt.store,
        platform=TelegramFormat(renderer),
        board=TelegramBoard(app.bot),
    )
    updates = StaffUpdates(
        staff,
        app.bot,
        counselors=frozenset(staff_settings.counselors),
        admins=frozenset(staff_settings.admins),
        reload=lambda: reload_knowledge(rt).summary(),
    )
    return staff, updates


def _telegram_store(store: object) -> TelegramStore:
    """Return the store if it has inbox, outbox and chat log (the SQLite store does)."""
    needed = ("inbox_put", "outbox_pending", "outbox_sent", "recent_messages")
    if not all(hasattr(store, name) for name in needed):
        raise TypeError("the Telegram bot needs the SQLite store (inbox, outbox, chat log)")
    return store  # type: ignore[return-value]


def webhook_secret(settings: Settings) -> str:
    """Derive the webhook secret token from the secret key (A-Z a-z 0-9 _ - only)."""
    key = secret_key(settings.storage.path.parent)
    digest = hmac.new(key, b"gyeot/telegram-webhook-secret", hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).decode().rstrip("=")


async def run_telegram(
    rt: Runtime,
    token: str,
    *,
    stop_event: asyncio.Event | None = None,
    send_policy: SendPolicy | None = None,
) -> None:
    """Run the bot until `stop_event` is set (or SIGINT/SIGTERM when none is given).

    `send_policy` overrides retries and pacing (tests); by default `[telegram]` decides.
    """
    stop = stop_event or asyncio.Event()
    bot = build_bot(rt, token, send_policy=send_policy)
    purge = asyncio.create_task(purge_daily(rt, stop))
    with _stop_on_signals(stop, enabled=stop_event is None), reload_on_sighup(rt):
        try:
            await _serve(rt.settings, bot, stop)
        except InvalidToken:
            # PTB's message quotes the token; never let it reach a log or a traceback.
            raise ConfigError(
                "Telegram rejected GYEOT_TELEGRAM_TOKEN: copy the token again from @BotFather"
            ) from None
        finally:
            stop.set()
            await purge
    logger.info("telegram bot stopped")


async def _serve(settings: Settings, bot: TelegramBot, stop: asyncio.Event) -> None:
    """Start the Application (retrying while Telegram is unreachable), run, shut down."""
    try:
        if not await _retrying("startup", bot.app.initialize, stop):
            return
        await guarded("setMyCommands", register_commands(bot.app.bot))
        server = await _start_intake(settings, bot, stop)
        try:
            await _run_loops(bot, stop, polling=server is None)
        finally:
            if server is not None:
                await server.stop()
    finally:
        await bot.app.shutdown()
        await bot.app.bot.shutdown()  # also when initialize never finished


async def _retrying(what: str, call: Callable[[], Awaitable[object]], stop: asyncio.Event) -> bool:
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


async def _start_intake(
    settings: Settings, bot: TelegramBot, stop: asyncio.Event
) -> WebhookServer | None:
    """Set up polling (drop any webhook) or the webhook server; return the server if any."""
    tg = settings.telegram
    if tg.mode == "polling":
        await _retrying("deleteWebhook", bot.app.bot.delete_webhook, stop)
        logger.info("telegram bot polling")
        return None
    if not tg.webhook_url:
        raise ConfigError("[telegram] mode = webhook needs webhook_url (the public HTTPS URL)")
    secret = webhook_secret(settings)
    receiver: WebhookReceiver
    if bot.staff_updates is not None:
        receiver = StaffReceiver(
            staff=bot.staff_updates,
            bot=bot.app.bot,
            store=bot.store,
            keyring=bot.processor.keyring,
            secret=secret,
            on_stored=bot.processor.wake,
        )
    else:
        receiver = WebhookReceiver(
            bot=bot.app.bot,
            store=bot.store,
            keyring=bot.processor.keyring,
            secret=secret,
            on_stored=bot.processor.wake,
        )
    server = WebhookServer(receiver, path=urlsplit(tg.webhook_url).path or "/")
    host, _, port = tg.listen.rpartition(":")
    await server.start(host.strip("[]") or "127.0.0.1", int(port))
    register = functools.partial(
        bot.app.bot.set_webhook,
        tg.webhook_url,
        secret_token=secret,
        allowed_updates=ALLOWED_UPDATES,
    )
    await _retrying("setWebhook", register, stop)
    logger.info("telegram bot listening for webhook deliveries on %s", tg.listen)
    return server


async def _run_loops(bot: TelegramBot, stop: asyncio.Event, *, polling: bool) -> None:
    """Run intake and processing until `stop`; then drain the outbox. Re-raise a crash."""
    intake_stop, send_stop = asyncio.Event(), asyncio.Event()
    loops: list[Loop] = [bot.processor.run, *([bot.poller.run] if polling else [])]
    if bot.staff is not None:
        loops.append(bot.staff.runner.run)  # case events, the ladder, staff-group alerts
    tasks = [asyncio.create_task(loop(intake_stop)) for loop in loops]
    sender = asyncio.create_task(bot.sender.run(send_stop))
    watcher = asyncio.create_task(stop.wait())
    await asyncio.wait([watcher, sender, *tasks], return_when=asyncio.FIRST_COMPLETED)
    watcher.cancel()
    intake_stop.set()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    send_stop.set()
    results.append((await asyncio.gather(sender, return_exceptions=True))[0])
    for result in results:
        if isinstance(result, BaseException) and not isinstance(result, asyncio.CancelledError):
            raise result


@contextlib.contextmanager
def _stop_on_signals(stop: asyncio.Event, *, enabled: bool) -> Iterator[None]:
    """Set `stop` on SIGINT/SIGTERM while inside the block (only for the CLI)."""
    loop = asyncio.get_running_loop()
    signals = (signal.SIGINT, signal.SIGTERM) if enabled else ()
    for sig in signals:
        loop.add_signal_handler(sig, stop.set)
    try:
        yield
    finally:
        for sig in signals:
            loop.remove_signal_handler(sig)

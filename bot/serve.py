"""`gyeot run`: every enabled channel in one process around one delivery core.

The web chat (the embedded default) and KakaoTalk live on the shared HTTP server; Telegram
polls or takes webhook deliveries there. One processor handles the inbox of all channels, one
sender delivers on channels that can push, the staff desk runs its ladder, and retention is
purged daily. Stopping (SIGINT/SIGTERM or `stop_event`) stops intake first, lets the processor
finish, then gives the sender a last drain. `bot.tg.run` is imported only where a token is set,
and only once the knowledge is loaded (`check_startup` needs nothing of it): python-telegram-bot
costs about 13-35 MiB of a process that must stay under 150, and imported before the knowledge it
stacked on the start's peak (`tests/bot/test_lean_imports.py`).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from collections.abc import Callable, Coroutine, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from bot.app import CaseStore, Runtime
from bot.channels import Channel, Hooks, InboxProcessor, Intake, OutboxSender, SendPolicy
from bot.channels.processor import Flood
from bot.config import ConfigError, Settings
from bot.http import HttpLimits, HttpServer
from bot.kakao import KakaoChannel, check_kakao, mount_kakao
from bot.maintenance import led, purge_daily, reload_on_sighup
from bot.staff.setup import Staff, build_staff
from bot.tg.pacing import Limits as PaceLimits
from bot.web import WebChannel, WebSettings
from flows import alarm

if TYPE_CHECKING:
    from bot.tg.run import TelegramParts

logger = logging.getLogger(__name__)

Loop = Callable[[asyncio.Event], Coroutine[None, None, None]]


@dataclass
class Service:
    """One process's channels and loops, wired; `run_service` starts them."""

    rt: Runtime
    http: HttpServer
    processor: InboxProcessor
    sender: OutboxSender
    staff: Staff
    web: WebChannel | None = None
    telegram: TelegramParts | None = None
    kakao: KakaoChannel | None = None
    loops: list[Loop] = field(default_factory=list)


def check_startup(settings: Settings, token: str | None) -> None:
    """Refuse a configuration that cannot work, before any file, socket or call is made."""
    tg = settings.telegram
    if token is not None and tg.mode == "webhook" and not tg.webhook_url:
        raise ConfigError("[telegram] mode = webhook needs webhook_url (the public HTTPS URL)")
    if token is None and tg.mode == "webhook":
        raise ConfigError("[telegram] mode = webhook needs GYEOT_TELEGRAM_TOKEN")
    check_kakao(settings)
    if not settings.web.enabled and not settings.kakao.enabled and token is None:
        raise ConfigError(
            "no channel is enabled: set GYEOT_TELEGRAM_TOKEN, [web] enabled or [kakao] enabled"
        )


def build_service(
    rt: Runtime,
    *,
    token: str | None,
    send_policy: SendPolicy | None = None,
    pace: PaceLimits | None = None,
) -> Service:
    """Wire channels, staff, processor, sender and the HTTP server for one process.

    `send_policy` and `pace` (Telegram's flood limits) override the defaults in tests.
    """
    settings = rt.settings
    http = HttpServer(settings.http.listen, limits=http_limits(settings), health=rt.healthy)
    intakes: dict[str, Intake] = {}
    channels: dict[str, Channel] = {}
    processor_wake: list[Callable[[], None]] = []

    def wake_processor() -> None:
        for wake in processor_wake:
            wake()

    web = None
    if settings.web.enabled:
        web = WebChannel(
            rt.store,
            rt.keyring,
            settings=_web(settings),
            on_stored=wake_processor,
            text=lambda lang, key: rt.kb.text(lang, key),
        )
        web.mount(http)
        intakes["web"] = web
    kakao = mount_kakao(rt, http, intakes, on_stored=wake_processor)
    telegram = None
    board = platform = None
    if token is not None:
        from bot.tg.run import board_and_format, telegram_channel

        telegram = telegram_channel(settings, token, pace=pace)
        board, platform = board_and_format(telegram)
        intakes["telegram"], channels["telegram"] = telegram.channel, telegram.channel
    renderers = {name: intake.renderer for name, intake in intakes.items()}
    if rt.cases is None:
        raise ConfigError("gyeot run needs the database ([storage] path), not --memory")
    staff = build_staff(
        settings, lambda: rt.kb, rt.cases, platform=platform, board=board, renderers=renderers
    )
    staff.runner.lead = lambda loop: led(rt.store, "staff-group", loop)
    sender = OutboxSender(
        rt.store,
        channels,
        policy=send_policy or SendPolicy(max_attempts=settings.telegram.send_attempts),
    )

    def on_outbox(channel: str, route: str) -> None:
        sender.wake()
        if web is not None and channel == "web":
            web.notify(route)

    updates = None
    if telegram is not None:
        from bot.tg.run import mount_webhook, telegram_intake

        telegram_intake(rt, telegram, staff, on_stored=wake_processor)
        mount_webhook(settings, telegram, http)
        updates = telegram.updates
    hooks = Hooks(
        on_outbox=on_outbox,
        staff=updates,
        relay=staff.relaying(rt.conversation),
        flood=flood_policy(rt),
    )
    processor = InboxProcessor(
        store=rt.store,
        conversation=rt.conversation,
        keyring=rt.keyring,
        intakes=intakes,
        hooks=hooks,
    )
    processor_wake.append(processor.wake)
    if kakao is not None:
        kakao.attach(processor)  # a skill request waits for its own row
    staff.runner.after_tick = sender.wake
    return Service(rt, http, processor, sender, staff, web, telegram, kakao)


def http_limits(settings: Settings) -> HttpLimits:
    """`[http]` as the shared server's limits."""
    h = settings.http
    return HttpLimits(
        max_body=h.max_body,
        header_timeout=h.header_timeout,
        body_timeout=h.body_timeout,
        idle_timeout=h.idle_timeout,
        max_connections=h.max_connections,
    )


def _web(settings: Settings) -> WebSettings:
    web = settings.web
    return WebSettings(exit_url=web.exit_url, max_sessions=web.max_sessions)


def flood_policy(rt: Runtime) -> Flood:
    """Crisis first and a flood coalesced, with the current lexicon and wording (reloads too)."""
    return Flood(
        is_crisis=lambda text: alarm(text, rt.kb.lexicon) is not None,
        notice=lambda lang: rt.kb.text(lang, "flood.slow"),
    )


async def run_service(
    rt: Runtime,
    *,
    token: str | None,
    stop_event: asyncio.Event | None = None,
    send_policy: SendPolicy | None = None,
    pace: PaceLimits | None = None,
    on_ready: Callable[[Service], None] | None = None,
) -> None:
    """Run until `stop_event` is set (or SIGINT/SIGTERM when none is given)."""
    stop = stop_event or asyncio.Event()
    service = build_service(rt, token=token, send_policy=send_policy, pace=pace)
    purge = asyncio.create_task(purge_daily(rt, stop))
    with _stop_on_signals(stop, enabled=stop_event is None), reload_on_sighup(rt):
        try:
            await serve(service, stop, on_ready)
        finally:
            stop.set()
            await purge
    logger.info("gyeot stopped")


async def serve(
    service: Service, stop: asyncio.Event, on_ready: Callable[[Service], None] | None = None
) -> None:
    """Start the HTTP server and Telegram, run the loops, stop in order."""
    tg = service.telegram
    loops: list[Loop] = [service.processor.run, service.staff.runner.run, *service.loops]
    if service.kakao is not None:
        loops.extend(service.kakao.loops)
    if service.web is not None and service.rt.cases is not None:
        loops.append(wake_tabs(service.rt.cases, service.web))
    async with contextlib.AsyncExitStack() as stack:
        await service.http.start()
        stack.push_async_callback(service.http.stop)
        if service.kakao is not None:
            stack.push_async_callback(service.kakao.close)
        if tg is not None:
            from bot.tg.run import start_telegram, stop_telegram

            stack.push_async_callback(stop_telegram, tg)
            if not await start_telegram(service.rt.settings, tg, stop):
                return
            if tg.poller is not None:  # several processes: one of them polls
                loops.append(led(service.rt.store, "telegram-poller", tg.poller.run))
        if on_ready is not None:
            on_ready(service)
        await _run_loops(service, loops, stop)


def wake_tabs(cases: CaseStore, web: WebChannel) -> Loop:
    """Hear the web rows any process commits, and wake the tabs open here (see README)."""
    return lambda stop: cases.listen_outbox(web.notify_dest, stop)


async def _run_loops(service: Service, loops: list[Loop], stop: asyncio.Event) -> None:
    """Run intake and processing until `stop`; then drain the outbox. Re-raise a crash."""
    intake_stop, send_stop = asyncio.Event(), asyncio.Event()
    tasks = [asyncio.create_task(loop(intake_stop)) for loop in loops]
    sender = asyncio.create_task(service.sender.run(send_stop))
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

"""The web chat channel: the page, its WebSocket, and delivery of what waits for each tab.

The page keeps an anonymous session token in sessionStorage (never a cookie or URL). Her
messages are written to the inbox before the page is told `got` (the page re-sends until
then, deduplicated on session + message number). Replies stay in the outbox until the page
acknowledges them (`ack`): after a dropped connection or a server restart the page says the
last message it showed and gets the rest, in order; it drops anything it already showed. A
browser cannot be pushed to while it is away, so the channel hands out rows itself
(`Outbox.outbox_for`) when woken for a session, and checks every second for rows written by
the staff side or another process.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import html
import json
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from aiohttp import WSMsgType, web

from bot.channels import (
    Inbound,
    Keyring,
    Limits,
    Renderer,
    RenderSettings,
    received,
    text_event,
)
from bot.errors import apology
from bot.http import HttpServer, Quiet
from flows import Event, Inbox, Outbox, PendingMessage, Press, Received, Sent

logger = logging.getLogger(__name__)

NAME = "web"
STATIC = Path(__file__).parent / "static"
LANGS = ("ko", "en", "vi", "zh")
_TOKEN = re.compile(r"[A-Za-z0-9_-]{32,64}")
_STATIC_TYPES = {".js": "text/javascript", ".css": "text/css", ".svg": "image/svg+xml"}
LIMITS = Limits(max_text=4000, max_buttons=12, max_label=60, can_push=False, can_delete=False)


@dataclass(frozen=True, slots=True)
class WebSettings:
    """`[web]`: the exit page, caps and limits of the web chat."""

    exit_url: str = "https://www.naver.com"
    max_sessions: int = 2000
    max_message: int = 2000  # characters of one message of hers
    rate_per_minute: int = 30  # her messages per session per minute before a kind notice
    poll_interval: float = 1.0  # how often an open tab looks for rows from elsewhere


class Store(Inbox, Outbox, Protocol):
    """What the web channel needs from storage."""


class Processor(Protocol):
    """The inbox processor, as far as the channel hands it her messages."""

    async def hand_over(self, update: Received) -> int | None:
        """Store her event and queue it (or leave it to a scan); its id, None for a repeat."""
        ...


@dataclass
class _Tab:
    """One open WebSocket: whose session, what was sent, when she last wrote."""

    socket: web.WebSocketResponse
    route: str
    lang: str
    sent_upto: int = 0
    wake: asyncio.Event | None = None
    stamps: list[float] | None = None
    unacked: list[int] = field(default_factory=list)  # rows sent on this socket, not yet acked


class WebChannel:
    """Serve the page and the WebSocket; deliver outbox rows to open tabs."""

    name = NAME
    limits = LIMITS

    def __init__(
        self,
        store: Store,
        keyring: Keyring,
        *,
        settings: WebSettings | None = None,
        on_stored: Callable[[], None] = lambda: None,
        text: Callable[[str, str], str] = lambda lang, key: key,
    ) -> None:
        """Use the store and keyring; `on_stored()` wakes a scan when no processor is attached.

        `text(lang, key)` words the notices from the knowledge UI files.
        """
        self.text = text
        self.store = store
        self.keyring = keyring
        self.settings = settings or WebSettings()
        self.on_stored = on_stored
        self.renderer = Renderer(RenderSettings(first_lines={}), channel=NAME, limits=LIMITS)
        self._tabs: dict[str, _Tab] = {}
        self._dests: dict[str, str] = {}  # an open session's outbox pseudonym -> its token
        self._foreign = Quiet("web socket requests from another origin")
        self.processor: Processor | None = None

    def attach(self, processor: Processor) -> None:
        """Hand her stored messages to this processor (no scan needed to find them)."""
        self.processor = processor

    # -------------------------------------------------------------- the core's side

    def lane(self, route: str) -> str:
        """One session is one conversation."""
        return route

    async def acknowledge(self, inbound: Inbound) -> None:
        """Nothing to acknowledge: the page was told `got` when her message was stored."""

    async def apologise(self, inbound: Inbound, lang: str | None) -> None:
        """Tell an open tab that her last message could not be handled."""
        tab = self._tabs.get(inbound.route)
        if tab is not None:
            await _send(tab, {"type": "notice", "code": "error", "text": apology(lang)})

    def notify(self, route: str) -> None:
        """Rows may wait for this session: deliver them now if its tab is open here."""
        tab = self._tabs.get(route)
        if tab is not None and tab.wake is not None:
            tab.wake.set()

    def notify_dest(self, dest: str) -> None:
        """Some process wrote rows for outbox `dest`: deliver them now if its tab is open here."""
        route = self._dests.get(dest)
        if route is not None:
            self.notify(route)

    # -------------------------------------------------------------- HTTP

    def mount(self, server: HttpServer) -> None:
        """Add the page, its static files and the WebSocket to the shared server."""
        server.app.router.add_get("/", self._page)
        server.app.router.add_get("/static/{name}", self._static)
        server.app.router.add_get("/ws", self._socket)

    async def _page(self, request: web.Request) -> web.Response:
        lang = request.query.get("lang", "ko")
        lang = lang if lang in LANGS else "ko"
        text = (STATIC / "index.html").read_text(encoding="utf-8")
        text = text.replace("__LANG__", lang).replace(
            "__EXIT_URL__", html.escape(self.settings.exit_url, quote=True)
        )
        return web.Response(text=text, content_type="text/html", charset="utf-8")

    async def _static(self, request: web.Request) -> web.StreamResponse:
        name = request.match_info["name"]
        path = STATIC / name
        kind = _STATIC_TYPES.get(path.suffix)
        if kind is None or "/" in name or name.startswith(".") or not path.is_file():
            raise web.HTTPNotFound
        return web.Response(body=path.read_bytes(), content_type=kind, charset="utf-8")

    async def _socket(self, request: web.Request) -> web.StreamResponse:
        if not _same_origin(request):
            self._foreign.hit()
            raise web.HTTPForbidden
        socket = web.WebSocketResponse(heartbeat=25.0, max_msg_size=64 * 1024)
        await socket.prepare(request)
        tab = await self._hello(socket)
        if tab is None:
            await socket.close()
            return socket
        pump = asyncio.create_task(self._pump(tab))
        try:
            await self._listen(tab)
        finally:
            pump.cancel()
            await asyncio.gather(pump, return_exceptions=True)
            if self._tabs.get(tab.route) is tab:
                del self._tabs[tab.route]
                self._dests.pop(self.keyring.user_key(NAME, tab.route), None)
        return socket

    async def _hello(self, socket: web.WebSocketResponse) -> _Tab | None:
        try:
            first = await socket.receive_json(timeout=15.0)
        except (TypeError, ValueError, TimeoutError):
            return None
        token, last = first.get("session"), first.get("last", 0)
        if (
            first.get("type") != "hello"
            or not isinstance(token, str)
            or not _TOKEN.fullmatch(token)
        ):
            return None
        if token not in self._tabs and len(self._tabs) >= self.settings.max_sessions:
            full = self.text(str(first.get("lang", "ko")), "web.full")
            await socket.send_json({"type": "notice", "code": "full", "text": full})
            return None
        lang = first.get("lang") if first.get("lang") in LANGS else "ko"
        old = self._tabs.get(token)
        if old is not None:  # the same session in a new socket (reload, a copied tab)
            await old.socket.close(code=4001, message=b"replaced")
        tab = _Tab(socket, token, str(lang), wake=asyncio.Event(), stamps=[])
        self._tabs[token] = tab
        self._dests[self.keyring.user_key(NAME, token)] = token
        if isinstance(last, int) and not isinstance(last, bool) and last > 0:
            await self._acked(tab, last)
        await socket.send_json({"type": "ready"})
        return tab

    async def _listen(self, tab: _Tab) -> None:
        async for frame in tab.socket:
            if frame.type != WSMsgType.TEXT:
                continue
            try:
                data = json.loads(frame.data)
            except ValueError:
                continue
            if isinstance(data, dict):
                await self._frame(tab, data)

    async def _frame(self, tab: _Tab, data: dict[str, object]) -> None:
        kind = data.get("type")
        if kind == "ack" and isinstance(data.get("seq"), int):
            await self._acked(tab, int(str(data["seq"])))
            return
        number = data.get("id")
        if kind not in ("say", "press") or not isinstance(number, int) or number < 0:
            return
        event = self._event(data)
        if event is None:
            too_long = self.text(tab.lang, "web.too_long")
            notice = {"type": "notice", "code": "too_long", "text": too_long, "id": number}
            await _send(tab, notice)
            await _send(tab, {"type": "got", "id": number})
            return
        if self._flooding(tab) and kind == "say":
            slow = self.text(tab.lang, "flood.slow")
            await _send(tab, {"type": "notice", "code": "rate_limited", "text": slow})
        await self._store(tab, number, event)

    def _event(self, data: dict[str, object]) -> Event | None:
        if data.get("type") == "press":
            value = data.get("data")
            return Press(value[:64] if isinstance(value, str) else "")
        text = data.get("text")
        if not isinstance(text, str) or len(text) > self.settings.max_message:
            return None
        return text_event(text) if text.strip() else None

    def _flooding(self, tab: _Tab) -> bool:
        """Count her messages in the last minute; True past the per-session rate."""
        assert tab.stamps is not None
        now = asyncio.get_running_loop().time()
        tab.stamps[:] = [t for t in tab.stamps if now - t < 60.0] + [now]
        return len(tab.stamps) > self.settings.rate_per_minute

    async def _store(self, tab: _Tab, number: int, event: Event) -> None:
        """Write her event to the inbox (once per session and number), then say `got`."""
        key = self.keyring.user_key(NAME, tab.route)
        inbound = Inbound(NAME, tab.route, tab.route, event, tab.lang)
        row = received(f"{key[:32]}:{number}", inbound, self.keyring)
        if self.processor is not None:
            await self.processor.hand_over(row)
        else:
            await self.store.inbox_put([row], now=_now())
            self.on_stored()
        await _send(tab, {"type": "got", "id": number})

    # -------------------------------------------------------------- delivery

    async def _pump(self, tab: _Tab) -> None:
        """Send what waits for this session whenever woken, and every `poll_interval`."""
        assert tab.wake is not None
        while not tab.socket.closed:
            tab.wake.clear()
            rows = await self.store.outbox_for(NAME, tab.route, after=tab.sent_upto)
            for row in rows:
                await _send(tab, _frame_of(row))
                tab.sent_upto = max(tab.sent_upto, row.id)
                tab.unacked.append(row.id)
            if len(rows) == 50:
                continue  # more are waiting
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(tab.wake.wait(), self.settings.poll_interval)

    async def _acked(self, tab: _Tab, upto: int) -> None:
        """The page showed every message up to `upto`: mark those rows sent.

        Rows sent on this socket are known by id; after a reconnect (hello with her last seq)
        the waiting rows are read once to find those she already saw.
        """
        if tab.unacked:
            done = [Sent(row_id) for row_id in tab.unacked if row_id <= upto]
            tab.unacked = [row_id for row_id in tab.unacked if row_id > upto]
        else:
            rows = await self.store.outbox_for(NAME, tab.route, limit=500)
            done = [Sent(row.id) for row in rows if row.id <= upto]
        if done:
            await self.store.outbox_sent(done, now=_now())
        tab.sent_upto = max(tab.sent_upto, upto)


def _frame_of(row: PendingMessage) -> dict[str, object]:
    body = json.loads(row.payload)
    if body.get("clear"):
        return {"type": "clear", "seq": row.id}
    return {
        "type": "message",
        "seq": row.id,
        "text": str(body.get("text", "")),
        "buttons": body.get("buttons", []),
        "urgent": bool(body.get("urgent", False)),
    }


async def _send(tab: _Tab, frame: dict[str, object]) -> None:
    if not tab.socket.closed:
        try:
            await tab.socket.send_json(frame)
        except ConnectionError:
            logger.info("a web chat tab went away while sending")


def _same_origin(request: web.Request) -> bool:
    """A WebSocket may be opened only by our own page (the Origin's host is ours)."""
    origin = request.headers.get("Origin")
    if origin is None:
        return False
    host = origin.split("://", 1)[-1]
    return host == request.host


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)

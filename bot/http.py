"""The one HTTP server every HTTP channel shares (aiohttp): web chat, KakaoTalk, Telegram webhook.

It owns what is the same for every route: security headers on every answer, a cap on body
size (413), a time limit for reading a body, a cap on open connections, quiet logs (no paths,
no client addresses, no bodies), and `GET /healthz` (200 while the database answers).
Channels add their routes; secrets are checked from headers before any body is read.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from aiohttp import web

logger = logging.getLogger(__name__)

SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
        "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    ),
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}


@dataclass(frozen=True, slots=True)
class HttpLimits:
    """Limits of the shared server (DESIGN.md "Channels"; README "Security")."""

    max_body: int = 256 * 1024
    body_timeout: float = 10.0
    header_timeout: float = 10.0
    idle_timeout: float = 75.0
    max_connections: int = 1000


class Quiet:
    """Count refusals an attacker can cause and log them at most once a minute."""

    def __init__(self, what: str, *, every: float = 60.0) -> None:
        """Name what is counted (e.g. "webhook requests with a wrong secret")."""
        self.what = what
        self.every = every
        self.count = 0
        self._last = -every

    def hit(self) -> None:
        """Count one; log the count when a minute has passed since the last line."""
        self.count += 1
        now = time.monotonic()
        if now - self._last >= self.every:
            logger.warning("%s refused: %s since the last report", self.what, self.count)
            self._last, self.count = now, 0


class _Activity:
    """Which connections are inside a request now, and which never sent a whole request."""

    def __init__(self) -> None:
        self.in_request: dict[object, int] = {}
        self.seen: set[object] = set()

    @web.middleware
    async def middleware(
        self,
        request: web.Request,
        handler: Callable[[web.Request], Awaitable[web.StreamResponse]],
    ) -> web.StreamResponse:
        """Mark the connection busy while a request runs; add the security headers."""
        protocol = request.protocol
        self.seen.add(protocol)
        self.in_request[protocol] = self.in_request.get(protocol, 0) + 1
        try:
            response = await handler(request)
        except web.HTTPException as exc:
            _secure(exc)
            raise
        finally:
            left = self.in_request[protocol] - 1
            if left:
                self.in_request[protocol] = left
            else:
                del self.in_request[protocol]
        return _secure(response)


def _secure(response: web.StreamResponse) -> web.StreamResponse:
    """Add the security headers (a prepared response, e.g. a WebSocket, is left as it is)."""
    if not response.prepared:
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
    return response


async def read_body(request: web.Request, limits: HttpLimits) -> bytes:
    """Read a request body within the size and time limits.

    Raises:
        web.HTTPRequestEntityTooLarge: the body is over the limit (413).
        web.HTTPRequestTimeout: the body came too slowly (408).
    """
    if request.content_length is not None and request.content_length > limits.max_body:
        raise web.HTTPRequestEntityTooLarge(
            max_size=limits.max_body, actual_size=request.content_length
        )
    try:
        return await asyncio.wait_for(request.read(), limits.body_timeout)
    except TimeoutError:
        raise web.HTTPRequestTimeout from None


class HttpServer:
    """One aiohttp application and site; channels add routes before `start`."""

    def __init__(
        self,
        listen: str,
        *,
        limits: HttpLimits | None = None,
        health: Callable[[], Awaitable[bool]] | None = None,
    ) -> None:
        """Prepare the app on `listen` ("host:port"); `health()` answers /healthz."""
        self.listen = listen
        self.limits = limits or HttpLimits()
        self.health = health
        self._activity = _Activity()
        self.app = web.Application(
            client_max_size=self.limits.max_body, middlewares=[self._activity.middleware]
        )
        self.app.router.add_get("/healthz", self._healthz)
        self._runner: web.AppRunner | None = None
        self._reaper: asyncio.Task[None] | None = None
        self.port = 0

    @property
    def url(self) -> str:
        """The base URL the server listens on."""
        host = self.listen.rpartition(":")[0] or "127.0.0.1"
        shown = "127.0.0.1" if host in ("0.0.0.0", "[::]") else host  # every address: say one
        return f"http://{shown}:{self.port}/"

    async def _healthz(self, request: web.Request) -> web.Response:
        ok = self.health is None or await self.health()
        return web.Response(text="ok" if ok else "database unavailable", status=200 if ok else 503)

    async def start(self) -> int:
        """Listen; return the bound port (useful with port 0)."""
        host, _, port = self.listen.rpartition(":")
        runner = web.AppRunner(
            self.app,
            access_log=None,
            handle_signals=False,
            keepalive_timeout=self.limits.idle_timeout,
            lingering_time=0,  # a refused request's unread body is not read on: close instead
            read_bufsize=16 * 1024,  # per connection, reading pauses past twice this
            max_line_size=8190,
            max_field_size=8190,
        )
        await runner.setup()
        site = web.TCPSite(runner, host.strip("[]") or "127.0.0.1", int(port), backlog=128)
        await site.start()
        self._runner = runner
        self.port = int(runner.addresses[0][1])
        self._reaper = asyncio.create_task(self._reap(runner))
        return self.port

    async def _reap(self, runner: web.AppRunner) -> None:
        """Close connections past the cap, and those that sent no whole request in time."""
        born: dict[object, float] = {}
        loop = asyncio.get_running_loop()
        activity = self._activity
        while True:
            await asyncio.sleep(0.5)
            server = runner.server
            connections = list(server.connections) if server is not None else []
            now = loop.time()
            for handler in connections:
                started = born.setdefault(handler, now)
                slow = handler not in activity.seen and now - started > self.limits.header_timeout
                if slow:
                    handler.force_close()
            for handler in connections[self.limits.max_connections :]:
                if handler not in activity.in_request:
                    handler.force_close()
            live = set(connections)
            for gone in [h for h in born if h not in live]:
                del born[gone]
                activity.seen.discard(gone)

    async def stop(self) -> None:
        """Stop listening and close open connections."""
        if self._reaper is not None:
            self._reaper.cancel()
            await asyncio.gather(self._reaper, return_exceptions=True)
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

"""Receive updates by webhook: check the secret, write to the inbox, only then answer 200.

PTB's own webhook server answers 200 and keeps the update in memory; a crash then loses it.
Here Telegram gets its 200 only after the inbox write, and gets a 500 (so it retries) when
the write fails. The secret header is compared in constant time; wrong or missing is 403.
"""

from __future__ import annotations

import datetime as dt
import hmac
import json
import logging
from collections.abc import Callable
from typing import Any

from telegram import Bot
from tornado.httpserver import HTTPServer
from tornado.netutil import bind_sockets
from tornado.web import Application, RequestHandler

from bot.tg.errors import guarded
from bot.tg.outbox import utcnow
from bot.tg.ports import Keyring, TelegramStore
from bot.tg.updates import inbound_from_json, received

logger = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
MAX_BODY = 1 << 20


class _UpdateHandler(RequestHandler):
    """POST one update."""

    def initialize(self, receiver: WebhookReceiver) -> None:
        """Keep the receiver that does the work."""
        self.receiver = receiver

    async def post(self) -> None:
        """Answer 403, 400, 500 or (after the inbox write) 200."""
        status = await self.receiver.receive(
            self.request.headers.get(SECRET_HEADER), self.request.body
        )
        self.set_status(status)
        self.finish()

    def log_exception(self, *args: Any) -> None:
        """Keep tornado from logging request details."""
        logger.error("webhook request failed")


class WebhookReceiver:
    """Validate and store webhook deliveries; independent of the HTTP server."""

    def __init__(
        self,
        *,
        bot: Bot,
        store: TelegramStore,
        keyring: Keyring,
        secret: str,
        on_stored: Callable[[], None] = lambda: None,
        clock: Callable[[], dt.datetime] = utcnow,
    ) -> None:
        """Hold the bot (to parse updates), the store, the keyring and the shared secret."""
        if not secret:
            raise ValueError("a webhook needs a secret_token (1-256 of A-Z a-z 0-9 _ -)")
        self.bot = bot
        self.store = store
        self.keyring = keyring
        self._secret = secret.encode()
        self.on_stored = on_stored
        self.clock = clock

    async def receive(self, secret: str | None, body: bytes) -> int:
        """Return the HTTP status for one delivery, storing the update first when valid."""
        if secret is None or not hmac.compare_digest(secret.encode(), self._secret):
            logger.warning("webhook request with a wrong or missing secret refused")
            return 403
        try:
            data = json.loads(body)
            inbound = inbound_from_json(data)
        except ValueError:
            logger.warning("webhook body is not a Telegram update")
            return 400
        if inbound is None:
            return 200
        row = received(data["update_id"], inbound, self.keyring)
        ok, _ = await guarded("webhook inbox write", self.store.inbox_put([row], now=self.clock()))
        if not ok:
            return 500  # Telegram retries non-2xx deliveries
        self.on_stored()
        return 200


class WebhookServer:
    """A tornado HTTP server with one route, the webhook path."""

    def __init__(self, receiver: WebhookReceiver, *, path: str = "/telegram") -> None:
        """Route `path` to the receiver."""
        self.app = Application(
            [(path, _UpdateHandler, {"receiver": receiver})], log_function=_no_access_log
        )
        self._server: HTTPServer | None = None
        self.port = 0

    async def start(self, host: str = "127.0.0.1", port: int = 0) -> int:
        """Listen and return the bound port (useful with port 0)."""
        sockets = bind_sockets(port, host)
        self.port = sockets[0].getsockname()[1]
        self._server = HTTPServer(self.app, max_body_size=MAX_BODY)
        self._server.add_sockets(sockets)
        return self.port

    async def stop(self) -> None:
        """Stop listening and close open connections."""
        if self._server is not None:
            self._server.stop()
            await self._server.close_all_connections()
            self._server = None


def _no_access_log(handler: RequestHandler) -> None:
    """Tornado's access log has paths and client addresses; we keep neither."""

"""Receive updates by webhook: check the secret, write to the inbox, only then answer 200.

PTB's own webhook server answers 200 and keeps the update in memory; a crash then loses it.
Here Telegram gets its 200 only after the inbox write, and gets a 500 (so it retries) when
the write fails. The secret header is compared in constant time before the body is read;
wrong or missing is 403 (counted, logged at most once a minute). A body that is not an update
is 400 (Telegram would retry a 500 forever). The route lives on the shared HTTP server.
"""

from __future__ import annotations

import datetime as dt
import hmac
import logging
from collections.abc import Callable

from aiohttp import web
from telegram import Bot

from bot.channels import Keyring
from bot.errors import guarded
from bot.http import HttpServer, Quiet, read_body
from bot.tg.updates import inbound_from_json, parse_update, received
from flows import Inbox, Received, utcnow

logger = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"


class WebhookReceiver:
    """Validate and store webhook deliveries; independent of the HTTP server."""

    def __init__(
        self,
        *,
        bot: Bot,
        store: Inbox,
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
        self.refused = Quiet("webhook requests with a wrong or missing secret")
        self.unreadable = Quiet("webhook bodies that are not Telegram updates")

    def authorised(self, secret: str | None) -> bool:
        """True when the secret header matches (constant-time); counts refusals quietly."""
        if secret is not None and hmac.compare_digest(secret.encode(), self._secret):
            return True
        self.refused.hit()
        return False

    async def receive(self, secret: str | None, body: bytes) -> int:
        """Return the HTTP status for one delivery, storing the update first when valid."""
        if not self.authorised(secret):
            return 403
        return await self.store_body(body)

    async def store_body(self, body: bytes) -> int:
        """Store one authorised delivery; 400 for what is not an update, 500 if not stored."""
        try:
            data = parse_update(body)
            inbound = inbound_from_json(data)
        except ValueError:
            self.unreadable.hit()
            return 400
        if inbound is None:
            return 200
        return await self.put(received(data["update_id"], inbound, self.keyring))

    async def put(self, row: Received) -> int:
        """Write one row; 200 once stored, 500 (Telegram retries) when the write failed."""
        ok, _ = await guarded("webhook inbox write", self.store.inbox_put([row], now=self.clock()))
        if not ok:
            return 500
        self.on_stored()
        return 200


def add_webhook(server: HttpServer, receiver: WebhookReceiver, path: str) -> None:
    """Route POST `path` on the shared server to the receiver (secret checked before the body)."""

    async def post(request: web.Request) -> web.Response:
        if not receiver.authorised(request.headers.get(SECRET_HEADER)):
            return web.Response(status=403)
        body = await read_body(request, server.limits)
        return web.Response(status=await receiver.store_body(body))

    server.app.router.add_post(path, post)

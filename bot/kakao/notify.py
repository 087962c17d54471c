"""Answers that leave outside the skill request: Kakao's callback URL and its event API.

With the AI chatbot callback, Kakao sends a `callbackUrl` that takes the full answer within a
minute. With the event API (`[kakao] event_api`, key from env `GYEOT_KAKAO_EVENT_KEY`) the bot
asks Kakao to run an event block for her when a counselor's reply waits: the block calls the
skill, and the skill hands out what waits. Logs carry status codes, never URLs, ids or text.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Collection
from typing import Protocol

import aiohttp

from bot.errors import guarded, wait_any
from flows import PendingMessage

logger = logging.getLogger(__name__)

EVENT_NAME = "gyeot_reply"  # the event an operator links to the skill's block in Open Builder


class Poster:
    """POST JSON with one shared client session (opened on first use)."""

    def __init__(self, *, timeout: float = 10.0) -> None:
        """Keep the per-request time limit."""
        self.timeout = timeout
        self._session: aiohttp.ClientSession | None = None

    async def post(
        self, url: str, body: dict[str, object], headers: dict[str, str] | None = None
    ) -> bool:
        """POST `body`; True on a 2xx answer."""
        if self._session is None:
            self._session = aiohttp.ClientSession(
                timeout=aiohttp.ClientTimeout(total=self.timeout)
            )
        data = json.dumps(body, ensure_ascii=False).encode()
        try:
            async with self._session.post(
                url,
                data=data,
                headers={"Content-Type": "application/json", **(headers or {})},
            ) as resp:
                await resp.read()
                if resp.status // 100 != 2:
                    logger.warning("kakao post answered %s", resp.status)
                return resp.status // 100 == 2
        except (aiohttp.ClientError, TimeoutError) as exc:
            logger.warning("kakao post failed: %s", type(exc).__name__)
            return False

    async def close(self) -> None:
        """Close the client session."""
        if self._session is not None:
            await self._session.close()
            self._session = None


class Pending(Protocol):
    """Unsent outbox rows of some channels."""

    async def outbox_pending(
        self, *, limit: int = 100, channels: Collection[str] | None = None
    ) -> list[PendingMessage]:
        """Unsent messages, oldest first."""
        ...


class EventNotifier:
    """Ask Kakao's event API to notify her when rows have waited longer than a request takes."""

    def __init__(
        self,
        store: Pending,
        poster: Poster,
        *,
        url: str,
        key: str,
        settle: float = 10.0,
        interval: float = 2.0,
    ) -> None:
        """Notify through `url` with the REST API `key`; rows younger than `settle` s wait."""
        self.store = store
        self.poster = poster
        self.url = url
        self.key = key
        self.channel = "kakao"
        self.settle = settle
        self.interval = interval
        self._seen: dict[int, float] = {}
        self._notified: set[int] = set()

    async def run(self, stop: asyncio.Event) -> None:
        """Look for waiting rows every `interval` seconds until `stop`."""
        never = asyncio.Event()
        while not stop.is_set():
            await guarded("kakao event scan", self.scan_once())
            await wait_any(never, stop, self.interval)

    async def scan_once(self) -> int:
        """Notify each conversation with rows that settled and were not notified; return count."""
        now = asyncio.get_running_loop().time()
        rows = await self.store.outbox_pending(limit=500, channels=(self.channel,))
        live = {row.id for row in rows}
        self._seen = {i: t for i, t in self._seen.items() if i in live}
        self._notified &= live
        routes: set[str] = set()
        for row in rows:
            first = self._seen.setdefault(row.id, now)
            if row.id not in self._notified and now - first >= self.settle:
                routes.add(row.route)
                self._notified.add(row.id)
        for route in routes:
            await self.notify(route)
        return len(routes)

    async def notify(self, route: str) -> bool:
        """Send one event for her (botUserKey `route`)."""
        body: dict[str, object] = {
            "event": {"name": EVENT_NAME},
            "user": [{"type": "botUserKey", "id": route}],
        }
        return await self.poster.post(
            self.url, body, headers={"Authorization": f"KakaoAK {self.key}"}
        )

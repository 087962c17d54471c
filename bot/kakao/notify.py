"""Answers that leave outside the skill request: Kakao's callback URL and its event API.

With the AI chatbot callback, Kakao sends a `callbackUrl` that takes the full answer within a
minute; that answer is judged by the HTTP status alone. With the event API (`[kakao] event_api`,
`https://bot-api.kakao.com/v2/bots/<bot id>/talk`, the REST API key from env
`GYEOT_KAKAO_EVENT_KEY`) the bot asks Kakao to run an event block for the people a counselor's
reply waits for: the block calls the skill, and the skill hands out what waits. One request
names at most 100 people, each once; Kakao took it only when it answers 2xx with the JSON
status "SUCCESS" (taken, not yet delivered). Logs carry status codes and Kakao's status word,
never URLs, ids, keys or text.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from typing import Protocol

import aiohttp

from bot.errors import guarded, wait_any
from flows import PendingMessage

logger = logging.getLogger(__name__)

EVENT_NAME = "gyeot_reply"  # the event an operator links to the skill's block in Open Builder
MAX_USERS = 100  # people one event API request may name
ACCEPTED = "SUCCESS"  # the event API's status word for a request it took
LOG_EVERY = 60.0  # seconds between two log lines for the same refusal
_WORD = re.compile(r"[A-Z][A-Z_ ]{0,23}")  # what of Kakao's status word may reach a log line


@dataclass(frozen=True)
class Answer:
    """An HTTP answer: its status and bytes, or (status 0) the kind of error instead."""

    status: int
    raw: bytes
    error: str = ""

    @property
    def ok(self) -> bool:
        """A 2xx status."""
        return self.status // 100 == 2


class Poster:
    """POST JSON with one shared client session (opened on first use)."""

    def __init__(self, *, timeout: float = 10.0) -> None:
        """Keep the per-request time limit."""
        self.timeout = timeout
        self._session: aiohttp.ClientSession | None = None

    async def post(
        self, url: str, body: dict[str, object], headers: dict[str, str] | None = None
    ) -> bool:
        """POST `body` (to the callback URL); True on a 2xx answer, whatever its body says."""
        answer = await self.exchange(url, body, headers)
        if answer.error:
            logger.warning("kakao post failed: %s", answer.error)
        elif not answer.ok:
            logger.warning("kakao post answered %s", answer.status)
        return answer.ok

    async def exchange(
        self, url: str, body: dict[str, object], headers: dict[str, str] | None = None
    ) -> Answer:
        """POST `body`; what came back (nothing logged: the caller knows what it means)."""
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
                return Answer(resp.status, await resp.read())
        except (aiohttp.ClientError, TimeoutError) as exc:
            return Answer(0, b"", type(exc).__name__)

    async def close(self) -> None:
        """Close the client session."""
        if self._session is not None:
            await self._session.close()
            self._session = None


def status_word(raw: bytes) -> str:
    """Kakao's `status` in a JSON answer, if it looks like a status word; else "-"."""
    try:
        found = json.loads(raw)
    except ValueError:
        return "-"
    word = found.get("status") if isinstance(found, dict) else None
    return word if isinstance(word, str) and _WORD.fullmatch(word) else "-"


def batches(routes: Iterable[str], size: int = MAX_USERS) -> list[list[str]]:
    """Distinct `routes` in their order, in lists of at most `size`."""
    distinct = list(dict.fromkeys(routes))
    return [distinct[i : i + size] for i in range(0, len(distinct), size)]


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
        """Notify through `url` with the REST API `key`; rows younger than `settle` s wait.

        A request Kakao did not take is asked again, at most once per `interval` seconds.
        """
        self.store = store
        self.poster = poster
        self.url = url
        self.key = key
        self.channel = "kakao"
        self.settle = settle
        self.interval = interval
        self._seen: dict[int, float] = {}
        self._notified: set[int] = set()
        self._retry_at: dict[str, float] = {}  # route -> when a refused event may be asked again
        self._refusals: dict[str, tuple[float, int]] = {}  # what -> (last line, count since)

    async def run(self, stop: asyncio.Event) -> None:
        """Look for waiting rows every `interval` seconds until `stop`."""
        never = asyncio.Event()
        while not stop.is_set():
            await guarded("kakao event scan", self.scan_once())
            await wait_any(never, stop, self.interval)

    async def scan_once(self) -> int:
        """Notify the people with settled rows not yet notified; return how many Kakao took.

        Rows are marked notified only when Kakao took the request that named their person;
        a refused or failed request leaves them for a scan at least `interval` s later.
        """
        now = asyncio.get_running_loop().time()
        rows = await self.store.outbox_pending(limit=500, channels=(self.channel,))
        live = {row.id for row in rows}
        self._seen = {i: t for i, t in self._seen.items() if i in live}
        self._notified &= live
        waiting: dict[str, list[int]] = {}
        for row in rows:
            first = self._seen.setdefault(row.id, now)
            if row.id not in self._notified and now - first >= self.settle:
                waiting.setdefault(row.route, []).append(row.id)
        self._retry_at = {r: t for r, t in self._retry_at.items() if r in waiting and t > now}
        due = [route for route in waiting if route not in self._retry_at]
        taken = await self.notify(due)
        for route in due:
            if route in taken:
                self._notified.update(waiting[route])
            else:
                self._retry_at[route] = now + self.interval
        return len(taken)

    async def notify(self, routes: Collection[str]) -> set[str]:
        """Send the event for these people (botUserKeys), 100 a request; the ones Kakao took."""
        taken: set[str] = set()
        for batch in batches(routes):
            if await self._send(batch):
                taken.update(batch)
        return taken

    async def _send(self, routes: list[str]) -> bool:
        body: dict[str, object] = {
            "event": {"name": EVENT_NAME},
            "user": [{"type": "botUserKey", "id": route} for route in routes],
        }
        answer = await self.poster.exchange(
            self.url, body, headers={"Authorization": f"KakaoAK {self.key}"}
        )
        if answer.error:
            self._refused(f"failed: {answer.error}")
            return False
        word = status_word(answer.raw)
        if answer.ok and word == ACCEPTED:
            return True
        self._refused(f"answered {answer.status} {word}")
        return False

    def _refused(self, what: str) -> None:
        """Log a refusal or failure; the same one again at most once a minute, with a count."""
        now = asyncio.get_running_loop().time()
        last, count = self._refusals.get(what, (now - LOG_EVERY, 0))
        if now - last < LOG_EVERY:
            self._refusals[what] = (last, count + 1)
            return
        self._refusals[what] = (now, 0)
        logger.warning("kakao event api %s (%s more since the last line)", what, count)

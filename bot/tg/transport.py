"""PTB's HTTP transport, on aiohttp, and raw Bot API calls for the hot path.

PTB lets the HTTP library be swapped through `telegram.request.BaseRequest` (it keeps the
error mapping: 429 → `RetryAfter`, 403 → `Forbidden`, ...). Its default, httpx, spends about
1.2 ms of CPU per call in pure-Python connection-pool and HTTP/1.1 code, and its pool re-scans
every waiting request on each event, which grows with the number of chats waiting; aiohttp
parses in C and queues waiting requests in order (`benchmarks/README.md` has the figures).

Same behaviour as PTB's default otherwise: form-encoded bodies, PTB's User-Agent, the same
default timeouts, proxies from the environment (read once per host), certifi's CA bundle.
gyeot uploads no files, so multipart is not implemented (such a call fails clearly).

`BotApi` makes the calls the sender and the processor make for every message (sendMessage,
answerCallbackQuery, deleteMessages, copyMessage) straight from their JSON parameters, through
`BaseRequest.post` (so with PTB's error mapping), without building PTB objects for the
keyboard and parsing the whole returned `Message`: about a third of the bot's CPU otherwise.
"""

from __future__ import annotations

import json
import ssl
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import aiohttp
import certifi
from telegram import Bot
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData

CONNECT_TIMEOUT = 5.0
READ_TIMEOUT = 5.0
WRITE_TIMEOUT = 5.0
_DEFAULT = type(BaseRequest.DEFAULT_NONE)  # PTB's "not given" marker


def _value(given: object, default: float) -> float | None:
    """The caller's timeout, or ours when PTB passed its "use the default" marker."""
    if isinstance(given, _DEFAULT):
        return default
    return None if given is None else float(given)  # type: ignore[arg-type]


class AiohttpRequest(BaseRequest):
    """A `BaseRequest` on one `aiohttp.ClientSession` with at most `connections` open."""

    def __init__(self, connections: int = 8, *, read_timeout: float = READ_TIMEOUT) -> None:
        """Remember the pool size; the session is made in `initialize` (it needs the loop)."""
        self._connections = connections
        self._read_timeout = read_timeout
        self._session: aiohttp.ClientSession | None = None
        self._proxies: dict[tuple[str, str], str | None] = {}

    @property
    def read_timeout(self) -> float:
        """Default read timeout (PTB adds the long-poll timeout to it for getUpdates)."""
        return self._read_timeout

    async def initialize(self) -> None:
        """Open the session (again, after a shutdown)."""
        if self._session is None or self._session.closed:
            context = ssl.create_default_context(cafile=certifi.where())
            connector = aiohttp.TCPConnector(limit=self._connections, ssl=context)
            # trust_env would look up proxies and netrc in a thread on every call: see _proxy.
            self._session = aiohttp.ClientSession(connector=connector)

    async def shutdown(self) -> None:
        """Close the session and its connections (idempotent)."""
        session, self._session = self._session, None
        if session is not None and not session.closed:
            await session.close()

    async def do_request(  # noqa: PLR0913, PLR0917 - BaseRequest's signature
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = BaseRequest.DEFAULT_NONE,
        write_timeout: Any = BaseRequest.DEFAULT_NONE,
        connect_timeout: Any = BaseRequest.DEFAULT_NONE,
        pool_timeout: Any = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        """Make one call; return (status, body). Raise `TimedOut` or `NetworkError` on failure."""
        session = self._session
        if session is None or session.closed:
            raise RuntimeError("this AiohttpRequest is not initialized")
        if request_data is not None and request_data.contains_files:
            raise ValueError("gyeot's transport does not upload files")
        read = _value(read_timeout, self._read_timeout)
        write = _value(write_timeout, WRITE_TIMEOUT)
        connect = _value(connect_timeout, CONNECT_TIMEOUT)
        del pool_timeout  # waiting for a free connection is our queue, in order, not a failure
        timeout = aiohttp.ClientTimeout(
            total=None,
            sock_connect=connect,
            # No byte for this long while sending or waiting for the answer: give up.
            sock_read=None if read is None or write is None else max(read, write),
        )
        try:
            async with session.request(
                method,
                url,
                data=request_data.json_parameters if request_data else None,
                proxy=self._proxy(url),
                headers={"User-Agent": self.USER_AGENT},
                timeout=timeout,
            ) as response:
                return response.status, await response.read()
        except TimeoutError as exc:  # aiohttp's timeouts are TimeoutError subclasses
            raise TimedOut from exc
        except aiohttp.ClientError as exc:
            # The error's text can quote the URL, and the URL holds the token.
            raise NetworkError(f"aiohttp.{type(exc).__name__}") from exc

    def _proxy(self, url: str) -> str | None:
        """The proxy from the environment (HTTPS_PROXY, NO_PROXY, ...) for this host, once."""
        parts = urlsplit(url)
        where = (parts.scheme, parts.hostname or "")
        if where not in self._proxies:
            bypass = urllib.request.proxy_bypass(where[1])
            proxy = None if bypass else urllib.request.getproxies().get(where[0])
            self._proxies[where] = proxy
        return self._proxies[where]


class Form(RequestData):  # type: ignore[misc]  # final in PTB's hints, see below
    """Bot API parameters as form fields, encoded as PTB encodes them (str as is, else JSON).

    PTB marks `RequestData` final and builds it from its private `RequestParameter`. Its
    public surface is what a `BaseRequest` reads (`json_parameters`, `contains_files`,
    `multipart_data`); this class provides exactly that, for `AiohttpRequest` (or PTB's own
    `HTTPXRequest`) to send.
    """

    def __init__(self, params: Mapping[str, object]) -> None:
        """Encode `params`; None values are left out."""
        super().__init__()
        self._fields = {
            name: value if isinstance(value, str) else json.dumps(value)
            for name, value in params.items()
            if value is not None
        }

    @property
    def json_parameters(self) -> dict[str, str]:
        """The encoded fields."""
        return self._fields


@dataclass(frozen=True, slots=True)
class BotApi:
    """Raw calls on a bot's own transport; errors are PTB's (`RetryAfter`, `Forbidden`, ...)."""

    request: BaseRequest
    base_url: str

    @classmethod
    def of(cls, bot: Bot) -> BotApi:
        """The bot's transport and URL (its own methods keep working alongside)."""
        return cls(bot.request, bot.base_url)

    async def call(self, method: str, params: Mapping[str, object], *, wait: float = 0.0) -> Any:
        """Make one call and return its `result` as JSON (dict, list or bool).

        `wait` is how long the server may hold the call (getUpdates' long poll); it is added
        to the read timeout.
        """
        read = self.request.read_timeout
        timeout = None if read is None else read + wait
        return await self.request.post(
            f"{self.base_url}/{method}", Form(params), read_timeout=timeout
        )

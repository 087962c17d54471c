"""The KakaoTalk channel: a Kakao i Open Builder skill server on the shared HTTP server.

One request is one message of hers, answered inside the request: her event is written to the
inbox (deduplicated), the processor handles it like any channel's, and the answer is what
waits in the outbox for her, oldest first, each once: counselor replies that waited, then the
new answer (crisis help always in the first output). A bot cannot push on KakaoTalk, so a
counselor's reply waits until her next message, a "답장 확인" quick reply, Kakao's callback URL
or an event API call. Kakao waits 5 seconds: when anything stalls she gets a short safe text
(1308, 119) by 4.5 s and her message stays in the inbox.

Each once, also across processes: a request takes her rows with a lease for this channel
instance (`Outbox.outbox_take`); her request on another `gyeot run` skips them while the lease
lives. They are marked sent only after the response is written, and only if it was written
within `ON_TIME` of her request reaching the handler: Kakao drops a later answer, so its rows
stay for her next request (at once on this process, on another once the lease has run out).
The trade-off is at least once: an answer Kakao did show late, or one whose process died
before the mark, is given again; none is lost. While another process's lease holds rows, an
answer here leaves them out, so two answers at once may show them out of order.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import hmac
import json
import logging
import secrets
import time
from collections.abc import Callable, Coroutine, Mapping
from dataclasses import dataclass, replace
from functools import partial
from typing import Literal, Protocol
from weakref import WeakValueDictionary

from aiohttp import web

from bot.channels import Inbound, Keyring, Limits, Renderer, RenderSettings, received, text_event
from bot.errors import apology, guarded
from bot.http import HttpLimits, HttpServer, Quiet, read_body
from bot.kakao.compose import Prepared, pack
from bot.kakao.notify import EVENT_NAME, Poster
from bot.kakao.offered import Offered, Sessions
from bot.kakao.skill import (
    Choice,
    SkillRequest,
    choices,
    parse_request,
    short_label,
    simple,
    use_callback,
)
from flows import (
    Engine,
    Event,
    Inbox,
    Outbox,
    PendingMessage,
    Press,
    Received,
    Sent,
)
from knowledge import Knowledge

logger = logging.getLogger(__name__)

NAME = "kakao"
SECRET_HEADER = "X-Gyeot-Kakao-Secret"
# Rows of at most 960 characters leave room for the neutral first line in a 1,000-character output.
LIMITS = Limits(max_text=960, max_buttons=10, max_label=14, can_push=False, can_delete=False)
HTTP_LIMITS = HttpLimits(max_body=64 * 1024, body_timeout=2.0)
BUDGET = 4.5  # Kakao waits 5 s; she hears from us by then, whatever stalls
# Written this soon after her request reached the handler, an answer reached her: Kakao waits
# 5 s, less what we cannot see (the network, aiohttp before the handler). Later: rows wait.
ON_TIME = 4.8
GIVEN_LEASE = dt.timedelta(seconds=30)  # other processes skip rows given until marked sent
READY_BY = 4.0  # the answer is collected by then, or she gets the safe text
FAST = 0.8  # with a callback URL: answer directly only if this quick
CALLBACK_WINDOW = 50.0  # Kakao's callback URL takes the answer within a minute
KEEP_TRYING = 60.0  # a message the database refused is retried this long (the process lives)
RETRY_WINDOW = 10.0  # the same words again within this many seconds are Kakao retrying
_JSON = partial(json.dumps, ensure_ascii=False, separators=(",", ":"))
How = Literal["direct", "callback", "dropped"]
Loop = Callable[[asyncio.Event], Coroutine[None, None, None]]


class Store(Inbox, Outbox, Sessions, Protocol):
    """What the Kakao channel needs from storage."""


class Waiter(Protocol):
    """The inbox processor, as far as a request hands it her row and waits for it."""

    async def hand_over(self, update: Received) -> int | None:
        """Store her event and queue it (or leave it to a scan); its id, None for a repeat."""
        ...

    async def handled(self, inbox_id: int, *, timeout: float) -> bool:
        """Wait until the row is handled; False on timeout."""
        ...


@dataclass(frozen=True)
class Reply:
    """One request's skill response, and the ticket to settle once it is written (or not)."""

    body: dict[str, object]
    ticket: Ticket | None = None

    def written(self, *, on_time: bool) -> None:
        """Mark its rows sent if she got it in time; else leave them for her next request.

        Decided already (callback, safe text): no change.
        """
        if self.ticket is not None:
            self.ticket.decide("direct" if on_time else "dropped")


class Ticket:
    """One request's answer, handed from the work task to the HTTP handler, then decided."""

    def __init__(self, deadline: float) -> None:
        """Collect the answer by `deadline` (loop time)."""
        loop = asyncio.get_running_loop()
        self.deadline = deadline
        self.ready: asyncio.Future[Prepared | None] = loop.create_future()
        self.decision: asyncio.Future[How] = loop.create_future()

    def left(self) -> float:
        """Seconds left to collect the answer."""
        return max(0.0, self.deadline - asyncio.get_running_loop().time())

    def offer(self, prepared: Prepared | None) -> None:
        """The work task has the answer (None: it failed)."""
        if not self.ready.done():
            self.ready.set_result(prepared)

    def decide(self, how: How) -> None:
        """The handler gave it directly, left it to the callback, or gave the safe text."""
        if not self.decision.done():
            self.decision.set_result(how)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


async def _body(request: web.Request) -> bytes:
    """Her request's body: at once when it has all arrived (no timer), else within the limits."""
    size = request.content_length
    if request.content.is_eof() and size is not None and size <= HTTP_LIMITS.max_body:
        return await request.read()
    return await read_body(request, HTTP_LIMITS)


class KakaoChannel:
    """Answer skill requests from the inbox and outbox; hand counselors' replies out on request."""

    name = NAME
    limits = LIMITS

    def __init__(  # noqa: PLR0913 - collaborators, each explicit
        self,
        store: Store,
        keyring: Keyring,
        *,
        secret: str,
        kb: Callable[[], Knowledge],
        engine: Callable[[], Engine],
        path: str = "/kakao/skill",
        first_lines: Mapping[str, str] | None = None,
        on_stored: Callable[[], None] = lambda: None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        """Check requests against `secret`; word her texts from the current knowledge.

        `clock` times an answer from her request to the written response (`ON_TIME`).
        """
        if not secret:
            raise ValueError("the Kakao channel needs GYEOT_KAKAO_SECRET")
        self.store = store
        self.keyring = keyring
        self._secret = secret.encode()
        self.kb = kb
        self.path = path
        self.first_lines = dict(first_lines or {})
        self.on_stored = on_stored
        self.clock = clock
        self.holder = f"kakao-{secrets.token_hex(8)}"  # leases the rows this instance gives
        self.renderer = Renderer(RenderSettings(first_lines={}), channel=NAME, limits=LIMITS)
        self.offered = Offered(engine, store)
        self.poster = Poster()
        self.waiter: Waiter | None = None
        self.loops: list[Loop] = []  # what `gyeot run` runs besides requests (event API)
        self._locks: WeakValueDictionary[str, asyncio.Lock] = WeakValueDictionary()
        self._recent: dict[str, tuple[float, asyncio.Future[dict[str, object]]]] = {}
        self._tasks: set[asyncio.Task[None]] = set()
        self._forged = Quiet("kakao skill requests without the right secret")
        self._malformed = Quiet("malformed kakao skill requests")

    # -------------------------------------------------------------- the core's side

    def attach(self, waiter: Waiter) -> None:
        """Wait for rows with this processor."""
        self.waiter = waiter

    def lane(self, route: str) -> str:
        """One botUserKey is one conversation."""
        return route

    async def acknowledge(self, inbound: Inbound) -> None:
        """Nothing to acknowledge: the request itself is the answer."""

    async def apologise(self, inbound: Inbound, lang: str | None) -> None:
        """Nothing to push: her waiting request finds no answer and apologises itself."""

    async def close(self) -> None:
        """Let callbacks in flight finish briefly, then close the HTTP client."""
        if self._tasks:
            await asyncio.wait(set(self._tasks), timeout=5.0)
        await self.poster.close()

    # -------------------------------------------------------------- HTTP

    def mount(self, server: HttpServer) -> None:
        """Add the skill route to the shared server."""
        server.app.router.add_post(self.path, self._skill)

    def _authorised(self, request: web.Request) -> bool:
        given = request.headers.get(SECRET_HEADER, "").encode()
        return hmac.compare_digest(given, self._secret)

    async def _skill(self, request: web.Request) -> web.StreamResponse:
        arrived = self.clock()  # as early as aiohttp lets us see her request
        if not self._authorised(request):  # before the body is read
            self._forged.hit()
            raise web.HTTPForbidden
        body = await _body(request)
        if len(body) > HTTP_LIMITS.max_body:  # sent without a length
            raise web.HTTPRequestEntityTooLarge(
                max_size=HTTP_LIMITS.max_body, actual_size=len(body)
            )
        try:
            ask = parse_request(body)
        except ValueError:
            self._malformed.hit()
            return web.json_response({"error": "bad request"}, status=400)
        reply = await self.answer(ask)
        on_time = False
        try:  # written here, not by aiohttp after we return: only then is it known to be out
            response = web.json_response(reply.body, dumps=_JSON)
            await response.prepare(request)
            await response.write_eof()
            on_time = self.clock() - arrived <= ON_TIME
        finally:
            reply.written(on_time=on_time)
        return response

    # -------------------------------------------------------------- one request

    async def answer(self, ask: SkillRequest) -> Reply:
        """Return the skill response for one request, within the budget whatever stalls.

        Its rows are marked sent once the caller says it was written in time (`Reply.written`).
        """
        key = self.keyring.user_key(NAME, ask.user)
        loop = asyncio.get_running_loop()
        start = loop.time()
        recent = self._retry_of(key, ask, start)
        if recent is not None:
            return Reply(await self._same_answer(recent, ask))
        mine: asyncio.Future[dict[str, object]] = loop.create_future()
        recent_key = self._recent_key(key, ask)
        self._recent.pop(recent_key, None)  # keep the dict in time order
        self._recent[recent_key] = (start, mine)
        reply = await self._answer(ask, key, start)
        mine.set_result(reply.body)
        return reply

    async def _answer(self, ask: SkillRequest, key: str, start: float) -> Reply:
        window = CALLBACK_WINDOW if ask.callback_url else READY_BY
        ticket = Ticket(start + window)
        self._spawn(self._exchange(ask, key, ticket))
        wait = FAST if ask.callback_url else BUDGET - 0.1
        try:
            await asyncio.wait((ticket.ready,), timeout=wait)  # no task, no cancelling it
        except asyncio.CancelledError:
            ticket.decide("dropped")  # a cancelled handler never leaves the task waiting
            raise
        if not ticket.ready.done():
            if ask.callback_url:
                ticket.decide("callback")
                return Reply(use_callback(self._text(ask.lang, "kakao.callback")))
            ticket.decide("dropped")
            return Reply(simple(self._text(ask.lang, "kakao.waiting"), [self._check(ask.lang)]))
        prepared = ticket.ready.result()
        if prepared is None:
            ticket.decide("dropped")
            return Reply(simple(apology(ask.lang)))
        return Reply(prepared.body, ticket)  # direct once written in time

    async def _same_answer(
        self, recent: asyncio.Future[dict[str, object]], ask: SkillRequest
    ) -> dict[str, object]:
        """Kakao sent the same request again: the same answer, no second event."""
        await asyncio.wait((recent,), timeout=BUDGET - 0.1)
        if recent.done():
            return recent.result()
        return simple(self._text(ask.lang, "kakao.waiting"), [self._check(ask.lang)])

    def _recent_key(self, key: str, ask: SkillRequest) -> str:
        words = " ".join(ask.utterance.split())
        return self.keyring.user_key("kakaoretry", f"{key}|{ask.tag}|{words}")

    def _retry_of(
        self, key: str, ask: SkillRequest, now: float
    ) -> asyncio.Future[dict[str, object]] | None:
        while self._recent:  # oldest first: drop what is past the window
            oldest = next(iter(self._recent))
            if now - self._recent[oldest][0] < RETRY_WINDOW:
                break
            del self._recent[oldest]
        if not ask.utterance.strip() or self._is_check(ask.utterance):
            return None
        found = self._recent.get(self._recent_key(key, ask))
        return found[1] if found is not None else None

    def _spawn(self, work: object) -> None:
        assert asyncio.iscoroutine(work)
        task: asyncio.Task[None] = asyncio.create_task(work)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _exchange(self, ask: SkillRequest, key: str, ticket: Ticket) -> None:
        """Store her event, wait for it, collect the answer; mark it sent once it is given."""
        async with self._lock(key):
            ok, prepared = await guarded("kakao answer", self._prepare(ask, key, ticket))
            ticket.offer(prepared if ok else None)
            await asyncio.wait((ticket.decision,), timeout=CALLBACK_WINDOW)
            how = ticket.decision.result() if ticket.decision.done() else "dropped"
            if how == "callback" and ask.callback_url:
                body = prepared.body if prepared is not None else simple(apology(ask.lang))
                delivered = await self.poster.post(ask.callback_url, body)
            else:
                delivered = how == "direct"
            if delivered and prepared is not None:
                await self._given(key, prepared)

    async def _given(self, key: str, prepared: Prepared) -> None:
        self.offered.remember(key, prepared.labels)
        if prepared.rows:
            sent = [Sent(row.id) for row in prepared.rows]
            await guarded("kakao sent mark", self.store.outbox_sent(sent, now=_now()))

    def _lock(self, key: str) -> asyncio.Lock:
        lock = self._locks.get(key)
        if lock is None:
            lock = asyncio.Lock()
            self._locks[key] = lock
        return lock

    async def _prepare(self, ask: SkillRequest, key: str, ticket: Ticket) -> Prepared:
        check = self._is_check(ask.utterance)
        event = None if check else await self._event(key, ask.utterance)
        done = True
        if event is not None:
            done = await self._store_and_wait(ask, key, event, ticket)
        if ticket.decision.done() and ticket.decision.result() == "dropped":
            return Prepared({})  # given up on: leave every row for her next request
        rows = await self.store.outbox_take(
            NAME, ask.user, self.holder, now=_now(), lease=GIVEN_LEASE, limit=50
        )
        state = await self.store.load(key)
        lang = state.lang.value if state is not None else ask.lang
        case_open = state is not None and state.case_open
        return self._compose(rows, lang, case_open=case_open, done=done, check=check)

    async def _event(self, key: str, utterance: str) -> Event | None:
        if not utterance.strip():
            return None
        button = await self.offered.button_for(key, utterance)
        return Press(button) if button is not None else text_event(utterance)

    async def _store_and_wait(
        self, ask: SkillRequest, key: str, event: Event, ticket: Ticket
    ) -> bool:
        """Write her event to the inbox once, hand it to the processor, wait for it.

        False if not handled in time. The row is in the inbox before it is handed over, so
        a crash at any point leaves it there for the next scan (`InboxProcessor.hand_over`).
        Kakao's request has no id: it is keyed by the second it came in, and the same request
        keyed in the window's earlier seconds is this one again (a retry after its process
        died reaches another process, or this one restarted, with nothing in `_recent`).
        """
        inbound = Inbound(NAME, ask.user, ask.user, event, ask.lang)
        second = int(_now().timestamp())
        event_key, *earlier = (
            self.keyring.user_key("kakaoevent", f"{key}|{ask.tag}|{ask.utterance}|{at}")
            for at in range(second, second - int(RETRY_WINDOW), -1)
        )
        row = replace(received(event_key, inbound, self.keyring), earlier_keys=tuple(earlier))
        row_id = await self._put(row)
        if row_id is None:
            return True  # a retry another process took: hand out what waits
        if self.waiter is None:
            return False
        return await self.waiter.handled(row_id, timeout=ticket.left())

    async def _put(self, row: Received) -> int | None:
        """Write her event, retrying while the database is unavailable (up to a minute)."""
        loop = asyncio.get_running_loop()
        give_up = loop.time() + KEEP_TRYING
        while True:
            put = self.waiter.hand_over(row) if self.waiter is not None else self._stored(row)
            ok, row_id = await guarded("kakao inbox write", put)
            if ok:
                return row_id
            if loop.time() >= give_up:
                logger.error("a kakao message could not be stored for a minute; dropped")
                return None
            await asyncio.sleep(0.5)

    async def _stored(self, row: Received) -> int | None:
        """No processor attached: store the row and wake whoever scans the inbox."""
        ids = await self.store.inbox_put([row], now=_now())
        self.on_stored()
        return ids[0] if ids else None

    # -------------------------------------------------------------- the answer

    def _compose(
        self,
        rows: list[PendingMessage],
        lang: str | None,
        *,
        case_open: bool,
        done: bool,
        check: bool,
    ) -> Prepared:
        """Pack waiting rows into a skill response: urgent first, then oldest first."""
        head = self.first_lines.get(lang or "ko", "") if rows else ""
        answer, given, cells = pack(rows, head)
        left = len(given) < len(rows)
        if answer.outputs == ([head] if head else []):
            answer.outputs = []
            key = "kakao.none" if check else ("kakao.waiting" if not done else "")
            answer.add(self._text(lang, key) if key else apology(lang))
        if case_open and any(c.get("data") == "end_case" for c in cells):
            hint = self._text(lang, "kakao.hint")
            if answer.fits(hint):
                answer.add(hint)
        need_check = case_open or left or not done
        quick = choices(cells, limit=9 if need_check else 10, short=self._shortener(lang))
        if need_check:
            quick.append(self._check(lang))
        answer.quick = quick
        answer.tag = secrets.token_hex(4)  # a tap on a later answer is not a retry of this one
        labels = {c.text: c.button_id for c in quick if c.button_id}
        return Prepared(answer.body(), given, labels)

    def _shortener(self, lang: str | None) -> Callable[[str, str], str]:
        """Short labels from the knowledge's `[kakao.label]` in her language, else trimmed."""
        kb, code = self.kb(), lang or "ko"

        def short(button_id: str, label: str) -> str:
            key = f"kakao.label.{button_id.removeprefix('flow:')}"
            return kb.text(code, key) if kb.has_text(code, key) else short_label(label)

        return short

    def _text(self, lang: str | None, key: str) -> str:
        return self.kb().text(lang or "ko", key)

    def _check(self, lang: str | None) -> Choice:
        label = self._text(lang, "kakao.check")
        return Choice("", label, label[:14])

    def _is_check(self, utterance: str) -> bool:
        words = " ".join(utterance.split())
        if not words or words == EVENT_NAME:
            return True  # an event block's request: hand out what waits
        kb = self.kb()
        return any(words == kb.text(lang, "kakao.check") for lang in ("ko", "en", "vi", "zh"))

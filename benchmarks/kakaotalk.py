"""KakaoTalk users for the soak: skill requests as Kakao i Open Builder sends them, and a shadow.

KakaoTalk is a pull channel: a bot cannot push, so every answer is the body of her own
request, and what was not ready (or was written later by the staff side) waits in the outbox
until her next request. A `KakaoUser` plays a script as a person would: she sends a step to a
live process picked at random (the secret header set, as Open Builder does), taps a quick reply
by its text when the script presses a button the answer offers (otherwise she types /menu),
and when the answer does not yet hold everything her step asked for (the channel's safe
"waiting" text, an apology, or a request that failed because its process died) she taps
"답장 확인" a little later, until it has arrived. A request no process took (connection
refused: not up yet) goes to another one at once. A request that failed after it was sent (its
process died, it answered 5xx, or the answer was the apology) may have been stored: it is sent
again at once, the same words, as Kakao retries a request, but only within 9 s of the first
(the channel takes the same words within its 10 s window as that retry, not as a second
message; after it they are a new message). Then she only checks; if that request never got
through and its answer never comes, it may never have reached a process (killed before it
stored it): its rows are "unsure", not lost, and she stops there.

Each answer is cut back into outbox rows: after the neutral first line, rows are joined with
a blank line, crisis help first. Every piece is matched to the rows the shadow (the real engine
and the Kakao renderer) says her steps produce, and recorded as (answer time, row index); a
staff notice (the ladder's fallback) and the channel's own texts are counted apart, anything
else is recorded as unknown. `benchmarks.verify.compare_pull` says what is lost, duplicated
or out of order.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp  # noqa: TID251 - Kakao's side speaks real HTTP

from benchmarks.scripts import Step
from benchmarks.users import NOTICE_KEYS, risks_of
from bot.app import build_engine
from bot.channels import Renderer, RenderSettings
from bot.config import Settings
from bot.errors import apology
from bot.kakao.channel import LIMITS, RETRY_WINDOW, SECRET_HEADER
from flows import Engine, Session
from knowledge import load_knowledge
from tests.kakao.harness import KAKAO_SECRET, payload

JSON = dict[str, Any]
SKILL = "/kakao/skill"
TIMEOUT = 15.0  # the harness waits longer than Kakao (5 s) so a late answer is seen, and counted
LATE = 5.0  # Kakao drops an answer that takes longer than this
CHECK_AFTER = 2.0  # seconds she waits before tapping "답장 확인" when her answer is not all there
RETRY_AFTER = 0.3  # seconds before a request no process took goes to another


@dataclass(frozen=True)
class Row:
    """One outbox row as the Kakao renderer writes it."""

    text: str
    urgent: bool
    buttons: tuple[tuple[str, str], ...]  # (label, data)


class KakaoShadow:
    """What a clean run writes for each step: the real engine and the Kakao renderer."""

    def __init__(self, settings: Settings, engine: Engine | None = None) -> None:
        """Build the engine as `gyeot run` does (or share `engine`); render as Kakao does."""
        self.engine = engine or build_engine(
            settings, load_knowledge(Path(settings.knowledge.path))
        )
        self.renderer = Renderer(RenderSettings(first_lines={}), channel="kakao", limits=LIMITS)
        kb = self.engine.kb
        self.head = settings.telegram.preview_line.get("ko", "")  # the channel's first line
        self.check = kb.text("ko", "kakao.check")
        seoul = kb.text("ko", "counselor.fallback_seoul")
        notices = [kb.text("ko", key) for key in NOTICE_KEYS]
        self.notices = sorted([*(f"{n}\n\n{seoul}" for n in notices), *notices], key=len)[::-1]
        self.channel_texts = {
            "waiting": kb.text("ko", "kakao.waiting"),
            "none": kb.text("ko", "kakao.none"),
            "hint": kb.text("ko", "kakao.hint"),
            "apology": apology("ko"),
        }
        self._cache: dict[tuple[str, str], tuple[tuple[Row, ...], Session, tuple[str, ...]]] = {}

    def new_session(self) -> Session:
        """Her state before her first message (the request says lang "ko")."""
        return self.engine.new_session("ko")

    def step(self, state: Session, step: Step) -> tuple[tuple[Row, ...], Session, tuple[str, ...]]:
        """The rows written for `step` in `state`, her next state, the risks it escalated."""
        key = (state.model_dump_json(), step.raw)
        if key not in self._cache:
            outcome = self.engine.handle(state, step.event)
            rows = []
            for message in self.renderer.render(outcome, "kakao"):
                body = json.loads(message.payload)
                if "text" not in body:
                    continue
                buttons = tuple(
                    (str(b["label"]), str(b["data"]))
                    for line in body.get("buttons", [])
                    for b in line
                )
                rows.append(Row(str(body["text"]), bool(body.get("urgent")), buttons))
            self._cache[key] = (tuple(rows), outcome.next_state, risks_of(outcome))
        return self._cache[key]


@dataclass
class KakaoUser:
    """One person on the KakaoTalk channel, through whichever process the proxy picks."""

    uid: int
    steps: list[Step]
    channel = "kakao"
    rows: list[Row] = field(default_factory=list)  # what her steps make the bot write
    got: list[tuple[float, int]] = field(default_factory=list)  # (answer time, row index)
    unknown: list[tuple[float, str]] = field(default_factory=list)
    notices: list[tuple[float, str]] = field(default_factory=list)
    risks: list[str] = field(default_factory=list)
    said: dict[str, int] = field(default_factory=dict)  # the channel's own texts, by kind
    last_latency: list[float] = field(default_factory=list)
    starts: list[float] = field(default_factory=list)
    sent_steps: int = 0
    requests: int = 0
    checks: int = 0
    failed: int = 0  # requests that got no answer after they were sent (reset, timeout, 5xx)
    refused: int = 0  # requests no process took (not up yet): sent to another at once
    timeouts: int = 0  # requests with no answer in TIMEOUT s (counted in `failed` too)
    resent: int = 0  # requests sent again at once after they failed after being sent
    late: int = 0  # answers that took longer than Kakao waits
    slowest: float = 0.0  # the longest answer, seconds
    off_buttons: int = 0
    stuck: bool = False
    # Rows of a step whose request failed after it was sent and could not be sent again
    # inside Kakao's retry window: if they never come, her message never reached a process.
    unsure: set[int] = field(default_factory=set)
    maybe_state: Session | None = None  # her state had that message not reached the bot
    keep_going: bool = True
    state: Session | None = None
    quick: dict[str, JSON | None] = field(default_factory=dict)  # messageText -> extra
    labels: dict[str, str] = field(default_factory=dict)  # data -> label, last buttons
    _typed: dict[str, float] = field(default_factory=dict)  # her words -> when sent

    @property
    def user(self) -> str:
        """Her botUserKey."""
        return f"soak-kakao-{self.uid}"

    @property
    def key_id(self) -> str:
        """Her user key is derived from the botUserKey."""
        return self.user

    @property
    def expected(self) -> list[str]:
        """The texts of the rows her steps made the bot write."""
        return [row.text for row in self.rows]

    @property
    def received(self) -> list[tuple[float, str]]:
        """What she was shown of those rows, in order (repeats included)."""
        return [(at, self.rows[i].text) for at, i in self.got]

    def _pending(self) -> bool:
        return len({i for _, i in self.got}) < len(self.rows)

    async def run(
        self,
        http: aiohttp.ClientSession,
        pick: Callable[[], str],
        shadow: KakaoShadow,
        *,
        timeout: float,
        keep_going: Callable[[], bool],
        think: Callable[[], float],
    ) -> None:
        """Play the script: send a step, collect its answer (checking if needed), think."""
        self.state = shadow.new_session()
        for step in self.steps:
            if not keep_going() or not self.keep_going:
                return
            if not await self._step(http, pick, shadow, step, timeout):
                self.stuck = True
                return
            await asyncio.sleep(think())

    async def _step(
        self,
        http: aiohttp.ClientSession,
        pick: Callable[[], str],
        shadow: KakaoShadow,
        step: Step,
        timeout: float,
    ) -> bool:
        words, extra, step = self._words(step)
        assert self.state is not None
        before = self.state
        rows, self.state, risks = shadow.step(self.state, step)
        self.risks.extend(risks)
        first_row = len(self.rows)
        self.rows.extend(row for row in rows if row.text)
        self.labels = next(
            ({d: label for label, d in row.buttons} for row in reversed(rows) if row.buttons),
            self.labels,
        )
        if extra is None:  # typed: the same words within the window would be Kakao retrying
            wait = self._typed.get(words, -1e9) + RETRY_WINDOW + 0.5 - time.perf_counter()
            if wait > 0:
                await asyncio.sleep(wait)
            self._typed[words] = time.perf_counter()
        self.sent_steps += 1
        start = time.perf_counter()
        deadline = start + timeout
        sent = time.perf_counter()
        unsure = False
        if not await self.ask(http, pick, shadow, words, extra, deadline):
            self.resent += 1  # as Kakao retries: the same request again, inside its window
            retry_by = min(deadline, sent + RETRY_WINDOW - 1.0)
            unsure = not await self.ask(http, pick, shadow, words, extra, retry_by)
        while self._pending():
            if time.perf_counter() + CHECK_AFTER > deadline:
                if unsure:  # it may never have reached a process: not lost, she stops here
                    self.unsure.update(range(first_row, len(self.rows)))
                    self.maybe_state = before
                    self.keep_going = False
                    return True
                return False
            await asyncio.sleep(CHECK_AFTER)
            self.checks += 1
            await self.ask(http, pick, shadow, shadow.check, None, deadline)
        if rows:
            self.starts.append(start)
            self.last_latency.append(self.got[-1][0] - start)
        return True

    def _words(self, step: Step) -> tuple[str, JSON | None, Step]:
        """Her words for a step: a quick reply's text and extra, or what she types."""
        if not step.is_press:
            return step.raw, None, step
        label = " ".join(self.labels.get(step.raw[1:], "").split())
        if label and label in self.quick:
            return label, self.quick[label], step
        self.off_buttons += 1  # not offered in her last answer: she goes back to the menu
        return "/menu", None, Step("/menu")

    async def collect(
        self, http: aiohttp.ClientSession, pick: Callable[[], str], shadow: KakaoShadow
    ) -> None:
        """At the end: tap "답장 확인" until nothing waits (the ladder's fallback, leftovers)."""
        for _ in range(5):
            before = len(self.got) + len(self.notices)
            await asyncio.sleep(CHECK_AFTER)  # a person's pace between two taps
            self.checks += 1
            await self.ask(http, pick, shadow, shadow.check, None, time.perf_counter() + 30)
            if len(self.got) + len(self.notices) == before and not self._pending():
                return

    async def ask(
        self,
        http: aiohttp.ClientSession,
        pick: Callable[[], str],
        shadow: KakaoShadow,
        words: str,
        extra: JSON | None,
        deadline: float,
    ) -> bool:
        """POST one request and read the answer; False if it failed after it was sent, or
        the answer was the apology (her message may not have been stored).

        A request no process took goes to another one (until `deadline`).
        """
        data = json.dumps(payload(self.user, words, extra=extra), ensure_ascii=False).encode()
        headers = {SECRET_HEADER: KAKAO_SECRET, "Content-Type": "application/json"}
        while time.perf_counter() < deadline:
            self.requests += 1
            started = time.perf_counter()
            try:
                async with http.post(
                    pick() + SKILL,
                    data=data,
                    headers=headers,
                    timeout=aiohttp.ClientTimeout(total=TIMEOUT),
                ) as resp:
                    body = await resp.json(content_type=None) if resp.status == 200 else None
            except aiohttp.ClientConnectorError:  # refused: nothing reached a process
                self.refused += 1
                await asyncio.sleep(RETRY_AFTER)
                continue
            except TimeoutError:  # no answer in TIMEOUT s: had it been given, it is lost
                self.timeouts += 1
                body = None
            except (aiohttp.ClientError, OSError, ValueError):
                body = None
            if not isinstance(body, dict):
                self.failed += 1
                return False
            at = time.perf_counter()
            self.late += at - started > LATE
            self.slowest = max(self.slowest, at - started)
            apologies = self.said.get("apology", 0)
            self._read(body, at, shadow)
            return self.said.get("apology", 0) == apologies  # "send it again", it says
        return False

    def _read(self, body: JSON, at: float, shadow: KakaoShadow) -> None:
        """Cut one answer back into rows, notices and the channel's own texts."""
        template = body.get("template") or {}
        outputs = [
            o["simpleText"]["text"] for o in template.get("outputs", []) if "simpleText" in o
        ]
        text = "\n\n".join(outputs)
        if shadow.head and (text == shadow.head or text.startswith(shadow.head + "\n\n")):
            text = text[len(shadow.head) + 2 :]
        pos = 0
        while pos < len(text):
            pos = self._piece(text, pos, at, shadow) + 2  # past the blank line
        replies = template.get("quickReplies") or []
        self.quick = {str(r["messageText"]): r.get("extra") for r in replies}

    def _piece(self, text: str, pos: int, at: float, shadow: KakaoShadow) -> int:
        """Match the piece of `text` at `pos`; record it; return where it ends."""

        def fits(piece: str) -> bool:
            end = pos + len(piece)
            return text.startswith(piece, pos) and (
                end == len(text) or text.startswith("\n\n", end)
            )

        given = {i for _, i in self.got}
        for i, row in enumerate(self.rows):  # the oldest row not yet shown first
            if i not in given and fits(row.text):
                self.got.append((at, i))
                return pos + len(row.text)
        for notice in shadow.notices:
            if fits(notice):
                self.notices.append((at, notice))
                return pos + len(notice)
        for kind, said in shadow.channel_texts.items():
            if fits(said):
                self.said[kind] = self.said.get(kind, 0) + 1
                return pos + len(said)
        for i in sorted(given, reverse=True):  # shown before: a repeat
            if fits(self.rows[i].text):
                self.got.append((at, i))
                return pos + len(self.rows[i].text)
        end = text.find("\n\n", pos)
        end = len(text) if end < 0 else end
        self.unknown.append((at, text[pos:end]))
        return end

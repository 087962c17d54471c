"""`python -m benchmarks.web`: the web chat end to end, gyeot against a bare WebSocket echo server.

Both servers run in their own process on 127.0.0.1 in the same run, alternating rounds:
`gyeot run` with the web chat only (SQLite in a temp directory, no Telegram token; every
message of hers is written to the inbox before `got`, handled, committed with its outbox rows,
pushed to her tab and marked sent when the tab acks), and a bare aiohttp WebSocket server that
answers `hello` with `ready` and every message with one `message` frame (no storage, no
engine). `--users` simulated browser tabs (aiohttp clients speaking the page's protocol:
hello, say, press, ack) each play a realistic script (`benchmarks.scripts`: /start, the intake
by its buttons, a guided flow, free-text questions, a crisis line), waiting for every answer
before the next step; each press is the `data` of a button of the last bot message.

Saturated rounds (no pause: the most messages per second each server handles) give the rate,
the CPU per message of the server process (user + system, from /proc) and the ratio; a paced
run (each tab arriving within the first 1.5 s, then pausing 0.5-1.5 s between messages:
people typing) gives latency at a realistic load and the paced ratio. Latency is
from her frame to the first reply frame. gyeot's transcripts are checked against the real
engine and renderer (the shadow). The last line is ``web ratio gyeot/echo: X.XX`` (saturated
messages/s, best round of each); target >= 0.7.

`BENCH_PROFILE=PATH` runs gyeot under cProfile and writes the stats to PATH.N (one per round).
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import json
import os
import random
import shlex
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp  # noqa: TID251 - the tabs speak real WebSocket, as a browser does
from aiohttp import WSMsgType, web  # noqa: TID251 - the bare echo server to compare with

from benchmarks.common import Table, machine, ms, percentile
from benchmarks.procs import cpu_seconds, peak_rss_kib
from benchmarks.scripts import Step, script_for
from bot.app import build_engine
from bot.channels import Renderer, RenderSettings
from bot.config import load_settings
from bot.web.channel import LIMITS
from flows import Session
from knowledge import load_knowledge
from tests.web.harness import SECRET_KEY, free_port

JSON = dict[str, Any]
STEP_TIMEOUT = 20.0  # seconds a tab waits for the answers to one step before it is stuck
PACE = (0.5, 1.5)
FIRST_USER = 30_001


# ------------------------------------------------------------------ the bare echo server


async def _echo_socket(request: web.Request) -> web.WebSocketResponse:
    socket = web.WebSocketResponse()
    await socket.prepare(request)
    seq = 0
    async for frame in socket:
        if frame.type != WSMsgType.TEXT:
            continue
        data = json.loads(frame.data)
        kind = data.get("type")
        if kind == "hello":
            await socket.send_json({"type": "ready"})
        elif kind in ("say", "press"):
            seq += 1
            text = data.get("text", data.get("data", ""))
            await socket.send_json({"type": "message", "seq": seq, "text": text, "buttons": []})
    return socket


async def _ok(_: web.Request) -> web.Response:
    return web.Response(text="ok")


def echo_main(port: int) -> None:
    """Serve the bare WebSocket echo on `port` until SIGTERM."""
    app = web.Application()
    app.router.add_get("/ws", _echo_socket)
    app.router.add_get("/healthz", _ok)
    web.run_app(app, host="127.0.0.1", port=port, access_log=None, print=None)


# ------------------------------------------------------------------ server processes


class Server:
    """One server process on a free loopback port: gyeot (`gyeot run`) or the echo."""

    def __init__(self, kind: str, root: Path, profile: str | None = None) -> None:
        """Write gyeot's web-only config in `root`; nothing is started yet."""
        self.kind, self.root, self.port = kind, root, free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.config = root / "config.toml"
        self.log = root / f"{kind}.log"
        self.proc: subprocess.Popen[bytes] | None = None
        root.mkdir(parents=True, exist_ok=True)
        self.config.write_text(
            f'[storage]\npath = "{root / "gyeot.db"}"\n\n'
            f'[http]\nlisten = "127.0.0.1:{self.port}"\n',
            encoding="utf-8",
        )
        if kind == "echo":
            self.command = [sys.executable, "-m", "benchmarks.web", "--echo", str(self.port)]
        else:
            prof = ["-m", "cProfile", "-o", profile] if profile else []
            self.command = [sys.executable, *prof, "-m", "bot", "--config", str(self.config)]
            self.command.append("run")

    def start(self, timeout: float = 30.0) -> float:
        """Start the process, wait until /healthz answers; return the seconds it took."""
        env = {k: v for k, v in os.environ.items() if not k.startswith("GYEOT_")}
        env["GYEOT_SECRET_KEY"] = SECRET_KEY
        began = time.perf_counter()
        with self.log.open("ab") as log:
            self.proc = subprocess.Popen(
                self.command,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                env=env,
                cwd=Path(__file__).parents[1],
            )
        while time.perf_counter() - began < timeout:
            if self.proc.poll() is not None:
                raise RuntimeError(f"{self.kind} exited {self.proc.returncode}: see {self.log}")
            if _healthy(self.base):
                return time.perf_counter() - began
            time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"{self.kind} did not answer /healthz in {timeout} s")

    @property
    def pid(self) -> int:
        """The server's process id."""
        assert self.proc is not None
        return self.proc.pid

    def stop(self) -> int:
        """SIGTERM and wait (SIGKILL after 30 s); return the exit code."""
        if self.proc is None:
            return 0
        self.proc.send_signal(signal.SIGTERM)
        try:
            code = self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            code = self.proc.wait(timeout=10)
        self.proc = None
        return code


def _healthy(base: str) -> bool:
    try:
        with urllib.request.urlopen(f"{base}/healthz", timeout=1) as resp:
            return bool(resp.status == 200)
    except (urllib.error.URLError, OSError):
        return False


# ------------------------------------------------------------------ the shadow


Shown = tuple[str, tuple[str, ...]]  # a bot message as she sees it: text, button labels


class WebShadow:
    """What a clean run shows for each step: the real engine and the web channel's renderer."""

    def __init__(self, config: Path) -> None:
        """Build the engine as `gyeot run` does for this config; render as the web chat does."""
        settings = load_settings(config)
        self.engine = build_engine(settings, load_knowledge(Path(settings.knowledge.path)))
        self.renderer = Renderer(RenderSettings(first_lines={}), channel="web", limits=LIMITS)
        self._cache: dict[tuple[str, str], tuple[tuple[Shown, ...], Session]] = {}

    def new_session(self) -> Session:
        """Her state before /start (the page says lang "ko")."""
        return self.engine.new_session("ko")

    def step(self, state: Session, step: Step) -> tuple[tuple[Shown, ...], Session]:
        """The messages shown for `step` in `state`, and her next state."""
        key = (state.model_dump_json(), step.raw)
        if key not in self._cache:
            outcome = self.engine.handle(state, step.event)
            shown = []
            for message in self.renderer.render(outcome, "tab"):
                body = json.loads(message.payload)
                if "text" in body:
                    shown.append((body["text"], _labels(body.get("buttons", []))))
            self._cache[key] = (tuple(shown), outcome.next_state)
        return self._cache[key]


def _labels(rows: list[list[JSON]]) -> tuple[str, ...]:
    return tuple(str(b["label"]) for row in rows for b in row)


# ------------------------------------------------------------------ simulated tabs


@dataclass
class Tab:
    """One browser tab without the browser: hello, then say/press, read, ack; dedupe by seq."""

    uid: int
    steps: list[Step]
    echo: bool
    token: str = ""
    number: int = 0
    last_seq: int = 0
    buttons: list[str] = field(default_factory=list)  # `data` of the last message's buttons
    shown: list[Shown] = field(default_factory=list)
    expected: list[Shown] = field(default_factory=list)
    first: list[float] = field(default_factory=list)
    last: list[float] = field(default_factory=list)
    steps_done: int = 0
    off_buttons: int = 0  # presses whose data the last message did not offer
    duplicates: int = 0
    notices: int = 0
    stuck: bool = False
    state: Session | None = None

    def __post_init__(self) -> None:
        """A session token as the page makes one: 24 random bytes, base64url."""
        rng = random.Random(self.uid)
        self.token = base64.urlsafe_b64encode(rng.randbytes(24)).decode()

    async def run(
        self,
        http: aiohttp.ClientSession,
        base: str,
        shadow: WebShadow | None,
        pace: tuple[float, float] | None,
    ) -> None:
        """Connect, play the script step by step, close."""
        rng = random.Random(self.uid * 7)
        if pace is not None:  # people arrive one by one, not all in the same millisecond
            await asyncio.sleep(rng.uniform(0.0, pace[1]))
        ws_url = base.replace("http://", "ws://") + "/ws"
        async with http.ws_connect(ws_url, headers={"Origin": base}) as socket:
            await socket.send_json({"type": "hello", "session": self.token, "last": 0})
            if (await self._next(socket, STEP_TIMEOUT)).get("type") != "ready":
                self.stuck = True
                return
            for step in self.steps:
                if not await self._step(socket, step, shadow):
                    self.stuck = True
                    return
                if pace is not None:
                    await asyncio.sleep(rng.uniform(*pace))

    async def _step(
        self, socket: aiohttp.ClientWebSocketResponse, step: Step, shadow: WebShadow | None
    ) -> bool:
        """Send one step and read until its `got` and all its answers arrived; time them."""
        frame, want = self._frame(step, shadow)
        target = len(self.shown) + want
        got = self.echo  # the echo server says no `got`
        started = time.perf_counter()
        await socket.send_json(frame)
        first = True
        while not (got and len(self.shown) >= target):
            left = started + STEP_TIMEOUT - time.perf_counter()
            if left <= 0:
                return False
            data = await self._next(socket, left)
            kind = data.get("type")
            if kind == "got" and data.get("id") == self.number:
                got = True
            elif kind == "notice":
                self.notices += 1
            elif kind == "message":
                if first:
                    self.first.append(time.perf_counter() - started)
                    first = False
                await self._show(socket, data)
            elif kind == "closed":
                return False
        if want:
            self.last.append(time.perf_counter() - started)
        self.steps_done += 1
        return True

    def _frame(self, step: Step, shadow: WebShadow | None) -> tuple[JSON, int]:
        """The frame for `step` (presses only of buttons offered) and how many answers to await."""
        if step.is_press and not self.echo and step.raw[1:] not in self.buttons:
            self.off_buttons += 1  # (after a no-topic answer the menu is offered, not "menu")
            step = Step("/menu") if step.raw == "!menu" else step
        want = self._expect(step, shadow)
        self.number += 1
        if step.is_press and not self.echo:
            return {"type": "press", "id": self.number, "data": step.raw[1:]}, want
        return {"type": "say", "id": self.number, "text": step.raw}, want

    async def _show(self, socket: aiohttp.ClientWebSocketResponse, data: JSON) -> None:
        """Show a message frame as the page does (drop seq <= last), then ack it."""
        seq = int(data["seq"])
        if seq <= self.last_seq:
            self.duplicates += 1
            return
        self.last_seq = seq
        rows = data.get("buttons") or []
        self.shown.append((str(data.get("text", "")), _labels(rows)))
        self.buttons = [str(b["data"]) for row in rows for b in row] or self.buttons
        await socket.send_json({"type": "ack", "seq": seq})

    async def _next(self, socket: aiohttp.ClientWebSocketResponse, timeout: float) -> JSON:
        try:
            message = await socket.receive(timeout=max(timeout, 0.001))
        except TimeoutError:
            return {"type": "timeout"}
        if message.type != WSMsgType.TEXT:
            return {"type": "closed"}
        data: JSON = json.loads(message.data)
        return data

    def _expect(self, step: Step, shadow: WebShadow | None) -> int:
        if shadow is None:
            self.expected.append((step.raw, ()))
            return 1
        if self.state is None:
            self.state = shadow.new_session()
        shown, self.state = shadow.step(self.state, step)
        self.expected.extend(shown)
        return len(shown)

    @property
    def wrong(self) -> bool:
        """Her transcript differs from what a clean run shows (gyeot only)."""
        return not self.echo and self.shown != self.expected[: len(self.shown)]


# ------------------------------------------------------------------ one run


@dataclass
class Result:
    """One server, one load."""

    name: str
    users: int
    steps: int
    replies: int
    wall: float
    cpu: float
    first: list[float]
    last: list[float]
    stuck: int
    wrong: int
    duplicates: int
    off_buttons: int
    notices: int
    ready: float
    peak_kib: int  # the server process's peak resident memory (VmHWM)

    @property
    def rate(self) -> float:
        """Her messages handled per second."""
        return self.steps / self.wall if self.wall else 0.0

    @property
    def cpu_per_message(self) -> float:
        """Server CPU seconds per message of hers."""
        return self.cpu / self.steps if self.steps else 0.0


def _tabs(users: int, *, echo: bool) -> list[Tab]:
    return [Tab(uid, script_for(uid), echo) for uid in range(FIRST_USER, FIRST_USER + users)]


async def _load(base: str, tabs: list[Tab], shadow: WebShadow | None, pace: Any) -> float:
    connector = aiohttp.TCPConnector(limit=0)
    async with aiohttp.ClientSession(connector=connector) as http:
        started = time.perf_counter()
        await asyncio.gather(*(tab.run(http, base, shadow, pace) for tab in tabs))
        return time.perf_counter() - started


async def measure(
    kind: str,
    users: int,
    root: Path,
    *,
    pace: tuple[float, float] | None = None,
    profile: str | None = None,
) -> Result:
    """Start one server, warm it with 5 tabs, run `users` tabs, stop it."""
    server = Server(kind, root, profile)
    echo = kind == "echo"
    shadow = None if echo else WebShadow(server.config)
    ready = server.start()
    try:
        warm = [Tab(uid, script_for(uid)[:3], echo) for uid in range(1, 6)]
        await _load(server.base, warm, shadow, None)
        tabs = _tabs(users, echo=echo)
        cpu_before = cpu_seconds(server.pid)
        wall = await _load(server.base, tabs, shadow, pace)
        cpu = cpu_seconds(server.pid) - cpu_before
        peak = peak_rss_kib(server.pid)
    finally:
        code = server.stop()
    if code != 0:
        raise RuntimeError(f"{kind} exited {code} after SIGTERM: see {server.log}")
    name = kind + ("-paced" if pace else "")
    return Result(
        name,
        users,
        steps=sum(t.steps_done for t in tabs),
        replies=sum(len(t.shown) for t in tabs),
        wall=wall,
        cpu=cpu,
        first=[x for t in tabs for x in t.first],
        last=[x for t in tabs for x in t.last],
        stuck=sum(t.stuck for t in tabs),
        wrong=sum(t.wrong for t in tabs),
        duplicates=sum(t.duplicates for t in tabs),
        off_buttons=sum(t.off_buttons for t in tabs),
        notices=sum(t.notices for t in tabs),
        ready=ready,
        peak_kib=peak,
    )


# ------------------------------------------------------------------ the report


def _rows(table: Table, r: Result) -> None:
    part = f"web {r.name}"
    table.add(
        part,
        "messages/s",
        f"{r.rate:,.0f}",
        f"{r.steps:,} msgs, {r.replies:,} replies in {r.wall:.1f} s, {r.users} tabs",
    )
    table.add(
        part,
        "message -> first reply frame",
        f"p50 {ms(percentile(r.first, 50))}, p99 {ms(percentile(r.first, 99))}",
        f"last reply p50 {ms(percentile(r.last, 50))}, p99 {ms(percentile(r.last, 99))}",
    )
    if r.peak_kib:
        table.add(part, "peak RSS", f"{r.peak_kib / 1024:.1f} MiB", "server process (VmHWM)")
    if r.cpu:
        table.add(
            part,
            "CPU per message",
            ms(r.cpu_per_message),
            f"server process, all threads: {r.cpu:.1f} s in {r.wall:.1f} s",
        )
    table.add(
        part,
        "stuck / wrong / duplicates shown",
        f"{r.stuck} / {r.wrong} / {r.duplicates}",
        f"must be 0 / 0 / 0; start -> /healthz {ms(r.ready)}; notices {r.notices}; "
        f"script presses not offered {r.off_buttons} (typed /menu instead)",
    )


def report(table: Table, echo: Result, gyeot: Result, paced: list[Result]) -> float:
    """Add the best saturated round of each, the paced runs and the ratios; return the ratio."""
    for r in (echo, gyeot, *paced):
        _rows(table, r)
    if gyeot.cpu and echo.cpu:
        table.add(
            "web",
            "CPU per message gyeot/echo",
            f"{gyeot.cpu_per_message / echo.cpu_per_message:.2f}",
            "cost alone, server process",
        )
    if gyeot.peak_kib and echo.peak_kib:
        table.add(
            "web",
            "peak RSS gyeot/echo",
            f"{gyeot.peak_kib / echo.peak_kib:.2f}",
            f"gyeot {gyeot.peak_kib / 1024:.1f} MiB under load; issue 14's bar: under 150 MiB",
        )
    if len(paced) == 2 and paced[0].rate:
        table.add(
            "web",
            "paced ratio gyeot/echo",
            f"{paced[1].rate / paced[0].rate:.2f}",
            f"tabs pausing {PACE[0]}-{PACE[1]} s: the service real people get",
        )
    ratio = gyeot.rate / echo.rate if echo.rate else 0.0
    table.add("web", "ratio gyeot/echo", f"{ratio:.2f}", "saturated messages/s; target >= 0.7")
    return ratio


def _profiles(base: str | None) -> Iterator[str | None]:
    n = 0
    while True:
        n += 1
        yield f"{base}.{n}" if base else None


async def run_all(table: Table, *, users: int, rounds: int, paced: bool) -> float:
    """Echo and gyeot alternating `rounds` times (best of each kept), then paced; the ratio."""
    with tempfile.TemporaryDirectory(prefix="gyeot-web-bench-") as folder:
        return await _rounds(table, Path(folder), users=users, rounds=rounds, paced=paced)


async def _rounds(table: Table, root: Path, *, users: int, rounds: int, paced: bool) -> float:
    profiles = _profiles(os.environ.get("BENCH_PROFILE"))
    echoes, gyeots = [], []
    for n in range(rounds):
        echoes.append(await measure("echo", users, root / f"echo-{n}"))
        _progress(echoes[-1])
        gyeots.append(await measure("gyeot", users, root / f"gyeot-{n}", profile=next(profiles)))
        _progress(gyeots[-1])
    slow: list[Result] = []
    if paced:
        for kind in ("echo", "gyeot"):
            slow.append(await measure(kind, users, root / f"{kind}-paced", pace=PACE))
            _progress(slow[-1])
    best = max(echoes, key=lambda r: r.rate), max(gyeots, key=lambda r: r.rate)
    return report(table, *best, slow)


def _progress(r: Result) -> None:
    print(
        f"  round {r.name}: {r.rate:,.0f} msgs/s, cpu {ms(r.cpu_per_message)}/msg, "
        f"stuck {r.stuck}, wrong {r.wrong}",
        flush=True,
    )


def main() -> None:
    """Parse options, run, print the table and the ratio line."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.web", description=__doc__)
    parser.add_argument("--users", type=int, default=200, help="simulated browser tabs")
    parser.add_argument("--rounds", type=int, default=2, help="saturated rounds (best kept)")
    parser.add_argument("--no-paced", action="store_true", help="skip the paced run")
    parser.add_argument("--echo", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.echo:
        echo_main(args.echo)
        return
    print(f"gyeot web chat benchmark, {machine()}", flush=True)
    print(f"command: python -m benchmarks.web {shlex.join(sys.argv[1:])}".rstrip(), flush=True)
    table = Table()
    ratio = asyncio.run(
        run_all(table, users=args.users, rounds=args.rounds, paced=not args.no_paced)
    )
    print()
    print(table.render())
    print(f"web ratio gyeot/echo: {ratio:.2f}")


if __name__ == "__main__":
    main()

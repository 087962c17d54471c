"""`python -m benchmarks.kakao`: KakaoTalk skill answer latency, gyeot against a bare handler.

Both servers run in their own process on 127.0.0.1 in the same run, alternating: `gyeot run`
with the KakaoTalk channel (SQLite in a temp directory; every request writes her event to the
inbox, the processor handles it and commits state and outbox, the answer is read back from the
outbox and marked sent), and a bare aiohttp handler answering every request with one fixed
skill response (no storage, no engine). A fake Kakao posts skill payloads with the secret
header: `--users` people at once (default 50 and 200), each sending a script of `--messages`
messages (greeting, questions, quick replies tapped), each waiting for its answer.

Two loads per concurrency:
- paced: each person pauses 0.5-1.5 s between messages (people typing); rate and latency.
- saturated: no pause; the most answers per second each server gives.

Each load also gives the CPU per answer of the server process (user + system, from /proc).
The last line is ``kakao ratio gyeot/bare: X.XX``: gyeot's saturated answer rate over the bare
handler's with 200 people (the highest concurrency run when 200 is not), i.e. what one answer
costs; target >= 0.5. The paced ratios (the service people typing get) are in the table.

`BENCH_PROFILE=PATH` runs gyeot under cProfile and writes the stats to PATH.N (one per
concurrency).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import shlex
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import aiohttp  # noqa: TID251 - the fake Kakao and the bare handler speak real HTTP
from aiohttp import web  # noqa: TID251 - the bare skill handler to compare with

from benchmarks.common import Table, machine, ms, percentile
from benchmarks.procs import cpu_seconds
from tests.kakao.harness import KAKAO_SECRET, PATH, KakaoServer, payload
from tests.web.harness import free_port

BARE_BODY = {
    "version": "2.0",
    "template": {
        "outputs": [
            {"simpleText": {"text": "안녕하세요, 여기는 '곁'이에요. 무엇을 도와드릴까요?"}}
        ],
        "quickReplies": [
            {"label": "처음으로", "action": "message", "messageText": "처음으로"},
            {
                "label": "상담사와 이야기하기",
                "action": "message",
                "messageText": "상담사와 이야기하기",
            },
        ],
    },
}
SCRIPT = (
    "안녕하세요",
    "보호출산제가 뭐예요?",
    "<tap>",
    "지원금은 얼마나 받을 수 있어요?",
    "<tap>",
    "/menu",
    "<tap>",
    "아기 낳으면 출생신고는 어떻게 해요?",
)
BUDGET = 5.0


# ------------------------------------------------------------------ the bare handler


async def _bare(request: web.Request) -> web.Response:
    if request.headers.get("X-Gyeot-Kakao-Secret") != KAKAO_SECRET:
        raise web.HTTPForbidden
    json.loads(await request.read())
    return web.json_response(BARE_BODY)


def bare_main(port: int) -> None:
    """Serve the bare skill handler on `port` until killed."""
    app = web.Application()
    app.router.add_post(PATH, _bare)
    app.router.add_get("/healthz", lambda _: _ok())
    web.run_app(app, host="127.0.0.1", port=port, access_log=None, print=None)


async def _ok() -> web.Response:
    return web.Response(text="ok")


class BareServer:
    """The bare handler in its own process."""

    def __init__(self) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}{PATH}"
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        """Start it and wait until it answers."""
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "benchmarks.kakao", "--bare", str(self.port)],
            stdin=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(
                    f"http://127.0.0.1:{self.port}/healthz", timeout=1
                ) as resp:
                    if resp.status == 200:
                        return
            except (urllib.error.URLError, OSError):
                time.sleep(0.05)
        raise RuntimeError("the bare handler did not start")

    @property
    def pid(self) -> int:
        """The server's process id."""
        assert self.proc is not None
        return self.proc.pid

    def stop(self) -> None:
        """Stop it."""
        if self.proc is not None:
            self.proc.terminate()
            self.proc.wait(timeout=10)
            self.proc = None


class GyeotServer(KakaoServer):
    """`gyeot run` with the KakaoTalk channel, optionally under cProfile (stats to `profile`)."""

    def __init__(self, root: Path, profile: str | None = None) -> None:
        super().__init__(root)
        prof = ["-m", "cProfile", "-o", profile] if profile else []
        self.command = [sys.executable, *prof, "-m", "bot", "--config", str(self.config), "run"]

    @property
    def pid(self) -> int:
        """The server's process id."""
        assert self.proc is not None
        return self.proc.pid

    def start(self, timeout: float = 30.0) -> None:
        """Start it and wait until /healthz answers."""
        with self.log.open("ab") as log:
            self.proc = subprocess.Popen(
                self.command,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                env=self.environ(),
                cwd=Path(__file__).parents[1],
            )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"gyeot run exited {self.proc.returncode}: see {self.log}")
            if self.healthy():
                return
            time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"gyeot run did not answer /healthz in {timeout} s: see {self.log}")

    def stop(self) -> None:
        """SIGTERM and wait long enough for a profiled process to write its stats."""
        if self.proc is None:
            return
        self.proc.terminate()
        try:
            self.proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=10)
        self.proc = None


# ------------------------------------------------------------------ the fake Kakao


@dataclass
class Run:
    """One load against one server."""

    latencies: list[float]
    seconds: float
    errors: int
    cpu: float = 0.0  # CPU seconds of the server process during the load

    @property
    def cpu_per_answer(self) -> float:
        """Server CPU seconds per answer."""
        return self.cpu / len(self.latencies) if self.latencies else 0.0

    @property
    def rate(self) -> float:
        """Answers per second."""
        return len(self.latencies) / self.seconds if self.seconds else 0.0


async def _person(
    session: aiohttp.ClientSession,
    url: str,
    me: str,
    *,
    messages: int,
    pace: tuple[float, float] | None,
    run: Run,
) -> None:
    rng = random.Random(me)
    quick: list[str] = []
    for i in range(messages):
        words = SCRIPT[i % len(SCRIPT)]
        if words == "<tap>":
            words = rng.choice(quick) if quick else "처음으로"
        data = json.dumps(payload(me, words), ensure_ascii=False).encode()
        started = time.perf_counter()
        try:
            async with session.post(
                url, data=data, headers={"X-Gyeot-Kakao-Secret": KAKAO_SECRET}
            ) as resp:
                body = await resp.json(content_type=None)
                ok = resp.status == 200
        except (aiohttp.ClientError, TimeoutError, ValueError):
            ok, body = False, {}
        if not ok:
            run.errors += 1
            continue
        run.latencies.append(time.perf_counter() - started)
        replies = body.get("template", {}).get("quickReplies", [])
        quick = [r["messageText"] for r in replies] or quick
        if pace is not None:
            await asyncio.sleep(rng.uniform(*pace))


async def load(
    url: str, *, users: int, messages: int, pace: tuple[float, float] | None, tag: str
) -> Run:
    """`users` people at once, each sending `messages` messages; every answer timed."""
    run = Run([], 0.0, 0)
    connector = aiohttp.TCPConnector(limit=users + 10)
    timeout = aiohttp.ClientTimeout(total=BUDGET + 5)
    async with aiohttp.ClientSession(connector=connector, timeout=timeout) as session:
        started = time.perf_counter()
        await asyncio.gather(
            *(
                _person(session, url, f"bk-{tag}-{i}", messages=messages, pace=pace, run=run)
                for i in range(users)
            )
        )
        run.seconds = time.perf_counter() - started
    return run


# ------------------------------------------------------------------ the benchmark


def _row(table: Table, who: str, users: int, mode: str, run: Run) -> None:
    p50, p99 = percentile(run.latencies, 50), percentile(run.latencies, 99)
    over = sum(1 for t in run.latencies if t > BUDGET)
    table.add(
        f"kakao {who}",
        f"{users} people {mode}",
        f"p50 {ms(p50)}, p99 {ms(p99)}, {run.rate:.0f} answers/s",
        f"{len(run.latencies)} answers, {run.errors} errors, {over} over 5 s, "
        f"CPU {ms(run.cpu_per_answer)}/answer",
    )


async def measure(
    table: Table, *, users: list[int], messages: int, pace: tuple[float, float] | None
) -> float:
    """Both servers at every concurrency, paced then saturated; return the saturated ratio."""
    root = Path(tempfile.mkdtemp(prefix="gyeot-kakao-bench-"))
    profile = os.environ.get("BENCH_PROFILE")
    ratios: dict[int, float] = {}
    for n, count in enumerate(users):
        gyeot = GyeotServer(root / f"gyeot-{n}", f"{profile}.{n + 1}" if profile else None)
        bare = BareServer()
        results: dict[tuple[str, str], Run] = {}
        for who, server in (("bare", bare), ("gyeot", gyeot)):
            server.start()
            try:
                await load(server.url, users=5, messages=3, pace=None, tag=f"warm-{who}")
                for mode, how in _modes(pace):
                    tag = f"{who}-{count}-{mode}"
                    before = cpu_seconds(server.pid)
                    run = await load(server.url, users=count, messages=messages, pace=how, tag=tag)
                    run.cpu = cpu_seconds(server.pid) - before
                    results[(who, mode)] = run
                    _row(table, who, count, mode, run)
            finally:
                server.stop()
        for mode, _ in _modes(pace):
            bare_rate = results[("bare", mode)].rate
            ratio = results[("gyeot", mode)].rate / bare_rate if bare_rate else 0.0
            table.add("kakao", f"{count} people {mode} ratio gyeot/bare", f"{ratio:.2f}")
            if mode == "saturated":
                ratios[count] = ratio
    return ratios.get(200, ratios[max(ratios)] if ratios else 0.0)


def _modes(
    pace: tuple[float, float] | None,
) -> list[tuple[str, tuple[float, float] | None]]:
    saturated: list[tuple[str, tuple[float, float] | None]] = [("saturated", None)]
    return [("paced", pace), *saturated] if pace is not None else saturated


def main() -> None:
    """Parse options, run, print the table and the ratio line."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.kakao", description=__doc__)
    parser.add_argument("--users", type=int, nargs="+", default=[50, 200])
    parser.add_argument("--messages", type=int, default=8, help="messages per person")
    parser.add_argument("--pace", type=float, nargs=2, default=[0.5, 1.5], help="pause, s")
    parser.add_argument("--no-paced", action="store_true", help="skip the paced loads")
    parser.add_argument("--bare", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.bare:
        bare_main(args.bare)
        return
    print(f"gyeot kakao benchmark, {machine()}", flush=True)
    print(f"command: python -m benchmarks.kakao {shlex.join(sys.argv[1:])}".rstrip(), flush=True)
    table = Table()
    pace = None if args.no_paced else (args.pace[0], args.pace[1])
    ratio = asyncio.run(measure(table, users=args.users, messages=args.messages, pace=pace))
    print()
    print(table.render())
    print(f"kakao ratio gyeot/bare: {ratio:.2f}")


if __name__ == "__main__":
    main()

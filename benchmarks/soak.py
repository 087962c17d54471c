"""Soak: many users for minutes while the bot is kill -9'ed and restarted and the API misbehaves.

``python -m benchmarks.soak [--users 500] [--seconds 180] [--kill-every 20] [--pacing on|off]
[--processes 1] [--storage sqlite|postgresql] [--url URL]``

The fake Bot API and the simulated users live in this process; the bot (`gyeot run`, or the
same with pacing off) is a child process that gets SIGKILL every `--kill-every` seconds and is
restarted at once. The fake injects a fault mix (429 with retry_after, 500, 502, hung requests
the client times out on, dropped connections) and slow answers, and halfway through one chat
gets a long 429 back-off. When time is up the users stop writing, every answer is awaited, the
bot is stopped cleanly, and `benchmarks.verify` checks transcripts and the database.
Exit status 0 means nothing was lost, reordered or duplicated outside a kill window.

With ``--storage postgresql`` (``make soak-pg``: ``--processes 3``) the bots share one fresh
schema on PostgreSQL (``--url``, default GYEOT_TEST_DATABASE_URL, else
postgresql://postgres@127.0.0.1:5432/test; dropped at the end), each with its own HTTP port; a
random one is kill -9'ed every `--kill-every` seconds and restarted. Before the clean stop the
run waits (up to `drain` seconds) until the inbox and outbox are empty: a row a dead process
had claimed is taken over only when its 15 s lease runs out.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import secrets
import sys
import tempfile
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.common import TOKEN, Table, ms, percentile
from benchmarks.fakeapi import BenchFake, FaultMix, Slowness
from benchmarks.procs import (
    gyeot_command,
    health_address,
    kill,
    spawn,
    stop,
    wait_healthy,
    wait_polling,
    write_config,
)
from benchmarks.scripts import script_for
from benchmarks.users import Shadow, SimUser, route
from benchmarks.verify import Verdict, check_database, check_rows, compare
from bot.config import load_settings
from storage.pg import PgDatabase, create_schema, drop_schema

FAULTS = {
    "sendMessage": FaultMix(
        rate_limited=0.02, server_error=0.01, bad_gateway=0.01, hang=0.003, drop=0.01
    ),
    "getUpdates": FaultMix(rate_limited=0.01, bad_gateway=0.01, drop=0.005),
    "answerCallbackQuery": FaultMix(bad_gateway=0.02, drop=0.01),
}
FIRST_UID = 20_001
DEFAULT_URL = "postgresql://postgres@127.0.0.1:5432/test"


@dataclass
class SoakSettings:
    """How long, how many, how hard."""

    users: int = 500
    seconds: float = 180.0
    kill_every: float = 20.0
    pacing: bool = True
    faults: bool = True
    think: tuple[float, float] = (10.0, 40.0)  # people read and type: ~24 msgs/s for 500
    step_timeout: float = 180.0
    victim_retry_after: int = 8
    seed: int = 7
    processes: int = 1
    url: str = ""  # a PostgreSQL server (a fresh schema is made there); empty = SQLite
    drain: float = 40.0  # PostgreSQL: seconds to wait for leased rows to be taken over


@dataclass
class Run:
    """What happened while the soak ran."""

    kills: list[float] = field(default_factory=list)
    restarts: list[float] = field(default_factory=list)
    victim: int = 0
    victim_at: float = 0.0
    exit_code: int = 0
    wall: float = 0.0
    procs: list[asyncio.subprocess.Process] = field(default_factory=list)  # running now
    killed: list[int] = field(default_factory=list)  # which process each kill hit
    drained: float = 0.0  # PostgreSQL: seconds from the users' end to empty queues


async def killer(
    fake: BenchFake, configs: list[Path], log: Path, cfg: SoakSettings, end: float, run: Run
) -> list[asyncio.subprocess.Process]:
    """Start the bots; kill -9 a random one and restart it every `kill_every` s until `end`."""
    start, rng = time.perf_counter(), random.Random(cfg.seed + 1)
    commands = [gyeot_command(config, pacing=cfg.pacing) for config in configs]
    run.procs = [await spawn(command, log) for command in commands]
    await wait_polling(fake, fake.first_call_index("getUpdates"), run.procs[0])
    for k in range(1, 10**6):
        at = start + k * cfg.kill_every
        if at >= end:
            break
        await asyncio.sleep(max(0.0, at - time.perf_counter()))
        n = rng.randrange(len(commands)) if len(commands) > 1 else 0
        await kill(run.procs[n])
        run.kills.append(time.perf_counter())
        mark = fake.first_call_index("getUpdates")
        run.killed.append(n)
        run.procs[n] = proc = await spawn(commands[n], log)
        if len(commands) == 1:  # until it polls again
            run.restarts.append(await wait_polling(fake, mark, proc))
        else:  # the others go on polling: until its /healthz answers 200
            run.restarts.append(await wait_healthy(health_address(configs[n]), proc))
    return run.procs


async def back_off_one_chat(
    fake: BenchFake, sims: dict[int, SimUser], cfg: SoakSettings, end: float, run: Run
) -> None:
    """Halfway through, the next three sends to one waiting chat answer 429, retry_after long."""
    await asyncio.sleep(max(0.0, (end - time.perf_counter()) / 2))
    waiting = [u for u in sims.values() if len(u.received) < len(u.expected)]
    run.victim = waiting[0].uid if waiting else min(sims)
    run.victim_at = time.perf_counter()
    fake.fail_next(
        "sendMessage", 3, status=429, retry_after=cfg.victim_retry_after, chat_id=run.victim
    )


def make_users(cfg: SoakSettings) -> dict[int, SimUser]:
    """Users with enough script to last the whole soak (several scripts back to back)."""
    sims = {}
    for uid in range(FIRST_UID, FIRST_UID + cfg.users):
        steps = [
            s for k in range(8) for s in script_for(uid + 100_000 * k, talk_first=uid % 2 == 1)
        ]
        sims[uid] = SimUser(uid, steps)
    return sims


async def soak(
    cfg: SoakSettings, folder: Path
) -> tuple[Verdict, Run, dict[int, SimUser], BenchFake]:
    """Run the soak in `folder`; return the verdict and what happened."""
    if not cfg.url:
        return await _soak(cfg, folder, "")
    schema = f"soak_{secrets.token_hex(4)}"
    await create_schema(cfg.url, schema)
    try:
        return await _soak(
            cfg, folder, f"{cfg.url}{'&' if '?' in cfg.url else '?'}search_path={schema}"
        )
    finally:
        await drop_schema(cfg.url, schema)


async def _soak(
    cfg: SoakSettings, folder: Path, url: str
) -> tuple[Verdict, Run, dict[int, SimUser], BenchFake]:
    fake = BenchFake(TOKEN, seed=cfg.seed)
    await fake.start()
    if cfg.faults:
        fake.mix = dict(FAULTS)
        fake.slow = Slowness(0.03, (0.2, 1.5))
    names = (
        ["config.toml"]
        if cfg.processes == 1
        else [f"config-{n}.toml" for n in range(cfg.processes)]
    )
    configs = [write_config(folder, fake, poll_timeout=5, url=url, name=name) for name in names]
    shadow = Shadow(load_settings(configs[0]))
    sims = make_users(cfg)
    route(fake, sims)
    run, rng = Run(), random.Random(cfg.seed)
    start = time.perf_counter()
    end = start + cfg.seconds
    procs_task = asyncio.create_task(killer(fake, configs, folder / "bot.log", cfg, end, run))
    try:
        await _play(fake, shadow, sims, cfg, end, run, rng)
        procs = await procs_task
        await asyncio.sleep(2.0)  # time for a late duplicate to show up
        if url:
            run.drained = await _drain(url, cfg.drain)
        codes = [await stop(proc) for proc in procs]
        run.exit_code = next((code for code in codes if code), 0)
    finally:
        if not procs_task.done():
            procs_task.cancel()
            await asyncio.gather(procs_task, return_exceptions=True)
        for proc in run.procs:
            await kill(proc)  # a no-op after the clean stop; never leave a bot behind
        await fake.stop()
    run.wall = time.perf_counter() - start
    verdict = Verdict()
    for user in sims.values():
        compare(user, run.kills, verdict)
    if url:
        await check_pg_database(url, sims.values(), verdict)
    else:
        await check_database(folder / "gyeot.db", sims.values(), verdict)
    return verdict, run, sims, fake


QUEUED = (
    "SELECT (SELECT count(*) FROM inbox WHERE done = 0)"
    " + (SELECT count(*) FROM outbox WHERE status = 'pending')"
)


async def _drain(url: str, limit: float) -> float:
    """Wait until nothing is left in the inbox or outbox (or `limit` s); return seconds."""
    start = time.perf_counter()
    db = await PgDatabase.open(url, max_size=1)
    try:
        while time.perf_counter() - start < limit:
            row = await db.fetchone(QUEUED)
            if row and not row[0]:
                break
            await asyncio.sleep(0.5)
    finally:
        await db.close()
    return time.perf_counter() - start


async def check_pg_database(url: str, users: Iterable[SimUser], verdict: Verdict) -> None:
    """`verify.check_database` on PostgreSQL: cases right, inbox and outbox empty, none failed."""
    db = await PgDatabase.open(url, max_size=2)
    try:
        await check_rows(db, users, verdict)
    finally:
        await db.close()


async def _play(
    fake: BenchFake,
    shadow: Shadow,
    sims: dict[int, SimUser],
    cfg: SoakSettings,
    end: float,
    run: Run,
    rng: random.Random,
) -> None:
    await wait_polling(fake, 0, None, timeout=60)  # the first start (the killer owns it)
    victim = asyncio.create_task(back_off_one_chat(fake, sims, cfg, end, run))

    def keep_going() -> bool:
        return time.perf_counter() < end

    def think() -> float:
        return rng.uniform(*cfg.think)

    async def arrive_then_talk(user: SimUser, delay: float) -> None:
        await asyncio.sleep(delay)  # people arrive over time, not all in the same second
        await user.run(fake, shadow, timeout=cfg.step_timeout, keep_going=keep_going, think=think)

    await asyncio.gather(
        *(arrive_then_talk(u, rng.uniform(0.0, cfg.think[1])) for u in sims.values())
    )
    await victim


def report(
    table: Table,
    cfg: SoakSettings,
    verdict: Verdict,
    run: Run,
    sims: dict[int, SimUser],
    fake: BenchFake,
) -> None:
    """Add the soak's numbers to the table."""
    last = [x for u in sims.values() for x in u.last_latency]
    table.add(
        "soak",
        "users / seconds / kills",
        f"{cfg.users} / {cfg.seconds:.0f} / {len(run.kills)}",
        f"kill -9 every {cfg.kill_every:.0f} s, pacing {'on' if cfg.pacing else 'off'}",
    )
    table.add(
        "soak",
        "user messages / replies",
        f"{verdict.steps:,} / {verdict.replies:,}",
        f"{verdict.exact}/{verdict.users} transcripts exact",
    )
    table.add(
        "soak",
        "lost / wrong / stuck",
        f"{verdict.lost} / {verdict.wrong} / {verdict.stuck}",
        "must be 0",
    )
    lags = verdict.kill_lags
    spread = f"; first copy {min(lags):+.2f}..{max(lags):+.2f} s before the kill" if lags else ""
    table.add(
        "soak",
        "duplicates (in kill window)",
        f"{verdict.duplicates} ({verdict.duplicates_in_kill_window})",
        f"re-sent after a kill between Telegram's OK and the sent mark{spread}",
    )
    table.add(
        "soak",
        "open cases / mismatches",
        f"{verdict.open_cases} / {verdict.case_mismatches}",
        "one open case per user who wrote a crisis line",
    )
    table.add(
        "soak",
        "inbox left / outbox left / failed",
        f"{verdict.inbox_left} / {verdict.outbox_left} / {verdict.outbox_failed}",
        "must be 0",
    )
    table.add(
        "soak",
        "update -> last reply",
        f"p50 {ms(percentile(last, 50))}, p99 {ms(percentile(last, 99))}",
        "includes kills, restarts, faults and pacing",
    )
    table.add(
        "soak",
        "restart -> polling",
        f"max {ms(max(run.restarts, default=0.0))}",
        f"{len(run.restarts)} restarts (several processes: until /healthz answers 200)",
    )
    _report_victim(table, cfg, run, sims)
    faults = ", ".join(f"{k}: {v}" for k, v in sorted(fake.counters.faults.items()))
    table.add(
        "soak",
        "faults injected",
        f"{sum(fake.counters.faults.values()):,}",
        f"{faults}; slow answers: {fake.counters.slow}",
    )
    table.add("soak", "bot exit after SIGTERM", str(run.exit_code), "0 = clean shutdown")
    if cfg.url:
        killed = ", ".join(str(run.killed.count(n)) for n in range(cfg.processes))
        table.add(
            "soak",
            "processes / kills per process",
            f"{cfg.processes} on PostgreSQL / {killed}",
            f"queues empty {run.drained:.1f} s after the users stopped (leases run out in 15 s)",
        )


def _report_victim(table: Table, cfg: SoakSettings, run: Run, sims: dict[int, SimUser]) -> None:
    """Other users' latency while one chat sits out a long 429 back-off, against the whole run."""
    window = (run.victim_at, run.victim_at + 3 * cfg.victim_retry_after)
    during, overall = [], []
    for user in sims.values():
        if user.uid == run.victim:
            continue
        for started, last in zip(user.starts, user.last_latency, strict=True):
            overall.append(last)
            if window[0] <= started <= window[1]:
                during.append(last)
    victim = sims[run.victim]
    waited = max(
        (
            last
            for s, last in zip(victim.starts, victim.last_latency, strict=True)
            if s >= window[0] - 60
        ),
        default=0.0,
    )
    table.add(
        "soak",
        "others while one chat backs off",
        f"p50 {ms(percentile(during, 50))}, p99 {ms(percentile(during, 99))}",
        f"{len(during)} steps in the 3 x {cfg.victim_retry_after} s 429 window; whole run p50 "
        f"{ms(percentile(overall, 50))}, p99 {ms(percentile(overall, 99))}; that chat's step "
        f"took {waited:.1f} s",
    )


def parse(argv: Sequence[str] | None) -> SoakSettings:
    """Command-line options."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--users", type=int, default=500)
    parser.add_argument("--seconds", type=float, default=180.0)
    parser.add_argument("--kill-every", type=float, default=20.0)
    parser.add_argument("--pacing", choices=("on", "off"), default="on")
    parser.add_argument("--no-faults", action="store_true")
    parser.add_argument(
        "--think",
        type=float,
        nargs=2,
        default=(10.0, 40.0),
        metavar=("MIN", "MAX"),
        help="seconds a user pauses between messages (lower = more pressure)",
    )
    parser.add_argument("--processes", type=int, default=1, help="gyeot run processes")
    parser.add_argument("--storage", choices=("sqlite", "postgresql"), default="sqlite")
    parser.add_argument(
        "--url",
        default=os.environ.get("GYEOT_TEST_DATABASE_URL", DEFAULT_URL),
        help="PostgreSQL server for --storage postgresql (a fresh schema per run)",
    )
    args = parser.parse_args(argv)
    if args.processes > 1 and args.storage == "sqlite":
        parser.error("several processes need --storage postgresql")
    return SoakSettings(
        users=args.users,
        seconds=args.seconds,
        kill_every=args.kill_every,
        pacing=args.pacing == "on",
        faults=not args.no_faults,
        think=(args.think[0], args.think[1]),
        processes=args.processes,
        url=args.url if args.storage == "postgresql" else "",
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Run the soak, print the table and a one-line summary; exit 1 on any loss."""
    cfg = parse(argv)
    table = Table()
    with tempfile.TemporaryDirectory() as folder:
        verdict, run, sims, fake = asyncio.run(soak(cfg, Path(folder)))
        report(table, cfg, verdict, run, sims, fake)
        if not verdict.ok:
            print((Path(folder) / "bot.log").read_text(encoding="utf-8", errors="replace")[-3000:])
    print(table.render())
    for example in verdict.examples:
        print("  ", example)
    outcome = "PASS" if verdict.ok else "FAIL"
    where = f"{cfg.processes} process(es) on PostgreSQL, " if cfg.url else ""
    print(
        f"soak: {outcome}: {verdict.steps:,} messages from {verdict.users} "
        f"users, {where}{len(run.kills)} kills: lost {verdict.lost}, "
        f"duplicates {verdict.duplicates} ({verdict.duplicates_in_kill_window} in kill windows), "
        f"wrong {verdict.wrong}"
    )
    return 0 if verdict.ok else 1


if __name__ == "__main__":
    sys.exit(main())

"""Soak: many users for minutes while the bot is kill -9'ed and restarted and the API misbehaves.

``python -m benchmarks.soak [--users 500] [--seconds 180] [--kill-every 20] [--pacing on|off]
[--mix telegram=0.5,web=0.3,kakao=0.2] [--processes 1] [--storage sqlite|postgresql] [--url URL]``

The fake Bot API and the simulated users live in this process; the bot (`gyeot run`, or the
same with pacing off) is a child process that gets SIGKILL every `--kill-every` seconds and is
restarted at once. Users come over three channels (`--mix`): Telegram through the fake
(`benchmarks.users`), web tabs over WebSocket (`benchmarks.tabs`) and KakaoTalk skill requests
(`benchmarks.kakaotalk`); web and Kakao users reach a live process picked at random, as behind
a reverse proxy. The fake injects a fault mix (429 with retry_after, 500, 502, hung requests the
client times out on, dropped connections) and slow answers, and halfway through one Telegram
chat gets a long 429 back-off. Staff are configured: a staff group on the fake, two counselors
(who claim nothing), and a short ladder (`[escalation]` re-alert after 30 s, fallback after
60 s), so every crisis line opens a case the group is alerted to and re-alerted about.
When time is up the users stop writing, every answer is awaited, the queues drain, the ladder's
fallbacks that came due are awaited, Kakao users tap "답장 확인" for what waits, the bot is
stopped cleanly, and `benchmarks.verify` checks transcripts, the staff group and the database.
Exit status 0 means nothing was lost, reordered or duplicated outside a kill window, every case
was alerted once and every ladder step fired once.

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
import contextlib
import os
import random
import secrets
import sqlite3
import sys
import tempfile
import time
from collections.abc import AsyncIterator, Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp  # noqa: TID251 - web tabs and Kakao requests speak real HTTP

from benchmarks.common import TOKEN, Table, ms, percentile
from benchmarks.fakeapi import BenchFake, FaultMix, Slowness
from benchmarks.kakaotalk import KakaoShadow, KakaoUser
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
from benchmarks.scripts import Step, script_for
from benchmarks.tabs import WebUser
from benchmarks.users import Shadow, SimUser, route
from benchmarks.verify import (
    Rows,
    StaffRun,
    Verdict,
    check_database,
    check_rows,
    check_user,
)
from benchmarks.web import WebShadow
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
CHANNELS = ("telegram", "web", "kakao")
MIX = {"telegram": 0.5, "web": 0.3, "kakao": 0.2}
GROUP = -1_001_234_567_890  # the staff supergroup on the fake
COUNSELORS = (9_001, 9_002)
Person = SimUser | WebUser | KakaoUser


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
    drain: float = 40.0  # seconds to wait for leased rows to be taken over, alerts posted
    mix: dict[str, float] = field(default_factory=lambda: dict(MIX))
    realert_after: int = 30  # [escalation]: the ladder's periods (30 and 60 are the minimums)
    fallback_after: int = 60

    def staff_toml(self) -> str:
        """The staff group, two counselors, the ladder and the KakaoTalk channel."""
        return (
            f"[staff]\ngroup_id = {GROUP}\ncounselors = [{', '.join(map(str, COUNSELORS))}]\n"
            f"[escalation]\nrealert_after = {self.realert_after}\n"
            f"fallback_after = {self.fallback_after}\n[kakao]\nenabled = true\n"
        )

    @property
    def settle(self) -> bool:
        """Wait at the end for the fallbacks that came due (when the run is long enough)."""
        return self.fallback_after <= self.seconds


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
    drained: float = 0.0  # seconds from the users' end to empty queues
    settled: float = 0.0  # then seconds until every fallback that came due had fired
    users_end: float = 0.0  # wall time the users stopped
    stopping: float = 0.0  # wall time the bots were told to stop
    stopped: float = 0.0  # wall time the last one had exited
    bases: list[str] = field(default_factory=list)  # each process's http://host:port

    def pick(self, rng: random.Random) -> str:
        """A running process's address, as a reverse proxy picks one (it may not listen yet)."""
        alive = [b for b, p in zip(self.bases, self.procs, strict=False) if p.returncode is None]
        return rng.choice(alive or self.bases)


async def start_bots(
    fake: BenchFake, configs: list[Path], log: Path, cfg: SoakSettings, run: Run
) -> None:
    """Start the bots; return once one polls and every one answers /healthz."""
    commands = [gyeot_command(config, pacing=cfg.pacing) for config in configs]
    run.procs = [await spawn(command, log) for command in commands]
    await wait_polling(fake, 0, run.procs[0], timeout=120)
    for config, proc in zip(configs, run.procs, strict=True):  # web and Kakao users need them
        await wait_healthy(health_address(config), proc, timeout=120)


async def killer(
    fake: BenchFake, configs: list[Path], log: Path, cfg: SoakSettings, end: float, run: Run
) -> list[asyncio.subprocess.Process]:
    """Kill -9 a random bot and restart it every `kill_every` s until `end`."""
    start, rng = time.perf_counter(), random.Random(cfg.seed + 1)
    commands = [gyeot_command(config, pacing=cfg.pacing) for config in configs]
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
    if not sims:
        return
    waiting = [u for u in sims.values() if len(u.received) < len(u.expected)]
    run.victim = waiting[0].uid if waiting else min(sims)
    run.victim_at = time.perf_counter()
    fake.fail_next(
        "sendMessage", 3, status=429, retry_after=cfg.victim_retry_after, chat_id=run.victim
    )


def make_users(cfg: SoakSettings) -> dict[int, Person]:
    """Users with enough script to last the whole soak (several scripts back to back).

    Their channels follow `cfg.mix` (the rest on Telegram), shuffled so they arrive mixed.
    """
    uids = list(range(FIRST_UID, FIRST_UID + cfg.users))
    channels: list[str] = []
    for name in ("web", "kakao"):
        channels += [name] * round(cfg.mix.get(name, 0.0) * cfg.users)
    channels = (channels + ["telegram"] * cfg.users)[: cfg.users]
    random.Random(cfg.seed + 2).shuffle(channels)
    people: dict[int, Person] = {}
    kinds: dict[str, Callable[[int, list[Step]], Person]] = {
        "telegram": SimUser,
        "web": WebUser,
        "kakao": KakaoUser,
    }
    for uid, channel in zip(uids, channels, strict=True):
        steps = [
            s for k in range(8) for s in script_for(uid + 100_000 * k, talk_first=uid % 2 == 1)
        ]
        people[uid] = kinds[channel](uid, steps)
    return people


def telegram_users(people: dict[int, Person]) -> dict[int, SimUser]:
    """The Telegram users among them."""
    return {uid: u for uid, u in people.items() if isinstance(u, SimUser)}


async def soak(
    cfg: SoakSettings, folder: Path
) -> tuple[Verdict, Run, dict[int, Person], BenchFake]:
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


@dataclass
class Shadows:
    """The real engine and each channel's renderer: what a clean run sends."""

    telegram: Shadow
    web: WebShadow
    kakao: KakaoShadow


async def _soak(
    cfg: SoakSettings, folder: Path, url: str
) -> tuple[Verdict, Run, dict[int, Person], BenchFake]:
    began = time.perf_counter()
    fake = BenchFake(TOKEN, seed=cfg.seed)
    await fake.start()
    fake.chat(GROUP, type_="supergroup", title="staff")
    if cfg.faults:
        fake.mix = dict(FAULTS)
        fake.slow = Slowness(0.03, (0.2, 1.5))
    names = (
        ["config.toml"]
        if cfg.processes == 1
        else [f"config-{n}.toml" for n in range(cfg.processes)]
    )
    configs = [
        write_config(folder, fake, poll_timeout=5, url=url, name=name, extra=cfg.staff_toml())
        for name in names
    ]
    settings = load_settings(configs[0])
    web = WebShadow(configs[0])  # one engine for the three shadows
    shadows = Shadows(Shadow(settings, web.engine), web, KakaoShadow(settings, web.engine))
    people = make_users(cfg)
    route(fake, telegram_users(people))
    run, rng = Run(), random.Random(cfg.seed)
    run.bases = ["http://{}:{}".format(*health_address(config)) for config in configs]
    log = folder / "bot.log"
    procs_task: asyncio.Task[list[asyncio.subprocess.Process]] | None = None
    connector = aiohttp.TCPConnector(limit=0)
    try:
        await start_bots(fake, configs, log, cfg, run)
        start = time.perf_counter()  # the soak's clock starts once the bots are up
        end = start + cfg.seconds
        procs_task = asyncio.create_task(killer(fake, configs, log, cfg, end, run))
        async with aiohttp.ClientSession(connector=connector) as http:
            await _play(fake, http, shadows, people, cfg, end, run, rng)
            procs = await procs_task
            await _finish(http, shadows, people, cfg, run, rng, _peek(url, folder))
            await asyncio.gather(*(u.close() for u in people.values() if isinstance(u, WebUser)))
            run.stopping = time.time()
            codes = [await stop(proc) for proc in procs]
            run.stopped = time.time()
            run.exit_code = next((code for code in codes if code), 0)
    finally:
        if procs_task is not None and not procs_task.done():
            procs_task.cancel()
            await asyncio.gather(procs_task, return_exceptions=True)
        for proc in run.procs:
            await kill(proc)  # a no-op after the clean stop; never leave a bot behind
        await fake.stop()
    run.wall = time.perf_counter() - began
    verdict = Verdict()
    for user in people.values():
        check_user(user, run.kills, verdict)
    offset = time.time() - time.perf_counter()
    staff = StaffRun(
        posts=list(fake.group),
        kills=[k + offset for k in run.kills],
        realert_after=cfg.realert_after,
        fallback_after=cfg.fallback_after,
        stopping=run.stopping,
        stopped=run.stopped,
    )
    if url:
        await check_pg_database(url, people.values(), verdict, staff, run.kills)
    else:
        await check_database(folder / "gyeot.db", people.values(), verdict, staff, run.kills)
    return verdict, run, people, fake


async def _finish(
    http: aiohttp.ClientSession,
    shadows: Shadows,
    people: dict[int, Person],
    cfg: SoakSettings,
    run: Run,
    rng: random.Random,
    peek: contextlib.AbstractAsyncContextManager[Rows],
) -> None:
    """After the users stop: drain, let due fallbacks fire, let Kakao users collect, drain."""
    run.users_end = time.time()
    await asyncio.sleep(2.0)  # time for a late duplicate to show up
    async with peek as db:
        started = time.perf_counter()
        await _wait_for(db, QUEUED + UNPOSTED + " + (" + KAKAO_AWAY + ")", (), cfg.drain)
        run.drained = time.perf_counter() - started
        if cfg.settle:
            started = time.perf_counter()
            due = (int(run.users_end * 1_000_000),)
            await _wait_for(db, FALLBACK_DUE, due, cfg.fallback_after + 30.0)
            run.settled = time.perf_counter() - started
        await asyncio.sleep(1.0)  # the fallbacks on their way to Telegram chats and tabs
        kakao = [u for u in people.values() if isinstance(u, KakaoUser)]
        await asyncio.gather(
            *(u.collect(http, lambda: run.pick(rng), shadows.kakao) for u in kakao)
        )
        await _wait_for(db, QUEUED + UNPOSTED, (), cfg.drain)


QUEUED = (
    "SELECT (SELECT count(*) FROM inbox WHERE done = 0)"
    " + (SELECT count(*) FROM outbox WHERE status = 'pending')"
)
UNPOSTED = " + (SELECT count(*) FROM cases WHERE status = 'open' AND alert_msg IS NULL)"
# Kakao rows wait for her next request: not counted while draining, collected at the end
KAKAO_AWAY = "SELECT -count(*) FROM outbox WHERE status = 'pending' AND channel = 'kakao'"
FALLBACK_DUE = (
    "SELECT count(*) FROM cases WHERE status = 'open' AND fallback_at IS NULL AND opened_at <= ?"
)


async def _wait_for(db: Rows, sql: str, params: tuple[Any, ...], limit: float) -> None:
    """Wait until `sql` counts 0 (or `limit` s)."""
    deadline = time.perf_counter() + limit
    while time.perf_counter() < deadline:
        row = await db.fetchone(sql, params)
        if row and not row[0]:
            return
        await asyncio.sleep(0.5)


@contextlib.asynccontextmanager
async def _peek(url: str, folder: Path) -> AsyncIterator[Rows]:
    """Read the database while the bots run: PostgreSQL, or SQLite's file read-only."""
    if url:
        db = await PgDatabase.open(url, max_size=1)
        try:
            yield db
        finally:
            await db.close()
    else:
        yield SqlitePeek(folder / "gyeot.db")


class SqlitePeek:
    """Read-only queries on the bot's SQLite file (WAL: the bot keeps writing meanwhile)."""

    def __init__(self, path: Path) -> None:
        """Read `path`."""
        self.path = path

    async def fetchall(self, sql: str, params: Any = ()) -> list[tuple[Any, ...]]:
        """Every row of a query."""
        return await asyncio.to_thread(self._all, sql, params)

    async def fetchone(self, sql: str, params: Any = ()) -> tuple[Any, ...] | None:
        """The first row of a query."""
        rows = await self.fetchall(sql, params)
        return rows[0] if rows else None

    def _all(self, sql: str, params: Any) -> list[tuple[Any, ...]]:
        with contextlib.closing(
            sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, timeout=10)
        ) as db:
            return list(db.execute(sql, params).fetchall())


async def check_pg_database(
    url: str,
    users: Iterable[Person],
    verdict: Verdict,
    staff: StaffRun | None = None,
    kills: Sequence[float] = (),
) -> None:
    """`verify.check_database` on PostgreSQL: cases right, inbox and outbox empty, none failed."""
    db = await PgDatabase.open(url, max_size=2)
    try:
        await check_rows(db, users, verdict, staff, kills)
    finally:
        await db.close()


async def _play(
    fake: BenchFake,
    http: aiohttp.ClientSession,
    shadows: Shadows,
    people: dict[int, Person],
    cfg: SoakSettings,
    end: float,
    run: Run,
    rng: random.Random,
) -> None:
    sims = telegram_users(people)
    victim = asyncio.create_task(back_off_one_chat(fake, sims, cfg, end, run))

    def keep_going() -> bool:
        return time.perf_counter() < end

    def think() -> float:
        return rng.uniform(*cfg.think)

    def pick() -> str:
        return run.pick(rng)

    async def arrive_then_talk(user: Person, delay: float) -> None:
        await asyncio.sleep(delay)  # people arrive over time, not all in the same second
        timeout = cfg.step_timeout
        if isinstance(user, SimUser):
            await user.run(
                fake, shadows.telegram, timeout=timeout, keep_going=keep_going, think=think
            )
        elif isinstance(user, WebUser):
            await user.run(
                http,
                pick,
                shadows.web,
                timeout=timeout,
                keep_going=keep_going,
                think=think,
                is_notice=shadows.telegram.is_notice,
            )
        else:
            await user.run(
                http, pick, shadows.kakao, timeout=timeout, keep_going=keep_going, think=think
            )

    await asyncio.gather(
        *(arrive_then_talk(u, rng.uniform(0.0, cfg.think[1])) for u in people.values())
    )
    await victim


def report(
    table: Table,
    cfg: SoakSettings,
    verdict: Verdict,
    run: Run,
    people: dict[int, Person],
    fake: BenchFake,
) -> None:
    """Add the soak's numbers to the table."""
    last = [x for u in people.values() for x in u.last_latency]
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
        f"given again after a kill between delivery and the sent mark{spread}",
    )
    _report_channels(table, verdict, people)
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
    _report_staff(table, verdict, run)
    table.add(
        "soak",
        "message -> last reply",
        f"p50 {ms(percentile(last, 50))}, p99 {ms(percentile(last, 99))}",
        "all channels; includes kills, restarts, faults and pacing",
    )
    table.add(
        "soak",
        "restart -> polling",
        f"max {ms(max(run.restarts, default=0.0))}",
        f"{len(run.restarts)} restarts (several processes: until /healthz answers 200)",
    )
    _report_victim(table, cfg, run, telegram_users(people))
    faults = ", ".join(f"{k}: {v}" for k, v in sorted(fake.counters.faults.items()))
    table.add(
        "soak",
        "faults injected",
        f"{sum(fake.counters.faults.values()):,}",
        f"{faults}; slow answers: {fake.counters.slow}",
    )
    table.add("soak", "bot exit after SIGTERM", str(run.exit_code), "0 = clean shutdown")
    killed = ", ".join(str(run.killed.count(n)) for n in range(cfg.processes))
    where = f"{cfg.processes} on PostgreSQL" if cfg.url else "1 on SQLite"
    table.add(
        "soak",
        "processes / kills per process",
        f"{where} / {killed}",
        f"queues empty and alerts posted {run.drained:.1f} s after the users stopped (leases "
        f"run out in 15 s); due fallbacks fired {run.settled:.1f} s later",
    )


def _report_channels(table: Table, verdict: Verdict, people: dict[int, Person]) -> None:
    """One row per channel, and what web tabs and Kakao users went through to get there."""
    for name in CHANNELS:
        v = verdict.channels.get(name)
        if v is None:
            continue
        table.add(
            f"soak {name}",
            "users / messages / replies",
            f"{v.users} / {v.steps:,} / {v.replies:,}",
            f"lost {v.lost}, wrong {v.wrong}, stuck {v.stuck}, "
            f"{f'unsure {v.unsure}, ' if name == 'kakao' else ''}duplicates {v.duplicates} "
            f"({v.duplicates_in_kill_window} in kill windows); {v.exact} exact",
        )
    tabs = [u for u in people.values() if isinstance(u, WebUser)]
    if tabs:
        table.add(
            "soak web",
            "reconnects / re-sent / frames dropped",
            f"{sum(u.connects - 1 for u in tabs)} / {sum(u.resent for u in tabs)} / "
            f"{sum(u.dropped for u in tabs)}",
            "to another process after a kill; messages without `got` sent again; frames at or "
            f"below the last seq shown (the page drops them); presses not offered "
            f"{sum(u.off_buttons for u in tabs)}",
        )
    kakao = [u for u in people.values() if isinstance(u, KakaoUser)]
    if kakao:
        said: dict[str, int] = {}
        for user in kakao:
            for kind, n in user.said.items():
                said[kind] = said.get(kind, 0) + n
        table.add(
            "soak kakao",
            "requests / checks / failed / late",
            f"{sum(u.requests for u in kakao):,} / {sum(u.checks for u in kakao):,} / "
            f"{sum(u.failed for u in kakao)} / {sum(u.late for u in kakao)}",
            "checks: '답장 확인' while her answer was not all there; failed: no answer after "
            "it was sent (process killed) or an apology: sent again at once "
            f"{sum(u.resent for u in kakao)} times, as Kakao retries; refused (process not up) "
            f"{sum(u.refused for u in kakao)}, sent to "
            "another at once; late: answered after Kakao's 5 s (slowest "
            f"{max(u.slowest for u in kakao):.1f} s; no answer in 15 s "
            f"{sum(u.timeouts for u in kakao)}); "
            f"channel texts {dict(sorted(said.items()))}; quick replies not offered "
            f"{sum(u.off_buttons for u in kakao)} (typed /menu)",
        )


def _report_staff(table: Table, verdict: Verdict, run: Run) -> None:
    """The staff group's alerts, the ladder's steps, the fallback she was told."""
    table.add(
        "soak staff",
        "fallback told / mismatches",
        f"{verdict.notices} / {verdict.notice_mismatches}",
        "each user whose case got the fallback was told once, nobody else",
    )
    staff = verdict.staff
    if staff is None:
        return
    table.add(
        "soak staff",
        "cases / alert cards / unalerted",
        f"{staff.cases} / {staff.alert_cards} / {staff.unalerted}",
        f"in {staff.alert_messages} group messages; duplicate cards {staff.alert_duplicates} "
        f"({staff.alert_duplicates_in_kill_window} in kill windows)",
    )
    table.add(
        "soak staff",
        "re-alert steps fired / due",
        f"{staff.realert_steps} / {staff.realert_due}",
        f"timers due and not fired at the stop {staff.steps_overdue}; more often than the "
        f"time allows {staff.steps_extra}; cases behind the time by more than one step "
        f"{staff.steps_behind} (each step re-arms from when it fired: lag adds up); "
        f"{staff.realert_cards} mentions in {staff.realert_messages} "
        f"re-alert messages for those steps and {staff.raises} risk raises, beyond them "
        f"{staff.realert_excess} ({staff.realert_excess_in_kill_window} in kill windows)",
    )
    table.add(
        "soak staff",
        "fallback steps fired / due",
        f"{staff.fallbacks} / {staff.fallback_due}",
        f"missed {staff.fallback_missed}, fired twice {staff.fallback_twice}; open cases with "
        f"no route kept to her {staff.no_route}",
    )


def _report_victim(table: Table, cfg: SoakSettings, run: Run, sims: dict[int, SimUser]) -> None:
    """Other users' latency while one chat sits out a long 429 back-off, against the whole run."""
    if run.victim not in sims:
        return
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
    parser.add_argument(
        "--mix",
        type=mix,
        default=dict(MIX),
        help="share of users per channel, e.g. telegram=0.5,web=0.3,kakao=0.2",
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
        mix=args.mix,
    )


def mix(text: str) -> dict[str, float]:
    """Parse --mix: channel=share pairs; shares are normalised to sum to 1."""
    shares: dict[str, float] = {}
    for part in text.split(","):
        name, _, share = part.partition("=")
        if name.strip() not in CHANNELS:
            raise argparse.ArgumentTypeError(f"unknown channel {name!r}: {', '.join(CHANNELS)}")
        shares[name.strip()] = float(share)
    total = sum(shares.values())
    if total <= 0:
        raise argparse.ArgumentTypeError("the shares must add up to more than 0")
    return {name: share / total for name, share in shares.items()}


def main(argv: Sequence[str] | None = None) -> int:
    """Run the soak, print the table and a one-line summary; exit 1 on any loss."""
    cfg = parse(argv)
    table = Table()
    with tempfile.TemporaryDirectory() as folder:
        verdict, run, people, fake = asyncio.run(soak(cfg, Path(folder)))
        report(table, cfg, verdict, run, people, fake)
        if not verdict.ok:
            print((Path(folder) / "bot.log").read_text(encoding="utf-8", errors="replace")[-3000:])
    print(table.render())
    for example in verdict.examples[:20]:
        print("  ", example)
    outcome = "PASS" if verdict.ok else "FAIL"
    where = f"{cfg.processes} process(es) on PostgreSQL, " if cfg.url else ""
    mixed = "/".join(str(verdict.of(name).users) for name in CHANNELS)
    staff = verdict.staff
    alerts = (
        f"; cases {staff.cases}, alert cards {staff.alert_cards}, ladder steps "
        f"{staff.realert_steps + staff.fallbacks} ({'ok' if staff.ok else 'NOT ok'})"
        if staff
        else ""
    )
    print(
        f"soak: {outcome}: {verdict.steps:,} messages from {verdict.users} "
        f"users (telegram/web/kakao {mixed}), {where}{len(run.kills)} kills: lost "
        f"{verdict.lost}, duplicates {verdict.duplicates} "
        f"({verdict.duplicates_in_kill_window} in kill windows), wrong {verdict.wrong}{alerts}"
    )
    return 0 if verdict.ok else 1


if __name__ == "__main__":
    sys.exit(main())

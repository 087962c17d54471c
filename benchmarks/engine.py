"""Engine benchmark: simulated users straight through Conversation + SqliteStore on a temp file.

Also the scaling run (per-message cost with 1k, 10k and 100k stored sessions), the matcher and
triage per message over the full knowledge base, and the cold start of a new process.

Run alone: ``python -m benchmarks.engine --users 2000``.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from benchmarks.common import SECRET, Table, ms, percentile, rss_now_kib, rss_peak_kib
from benchmarks.scripts import QUESTIONS, script_for
from bot.app import build_engine, policy_from
from bot.config import Settings
from flows import Command, Conversation, Engine, Session, triage
from knowledge import Knowledge, load_knowledge, match
from storage import Database, Keyring, SqliteStore

EVAL = Path(__file__).parents[1] / "tests" / "eval" / "topics-dev.jsonl"
REACH_SETS = (  # scored like `../shared/eval/score.py reach` and `topics` (summary figures only)
    ("shared sample", Path(__file__).parents[2] / "shared" / "eval" / "topics-sample.jsonl"),
    ("dev", EVAL),
    ("dev3", EVAL.with_name("topics-dev3.jsonl")),
    ("check3", EVAL.with_name("topics-check3.jsonl")),
    ("check4", EVAL.with_name("topics-check4.jsonl")),
    ("train17", EVAL.with_name("topics-train17.jsonl")),
    ("blind2", EVAL.with_name("topics-blind2.jsonl")),  # the bar of issue 14 since 2026-12-03
)
SCALES = (1_000, 10_000, 100_000)


async def run_users(
    conversation: Conversation, keys: Sequence[str], users: Sequence[int], concurrency: int
) -> tuple[list[float], float]:
    """Run each user's script (users in parallel, `concurrency` at a time); return latencies."""
    latencies: list[float] = []
    queue = list(zip(keys, users, strict=True))[::-1]

    async def worker() -> None:
        while queue:
            key, user = queue.pop()
            for step in script_for(user):
                start = time.perf_counter()
                await conversation.handle(key, step.event, lang_hint="ko")
                latencies.append(time.perf_counter() - start)

    start = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return latencies, time.perf_counter() - start


async def open_store(path: Path, settings: Settings) -> tuple[SqliteStore, Keyring]:
    """Open (and migrate) a store on `path` with the benchmark key."""
    keyring = Keyring(SECRET)
    return await SqliteStore.open(path, keyring, policy_from(settings)), keyring


async def engine_run(table: Table, engine: Engine, users: int, concurrency: int) -> None:
    """N users through the engine and SQLite: throughput, latency, memory."""
    settings = Settings()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.db"
        store, keyring = await open_store(path, settings)
        conversation = Conversation(engine, store)
        try:
            warm = [keyring.user_key("warm", i) for i in range(50)]
            await run_users(conversation, warm, range(50), 10)
            gc.collect()
            rss_before = rss_now_kib()
            keys = [keyring.user_key("bench", i) for i in range(users)]
            latencies, wall = await run_users(conversation, keys, range(users), concurrency)
            gc.collect()
            rss_idle = rss_now_kib()
        finally:
            await store.close()
        db = await Database.open(path)
        cases = await db.fetchone("SELECT count(*) FROM cases WHERE urgency = 'urgent'")
        await db.close()
        size = sum(p.stat().st_size for p in Path(folder).iterdir())
    n = len(latencies)
    where = f"{users} users x ~{n // users} msgs, {concurrency} in flight"
    table.add(
        "engine+SQLite", "messages/s", f"{n / wall:,.0f}", f"{n:,} msgs in {wall:.1f} s; {where}"
    )
    for p in (50, 95, 99):
        table.add(
            "engine+SQLite",
            f"latency p{p}",
            ms(percentile(latencies, p)),
            "per message, incl. lock wait",
        )
    table.add(
        "engine+SQLite",
        "peak RSS",
        f"{rss_peak_kib() / 1024:.0f} MiB",
        "whole benchmark process so far",
    )
    per_k = (rss_idle - rss_before) / (users / 1000)
    table.add(
        "engine+SQLite",
        "RSS per 1,000 idle sessions",
        f"{max(per_k, 0):.0f} KiB",
        "sessions live in SQLite, not in memory",
    )
    table.add(
        "engine+SQLite",
        "disk per 1,000 sessions",
        f"{size / 1024 / ((users + 50) / 1000):.0f} KiB",
        "db + WAL, incl. cases and audit",
    )
    urgent = int(cases[0]) if cases else 0
    table.add(
        "engine+SQLite",
        "urgent cases opened",
        f"{urgent:,}",
        f"expected {users + 50:,}: one crisis line per user, 50 warm-up users included",
    )


# ---------------------------------------------------------------- scaling


def _fill_states(engine: Engine) -> list[str]:
    """A few realistic saved states (menu, a topic, mid-intake) as stored JSON."""
    states, state = [], Session(started=True)
    for step in script_for(0)[:12]:
        state = engine.handle(state, step.event).next_state
        states.append(state.model_dump_json())
    return states


async def prefill(path: Path, keyring: Keyring, engine: Engine, count: int) -> None:
    """Store `count` sessions (and a closed case and an audit row for one in ten) in bulk."""
    states = _fill_states(engine)
    now = int(time.time() * 1e6)
    db = await Database.open(path)
    try:
        async with db.transaction() as tx:
            await tx.executemany(
                "INSERT INTO sessions (user_key, state, updated_at) VALUES (?, ?, ?)",
                (
                    (keyring.user_key("fill", i), states[i % len(states)], now - i)
                    for i in range(count)
                ),
            )
            await tx.executemany(
                "INSERT INTO cases (alias, user_key, status, urgency, risk, opened_at, updated_at,"
                " closed_at) VALUES (?, ?, 'closed', 'normal', 'none', ?, ?, ?)",
                (
                    (f"fill-{i}", keyring.user_key("fill", i), now, now, now)
                    for i in range(0, count, 10)
                ),
            )
            await tx.executemany(
                "INSERT INTO audit (kind, detail, case_alias, created_at)"
                " VALUES ('case_closed', '', ?, ?)",
                ((f"fill-{i}", now) for i in range(0, count, 10)),
            )
        await db.checkpoint()  # a running bot's WAL is small; do not time a bulk checkpoint
    finally:
        await db.close()


async def scaling_point(engine: Engine, stored: int, users: int) -> tuple[float, float, float]:
    """Per-message p50/p99 and messages/s with `stored` sessions already in the table."""
    settings = Settings()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "scale.db"
        keyring = Keyring(SECRET)
        await prefill(path, keyring, engine, stored)
        store, _ = await open_store(path, settings)
        try:
            # Half are returning users (their session is among the stored ones), half are new.
            keys = [
                keyring.user_key("fill", (i * 7919) % stored)
                if i % 2
                else keyring.user_key("new", i)
                for i in range(users)
            ]
            latencies, wall = await run_users(Conversation(engine, store), keys, range(users), 1)
        finally:
            await store.close()
    return percentile(latencies, 50), percentile(latencies, 99), len(latencies) / wall


async def scaling_run(table: Table, engine: Engine, users: int) -> None:
    """The same per-message cost at 1k, 10k and 100k stored sessions: it must stay flat."""
    results = {}
    for stored in SCALES:
        results[stored] = await scaling_point(engine, stored, users)
        p50, p99, rate = results[stored]
        table.add(
            "scaling",
            f"{stored:,} stored sessions",
            f"p50 {ms(p50)}, p99 {ms(p99)}",
            f"{rate:,.0f} msgs/s, one user at a time, {users} users",
        )
    growth = results[SCALES[-1]][0] / results[SCALES[0]][0]
    verdict = "flat" if growth <= 1.5 else "NOT flat"
    table.add("scaling", "p50 at 100k / p50 at 1k", f"{growth:.2f}x", verdict)


# ---------------------------------------------------------------- matcher, triage, cold start


def queries() -> list[str]:
    """Questions from the topic dev set plus the scripts' questions."""
    lines = EVAL.read_text(encoding="utf-8").splitlines() if EVAL.exists() else []
    return [json.loads(line)["text"] for line in lines if line.strip()] + list(QUESTIONS)


def per_call(
    fn: object,
    items: Sequence[str],
    rounds: int = 5,
    clock: Callable[[], float] = time.perf_counter,
) -> list[float]:
    """Time one call of `fn` per item, `rounds` times over (wall clock unless told otherwise)."""
    samples = []
    for _ in range(rounds):
        for item in items:
            start = clock()
            fn(item)  # type: ignore[operator]
            samples.append(clock() - start)
    return samples


def matcher_run(table: Table, engine: Engine, kb: Knowledge) -> None:
    """Matcher, triage and the pure engine, per message over the full knowledge base."""
    texts = queries()
    settings = engine.ctx.matching
    state = engine.handle(Session(started=True), Command("menu")).next_state
    from flows import Text

    rules_alone = kb.lexicon.with_net(None)  # what the example net adds is the difference
    parts = {
        "matcher": lambda t: match(t, kb.index, settings),
        "triage": lambda t: triage(t, kb.lexicon),
        "triage, rules alone (no net)": lambda t: triage(t, rules_alone),
        "engine.handle (no storage)": lambda t: engine.handle(state, Text(t)),
    }
    for name, fn in parts.items():
        samples = per_call(fn, texts)
        cpu = per_call(fn, texts, clock=time.thread_time)  # what the call itself costs
        table.add(
            "matcher",
            name,
            f"p50 {ms(percentile(samples, 50))}, p99 {ms(percentile(samples, 99))}",
            f"{len(texts)} questions x 5; CPU time p50 {ms(percentile(cpu, 50))}, "
            f"p99 {ms(percentile(cpu, 99))}",
        )
    reach_run(table, engine, kb)
    table.add(
        "matcher",
        "knowledge index",
        f"{len(kb.index.example_topics):,} examples",
        f"{len(kb.topics)} topics, {len(kb.catalogs)} languages",
    )


def reach_run(table: Table, engine: Engine, kb: Knowledge) -> None:
    """Reach, confidently wrong and top-1 accuracy of the matcher on the topic sets present."""
    for name, path in REACH_SETS:
        if not path.exists():
            continue
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
        reached = wrong = right = 0
        for row in rows:
            found = match(row["text"][:4000], kb.index, engine.ctx.matching)
            want, got = row["topic"], found.answer
            right += got == want
            if got == want or (want is not None and got is None and want in found.suggestions):
                reached += 1
            elif got is not None and want not in found.suggestions:
                wrong += 1
        n = len(rows)
        table.add(
            "matcher",
            f"reach, {name} ({n})",
            f"reached {reached / n:.3f}, confidently wrong {wrong / n:.3f}",
            f"top-1 accuracy {right / n:.3f}",
        )


COLD = (
    "import sys, time\n"
    "from pathlib import Path\n"
    "from bot.app import build_engine\nfrom bot.config import Settings\n"
    "from knowledge import load_knowledge\n"
    "t1 = time.perf_counter(); s = Settings()\n"
    "cache = Path(sys.argv[1]) if len(sys.argv) > 1 else None\n"
    "e = build_engine(s, load_knowledge(Path(s.knowledge.path), cache=cache))\n"
    "print(time.perf_counter() - t1)\n"
)


def _best_start(*args: str) -> tuple[float, float]:
    """Best of 3 new processes: (total, load_knowledge + build engine) in seconds."""
    runs = []
    for _ in range(3):
        start = time.perf_counter()
        out = subprocess.run(
            [sys.executable, "-c", COLD, *args], capture_output=True, text=True, check=True
        )
        total = time.perf_counter() - start
        runs.append((total, float(out.stdout)))
    return min(runs)


def cold_start(table: Table) -> None:
    """A new process: interpreter, imports, load_knowledge and the engine.

    First with nothing cached (a first start, or the cache switched off), then with the
    learned net and the rules' compiled programs in a cache directory filled by the process
    before (`knowledge.cache`, `knowledge.programs`), as every later `gyeot` process on the
    machine starts.
    """
    total, load = _best_start()
    table.add("cold start", "new process to engine ready", ms(total), "best of 3, nothing cached")
    table.add(
        "cold start", "load_knowledge + build engine", ms(load), "best of 3, in that process"
    )
    with tempfile.TemporaryDirectory() as cache:
        _best_start(cache)  # fills the cache
        warm, warm_load = _best_start(cache)
    table.add(
        "cold start",
        "new process, net and rules cached",
        ms(warm),
        f"{warm / total:.2f}x of nothing cached; load + build {ms(warm_load)}",
    )


async def run_all(table: Table, *, users: int, concurrency: int, scale_users: int) -> None:
    """Every engine-side benchmark, in order."""
    kb = load_knowledge()
    engine = build_engine(Settings(), kb)
    cold_start(table)
    matcher_run(table, engine, kb)
    await engine_run(table, engine, users, concurrency)
    await scaling_run(table, engine, scale_users)


def main(argv: Sequence[str] | None = None) -> None:
    """Run the engine benchmarks alone and print the table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--users", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=50)
    parser.add_argument("--scale-users", type=int, default=100)
    args = parser.parse_args(argv)
    table = Table()
    asyncio.run(
        run_all(
            table, users=args.users, concurrency=args.concurrency, scale_users=args.scale_users
        )
    )
    print(table.render())


if __name__ == "__main__":
    main()

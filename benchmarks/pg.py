"""`python -m benchmarks.pg`: web chat end to end on PostgreSQL vs SQLite, and two processes.

Three runs of the same load (`benchmarks.web`'s tabs: real WebSocket clients playing realistic
scripts, each waiting for every answer before its next step, transcripts checked against the
real engine), alternating for `--rounds` rounds, best of each kept:

- `sqlite`: one `gyeot run`, SQLite in a temp directory (the embedded default);
- `pg-1`: one `gyeot run` on PostgreSQL (`--url`, default GYEOT_TEST_DATABASE_URL, else
  postgresql://postgres@127.0.0.1:5432/test; a fresh schema per run, dropped afterwards);
- `pg-2`: two `gyeot run` processes on that one database, the tabs split between them (as a
  reverse proxy would), inbox and outbox rows shared through claims.

Printed per run: her messages per second, message -> first reply, CPU per message of the gyeot
process(es), the whole machine's busy CPU during the load (gyeot, PostgreSQL and the tabs), and
stuck / wrong / duplicate counts (must be 0). The last lines are
``pg ratio pg-1/sqlite: X.XX`` and ``pg ratio pg-2/pg-1: X.XX`` (saturated messages/s).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import secrets
import shlex
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import Table, machine, ms, percentile
from benchmarks.procs import cpu_seconds
from benchmarks.scripts import script_for
from benchmarks.web import Result, Server, Tab, WebShadow, _load, _rows, _tabs
from storage.pg import create_schema, drop_schema

DEFAULT_URL = "postgresql://postgres@127.0.0.1:5432/test"


def machine_busy() -> tuple[float, float]:
    """(busy, total) CPU seconds of the whole machine so far, from /proc/stat."""
    fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    idle = fields[3] + fields[4]  # idle + iowait
    tick = os.sysconf("SC_CLK_TCK")
    return (sum(fields) - idle) / tick, sum(fields) / tick


def postgres_cpu() -> float:
    """CPU seconds used so far by the live PostgreSQL processes of this machine (all clients)."""
    total = 0.0
    for proc in Path("/proc").iterdir():
        if proc.name.isdigit():
            try:
                if (proc / "comm").read_text().strip() == "postgres":
                    total += cpu_seconds(int(proc.name))
            except OSError:
                continue
    return total


def pg_server(root: Path, url: str) -> Server:
    """`gyeot run`, web chat only, on PostgreSQL at `url`."""
    server = Server("gyeot", root)
    text = server.config.read_text(encoding="utf-8")
    server.config.write_text(
        text.replace("[storage]\n", f'[storage]\nurl = "{url}"\n', 1), encoding="utf-8"
    )
    return server


async def measure(name: str, servers: list[Server], users: int) -> tuple[Result, float, float]:
    """Start `servers`, warm them, run `users` tabs; the result, machine busy, PostgreSQL CPU."""
    shadow = WebShadow(servers[0].config)
    ready = max(server.start() for server in servers)
    try:
        for n, server in enumerate(servers):
            warm = [Tab(uid, script_for(uid)[:3], False) for uid in range(1 + 5 * n, 6 + 5 * n)]
            await _load(server.base, warm, shadow, None)
        tabs = _tabs(users, echo=False)
        shares = [tabs[n :: len(servers)] for n in range(len(servers))]
        cpu_before = sum(cpu_seconds(s.pid) for s in servers)
        busy_before, total_before = machine_busy()
        pg_before = postgres_cpu()
        started = time.perf_counter()
        await asyncio.gather(
            *(_load(s.base, share, shadow, None) for s, share in zip(servers, shares, strict=True))
        )
        wall = time.perf_counter() - started
        busy, total = machine_busy()
        pg_cpu = postgres_cpu() - pg_before
        cpu = sum(cpu_seconds(s.pid) for s in servers) - cpu_before
    finally:
        codes = [server.stop() for server in servers]
    if any(codes):
        raise RuntimeError(f"{name}: gyeot exited {codes} after SIGTERM")
    result = Result(
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
    )
    return result, (busy - busy_before) / max(total - total_before, 1e-9), pg_cpu


async def one_round(root: Path, url: str, users: int) -> dict[str, tuple[Result, float, float]]:
    """sqlite, pg-1 and pg-2 once each (fresh database each)."""
    results = {"sqlite": await measure("sqlite", [Server("gyeot", root / "sqlite")], users)}
    _progress(*results["sqlite"])
    for name, count in (("pg-1", 1), ("pg-2", 2)):
        schema = f"bench_{secrets.token_hex(4)}"
        await create_schema(url, schema)
        scoped = f"{url}{'&' if '?' in url else '?'}search_path={schema}"
        try:
            servers = [pg_server(root / f"{name}-{n}", scoped) for n in range(count)]
            results[name] = await measure(name, servers, users)
        finally:
            await drop_schema(url, schema)
        _progress(*results[name])
    return results


def _progress(r: Result, busy: float, pg_cpu: float) -> None:
    print(
        f"  {r.name}: {r.rate:,.0f} msgs/s, first reply p50 {ms(percentile(r.first, 50))}, "
        f"gyeot cpu {ms(r.cpu_per_message)}/msg, postgres cpu {ms(pg_cpu / max(r.steps, 1))}"
        f"/msg, machine busy {busy:.0%}, "
        f"stuck {r.stuck}, wrong {r.wrong}, duplicates {r.duplicates}",
        flush=True,
    )


async def run_all(table: Table, *, url: str, users: int, rounds: int) -> tuple[float, float]:
    """`rounds` rounds; the best of each run goes into `table`; return the two ratios."""
    root = Path(tempfile.mkdtemp(prefix="gyeot-pg-bench-"))
    runs: dict[str, list[tuple[Result, float, float]]] = {"sqlite": [], "pg-1": [], "pg-2": []}
    for n in range(rounds):
        for name, found in (await one_round(root / f"round-{n}", url, users)).items():
            runs[name].append(found)
    best = {name: max(found, key=lambda f: f[0].rate) for name, found in runs.items()}
    for result, busy, pg_cpu in best.values():
        _rows(table, result)
        table.add(
            f"web {result.name}",
            "PostgreSQL CPU per message",
            ms(pg_cpu / max(result.steps, 1)),
            "every postgres process on the machine (other clients included)",
        )
        table.add(f"web {result.name}", "machine busy", f"{busy:.0%}", "all cores, all processes")
    lite, one, two = (best[name][0].rate for name in ("sqlite", "pg-1", "pg-2"))
    return (one / lite if lite else 0.0), (two / one if one else 0.0)


def main() -> None:
    """Parse options, run, print the table and the ratio lines."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.pg", description=__doc__)
    parser.add_argument("--users", type=int, default=100, help="simulated browser tabs")
    parser.add_argument("--rounds", type=int, default=2, help="rounds (best of each kept)")
    parser.add_argument("--url", default=os.environ.get("GYEOT_TEST_DATABASE_URL", DEFAULT_URL))
    args = parser.parse_args()
    print(f"gyeot PostgreSQL benchmark, {machine()}, {os.cpu_count()} cores", flush=True)
    print(f"command: python -m benchmarks.pg {shlex.join(sys.argv[1:])}".rstrip(), flush=True)
    table = Table()
    pg_lite, two_one = asyncio.run(
        run_all(table, url=args.url, users=args.users, rounds=args.rounds)
    )
    print()
    print(table.render())
    print(f"pg ratio pg-1/sqlite: {pg_lite:.2f}")
    print(f"pg ratio pg-2/pg-1: {two_one:.2f}")


if __name__ == "__main__":
    main()

"""`make bench`: engine, matcher, scaling and end-to-end benchmarks, printed as one table.

The last line is always ``end-to-end ratio gyeot/echo: X.XX`` so it can be tracked over time.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import shlex
import sys

from benchmarks import e2e, engine
from benchmarks.common import Table, machine


async def run(args: argparse.Namespace, table: Table) -> float:
    """Every benchmark in one event loop; return the end-to-end ratio."""
    await engine.run_all(
        table, users=args.users, concurrency=args.concurrency, scale_users=args.scale_users
    )
    return await e2e.run_all(table, users=args.e2e_users, rounds=args.rounds)


def main() -> None:
    """Parse options, run, print the table and the ratio line."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--users", type=int, default=2000, help="engine benchmark users")
    parser.add_argument("--concurrency", type=int, default=50, help="engine users in flight")
    parser.add_argument("--scale-users", type=int, default=100, help="users per scaling point")
    parser.add_argument("--e2e-users", type=int, default=200, help="end-to-end users")
    parser.add_argument("--rounds", type=int, default=2, help="end-to-end rounds (best kept)")
    args = parser.parse_args()
    started = dt.datetime.now(dt.UTC)
    print(f"gyeot benchmarks, {started:%Y-%m-%d %H:%M} UTC, {machine()}", flush=True)
    print(f"command: python -m benchmarks {shlex.join(sys.argv[1:])}".rstrip(), flush=True)
    table = Table()
    ratio = asyncio.run(run(args, table))
    print()
    print(table.render())
    print(f"end-to-end ratio gyeot/echo: {ratio:.2f}")


if __name__ == "__main__":
    main()

"""Commit on one process, frame on a web tab open on another: how long it takes (issue 13).

Two `run_service` instances on one fresh PostgreSQL schema (the harness of
`tests/pg/test_notify.py`), her tab open on A, a counselor's line committed through B's store,
at a random moment each round so the tab's poll phase is sampled fairly.
`--without-notify` drops the NOTIFY trigger in that schema first: the tab finds the row only
at its poll, as before LISTEN/NOTIFY.

    .venv/bin/python -m benchmarks.notify_latency [--rounds 50] [--poll 1.0] [--without-notify]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import secrets
import statistics
import tempfile
from pathlib import Path

import asyncpg  # noqa: TID251 - the benchmark drops the trigger as an outsider would

from storage.pg import create_schema, drop_schema
from tests.bot.pg_kit import PG_URL, with_schema
from tests.pg.test_notify import SECRET, Process, delivery, listeners, new_token, web_tab


async def measure(rounds: int, poll: float, *, notify: bool) -> list[float]:
    """Seconds from commit to frame, one per round."""
    schema = f"bench_{secrets.token_hex(6)}"
    await create_schema(PG_URL, schema)
    url = with_schema(PG_URL, schema)
    os.environ["GYEOT_SECRET_KEY"] = SECRET
    try:
        with tempfile.TemporaryDirectory() as tmp:
            a = await Process(url, Path(tmp) / "a", poll=poll).start()
            b = await Process(url, Path(tmp) / "b", poll=poll).start()
            try:
                while len(await listeners(url)) < 2:
                    await asyncio.sleep(0.05)
                if not notify:
                    conn = await asyncpg.connect(url)
                    await conn.execute("DROP TRIGGER outbox_wake ON outbox")
                    await conn.close()
                return await _rounds(a, b, rounds, poll)
            finally:
                await b.close()
                await a.close()
    finally:
        await drop_schema(PG_URL, schema)


async def _rounds(a: Process, b: Process, rounds: int, poll: float) -> list[float]:
    token = new_token()
    took = []
    async with web_tab(a, token) as her:
        for n in range(rounds):
            await asyncio.sleep(random.uniform(0, poll))
            took.append(await delivery(her, lambda t: b.counselor_says(token, t), f"r{n}"))
    return took


def main() -> None:
    """Parse the options, measure, print one line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=50)
    parser.add_argument("--poll", type=float, default=1.0, help="the tabs' poll interval, s")
    parser.add_argument("--without-notify", action="store_true")
    args = parser.parse_args()
    took = sorted(asyncio.run(measure(args.rounds, args.poll, notify=not args.without_notify)))
    p90 = took[int(len(took) * 0.9) - 1]
    mode = "poll only" if args.without_notify else "NOTIFY + poll"
    print(
        f"{mode}, poll {args.poll:g} s, {len(took)} rounds: commit on B -> frame on A"
        f" median {statistics.median(took) * 1000:.1f} ms, p90 {p90 * 1000:.1f} ms,"
        f" max {took[-1] * 1000:.1f} ms"
    )


if __name__ == "__main__":
    main()

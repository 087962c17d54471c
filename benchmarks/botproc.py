"""Run the gyeot Telegram bot like `gyeot run`, optionally with pacing off (benchmarks only).

``python -m benchmarks.botproc --config PATH [--pacing off]``: the same code path as
`gyeot --config PATH run` (open_runtime, then run_service until SIGTERM), except that with
``--pacing off`` the outbox sender's flood-limit buckets are effectively infinite, so the
benchmark measures gyeot rather than Telegram's limits.
"""

from __future__ import annotations

import argparse
import asyncio
import os
from pathlib import Path

from bot.app import open_runtime
from bot.cli import configure_logging
from bot.config import load_settings
from bot.serve import run_service
from bot.tg.pacing import Limits

UNLIMITED = Limits(1e9, 1e9, 1e9, 1e9, 1e9, 1e9)


async def serve(config: Path, *, pacing: bool) -> None:
    """Open the runtime and run the bot until SIGTERM/SIGINT."""
    settings = load_settings(config)
    configure_logging(settings)
    token = os.environ["GYEOT_TELEGRAM_TOKEN"]
    async with open_runtime(settings) as rt:
        await run_service(rt, token=token, pace=None if pacing else UNLIMITED)


def main() -> None:
    """Parse arguments and serve."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--config", type=Path, required=True)
    parser.add_argument("--pacing", choices=("on", "off"), default="on")
    args = parser.parse_args()
    profile = os.environ.get("BENCH_PROFILE")  # a path: write cProfile stats there on exit
    if not profile:
        asyncio.run(serve(args.config, pacing=args.pacing == "on"))
        return
    import cProfile

    with cProfile.Profile() as profiler:
        asyncio.run(serve(args.config, pacing=args.pacing == "on"))
    profiler.dump_stats(profile)


if __name__ == "__main__":
    main()

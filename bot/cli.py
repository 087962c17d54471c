"""The `gyeot` command: chat, run, classify, knowledge, privacy, purge, keys, reports."""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import logging
import sys
from collections.abc import Callable, Coroutine, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from bot import logsafe, privacy, storage_cli
from bot.app import (
    build_engine,
    keyring_for,
    load_configured_knowledge,
    open_runtime,
    open_store,
)
from bot.config import ConfigError, Settings, load_settings, telegram_token
from bot.reports import report_text
from bot.staff_console import her_terminal, run_console
from bot.terminal import interactive_lines
from flows import FlowError, alarm
from flows.redact import redact
from knowledge import Knowledge, KnowledgeError, MatchSettings, match
from knowledge.check import check, held_out_misses, relative
from storage import Keyring

if TYPE_CHECKING:
    from bot.serve import Service

logger = logging.getLogger(__name__)
LOCAL_USER = "local"


def configure_logging(settings: Settings) -> None:
    """Log to stderr through the safe filter; cap httpx, telegram and aiosqlite (they leak)."""
    logging.basicConfig(
        level=settings.logging.level,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    logsafe.install()


# ------------------------------------------------------------------ commands


async def cmd_chat(settings: Settings, args: argparse.Namespace) -> int:
    """Talk to the bot in the terminal (scripted when stdin is not a TTY)."""
    if "level" not in settings.logging.model_fields_set:  # an explicit [logging] level wins
        root = logging.getLogger()
        root.setLevel(max(root.level, logging.WARNING))  # the chat screen is hers, not the log's
    async with open_runtime(settings, memory=args.memory) as rt:
        user_key = rt.keyring.user_key("terminal", args.user)
        async with her_terminal(rt, user_key) as chat:  # relays to `gyeot staff` counselors
            if sys.stdin.isatty():
                await chat.run(interactive_lines(), echo=False)
            else:
                await chat.run(sys.stdin, echo=args.echo)
    return 0


async def cmd_run(settings: Settings, args: argparse.Namespace) -> int:
    """Run every enabled channel: the web chat, and Telegram when a token is set."""
    from bot.serve import check_startup, run_service

    token = telegram_token()
    check_startup(settings, token)  # before any file, socket or platform call

    def ready(service: Service) -> None:
        if service.web is not None:
            print(f"곁 web chat: {service.http.url}", flush=True)
        if service.kakao is not None:
            skill = service.http.url.rstrip("/") + settings.kakao.path
            print(f"KakaoTalk skill: {skill} (behind your TLS proxy)", flush=True)
        if service.telegram is not None:
            print("Telegram bot running.", flush=True)

    async with open_runtime(settings) as rt:
        await run_service(rt, token=token, on_ready=ready)
    return 0


def classify_row(text: str, kb: Knowledge, settings: MatchSettings) -> dict[str, object]:
    """One `gyeot classify` row: what the bot answers outright, what it offers, the risk.

    The risk is an alarm the bot raises: a check-in (`TriageHit.check_in`) raises none.
    """
    hit = alarm(text, kb.lexicon)
    found = match(text[:4000], kb.index, settings)
    best = found.best
    return {
        "text": text,
        "topic": found.answer,
        "score": round(best.score) if best else 0,
        "risk": hit.risk.value if hit else "none",
        "suggestions": list(found.suggestions),
    }


async def cmd_classify(settings: Settings, _args: argparse.Namespace) -> int:
    """One JSON line per input line: topic, score, risk, suggestions (DESIGN.md contract)."""
    kb = load_configured_knowledge(settings)
    matching = build_engine(settings, kb).ctx.matching  # decides exactly as the bot does
    for line in sys.stdin:
        row = classify_row(line.rstrip("\n"), kb, matching)
        print(json.dumps(row, ensure_ascii=False), flush=True)
    return 0


async def cmd_knowledge_check(settings: Settings, _args: argparse.Namespace) -> int:
    """Validate every knowledge file; exit 1 on any error, warn on stale reviews."""
    root = Path(settings.knowledge.path)
    kb = load_configured_knowledge(settings)
    problems = check(kb, today=dt.datetime.now(dt.UTC).date())
    for problem in problems:
        print(f"{problem.level.upper()} {relative(problem.file, root)}: {problem.message}")
    errors = sum(p.level == "error" for p in problems)
    warnings = len(problems) - errors
    print(f"knowledge check: {len(kb.topics)} topics, {errors} errors, {warnings} warnings")
    return 1 if errors else 0


async def cmd_knowledge_test(settings: Settings, _args: argparse.Namespace) -> int:
    """Show which example questions the matcher sends to another topic (10-fold held out)."""
    kb = load_configured_knowledge(settings)
    matching = build_engine(settings, kb).ctx.matching
    total, misses = held_out_misses(kb, matching)
    for miss in misses:
        print(f"{miss.topic:<20} → {miss.got or '(none)':<20} {miss.example}")
    accuracy = 1 - len(misses) / max(1, total)
    print(
        f"knowledge test: {total - len(misses)}/{total} examples held out land on their topic "
        f"({accuracy:.3f})"
    )
    return 0


async def cmd_report_unanswered(settings: Settings, args: argparse.Namespace) -> int:
    """List the most frequent redacted questions that found no topic."""
    async with open_store(settings, keyring_for(settings)) as store:
        rows = await store.unanswered(limit=args.limit)
    for text, count in rows:  # redacted again: rows stored by an older version may hold more
        print(f"{count:>5}  {redact(text)}")
    print(f"report unanswered: {len(rows)} distinct questions")
    return 0


async def cmd_purge(settings: Settings, _args: argparse.Namespace) -> int:
    """Delete everything past its retention period now (the bot also does this daily)."""
    async with open_store(settings, keyring_for(settings)) as store:
        counts = await store.purge(now=dt.datetime.now(dt.UTC))
    print("purge: " + ", ".join(f"{k}={v}" for k, v in sorted(counts.items())))
    return 0


async def cmd_privacy_show(settings: Settings, _args: argparse.Namespace) -> int:
    """Print what is stored, where, in what form and for how long, from the live config."""
    print("gyeot keeps this (from the configuration in use):\n")
    print(privacy.render_markdown(settings))
    print(f"\ndatabase: {storage_cli.describe_database(settings)}")
    print("keys: " + "; ".join(privacy.key_status()))
    return 0


async def cmd_keys_rotate(settings: Settings, _args: argparse.Namespace) -> int:
    """Re-encrypt every encrypted value under GYEOT_SECRET_KEY (old key: ..._PREVIOUS)."""
    keyring = keyring_for(settings)
    async with open_store(settings, keyring) as store:
        counts = await store.rotate_keys()
    print("keys rotate: " + ", ".join(f"{k}={v}" for k, v in counts.items()))
    print(
        f"every encrypted value now uses key id {keyring.version}. Remove "
        f"{privacy.PREVIOUS_KEY_ENV}; keep {privacy.PSEUDONYM_KEY_ENV} as it is."
    )
    return 0


async def cmd_keys_new(_settings: Settings, _args: argparse.Namespace) -> int:
    """Print a fresh random secret for GYEOT_SECRET_KEY or GYEOT_PSEUDONYM_KEY."""
    print(Keyring.generate_secret())
    return 0


async def cmd_staff(settings: Settings, args: argparse.Namespace) -> int:
    """The counselors' console on the same database as `gyeot chat` (alerts, claim, relay)."""
    if "level" not in settings.logging.model_fields_set:  # the console is the counselor's screen
        root = logging.getLogger()
        root.setLevel(max(root.level, logging.WARNING))
    async with open_runtime(settings) as rt:
        return await run_console(rt, args.counselor, echo=args.echo)


async def cmd_report_cases(settings: Settings, args: argparse.Namespace) -> int:
    """Counts of cases by day, urgency and outcome, and time-to-claim percentiles."""
    since = dt.datetime.now(dt.UTC) - dt.timedelta(days=args.days)
    offset = dt.timedelta(hours=settings.staff.duty_utc_offset)
    async with open_store(settings, keyring_for(settings)) as store:
        cases = await store.cases_since(since)
    print(report_text(cases, days=args.days, utc_offset=offset))
    return 0


async def cmd_storage_migrate(settings: Settings, _args: argparse.Namespace) -> int:
    """Bring the configured database (SQLite or PostgreSQL) to this version; idempotent."""
    print(await storage_cli.migrate(settings))
    return 0


async def cmd_storage_copy(settings: Settings, args: argparse.Namespace) -> int:
    """Copy every table of a SQLite file into an empty PostgreSQL database."""
    for line in await storage_cli.copy(settings, args):
        print(line)
    return 0


# ------------------------------------------------------------------ parser


def build_parser() -> argparse.ArgumentParser:
    """Build the argument parser with one sub-command per task."""
    parser = argparse.ArgumentParser(prog="gyeot", description="곁 (gyeot) crisis-pregnancy bot")
    parser.add_argument(
        "--config", type=Path, help="config TOML (else $GYEOT_CONFIG, else defaults)"
    )
    sub = parser.add_subparsers(dest="command", required=True)
    for name in ("chat", "run"):
        p = sub.add_parser(name, help="terminal chat" if name == "chat" else "run the bot")
        p.add_argument("--user", default=LOCAL_USER, help="local user name (separate sessions)")
        p.add_argument("--memory", action="store_true", help="keep nothing on disk")
        p.add_argument("--echo", action="store_true", help="scripted mode: echo input lines")
    sub.add_parser("classify", help="classify stdin lines as JSON (topic, score, risk)")
    knowledge = sub.add_parser("knowledge", help="check or test the knowledge files")
    ksub = knowledge.add_subparsers(dest="action", required=True)
    ksub.add_parser("check", help="validate every knowledge file")
    ksub.add_parser("test", help="match example questions held out of the index")
    report = sub.add_parser("report", help="reports for the center (no content, no ids)")
    rsub = report.add_subparsers(dest="report", required=True)
    unanswered = rsub.add_parser("unanswered", help="frequent questions with no answer")
    unanswered.add_argument("--limit", type=int, default=30)
    cases = rsub.add_parser("cases", help="cases by day, urgency, outcome; time to claim")
    cases.add_argument("--days", type=int, default=30, help="cases opened in the last N days")
    staff = sub.add_parser("staff", help="counselors' terminal console (alerts, claim, relay)")
    staff.add_argument("--counselor", type=int, help="act as this id from [staff] counselors")
    staff.add_argument("--echo", action="store_true", help="scripted mode: echo input lines")
    sub.add_parser("purge", help="delete data past retention now")
    privacy_cmd = sub.add_parser("privacy", help="what is stored, where, for how long")
    privacy_cmd.add_subparsers(dest="action", required=True).add_parser(
        "show", help="print the data table from the live config"
    )
    keys = sub.add_parser("keys", help="secret keys: rotate, new")
    keys_sub = keys.add_subparsers(dest="action", required=True)
    keys_sub.add_parser("rotate", help="re-encrypt under GYEOT_SECRET_KEY (old: _PREVIOUS)")
    keys_sub.add_parser("new", help="print a fresh random secret")
    storage_cli.add_parser(sub)
    return parser


Handler = Callable[[Settings, argparse.Namespace], Coroutine[None, None, int]]


def _handler(args: argparse.Namespace) -> Handler:
    table: dict[str, Handler] = {
        "chat": cmd_chat,
        "run": cmd_run,
        "classify": cmd_classify,
        "knowledge:check": cmd_knowledge_check,
        "knowledge:test": cmd_knowledge_test,
        "report:unanswered": cmd_report_unanswered,
        "report:cases": cmd_report_cases,
        "staff": cmd_staff,
        "purge": cmd_purge,
        "privacy:show": cmd_privacy_show,
        "keys:rotate": cmd_keys_rotate,
        "keys:new": cmd_keys_new,
        "storage:migrate": cmd_storage_migrate,
        "storage:copy": cmd_storage_copy,
    }
    detail = getattr(args, "action", None) or getattr(args, "report", None)
    return table[f"{args.command}:{detail}" if detail else args.command]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; errors print one clear line and exit 1 or 2."""
    args = build_parser().parse_args(argv)
    try:
        settings = load_settings(args.config)
        configure_logging(settings)
        return asyncio.run(_handler(args)(settings, args))
    except (ConfigError, KnowledgeError, FlowError) as exc:
        print(f"gyeot: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130

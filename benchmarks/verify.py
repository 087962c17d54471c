"""Check a load run afterwards: every message answered exactly once and in order, cases right.

A user's received texts are compared with what the shadow says a clean run sends. Any
difference is classified: a reply never received is *lost*; a reply received twice in a row is
a *duplicate* (and "in a kill window" when its first copy was accepted around a `kill -9`,
before the sender could record it as sent: at-least-once delivery); anything
else is *wrong* (out of order or unexpected).
"""

from __future__ import annotations

import difflib
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from benchmarks.common import SECRET
from benchmarks.users import SimUser
from storage import Database, Keyring

# A kill re-sends a message Telegram accepted if the sender had not yet recorded it as sent:
# accepted up to BEFORE seconds before the kill (the sent mark waits its turn for the database),
# or up to AFTER seconds after it (the request was in flight; the API answered a dead client).
BEFORE, AFTER = 3.0, 2.0


@dataclass
class Verdict:
    """What the transcripts and the database say."""

    users: int = 0
    steps: int = 0
    replies: int = 0
    exact: int = 0
    lost: int = 0
    duplicates: int = 0
    duplicates_in_kill_window: int = 0
    kill_lags: list[float] = field(default_factory=list)  # kill time minus first copy's time
    wrong: int = 0
    stuck: int = 0
    case_mismatches: int = 0
    open_cases: int = 0
    inbox_left: int = 0
    outbox_left: int = 0
    outbox_failed: int = 0
    examples: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when nothing was lost, reordered, stuck or wrongly duplicated."""
        unexplained = self.duplicates - self.duplicates_in_kill_window
        return not (
            self.lost
            or self.wrong
            or self.stuck
            or unexplained
            or self.case_mismatches
            or self.inbox_left
            or self.outbox_left
            or self.outbox_failed
        )


def compare(user: SimUser, kills: Sequence[float], verdict: Verdict) -> None:
    """Classify the differences between one user's expected and received texts."""
    got = [text for _, text in user.received]
    verdict.users += 1
    verdict.steps += user.sent_steps
    verdict.replies += len(got)
    verdict.stuck += int(user.stuck)
    if got == user.expected:
        verdict.exact += 1
        return
    matcher = difflib.SequenceMatcher(a=user.expected, b=got, autojunk=False)
    for op, a0, a1, b0, b1 in matcher.get_opcodes():
        if op in ("delete", "replace"):
            verdict.lost += a1 - a0
        if op in ("insert", "replace"):
            _extra(user, b0, b1, kills, verdict)
    if len(verdict.examples) < 5:
        verdict.examples.append(f"user {user.uid}: expected {len(user.expected)}, got {len(got)}")


def _extra(user: SimUser, b0: int, b1: int, kills: Sequence[float], verdict: Verdict) -> None:
    received = user.received
    for i in range(b0, b1):
        text = received[i][1]
        twins = [j for j in (i - 1, i + 1) if 0 <= j < len(received) and received[j][1] == text]
        if not twins:
            verdict.wrong += 1
            continue
        verdict.duplicates += 1
        first = min(received[i][0], *(received[j][0] for j in twins))
        lags = [kill - first for kill in kills if -AFTER <= kill - first <= BEFORE]
        if lags:
            verdict.duplicates_in_kill_window += 1
            verdict.kill_lags.append(min(lags, key=abs))
        else:
            nearest = min((kill - first for kill in kills), key=abs, default=float("nan"))
            verdict.examples.append(
                f"user {user.uid}: duplicate outside a kill window: copies at "
                f"{_wall(first)} and {_wall(received[i][0])}, nearest kill {nearest:+.2f} s "
                f"after the first: {text[:40]!r}"
            )


def _wall(perf: float) -> str:
    """A perf_counter time as wall-clock time, to find it in the bot's log."""
    at = time.time() - (time.perf_counter() - perf)
    return time.strftime("%H:%M:%S", time.localtime(at)) + f"{at % 1:.3f}"[1:]


async def check_database(path: Path, users: Iterable[SimUser], verdict: Verdict) -> None:
    """Cases match what each user did; the inbox and outbox are empty; nothing failed."""
    db = await Database.open(path)
    try:
        await check_rows(db, users, verdict)
    finally:
        await db.close()


class Rows(Protocol):
    """Reads on an open database (`storage.db.Database`, `storage.pg` `PgDatabase`)."""

    async def fetchall(self, sql: str, params: Any = ()) -> list[tuple[Any, ...]]:
        """Every row of a query."""
        ...

    async def fetchone(self, sql: str, params: Any = ()) -> tuple[Any, ...] | None:
        """The first row of a query."""
        ...


async def check_rows(db: Rows, users: Iterable[SimUser], verdict: Verdict) -> None:
    """The checks of `check_database` on an open SQLite or PostgreSQL database."""
    keyring = Keyring(SECRET)
    for user in users:
        key = keyring.user_key("telegram", user.uid)
        rows = await db.fetchall(
            "SELECT urgency FROM cases WHERE user_key = ? AND status != 'closed'", (key,)
        )
        expected_open = bool(user.state and user.state.case_open)
        verdict.open_cases += len(rows)
        if len(rows) != int(expected_open):
            verdict.case_mismatches += 1
    verdict.inbox_left = await _count(db, "SELECT count(*) FROM inbox WHERE done = 0")
    verdict.outbox_left = await _count(db, "SELECT count(*) FROM outbox WHERE status = 'pending'")
    verdict.outbox_failed = await _count(db, "SELECT count(*) FROM outbox WHERE status = 'failed'")


async def _count(db: Rows, sql: str) -> int:
    row = await db.fetchone(sql)
    return int(row[0]) if row else 0

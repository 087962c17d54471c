"""Check a load run afterwards: every message answered exactly once and in order, cases right.

Push channels (Telegram, the web chat): a user's received texts are compared with what the
shadow says a clean run sends. Any difference is classified: a reply never received is *lost*;
a reply received twice in a row is a *duplicate* (and "in a kill window" when its first copy
was accepted around a `kill -9`, before the sender could record it as sent: at-least-once
delivery); anything else is *wrong* (out of order or unexpected). A web tab drops frames whose
seq it already showed, as the page does; what it shows is compared.

KakaoTalk is a pull channel (`compare_pull`): every answer is the body of one of her requests,
rows that were not ready wait for her next request, and the channel puts crisis help first in
the answer it is in. So for her the unit is the outbox row, matched in each answer
(`benchmarks.kakaotalk`): a row of her steps never shown by the end (after she tapped
"답장 확인" until nothing waited) is *lost*; a row shown in two answers is a *duplicate* (in a
kill window when its first answer was given around a kill, before the sent mark); a piece
of an answer that is no row of hers, no staff notice and none of the channel's own texts, or
a row shown before an earlier row of the same kind (crisis help, or the rest) is *wrong*. The
channel's "waiting" text, a failed request and a check are not losses when the rows arrive on
a later request: that is the channel's promise, and they are counted apart. A request that
failed after it was sent and could not be retried inside Kakao's 10 s window may never have
reached a process: if its rows never come they are *unsure*, not lost.

Staff (`check_staff`): every case has exactly one alert card in the staff group (a message
may carry several cards; a second card is a duplicate, allowed only in a kill window: posted,
then killed before it was recorded); every ladder step that came due fired once across all
processes (no ladder timer left due at the stop; re-alerts not more often than the time
allows; the fallback once, and she was told once); re-alert cards mention a case no more
often than its re-alert steps and risk raises asked for; every open case keeps a route to her.
"""

from __future__ import annotations

import difflib
import itertools
import re
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from benchmarks.common import SECRET
from benchmarks.kakaotalk import KakaoUser
from flows import Session
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
    unsure: int = 0  # Kakao rows of a request that may never have reached a process
    notices: int = 0  # staff notices she received (the ladder's fallback)
    notice_mismatches: int = 0  # users told the fallback a number of times other than once
    examples: list[str] = field(default_factory=list)
    channels: dict[str, Verdict] = field(default_factory=dict)
    staff: Staff | None = None

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
            or self.notice_mismatches
            or (self.staff is not None and not self.staff.ok)
        )

    def of(self, channel: str) -> Verdict:
        """The tally of one channel's users (kept beside the totals)."""
        return self.channels.setdefault(channel, Verdict())


class Person(Protocol):
    """What every simulated user keeps for the checks (`benchmarks.users`, `.tabs`)."""

    uid: int
    channel: str
    expected: list[str]
    sent_steps: int
    stuck: bool
    notices: list[tuple[float, str]]
    risks: list[str]
    state: Session | None

    @property
    def received(self) -> list[tuple[float, str]]:
        """(when, text) of every message she was shown, in order."""
        ...

    @property
    def key_id(self) -> int | str:
        """What her user key is derived from (with `channel`)."""
        ...


def check_user(user: Person | KakaoUser, kills: Sequence[float], verdict: Verdict) -> None:
    """`compare` or `compare_pull`, into the totals and her channel's tally."""
    for tally in (verdict, verdict.of(user.channel)):
        if isinstance(user, KakaoUser):
            compare_pull(user, kills, tally)
        else:
            compare(user, kills, tally)


def compare(user: Person, kills: Sequence[float], verdict: Verdict) -> None:
    """Classify the differences between one user's expected and received texts."""
    received = user.received
    got = [text for _, text in received]
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
            _extra(user.uid, received, b0, b1, kills, verdict)
    if len(verdict.examples) < 5:
        verdict.examples.append(
            f"{user.channel} user {user.uid}: expected {len(user.expected)}, got {len(got)}"
        )


def compare_pull(user: KakaoUser, kills: Sequence[float], verdict: Verdict) -> None:
    """Classify one KakaoTalk user's rows: lost, repeated, unknown or out of order."""
    verdict.users += 1
    verdict.steps += user.sent_steps
    verdict.replies += len(user.got)
    verdict.stuck += int(user.stuck)
    first: dict[int, float] = {}
    shown: dict[str, list[float]] = {}  # text -> when it was shown (rows may read alike)
    latest = {True: -1, False: -1}  # the last row index shown, crisis help and the rest
    before = (verdict.lost, verdict.wrong, verdict.duplicates)
    for at, i in user.got:
        text = user.rows[i].text
        earlier = [t for t in shown.get(text, []) if t < at]
        shown.setdefault(text, []).append(at)
        if i in first:  # its first copy: the last answer before this one that showed the text
            _duplicate(user.uid, max(earlier, default=first[i]), at, text, kills, verdict)
            continue
        first[i] = at
        urgent = user.rows[i].urgent
        verdict.wrong += i < latest[urgent]
        latest[urgent] = max(latest[urgent], i)
    verdict.wrong += len(user.unknown)
    verdict.lost += len(set(range(len(user.rows))) - set(first) - user.unsure)
    verdict.unsure += len(user.unsure - set(first))
    if (verdict.lost, verdict.wrong, verdict.duplicates) == before:
        verdict.exact += 1
    elif len(verdict.examples) < 5:
        verdict.examples.append(
            f"kakao user {user.uid}: {len(user.rows)} rows, {len(first)} shown, "
            f"{len(user.got) - len(first)} again, unknown {[t[:40] for _, t in user.unknown]}"
        )


def _extra(
    uid: int,
    received: list[tuple[float, str]],
    b0: int,
    b1: int,
    kills: Sequence[float],
    verdict: Verdict,
) -> None:
    for i in range(b0, b1):
        text = received[i][1]
        twins = [j for j in (i - 1, i + 1) if 0 <= j < len(received) and received[j][1] == text]
        if not twins:
            verdict.wrong += 1
            verdict.examples.append(f"user {uid}: unexpected or out of order: {text[:60]!r}")
            continue
        first = min(received[i][0], *(received[j][0] for j in twins))
        _duplicate(uid, first, received[i][0], text, kills, verdict)


def in_kill_window(first: float, kills: Sequence[float]) -> float | None:
    """The kill `first` falls in the window of (kill time minus `first`), or None."""
    lags = [kill - first for kill in kills if -AFTER <= kill - first <= BEFORE]
    return min(lags, key=abs) if lags else None


def _duplicate(
    uid: int, first: float, again: float, text: str, kills: Sequence[float], verdict: Verdict
) -> None:
    verdict.duplicates += 1
    lag = in_kill_window(first, kills)
    if lag is not None:
        verdict.duplicates_in_kill_window += 1
        verdict.kill_lags.append(lag)
        return
    nearest = min((kill - first for kill in kills), key=abs, default=float("nan"))
    verdict.examples.append(
        f"user {uid}: duplicate outside a kill window: copies at {_wall(first)} and "
        f"{_wall(again)}, nearest kill {nearest:+.2f} s after the first: {text[:40]!r}"
    )


def _wall(perf: float) -> str:
    """A perf_counter time as wall-clock time, to find it in the bot's log."""
    at = time.time() - (time.perf_counter() - perf)
    return time.strftime("%H:%M:%S", time.localtime(at)) + f"{at % 1:.3f}"[1:]


async def check_database(
    path: Path,
    users: Iterable[Person | KakaoUser],
    verdict: Verdict,
    staff: StaffRun | None = None,
    kills: Sequence[float] = (),
) -> None:
    """Cases match what each user did; the inbox and outbox are empty; nothing failed.

    With `staff`, also `check_staff`.
    """
    db = await Database.open(path)
    try:
        await check_rows(db, users, verdict, staff, kills)
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


CASES = "SELECT alias, user_key, status, opened_at, fallback_at, realerts FROM cases"


async def check_rows(
    db: Rows,
    users: Iterable[Person | KakaoUser],
    verdict: Verdict,
    staff: StaffRun | None = None,
    kills: Sequence[float] = (),
) -> None:
    """The checks of `check_database` on an open SQLite or PostgreSQL database.

    Each user told the fallback whose case got it, once (a second copy is a duplicate, as
    any message's: `kills` are the perf_counter times of the kills).
    """
    keyring = Keyring(SECRET)
    cases = {str(r[1]): r for r in await db.fetchall(f"{CASES} WHERE status != 'closed'")}
    people = list(users)
    for user in people:
        case = cases.get(keyring.user_key(user.channel, user.key_id))
        expected_open = bool(user.state and user.state.case_open)
        maybe = getattr(user, "maybe_state", None)  # a Kakao message that may not have arrived
        verdict.open_cases += case is not None
        if (case is not None) != expected_open and (
            maybe is None or (case is not None) != maybe.case_open
        ):
            verdict.case_mismatches += 1
        told = case is not None and case[4] is not None
        verdict.notices += len(user.notices)
        if bool(user.notices) != told:
            verdict.notice_mismatches += 1
            verdict.examples.append(
                f"{user.channel} user {user.uid}: told the fallback {len(user.notices)} times, "
                f"case {'told' if told else 'not told'}"
            )
        for tally in (verdict, verdict.of(user.channel)):  # told twice: a duplicate
            for at, text in user.notices[1:]:
                _duplicate(user.uid, user.notices[0][0], at, text, kills, tally)
    verdict.inbox_left = await _count(db, "SELECT count(*) FROM inbox WHERE done = 0")
    verdict.outbox_left = await _count(db, "SELECT count(*) FROM outbox WHERE status = 'pending'")
    verdict.outbox_failed = await _count(db, "SELECT count(*) FROM outbox WHERE status = 'failed'")
    if staff is not None:
        verdict.staff = await check_staff(db, people, staff, keyring)
        verdict.examples.extend(verdict.staff.examples)


async def _count(db: Rows, sql: str) -> int:
    row = await db.fetchone(sql)
    return int(row[0]) if row else 0


# ------------------------------------------------------------------ staff group and ladder

ALERT_CARD = re.compile(r"^(?:🔴 긴급|🟡 상담 요청) · (\S+)$", re.MULTILINE)
REALERT_LINE = re.compile(r"^(?:🔴|🟡) (\S+) · ", re.MULTILINE)
REALERT_HEAD = "⏰"
MICRO = 1_000_000


@dataclass
class StaffRun:
    """What the staff side needs checked: the group's messages, the ladder, the run's times."""

    posts: list[tuple[float, str]]  # (wall time, text) of every message sent to the group
    kills: list[float]  # wall times
    realert_after: float
    fallback_after: float
    stopping: float  # wall time the processes were told to stop
    stopped: float  # wall time the last one had exited


@dataclass
class Staff:
    """What the staff group and the ladder did."""

    cases: int = 0
    alert_cards: int = 0
    alert_messages: int = 0
    unalerted: int = 0
    alert_duplicates: int = 0
    alert_duplicates_in_kill_window: int = 0
    realert_messages: int = 0
    realert_cards: int = 0
    realert_steps: int = 0  # re-alert timers fired (cases.realerts)
    realert_due: int = 0  # re-alert steps that came due (at least)
    raises: int = 0  # risk raises of open cases (each asks for a re-alert too)
    realert_excess: int = 0  # cards beyond steps + raises
    realert_excess_in_kill_window: int = 0
    steps_overdue: int = 0  # ladder timers due 3 s before the stop and not fired (missed)
    steps_behind: int = 0  # cases whose re-alerts lag the time by more than one step (load)
    steps_extra: int = 0  # re-alert timers that fired more often than the time allows
    fallbacks: int = 0  # cases whose fallback fired
    fallback_due: int = 0
    fallback_missed: int = 0
    fallback_twice: int = 0  # fallback_told audit rows beyond one per case
    no_route: int = 0  # open cases with no way back to her kept (the ladder cannot reach her)
    examples: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """Every case alerted once (kill windows aside), every due step fired once."""
        return not (
            self.unalerted
            or self.alert_duplicates - self.alert_duplicates_in_kill_window
            or self.realert_excess - self.realert_excess_in_kill_window
            or self.steps_overdue
            or self.steps_extra
            or self.fallback_missed
            or self.fallback_twice
            or self.no_route
        )


def cards(
    posts: Iterable[tuple[float, str]],
) -> tuple[dict[str, list[float]], dict[str, list[float]]]:
    """alias -> times of its alert cards, and of its mentions in re-alerts."""
    alerts: dict[str, list[float]] = {}
    realerts: dict[str, list[float]] = {}
    for at, text in posts:
        found = REALERT_LINE if text.startswith(REALERT_HEAD) else ALERT_CARD
        target = realerts if text.startswith(REALERT_HEAD) else alerts
        for alias in found.findall(text):
            target.setdefault(alias, []).append(at)
    return alerts, realerts


async def check_staff(
    db: Rows, users: Sequence[Person | KakaoUser], run: StaffRun, keyring: Keyring
) -> Staff:
    """Alert cards once per case; ladder steps fired once, as due (see the module doc)."""
    staff = Staff()
    alerts, realerts = cards(run.posts)
    staff.alert_messages = sum(not t.startswith(REALERT_HEAD) for _, t in run.posts)
    staff.realert_messages = len(run.posts) - staff.alert_messages
    raises = {keyring.user_key(u.channel, u.key_id): _raises(u.risks) for u in users}
    told = {str(r[0]): int(r[1]) for r in await db.fetchall(
        "SELECT case_alias, count(*) FROM audit WHERE kind = 'fallback_told' GROUP BY case_alias"
    )}  # fmt: skip
    routes = {str(r[0]) for r in await db.fetchall("SELECT user_key FROM routes")}
    staff.steps_overdue = int(
        (
            await db.fetchall(
                "SELECT count(*) FROM case_timers WHERE due_at < ?",
                (int((run.stopping - 3.0) * MICRO),),
            )
        )[0][0]
    )
    for alias, user_key, status, opened, fallback_at, steps in await db.fetchall(CASES):
        staff.cases += 1
        if status != "closed" and str(user_key) not in routes:
            staff.no_route += 1
            nearest = min((k - int(opened) / MICRO for k in run.kills), key=abs, default=0.0)
            staff.examples.append(
                f"case {alias}: no route kept (the fallback and counselors cannot reach her); "
                f"nearest kill {nearest:+.2f} s after it opened"
            )
        _alerted(staff, str(alias), alerts.get(str(alias), []), run)
        if status != "open":
            continue  # nobody claims in the soak; a closed case's ladder stopped
        opened_s = int(opened) / MICRO
        due_low = int((run.stopping - opened_s) // run.realert_after)
        due_high = int((run.stopped - opened_s) // run.realert_after)
        staff.realert_steps += int(steps)
        staff.realert_due += due_low
        staff.steps_behind += int(steps) < due_low - 1
        staff.steps_extra += int(steps) > due_high
        mentions = realerts.get(str(alias), [])
        staff.realert_cards += len(mentions)
        staff.raises += raises.get(str(user_key), 0)
        excess = len(mentions) - int(steps) - raises.get(str(user_key), 0)
        if excess > 0:
            staff.realert_excess += excess
            if any(in_kill_window(at, run.kills) is not None for at in mentions):
                staff.realert_excess_in_kill_window += excess
            else:
                staff.examples.append(f"case {alias}: {len(mentions)} re-alerts for {steps} steps")
        due = run.stopping - opened_s > run.fallback_after + 5.0
        staff.fallback_due += due
        staff.fallbacks += fallback_at is not None
        staff.fallback_missed += due and fallback_at is None
        staff.fallback_twice += max(0, told.get(str(alias), 0) - 1)
    return staff


def _alerted(staff: Staff, alias: str, times: list[float], run: StaffRun) -> None:
    staff.alert_cards += len(times)
    if not times:
        staff.unalerted += 1
        staff.examples.append(f"case {alias}: no alert card")
        return
    for again in times[1:]:
        staff.alert_duplicates += 1
        if in_kill_window(times[0], run.kills) is not None:
            staff.alert_duplicates_in_kill_window += 1
        else:
            nearest = min((k - times[0] for k in run.kills), key=abs, default=float("nan"))
            staff.examples.append(
                f"case {alias}: alert card twice, {again - times[0]:.2f} s apart, nearest kill "
                f"{nearest:+.2f} s after the first"
            )


def _raises(risks: Sequence[str]) -> int:
    """How often her open case's risk changed (each change re-alerts the staff)."""
    return sum(a != b for a, b in itertools.pairwise(risks))

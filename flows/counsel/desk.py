"""The staff desk: claims, the ladder, and what happens when a case changes.

Every operation runs in one storage transaction (`StaffStore.staff_tx()`): the case change,
the timers it re-arms, the messages it queues (outbox or local mail) and, when it answers a
platform update, that update's inbox mark. Claims are conditional updates, so with two
counselors pressing at once exactly one wins. Case changes made elsewhere (her request, a risk
hit, her /end, /forget) arrive as case events written by the store (database triggers, or
`MemoryCaseStore`) and are handled by `process_events`; timers are rows handled by
`fire_timers`. Both are safe to run from several processes on one database (`gyeot chat` and
`gyeot staff`): each takes its rows atomically. Channel-free: the desk reaches her and the
counselors through its `Courier`, and the staff group through `bot.staff`'s dispatcher.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from flows.counsel.cases import (
    CLAIMED,
    CLOSED,
    OPEN,
    Case,
    CaseEvent,
    Ladder,
    Step,
    Timer,
    decide,
    may_reopen,
    minutes,
    queue_order,
    release_timers,
    waiting_timers,
)
from flows.counsel.courier import Courier
from flows.counsel.model import LOCAL_COUNSELOR, TERMINAL, Actor, ClaimAnswer, HerMessage
from flows.counsel.ports import StaffStore, StaffTx
from flows.counsel.roster import Roster
from flows.counsel.rules import (
    claim_timers,
    closed_notice,
    realert_timers,
    reopen_holder,
    reopen_timers,
)
from flows.counsel.texts import ANSWERS, NOTICES, RISK, StaffTexts
from flows.service import utcnow

logger = logging.getLogger(__name__)

Clock = Callable[[], dt.datetime]


@dataclass(frozen=True)
class DeskSettings:
    """Who may act, the ladder's periods and the duty roster."""

    counselors: frozenset[int] = frozenset()
    ladder: Ladder = field(default_factory=Ladder)
    roster: Roster = field(default_factory=Roster)


class Refusals:
    """Counts refused staff actions so each presser and action gets one audit row a minute."""

    def __init__(self, window: dt.timedelta = dt.timedelta(minutes=1), limit: int = 10_000):
        """Keep at most `limit` pressers; older windows are dropped first."""
        self.window = window
        self.limit = limit
        self._seen: dict[tuple[int, str], tuple[dt.datetime, int]] = {}

    def admit(self, key: tuple[int, str], now: dt.datetime) -> int | None:
        """How many refusals a row written now stands for, or None: count it, write nothing."""
        started, held = self._seen.get(key, (None, 0))
        if started is not None and now - started < self.window:
            self._seen[key] = (started, held + 1)
            return None
        if len(self._seen) >= self.limit:
            self._forget_before(now - self.window)
        self._seen[key] = (now, 0)
        return held + 1

    def _forget_before(self, cutoff: dt.datetime) -> None:
        old = [key for key, (started, _) in self._seen.items() if started < cutoff]
        for key in old or list(self._seen)[: self.limit // 2]:
            del self._seen[key]


class StaffDesk:
    """Claims, releases, closes, the ladder and case events, transport-neutral."""

    def __init__(
        self,
        store: StaffStore,
        courier: Courier,
        texts: StaffTexts,
        settings: DeskSettings,
        *,
        clock: Clock = utcnow,
        on_change: Callable[[], None] = lambda: None,
    ) -> None:
        """Hold storage, delivery, wording, settings, the clock and a wake-up for the group."""
        self.store = store
        self.courier = courier
        self.texts = texts
        self.settings = settings
        self.clock = clock
        self.on_change = on_change
        self.refusals = Refusals()

    # ------------------------------------------------------------ who may act

    def authorized(self, actor: Actor) -> bool:
        """Counselors in `[staff] counselors`; on a local run without any, the console user."""
        if actor.id in self.settings.counselors:
            return True
        return (
            actor.via == TERMINAL and not self.settings.counselors and actor.id == LOCAL_COUNSELOR
        )

    def on_duty(self, now: dt.datetime) -> list[int] | None:
        """Counselors on duty now, or None when no roster is configured."""
        roster = self.settings.roster
        return roster.on_duty(now) if roster.configured else None

    async def deny(self, actor: Actor, what: str, now: dt.datetime, inbox_id: int | None) -> None:
        """Ignore someone who is not a counselor, and audit the attempt (no ids).

        At most one audit row (and log line) per presser and action a minute: a flood of
        presses is counted into the next row ("claim x40"), never written row by row.
        """
        count = self.refusals.admit((actor.id, what), now)
        if count is None and inbox_id is None:
            return
        async with self.store.staff_tx() as tx:
            if count is not None:
                logger.warning(
                    "a staff action (%s) by someone not in [staff] counselors was ignored (%d)",
                    what,
                    count,
                )
                await tx.audit(
                    "staff_denied", what if count == 1 else f"{what} x{count}", None, now
                )
            if inbox_id is not None:
                await tx.inbox_done(inbox_id)

    # ------------------------------------------------------------ claims

    async def claim(
        self, actor: Actor, ref: str, now: dt.datetime, *, inbox_id: int | None = None
    ) -> ClaimAnswer:
        """Claim a case by claim token, alias, or (empty `ref`) the most urgent waiting one."""
        if not self.authorized(actor):
            await self.deny(actor, "claim", now, inbox_id)
            return ClaimAnswer(False, ANSWERS["denied"])
        async with self.store.staff_tx() as tx:
            case = await _find(tx, ref)
            answer = await self._claim(tx, actor, case, now)
            if inbox_id is not None:
                await tx.inbox_done(inbox_id)
        self.on_change()
        return answer

    async def _claim(
        self, tx: StaffTx, actor: Actor, case: Case | None, now: dt.datetime
    ) -> ClaimAnswer:
        if case is None:
            return ClaimAnswer(False, ANSWERS["unknown"])
        if case.status == CLAIMED and case.claimed_by == actor.id:
            return ClaimAnswer(True, ANSWERS["yours"].format(alias=case.alias), case.alias)
        if case.status == CLOSED:
            return ClaimAnswer(False, ANSWERS["closed"])
        if not await tx.claim(case.id, actor.id, via=actor.via, label=actor.label, now=now):
            return ClaimAnswer(False, ANSWERS["taken"])
        await tx.disarm(case.id, Timer.REALERT, Timer.FALLBACK)
        await tx.arm(case.id, claim_timers(now, self.settings.ladder), keep=False)
        await tx.set_staff_state(actor.id, now, active=case.id)
        await tx.audit("case_claimed", f"counselor={actor.id}", case.alias, now)
        claimed = await tx.case(case.id)
        assert claimed is not None
        lang, fields = await tx.facts(claimed.user_key)
        await self.courier.to_counselor(
            tx, actor.id, actor.via, self.texts.claimed(claimed, lang, fields), now, case=claimed
        )
        await self.courier.to_her(tx, claimed, "counselor.joined", now)
        return ClaimAnswer(True, ANSWERS["claimed"].format(alias=case.alias), case.alias)

    async def release(self, tx: StaffTx, case: Case, now: dt.datetime, reason: str) -> bool:
        """Put a claimed case back in the queue and re-arm the waiting timers."""
        if not await tx.release(case.id, now):
            return False
        await tx.disarm(case.id, Timer.CLAIM_TIMEOUT)
        timers = release_timers(now, self.settings.ladder, told=case.fallback_at is not None)
        await tx.arm(case.id, timers, keep=False)
        await tx.audit("case_released", reason, case.alias, now)
        return True

    # ------------------------------------------------------------ her side

    async def her_case(self, user_key: str, now: dt.datetime, *, writing: bool) -> Case | None:
        """Her case not closed; if she writes soon after a counselor closed it, reopen it."""
        async with self.store.staff_read() as read:  # every message of hers: no write lock
            case = await read.current_case(user_key)
            if case is not None or not writing:
                return case
            last = await read.last_case(user_key)
        if last is None or not may_reopen(last, now, self.settings.ladder):
            return None
        async with self.store.staff_tx() as tx:
            last = await tx.last_case(user_key)
            if last is None or not may_reopen(last, now, self.settings.ladder):
                return await tx.current_case(user_key)
            reopened = await self._reopen(tx, last, now)
        self.on_change()
        return reopened

    async def _reopen(self, tx: StaffTx, case: Case, now: dt.datetime) -> Case:
        holder = reopen_holder(
            case,
            may_act=lambda who, via: self.authorized(Actor(who, via)),
            on_duty=self.on_duty(now),
            default_via=TERMINAL,
        )
        await tx.reopen(case, holder, now)
        timers = reopen_timers(now, self.settings.ladder, held=holder is not None)
        await tx.arm(case.id, timers, keep=False)
        if holder is not None:
            text = NOTICES["reopened"].format(alias=case.alias)
            await self.courier.to_counselor(tx, holder[0], holder[1], text, now, case=case)
        await tx.audit("case_reopened", "claimed" if holder else "queue", case.alias, now)
        reopened = await tx.case(case.id)
        assert reopened is not None
        return reopened

    async def relay_her(
        self, case: Case, message: HerMessage, now: dt.datetime, *, inbox_id: int | None = None
    ) -> None:
        """Copy her message to the counselor; the counselor now owes her an answer."""
        async with self.store.staff_tx() as tx:
            current = await tx.case(case.id)
            if current is not None and current.status == CLAIMED:
                await self.courier.relay(tx, current, message, now)
                await tx.arm(case.id, claim_timers(now, self.settings.ladder), keep=True)
            if inbox_id is not None:
                await tx.inbox_done(inbox_id)

    # ------------------------------------------------------------ case events

    async def process_events(self, now: dt.datetime | None = None) -> int:
        """Handle case events written by storage: opened, raised, closed. Return how many."""
        now = now or self.clock()
        async with self.store.staff_read() as read:
            if not await read.has_events():
                return 0
        async with self.store.staff_tx() as tx:
            events = await tx.take_events(limit=50)
            for event in events:
                case = await tx.case(event.case_id)
                if case is not None:
                    await self._event(tx, case, event, now)
        if events:
            self.on_change()
        return len(events)

    async def _event(self, tx: StaffTx, case: Case, event: CaseEvent, now: dt.datetime) -> None:
        if event.kind == "opened" and case.status == OPEN:
            await self._opened(tx, case, now)
        elif event.kind == "raised":
            await tx.bump_alert(case.id)
            if case.status == OPEN:
                await tx.mark_realert(case.id, count=False)
            elif case.status == CLAIMED and case.claimed_by is not None:
                text = NOTICES["raised"].format(alias=case.alias, risk=RISK.get(event.detail, ""))
                await self.courier.to_counselor(tx, case.claimed_by, case.claimed_via, text, now)
        elif event.kind == "closed":
            await tx.bump_alert(case.id)
            await self._closed(tx, case, event, now)

    async def _opened(self, tx: StaffTx, case: Case, now: dt.datetime) -> None:
        """Arm the ladder; with a roster and nobody on duty, tell her at once (honestly)."""
        duty = self.on_duty(now)
        nobody = duty is not None and not duty
        await tx.arm(case.id, waiting_timers(now, self.settings.ladder, told=nobody), keep=True)
        if nobody:
            await self._tell_fallback(tx, case, now, key="counselor.off_duty")
            await tx.disarm(case.id, Timer.FALLBACK)

    async def _closed(self, tx: StaffTx, case: Case, event: CaseEvent, now: dt.datetime) -> None:
        key = closed_notice(event)
        if key is None or event.counselor is None:
            return
        text = NOTICES[key].format(alias=case.alias)
        await self.courier.to_counselor(tx, event.counselor, case.claimed_via, text, now)

    async def _tell_fallback(self, tx: StaffTx, case: Case, now: dt.datetime, *, key: str) -> None:
        """Tell her nobody is free now, with 1308 (and the Seoul line if her region is Seoul)."""
        _, fields = await tx.facts(case.user_key)
        seoul = ("counselor.fallback_seoul",) if fields.get("region") == "seoul" else ()
        await self.courier.to_her(tx, case, key, now, also=seoul)
        await tx.mark_fallback(case.id, now)
        await tx.audit("fallback_told", key.rsplit(".", 1)[-1], case.alias, now)

    # ------------------------------------------------------------ the ladder

    async def fire_timers(self, now: dt.datetime | None = None) -> int:
        """Handle every timer due by `now` (most overdue first). Return how many fired."""
        now = now or self.clock()
        async with self.store.staff_read() as read:
            next_due = await read.next_due()
        if next_due is None or next_due > now:
            return 0
        async with self.store.staff_tx() as tx:
            due = await tx.take_due(now, limit=100)
            for case_id, timer in due:
                case = await tx.case(case_id)
                if case is not None:
                    await self._step(tx, case, decide(timer, case), now)
        if due:
            self.on_change()
        return len(due)

    async def _step(self, tx: StaffTx, case: Case, step: Step, now: dt.datetime) -> None:
        ladder = self.settings.ladder
        if step is Step.REALERT:
            await tx.mark_realert(case.id)
            await tx.arm(case.id, realert_timers(now, ladder), keep=False)
        elif step is Step.FALLBACK:
            await self._tell_fallback(tx, case, now, key="counselor.fallback")
        elif step is Step.RELEASE and case.claimed_by is not None:
            counselor, via = case.claimed_by, case.claimed_via
            if await self.release(tx, case, now, "claim_timeout"):
                text = NOTICES["released"].format(
                    alias=case.alias, minutes=minutes(ladder.claim_timeout)
                )
                await self.courier.to_counselor(tx, counselor, via, text, now)

    # ------------------------------------------------------------ delivery failures

    async def her_unreachable(self, user_key: str, now: dt.datetime, *, blocked: bool) -> None:
        """A message to her finally failed (blocked: she blocked the bot): tell the counselor."""
        async with self.store.staff_tx() as tx:
            case = await tx.current_case(user_key)
            if case is None or case.status != CLAIMED or case.claimed_by is None:
                return
            key = "blocked" if blocked else "undelivered"
            await tx.audit("delivery_failed", "her_blocked" if blocked else "her", case.alias, now)
            text = NOTICES[key].format(alias=case.alias)
            await self.courier.to_counselor(tx, case.claimed_by, case.claimed_via, text, now)

    async def counselor_unreachable(self, counselor: int, now: dt.datetime) -> int:
        """A counselor blocked the bot or left: release her cases back to the queue."""
        async with self.store.staff_tx() as tx:
            released = 0
            for case in await tx.claimed_by(counselor):
                released += await self.release(tx, case, now, "counselor_unreachable")
                await self.courier.to_her(tx, case, "counselor.relay_failed", now)
        if released:
            logger.warning("released %s case(s) of a counselor the bot cannot reach", released)
            self.on_change()
        return released

    async def relay_undelivered(self, outbox_id: int, now: dt.datetime) -> None:
        """Her message could not be copied to the counselor (not a block): tell her."""
        async with self.store.staff_tx() as tx:
            case = await tx.case_of_outbox(outbox_id)
            if case is not None and case.status != CLOSED:
                await tx.audit("delivery_failed", "to_counselor", case.alias, now)
                await self.courier.to_her(tx, case, "counselor.relay_failed", now)

    async def reconcile(self, now: dt.datetime | None = None) -> int:
        """On start: release claims held by someone no longer in `[staff] counselors`."""
        now = now or self.clock()
        async with self.store.staff_tx() as tx:
            stale = [
                c
                for c in await tx.active_cases()
                if c.status == CLAIMED
                and c.claimed_by is not None
                and not self.authorized(Actor(c.claimed_by, c.claimed_via or TERMINAL))
            ]
            for case in stale:
                await self.release(tx, case, now, "not_a_counselor")
        if stale:
            logger.warning(
                "released %s claim(s) of ids no longer in [staff] counselors", len(stale)
            )
            self.on_change()
        return len(stale)


async def _find(tx: StaffTx, ref: str) -> Case | None:
    """A case by claim token or alias; an empty ref means the most urgent waiting case."""
    if not ref:
        waiting = [c for c in await tx.active_cases() if c.status == OPEN]
        return queue_order(waiting)[0] if waiting else None
    return await tx.case_by_token(ref) or await tx.case_by_alias(ref)

"""Keep the staff group's alerts true, within Telegram's 20 messages a minute per group.

The group's state lives in the cases table (which cases have an alert, which revision it
shows, which wait for a re-alert), so this loop is a reconciler: it picks the most important
piece of work, waits for the group's budget, re-reads the work (more may have arrived), and
makes one call. Order: alerts for urgent cases, re-alerts of urgent cases, other alerts,
other re-alerts, then edits (claimed, closed). Cases waiting at the same moment share one
message, and an edit re-renders every card of a message, so a burst of 30 cases costs a few
messages, not 30. If the bot loses its rights in the group, it logs an error and posts to
`[staff] fallback_chat_id` instead, trying the group again later.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Sequence
from dataclasses import dataclass

from bot.staff.ports import Board, ChatLost, MessageGone, TryLater
from flows.counsel import Case, StaffDesk, StaffTx

logger = logging.getLogger(__name__)

BATCH = 8  # cards per message: a screenful, and few enough buttons to hit the right one
GROUP_RETRY = dt.timedelta(minutes=10)


@dataclass(frozen=True, slots=True)
class Chats:
    """Where alerts go: the staff group, and the fallback chat if the group fails."""

    group_id: int | None
    fallback_id: int | None = None


class Dispatcher:
    """Post, re-alert and edit staff-group cards from the cases table."""

    def __init__(self, desk: StaffDesk, board: Board, chats: Chats) -> None:
        """Work on the desk's store and texts; talk to the group through `board`."""
        self.desk = desk
        self.board = board
        self.chats = chats
        self._group_down_until: dt.datetime | None = None
        self._silent = False

    def target(self, now: dt.datetime) -> int | None:
        """The chat new alerts go to now."""
        down = self._group_down_until is not None and now < self._group_down_until
        if self.chats.group_id is not None and not down:
            return self.chats.group_id
        if self.chats.fallback_id is None and not self._silent:
            self._silent = True
            logger.error("no usable staff chat: set [staff] group_id (and fallback_chat_id)")
        return self.chats.fallback_id

    async def _next(self, now: dt.datetime) -> tuple[str, int] | None:
        """The most important work and its chat, or None."""
        target = self.target(now)
        async with self.desk.store.staff_read() as tx:
            unposted = await tx.unposted(limit=1)
            realert = await tx.realert_due(limit=1)
            dirty = await tx.dirty_alert()
        post_urgent = bool(unposted) and unposted[0][0].urgent
        realert_urgent = bool(realert) and realert[0].urgent
        order = [
            ("post", post_urgent),
            ("realert", realert_urgent),
            ("post", bool(unposted)),
            ("realert", bool(realert)),
        ]
        for kind, wanted in order:
            if wanted and target is not None:
                return kind, target
        return ("edit", dirty[0]) if dirty else None

    async def step(self) -> bool:
        """Do one piece of work (waiting for the group's budget); False if there was none."""
        now = self.desk.clock()
        work = await self._next(now)
        if work is None:
            return False
        kind, chat = work
        await self.board.ready(chat)
        try:
            if kind == "post":
                await self._post(chat)
            elif kind == "realert":
                await self._realert(chat)
            else:
                await self._edit()
        except ChatLost:
            await self._chat_lost(chat)
        return True

    async def _cards(
        self, tx: StaffTx, pairs: Sequence[tuple[Case, int]]
    ) -> list[tuple[Case, str, dict[str, str]]]:
        return [(case, *await tx.facts(case.user_key)) for case, _ in pairs]

    async def _post(self, chat: int) -> None:
        now = self.desk.clock()
        async with self.desk.store.staff_tx() as tx:
            pairs = await tx.unposted(limit=BATCH)
            if pairs and pairs[0][0].urgent:  # urgent cases get a message of their own
                pairs = [pair for pair in pairs if pair[0].urgent]
            card = self.desk.texts.alert(await self._cards(tx, pairs), now)
        if not pairs:
            return
        message = await self.board.post(chat, card)
        async with self.desk.store.staff_tx() as tx:
            await tx.alert_posted(chat, message, [(c.id, rev) for c, rev in pairs])
        logger.info("posted an alert for %s case(s)", len(pairs))

    async def _realert(self, chat: int) -> None:
        now = self.desk.clock()
        async with self.desk.store.staff_tx() as tx:
            cases = await tx.realert_due(limit=BATCH)
            waiting = await tx.waiting_count()
        if not cases:
            return
        mentions = self._mentions(now) if any(c.urgent for c in cases) else []
        card = self.desk.texts.realert(cases, waiting, now, mentions)
        await self.board.post(chat, card)
        async with self.desk.store.staff_tx() as tx:
            await tx.realerts_sent(c.id for c in cases)
            for case in cases:
                await tx.audit("realert", "urgent" if case.urgent else "normal", case.alias, now)

    def _mentions(self, now: dt.datetime) -> list[int]:
        """Counselors to mention on an urgent re-alert: those on duty (all without a roster)."""
        duty = self.desk.on_duty(now)
        chosen = duty if duty is not None else sorted(self.desk.settings.counselors)
        return chosen[:10]

    async def _edit(self) -> None:
        now = self.desk.clock()
        async with self.desk.store.staff_tx() as tx:
            dirty = await tx.dirty_alert()
            pairs = await tx.alert_members(*dirty) if dirty else []
            card = self.desk.texts.alert(await self._cards(tx, pairs), now)
        if dirty is None:
            return
        try:
            await self.board.edit(dirty[0], dirty[1], card)
        except MessageGone:
            async with self.desk.store.staff_tx() as tx:
                await tx.alert_lost(*dirty)
            return
        async with self.desk.store.staff_tx() as tx:
            await tx.alert_shown((c.id, rev) for c, rev in pairs)

    async def _chat_lost(self, chat: int) -> None:
        """Log loudly; move alerts to the fallback chat; try the group again later."""
        now = self.desk.clock()
        if chat == self.chats.group_id:
            self._group_down_until = now + GROUP_RETRY
            logger.error(
                "the bot cannot post in the staff group (removed, or lost its admin rights): "
                "re-add it as an admin that may post; alerts go to [staff] fallback_chat_id"
            )
        else:
            logger.error("the bot cannot post in the fallback chat either; alerts are waiting")
        async with self.desk.store.staff_tx() as tx:
            await tx.alerts_lost_in(chat)

    async def run(self, stop: asyncio.Event, wake: asyncio.Event) -> None:
        """Work until `stop`; sleep until `wake` (or a second) when there is nothing to do."""
        failures = 0
        while not stop.is_set():
            try:
                busy = await self.step()
                failures = 0
            except TryLater as exc:
                busy, failures = False, 0
                await _sleep_or(stop, exc.seconds)
            except Exception:
                failures += 1
                busy = False
                logger.exception("staff group dispatch failed; retrying")
                await _sleep_or(stop, min(60.0, 2.0**failures))
            if not busy:
                await _sleep_or(wake, 1.0)
                wake.clear()


async def _sleep_or(event: asyncio.Event, seconds: float) -> None:
    try:
        await asyncio.wait_for(event.wait(), timeout=seconds)
    except TimeoutError:
        return

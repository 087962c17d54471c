"""What a counselor types in her private chat (or the console): replies and commands.

Plain text goes to her as "상담사: …" — to the case of the message the counselor replied to,
else to her active case (`/case 상담-7F3K` switches), else to her only case. Commands:
`/cases`, `/claim [alias]`, `/case alias`, `/note text` (kept for staff, never sent),
`/release` (back to the queue), `/close [outcome]`, `/help`. Only `[staff] counselors` get
here; anyone else in a private chat is simply a user of the bot.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from flows.counsel.cases import CLAIMED, Case, Timer
from flows.counsel.desk import StaffDesk
from flows.counsel.model import Actor
from flows.counsel.ports import StaffTx
from flows.counsel.texts import HELP, NOTICES

OUTCOME = re.compile(r"[a-z_]{1,24}")
DEFAULT_OUTCOME = "done"
_COMMAND = re.compile(r"/([A-Za-z_]{1,32})(?:@\w+)?(?:\s+(.*))?", re.DOTALL)


@dataclass(frozen=True, slots=True)
class CounselorInput:
    """One message from a counselor: text (None for media), the message it replies to."""

    text: str | None
    reply_to: int | None = None
    kind: str = "text"


class Counseling:
    """Handle counselors' messages through the desk."""

    def __init__(self, desk: StaffDesk) -> None:
        """Work through `desk` (its store, courier, texts and clock)."""
        self.desk = desk

    async def handle(
        self, actor: Actor, item: CounselorInput, *, inbox_id: int | None = None
    ) -> None:
        """Handle one counselor message; strangers are ignored and audited."""
        now = self.desk.clock()
        if not self.desk.authorized(actor):
            await self.desk.deny(actor, "relay", now, inbox_id)
            return
        command = _COMMAND.fullmatch(item.text.strip()) if item.text else None
        if command is not None and command.group(1).lower() == "claim":
            await self._claim(actor, (command.group(2) or "").strip(), now, inbox_id)
            return
        her: str | None = None
        async with self.desk.store.staff_tx() as tx:
            if command is not None:
                name, arg = command.group(1).lower(), (command.group(2) or "").strip()
                await self._command(tx, actor, name, arg, now)
            else:
                her = await self._text(tx, actor, item, now)
            if inbox_id is not None:
                await tx.inbox_done(inbox_id)
        if her is not None and item.text:
            await self.desk.store.add_transcript(her, item.text, speaker="counselor", now=now)
        self.desk.on_change()

    async def tell(self, actor: Actor, text: str, *, inbox_id: int | None = None) -> None:
        """Send a staff member a message (e.g. the result of an admin command)."""
        async with self.desk.store.staff_tx() as tx:
            await self._say(tx, actor, text, self.desk.clock())
            if inbox_id is not None:
                await tx.inbox_done(inbox_id)

    async def _say(self, tx: StaffTx, actor: Actor, text: str, now: dt.datetime) -> None:
        await self.desk.courier.to_counselor(tx, actor.id, actor.via, text, now)

    async def _claim(self, actor: Actor, ref: str, now: dt.datetime, inbox_id: int | None) -> None:
        answer = await self.desk.claim(actor, ref, now)
        async with self.desk.store.staff_tx() as tx:
            if not answer.ok or not answer.alias:
                await self._say(tx, actor, answer.text, now)
            if inbox_id is not None:
                await tx.inbox_done(inbox_id)

    async def _command(
        self, tx: StaffTx, actor: Actor, name: str, arg: str, now: dt.datetime
    ) -> None:
        texts = self.desk.texts
        if name == "cases":
            await self._say(tx, actor, texts.listing(await tx.active_cases(), actor.id, now), now)
        elif name == "case":
            await self._switch(tx, actor, arg, now)
        elif name in ("note", "release", "close"):
            case, problem = await _target(tx, actor, None)
            if case is None:
                await self._say(tx, actor, problem, now)
            else:
                await self._on_case(tx, actor, case, name, arg, now)
        else:
            await self._say(tx, actor, HELP, now)

    async def _on_case(
        self, tx: StaffTx, actor: Actor, case: Case, name: str, arg: str, now: dt.datetime
    ) -> None:
        if name == "note":
            if not arg:
                await self._say(tx, actor, NOTICES["note_empty"], now)
                return
            await tx.add_note(case.id, actor.id, arg, now)
            await tx.audit("note_added", "", case.alias, now)
            await self._say(tx, actor, NOTICES["note_ok"].format(alias=case.alias), now)
        elif name == "release":
            await self.desk.release(tx, case, now, "counselor")
            await tx.set_staff_state(actor.id, now, active=None)
            await self._say(tx, actor, NOTICES["release_ok"].format(alias=case.alias), now)
        else:
            await self._close(tx, actor, case, arg or DEFAULT_OUTCOME, now)

    async def _close(
        self, tx: StaffTx, actor: Actor, case: Case, outcome: str, now: dt.datetime
    ) -> None:
        if not OUTCOME.fullmatch(outcome):
            await self._say(tx, actor, NOTICES["bad_outcome"], now)
            return
        await self.desk.courier.to_her(tx, case, "counselor.closed", now)
        await tx.close(case.id, outcome, now)
        await tx.audit("case_closed", f"staff:{outcome}", case.alias, now)
        await tx.set_staff_state(actor.id, now, active=None)
        text = NOTICES["closed_ok"].format(alias=case.alias, outcome=outcome)
        await self._say(tx, actor, text, now)

    async def _switch(self, tx: StaffTx, actor: Actor, alias: str, now: dt.datetime) -> None:
        case = await tx.case_by_alias(alias) if alias else None
        if case is None:
            await self._say(tx, actor, NOTICES["unknown_case"].format(alias=alias), now)
            return
        if case.status != CLAIMED or case.claimed_by != actor.id:
            await self._say(tx, actor, NOTICES["not_yours"].format(alias=case.alias), now)
            return
        await tx.set_staff_state(actor.id, now, active=case.id)
        notes = self.desk.texts.notes(case.alias, await tx.notes(case.id))
        text = NOTICES["switched"].format(alias=case.alias)
        await self._say(tx, actor, f"{text}\n\n{notes}" if notes else text, now)

    async def _text(
        self, tx: StaffTx, actor: Actor, item: CounselorInput, now: dt.datetime
    ) -> str | None:
        """Send the counselor's words to her; return her user key if they went."""
        if item.text is None:
            key = "edited" if item.kind == "edited" else "text_only"
            await self._say(tx, actor, NOTICES[key], now)
            return None
        case, problem = await _target(tx, actor, item.reply_to)
        if case is None:
            await self._say(tx, actor, problem, now)
            return None
        said = await self.desk.courier.to_her(tx, case, "counselor.says", now, text=item.text)
        if not said:
            await self._say(tx, actor, NOTICES["no_route"].format(alias=case.alias), now)
            return None
        await tx.touch_counselor(case.id, now)
        await tx.disarm(case.id, Timer.CLAIM_TIMEOUT)
        await tx.set_staff_state(actor.id, now, active=case.id)
        return case.user_key


async def _target(tx: StaffTx, actor: Actor, reply_to: int | None) -> tuple[Case | None, str]:
    """The case a message is for: the replied-to message's, the active one, or the only one."""
    if reply_to is not None:
        case = await tx.case_by_relay(actor.id, reply_to)
        if case is not None:
            return _mine(case, actor)
    active, _ = await tx.staff_state(actor.id)
    case = await tx.case(active) if active is not None else None
    if case is not None and case.status == CLAIMED and case.claimed_by == actor.id:
        return case, ""
    held = await tx.claimed_by(actor.id)
    if len(held) == 1:
        return held[0], ""
    return None, NOTICES["no_target"]


def _mine(case: Case, actor: Actor) -> tuple[Case | None, str]:
    if case.status == CLAIMED and case.claimed_by == actor.id:
        return case, ""
    return None, NOTICES["not_yours"].format(alias=case.alias)

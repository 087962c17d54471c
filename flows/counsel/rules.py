"""The desk's pure decisions: where her message goes, who gets a reopened case, which timers next.

The desk (`flows.counsel.desk`) does the I/O around these: it reads the case, asks here, then
writes what was decided in one staff transaction. Nothing here reads a clock or a store.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from datetime import datetime
from enum import StrEnum

from flows.counsel.cases import CLAIMED, Case, CaseEvent, Ladder, Timer, waiting_timers
from flows.model import Event, Text, Unsupported


class Relay(StrEnum):
    """Where one message she writes goes."""

    BOT = "bot"  # nobody holds her case: the bot answers
    COPY = "copy"  # a counselor holds it: a copy goes to the counselor, and the bot answers
    COUNSELOR = "counselor"  # live: to the counselor only, the bot stays quiet


def writes(event: Event) -> bool:
    """True for what she writes (text, media) as opposed to buttons, commands and edits."""
    return isinstance(event, Text) or (isinstance(event, Unsupported) and event.kind != "edited")


def relay_route(case: Case | None, *, writing: bool, risky: bool) -> Relay:
    """Decide where her message goes; triage still answers a risky one even while live."""
    if case is None or case.status != CLAIMED or not writing:
        return Relay.BOT
    if case.live and not risky:
        return Relay.COUNSELOR
    return Relay.COPY


def reopen_holder(
    case: Case,
    *,
    may_act: Callable[[int, str], bool],
    on_duty: Collection[int] | None,
    default_via: str,
) -> tuple[int, str, str] | None:
    """The counselor who closed it gets the reopened case back if she may act and is on duty.

    `on_duty` is None when no roster is configured (everyone counts as on duty); the result is
    (counselor, desk, label), or None for the queue.
    """
    who, via = case.claimed_by, case.claimed_via or default_via
    if who is None or not may_act(who, via):
        return None
    if on_duty is not None and who not in on_duty:
        return None
    return who, via, case.claimed_label


def claim_timers(now: datetime, ladder: Ladder) -> dict[Timer, datetime]:
    """The timer of a claimed case: released if the counselor stays silent too long."""
    return {Timer.CLAIM_TIMEOUT: now + ladder.claim_timeout}


def realert_timers(now: datetime, ladder: Ladder) -> dict[Timer, datetime]:
    """The next re-alert of a case still waiting."""
    return {Timer.REALERT: now + ladder.realert_after}


def reopen_timers(now: datetime, ladder: Ladder, *, held: bool) -> dict[Timer, datetime]:
    """Timers of a reopened case: the claim timeout if a counselor holds it, else the wait's."""
    return claim_timers(now, ladder) if held else waiting_timers(now, ladder, told=False)


def closed_notice(event: CaseEvent) -> str | None:
    """The notice telling her counselor it closed (None if staff closed it or nobody held it)."""
    if event.kind != "closed" or event.counselor is None or event.detail == "staff":
        return None
    return "closed_forget" if event.detail == "forget" else "closed_user"

"""What the counselor domain needs from storage and from the channels, as Protocols.

Storage: `MemoryCaseStore` (beside them) is the reference behaviour; `storage.SqliteStore` and
`storage.PgStore` implement the same ports (their `staff_tx()` yields a `storage._cases.CaseTx`).
`tests/flows/counsel/test_store_contract.py` runs one contract suite over all three.
Channels: the courier reaches her through an `Outlet` per channel and counselors on Telegram
through a `PlatformFormat`; the bot passes both in (`bot.staff.setup.build_staff`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from contextlib import AbstractAsyncContextManager
from datetime import datetime
from typing import Protocol

from flows.counsel.cases import Case, CaseEvent, Timer


class CaseReads(Protocol):
    """Reading cases and what surrounds them inside a staff transaction."""

    async def case(self, case_id: int) -> Case | None:
        """The case with this id."""

    async def case_by_alias(self, alias: str) -> Case | None:
        """The case with this alias."""

    async def case_by_token(self, token: str) -> Case | None:
        """The case whose claim button carries this token."""

    async def current_case(self, user_key: str) -> Case | None:
        """Her case that is not closed."""

    async def last_case(self, user_key: str) -> Case | None:
        """Her most recent case."""

    async def active_cases(self) -> list[Case]:
        """Every case not closed."""

    async def claimed_by(self, counselor: int) -> list[Case]:
        """Cases this counselor holds now."""

    async def case_by_relay(self, counselor: int, platform_message_id: int) -> Case | None:
        """The case of a message relayed into this counselor's chat."""

    async def case_of_outbox(self, outbox_id: int) -> Case | None:
        """The case an outbox row relayed her message for."""

    async def facts(self, user_key: str | None) -> tuple[str, dict[str, str]]:
        """Her language and kept intake answers."""

    async def route(self, user_key: str) -> str | None:
        """The way back to her chat."""

    async def save_route(self, user_key: str, route: str, now: datetime) -> None:
        """Keep the way back to her chat."""

    async def notes(self, case_id: int) -> list[tuple[datetime, int, str]]:
        """A case's staff notes."""

    async def staff_state(self, counselor: int) -> tuple[int | None, int | None]:
        """(active case, last relayed case) of a counselor."""

    async def has_events(self) -> bool:
        """True if case events wait."""

    async def next_due(self) -> datetime | None:
        """When the next timer comes due."""


class CaseWrites(Protocol):
    """Changing cases, timers and events inside a staff transaction."""

    async def claim(
        self, case_id: int, counselor: int, *, via: str, label: str, now: datetime
    ) -> bool:
        """Claim an open case; False if it was not open."""

    async def release(self, case_id: int, now: datetime) -> bool:
        """Put a claimed case back in the queue."""

    async def close(self, case_id: int, outcome: str, now: datetime) -> bool:
        """Close a case from the staff side."""

    async def reopen(self, case: Case, holder: tuple[int, str, str] | None, now: datetime) -> None:
        """Reopen a staff-closed case, to `holder` or to the queue."""

    async def touch_counselor(self, case_id: int, now: datetime) -> None:
        """The counselor wrote to her now."""

    async def mark_fallback(self, case_id: int, now: datetime) -> None:
        """She was told nobody is free."""

    async def mark_realert(self, case_id: int, *, count: bool = True) -> None:
        """Mention the case in the next re-alert."""

    async def bump_alert(self, case_id: int) -> None:
        """The case's alert card changed."""

    async def arm(self, case_id: int, timers: Mapping[Timer, datetime], *, keep: bool) -> None:
        """Set timers."""

    async def disarm(self, case_id: int, *kinds: Timer) -> None:
        """Remove timers."""

    async def take_due(self, now: datetime, *, limit: int = 100) -> list[tuple[int, Timer]]:
        """Remove and return due timers."""

    async def take_events(self, *, limit: int = 100) -> list[CaseEvent]:
        """Remove and return the oldest case events."""

    async def add_note(self, case_id: int, counselor: int, text: str, now: datetime) -> None:
        """Keep a staff-only note."""

    async def set_staff_state(
        self, counselor: int, now: datetime, *, active: int | None = -1, relay: int | None = -1
    ) -> None:
        """Set a counselor's active and/or last relayed case."""

    async def audit(self, kind: str, detail: str, alias: str | None, now: datetime) -> None:
        """Write a content-free audit row."""

    async def inbox_done(self, update_id: int) -> None:
        """Mark a platform update handled."""


class Deliveries(Protocol):
    """Queueing messages inside a staff transaction."""

    async def enqueue(
        self,
        route: str,
        payload: str,
        *,
        owner: str | None,
        now: datetime,
        channel: str = "telegram",
    ) -> int:
        """Queue one message on `channel`; return its outbox id."""

    async def link_relay(self, outbox_id: int, case_id: int, counselor: int) -> None:
        """Remember which case an outbox row relays."""

    async def post_mail(
        self,
        recipient: str,
        target: str,
        text: str,
        *,
        user_key: str | None,
        case_id: int | None,
        now: datetime,
    ) -> int:
        """Leave a message for the terminal."""

    async def take_mail(self, recipient: str, target: str, *, limit: int = 50) -> list[str]:
        """Return and delete mail for one recipient."""

    async def notices_after(self, after: int, *, limit: int = 50) -> list[tuple[int, str]]:
        """Staff notices newer than `after`."""

    async def last_notice(self) -> int:
        """The newest staff notice id."""

    async def prune_notices(self, before: datetime) -> int:
        """Delete old staff notices."""


class AlertWork(Protocol):
    """The staff group's alert queue."""

    async def unposted(self, *, limit: int = 8) -> list[tuple[Case, int]]:
        """Cases whose alert is not posted, urgent first."""

    async def realert_due(self, *, limit: int = 8) -> list[Case]:
        """Open cases to mention again."""

    async def waiting_count(self) -> int:
        """How many cases wait unclaimed."""

    async def dirty_alert(self) -> tuple[int, int] | None:
        """An alert message that needs an edit."""

    async def alert_members(self, chat: int, message: int) -> list[tuple[Case, int]]:
        """Cases shown in one alert message."""

    async def alert_posted(self, chat: int, message: int, revs: Iterable[tuple[int, int]]) -> None:
        """Record a posted alert."""

    async def alert_shown(self, revs: Iterable[tuple[int, int]]) -> None:
        """Record an edited alert."""

    async def realerts_sent(self, case_ids: Iterable[int]) -> None:
        """Clear re-alert flags."""

    async def alert_lost(self, chat: int, message: int) -> None:
        """An alert message can no longer be edited."""

    async def alerts_lost_in(self, chat: int) -> None:
        """The bot cannot use this chat any more."""


class StaffTx(CaseReads, CaseWrites, Deliveries, AlertWork, Protocol):
    """Everything inside one staff transaction."""


class StaffStore(Protocol):
    """A store that can open staff transactions (`MemoryCaseStore`, `SqliteStore`, `PgStore`)."""

    def staff_tx(self) -> AbstractAsyncContextManager[StaffTx]:
        """Open one transaction."""

    def staff_read(self) -> AbstractAsyncContextManager[StaffTx]:
        """Read without the write lock (writes through it are refused)."""

    async def add_transcript(
        self, user_key: str, text: str, *, speaker: str = "counselor", now: datetime
    ) -> bool:
        """Keep a relayed line if `[privacy] store_transcripts` allows (redacted, encrypted)."""


class Outlet(Protocol):
    """One of her channels as the courier sees it (the bot's `bot.channels.Renderer`)."""

    def payloads(self, text: str, lang: str | None, user_key: str | None) -> list[str]:
        """Outbox payloads that show `text` (already in her language) in her chat."""


Locate = Callable[[str], tuple[str, str]]
"""Her stored route ("channel:route") as (channel, route): `bot.channels.split_route`."""


class PlatformFormat(Protocol):
    """Outbox payloads for the counselors' platform (Telegram): the sender's contract, not ours."""

    def to_staff(self, text: str) -> list[str]:
        """Payloads that show `text` in a counselor's private chat."""

    def copy(self, from_route: str, message_id: int) -> str:
        """A payload that copies her message (never forwards it) into a counselor's chat."""

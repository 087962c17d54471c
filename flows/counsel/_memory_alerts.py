"""The staff group's alert work in memory (`AlertWork`), part of `MemoryCaseTx`."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from flows.counsel._book import CaseBook, CaseRow
from flows.counsel.cases import CLOSED, OPEN, Case
from flows.errors import StoreError


class MemoryAlerts:
    """Read and mark the staff group's alert work on a `CaseBook`."""

    book: CaseBook
    readonly: bool

    def _write(self) -> CaseBook:
        if self.readonly:
            raise StoreError("a staff read tried to write; use staff_tx()")
        return self.book

    def _where(self, keep: Callable[[CaseRow], bool]) -> list[CaseRow]:
        return [r for r in self.book.rows.values() if keep(r)]

    async def unposted(self, *, limit: int = 8) -> list[tuple[Case, int]]:
        """Waiting cases whose alert is not in any chat yet, urgent first, then oldest."""
        rows = self._where(lambda r: r.case.status == OPEN and r.alert_msg is None)
        return [(r.case, r.alert_rev) for r in self.book.queue(rows, limit=limit)]

    async def realert_due(self, *, limit: int = 8) -> list[Case]:
        """Open cases the ladder asked to mention again (already alerted once)."""
        rows = self._where(
            lambda r: r.case.status == OPEN and r.realert_pending and r.alert_msg is not None
        )
        return [r.case for r in self.book.queue(rows, limit=limit)]

    async def waiting_count(self) -> int:
        """How many cases wait unclaimed (shown on re-alerts)."""
        return len(self._where(lambda r: r.case.status == OPEN))

    async def dirty_alert(self) -> tuple[int, int] | None:
        """(chat, message) of an alert whose text is behind its cases, cases not closed first."""
        groups: dict[tuple[int, int], tuple[bool, int]] = {}
        for r in self._where(lambda r: r.alert_msg is not None and r.alert_done < r.alert_rev):
            key = (r.alert_chat or 0, r.alert_msg or 0)
            all_closed, first = groups.get(key, (True, r.case.id))
            groups[key] = (all_closed and r.case.status == CLOSED, min(first, r.case.id))
        return min(groups, key=groups.__getitem__) if groups else None

    async def alert_members(self, chat: int, message: int) -> list[tuple[Case, int]]:
        """The cases whose cards live in one alert message, in the order they were posted."""
        rows = self._where(lambda r: (r.alert_chat, r.alert_msg) == (chat, message))
        return [(r.case, r.alert_rev) for r in sorted(rows, key=lambda r: r.case.id)]

    async def alert_posted(self, chat: int, message: int, revs: Iterable[tuple[int, int]]) -> None:
        """Record where cards went and which revision they show."""
        book = self._write()
        for case_id, rev in revs:
            row = book.rows.get(case_id)
            if row is not None:
                row.alert_chat, row.alert_msg, row.realert_pending = chat, message, False
                row.alert_done = max(row.alert_done, rev)

    async def alert_shown(self, revs: Iterable[tuple[int, int]]) -> None:
        """Record that an edit shows these revisions."""
        book = self._write()
        for case_id, rev in revs:
            row = book.rows.get(case_id)
            if row is not None:
                row.alert_done = max(row.alert_done, rev)

    async def realerts_sent(self, case_ids: Iterable[int]) -> None:
        """Clear the re-alert flag of cases mentioned in a re-alert."""
        book = self._write()
        for case_id in case_ids:
            row = book.rows.get(case_id)
            if row is not None:
                row.realert_pending = False

    async def alert_lost(self, chat: int, message: int) -> None:
        """An alert message is gone: its waiting cases get a new one, the others none."""
        self._lose(lambda r: (r.alert_chat, r.alert_msg) == (chat, message))

    async def alerts_lost_in(self, chat: int) -> None:
        """The bot cannot use this chat any more: every alert in it is gone."""
        self._lose(lambda r: r.alert_chat == chat)

    def _lose(self, keep: Callable[[CaseRow], bool]) -> None:
        self._write()
        for row in self._where(keep):
            if row.case.status != OPEN:
                row.alert_done = row.alert_rev
            row.alert_chat = row.alert_msg = None

"""What the staff-group dispatcher needs: alerts to post, re-alerts to batch, alerts to edit.

Each case has a wanted alert revision (`alert_rev`, bumped whenever its card changes) and the
revision shown (`alert_done`). One alert message may carry several cases (a burst is posted as
one message), so edits are per message: every case whose card lives in it is re-rendered.
"""

from __future__ import annotations

from collections.abc import Iterable

from flows.counsel import Case
from storage._case_rows import CASE_COLUMNS, Statements, case_from

_QUEUE = "ORDER BY urgency = 'urgent' DESC, opened_at, id"
_WITH_REV = f"SELECT {CASE_COLUMNS}, alert_rev FROM cases"


class AlertQueries:
    """Read and mark the staff group's alert work."""

    tx: Statements

    async def _with_rev(self, sql: str, params: tuple[object, ...] = ()) -> list[tuple[Case, int]]:
        rows = await self.tx.fetchall(f"{_WITH_REV} {sql}", params)
        return [(case_from(row), int(row[-1])) for row in rows]

    async def unposted(self, *, limit: int = 8) -> list[tuple[Case, int]]:
        """Waiting cases whose alert is not in any chat yet, urgent first, then oldest."""
        return await self._with_rev(
            f"WHERE status = 'open' AND alert_msg IS NULL {_QUEUE} LIMIT ?", (limit,)
        )

    async def realert_due(self, *, limit: int = 8) -> list[Case]:
        """Open cases the ladder asked to mention again (already alerted once)."""
        pairs = await self._with_rev(
            f"WHERE status = 'open' AND realert_pending = 1 AND alert_msg IS NOT NULL {_QUEUE}"
            " LIMIT ?",
            (limit,),
        )
        return [case for case, _ in pairs]

    async def waiting_count(self) -> int:
        """How many cases wait unclaimed (shown on re-alerts)."""
        row = await self.tx.fetchone("SELECT count(*) FROM cases WHERE status = 'open'")
        return int(row[0]) if row else 0

    async def dirty_alert(self) -> tuple[int, int] | None:
        """(chat, message) of an alert whose text is behind its cases, cases not closed first."""
        row = await self.tx.fetchone(
            "SELECT alert_chat, alert_msg FROM cases"
            " WHERE alert_msg IS NOT NULL AND alert_done < alert_rev"
            " GROUP BY alert_chat, alert_msg ORDER BY min(status = 'closed'), min(id) LIMIT 1"
        )
        return (int(row[0]), int(row[1])) if row else None

    async def alert_members(self, chat: int, message: int) -> list[tuple[Case, int]]:
        """The cases whose cards live in one alert message, in the order they were posted."""
        return await self._with_rev(
            "WHERE alert_chat = ? AND alert_msg = ? ORDER BY id", (chat, message)
        )

    async def alert_posted(self, chat: int, message: int, revs: Iterable[tuple[int, int]]) -> None:
        """Record where cards went and which revision they show."""
        for case_id, rev in revs:
            await self.tx.execute(
                "UPDATE cases SET alert_chat = ?, alert_msg = ?, realert_pending = 0,"
                " alert_done = max(alert_done, ?) WHERE id = ?",
                (chat, message, rev, case_id),
            )

    async def alert_shown(self, revs: Iterable[tuple[int, int]]) -> None:
        """Record that an edit shows these revisions."""
        for case_id, rev in revs:
            await self.tx.execute(
                "UPDATE cases SET alert_done = max(alert_done, ?) WHERE id = ?", (rev, case_id)
            )

    async def realerts_sent(self, case_ids: Iterable[int]) -> None:
        """Clear the re-alert flag of cases mentioned in a re-alert."""
        for case_id in case_ids:
            await self.tx.execute("UPDATE cases SET realert_pending = 0 WHERE id = ?", (case_id,))

    async def alert_lost(self, chat: int, message: int) -> None:
        """An alert message is gone: its waiting cases get a new one, the others none."""
        await self._lose("alert_chat = ? AND alert_msg = ?", (chat, message))

    async def alerts_lost_in(self, chat: int) -> None:
        """The bot cannot use this chat any more: every alert in it is gone."""
        await self._lose("alert_chat = ?", (chat,))

    async def _lose(self, where: str, params: tuple[object, ...]) -> None:
        await self.tx.execute(
            f"UPDATE cases SET alert_chat = NULL, alert_msg = NULL, alert_done = alert_rev"
            f" WHERE {where} AND status != 'open'",
            params,
        )
        await self.tx.execute(
            f"UPDATE cases SET alert_chat = NULL, alert_msg = NULL"
            f" WHERE {where} AND status = 'open'",
            params,
        )

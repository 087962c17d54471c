"""Deliveries the staff desk queues inside its transaction: outbox rows and local mail.

Outbox rows go to Telegram (the adapter's sender drains them with pacing and retries); mail
rows go to the terminal (`gyeot chat`, `gyeot staff`), which reads and deletes them. Both are
encrypted with the row id bound as associated data, exactly like the outbox of schema 1.
"""

from __future__ import annotations

from datetime import datetime

from flows import OutboxMessage
from storage._case_rows import Statements
from storage._clock import micros
from storage.crypto import Keyring


async def queue_outbox(
    tx: Statements, keyring: Keyring, message: OutboxMessage, *, owner: str | None, at: int
) -> int:
    """Insert one outbox row (route and payload encrypted with its id); return the id.

    `dest` is the pseudonym of (channel, route), so that a channel which cannot push finds what
    waits for one conversation (`outbox_for`) without decrypting every row.
    """
    row_id = await tx.insert(
        "INSERT INTO outbox (user_key, channel, dest, created_at) VALUES (?, ?, ?, ?)",
        (owner, message.channel, keyring.user_key(message.channel, message.route), at),
    )
    await tx.execute(
        "UPDATE outbox SET route = ?, payload = ? WHERE id = ?",
        (
            keyring.encrypt_text(message.route, aad=f"outbox|route|{row_id}"),
            keyring.encrypt_text(message.payload, aad=f"outbox|payload|{row_id}"),
            row_id,
        ),
    )
    return row_id


class Deliveries:
    """Queue outbox rows and mail; read and delete mail."""

    tx: Statements
    keyring: Keyring

    async def enqueue(
        self,
        route: str,
        payload: str,
        *,
        owner: str | None,
        now: datetime,
        channel: str = "telegram",
    ) -> int:
        """Queue one message on `channel`; `owner` is whose words or chat it concerns (/forget)."""
        message = OutboxMessage(route, payload, channel)
        return await queue_outbox(self.tx, self.keyring, message, owner=owner, at=micros(now))

    async def link_relay(self, outbox_id: int, case_id: int, counselor: int) -> None:
        """Remember that this outbox row carries her message of this case to this counselor."""
        await self.tx.execute(
            "INSERT OR REPLACE INTO relay_links (outbox_id, case_id, counselor) VALUES (?, ?, ?)",
            (outbox_id, case_id, counselor),
        )

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
        """Leave a message for the terminal: 'user' (her key), 'counselor' (id) or 'staff'."""
        row_id = await self.tx.insert(
            "INSERT INTO mail (recipient, target, user_key, case_id, created_at)"
            " VALUES (?, ?, ?, ?, ?)",
            (recipient, target, user_key, case_id, micros(now)),
        )
        blob = self.keyring.encrypt_text(text, aad=f"mail|body|{row_id}")
        await self.tx.execute("UPDATE mail SET body = ? WHERE id = ?", (blob, row_id))
        return row_id

    async def take_mail(self, recipient: str, target: str, *, limit: int = 50) -> list[str]:
        """Return and delete the oldest mail for one recipient."""
        rows = await self.tx.fetchall(
            "SELECT id, body FROM mail WHERE recipient = ? AND target = ? ORDER BY id LIMIT ?",
            (recipient, target, limit),
        )
        texts = [self.keyring.decrypt_text(bytes(b), aad=f"mail|body|{i}") for i, b in rows]
        if rows:
            await self.tx.execute(
                "DELETE FROM mail WHERE recipient = ? AND target = ? AND id <= ?",
                (recipient, target, rows[-1][0]),
            )
        return texts

    async def notices_after(self, after: int, *, limit: int = 50) -> list[tuple[int, str]]:
        """Staff notices newer than `after` (several consoles may read them; not deleted)."""
        rows = await self.tx.fetchall(
            "SELECT id, body FROM mail WHERE recipient = 'staff' AND id > ? ORDER BY id LIMIT ?",
            (after, limit),
        )
        return [
            (int(i), self.keyring.decrypt_text(bytes(b), aad=f"mail|body|{i}")) for i, b in rows
        ]

    async def last_notice(self) -> int:
        """The id of the newest staff notice (0 if none)."""
        row = await self.tx.fetchone("SELECT max(id) FROM mail WHERE recipient = 'staff'")
        return int(row[0]) if row and row[0] is not None else 0

    async def prune_notices(self, before: datetime) -> int:
        """Delete staff notices older than `before`."""
        return await self.tx.execute(
            "DELETE FROM mail WHERE recipient = 'staff' AND created_at < ?", (micros(before),)
        )

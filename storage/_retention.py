"""Erase one person (`/forget`) and drop what is past retention (`purge`).

`forget_rows` removes every row that can be linked to her user key: session, intake, route,
chat log, queued messages, transcripts and her unanswered questions (found through their
salted tags);
her cases are closed and unlinked, keeping only the alias for the counselors' records. The
receipt in the audit log holds counts only.

`purge_rows` runs one statement per table, each cut off at `now` minus that table's period.
"""

from __future__ import annotations

import hmac
import json
from dataclasses import dataclass

from flows import OutboxMessage, PrivacyPolicy
from storage._case_rows import Statements
from storage._clock import days
from storage._effects import audit
from storage._mail import queue_outbox
from storage.crypto import Keyring

# Telegram confirms an update only when the next getUpdates moves past it and re-delivers
# unconfirmed ones for up to 24 h, so two days of handled ids are enough to drop repeats.
INBOX_KEEP_DAYS = 2
# The Bot API deletes messages only while they are younger than 48 hours.
CHATLOG_KEEP_DAYS = 2
# Sent rows hold no content (route and payload are wiped), only the platform message id.
OUTBOX_KEEP_DAYS = 1


async def forget_rows(
    tx: Statements, keyring: Keyring, user_key: str, at: int, *, erase_copies: bool = False
) -> dict[str, int]:
    """Delete or unlink everything of hers; write a counts-only receipt; return the counts.

    `erase_copies` (/erase) also queues the deletion of the copies of her messages relayed
    into counselors' chats, those the Bot API still lets a bot delete (48 hours).
    """
    one = (user_key,)
    copies = await erase_relayed_copies(tx, keyring, user_key, at) if erase_copies else 0
    counts = {
        "sessions": await tx.execute("DELETE FROM sessions WHERE user_key = ?", one),
        "intake": await tx.execute("DELETE FROM intake WHERE user_key = ?", one),
        "cases": await tx.execute(
            "UPDATE cases SET user_key = NULL, status = 'closed',"
            " closed_at = coalesce(closed_at, ?), updated_at = ? WHERE user_key = ?",
            (at, at, user_key),
        ),
        "routes": await tx.execute("DELETE FROM routes WHERE user_key = ?", one),
        "chatlog": await tx.execute("DELETE FROM chatlog WHERE user_key = ?", one),
        "outbox": await tx.execute("DELETE FROM outbox WHERE user_key = ?", one),
        "unanswered": await forget_unanswered(tx, keyring, user_key),
        "transcripts": await tx.execute("DELETE FROM transcripts WHERE user_key = ?", one),
        "relayed_copies": copies,
    }
    receipt = ",".join(f"{table}={count}" for table, count in counts.items())
    await audit(tx, "forget", receipt, None, at)
    return counts


async def erase_relayed_copies(tx: Statements, keyring: Keyring, user_key: str, at: int) -> int:
    """Queue deleteMessages for her relayed copies younger than 48 hours; return how many."""
    rows = await tx.fetchall(
        "SELECT r.counselor, o.platform_message_id FROM relay_links r"
        " JOIN outbox o ON o.id = r.outbox_id"
        " WHERE o.user_key = ? AND o.platform_message_id IS NOT NULL AND o.created_at > ?",
        (user_key, at - days(CHATLOG_KEEP_DAYS)),
    )
    by_chat: dict[int, list[int]] = {}
    for counselor, message_id in rows:
        by_chat.setdefault(int(counselor), []).append(int(message_id))
    for counselor, ids in by_chat.items():
        for start in range(0, len(ids), 100):  # deleteMessages takes at most 100 ids
            params = {"message_ids": sorted(ids)[start : start + 100]}
            payload = json.dumps({"method": "deleteMessages", "params": params})
            message = OutboxMessage(str(counselor), payload, "telegram")
            await queue_outbox(tx, keyring, message, owner=None, at=at)
    return len(rows)


async def forget_unanswered(tx: Statements, keyring: Keyring, user_key: str) -> int:
    """Find her questions by recomputing each row's salted tag (a scan: /forget is rare)."""
    rows = await tx.fetchall("SELECT id, owner_salt, owner_tag FROM unanswered")
    hers = [
        (row_id,)
        for row_id, salt, tag in rows
        if hmac.compare_digest(keyring.link_tag(user_key, bytes(salt)), bytes(tag))
    ]
    if hers:
        await tx.executemany("DELETE FROM unanswered WHERE id = ?", hers)
    return len(hers)


@dataclass(frozen=True, slots=True)
class Cutoffs:
    """The moments (microseconds) before which each kind of row goes."""

    session: int
    case: int
    audit: int
    route: int
    inbox: int
    chatlog: int
    outbox: int

    @classmethod
    def at(cls, now: int, policy: PrivacyPolicy, route_grace: int) -> Cutoffs:
        """Compute every cutoff from `now` and the policy."""
        return cls(
            session=now - days(policy.retention_days),
            case=now - days(policy.case_retention_days),
            audit=now - days(policy.audit_retention_days),
            route=now - route_grace,
            inbox=now - days(INBOX_KEEP_DAYS),
            chatlog=now - days(CHATLOG_KEEP_DAYS),
            outbox=now - days(OUTBOX_KEEP_DAYS),
        )


async def purge_rows(tx: Statements, cut: Cutoffs) -> dict[str, int]:
    """Delete everything past its retention; return counts per table."""
    run = tx.execute
    return {
        "sessions": await run("DELETE FROM sessions WHERE updated_at < ?", (cut.session,)),
        # Intake lives exactly as long as her session (its last message, not the intake).
        "intake": await run(
            "DELETE FROM intake WHERE user_key NOT IN (SELECT user_key FROM sessions)"
        ),
        # A closed case keeps her key only as long as a session would, then only its alias.
        "case_links": await run(
            "UPDATE cases SET user_key = NULL"
            " WHERE status = 'closed' AND user_key IS NOT NULL AND updated_at < ?",
            (cut.session,),
        ),
        "cases": await run(
            "DELETE FROM cases WHERE status = 'closed' AND updated_at < ?", (cut.case,)
        ),
        "routes": await run(
            "DELETE FROM routes WHERE updated_at < ?1 AND NOT EXISTS (SELECT 1 FROM cases c"
            " WHERE c.user_key = routes.user_key AND (c.status != 'closed' OR c.closed_at >= ?1))",
            (cut.route,),
        ),
        "unanswered": await run("DELETE FROM unanswered WHERE created_at < ?", (cut.session,)),
        "transcripts": await run("DELETE FROM transcripts WHERE created_at < ?", (cut.session,)),
        "audit": await run("DELETE FROM audit WHERE created_at < ?", (cut.audit,)),
        "inbox": await run(
            "DELETE FROM inbox WHERE (done = 1 AND received_at < ?) OR received_at < ?",
            (cut.inbox, cut.session),
        ),
        "outbox": await run(
            "DELETE FROM outbox WHERE (status != 'pending' AND created_at < ?) OR created_at < ?",
            (cut.outbox, cut.session),
        ),
        "chatlog": await run("DELETE FROM chatlog WHERE at < ?", (cut.chatlog,)),
    }

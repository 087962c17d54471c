"""Her messages, kept only when `[privacy] store_transcripts` is on: redacted, then encrypted.

Each row's text is AES-GCM with associated data `transcripts|text|<id>`, so a value moved to
another row does not decrypt. Nothing is written for a user known to be under 14, and her
transcript and intake answers from before she said so are deleted with her next commit
(PIPA art. 22-2: her consent alone does not count).
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from flows import PrivacyPolicy, redact
from storage._case_rows import Reads, Statements
from storage._retention import forget_unanswered
from storage.crypto import Keyring

SPEAKERS = frozenset({"her", "counselor"})
MAX_CHARS = 4000


def aad(row_id: int) -> str:
    """Return the associated data of one transcript row."""
    return f"transcripts|text|{row_id}"


@dataclass(frozen=True, slots=True)
class Line:
    """One line she or her counselor wrote, and what decides whether it may be kept."""

    user_key: str
    text: str | None
    under14: bool
    at: int
    speaker: str = "her"


async def keep_transcript(
    tx: Statements, keyring: Keyring, policy: PrivacyPolicy, line: Line
) -> int:
    """Write one redacted, encrypted line if the policy allows it; return rows written."""
    if line.under14:
        await drop_beyond_session(tx, keyring, line.user_key)
        return 0
    if line.text is None or not policy.store_transcripts:
        return 0
    if line.speaker not in SPEAKERS:
        raise ValueError(f"speaker must be one of {sorted(SPEAKERS)}")
    clean = redact(line.text)[:MAX_CHARS]
    if not clean:
        return 0
    row_id = await tx.insert(
        "INSERT INTO transcripts (user_key, speaker, created_at) VALUES (?, ?, ?)",
        (line.user_key, line.speaker, line.at),
    )
    blob = keyring.encrypt_text(clean, aad=aad(row_id))
    await tx.execute("UPDATE transcripts SET text = ? WHERE id = ?", (blob, row_id))
    return 1


async def drop_beyond_session(tx: Statements, keyring: Keyring, user_key: str) -> None:
    """She is under 14: drop what was kept before she said so (call before saving her state).

    Transcript and intake go at every commit (cheap, indexed); her unanswered questions, found
    by a scan of their salted tags, only at the commit where her saved state changes to under 14.
    """
    await tx.execute("DELETE FROM transcripts WHERE user_key = ?", (user_key,))
    await tx.execute("DELETE FROM intake WHERE user_key = ?", (user_key,))
    row = await tx.fetchone("SELECT state FROM sessions WHERE user_key = ?", (user_key,))
    if row is not None and json.loads(str(row[0])).get("under14") is not True:
        await forget_unanswered(tx, keyring, user_key)


async def read_transcript(
    db: Reads, keyring: Keyring, user_key: str, limit: int
) -> list[tuple[str, str]]:
    """Return her last `limit` lines as (speaker, redacted text), oldest first."""
    rows = await db.fetchall(
        "SELECT id, speaker, text FROM transcripts WHERE user_key = ? AND text IS NOT NULL"
        " ORDER BY id DESC LIMIT ?",
        (user_key, limit),
    )
    lines = [
        (str(speaker), keyring.decrypt_text(bytes(blob), aad=aad(int(row_id))))
        for row_id, speaker, blob in rows
    ]
    return lines[::-1]

"""Re-encrypt every stored ciphertext under the keyring's current key version.

Works in small batches, each its own transaction, so the bot keeps answering while a large
table is rotated; a crash half-way leaves a mix of versions, which the keyring still reads,
and running it again finishes the job.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from storage._case_rows import Backend, Statements
from storage.crypto import Keyring

logger = logging.getLogger(__name__)

BATCH = 500


@dataclass(frozen=True, slots=True)
class EncryptedColumn:
    """One column of AES-GCM blobs and how its associated data names the row."""

    table: str
    key: str
    column: str

    def aad(self, row_key: object) -> str:
        """Return the associated data of one row's value."""
        return f"{self.table}|{self.column}|{row_key}"


ENCRYPTED_COLUMNS = (
    EncryptedColumn("routes", "user_key", "route"),
    EncryptedColumn("inbox", "id", "raw"),
    EncryptedColumn("outbox", "id", "route"),
    EncryptedColumn("outbox", "id", "payload"),
    EncryptedColumn("transcripts", "id", "text"),
    EncryptedColumn("case_notes", "id", "body"),
    EncryptedColumn("mail", "id", "body"),
)


async def rotate_all(db: Backend, keyring: Keyring) -> dict[str, int]:
    """Re-encrypt the key check and every encrypted column; return counts per column."""
    counts = {"meta.key_check": await _rotate_key_check(db, keyring)}
    for column in ENCRYPTED_COLUMNS:
        counts[f"{column.table}.{column.column}"] = await _rotate_column(db, keyring, column)
    logger.info("key rotation done: %s", counts)
    return counts


async def _rotate_key_check(db: Backend, keyring: Keyring) -> int:
    current = bytes([keyring.version])
    async with db.transaction() as tx:
        row = await tx.fetchone("SELECT value FROM meta WHERE key = 'key_check'")
        if row is None or bytes(row[0])[:1] == current:
            return 0
        keyring.verify_key_check(bytes(row[0]))
        await tx.execute(
            "UPDATE meta SET value = ? WHERE key = 'key_check'", (keyring.key_check(),)
        )
    return 1


async def _rotate_column(db: Backend, keyring: Keyring, col: EncryptedColumn) -> int:
    current = bytes([keyring.version])
    # Table and column names come from ENCRYPTED_COLUMNS, never from input.
    select = (
        f"SELECT {col.key}, {col.column} FROM {col.table}"
        f" WHERE {col.column} IS NOT NULL AND substr({col.column}, 1, 1) != ? LIMIT {BATCH}"
    )
    update = f"UPDATE {col.table} SET {col.column} = ? WHERE {col.key} = ?"
    done = 0
    while True:
        async with db.transaction() as tx:
            rows = await tx.fetchall(select, (current,))
            fresh = [(_reseal(keyring, bytes(blob), col.aad(key)), key) for key, blob in rows]
            await tx.executemany(update, fresh)
        done += len(fresh)
        if len(rows) < BATCH:
            return done


async def verify_sample(tx: Statements, keyring: Keyring) -> None:
    """Decrypt one stored value per column; raise `SecretKeyError` if the key is not theirs.

    Used when the key check is missing, so that a database holding data is never silently
    adopted by a new key.
    """
    for col in ENCRYPTED_COLUMNS:
        row = await tx.fetchone(
            f"SELECT {col.key}, {col.column} FROM {col.table}"
            f" WHERE {col.column} IS NOT NULL LIMIT 1"
        )
        if row is not None:
            keyring.decrypt(bytes(row[1]), aad=col.aad(row[0]))


async def check_pseudonyms(tx: Statements, keyring: Keyring) -> None:
    """Refuse a pseudonym secret other than the one the user keys were made with."""
    row = await tx.fetchone("SELECT value FROM meta WHERE key = 'pseudonym_check'")
    if row is None:
        await tx.execute(
            "INSERT INTO meta (key, value) VALUES ('pseudonym_check', ?)",
            (keyring.pseudonym_check(),),
        )
    else:
        keyring.verify_pseudonym_check(bytes(row[0]))


def _reseal(keyring: Keyring, blob: bytes, aad: str) -> bytes:
    return keyring.encrypt(keyring.decrypt(blob, aad=aad), aad=aad)

"""SQLite specifics: files, migrations, transactions, durability, keys and staff case lookups."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
import textwrap
from datetime import timedelta
from pathlib import Path

import pytest

from flows import (
    Escalate,
    OutboxMessage,
    PrivacyPolicy,
    Received,
    RequestCounselor,
    Risk,
    Session,
)
from storage import Database, Keyring, MigrationError, SecretKeyError, SqliteStore, StorageError
from storage.db import load_migrations
from tests.storage.conftest import (
    HER,
    OTHER,
    PLATFORM_ID,
    SECRET,
    T0,
    outcome,
    query,
    write,
)

# ---------------------------------------------------------------- files and migrations


async def test_a_new_database_is_migrated_to_the_latest_schema(
    sqlite_store: SqliteStore, db_path: Path
) -> None:
    """A fresh file ends at user_version N with every table there."""
    tables = {row[0] for row in query(db_path, "SELECT name FROM sqlite_schema")}
    assert query(db_path, "PRAGMA user_version") == [(len(load_migrations()),)]
    assert {"sessions", "intake", "cases", "routes", "unanswered", "audit"} <= tables
    assert {"inbox", "outbox", "chatlog", "meta"} <= tables


async def test_the_connection_is_wal_and_durable(db_path: Path) -> None:
    """The writing connection: journal mode WAL, synchronous FULL, foreign keys on."""
    db = await Database.open(db_path)
    try:
        async with db.transaction() as tx:
            rows = [
                await tx.fetchone(f"PRAGMA {name}")
                for name in ("journal_mode", "synchronous", "foreign_keys", "secure_delete")
            ]
    finally:
        await db.close()
    assert rows == [("wal",), (2,), (1,), (1,)]


async def test_reopening_keeps_data_and_applies_nothing_twice(
    db_path: Path, keyring: Keyring, policy: PrivacyPolicy
) -> None:
    """A second open finds the same schema version and the data written before."""
    store = await SqliteStore.open(db_path, keyring, policy)
    await store.commit(HER, outcome(), now=T0)
    await store.close()
    store = await SqliteStore.open(db_path, keyring, policy)
    try:
        assert await store.load(HER) == Session(started=True)
    finally:
        await store.close()
    assert query(db_path, "PRAGMA user_version") == [(len(load_migrations()),)]


async def test_migrations_are_numbered_without_gaps() -> None:
    """The shipped migrations are 001, 002, … in order."""
    assert [m.number for m in load_migrations()] == list(range(1, len(load_migrations()) + 1))


async def test_a_newer_schema_is_refused(
    db_path: Path, keyring: Keyring, policy: PrivacyPolicy
) -> None:
    """A database from a newer gyeot is not touched and the message says to upgrade."""
    await (await SqliteStore.open(db_path, keyring, policy)).close()
    write(db_path, "PRAGMA user_version = 99")
    latest = len(load_migrations())
    with pytest.raises(MigrationError, match=rf"newer gyeot \(schema 99 > {latest}\); upgrade"):
        await Database.open(db_path)
    assert query(db_path, "PRAGMA user_version") == [(99,)]


async def test_a_file_that_is_not_a_database_is_refused(db_path: Path) -> None:
    """A corrupt file gives a StorageError saying to move it aside, caused by sqlite3."""
    db_path.write_bytes(b"this is not sqlite at all " * 200)
    with pytest.raises(StorageError, match="not a readable gyeot database") as info:
        await Database.open(db_path)
    assert isinstance(info.value.__cause__, sqlite3.DatabaseError)
    assert "Move the file aside" in str(info.value)


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores directory permissions")
async def test_a_read_only_directory_is_refused(tmp_path: Path) -> None:
    """A directory the bot cannot write gives a StorageError naming it."""
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(StorageError, match="not writable"):
            await Database.open(folder / "bot.db")
    finally:
        folder.chmod(0o700)


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file permissions")
async def test_an_unwritable_file_is_refused(db_path: Path) -> None:
    """A database file the bot cannot write gives a StorageError saying how to fix it."""
    db_path.write_bytes(b"")
    db_path.chmod(0o400)
    with pytest.raises(StorageError, match="not readable and writable"):
        await Database.open(db_path)


async def test_the_file_is_private_and_the_directory_is_made(tmp_path: Path) -> None:
    """A missing directory is created 0700 and the database file 0600."""
    path = tmp_path / "var" / "deep" / "bot.db"
    db = await Database.open(path)
    await db.close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


async def test_a_directory_in_place_of_the_file_is_refused(tmp_path: Path) -> None:
    """Pointing the path at a directory says so."""
    with pytest.raises(StorageError, match="is a directory"):
        await Database.open(tmp_path)


# ---------------------------------------------------------------- transactions


async def test_an_error_inside_a_transaction_rolls_everything_back(db_path: Path) -> None:
    """Nothing from a failed transaction is kept."""
    db = await Database.open(db_path)
    try:
        with pytest.raises(ZeroDivisionError):
            async with db.transaction() as tx:
                await tx.execute("INSERT INTO audit (kind, created_at) VALUES ('x', 1)")
                _ = 1 / 0
        assert await db.fetchall("SELECT * FROM audit") == []
    finally:
        await db.close()


async def test_sqlite_errors_are_wrapped(db_path: Path) -> None:
    """A failing statement surfaces as StorageError with the sqlite3 error as cause."""
    db = await Database.open(db_path)
    try:
        with pytest.raises(StorageError) as info:
            async with db.transaction() as tx:
                await tx.execute("INSERT INTO no_such_table VALUES (1)")
    finally:
        await db.close()
    assert isinstance(info.value.__cause__, sqlite3.OperationalError)


async def test_nesting_a_transaction_fails_fast(db_path: Path) -> None:
    """Using the database inside its own transaction raises instead of deadlocking."""
    db = await Database.open(db_path)
    try:
        async with db.transaction():
            with pytest.raises(RuntimeError, match="deadlock"):
                await db.fetchone("SELECT 1")
    finally:
        await db.close()


async def test_a_closed_database_says_so(db_path: Path) -> None:
    """Use after close is a StorageError; closing twice is fine."""
    db = await Database.open(db_path)
    await db.close()
    await db.close()
    with pytest.raises(StorageError, match="closed"):
        await db.fetchone("SELECT 1")


CRASH_SCRIPT = textwrap.dedent(
    """
    import asyncio, os, sys
    from datetime import UTC, datetime
    from flows import Outcome, OutboxMessage, PrivacyPolicy, Session
    from storage import Keyring, SqliteStore

    async def main():
        store = await SqliteStore.open(sys.argv[1], Keyring(sys.argv[2]), PrivacyPolicy())
        state = Session(started=True, step="crashed")
        message = OutboxMessage("chat-1", "{}")
        await store.commit("k" * 64, Outcome((), state), now=datetime.now(UTC), outbox=[message])
        os._exit(1)  # no close, no checkpoint: a hard crash right after the commit

    asyncio.run(main())
    """
)


async def test_a_commit_survives_a_hard_crash(
    db_path: Path, keyring: Keyring, policy: PrivacyPolicy
) -> None:
    """State and outbox committed just before the process died are there after restart."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    done = subprocess.run(
        [sys.executable, "-c", CRASH_SCRIPT, str(db_path), SECRET],
        env=env,
        capture_output=True,
        check=False,
        timeout=60,
    )
    assert (done.returncode, done.stderr) == (1, b"")
    assert Path(str(db_path) + "-wal").exists()
    store = await SqliteStore.open(db_path, keyring, policy)
    try:
        assert await store.load("k" * 64) == Session(started=True, step="crashed")
        assert [m.route for m in await store.outbox_pending()] == ["chat-1"]
    finally:
        await store.close()


async def test_sqlite_refusing_to_open_is_translated(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When SQLite itself cannot open the file, the error says what to do (forced path)."""
    monkeypatch.setattr("storage.db._prepare_file", lambda path: None)
    with pytest.raises(StorageError, match="cannot write the database") as info:
        await Database.open(tmp_path / "missing" / "bot.db")
    assert isinstance(info.value.__cause__, sqlite3.OperationalError)


# ---------------------------------------------------------------- keys


async def test_a_wrong_key_is_refused_at_open(
    db_path: Path, keyring: Keyring, policy: PrivacyPolicy
) -> None:
    """Opening with another secret fails before anything is read, and says what to do."""
    await (await SqliteStore.open(db_path, keyring, policy)).close()
    with pytest.raises(SecretKeyError, match="GYEOT_SECRET_KEY does not match the key"):
        await SqliteStore.open(db_path, Keyring("another-secret-0123456789abcdef"), policy)


async def test_rotation_keeps_every_value_readable(
    db_path: Path, keyring: Keyring, policy: PrivacyPolicy
) -> None:
    """After rotating to a new key, the new key alone reads routes, inbox and outbox."""
    store = await SqliteStore.open(db_path, keyring, policy)
    await store.save_route(HER, PLATFORM_ID, now=T0)
    await store.inbox_put([Received("telegram", str(1), "raw-1")], now=T0)
    await store.commit(HER, outcome(), now=T0, outbox=[OutboxMessage("chat-1", "p")])
    await store.close()
    new = "the-new-secret-after-rotation-42"
    both = Keyring(new, version=2, previous={1: SECRET}, pseudonym=SECRET)
    store = await SqliteStore.open(db_path, both, policy)
    counts = await store.rotate_keys()
    await store.close()
    assert counts == {
        "meta.key_check": 1,
        "routes.route": 1,
        "inbox.raw": 1,
        "outbox.route": 1,
        "outbox.payload": 1,
        "transcripts.text": 0,
        "case_notes.body": 0,
        "mail.body": 0,
    }
    store = await SqliteStore.open(db_path, Keyring(new, version=2, pseudonym=SECRET), policy)
    try:
        assert await store.route_for(HER) == PLATFORM_ID
        assert [(r.id, r.raw) for r in await store.inbox_pending()] == [(1, "raw-1")]
        assert [(m.route, m.payload) for m in await store.outbox_pending()] == [("chat-1", "p")]
    finally:
        await store.close()


async def test_rotation_twice_changes_nothing_more(sqlite_store: SqliteStore) -> None:
    """Values already under the current key are left alone."""
    await sqlite_store.save_route(HER, PLATFORM_ID, now=T0)
    counts = await sqlite_store.rotate_keys()
    assert sum(counts.values()) == 0


async def test_a_value_moved_to_another_row_does_not_decrypt(
    sqlite_store: SqliteStore, db_path: Path
) -> None:
    """Copying her encrypted route onto another user's row is detected, not decrypted."""
    await sqlite_store.save_route(HER, "chat-her", now=T0)
    await sqlite_store.save_route(OTHER, "chat-other", now=T0)
    ((blob,),) = query(db_path, "SELECT route FROM routes WHERE user_key = ?", (HER,))
    write(db_path, "UPDATE routes SET route = ? WHERE user_key = ?", (blob, OTHER))
    with pytest.raises(SecretKeyError, match="altered or moved"):
        await sqlite_store.route_for(OTHER)


async def test_a_damaged_outbox_row_is_dropped_not_blocking(
    sqlite_store: SqliteStore, db_path: Path
) -> None:
    """One row that no longer decrypts is given up; the messages behind it still go."""
    messages = [OutboxMessage("chat-1", "first"), OutboxMessage("chat-1", "second")]
    await sqlite_store.commit(HER, outcome(), now=T0, outbox=messages)
    ((second,),) = query(db_path, "SELECT payload FROM outbox WHERE id = 2")
    write(db_path, "UPDATE outbox SET payload = ? WHERE id = 1", (second,))
    assert [m.payload for m in await sqlite_store.outbox_pending()] == ["second"]
    assert query(db_path, "SELECT status FROM outbox ORDER BY id") == [("failed",), ("pending",)]


async def test_a_missing_key_check_does_not_let_another_key_adopt_the_data(
    db_path: Path, keyring: Keyring, policy: PrivacyPolicy
) -> None:
    """Without the check value, stored ciphertext still proves which key wrote it."""
    store = await SqliteStore.open(db_path, keyring, policy)
    await store.save_route(HER, PLATFORM_ID, now=T0)
    await store.close()
    write(db_path, "DELETE FROM meta WHERE key = 'key_check'")
    with pytest.raises(SecretKeyError, match="GYEOT_SECRET_KEY does not match"):
        await SqliteStore.open(db_path, Keyring("another-secret-0123456789abcdef"), policy)
    store = await SqliteStore.open(db_path, keyring, policy)
    await store.close()
    assert len(query(db_path, "SELECT * FROM meta WHERE key = 'key_check'")) == 1


# ---------------------------------------------------------------- staff side of cases


async def test_staff_claim_and_close_a_case(sqlite_store: SqliteStore) -> None:
    """A counselor claims an open case by alias, then closes it."""
    await sqlite_store.commit(HER, outcome(Escalate(Risk.MEDICAL, "medical.bleeding")), now=T0)
    case = await sqlite_store.case_for(HER)
    assert case is not None
    assert await sqlite_store.case_user(case.alias) == HER
    assert await sqlite_store.claim_case(case.alias, now=T0) is True
    assert await sqlite_store.claim_case(case.alias, now=T0) is False
    assert [c.status for c in await sqlite_store.open_cases()] == ["claimed"]
    assert await sqlite_store.close_case(case.alias, now=T0) is True
    assert (await sqlite_store.case_for(HER), await sqlite_store.open_cases()) == (None, [])


async def test_urgent_cases_are_listed_first(sqlite_store: SqliteStore) -> None:
    """Open cases come urgent first, then by age."""
    await sqlite_store.commit(HER, outcome(RequestCounselor()), now=T0)
    later = T0 + timedelta(minutes=5)
    await sqlite_store.commit(OTHER, outcome(Escalate(Risk.VIOLENCE, "v")), now=later)
    assert [c.urgency for c in await sqlite_store.open_cases()] == ["urgent", "normal"]


async def test_a_forgotten_case_keeps_its_alias_but_not_her(sqlite_store: SqliteStore) -> None:
    """After /forget the alias no longer leads to her."""
    await sqlite_store.commit(HER, outcome(RequestCounselor()), now=T0)
    case = await sqlite_store.case_for(HER)
    assert case is not None
    await sqlite_store.forget(HER, now=T0)
    assert await sqlite_store.case_user(case.alias) is None


async def test_an_unreadable_saved_state_starts_afresh(
    sqlite_store: SqliteStore, db_path: Path
) -> None:
    """A session that no longer fits the model loads as None instead of failing forever."""
    await sqlite_store.commit(HER, outcome(), now=T0)
    write(db_path, 'UPDATE sessions SET state = \'{"flow": "gone"}\'')
    assert await sqlite_store.load(HER) is None

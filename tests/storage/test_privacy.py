"""What the database holds: no platform id in clear, nothing left after /forget, retention."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from flows import (
    EndCase,
    Escalate,
    Forget,
    KeepIntake,
    Lang,
    OutboxMessage,
    PrivacyPolicy,
    Received,
    RecordUnanswered,
    RequestCounselor,
    Risk,
    Sent,
    Session,
)
from storage import Keyring, SqliteStore
from tests.storage.conftest import (
    HER,
    OTHER,
    PLATFORM_ID,
    T0,
    USERNAME,
    file_bytes,
    outcome,
    query,
)

# ---------------------------------------------------------------- what the bytes hold


async def test_platform_ids_never_reach_the_disk_in_clear(
    sqlite_store: SqliteStore, db_path: Path
) -> None:
    """Route, inbox and outbox hold the platform id and username only as ciphertext."""
    raw = f'{{"message": {{"from": {{"id": {PLATFORM_ID}, "username": "{USERNAME}"}}}}}}'
    await sqlite_store.inbox_put([Received("telegram", str(42), raw, HER, 31337)], now=T0)
    await sqlite_store.save_route(HER, PLATFORM_ID, now=T0)
    effects = (Escalate(Risk.SELF_HARM, "self_harm.die"), KeepIntake((("age", "20s"),)))
    reply = OutboxMessage(PLATFORM_ID, f'{{"chat_id": {PLATFORM_ID}, "text": "{USERNAME}"}}')
    await sqlite_store.commit(HER, outcome(*effects), now=T0, outbox=[reply], inbox_id=None)
    on_disk = file_bytes(db_path)
    assert (PLATFORM_ID.encode() in on_disk, USERNAME.encode() in on_disk) == (False, False)
    assert await sqlite_store.route_for(HER) == PLATFORM_ID


async def test_forget_leaves_no_trace_of_her_key_on_disk(
    sqlite_store: SqliteStore, db_path: Path
) -> None:
    """After /forget her user key is in no page of the file, the WAL or the shm."""
    effects = (RequestCounselor(), KeepIntake((("age", "20s"),)), RecordUnanswered("q", Lang.KO))
    await sqlite_store.commit(HER, outcome(*effects), now=T0, outbox=[OutboxMessage("c", "{}")])
    await sqlite_store.save_route(HER, PLATFORM_ID, now=T0)
    await sqlite_store.inbox_put([Received("telegram", str(1), "raw", HER, 5)], now=T0)
    await sqlite_store.inbox_done(1)
    await sqlite_store.commit(OTHER, outcome(), now=T0)
    assert HER.encode() in file_bytes(db_path)
    await sqlite_store.commit(HER, outcome(Forget()), now=T0)
    assert HER.encode() not in file_bytes(db_path)
    assert OTHER.encode() in file_bytes(db_path)


async def test_the_forget_receipt_holds_counts_only(
    sqlite_store: SqliteStore, db_path: Path
) -> None:
    """The audit row for /forget names no key and no content."""
    await sqlite_store.commit(HER, outcome(RequestCounselor()), now=T0)
    await sqlite_store.forget(HER, now=T0)
    rows = query(db_path, "SELECT kind, detail, case_alias FROM audit WHERE kind = 'forget'")
    assert rows == [
        (
            "forget",
            "sessions=1,intake=0,cases=1,routes=0,chatlog=0,outbox=0,unanswered=0,transcripts=0,"
            "relayed_copies=0",
            None,
        )
    ]


async def test_unanswered_rows_carry_no_user_key(sqlite_store: SqliteStore, db_path: Path) -> None:
    """Questions are stored with a salted tag, never her key, and tags differ per row."""
    for text in ("질문", "질문"):
        await sqlite_store.commit(HER, outcome(RecordUnanswered(text, Lang.KO)), now=T0)
    rows = query(db_path, "SELECT * FROM unanswered")
    assert all(HER not in str(row) for row in rows)
    assert rows[0][4] != rows[1][4]


async def test_under14_intake_deletes_what_was_kept(
    sqlite_store: SqliteStore, db_path: Path
) -> None:
    """Learning she is under 14 removes intake kept before."""
    await sqlite_store.commit(HER, outcome(KeepIntake((("age", "20s"),))), now=T0)
    state = Session(under14=True)
    await sqlite_store.commit(HER, outcome(KeepIntake((("age", "u14"),)), state=state), now=T0)
    assert query(db_path, "SELECT * FROM intake") == []


async def test_intake_keeps_only_policy_fields(sqlite_store: SqliteStore, db_path: Path) -> None:
    """Fields outside `[privacy] intake_fields` never reach the table."""
    fields = (("age", "20s"), ("name", "김지연"), ("region", "seoul"))
    await sqlite_store.commit(HER, outcome(KeepIntake(fields)), now=T0)
    assert query(db_path, "SELECT fields FROM intake") == [('{"age": "20s", "region": "seoul"}',)]


# ---------------------------------------------------------------- retention, per table


async def test_purge_deletes_each_table_on_its_own_clock(db_path: Path, keyring: Keyring) -> None:
    """Every table keeps rows exactly as long as its period, measured from a set clock."""
    policy = PrivacyPolicy(retention_days=30, case_retention_days=90, audit_retention_days=365)
    store = await SqliteStore.open(db_path, keyring, policy)
    try:
        await store.commit(HER, outcome(RequestCounselor(), EndCase()), now=T0)
        await store.commit(OTHER, outcome(), now=T0, outbox=[OutboxMessage("c", "{}")])
        await store.inbox_put([Received("telegram", str(1), "raw", HER, 5)], now=T0)
        await store.inbox_done(1)
        (message,) = await store.outbox_pending()
        await store.outbox_sent([Sent(message.id, platform_id=9)], now=T0)
        purged = [
            {k: v for k, v in (await store.purge(now=T0 + timedelta(days=n))).items() if v}
            for n in (1, 3, 31, 91, 366)
        ]
    finally:
        await store.close()
    assert purged == [
        {},
        {"inbox": 1, "outbox": 1, "chatlog": 1},
        {"sessions": 2, "case_links": 1},
        {"cases": 1},
        {"audit": 2},
    ]


async def test_a_route_outlives_its_case_only_by_the_grace(sqlite_store: SqliteStore) -> None:
    """While her case is open the route stays; after closing, it stays one grace period."""
    await sqlite_store.commit(HER, outcome(RequestCounselor()), now=T0)
    await sqlite_store.save_route(HER, PLATFORM_ID, now=T0)
    await sqlite_store.purge(now=T0 + timedelta(days=10))
    assert await sqlite_store.route_for(HER) == PLATFORM_ID
    await sqlite_store.commit(HER, outcome(EndCase()), now=T0 + timedelta(days=10))
    await sqlite_store.purge(now=T0 + timedelta(days=10, hours=12))
    assert await sqlite_store.route_for(HER) == PLATFORM_ID
    await sqlite_store.purge(now=T0 + timedelta(days=11, hours=1))
    assert await sqlite_store.route_for(HER) is None


async def test_a_handled_update_keeps_no_content(sqlite_store: SqliteStore, db_path: Path) -> None:
    """Once done, the inbox row keeps the id for de-duplication and nothing else."""
    (row_id,) = await sqlite_store.inbox_put([Received("telegram", "3", "raw")], now=T0)
    await sqlite_store.commit(HER, outcome(), now=T0, inbox_id=row_id)
    assert query(db_path, "SELECT event_key, raw, done FROM inbox") == [("3", None, 1)]


async def test_a_sent_message_keeps_only_its_platform_id(
    sqlite_store: SqliteStore, db_path: Path
) -> None:
    """After sending, route and text are wiped and the platform's message id remains."""
    await sqlite_store.commit(HER, outcome(), now=T0, outbox=[OutboxMessage("c", "{}")])
    (message,) = await sqlite_store.outbox_pending()
    await sqlite_store.outbox_sent([Sent(message.id, platform_id=777)], now=T0)
    rows = query(db_path, "SELECT route, payload, status, platform_message_id FROM outbox")
    assert rows == [(None, None, "sent", 777)]


async def test_marking_a_forgotten_message_is_harmless(
    sqlite_store: SqliteStore, db_path: Path
) -> None:
    """A sender finishing a message that /forget already removed changes nothing, logs nothing."""
    await sqlite_store.commit(HER, outcome(), now=T0, outbox=[OutboxMessage("c", "{}")])
    (message,) = await sqlite_store.outbox_pending()
    await sqlite_store.forget(HER, now=T0)
    await sqlite_store.outbox_sent([Sent(message.id, 1, HER)], now=T0)
    await sqlite_store.outbox_failed(message.id, final=True)
    assert await sqlite_store.outbox_pending() == []
    assert query(db_path, "SELECT * FROM chatlog") == []

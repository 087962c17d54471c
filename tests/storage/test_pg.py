"""PostgreSQL store: migrations, the SQL translation, locks across pools, and row claims."""

from __future__ import annotations

import asyncio
from datetime import timedelta

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
from storage import Keyring, MigrationError, SecretKeyError, StorageError
from storage.pg import PgStore
from storage.pg._db import load_pg_migrations, lock_key
from storage.pg._sql import returning_id, to_postgres
from tests.storage.conftest import HER, OTHER, PG_URL, PLATFORM_ID, SECRET, T0, outcome

# ---------------------------------------------------------------- the SQL translation


@pytest.mark.parametrize(
    ("sqlite", "postgres"),
    [
        pytest.param(
            "SELECT 1 FROM t WHERE a = ? AND b = ?",
            "SELECT 1 FROM t WHERE a = $1 AND b = $2",
            id="params",
        ),
        pytest.param(
            "SELECT '?' FROM t WHERE a = ?", "SELECT '?' FROM t WHERE a = $1", id="literal-kept"
        ),
        pytest.param(
            "DELETE FROM r WHERE u < ?1 OR c >= ?1",
            "DELETE FROM r WHERE u < $1 OR c >= $1",
            id="numbered",
        ),
        pytest.param(
            "INSERT OR IGNORE INTO chatlog (a, b) VALUES (?, ?)",
            "INSERT INTO chatlog (a, b) VALUES ($1, $2) ON CONFLICT DO NOTHING",
            id="or-ignore",
        ),
        pytest.param(
            "INSERT OR REPLACE INTO case_timers (case_id, kind, due_at) VALUES (?, ?, ?)",
            "INSERT INTO case_timers (case_id, kind, due_at) VALUES ($1, $2, $3)"
            " ON CONFLICT (case_id, kind) DO UPDATE SET due_at = EXCLUDED.due_at",
            id="or-replace",
        ),
        pytest.param(
            "SELECT json_extract(state, '$.lang') FROM sessions",
            "SELECT (state::jsonb ->> 'lang') FROM sessions",
            id="json-extract",
        ),
        pytest.param(
            "UPDATE sessions SET state = json_set(state, '$.case_open', json(?)) WHERE k = ?",
            "UPDATE sessions SET state = jsonb_set(state::jsonb, '{case_open}', ($1)::jsonb)::text"
            " WHERE k = $2",
            id="json-set",
        ),
        pytest.param(
            "UPDATE cases SET alert_done = max(alert_done, ?) WHERE id = ?",
            "UPDATE cases SET alert_done = greatest(alert_done, $1) WHERE id = $2",
            id="scalar-max",
        ),
        pytest.param("SELECT max(id) FROM mail", "SELECT max(id) FROM mail", id="aggregate-max"),
        pytest.param(
            "ORDER BY min(status = 'closed'), min(id)",
            "ORDER BY min((status = 'closed')::int), min(id)",
            id="boolean-min",
        ),
    ],
)
def test_statements_translate_to_postgres(sqlite: str, postgres: str) -> None:
    """Each SQLite-only construct the shared helpers use has its PostgreSQL form."""
    assert to_postgres(sqlite) == postgres


def test_an_insert_returns_its_id() -> None:
    """SQLite's lastrowid becomes RETURNING id."""
    assert returning_id("INSERT INTO mail (a) VALUES (?)").endswith("($1) RETURNING id")


def test_a_replace_into_an_unknown_table_is_refused() -> None:
    """An upsert needs the table's key; a table not listed fails loudly, not silently."""
    with pytest.raises(ValueError, match="primary key"):
        to_postgres("INSERT OR REPLACE INTO nowhere (a) VALUES (?)")


# ---------------------------------------------------------------- migrations and the key


async def test_migrations_are_recorded_and_idempotent(pg_store: PgStore, pg_schema: str) -> None:
    """schema_version lists every step once; opening again applies nothing new."""
    again = await PgStore.open(PG_URL, Keyring(SECRET), PrivacyPolicy(), schema=pg_schema)
    await again.close()
    rows = await pg_store.database.fetch_native("SELECT version FROM schema_version ORDER BY 1")
    assert [row[0] for row in rows] == list(range(1, len(load_pg_migrations()) + 1))
    assert pg_store.database.schema_version == len(load_pg_migrations())


async def test_a_newer_schema_is_refused(pg_store: PgStore, pg_schema: str) -> None:
    """A database migrated by a newer gyeot is not touched."""
    async with pg_store.transaction() as tx:
        await tx.execute(
            "INSERT INTO schema_version (version, name, applied_at) VALUES (999, 'future', 0)"
        )
    with pytest.raises(MigrationError, match="newer gyeot"):
        await PgStore.open(PG_URL, Keyring(SECRET), PrivacyPolicy(), schema=pg_schema)


async def test_another_key_is_refused(pg_store: PgStore, pg_schema: str) -> None:
    """A database written under one secret does not open under another."""
    with pytest.raises(SecretKeyError):
        await PgStore.open(
            PG_URL, Keyring("another-secret-0123456789abcdef"), PrivacyPolicy(), schema=pg_schema
        )


async def test_two_processes_starting_at_once_migrate_once(pg_schema: str) -> None:
    """Two pools opening a fresh schema together: one migrates, the other waits and agrees."""
    stores = await asyncio.gather(
        *(PgStore.open(PG_URL, Keyring(SECRET), PrivacyPolicy(), schema=pg_schema) for _ in "ab")
    )
    try:
        rows = await stores[0].database.fetch_native("SELECT count(*) FROM schema_version")
        assert rows == [(len(load_pg_migrations()),)]
    finally:
        for store in stores:
            await store.close()


async def test_claim_tokens_are_18_hex_characters(pg_store: PgStore) -> None:
    """The trigger gives each case a random claim token of SQLite's shape."""
    await pg_store.commit(HER, outcome(RequestCounselor()), now=T0)
    await pg_store.commit(OTHER, outcome(RequestCounselor()), now=T0)
    rows = await pg_store.database.fetch_native("SELECT claim_token FROM cases")
    tokens = [str(row[0]) for row in rows]
    assert len(set(tokens)) == 2
    assert all(len(t) == 18 and int(t, 16) >= 0 for t in tokens)


# ---------------------------------------------------------------- several processes


async def _second(pg_schema: str) -> PgStore:
    return await PgStore.open(PG_URL, Keyring(SECRET), PrivacyPolicy(), schema=pg_schema)


async def test_the_exclusive_lock_holds_off_another_process(
    pg_store: PgStore, pg_schema: str
) -> None:
    """While one pool's staff transaction runs, another pool's waits for it (as in SQLite)."""
    other = await _second(pg_schema)
    order: list[str] = []
    try:
        async with pg_store.staff_tx():
            waiting = asyncio.create_task(_staff_mark(other, order))
            await asyncio.sleep(0.3)
            order.append("first done")
        await waiting
    finally:
        await other.close()
    assert order == ["first done", "second ran"]


async def _staff_mark(store: PgStore, order: list[str]) -> None:
    async with store.staff_tx():
        order.append("second ran")


async def test_commits_of_different_people_run_side_by_side(
    pg_store: PgStore, pg_schema: str
) -> None:
    """Her conversation's lock does not hold up another person's commit."""
    other = await _second(pg_schema)
    try:
        async with pg_store.transaction(user_key=HER):
            await asyncio.wait_for(other.commit(OTHER, outcome(), now=T0), timeout=5)
            blocked = asyncio.create_task(other.commit(HER, outcome(), now=T0))
            await asyncio.sleep(0.3)
            assert not blocked.done()
        await asyncio.wait_for(blocked, timeout=5)
    finally:
        await other.close()


async def test_two_holders_claim_disjoint_inbox_rows(pg_store: PgStore) -> None:
    """SKIP LOCKED and leases: no row goes to two holders; a holder sees its own rows again."""
    events = [Received("telegram", str(n), f'{{"n": {n}}}') for n in range(6)]
    await pg_store.inbox_put(events, now=T0)
    lease = timedelta(seconds=30)
    a = await pg_store.inbox_claim("a", now=T0, lease=lease, limit=4)
    b = await pg_store.inbox_claim("b", now=T0, lease=lease)
    again = await pg_store.inbox_claim("a", now=T0, lease=lease, limit=4)
    assert [r.raw for r in a] == [f'{{"n": {n}}}' for n in range(4)]
    assert [r.raw for r in b] == ['{"n": 4}', '{"n": 5}']
    assert again == a


async def test_a_dead_holders_rows_return_after_its_lease(pg_store: PgStore) -> None:
    """Rows of a holder that stopped renewing go to another once the lease ran out."""
    await pg_store.inbox_put([Received("telegram", "1", "one")], now=T0)
    lease = timedelta(seconds=30)
    assert len(await pg_store.inbox_claim("dead", now=T0, lease=lease)) == 1
    assert await pg_store.inbox_claim("b", now=T0 + timedelta(seconds=29), lease=lease) == []
    later = await pg_store.inbox_claim("b", now=T0 + timedelta(seconds=31), lease=lease)
    assert [r.raw for r in later] == ["one"]
    await pg_store.inbox_done(later[0].id)
    assert await pg_store.inbox_claim("c", now=T0 + timedelta(hours=1), lease=lease) == []


async def test_claims_in_parallel_never_share_a_row(pg_store: PgStore, pg_schema: str) -> None:
    """Twelve holders on three pools claiming at once: no row twice, none left out."""
    await pg_store.inbox_put([Received("telegram", str(n), str(n)) for n in range(60)], now=T0)
    others = [await _second(pg_schema) for _ in range(2)]
    try:
        stores = [pg_store, *others]
        batches = await asyncio.gather(
            *(
                s.inbox_claim(f"h{i}-{j}", now=T0, lease=timedelta(minutes=1), limit=7)
                for i, s in enumerate(stores)
                for j in range(4)
            )
        )
    finally:
        for store in others:
            await store.close()
    ids = [row.id for batch in batches for row in batch]
    assert len(ids) == len(set(ids)) == 60


async def test_one_chat_leaves_in_order_across_holders(pg_store: PgStore) -> None:
    """An outbox row waits while an earlier one to the same chat is leased by another holder."""
    to = [OutboxMessage("chat-1", "first"), OutboxMessage("chat-1", "second")]
    await pg_store.commit(HER, outcome(), now=T0, outbox=to)
    await pg_store.commit(OTHER, outcome(), now=T0, outbox=[OutboxMessage("chat-2", "x")])
    lease = timedelta(seconds=30)
    a = await pg_store.outbox_claim("a", now=T0, lease=lease, limit=1)
    b = await pg_store.outbox_claim("b", now=T0, lease=lease)
    assert [m.payload for m in a] == ["first"]
    assert [m.payload for m in b] == ["x"]  # "second" waits for "first"
    again = await pg_store.outbox_claim("a", now=T0, lease=lease)
    assert [m.payload for m in again] == ["first", "second"]


async def test_a_transaction_inside_its_own_transaction_is_refused(pg_store: PgStore) -> None:
    """Waiting for its own lock would hang forever: it is an error instead, as on SQLite."""
    async with pg_store.staff_tx():
        with pytest.raises(RuntimeError, match="inside its own transaction"):
            await pg_store.commit(HER, outcome(), now=T0)
    await pg_store.commit(HER, outcome(), now=T0)


async def test_health_follows_the_pool(pg_store: PgStore) -> None:
    """Healthy while the server answers; not once the pool is closed."""
    assert await pg_store.healthy() is True
    await pg_store.close()
    assert await pg_store.healthy() is False


async def test_one_process_leads_and_another_takes_over(pg_store: PgStore, pg_schema: str) -> None:
    """A named lead is held by one pool at a time; released or lost, the next try gets it."""
    other = await _second(pg_schema)
    try:
        lead = await pg_store.try_lead("telegram-poller")
        assert lead is not None and await lead.still_held()
        assert await other.try_lead("telegram-poller") is None
        assert await other.try_lead("purge") is not None  # another name, another lock
        await lead.release()
        taken = await other.try_lead("telegram-poller")
        assert taken is not None
        assert await pg_store.try_lead("telegram-poller") is None
    finally:
        await other.close()  # closing gives its leads up, like a process that ends
    assert await pg_store.try_lead("telegram-poller") is not None


async def test_a_killed_session_loses_its_lead(pg_store: PgStore, pg_schema: str) -> None:
    """When the holder's session dies (kill -9, lost machine), the server frees the lock."""
    other = await _second(pg_schema)
    try:
        lead = await other.try_lead("telegram-poller")
        assert lead is not None
        key = lock_key(pg_schema, "lead", "telegram-poller") % 2**64
        async with pg_store.transaction() as tx:
            await tx.fetch_native(
                "SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory'"
                " AND classid = $1::bigint::oid AND objid = $2::bigint::oid AND granted",
                key >> 32,
                key & 0xFFFFFFFF,
            )
        for _ in range(50):
            if await pg_store.try_lead("telegram-poller") is not None:
                break
            await asyncio.sleep(0.1)
        else:
            pytest.fail("the lock was not freed when its session died")
        assert await lead.still_held() is False
    finally:
        await other.close()


# ---------------------------------------------------------------- as SQLite's own tests


async def test_an_error_inside_a_transaction_rolls_everything_back(pg_store: PgStore) -> None:
    """Nothing from a failed transaction is kept."""
    with pytest.raises(ZeroDivisionError):
        async with pg_store.transaction() as tx:
            await tx.execute("INSERT INTO audit (kind, created_at) VALUES ('x', 1)")
            _ = 1 / 0
    assert await pg_store.database.fetch_native("SELECT * FROM audit") == []


async def test_postgres_errors_are_wrapped(pg_store: PgStore) -> None:
    """A failing statement surfaces as StorageError with the driver's error as cause."""
    with pytest.raises(StorageError) as info:
        async with pg_store.transaction() as tx:
            await tx.execute("INSERT INTO no_such_table VALUES (1)")
    assert type(info.value.__cause__).__module__.startswith("asyncpg")


async def test_a_closed_store_says_so(pg_store: PgStore) -> None:
    """Use after close is a StorageError; closing twice is fine."""
    await pg_store.close()
    await pg_store.close()
    with pytest.raises(StorageError, match="closed"):
        await pg_store.load(HER)


async def test_an_unreachable_server_says_what_to_do() -> None:
    """No server at the URL: a StorageError that names the setting to check."""
    url = "postgresql://postgres@127.0.0.1:1/test"
    with pytest.raises(StorageError, match="GYEOT_DATABASE_URL"):
        await PgStore.open(url, Keyring(SECRET), PrivacyPolicy())


async def test_a_value_moved_to_another_row_does_not_decrypt(pg_store: PgStore) -> None:
    """Copying her encrypted route onto another user's row is detected, not decrypted."""
    await pg_store.save_route(HER, "chat-her", now=T0)
    await pg_store.save_route(OTHER, "chat-other", now=T0)
    async with pg_store.transaction() as tx:
        await tx.execute(
            "UPDATE routes SET route = (SELECT route FROM routes WHERE user_key = ?)"
            " WHERE user_key = ?",
            (HER, OTHER),
        )
    with pytest.raises(SecretKeyError, match="altered or moved"):
        await pg_store.route_for(OTHER)


async def test_a_damaged_outbox_row_is_dropped_not_blocking(pg_store: PgStore) -> None:
    """One row that no longer decrypts is given up; the messages behind it still go."""
    messages = [OutboxMessage("chat-1", "first"), OutboxMessage("chat-1", "second")]
    await pg_store.commit(HER, outcome(), now=T0, outbox=messages)
    async with pg_store.transaction() as tx:
        await tx.execute(
            "UPDATE outbox SET payload = (SELECT payload FROM outbox WHERE id = 2) WHERE id = 1"
        )
    assert [m.payload for m in await pg_store.outbox_pending()] == ["second"]
    rows = await pg_store.database.fetch_native("SELECT status FROM outbox ORDER BY id")
    assert rows == [("failed",), ("pending",)]


async def test_a_missing_key_check_does_not_let_another_key_adopt_the_data(
    pg_store: PgStore, pg_schema: str
) -> None:
    """Without the check value, stored ciphertext still proves which key wrote it."""
    await pg_store.save_route(HER, PLATFORM_ID, now=T0)
    async with pg_store.transaction() as tx:
        await tx.execute("DELETE FROM meta WHERE key = 'key_check'")
    with pytest.raises(SecretKeyError, match="GYEOT_SECRET_KEY does not match"):
        await PgStore.open(
            PG_URL, Keyring("another-secret-0123456789abcdef"), PrivacyPolicy(), schema=pg_schema
        )
    again = await PgStore.open(PG_URL, Keyring(SECRET), PrivacyPolicy(), schema=pg_schema)
    await again.close()
    rows = await pg_store.database.fetch_native("SELECT key FROM meta WHERE key = 'key_check'")
    assert len(rows) == 1


async def test_staff_claim_and_close_a_case(pg_store: PgStore) -> None:
    """A counselor claims an open case by alias, then closes it; urgent cases list first."""
    await pg_store.commit(OTHER, outcome(RequestCounselor()), now=T0)
    later = T0 + timedelta(minutes=5)
    await pg_store.commit(HER, outcome(Escalate(Risk.MEDICAL, "medical.bleeding")), now=later)
    assert [c.urgency for c in await pg_store.open_cases()] == ["urgent", "normal"]
    case = await pg_store.case_for(HER)
    assert case is not None
    assert await pg_store.case_user(case.alias) == HER
    assert await pg_store.claim_case(case.alias, now=T0) is True
    assert await pg_store.claim_case(case.alias, now=T0) is False
    assert await pg_store.close_case(case.alias, now=T0) is True
    assert await pg_store.case_for(HER) is None
    await pg_store.forget(HER, now=T0)
    assert await pg_store.case_user(case.alias) is None


async def test_an_unreadable_saved_state_starts_afresh(pg_store: PgStore) -> None:
    """A session that no longer fits the model loads as None instead of failing forever."""
    await pg_store.commit(HER, outcome(), now=T0)
    async with pg_store.transaction() as tx:
        await tx.execute('UPDATE sessions SET state = \'{"flow": "gone"}\'')
    assert await pg_store.load(HER) is None


async def test_set_case_open_edits_the_saved_session(pg_store: PgStore) -> None:
    """The staff close flips case_open inside her saved JSON, and the session still loads."""
    state = Session(started=True, case_open=True, answers={"age": "20s"})
    await pg_store.commit(HER, outcome(RequestCounselor(), state=state), now=T0)
    async with pg_store.staff_tx() as tx:
        case = await tx.current_case(HER)
        assert case is not None
        assert await tx.close(case.id, "referred", T0) is True
    loaded = await pg_store.load(HER)
    assert loaded == state.model_copy(update={"case_open": False})


async def test_a_deleted_outbox_row_takes_its_relay_link(pg_store: PgStore) -> None:
    """The outbox_gone trigger: her erased message no longer points a reply at any case."""
    await pg_store.commit(OTHER, outcome(RequestCounselor()), now=T0)
    async with pg_store.staff_tx() as tx:
        case = await tx.current_case(OTHER)
        assert case is not None
        row = await tx.enqueue("staff-chat", "her words", owner=HER, now=T0)
        await tx.link_relay(row, case.id, 11)
        await tx.link_relay(row, case.id, 12)  # INSERT OR REPLACE: one link per row
    links = await pg_store.database.fetch_native("SELECT outbox_id, counselor FROM relay_links")
    assert links == [(row, 12)]
    await pg_store.forget(HER, now=T0)
    assert await pg_store.database.fetch_native("SELECT * FROM relay_links") == []


async def test_one_conversation_is_handled_by_one_holder_at_a_time(pg_store: PgStore) -> None:
    """Her later events wait while an earlier one is leased by another process; others go on."""
    events = [
        Received("web", "h:1", "her first", conv=HER),
        Received("web", "h:2", "her second", conv=HER),
        Received("web", "o:1", "other", conv=OTHER),
    ]
    await pg_store.inbox_put(events, now=T0)
    lease = timedelta(seconds=30)
    a = await pg_store.inbox_claim("a", now=T0, lease=lease, limit=1)
    b = await pg_store.inbox_claim("b", now=T0, lease=lease)
    assert ([r.raw for r in a], [r.raw for r in b]) == (["her first"], ["other"])
    await pg_store.inbox_done(a[0].id)
    later = await pg_store.inbox_claim("b", now=T0, lease=lease)
    assert [r.raw for r in later] == ["her second", "other"]  # hers now, in order; its own too

"""What PostgreSQL holds: plant-and-search over every table's raw rows, /forget and retention.

The search reads every column of every row of every table in the store's schema, as raw
values (bytea as its bytes, text as UTF-8) and as PostgreSQL's text form of the row, and runs
the plant-and-search toolkit over them; when the server's log file is readable here, the lines
written during the test are searched too.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import pytest

from flows import (
    EndCase,
    KeepIntake,
    Lang,
    OutboxMessage,
    PrivacyPolicy,
    Received,
    RecordUnanswered,
    RequestCounselor,
    Sent,
)
from storage import Keyring
from storage.pg import PgStore
from tests.privacy_search import describe, search_bytes
from tests.storage.conftest import HER, OTHER, PG_URL, PLATFORM_ID, SECRET, T0, USERNAME, outcome

PLANTED = {
    "name": "김하늘",
    "phone": "010-2345-6789",
    "platform id": PLATFORM_ID,
    "username": USERNAME,
}
CONTROL = {"control": "CONTROL-마커-42"}  # stored in clear on purpose: proves the search sees it
SERVER_LOG = Path(
    os.environ.get("GYEOT_TEST_PG_LOG", "/var/log/postgresql/postgresql-15-main.log")
)


async def raw_rows(store: PgStore) -> bytes:
    """Every value of every row of every table in the store's schema, as bytes."""
    db = store.database
    tables = await db.fetch_native(
        "SELECT table_name FROM information_schema.tables"
        " WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY 1"
    )
    out = bytearray()
    for (table,) in tables:
        for row in await db.fetch_native(f'SELECT t.*, t::text FROM "{table}" t'):
            for value in row:
                if isinstance(value, bytes):
                    out += value
                elif value is not None:
                    out += str(value).encode()
                out += b"\x00"
    return bytes(out)


def log_size() -> int | None:
    """The server log's size now, or None when it cannot be read from here."""
    try:
        return SERVER_LOG.stat().st_size if os.access(SERVER_LOG, os.R_OK) else None
    except OSError:
        return None


async def _plant(store: PgStore) -> None:
    """Put every planted value through every door of the store that takes her words."""
    name, phone = PLANTED["name"], PLANTED["phone"]
    raw = (
        f'{{"message": {{"from": {{"id": {PLATFORM_ID}, "username": "{USERNAME}"}},'
        f' "text": "저는 {name}, 번호는 {phone}"}}}}'
    )
    await store.inbox_put([Received("telegram", "42", raw, HER, 31337)], now=T0)
    await store.save_route(HER, PLATFORM_ID, now=T0)
    effects = (
        RequestCounselor(),
        KeepIntake((("age", "20s"), ("name", name), ("phone", phone))),
        RecordUnanswered(CONTROL["control"], Lang.KO),
    )
    reply = OutboxMessage(PLATFORM_ID, f'{{"chat_id": {PLATFORM_ID}, "text": "{name} {phone}"}}')
    await store.commit(
        HER, outcome(*effects), now=T0, outbox=[reply], transcript=f"제 이름은 {name} {phone}"
    )
    await store.add_transcript(HER, f"{name}님 {phone}로 연락드릴게요", now=T0)
    async with store.staff_tx() as tx:
        case = await tx.current_case(HER)
        assert case is not None
        await tx.add_note(case.id, 11, f"{name} {phone} {PLATFORM_ID}", T0)
        await tx.post_mail("user", HER, f"{name}님", user_key=HER, case_id=case.id, now=T0)
        await tx.enqueue(PLATFORM_ID, f"{name} {phone}", owner=HER, now=T0)


@pytest.fixture
async def talking_store(pg_schema: str, keyring: Keyring) -> AsyncIterator[PgStore]:
    """A store with transcripts on, so that her words reach every table that may hold them."""
    policy = PrivacyPolicy(store_transcripts=True)
    store = await PgStore.open(PG_URL, keyring, policy, schema=pg_schema)
    yield store
    await store.close()


async def test_planted_identities_are_in_no_row_in_clear(talking_store: PgStore) -> None:
    """Name, phone, platform id and username, put in through every door: no table holds them."""
    before = log_size()
    await _plant(talking_store)
    rows = await raw_rows(talking_store)
    hits = search_bytes(rows, PLANTED, "raw rows")
    assert hits == [], describe(hits)
    # Found twice: as the column's value and inside the row's text form.
    assert [h.label for h in search_bytes(rows, CONTROL, "raw rows")] == ["control"] * 2
    assert await talking_store.route_for(HER) == PLATFORM_ID
    if before is not None:
        with SERVER_LOG.open("rb") as log:
            log.seek(before)
            written = log.read()
        hits = search_bytes(written, PLANTED, str(SERVER_LOG))
        assert hits == [], describe(hits)


async def test_forget_leaves_no_row_with_her_key(talking_store: PgStore) -> None:
    """After /forget her user key is in no live row of any table; the other user's still is."""
    await _plant(talking_store)
    await talking_store.commit(OTHER, outcome(), now=T0)
    assert HER.encode() in await raw_rows(talking_store)
    counts = await talking_store.forget(HER, now=T0)
    rows = await raw_rows(talking_store)
    assert HER.encode() not in rows
    assert OTHER.encode() in rows
    assert counts["transcripts"] == 2 and counts["outbox"] == 2


async def test_intake_keeps_only_policy_fields(pg_store: PgStore) -> None:
    """Fields outside `[privacy] intake_fields` never reach the table; the JSON is SQLite's."""
    fields = (("age", "20s"), ("name", "김지연"), ("region", "seoul"))
    await pg_store.commit(HER, outcome(KeepIntake(fields)), now=T0)
    rows = await pg_store.database.fetch_native("SELECT fields FROM intake")
    assert rows == [('{"age": "20s", "region": "seoul"}',)]


async def test_handled_and_sent_rows_keep_no_content(pg_store: PgStore) -> None:
    """A done inbox row keeps its key only; a sent outbox row its platform message id only."""
    [inbox_id] = await pg_store.inbox_put([Received("telegram", "3", "raw")], now=T0)
    await pg_store.commit(
        HER, outcome(), now=T0, inbox_id=inbox_id, outbox=[OutboxMessage("c", "{}")]
    )
    (message,) = await pg_store.outbox_pending()
    await pg_store.outbox_sent([Sent(message.id, platform_id=777)], now=T0)
    db = pg_store.database
    assert await db.fetch_native("SELECT event_key, raw, done FROM inbox") == [("3", None, 1)]
    assert await db.fetch_native(
        "SELECT route, payload, dest, status, platform_message_id FROM outbox"
    ) == [(None, None, None, "sent", 777)]


async def test_purge_deletes_each_table_on_its_own_clock(pg_schema: str, keyring: Keyring) -> None:
    """Every table keeps rows exactly as long as its period, as in SQLite."""
    policy = PrivacyPolicy(retention_days=30, case_retention_days=90, audit_retention_days=365)
    store = await PgStore.open(PG_URL, keyring, policy, schema=pg_schema)
    try:
        await store.commit(HER, outcome(RequestCounselor(), EndCase()), now=T0)
        await store.commit(OTHER, outcome(), now=T0, outbox=[OutboxMessage("c", "{}")])
        [row_id] = await store.inbox_put([Received("telegram", "1", "raw", HER, 5)], now=T0)
        await store.inbox_done(row_id)
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


async def test_keys_rotate_and_still_open(pg_schema: str) -> None:
    """Rotation re-encrypts every ciphertext under the new version; the store reads them all."""
    old = Keyring(SECRET)
    store = await PgStore.open(PG_URL, old, PrivacyPolicy(), schema=pg_schema)
    try:
        await _plant(store)
    finally:
        await store.close()
    new = "the-new-secret-after-rotation-42"
    both = Keyring(new, version=2, previous={1: SECRET}, pseudonym=SECRET)
    store = await PgStore.open(PG_URL, both, PrivacyPolicy(), schema=pg_schema)
    try:
        counts = await store.rotate_keys()
        assert await store.rotate_keys() == {k: 0 for k in counts}
    finally:
        await store.close()
    assert counts == {
        "meta.key_check": 1,
        "routes.route": 1,
        "inbox.raw": 1,
        "outbox.route": 2,
        "outbox.payload": 2,
        "transcripts.text": 0,
        "case_notes.body": 1,
        "mail.body": 1,
    }
    alone = Keyring(new, version=2, pseudonym=SECRET)
    store = await PgStore.open(PG_URL, alone, PrivacyPolicy(), schema=pg_schema)
    try:
        assert await store.route_for(HER) == PLATFORM_ID
        assert len(await store.inbox_pending()) == 1
        assert len(await store.outbox_pending()) == 2
        async with store.staff_tx() as tx:
            case = await tx.current_case(HER)
            assert case is not None and len(await tx.notes(case.id)) == 1
    finally:
        await store.close()

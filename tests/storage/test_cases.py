"""Staff storage: case events from triggers, conditional claims, timers, notes and local mail."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import timedelta
from importlib import resources
from pathlib import Path

import pytest

from flows import (
    EndCase,
    Escalate,
    Forget,
    KeepIntake,
    PrivacyPolicy,
    RequestCounselor,
    Risk,
    Session,
)
from flows.counsel import MemoryCaseStore, Timer
from storage import Keyring, SqliteStore
from storage.pg import PgStore
from tests.storage.conftest import HER, OTHER, T0, file_bytes, outcome, query

Store = MemoryCaseStore | SqliteStore | PgStore
every = pytest.mark.parametrize(
    "store", ["memory_case_store", "sqlite_store", "pg_store"], indirect=True
)


@pytest.fixture
def memory_case_store(policy: PrivacyPolicy) -> MemoryCaseStore:
    """The reference counselor store (`flows.counsel`), which SQL's triggers must match."""
    return MemoryCaseStore(policy=policy)


async def _open_case(store: Store, who: str = HER) -> int:
    await store.commit(who, outcome(RequestCounselor()), now=T0)
    async with store.staff_tx() as tx:
        case = await tx.current_case(who)
    assert case is not None
    return case.id


@every
async def test_every_change_to_a_case_becomes_an_event(store: Store) -> None:
    """Opened, raised to urgent, closed by her: triggers record each, in order, with who closed."""
    await _open_case(store)
    await store.commit(HER, outcome(Escalate(Risk.SELF_HARM, "self_harm.die")), now=T0)
    await store.commit(HER, outcome(Escalate(Risk.SELF_HARM, "self_harm.die")), now=T0)
    await store.commit(HER, outcome(EndCase()), now=T0)
    async with store.staff_tx() as tx:
        events = await tx.take_events()
        again = await tx.take_events()
    kinds = [(e.kind, e.detail, e.counselor) for e in events]
    assert kinds == [
        ("opened", "none", None),
        ("raised", "self_harm", None),
        ("closed", "user", None),
    ]
    assert again == []


@every
async def test_forget_closes_with_its_own_reason_and_the_claimer(
    store: Store,
) -> None:
    """/forget on a claimed case: a 'forget' close event naming the counselor to tell."""
    case_id = await _open_case(store)
    async with store.staff_tx() as tx:
        assert await tx.claim(case_id, 11, via="telegram", label="민아", now=T0) is True
        await tx.take_events()
    await store.commit(HER, outcome(Forget()), now=T0)
    async with store.staff_tx() as tx:
        [event] = await tx.take_events()
    assert (event.kind, event.detail, event.counselor) == ("closed", "forget", 11)


@every
async def test_only_one_claim_wins(store: Store) -> None:
    """A claim is conditional: the second one on the same case changes nothing."""
    case_id = await _open_case(store)
    async with store.staff_tx() as tx:
        first = await tx.claim(case_id, 11, via="telegram", label="a", now=T0)
        second = await tx.claim(case_id, 22, via="telegram", label="b", now=T0)
        case = await tx.case(case_id)
    assert (first, second) == (True, False)
    assert case is not None and (case.claimed_by, case.first_claimed_at) == (11, T0)


@every
async def test_release_and_close_by_staff(store: Store) -> None:
    """Release puts it back in the queue; a staff close ends her session's case_open."""
    case_id = await _open_case(store)
    await store.commit(HER, outcome(state=Session(started=True, case_open=True)), now=T0)
    async with store.staff_tx() as tx:
        await tx.claim(case_id, 11, via="telegram", label="a", now=T0)
        assert await tx.release(case_id, T0) is True
        assert await tx.release(case_id, T0) is False
        assert await tx.close(case_id, "referred", T0 + timedelta(minutes=5)) is True
        case = await tx.case(case_id)
    assert case is not None
    assert (case.status, case.closed_by, case.outcome) == ("closed", "staff", "referred")
    state = await store.load(HER)
    assert state is not None and state.case_open is False


@every
async def test_timers_fire_most_overdue_first_and_go_with_the_case(
    store: Store,
) -> None:
    """take_due removes due timers in order; closing a case drops its timers."""
    a, b = await _open_case(store), await _open_case(store, OTHER)
    async with store.staff_tx() as tx:
        await tx.arm(a, {Timer.REALERT: T0 + timedelta(seconds=20)}, keep=False)
        await tx.arm(b, {Timer.REALERT: T0 + timedelta(seconds=10)}, keep=False)
        await tx.arm(b, {Timer.REALERT: T0 + timedelta(seconds=99)}, keep=True)  # kept: 10s
        await tx.arm(a, {Timer.FALLBACK: T0 + timedelta(seconds=30)}, keep=False)
        assert await tx.take_due(T0 + timedelta(seconds=25)) == [
            (b, Timer.REALERT),
            (a, Timer.REALERT),
        ]
        await tx.close(a, "done", T0)
        assert await tx.take_due(T0 + timedelta(hours=1)) == []


async def test_notes_and_mail_are_ciphertext_and_go_with_her(
    sqlite_store: SqliteStore, db_path: Path
) -> None:
    """Staff notes and terminal mail are encrypted at rest and deleted by /forget."""
    case_id = await _open_case(sqlite_store)
    async with sqlite_store.staff_tx() as tx:
        await tx.add_note(case_id, 11, "NOTE-PLAINTEXT-마커", T0)
        await tx.post_mail(
            "counselor", "11", "MAIL-PLAINTEXT-마커", user_key=HER, case_id=case_id, now=T0
        )
        await tx.post_mail("user", HER, "TO-HER-마커", user_key=HER, case_id=case_id, now=T0)
    on_disk = file_bytes(db_path)
    for marker in ("NOTE-PLAINTEXT", "MAIL-PLAINTEXT", "TO-HER"):
        assert marker.encode() not in on_disk
    async with sqlite_store.staff_tx() as tx:
        assert [n[2] for n in await tx.notes(case_id)] == ["NOTE-PLAINTEXT-마커"]
    await sqlite_store.commit(HER, outcome(Forget()), now=T0)
    assert query(db_path, "SELECT count(*) FROM case_notes") == [(0,)]
    assert query(db_path, "SELECT count(*) FROM mail") == [(0,)]
    assert HER.encode() not in file_bytes(db_path)


@every
async def test_mail_is_read_once(store: Store) -> None:
    """Taking mail deletes it; staff notices stay for every console and are read by cursor."""
    async with store.staff_tx() as tx:
        await tx.post_mail("user", HER, "하나", user_key=HER, case_id=None, now=T0)
        await tx.post_mail("staff", "", "알림", user_key=None, case_id=None, now=T0)
        assert await tx.take_mail("user", HER) == ["하나"]
        assert await tx.take_mail("user", HER) == []
        first = await tx.notices_after(0)
        assert [t for _, t in first] == ["알림"]
        assert await tx.notices_after(first[-1][0]) == []
        assert await tx.prune_notices(T0 + timedelta(days=2)) == 1


@every
async def test_alert_facts_hold_only_coarse_codes(store: Store) -> None:
    """The desk reads her language and kept intake codes for alerts, nothing else."""
    await store.commit(HER, outcome(KeepIntake((("region", "seoul"),))), now=T0)
    async with store.staff_tx() as tx:
        assert await tx.facts(HER) == ("ko", {"region": "seoul"})
        assert await tx.facts(None) == ("ko", {})


async def test_a_schema_1_database_gains_claim_tokens(tmp_path: Path) -> None:
    """Cases that existed before schema 2 get a claim token when the file is migrated."""
    path = tmp_path / "old.db"
    init = resources.files("storage").joinpath("migrations/001_init.sql").read_text("utf-8")
    with closing(sqlite3.connect(path)) as conn:
        conn.executescript(init + "\nPRAGMA user_version = 1;")
        conn.execute(
            "INSERT INTO cases (alias, user_key, status, urgency, risk, opened_at, updated_at)"
            " VALUES ('상담-OLD1', 'k', 'open', 'normal', 'none', 1, 1)"
        )
        conn.commit()
    store = await SqliteStore.open(
        path, Keyring("another-secret-0123456789abcdef"), PrivacyPolicy()
    )
    try:
        async with store.staff_tx() as tx:
            case = await tx.case_by_alias("상담-OLD1")
        assert case is not None and len(case.claim_token) == 18
    finally:
        await store.close()

"""One contract for every counselor store (`StaffStore`/`StaffTx`): memory, SQLite, PostgreSQL.

Each test runs once per store (see `conftest.subject`). What SQLite does in triggers (events,
timers dropped on close, her words dropped on unlink) the others must do too.
"""

from __future__ import annotations

import asyncio
import json
import re
from datetime import datetime, timedelta

import pytest

from flows import (
    AlreadyHandled,
    Audit,
    EndCase,
    Escalate,
    Forget,
    KeepIntake,
    Lang,
    PrivacyPolicy,
    Received,
    RequestCounselor,
    Risk,
    Sent,
    Session,
    StoreError,
)
from flows.counsel import (
    CLAIMED,
    CLOSED,
    OPEN,
    Case,
    Ladder,
    StaffStore,
    Step,
    Timer,
    decide,
    may_reopen,
)
from tests.flows.counsel.conftest import Store, Subject
from tests.storage.conftest import HER, OTHER, T0, outcome

MINA, JIWOO = 11, 22
LATER = T0 + timedelta(minutes=7)


def as_port(store: StaffStore) -> StaffStore:
    """Typed as the port: mypy checks that every store implements it."""
    return store


async def open_case(store: Store, who: str = HER) -> Case:
    """Open a normal case for `who` the way the engine does, and return it."""
    await store.commit(who, outcome(RequestCounselor()), now=T0)
    async with as_port(store).staff_read() as tx:
        case = await tx.current_case(who)
    assert case is not None
    return case


async def claimed(store: Store, who: str = HER, counselor: int = MINA) -> Case:
    """Open a case and let `counselor` claim it."""
    case = await open_case(store, who)
    async with store.staff_tx() as tx:
        assert await tx.claim(case.id, counselor, via="telegram", label="민아", now=T0)
        found = await tx.case(case.id)
    assert found is not None
    return found


# ------------------------------------------------------------ opening, lookups, tokens


async def test_a_new_case_is_open_with_an_alias_and_a_claim_token(subject: Subject) -> None:
    """A case opens 'open', normal, risk none, with a 상담- alias and an 18-hex claim token."""
    case = await open_case(subject.store)
    assert (case.status, case.urgency, case.risk, case.opened_at) == (OPEN, "normal", "none", T0)
    assert re.fullmatch(r"상담-[2-9A-HJKMNP-Z]{4}", case.alias)
    assert re.fullmatch(r"[0-9a-f]{18}", case.claim_token)
    assert (case.claimed_by, case.realerts, case.reopened, case.user_key) == (None, 0, 0, HER)


async def test_one_case_per_user_is_not_closed(subject: Subject) -> None:
    """Asking twice keeps one case; after she ends it, the next request opens a new one."""
    first = await open_case(subject.store)
    again = await open_case(subject.store)
    assert again.id == first.id
    await subject.store.commit(HER, outcome(EndCase()), now=T0)
    second = await open_case(subject.store)
    assert second.id != first.id
    assert second.claim_token != first.claim_token
    async with subject.store.staff_tx() as tx:
        assert await tx.last_case(HER) == second
        assert [c.id for c in await tx.active_cases()] == [second.id]


async def test_cases_are_found_by_id_alias_token_and_her(subject: Subject) -> None:
    """Every lookup finds the same case; unknown keys find nothing."""
    case = await open_case(subject.store)
    other = await open_case(subject.store, OTHER)
    async with subject.store.staff_tx() as tx:
        assert await tx.case(case.id) == case
        assert await tx.case_by_alias(case.alias) == case
        assert await tx.case_by_token(case.claim_token) == case
        assert await tx.current_case(HER) == case
        assert await tx.last_case(OTHER) == other
        assert [c.id for c in await tx.active_cases()] == [case.id, other.id]
        assert await tx.case(999_999) is None
        assert await tx.case_by_alias("상담-NONE") is None
        assert await tx.case_by_token("0" * 18) is None
        assert await tx.current_case("c" * 64) is None
        assert await tx.last_case("c" * 64) is None


async def test_escalation_raises_the_open_case(subject: Subject) -> None:
    """A risk hit on her open case makes it urgent with that risk; a new one opens urgent."""
    case = await open_case(subject.store)
    await subject.store.commit(HER, outcome(Escalate(Risk.SELF_HARM, "self_harm.die")), now=T0)
    await subject.store.commit(OTHER, outcome(Escalate(Risk.VIOLENCE, "violence.hit")), now=T0)
    async with subject.store.staff_tx() as tx:
        raised, fresh = await tx.case(case.id), await tx.current_case(OTHER)
    assert raised is not None and (raised.urgency, raised.risk) == ("urgent", "self_harm")
    assert raised.urgent
    assert fresh is not None and (fresh.urgency, fresh.risk) == ("urgent", "violence")


# ------------------------------------------------------------ claims


async def test_only_one_of_two_claims_wins(subject: Subject) -> None:
    """Two counselors press at once: exactly one claim changes the case."""
    case = await open_case(subject.store)

    async def press(counselor: int) -> bool:
        async with subject.store.staff_tx() as tx:
            return await tx.claim(case.id, counselor, via="telegram", label="x", now=T0)

    results = await asyncio.gather(press(MINA), press(JIWOO))
    assert sorted(results) == [False, True]
    async with subject.store.staff_tx() as tx:
        held = await tx.case(case.id)
    assert held is not None and held.claimed_by == (MINA if results[0] else JIWOO)


async def test_a_claim_records_who_how_and_when(subject: Subject) -> None:
    """Claiming keeps counselor, desk, label (32 chars at most) and the first claim time."""
    case = await open_case(subject.store)
    async with subject.store.staff_tx() as tx:
        assert await tx.claim(case.id, MINA, via="terminal", label="가" * 40, now=LATER)
        assert not await tx.claim(case.id, JIWOO, via="telegram", label="b", now=LATER)
        held = await tx.case(case.id)
        assert [c.id for c in await tx.claimed_by(MINA)] == [case.id]
        assert await tx.claimed_by(JIWOO) == []
    assert held is not None
    assert (held.status, held.claimed_by, held.claimed_via) == (CLAIMED, MINA, "terminal")
    assert (held.claimed_label, held.claimed_at, held.first_claimed_at) == (
        "가" * 32,
        LATER,
        LATER,
    )


async def test_a_claim_on_a_missing_or_closed_case_fails(subject: Subject) -> None:
    """Only an open case can be claimed."""
    case = await open_case(subject.store)
    await subject.store.commit(HER, outcome(EndCase()), now=T0)
    async with subject.store.staff_tx() as tx:
        assert not await tx.claim(case.id, MINA, via="telegram", label="a", now=T0)
        assert not await tx.claim(999_999, MINA, via="telegram", label="a", now=T0)


async def test_release_puts_the_case_back_and_keeps_the_first_claim(subject: Subject) -> None:
    """Released: open again, holder cleared, first claim time kept; a second release fails."""
    case = await claimed(subject.store)
    async with subject.store.staff_tx() as tx:
        assert await tx.release(case.id, LATER) is True
        assert await tx.release(case.id, LATER) is False
        back = await tx.case(case.id)
        assert await tx.claimed_by(MINA) == []
        assert await tx.claim(case.id, JIWOO, via="telegram", label="지우", now=LATER)
        again = await tx.case(case.id)
    assert back is not None
    assert (back.status, back.claimed_by, back.claimed_via, back.claimed_label) == (
        OPEN,
        None,
        None,
        "",
    )
    assert (back.claimed_at, back.first_claimed_at) == (None, T0)
    assert again is not None and (again.claimed_by, again.first_claimed_at) == (JIWOO, T0)


# ------------------------------------------------------------ closing and reopening


async def test_a_staff_close_ends_the_case_and_her_session_flag(subject: Subject) -> None:
    """Closed by staff: outcome and time kept, her case_open cleared, a second close fails."""
    case = await claimed(subject.store)
    await subject.store.commit(HER, outcome(state=Session(started=True, case_open=True)), now=T0)
    async with subject.store.staff_tx() as tx:
        assert await tx.close(case.id, "referred", LATER) is True
        assert await tx.close(case.id, "again", LATER) is False
        done = await tx.case(case.id)
        assert await tx.current_case(HER) is None
        assert await tx.last_case(HER) == done
        assert await tx.active_cases() == []
    assert done is not None
    assert (done.status, done.closed_by, done.outcome, done.closed_at) == (
        CLOSED,
        "staff",
        "referred",
        LATER,
    )
    assert done.claimed_by == MINA  # kept on close, for reports
    state = await subject.store.load(HER)
    assert state is not None and state.case_open is False


async def test_close_of_a_missing_case_fails(subject: Subject) -> None:
    """There is nothing to close."""
    async with subject.store.staff_tx() as tx:
        assert await tx.close(999_999, "done", T0) is False


async def test_reopen_within_the_window_back_to_her_counselor(subject: Subject) -> None:
    """A staff-closed case may reopen within the window, to its counselor, with case_open set."""
    case = await claimed(subject.store)
    await subject.store.commit(HER, outcome(state=Session(started=True)), now=T0)
    ladder = Ladder()
    async with subject.store.staff_tx() as tx:
        await tx.close(case.id, "done", T0)
        closed = await tx.last_case(HER)
        assert may_reopen(closed, T0 + ladder.reopen_window, ladder)
        assert not may_reopen(closed, T0 + ladder.reopen_window + timedelta(seconds=1), ladder)
        assert closed is not None
        await tx.reopen(closed, (MINA, "telegram", "민아"), LATER)
        back = await tx.current_case(HER)
    assert back is not None and back.id == case.id
    assert (back.status, back.claimed_by, back.claimed_at, back.reopened) == (
        CLAIMED,
        MINA,
        LATER,
        1,
    )
    assert (back.closed_at, back.closed_by, back.outcome, back.fallback_at) == (
        None,
        None,
        None,
        None,
    )
    state = await subject.store.load(HER)
    assert state is not None and state.case_open is True


async def test_reopen_to_the_queue_waits_for_a_realert(subject: Subject) -> None:
    """Reopened without a holder: open, unclaimed, marked for the next re-alert."""
    case = await claimed(subject.store)
    async with subject.store.staff_tx() as tx:
        await tx.alert_posted(-100, 7, [(case.id, 2)])
        await tx.close(case.id, "done", T0)
        closed = await tx.case(case.id)
        assert closed is not None
        await tx.reopen(closed, None, LATER)
        back = await tx.case(case.id)
        due = await tx.realert_due()
    assert back is not None
    assert (back.status, back.claimed_by, back.claimed_label, back.reopened) == (OPEN, None, "", 1)
    assert [c.id for c in due] == [case.id]


async def test_a_case_she_ended_may_not_reopen(subject: Subject) -> None:
    """Only a counselor's close opens the reopen window."""
    await open_case(subject.store)
    await subject.store.commit(HER, outcome(EndCase()), now=T0)
    async with subject.store.staff_tx() as tx:
        ended = await tx.last_case(HER)
    assert ended is not None and (ended.status, ended.closed_by) == (CLOSED, None)
    assert not may_reopen(ended, T0, Ladder())


# ------------------------------------------------------------ events


async def test_case_events_come_in_order_once(subject: Subject) -> None:
    """Opened, raised, closed by staff with the claimer: each once, in order, then gone."""
    case = await claimed(subject.store)
    await subject.store.commit(HER, outcome(Escalate(Risk.SELF_HARM, "self_harm.die")), now=LATER)
    await subject.store.commit(HER, outcome(Escalate(Risk.SELF_HARM, "self_harm.die")), now=LATER)
    async with subject.store.staff_tx() as tx:
        assert await tx.has_events()
        await tx.close(case.id, "done", LATER)
        events = await tx.take_events()
        assert await tx.take_events() == []
        assert not await tx.has_events()
    assert [(e.case_id, e.kind, e.detail, e.counselor, e.at) for e in events] == [
        (case.id, "opened", "none", None, T0),
        (case.id, "raised", "self_harm", MINA, LATER),
        (case.id, "closed", "staff", MINA, LATER),
    ]
    assert [e.id for e in events] == sorted(e.id for e in events)


async def test_take_events_takes_the_oldest_first(subject: Subject) -> None:
    """With a limit, the oldest events come first and the rest wait."""
    a, b = await open_case(subject.store), await open_case(subject.store, OTHER)
    await subject.store.commit(HER, outcome(EndCase()), now=LATER)
    async with subject.store.staff_tx() as tx:
        first = await tx.take_events(limit=2)
        rest = await tx.take_events(limit=2)
    assert [(e.case_id, e.kind) for e in first] == [(a.id, "opened"), (b.id, "opened")]
    assert [(e.case_id, e.kind, e.detail, e.counselor) for e in rest] == [
        (a.id, "closed", "user", None)
    ]


async def test_forget_closes_unlinks_and_drops_her_words(subject: Subject) -> None:
    """/forget: a 'forget' close naming the claimer; notes, her mail and relay links go."""
    case = await claimed(subject.store)
    async with subject.store.staff_tx() as tx:
        await tx.take_events()
        await tx.add_note(case.id, MINA, "메모", T0)
        await tx.post_mail(
            "counselor", str(MINA), "그녀의 말", user_key=HER, case_id=case.id, now=T0
        )
        outbox_id = await tx.enqueue(str(MINA), "{}", owner=None, now=T0)
        await tx.link_relay(outbox_id, case.id, MINA)
    await subject.store.commit(HER, outcome(Forget()), now=LATER)
    async with subject.store.staff_tx() as tx:
        [event] = await tx.take_events()
        gone = await tx.case(case.id)
        assert await tx.notes(case.id) == []
        assert await tx.take_mail("counselor", str(MINA)) == []
        assert await tx.case_of_outbox(outbox_id) is None
        assert await tx.current_case(HER) is None
    assert (event.kind, event.detail, event.counselor) == ("closed", "forget", MINA)
    assert gone is not None and (gone.status, gone.user_key, gone.alias) == (
        CLOSED,
        None,
        case.alias,
    )


async def test_erase_deletes_her_relayed_copies_and_receipts_count_only(subject: Subject) -> None:
    """/erase queues deleteMessages for her copies in the counselor's chat; the receipt counts."""
    case = await claimed(subject.store)
    await subject.store.commit(HER, outcome(), now=T0)
    async with subject.store.staff_tx() as tx:
        copies = [await tx.enqueue(str(MINA), "{}", owner=HER, now=T0) for _ in range(2)]
        for outbox_id in copies:
            await tx.link_relay(outbox_id, case.id, MINA)
    await subject.store.outbox_sent(
        [Sent(copies[0], 502, None), Sent(copies[1], 501, None)], now=T0
    )
    await subject.store.commit(HER, outcome(Forget(chat_messages=True)), now=LATER)
    [deletion] = await subject.store.outbox_pending()
    assert (deletion.channel, deletion.route) == ("telegram", str(MINA))
    assert json.loads(deletion.payload) == {
        "method": "deleteMessages",
        "params": {"message_ids": [501, 502]},
    }
    assert (await subject.audit())[-1] == (
        "forget",
        "sessions=1,intake=0,cases=1,routes=0,chatlog=0,outbox=2,unanswered=0,transcripts=0,"
        "relayed_copies=2",
        None,
    )


async def test_copies_older_than_two_days_are_not_erased(subject: Subject) -> None:
    """The Bot API cannot delete them any more, so nothing is queued for them."""
    case = await claimed(subject.store)
    async with subject.store.staff_tx() as tx:
        outbox_id = await tx.enqueue(str(MINA), "{}", owner=HER, now=T0)
        await tx.link_relay(outbox_id, case.id, MINA)
    await subject.store.outbox_sent([Sent(outbox_id, 501, None)], now=T0)
    await subject.store.commit(
        HER, outcome(Forget(chat_messages=True)), now=T0 + timedelta(days=3)
    )
    assert await subject.store.outbox_pending() == []


async def test_retention_unlinks_then_deletes_closed_cases(subject: Subject) -> None:
    """A closed case loses her key (and notes) after session retention, and goes after case's."""
    case = await claimed(subject.store)
    async with subject.store.staff_tx() as tx:
        await tx.add_note(case.id, MINA, "메모", T0)
        await tx.set_staff_state(MINA, T0, active=case.id, relay=case.id)
        await tx.close(case.id, "done", T0)
    policy = PrivacyPolicy()
    unlinked = await subject.store.purge(now=T0 + timedelta(days=policy.retention_days, hours=1))
    async with subject.store.staff_tx() as tx:
        kept = await tx.case(case.id)
        assert await tx.notes(case.id) == []
    assert unlinked["case_links"] == 1 and unlinked["cases"] == 0
    assert kept is not None and (kept.user_key, kept.alias) == (None, case.alias)
    gone = await subject.store.purge(now=T0 + timedelta(days=policy.case_retention_days, hours=1))
    assert gone["cases"] == 1
    async with subject.store.staff_tx() as tx:
        assert await tx.case(case.id) is None
        assert await tx.staff_state(MINA) == (None, None)


# ------------------------------------------------------------ timers


async def test_timers_arm_keep_replace_and_come_due_in_order(subject: Subject) -> None:
    """`keep` keeps an armed timer's time; take_due removes due timers, most overdue first."""
    a, b = await open_case(subject.store), await open_case(subject.store, OTHER)

    def at(**delta: float) -> datetime:
        return T0 + timedelta(**delta)

    async with subject.store.staff_tx() as tx:
        assert await tx.next_due() is None
        await tx.arm(a.id, {Timer.REALERT: at(seconds=20)}, keep=False)
        await tx.arm(b.id, {Timer.REALERT: at(seconds=10)}, keep=False)
        await tx.arm(b.id, {Timer.REALERT: at(seconds=99)}, keep=True)  # kept: 10s
        await tx.arm(a.id, {Timer.FALLBACK: at(seconds=40)}, keep=False)
        await tx.arm(a.id, {Timer.FALLBACK: at(seconds=30)}, keep=False)  # replaced: 30s
        assert await tx.next_due() == at(seconds=10)
        assert await tx.take_due(at(seconds=5)) == []
        assert await tx.take_due(at(seconds=25)) == [(b.id, Timer.REALERT), (a.id, Timer.REALERT)]
        assert await tx.next_due() == at(seconds=30)
        assert await tx.take_due(at(hours=1)) == [(a.id, Timer.FALLBACK)]
        assert await tx.next_due() is None


async def test_take_due_honours_its_limit(subject: Subject) -> None:
    """At most `limit` timers are taken; the others stay armed."""
    case = await open_case(subject.store)
    async with subject.store.staff_tx() as tx:
        await tx.arm(
            case.id,
            {
                Timer.REALERT: T0,
                Timer.FALLBACK: T0 + timedelta(seconds=1),
                Timer.CLAIM_TIMEOUT: T0 + timedelta(seconds=2),
            },
            keep=False,
        )
        assert await tx.take_due(LATER, limit=2) == [
            (case.id, Timer.REALERT),
            (case.id, Timer.FALLBACK),
        ]
        assert await tx.take_due(LATER) == [(case.id, Timer.CLAIM_TIMEOUT)]


async def test_disarm_removes_named_timers_or_all(subject: Subject) -> None:
    """Disarm with kinds removes those; without kinds, every timer of the case."""
    case, other = await open_case(subject.store), await open_case(subject.store, OTHER)
    timers = {Timer.REALERT: T0, Timer.FALLBACK: T0, Timer.CLAIM_TIMEOUT: T0}
    async with subject.store.staff_tx() as tx:
        await tx.arm(case.id, timers, keep=False)
        await tx.arm(other.id, {Timer.REALERT: T0}, keep=False)
        await tx.disarm(case.id, Timer.REALERT, Timer.FALLBACK)
        assert await tx.take_due(LATER) == [
            (case.id, Timer.CLAIM_TIMEOUT),
            (other.id, Timer.REALERT),
        ]
        await tx.arm(case.id, timers, keep=False)
        await tx.disarm(case.id)
        assert await tx.take_due(LATER) == []


async def test_closing_drops_the_timers(subject: Subject) -> None:
    """A closed case has no timers, whoever closed it."""
    a, b = await open_case(subject.store), await open_case(subject.store, OTHER)
    async with subject.store.staff_tx() as tx:
        await tx.arm(a.id, {Timer.REALERT: T0, Timer.FALLBACK: T0}, keep=False)
        await tx.arm(b.id, {Timer.REALERT: T0}, keep=False)
        await tx.close(a.id, "done", T0)
    await subject.store.commit(OTHER, outcome(EndCase()), now=T0)
    async with subject.store.staff_tx() as tx:
        assert await tx.take_due(LATER) == []
        assert await tx.next_due() is None


async def test_a_due_timer_on_a_closed_case_means_nothing(subject: Subject) -> None:
    """The ladder reads the case as stored: after fallback was told, no second fallback."""
    case = await open_case(subject.store)
    async with subject.store.staff_tx() as tx:
        assert decide(Timer.FALLBACK, await tx.case(case.id)) is Step.FALLBACK
        await tx.mark_fallback(case.id, LATER)
        told = await tx.case(case.id)
        assert told is not None and told.fallback_at == LATER
        assert decide(Timer.FALLBACK, told) is Step.NOTHING
        await tx.close(case.id, "done", LATER)
        assert decide(Timer.REALERT, await tx.case(case.id)) is Step.NOTHING


# ------------------------------------------------------------ the counselor's side


async def test_touch_counselor_makes_a_claimed_case_live(subject: Subject) -> None:
    """After the counselor writes, her words go to the counselor (`Case.live`)."""
    case = await claimed(subject.store)
    assert not case.live
    async with subject.store.staff_tx() as tx:
        await tx.touch_counselor(case.id, LATER)
        live = await tx.case(case.id)
    assert live is not None and live.counselor_at == LATER and live.live


async def test_notes_stay_with_their_case_in_order(subject: Subject) -> None:
    """Notes come back oldest first, with time and author, per case."""
    case, other = await open_case(subject.store), await open_case(subject.store, OTHER)
    async with subject.store.staff_tx() as tx:
        await tx.add_note(case.id, MINA, "첫 메모", T0)
        await tx.add_note(other.id, JIWOO, "다른 사람", T0)
        await tx.add_note(case.id, JIWOO, "둘째 메모", LATER)
        assert await tx.notes(case.id) == [(T0, MINA, "첫 메모"), (LATER, JIWOO, "둘째 메모")]
        assert await tx.notes(999_999) == []


async def test_staff_state_is_set_part_by_part(subject: Subject) -> None:
    """-1 leaves a part as it is; None clears it; an unknown counselor has none."""
    a, b = await open_case(subject.store), await open_case(subject.store, OTHER)
    async with subject.store.staff_tx() as tx:
        assert await tx.staff_state(MINA) == (None, None)
        await tx.set_staff_state(MINA, T0, active=a.id)
        assert await tx.staff_state(MINA) == (a.id, None)
        await tx.set_staff_state(MINA, T0, relay=b.id)
        assert await tx.staff_state(MINA) == (a.id, b.id)
        await tx.set_staff_state(MINA, T0, active=None)
        assert await tx.staff_state(MINA) == (None, b.id)
        await tx.set_staff_state(MINA, T0)
        assert await tx.staff_state(MINA) == (None, b.id)
        assert await tx.staff_state(JIWOO) == (None, None)


async def test_relay_links_find_the_case_of_a_reply(subject: Subject) -> None:
    """A relayed copy's outbox row, once sent, leads a counselor's reply back to the case."""
    case = await claimed(subject.store)
    async with subject.store.staff_tx() as tx:
        outbox_id = await tx.enqueue(str(MINA), '{"copy": 1}', owner=HER, now=T0)
        await tx.link_relay(outbox_id, case.id, MINA)
        assert await tx.case_of_outbox(outbox_id) == case
        assert await tx.case_by_relay(MINA, 4242) is None  # not sent yet
    await subject.store.outbox_sent([Sent(outbox_id, 4242, None)], now=T0)
    async with subject.store.staff_tx() as tx:
        assert await tx.case_by_relay(MINA, 4242) == case
        assert await tx.case_by_relay(JIWOO, 4242) is None
        assert await tx.case_by_relay(MINA, 4243) is None
        assert await tx.case_of_outbox(outbox_id + 1000) is None


async def test_enqueue_puts_a_message_on_its_channel(subject: Subject) -> None:
    """Queued in the staff transaction, the message waits in the outbox with its channel."""
    async with subject.store.staff_tx() as tx:
        first = await tx.enqueue("web-route", "payload-1", owner=HER, now=T0, channel="web")
        second = await tx.enqueue("123", "payload-2", owner=None, now=T0)
    assert second > first
    pending = await subject.store.outbox_pending()
    assert [(m.id, m.channel, m.route, m.payload) for m in pending] == [
        (first, "web", "web-route", "payload-1"),
        (second, "telegram", "123", "payload-2"),
    ]
    assert [m.id for m in await subject.store.outbox_for("web", "web-route")] == [first]


# ------------------------------------------------------------ mail, audit, routes, facts


async def test_mail_is_read_once_per_recipient(subject: Subject) -> None:
    """Taking mail returns the oldest first and deletes it; others' mail stays."""
    async with subject.store.staff_tx() as tx:
        await tx.post_mail("user", HER, "하나", user_key=HER, case_id=None, now=T0)
        await tx.post_mail("user", OTHER, "남의 것", user_key=OTHER, case_id=None, now=T0)
        await tx.post_mail("user", HER, "둘", user_key=HER, case_id=None, now=T0)
        await tx.post_mail("counselor", str(MINA), "셋", user_key=HER, case_id=None, now=T0)
        assert await tx.take_mail("user", HER, limit=1) == ["하나"]
        assert await tx.take_mail("user", HER) == ["둘"]
        assert await tx.take_mail("user", HER) == []
        assert await tx.take_mail("counselor", str(MINA)) == ["셋"]
        assert await tx.take_mail("user", OTHER) == ["남의 것"]


async def test_staff_notices_are_read_by_cursor_and_pruned(subject: Subject) -> None:
    """Notices stay for every console: read after a cursor, newest id known, old ones pruned."""
    async with subject.store.staff_tx() as tx:
        assert await tx.last_notice() == 0
        old = await tx.post_mail("staff", "", "옛 알림", user_key=None, case_id=None, now=T0)
        new = await tx.post_mail("staff", "", "새 알림", user_key=None, case_id=None, now=LATER)
        await tx.post_mail("user", HER, "그녀에게", user_key=HER, case_id=None, now=T0)
        assert await tx.notices_after(0) == [(old, "옛 알림"), (new, "새 알림")]
        assert await tx.notices_after(old) == [(new, "새 알림")]
        assert await tx.notices_after(0, limit=1) == [(old, "옛 알림")]
        assert await tx.last_notice() == new
        assert await tx.prune_notices(LATER) == 1
        assert await tx.notices_after(0) == [(new, "새 알림")]
        assert await tx.take_mail("user", HER) == ["그녀에게"]


async def test_mail_goes_with_her_session(subject: Subject) -> None:
    """/forget deletes the mail kept under her key."""
    await subject.store.commit(HER, outcome(), now=T0)
    async with subject.store.staff_tx() as tx:
        await tx.post_mail("user", HER, "안녕", user_key=HER, case_id=None, now=T0)
        await tx.post_mail("user", OTHER, "안녕", user_key=OTHER, case_id=None, now=T0)
    await subject.store.commit(HER, outcome(Forget()), now=T0)
    async with subject.store.staff_tx() as tx:
        assert await tx.take_mail("user", HER) == []
        assert await tx.take_mail("user", OTHER) == ["안녕"]


async def test_audit_rows_are_written_in_order(subject: Subject) -> None:
    """Staff audit rows hold kind, detail and alias, in one list with the engine's own rows."""
    case = await open_case(subject.store)
    async with subject.store.staff_tx() as tx:
        await tx.audit("case_claimed", "telegram", case.alias, T0)
        await tx.audit("staff_note", "", None, T0)
    await subject.store.commit(HER, outcome(Audit("privacy_shown", "ko")), now=T0)
    await subject.store.commit(HER, outcome(Escalate(Risk.SELF_HARM, "self_harm.die")), now=T0)
    await subject.store.commit(HER, outcome(EndCase()), now=T0)
    assert await subject.audit() == [
        ("counselor_request", "request", case.alias),
        ("case_claimed", "telegram", case.alias),
        ("staff_note", "", None),
        ("privacy_shown", "ko", None),
        ("risk", "self_harm.die", case.alias),
        ("case_closed", "user", case.alias),
    ]


async def test_routes_are_saved_and_read_back(subject: Subject) -> None:
    """The way back to her chat is kept per user, the latest one wins."""
    async with subject.store.staff_tx() as tx:
        assert await tx.route(HER) is None
        await tx.save_route(HER, "telegram:7391048265", T0)
        await tx.save_route(OTHER, "web:session-1", T0)
        await tx.save_route(HER, "web:session-2", LATER)
        assert await tx.route(HER) == "web:session-2"
        assert await tx.route(OTHER) == "web:session-1"
    assert await subject.store.route_for(HER) == "web:session-2"


async def test_the_commit_that_opens_a_case_keeps_her_route(subject: Subject) -> None:
    """Her route is written with the case, in one transaction: no crash leaves a case without it.

    Only an outcome that opens or raises a case keeps it; any other commit leaves no route.
    """
    store = subject.store
    await store.commit(OTHER, outcome(), now=T0, route="web:session-other")
    assert await store.route_for(OTHER) is None
    await store.commit(HER, outcome(RequestCounselor()), now=T0, route="kakao:her-key")
    assert await store.route_for(HER) == "kakao:her-key"
    raised = outcome(Escalate(Risk.SELF_HARM, "self_harm.die"))
    await store.commit(HER, raised, now=LATER, route="web:session-2")
    assert await store.route_for(HER) == "web:session-2"
    assert (await store.case_for(HER)) is not None


async def test_facts_hold_her_language_and_kept_intake_codes(subject: Subject) -> None:
    """Her language and the intake codes the policy keeps; nothing for an unlinked case."""
    state = Session(started=True, lang=Lang.EN)
    fields = (("region", "seoul"), ("weeks", "12"))
    await subject.store.commit(HER, outcome(KeepIntake(fields), state=state), now=T0)
    async with subject.store.staff_tx() as tx:
        assert await tx.facts(HER) == ("en", {"region": "seoul", "weeks": "12"})
        assert await tx.facts(OTHER) == ("ko", {})
        assert await tx.facts(None) == ("ko", {})


async def test_inbox_done_marks_the_update_in_the_transaction(subject: Subject) -> None:
    """A staff transaction answers the platform update it handled."""
    [row_id] = await subject.store.inbox_put([Received("telegram", "u1", "{}")], now=T0)
    assert not await subject.store.inbox_is_done(row_id)
    async with subject.store.staff_tx() as tx:
        await tx.inbox_done(row_id)
    assert await subject.store.inbox_is_done(row_id)


async def test_a_second_transaction_for_a_handled_update_rolls_back(subject: Subject) -> None:
    """Two processes handled one update (a lapsed claim): the second changes nothing."""
    [row_id] = await subject.store.inbox_put([Received("telegram", "u2", "{}")], now=T0)
    async with subject.store.staff_tx() as tx:
        await tx.inbox_done(row_id)
    with pytest.raises(AlreadyHandled):
        async with subject.store.staff_tx() as tx:
            await tx.audit("late", "", None, T0)
            await tx.inbox_done(row_id)
    assert await subject.audit() == []


# ------------------------------------------------------------ the staff group's alerts


async def test_unposted_alerts_come_urgent_first_then_oldest(subject: Subject) -> None:
    """Open cases without an alert, urgent first; each with its wanted revision."""
    a, b = await open_case(subject.store), await open_case(subject.store, OTHER)
    await subject.store.commit(OTHER, outcome(Escalate(Risk.SELF_HARM, "x")), now=T0)
    async with subject.store.staff_tx() as tx:
        assert [(c.id, rev) for c, rev in await tx.unposted()] == [(b.id, 1), (a.id, 1)]
        assert [c.id for c, _ in await tx.unposted(limit=1)] == [b.id]
        assert await tx.waiting_count() == 2
        await tx.alert_posted(-100, 7, [(b.id, 1), (a.id, 1)])
        assert await tx.unposted() == []
        assert [(c.id, rev) for c, rev in await tx.alert_members(-100, 7)] == [
            (a.id, 1),
            (b.id, 1),
        ]
        assert await tx.dirty_alert() is None


async def test_every_change_to_a_card_bumps_its_revision(subject: Subject) -> None:
    """Claim, release, fallback, bump and close each make the posted alert dirty again."""
    case = await open_case(subject.store)
    async with subject.store.staff_tx() as tx:
        await tx.alert_posted(-100, 7, [(case.id, 1)])
        revs = []
        for change in (
            tx.claim(case.id, MINA, via="telegram", label="a", now=T0),
            tx.release(case.id, T0),
            tx.mark_fallback(case.id, T0),
            tx.bump_alert(case.id),
            tx.close(case.id, "done", T0),
        ):
            await change
            assert await tx.dirty_alert() == (-100, 7)
            [(_, rev)] = await tx.alert_members(-100, 7)
            revs.append(rev)
            await tx.alert_shown([(case.id, rev)])
            assert await tx.dirty_alert() is None
    assert revs == [2, 3, 4, 5, 6]


async def test_dirty_alerts_with_a_live_case_come_first(subject: Subject) -> None:
    """Among stale alerts, one holding a case not closed is edited before all-closed ones."""
    a, b = await open_case(subject.store), await open_case(subject.store, OTHER)
    async with subject.store.staff_tx() as tx:
        await tx.alert_posted(-100, 7, [(a.id, 1)])
        await tx.alert_posted(-100, 8, [(b.id, 1)])
        await tx.close(a.id, "done", T0)
        await tx.bump_alert(b.id)
        assert await tx.dirty_alert() == (-100, 8)
        await tx.alert_shown([(b.id, 2)])
        assert await tx.dirty_alert() == (-100, 7)


async def test_realerts_are_marked_listed_and_cleared(subject: Subject) -> None:
    """mark_realert counts a ladder step; posted open cases are listed until re-alerted."""
    a, b = await open_case(subject.store), await open_case(subject.store, OTHER)
    async with subject.store.staff_tx() as tx:
        await tx.mark_realert(a.id)
        assert await tx.realert_due() == []  # never posted: the first alert is still to come
        await tx.alert_posted(-100, 7, [(a.id, 1), (b.id, 1)])
        await tx.mark_realert(a.id)
        await tx.mark_realert(b.id, count=False)
        due = await tx.realert_due()
        assert [c.id for c in due] == [a.id, b.id]
        assert [c.realerts for c in due] == [2, 0]
        await tx.realerts_sent([a.id])
        assert [c.id for c in await tx.realert_due()] == [b.id]
        await tx.claim(b.id, MINA, via="telegram", label="a", now=T0)
        assert await tx.realert_due() == []


async def test_a_lost_alert_is_posted_again_only_for_waiting_cases(subject: Subject) -> None:
    """When its message is gone, open cases need a new alert; the others need none."""
    a, b = await open_case(subject.store), await open_case(subject.store, OTHER)
    async with subject.store.staff_tx() as tx:
        await tx.alert_posted(-100, 7, [(a.id, 1), (b.id, 1)])
        await tx.claim(b.id, MINA, via="telegram", label="a", now=T0)
        await tx.alert_lost(-100, 7)
        assert [c.id for c, _ in await tx.unposted()] == [a.id]
        assert await tx.alert_members(-100, 7) == []
        assert await tx.dirty_alert() is None


async def test_every_alert_in_a_lost_chat_is_gone(subject: Subject) -> None:
    """A chat the bot cannot use: all its alerts go, other chats keep theirs."""
    a, b = await open_case(subject.store), await open_case(subject.store, OTHER)
    async with subject.store.staff_tx() as tx:
        await tx.alert_posted(-100, 7, [(a.id, 1)])
        await tx.alert_posted(555, 9, [(b.id, 1)])
        await tx.alerts_lost_in(-100)
        assert [c.id for c, _ in await tx.unposted()] == [a.id]
        assert [c.id for c, _ in await tx.alert_members(555, 9)] == [b.id]


# ------------------------------------------------------------ transactions


async def test_a_failed_transaction_changes_nothing(subject: Subject) -> None:
    """An error inside staff_tx rolls back the claim, its timers, mail, audit and outbox row."""
    case = await open_case(subject.store)
    before = await subject.audit()
    with pytest.raises(RuntimeError):
        async with subject.store.staff_tx() as tx:
            await tx.claim(case.id, MINA, via="telegram", label="a", now=T0)
            await tx.arm(case.id, {Timer.CLAIM_TIMEOUT: T0}, keep=False)
            await tx.post_mail("user", HER, "x", user_key=HER, case_id=case.id, now=T0)
            await tx.enqueue("1", "{}", owner=HER, now=T0)
            await tx.audit("case_claimed", "", case.alias, T0)
            raise RuntimeError("the desk failed")
    async with subject.store.staff_tx() as tx:
        assert await tx.case(case.id) == case
        assert await tx.take_due(LATER) == []
        assert await tx.take_mail("user", HER) == []
    assert await subject.store.outbox_pending() == []
    assert await subject.audit() == before


async def test_a_staff_read_sees_cases_but_refuses_writes(subject: Subject) -> None:
    """staff_read answers lookups without the write lock; a write through it is an error."""
    case = await open_case(subject.store)
    async with subject.store.staff_read() as tx:
        assert await tx.case(case.id) == case
        assert await tx.waiting_count() == 1
        with pytest.raises(StoreError):
            await tx.claim(case.id, MINA, via="telegram", label="a", now=T0)
    async with subject.store.staff_read() as tx:
        assert await tx.case(case.id) == case

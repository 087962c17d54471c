"""One contract for every store: the in-memory reference and SQLite behave the same."""

from __future__ import annotations

from datetime import timedelta

import pytest

from flows import (
    AlreadyHandled,
    Audit,
    EndCase,
    Escalate,
    Flow,
    Forget,
    KeepIntake,
    Lang,
    MemoryStore,
    OutboxMessage,
    Received,
    RecordUnanswered,
    RequestCounselor,
    Risk,
    Sent,
    Session,
)
from storage import SqliteStore
from storage.pg import PgStore
from tests.storage.conftest import HER, OTHER, T0, outcome

pytestmark = pytest.mark.parametrize(
    "store", ["memory_store", "sqlite_store", "pg_store"], indirect=True
)

Store = MemoryStore | SqliteStore | PgStore


# ---------------------------------------------------------------- sessions


async def test_unknown_user_has_no_session(store: Store) -> None:
    """Loading a user never seen returns None."""
    assert await store.load(HER) is None


async def test_commit_saves_the_next_state(store: Store) -> None:
    """The state committed is the state loaded, field for field."""
    state = Session(lang=Lang.EN, flow=Flow.INTAKE, step="weeks", answers={"age": "20s"})
    await store.commit(HER, outcome(state=state), now=T0)
    assert await store.load(HER) == state


async def test_a_later_commit_replaces_the_state(store: Store) -> None:
    """Only the newest state is kept."""
    await store.commit(HER, outcome(state=Session(flow=Flow.SHELTER)), now=T0)
    await store.commit(HER, outcome(state=Session(flow=Flow.MENU)), now=T0)
    assert await store.load(HER) == Session(flow=Flow.MENU)


async def test_sessions_of_two_users_stay_apart(store: Store) -> None:
    """One user's commit does not touch another's session."""
    await store.commit(HER, outcome(state=Session(lang=Lang.VI)), now=T0)
    await store.commit(OTHER, outcome(state=Session(lang=Lang.ZH)), now=T0)
    assert await store.load(HER) == Session(lang=Lang.VI)


# ---------------------------------------------------------------- cases


async def test_escalate_opens_an_urgent_case(store: Store) -> None:
    """A risk hit opens a case at urgent with the risk category."""
    await store.commit(HER, outcome(Escalate(Risk.SELF_HARM, "self_harm.die")), now=T0)
    case = await store.case_for(HER)
    assert case is not None
    assert (case.status, case.urgency, case.risk) == ("open", "urgent", "self_harm")
    assert case.alias.startswith("상담-")


async def test_request_counselor_opens_a_normal_case(store: Store) -> None:
    """Asking for a person opens a normal case with no risk."""
    await store.commit(HER, outcome(RequestCounselor()), now=T0)
    case = await store.case_for(HER)
    assert case is not None
    assert (case.status, case.urgency, case.risk) == ("open", "normal", "none")


async def test_one_open_case_per_user(store: Store) -> None:
    """Asking twice keeps the same case."""
    await store.commit(HER, outcome(RequestCounselor()), now=T0)
    first = await store.case_for(HER)
    await store.commit(HER, outcome(RequestCounselor()), now=T0)
    assert await store.case_for(HER) == first


async def test_escalate_raises_the_open_case(store: Store) -> None:
    """A risk hit during a normal case raises that same case to urgent."""
    await store.commit(HER, outcome(RequestCounselor()), now=T0)
    before = await store.case_for(HER)
    await store.commit(HER, outcome(Escalate(Risk.VIOLENCE, "violence.hit")), now=T0)
    after = await store.case_for(HER)
    assert before is not None and after is not None
    assert (after.alias, after.urgency, after.risk) == (before.alias, "urgent", "violence")


async def test_end_case_closes_it(store: Store) -> None:
    """Ending the conversation leaves her without an open case."""
    await store.commit(HER, outcome(RequestCounselor()), now=T0)
    await store.commit(HER, outcome(EndCase()), now=T0)
    assert await store.case_for(HER) is None


async def test_a_request_after_closing_opens_a_new_case(store: Store) -> None:
    """After her case closed, asking again opens a fresh case with a new alias."""
    await store.commit(HER, outcome(RequestCounselor()), now=T0)
    first = await store.case_for(HER)
    await store.commit(HER, outcome(EndCase()), now=T0)
    await store.commit(HER, outcome(RequestCounselor()), now=T0)
    second = await store.case_for(HER)
    assert first is not None and second is not None
    assert second.alias != first.alias


async def test_cases_of_two_users_have_distinct_aliases(store: Store) -> None:
    """Every case gets its own alias."""
    await store.commit(HER, outcome(RequestCounselor()), now=T0)
    await store.commit(OTHER, outcome(RequestCounselor()), now=T0)
    mine, theirs = await store.case_for(HER), await store.case_for(OTHER)
    assert mine is not None and theirs is not None
    assert mine.alias != theirs.alias


# ---------------------------------------------------------------- unanswered


async def test_unanswered_questions_are_counted_most_frequent_first(store: Store) -> None:
    """The report lists each redacted question once with how often it came."""
    for text in ("기저귀 어디서", "산후조리원 비용", "기저귀 어디서"):
        await store.commit(HER, outcome(RecordUnanswered(text, Lang.KO)), now=T0)
    assert await store.unanswered() == [("기저귀 어디서", 2), ("산후조리원 비용", 1)]


async def test_unanswered_respects_the_limit(store: Store) -> None:
    """Only `limit` questions are reported."""
    for n in range(5):
        await store.commit(HER, outcome(RecordUnanswered(f"질문 {n}", Lang.KO)), now=T0)
    assert len(await store.unanswered(limit=3)) == 3


# ---------------------------------------------------------------- forget


async def test_forget_erases_session_case_and_intake(store: Store) -> None:
    """After /forget nothing of hers loads, and the counts say what went."""
    effects = (RequestCounselor(), KeepIntake((("age", "20s"),)))
    await store.commit(HER, outcome(*effects), now=T0)
    counts = await store.forget(HER, now=T0)
    assert {k: counts[k] for k in ("sessions", "intake", "cases")} == {
        "sessions": 1,
        "intake": 1,
        "cases": 1,
    }
    assert (await store.load(HER), await store.case_for(HER)) == (None, None)


async def test_forget_leaves_other_users_alone(store: Store) -> None:
    """Erasing her keeps everyone else's session and case."""
    await store.commit(OTHER, outcome(RequestCounselor()), now=T0)
    await store.commit(HER, outcome(RequestCounselor()), now=T0)
    await store.forget(HER, now=T0)
    assert await store.load(OTHER) is not None
    assert await store.case_for(OTHER) is not None


async def test_forget_of_a_stranger_counts_nothing(store: Store) -> None:
    """Forgetting someone never seen deletes nothing."""
    counts = await store.forget(HER, now=T0)
    assert sum(counts.values()) == 0


async def test_forget_effect_erases_and_still_queues_the_reply(store: Store) -> None:
    """A committed Forget erases her state but the confirmation is still sent."""
    await store.commit(HER, outcome(RequestCounselor()), now=T0)
    reply = OutboxMessage(route="chat-1", payload='{"text": "지웠어요"}')
    await store.commit(HER, outcome(Forget()), now=T0, outbox=[reply])
    assert (await store.load(HER), await store.case_for(HER)) == (None, None)
    assert [(m.route, m.payload) for m in await store.outbox_pending()] == [
        ("chat-1", '{"text": "지웠어요"}')
    ]


async def test_forget_drops_her_queued_messages(store: Store) -> None:
    """Messages still queued for her are not sent after she erased everything."""
    await store.commit(HER, outcome(), now=T0, outbox=[OutboxMessage("chat-1", "{}")])
    await store.commit(OTHER, outcome(), now=T0, outbox=[OutboxMessage("chat-2", "{}")])
    await store.forget(HER, now=T0)
    assert [m.route for m in await store.outbox_pending()] == ["chat-2"]


async def test_forget_erases_her_unanswered_questions(store: Store) -> None:
    """Her redacted questions go with her; other people's stay."""
    await store.commit(HER, outcome(RecordUnanswered("내 질문", Lang.KO)), now=T0)
    await store.commit(OTHER, outcome(RecordUnanswered("다른 질문", Lang.KO)), now=T0)
    counts = await store.forget(HER, now=T0)
    assert counts["unanswered"] == 1
    assert await store.unanswered() == [("다른 질문", 1)]


# ---------------------------------------------------------------- intake


async def test_under14_intake_is_not_kept(store: Store) -> None:
    """Nothing from intake is kept for someone under 14."""
    state = Session(under14=True)
    await store.commit(HER, outcome(KeepIntake((("age", "u14"),)), state=state), now=T0)
    counts = await store.forget(HER, now=T0)
    assert counts["intake"] == 0


async def test_intake_outside_the_policy_is_not_kept(store: Store) -> None:
    """Fields not in `[privacy] intake_fields` are dropped; none left means no row."""
    await store.commit(HER, outcome(KeepIntake((("name", "지연"),))), now=T0)
    counts = await store.forget(HER, now=T0)
    assert counts["intake"] == 0


# ---------------------------------------------------------------- purge


async def test_purge_drops_sessions_past_retention(store: Store) -> None:
    """A session untouched for longer than retention_days goes; a recent one stays."""
    await store.commit(HER, outcome(), now=T0)
    await store.commit(OTHER, outcome(), now=T0 + timedelta(days=20))
    counts = await store.purge(now=T0 + timedelta(days=31))
    assert counts["sessions"] == 1
    assert (await store.load(HER), await store.load(OTHER)) == (None, Session(started=True))


async def test_purge_keeps_a_session_exactly_at_the_cutoff(store: Store) -> None:
    """A session exactly retention_days old is still kept."""
    await store.commit(HER, outcome(), now=T0)
    await store.purge(now=T0 + timedelta(days=30))
    assert await store.load(HER) is not None


async def test_purge_drops_old_unanswered_questions(store: Store) -> None:
    """Unanswered questions past retention leave the report."""
    await store.commit(HER, outcome(RecordUnanswered("옛 질문", Lang.KO)), now=T0)
    later = T0 + timedelta(days=25)
    await store.commit(HER, outcome(RecordUnanswered("새 질문", Lang.KO)), now=later)
    counts = await store.purge(now=T0 + timedelta(days=31))
    assert counts["unanswered"] == 1
    assert await store.unanswered() == [("새 질문", 1)]


async def test_purge_takes_intake_with_the_session(store: Store) -> None:
    """Intake goes when her session goes."""
    await store.commit(HER, outcome(KeepIntake((("age", "20s"),))), now=T0)
    await store.purge(now=T0 + timedelta(days=31))
    counts = await store.forget(HER, now=T0 + timedelta(days=31))
    assert counts["intake"] == 0


# ---------------------------------------------------------------- inbox


def tg(update_id: int, raw: str, user_key: str | None = None, message_id: int | None = None):
    """A Telegram update's inbox row (its update id is its event key)."""
    return Received("telegram", str(update_id), raw, user_key, message_id)


async def pending(store: Store, **kwargs: int) -> list[tuple[str, str]]:
    """(channel, raw) of the unhandled inbox rows, in order."""
    return [(row.channel, row.raw) for row in await store.inbox_pending(**kwargs)]


async def test_inbox_put_accepts_an_update_once(store: Store) -> None:
    """The same event key is stored once; the repeat counts as nothing new."""
    assert len(await store.inbox_put([tg(7, '{"update_id": 7}')], now=T0)) == 1
    assert await store.inbox_put([tg(7, '{"update_id": 7}')], now=T0) == []
    assert await pending(store) == [("telegram", '{"update_id": 7}')]


async def test_inbox_put_skips_an_event_whose_earlier_key_was_stored(store: Store) -> None:
    """An event naming a stored key among its `earlier_keys` is a repeat of it."""
    await store.inbox_put([Received("kakao", "s1", "one")], now=T0)
    retry = Received("kakao", "s2", "one again", earlier_keys=("s0", "s1"))
    assert await store.inbox_put([retry], now=T0) == []
    other_channel = Received("web", "s2", "web", earlier_keys=("s1",))
    assert len(await store.inbox_put([other_channel], now=T0)) == 1
    assert await pending(store) == [("kakao", "one"), ("web", "web")]


async def test_inbox_put_counts_only_the_new_updates_of_a_batch(store: Store) -> None:
    """A batch with a known and a repeated key stores each key once and returns only new ids."""
    await store.inbox_put([tg(7, "old")], now=T0)
    batch = [tg(7, "again"), tg(8, "u8"), tg(8, "u8 again"), tg(9, "u9")]
    assert len(await store.inbox_put(batch, now=T0)) == 2
    assert await pending(store) == [("telegram", "old"), ("telegram", "u8"), ("telegram", "u9")]


async def test_event_keys_are_unique_per_channel_only(store: Store) -> None:
    """The same event key on two channels is two events, each handed out with its channel."""
    rows = [tg(7, "t"), Received("web", "7", "w")]
    assert len(await store.inbox_put(rows, now=T0)) == 2
    assert await pending(store) == [("telegram", "t"), ("web", "w")]


async def test_an_empty_batch_stores_nothing(store: Store) -> None:
    """Putting no updates is harmless and counts nothing."""
    assert await store.inbox_put([], now=T0) == []
    assert await store.inbox_pending() == []


async def test_inbox_pending_is_in_arrival_order(store: Store) -> None:
    """Events come back in the order they were written, with the ids inbox_put returned."""
    ids = [(await store.inbox_put([tg(n, f"u{n}")], now=T0))[0] for n in (12, 10, 11)]
    assert [row.id for row in await store.inbox_pending(limit=2)] == ids[:2]
    assert await pending(store, limit=2) == [("telegram", "u12"), ("telegram", "u10")]


async def test_commit_marks_the_inbox_row_done(store: Store) -> None:
    """An event handled by a commit is no longer pending, and a repeat is still refused."""
    (row_id,) = await store.inbox_put([tg(7, "raw")], now=T0)
    assert not await store.inbox_is_done(row_id)
    await store.commit(HER, outcome(), now=T0, inbox_id=row_id)
    assert await store.inbox_pending() == []
    assert await store.inbox_is_done(row_id)
    assert await store.inbox_put([tg(7, "raw")], now=T0) == []


async def test_a_second_commit_of_a_handled_event_rolls_back(store: Store) -> None:
    """Two processes handled one event (a lapsed claim): only the first commit goes through."""
    (row_id,) = await store.inbox_put([tg(9, "raw")], now=T0)
    first = Session(started=True, lang=Lang.EN)
    await store.commit(
        HER, outcome(state=first), now=T0, outbox=[OutboxMessage("chat-1", "{}")], inbox_id=row_id
    )
    with pytest.raises(AlreadyHandled):
        await store.commit(
            HER,
            outcome(RequestCounselor(), state=Session(started=True, lang=Lang.VI)),
            now=T0,
            outbox=[OutboxMessage("chat-1", '{"again": 1}')],
            inbox_id=row_id,
        )
    assert await store.load(HER) == first
    assert [m.payload for m in await store.outbox_pending()] == ["{}"]


async def test_inbox_done_marks_an_ignored_update(store: Store) -> None:
    """An event handled without a commit can be closed on its own."""
    (row_id,) = await store.inbox_put([tg(8, "raw")], now=T0)
    await store.inbox_done(row_id)
    assert await store.inbox_pending() == []


# ---------------------------------------------------------------- outbox


async def test_outbox_holds_messages_in_order(store: Store) -> None:
    """Queued messages come back oldest first with no attempts yet."""
    messages = [OutboxMessage("chat-1", '{"n": 1}'), OutboxMessage("chat-1", '{"n": 2}')]
    await store.commit(HER, outcome(), now=T0, outbox=messages)
    pending = await store.outbox_pending()
    assert [(m.route, m.payload, m.attempts) for m in pending] == [
        ("chat-1", '{"n": 1}', 0),
        ("chat-1", '{"n": 2}', 0),
    ]


async def test_a_sent_message_leaves_the_outbox(store: Store) -> None:
    """Once the platform accepted it, a message is not pending any more."""
    await store.commit(HER, outcome(), now=T0, outbox=[OutboxMessage("chat-1", "{}")])
    (message,) = await store.outbox_pending()
    await store.outbox_sent([Sent(message.id, platform_id=555)], now=T0)
    assert await store.outbox_pending() == []


async def test_outbox_sent_marks_several_messages_in_one_call(store: Store) -> None:
    """Every row named in one call leaves the queue; a row not named stays pending."""
    messages = [OutboxMessage("chat-1", str(n)) for n in range(3)]
    await store.commit(HER, outcome(), now=T0, outbox=messages)
    first, second, third = await store.outbox_pending()
    marks = [Sent(first.id, 501, HER), Sent(third.id, 503, HER)]
    await store.outbox_sent(marks, now=T0)
    assert [m.id for m in await store.outbox_pending()] == [second.id]
    assert await store.recent_messages(HER, since=T0 - timedelta(days=1)) == [501, 503]


async def test_marking_a_message_sent_twice_changes_nothing(store: Store) -> None:
    """A repeated mark neither fails nor logs the id a second time."""
    await store.commit(HER, outcome(), now=T0, outbox=[OutboxMessage("chat-1", "{}")])
    (message,) = await store.outbox_pending()
    await store.outbox_sent([Sent(message.id, 555, HER)], now=T0)
    await store.outbox_sent([Sent(message.id, 556, HER)], now=T0 + timedelta(hours=1))
    assert await store.recent_messages(HER, since=T0 - timedelta(days=1)) == [555]


async def test_a_failed_attempt_keeps_the_message_and_counts(store: Store) -> None:
    """A non-final failure leaves the message pending with one more attempt."""
    await store.commit(HER, outcome(), now=T0, outbox=[OutboxMessage("chat-1", "{}")])
    (message,) = await store.outbox_pending()
    await store.outbox_failed(message.id, final=False)
    await store.outbox_failed(message.id, final=False)
    assert [m.attempts for m in await store.outbox_pending()] == [2]


async def test_a_final_failure_gives_up(store: Store) -> None:
    """A final failure removes the message from the queue."""
    await store.commit(HER, outcome(), now=T0, outbox=[OutboxMessage("chat-1", "{}")])
    (message,) = await store.outbox_pending()
    await store.outbox_failed(message.id, final=True)
    assert await store.outbox_pending() == []


async def test_outbox_pending_respects_the_limit(store: Store) -> None:
    """Only `limit` messages are handed out at once."""
    messages = [OutboxMessage("chat-1", str(n)) for n in range(5)]
    await store.commit(HER, outcome(), now=T0, outbox=messages)
    assert [m.payload for m in await store.outbox_pending(limit=2)] == ["0", "1"]


async def test_audit_effects_commit_without_error(store: Store) -> None:
    """A content-free audit event is accepted alongside the state."""
    await store.commit(HER, outcome(Audit("topic", "shelter")), now=T0)
    assert await store.load(HER) == Session(started=True)


# ---------------------------------------------------------------- chat log


async def her_message(store: Store, update_id: int, message_id: int, **at: float) -> int:
    """Write down her update carrying `message_id`, `at` (timedelta kwargs) after T0."""
    update = tg(update_id, f"u{update_id}", HER, message_id)
    return len(await store.inbox_put([update], now=T0 + timedelta(**at)))


async def bot_reply(store: Store, user_key: str, platform_id: int, **at: float) -> None:
    """Queue one reply to `user_key` and mark it sent as `platform_id`."""
    now = T0 + timedelta(**at)
    await store.commit(user_key, outcome(), now=now, outbox=[OutboxMessage("chat", "{}")])
    (message,) = await store.outbox_pending()
    await store.outbox_sent([Sent(message.id, platform_id, user_key)], now=now)


async def test_chatlog_returns_recent_ids_oldest_first(store: Store) -> None:
    """Message ids newer than `since` come back in order; older ones do not."""
    await her_message(store, 1, 100)
    await bot_reply(store, HER, 101, hours=1)
    await her_message(store, 2, 102, hours=2)
    await bot_reply(store, OTHER, 900, hours=2)
    assert await store.recent_messages(HER, since=T0) == [101, 102]


async def test_chatlog_ignores_a_repeated_id(store: Store) -> None:
    """The same message id logged twice (under two updates) is kept once."""
    await her_message(store, 1, 100)
    await her_message(store, 2, 100)
    assert await store.recent_messages(HER, since=T0 - timedelta(days=1)) == [100]


async def test_her_messages_of_one_batch_join_her_chatlog(store: Store) -> None:
    """Each new update of a batch logs its message id under its sender's key."""
    batch = [
        tg(1, "u1", HER, 100),
        tg(2, "u2", OTHER, 200),
        tg(3, "u3", HER, 101),
        tg(4, "u4"),  # no message (a button press, say): nothing to log
    ]
    assert len(await store.inbox_put(batch, now=T0)) == 4
    since = T0 - timedelta(days=1)
    assert await store.recent_messages(HER, since=since) == [100, 101]
    assert await store.recent_messages(OTHER, since=since) == [200]


async def test_a_redelivered_update_does_not_log_her_message_again(store: Store) -> None:
    """After /forget, an update delivered again (already seen) does not put her id back."""
    await her_message(store, 1, 100)
    await store.forget(HER, now=T0)
    assert await her_message(store, 1, 100, minutes=1) == 0
    assert await store.recent_messages(HER, since=T0 - timedelta(days=1)) == []


async def test_a_key_without_a_message_id_logs_nothing(store: Store) -> None:
    """An update with her key but no message id adds nothing to her chat log."""
    await store.inbox_put([tg(1, "u1", HER, None)], now=T0)
    assert await store.recent_messages(HER, since=T0 - timedelta(days=1)) == []


async def test_the_bots_reply_joins_her_chatlog_when_sent(store: Store) -> None:
    """A reply marked sent with her key logs its platform id; pending replies are not logged."""
    await store.commit(HER, outcome(), now=T0, outbox=[OutboxMessage("chat", "{}")])
    since = T0 - timedelta(days=1)
    assert await store.recent_messages(HER, since=since) == []
    (message,) = await store.outbox_pending()
    await store.outbox_sent([Sent(message.id, 555, HER)], now=T0)
    assert await store.recent_messages(HER, since=since) == [555]


async def test_a_reply_erased_before_it_was_marked_sent_logs_nothing(store: Store) -> None:
    """A Sent for a row /forget removed meanwhile leaves her chat log empty."""
    await store.commit(HER, outcome(), now=T0, outbox=[OutboxMessage("chat", "{}")])
    (message,) = await store.outbox_pending()
    await store.forget(HER, now=T0)
    await store.outbox_sent([Sent(message.id, 555, HER)], now=T0)
    assert await store.recent_messages(HER, since=T0 - timedelta(days=1)) == []
    assert await store.outbox_pending() == []


async def test_a_sent_mark_without_her_key_logs_nothing(store: Store) -> None:
    """A reply marked sent without a user key is sent but joins no chat log."""
    await store.commit(HER, outcome(), now=T0, outbox=[OutboxMessage("chat", "{}")])
    (message,) = await store.outbox_pending()
    await store.outbox_sent([Sent(message.id, 555)], now=T0)
    assert await store.outbox_pending() == []
    assert await store.recent_messages(HER, since=T0 - timedelta(days=1)) == []


async def test_a_sent_mark_without_a_platform_id_logs_nothing(store: Store) -> None:
    """A reply the platform gave no id for is marked sent and logs nothing."""
    await store.commit(HER, outcome(), now=T0, outbox=[OutboxMessage("chat", "{}")])
    (message,) = await store.outbox_pending()
    await store.outbox_sent([Sent(message.id, None, HER)], now=T0)
    assert await store.outbox_pending() == []
    assert await store.recent_messages(HER, since=T0 - timedelta(days=1)) == []


async def test_forget_erases_the_chatlog(store: Store) -> None:
    """After /forget her message ids, hers and the bot's, are gone."""
    await her_message(store, 1, 100)
    await bot_reply(store, HER, 101)
    await store.forget(HER, now=T0)
    assert await store.recent_messages(HER, since=T0 - timedelta(days=1)) == []


# ---------------------------------------------------------------- channels


async def test_outbox_rows_carry_their_channel(store: Store) -> None:
    """A row queued for the web comes back with its channel, and only when asked for it."""
    replies = [OutboxMessage("chat-1", "t"), OutboxMessage("tok-1", "w", "web")]
    await store.commit(HER, outcome(), now=T0, outbox=replies)
    assert [m.channel for m in await store.outbox_pending()] == ["telegram", "web"]
    only = await store.outbox_pending(channels=frozenset({"telegram"}))
    assert [m.payload for m in only] == ["t"]


async def test_outbox_for_hands_out_one_conversation_in_order(store: Store) -> None:
    """A channel that cannot push finds what waits for one route, oldest first, after an id."""
    replies = [
        OutboxMessage("tok-1", "a", "web"),
        OutboxMessage("tok-2", "other", "web"),
        OutboxMessage("tok-1", "b", "web"),
        OutboxMessage("tok-1", "telegram?", "kakao"),
    ]
    await store.commit(HER, outcome(), now=T0, outbox=replies)
    mine = await store.outbox_for("web", "tok-1")
    assert [m.payload for m in mine] == ["a", "b"]
    assert [m.payload for m in await store.outbox_for("web", "tok-1", after=mine[0].id)] == ["b"]
    await store.outbox_sent([Sent(mine[0].id)], now=T0)
    assert [m.payload for m in await store.outbox_for("web", "tok-1")] == ["b"]


GIVEN = timedelta(seconds=30)


async def test_outbox_take_gives_her_rows_to_one_holder_while_the_lease_lives(
    store: Store,
) -> None:
    """Two instances answering her at once: one is given her rows, the other not, until it ends."""
    replies = [
        OutboxMessage("bk-her", "a", "kakao"),
        OutboxMessage("bk-other", "other", "kakao"),
        OutboxMessage("bk-her", "b", "kakao"),
    ]
    await store.commit(HER, outcome(), now=T0, outbox=replies)
    taken = await store.outbox_take("kakao", "bk-her", "p1", now=T0, lease=GIVEN)
    assert [m.payload for m in taken] == ["a", "b"]
    later = T0 + timedelta(seconds=29)
    assert await store.outbox_take("kakao", "bk-her", "p2", now=later, lease=GIVEN) == []
    again = await store.outbox_take("kakao", "bk-her", "p1", now=later, lease=GIVEN)
    assert [m.id for m in again] == [m.id for m in taken]  # its holder is given them again
    other = await store.outbox_take("kakao", "bk-other", "p2", now=later, lease=GIVEN)
    assert [m.payload for m in other] == ["other"]


async def test_a_taken_row_not_marked_sent_is_given_again_after_its_lease(store: Store) -> None:
    """An answer that never reached her loses nothing: her rows go to the next holder later."""
    await store.commit(HER, outcome(), now=T0, outbox=[OutboxMessage("bk-her", "a", "kakao")])
    (taken,) = await store.outbox_take("kakao", "bk-her", "p1", now=T0, lease=GIVEN)
    expired = T0 + GIVEN + timedelta(seconds=1)
    (again,) = await store.outbox_take("kakao", "bk-her", "p2", now=expired, lease=GIVEN)
    assert again.id == taken.id
    assert await store.outbox_take("kakao", "bk-her", "p1", now=expired, lease=GIVEN) == []


async def test_a_taken_row_marked_sent_is_given_to_nobody(store: Store) -> None:
    """Once her answer was written, its rows are gone for every holder, lease or none."""
    await store.commit(HER, outcome(), now=T0, outbox=[OutboxMessage("bk-her", "a", "kakao")])
    (taken,) = await store.outbox_take("kakao", "bk-her", "p1", now=T0, lease=GIVEN)
    await store.outbox_sent([Sent(taken.id)], now=T0)
    later = T0 + 2 * GIVEN
    for holder in ("p1", "p2"):
        assert await store.outbox_take("kakao", "bk-her", holder, now=later, lease=GIVEN) == []
    assert await store.outbox_pending() == []


async def test_a_new_row_is_given_beside_one_another_holder_leased(store: Store) -> None:
    """Her next answer on another instance is not held back by rows the first one gives."""
    await store.commit(HER, outcome(), now=T0, outbox=[OutboxMessage("bk-her", "a", "kakao")])
    await store.outbox_take("kakao", "bk-her", "p1", now=T0, lease=GIVEN)
    await store.commit(HER, outcome(), now=T0, outbox=[OutboxMessage("bk-her", "b", "kakao")])
    taken = await store.outbox_take("kakao", "bk-her", "p2", now=T0, lease=GIVEN)
    assert [m.payload for m in taken] == ["b"]


async def test_a_lone_process_claims_every_pending_row(store: Store) -> None:
    """Claims (several processes on PostgreSQL) give one process every unhandled row."""
    await store.inbox_put([tg(1, "a"), tg(2, "b")], now=T0)
    await store.commit(HER, outcome(), now=T0, outbox=[OutboxMessage("chat-1", "{}")])
    inbox = await store.inbox_claim("p1", now=T0, lease=timedelta(seconds=15))
    outbox = await store.outbox_claim("p1", now=T0, lease=timedelta(seconds=15))
    assert ([row.raw for row in inbox], len(outbox)) == (["a", "b"], 1)

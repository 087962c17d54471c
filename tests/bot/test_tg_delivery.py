"""The adapter's loops against the fake Bot API: order, concurrency, limits, failures."""

from __future__ import annotations

import datetime as dt
import itertools
import json

from bot.channels import SendPolicy
from bot.tg.codec import encode_callback
from bot.tg.pacing import Limits
from flows import Event, Outcome, Session, Text
from tests.bot.conftest import EchoEngine, Rig, make_rig
from tests.bot.fake_bot_api import FakeBotApi

HEAD = "곁에서 답장이 왔어요\n\n"


def bodies(rig: Rig, chat_id: int) -> list[str]:
    """Sent texts without the neutral first line and the button labels."""
    return [t.removeprefix(HEAD).split("  [")[0] for t in rig.fake.sent_texts(chat_id)]


def send_times(fake: FakeBotApi, chat_id: int) -> list[float]:
    return [c.at for c in fake.calls_of("sendMessage") if c.params["chat_id"] == chat_id]


async def test_text_is_answered_through_inbox_engine_and_outbox(rig: Rig):
    """A text message is answered with the neutral first line and the engine's buttons."""
    rig.fake.push_text(1001, "hello")
    await rig.settle()
    assert rig.fake.sent_texts(1001) == [f"{HEAD}echo: hello  [Yes | No]"]


async def test_burst_of_twenty_from_one_user_is_handled_in_order(rig: Rig):
    """Twenty quick messages from one user are handled and answered in the order sent."""
    for i in range(20):
        rig.fake.push_text(1001, f"m{i}")
    await rig.settle()
    assert bodies(rig, 1001) == [f"echo: m{i}" for i in range(20)]


async def test_many_users_interleaved_each_keep_their_order(rig: Rig):
    """Five users writing at once each get their answers in their own order."""
    for i in range(10):
        for user in range(2001, 2006):
            rig.fake.push_text(user, f"{user}-{i}")
    await rig.settle()
    for user in range(2001, 2006):
        assert bodies(rig, user) == [f"echo: {user}-{i}" for i in range(10)]


async def test_same_update_delivered_twice_is_handled_once(rig: Rig):
    """An update id seen twice (Telegram re-delivery) gets one answer."""
    update = rig.fake.push_text(1001, "once")
    await rig.settle()
    rig.fake.push_update(json.loads(json.dumps(update)))
    await rig.settle()
    assert bodies(rig, 1001) == ["echo: once"]


async def test_button_press_is_answered_and_handled(rig: Rig):
    """Pressing an offered button answers the callback query and runs the engine."""
    rig.fake.push_text(1001, "hi")
    await rig.settle()
    update = rig.fake.press(1001, "Yes")
    await rig.settle()
    assert bodies(rig, 1001)[-1] == "pressed: yes"
    answered = [c.params["callback_query_id"] for c in rig.fake.calls_of("answerCallbackQuery")]
    assert answered == [update["callback_query"]["id"]]


async def test_forged_button_gets_expired_and_is_still_answered(rig: Rig):
    """Forged callback data gets the engine's "expired" reply; the spinner is stopped."""
    rig.fake.push_text(1001, "hi")
    await rig.settle()
    message_id = max(rig.fake.chats[1001].messages)
    rig.fake.push_callback(1001, "v1|admin:claim:all", message_id)
    rig.fake.push_callback(1001, "x" * 64, message_id)
    await rig.settle()
    assert bodies(rig, 1001)[-2:] == ["expired", "expired"]
    assert len(rig.fake.answered) == 2


async def test_button_in_a_group_is_answered_but_not_handled(rig: Rig):
    """A press outside a private chat is acknowledged and otherwise ignored."""
    rig.fake.chat(-100555, type_="supergroup")
    rig.fake.push_callback(1001, encode_callback("yes"), 1, chat_id=-100555)
    rig.fake.push_text(1001, "hi", chat_id=-100555, chat_type="supergroup")
    await rig.settle()
    assert len(rig.fake.answered) == 1
    assert rig.fake.calls_of("sendMessage") == []


async def test_media_gets_a_kind_reply_and_its_content_is_not_kept(rig: Rig):
    """A location or contact gets a reply about its kind; coordinates and numbers are not kept."""
    rig.fake.push_media(1001, "location")
    rig.fake.push_media(1001, "contact")
    await rig.settle()
    assert bodies(rig, 1001) == ["unsupported: location", "unsupported: contact"]
    kept = json.dumps([raw for _, raw, _ in rig.store.inbox.values()])
    assert "37.56" not in kept
    assert "+8210" not in kept
    assert "Mina" not in kept


async def test_erase_deletes_her_and_the_bots_messages_then_confirms(rig: Rig):
    """/erase deletes every message of the chat (hers and the bot's), then confirms."""
    rig.fake.push_text(1001, "hi")  # her message 1, the bot's reply 2
    await rig.settle()
    rig.fake.push_text(1001, "/erase")  # her message 3
    await rig.settle()
    deletes = rig.fake.calls_of("deleteMessages")
    assert [sorted(c.params["message_ids"]) for c in deletes] == [[1, 2, 3]]
    assert sorted(rig.fake.chats[1001].messages) == [4]
    assert rig.fake.chats[1001].messages[4]["text"] == f"{HEAD}erased"
    assert await rig.store.recent_messages(rig.key(1001), since=_epoch()) == []


async def test_429_waits_retry_after_then_succeeds_once(rig: Rig):
    """A 429 with retry_after is waited out for that chat; the message goes out once."""
    rig.fake.fail_next("sendMessage", status=429, retry_after=1)
    rig.fake.push_text(1001, "hi")
    await rig.settle()
    first, second = send_times(rig.fake, 1001)
    assert second - first >= 1.0
    assert bodies(rig, 1001) == ["echo: hi"]


async def test_one_chat_in_flood_control_does_not_hold_up_another(rig: Rig):
    """While one chat waits out a 429, other chats are answered at once."""
    rig.fake.chat(1001)
    rig.fake.fail_next("sendMessage", status=429, retry_after=2, chat_id=1001)
    rig.fake.push_text(1001, "slow")
    await rig.fake.wait_for(lambda: bool(send_times(rig.fake, 1001)))
    rig.fake.push_text(1002, "fast")
    await rig.settle()
    slow, fast = send_times(rig.fake, 1001), send_times(rig.fake, 1002)
    assert slow[-1] - slow[0] >= 2.0
    assert fast[0] < slow[-1]
    assert bodies(rig, 1001) == ["echo: slow"]


async def test_blocked_bot_is_a_final_failure_without_retries(rig: Rig):
    """A 403 (she blocked the bot) gives up at once; other users are unaffected."""
    rig.fake.chat(1001)
    rig.fake.block(1001)
    rig.fake.push_text(1001, "hi")
    rig.fake.push_text(1002, "hi")
    await rig.settle()
    assert len(send_times(rig.fake, 1001)) == 1
    assert bodies(rig, 1002) == ["echo: hi"]
    assert [q.status for q in rig.store.outbox.values()].count("failed") == 1


async def test_server_errors_back_off_and_retry(rig: Rig):
    """502 and 500 answers are retried with back-off until Telegram accepts."""
    rig.fake.fail_next("sendMessage", 2, status=502)
    rig.fake.push_text(1001, "hi")
    await rig.settle()
    assert len(send_times(rig.fake, 1001)) == 3
    assert bodies(rig, 1001) == ["echo: hi"]


async def test_dropped_connection_is_retried(rig: Rig):
    """A connection closed without an answer is a network error and is retried."""
    rig.fake.drop_next("sendMessage")
    rig.fake.push_text(1001, "hi")
    await rig.settle()
    assert bodies(rig, 1001) == ["echo: hi"]


async def test_sender_gives_up_after_max_attempts(fake_api: FakeBotApi, app):
    """After `max_attempts` failures the message is marked failed and not retried again."""
    policy = SendPolicy(max_attempts=3, backoff_base=0.01)
    rig = make_rig(fake_api, app, policy=policy)
    fake_api.fail_next("sendMessage", 10, status=500)
    rig.start()
    try:
        fake_api.push_text(1001, "hi")
        await rig.settle()
    finally:
        await rig.close()
    assert len(send_times(fake_api, 1001)) == 3
    assert [(q.attempts, q.status) for q in rig.store.outbox.values()] == [(3, "failed")]


async def test_private_chat_is_paced(fake_api: FakeBotApi, app):
    """Sends to one private chat keep to the chat's rate; another chat is not slowed."""
    limits = Limits(private_rate=5.0, private_burst=1.0, global_rate=1e6, global_burst=1e6)
    rig = make_rig(fake_api, app, pace=limits)
    rig.start()
    try:
        for i in range(5):
            fake_api.push_text(1001, f"m{i}")
        fake_api.push_text(1002, "other")
        await rig.settle()
    finally:
        await rig.close()
    times = send_times(fake_api, 1001)
    gaps = [b - a for a, b in itertools.pairwise(times)]
    assert min(gaps) >= 0.18
    assert send_times(fake_api, 1002)[0] < times[-1]


class ExplodingEngine(EchoEngine):
    """Fails on the text "boom" (to exercise the error handler)."""

    def handle(self, state: Session, event: Event) -> Outcome:
        if isinstance(event, Text) and event.text.startswith("boom"):
            raise RuntimeError(f"engine bug on {event.text}")  # the message quotes her text
        return super().handle(state, event)


async def test_engine_failure_apologises_with_1308_and_keeps_running(fake_api: FakeBotApi, app):
    """A failing update gets an apology naming 1308; the next message is handled normally."""
    rig = make_rig(fake_api, app, engine=ExplodingEngine())
    rig.start()
    try:
        fake_api.push_text(1001, "boom")
        fake_api.push_text(1001, "after")
        await rig.settle()
    finally:
        await rig.close()
    texts = bodies(rig, 1001)
    assert "1308" in texts[0]
    assert texts[1:] == ["echo: after"]


async def test_failure_log_has_no_message_text_or_ids(fake_api: FakeBotApi, app, caplog):
    """The error log names the exception type but not her text, the error text or her id."""
    rig = make_rig(fake_api, app, engine=ExplodingEngine())
    rig.start()
    try:
        fake_api.push_text(1001, "boom 죽고 싶어요")
        await rig.settle()
    finally:
        await rig.close()
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "RuntimeError" in logged
    assert "죽고 싶어요" not in logged
    assert "1001" not in logged


def _epoch() -> dt.datetime:
    return dt.datetime(2000, 1, 1, tzinfo=dt.UTC)

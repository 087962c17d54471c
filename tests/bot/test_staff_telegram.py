"""Counselors on Telegram, end to end: the real bot, SQLite and the fake Bot API over loopback.

Her account and the counselors' accounts have distinct ids, first names and usernames, so the
privacy checks can look for each in every recorded call: nothing of hers in anything sent to
the staff group or a counselor's chat, nothing of a counselor's in anything sent to her.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from bot.app import Runtime, open_runtime
from bot.config import Settings
from bot.serve import Service, build_service, serve
from tests.bot.conftest import FAST, SECRET, TOKEN, UNLIMITED, free_port
from tests.bot.fake_bot_api import FakeBotApi

GROUP = -1002000000001
FALLBACK = 424242
HER = {"id": 7391048265, "is_bot": False, "first_name": "지연", "username": "jiyeon_kim_1999"}
MINA = {"id": 500001, "is_bot": False, "first_name": "민아", "username": "mina_counselor"}
JIWOO = {"id": 500002, "is_bot": False, "first_name": "서윤", "username": "jiwoo_counselor"}
STRANGER = {"id": 600006, "is_bot": False, "first_name": "낯선", "username": "not_staff"}


class ShiftedClock:
    """Real time plus an offset the test moves (the ladder's clock)."""

    def __init__(self) -> None:
        self.offset = dt.timedelta()

    def __call__(self) -> dt.datetime:
        return dt.datetime.now(dt.UTC) + self.offset

    def advance(self, seconds: float) -> None:
        self.offset += dt.timedelta(seconds=seconds)


def staff_settings(fake: FakeBotApi, tmp_path: Path, **escalation: int) -> Settings:
    return Settings.model_validate(
        {
            "telegram": {"api_base_url": fake.api_base_url, "poll_timeout": 1},
            "storage": {"path": str(tmp_path / "gyeot.db")},
            "http": {"listen": f"127.0.0.1:{free_port()}"},
            "staff": {
                "group_id": GROUP,
                "fallback_chat_id": FALLBACK,
                "counselors": [MINA["id"], JIWOO["id"]],
            },
            "escalation": {"realert_after": 300, "fallback_after": 900, **escalation},
        }
    )


@dataclass
class StaffBot:
    """The service of `gyeot run` (`build_service`, then `serve`) on the fake Bot API."""

    fake: FakeBotApi
    settings: Settings
    clock: ShiftedClock = field(default_factory=ShiftedClock)
    rt: Runtime | None = None
    bot: Service | None = None
    stop: asyncio.Event = field(default_factory=asyncio.Event)
    task: asyncio.Task[None] | None = None

    async def start(self) -> StaffBot:
        self.stop = asyncio.Event()
        self.task = asyncio.create_task(self._run())
        await self.fake.wait_for(
            lambda: self.bot is not None and bool(self.fake.calls_of("deleteWebhook"))
        )
        return self

    async def _run(self) -> None:
        async with open_runtime(self.settings) as rt:
            self.rt = rt
            self.bot = build_service(rt, token=TOKEN, send_policy=FAST, pace=UNLIMITED)
            self.bot.staff.desk.clock = self.clock
            await serve(self.bot, self.stop)

    async def close(self) -> None:
        self.stop.set()
        if self.task is not None:
            await self.task
        self.bot = None

    async def settled(self, timeout: float = 15.0) -> None:
        """Every update handled, every outbox row sent, the desk and the group idle."""
        assert self.bot is not None
        staff, store = self.bot.staff, self.bot.rt.store
        deadline = asyncio.get_running_loop().time() + timeout
        quiet = 0
        while quiet < 3:
            await asyncio.sleep(0.05)
            busy = bool(self.fake.updates) or bool(await store.inbox_pending())
            pushed = await store.outbox_pending(channels=frozenset({"telegram"}))
            busy = busy or bool(pushed) or self.bot.sender.busy
            dispatcher = staff.runner.dispatcher
            assert dispatcher is not None
            busy = busy or await dispatcher._next(staff.desk.clock()) is not None
            quiet = 0 if busy else quiet + 1
            if asyncio.get_running_loop().time() > deadline:
                raise TimeoutError("the staff bot did not settle")

    async def later(self, seconds: float) -> None:
        assert self.bot is not None
        self.clock.advance(seconds)
        self.bot.staff.runner.wake()
        await self.settled()


def push_as(fake: FakeBotApi, user: dict[str, Any], text: str, **extra: Any) -> dict[str, Any]:
    """A private message from `user` (her or a counselor), names and all, as Telegram sends it."""
    chat = fake.chat(user["id"])
    content: dict[str, Any] = {"text": text, **extra}
    if text.startswith("/"):
        content["entities"] = [
            {"type": "bot_command", "offset": 0, "length": len(text.split()[0])}
        ]
    message = fake._new_message(chat, user, **content)
    message["chat"] = {k: user[k] for k in ("id", "first_name", "username")} | {"type": "private"}
    fake.log.append(("user", chat.id, text))
    fake.push_update({"message": message})
    return message


def press_claim(
    fake: FakeBotApi, user: dict[str, Any], message: dict[str, Any], index: int = 0
) -> None:
    """`user` presses the claim button of a staff-group message."""
    data = message["reply_markup"]["inline_keyboard"][index][0]["callback_data"]
    query_id = f"cq-{user['id']}-{time.monotonic_ns()}"
    fake.callbacks.add(query_id)
    query = {"id": query_id, "from": user, "chat_instance": "g", "message": message, "data": data}
    fake.push_update({"callback_query": query})


def group_messages(fake: FakeBotApi) -> list[dict[str, Any]]:
    return fake.sent_messages(GROUP)


def answers(fake: FakeBotApi) -> list[str]:
    return [str(c.params.get("text", "")) for c in fake.calls_of("answerCallbackQuery")]


def texts_to(fake: FakeBotApi, chat: int) -> list[str]:
    return [t for who, c, t in fake.log if who == "bot" and c == chat]


def visible(call_params: dict[str, Any]) -> str:
    """What a call shows its recipient (copyMessage's source chat is not shown to anyone)."""
    shown = {k: v for k, v in call_params.items() if k != "from_chat_id"}
    return json.dumps(shown, ensure_ascii=False)


@pytest.fixture(autouse=True)
def secret_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GYEOT_SECRET_KEY", SECRET)


@pytest.fixture
async def live(fake_api: FakeBotApi, tmp_path: Path) -> AsyncIterator[StaffBot]:
    fake_api.chat(GROUP, type_="supergroup", title="상담사방")
    fake_api.chat(FALLBACK)
    for counselor in (MINA, JIWOO, STRANGER):
        fake_api.chat(counselor["id"])
    bot = await StaffBot(fake_api, staff_settings(fake_api, tmp_path)).start()
    yield bot
    await bot.close()


async def test_request_claim_race_relay_both_ways_and_close(live: StaffBot) -> None:
    """The whole path on Telegram, and no identity crosses from one side to the other."""
    fake = live.fake
    started = time.time()
    push_as(fake, HER, "/counselor")
    await fake.wait_for(lambda: bool(group_messages(fake)))
    alert_after = fake.calls_of("sendMessage")[-1].at - started
    print(f"\nher request -> staff-group alert on the fake Bot API: {alert_after * 1000:.0f} ms")
    assert alert_after < 2.0
    await live.settled()
    [alert] = group_messages(fake)
    alias = alert["text"].splitlines()[0].split(" · ")[1]

    press_claim(fake, MINA, alert)
    press_claim(fake, JIWOO, alert)
    await live.settled()
    assert sorted(answers(fake)) == sorted(
        [
            f"맡았어요: {alias}. 봇과의 개인 대화방에서 이어가 주세요.",
            "이미 다른 상담사가 맡은 상담이에요.",
        ]
    )
    winner = (
        MINA if any("맡음: 민아" in t for t in [*texts_to(fake, GROUP), alert["text"]]) else JIWOO
    )
    assert (
        f"✅ 맡음: {winner['first_name']}"
        in fake.chats[GROUP].messages[alert["message_id"]]["text"]
    )
    assert "reply_markup" not in fake.chats[GROUP].messages[alert["message_id"]]
    assert texts_to(fake, winner["id"])[0].startswith(f"맡았어요: {alias}")
    assert any("상담사가 연결됐어요" in t for t in texts_to(fake, HER["id"]))

    push_as(fake, winner, "안녕하세요, 상담사예요. 어떤 일이 있었어요?")
    await live.settled()
    assert texts_to(fake, HER["id"])[-1].endswith(
        "상담사: 안녕하세요, 상담사예요. 어떤 일이 있었어요?"
    )
    push_as(fake, HER, "혼자 결정하기가 무서워요")
    await live.settled()
    assert texts_to(fake, winner["id"])[-2:] == [
        f"── {alias} ──",
        "(copy) 혼자 결정하기가 무서워요",
    ]
    copied = max(fake.chats[winner["id"]].messages)
    push_as(
        fake,
        winner,
        "지금 안전한 곳에 있어요?",
        reply_to_message=fake.chats[winner["id"]].messages[copied],
    )
    await live.settled()
    assert texts_to(fake, HER["id"])[-1].endswith("상담사: 지금 안전한 곳에 있어요?")

    push_as(fake, winner, "/close referred")
    await live.settled()
    assert any("상담사가 대화를 마쳤어요" in t for t in texts_to(fake, HER["id"]))
    assert "⚪ 종료" in fake.chats[GROUP].messages[alert["message_id"]]["text"]

    her_marks = (str(HER["id"]), HER["first_name"], HER["username"])
    staff_chats = {GROUP, FALLBACK, MINA["id"], JIWOO["id"]}
    for call in fake.calls:
        chat = call.params.get("chat_id")
        shown = visible(call.params)
        if chat in staff_chats:
            assert not any(mark in shown for mark in her_marks), call
        if chat == HER["id"]:
            for counselor in (MINA, JIWOO):
                assert not any(
                    str(counselor[k]) in shown for k in ("id", "first_name", "username")
                ), call
    for message in fake.chats[winner["id"]].messages.values():
        assert not any(mark in json.dumps(message, ensure_ascii=False) for mark in her_marks[1:])


async def test_a_stranger_cannot_claim(live: StaffBot) -> None:
    """A press from someone not in [staff] counselors is refused, audited, and changes nothing."""
    fake = live.fake
    push_as(fake, HER, "/counselor")
    await live.settled()
    [alert] = group_messages(fake)
    press_claim(fake, STRANGER, alert)
    await live.settled()
    assert answers(fake) == ["상담사로 등록된 분만 맡을 수 있어요."]
    assert fake.calls_of("editMessageText") == []
    assert texts_to(fake, STRANGER["id"]) == []


async def test_her_blocking_the_bot_is_told_to_the_counselor(live: StaffBot) -> None:
    """She blocked the bot (403): the counselor's next message fails and the counselor is told."""
    fake = live.fake
    push_as(fake, HER, "/counselor")
    await live.settled()
    press_claim(fake, MINA, group_messages(fake)[0])
    await live.settled()
    fake.block(HER["id"])
    push_as(fake, MINA, "괜찮아요?")
    await live.settled()
    assert texts_to(fake, MINA["id"])[-1].endswith(
        "그분이 봇을 차단해서 메시지를 받을 수 없어요. 정리되면 /close 해 주세요."
    )


async def test_a_counselor_who_blocked_the_bot_loses_the_claim(live: StaffBot) -> None:
    """Her message cannot be copied to the counselor (403): the case goes back to the queue."""
    fake = live.fake
    push_as(fake, HER, "/counselor")
    await live.settled()
    press_claim(fake, MINA, group_messages(fake)[0])
    await live.settled()
    push_as(fake, MINA, "여기 있어요")
    await live.settled()
    fake.block(MINA["id"])
    push_as(fake, HER, "저기요")
    await live.settled()
    assert any("다른 상담사를 찾고 있어요" in t for t in texts_to(fake, HER["id"]))
    assert texts_to(fake, GROUP)[-1].startswith("⏰ 아직 아무도 맡지 않았어요")


async def test_unclaimed_realert_then_fallback_and_a_restart_keeps_the_timers(
    fake_api: FakeBotApi, tmp_path: Path
) -> None:
    """Unclaimed: re-alert, then 1308 for her; the ladder survives a restart of the bot."""
    fake = fake_api
    fake.chat(GROUP, type_="supergroup")
    first = await StaffBot(fake, staff_settings(fake, tmp_path)).start()
    push_as(fake, HER, "/counselor")
    await first.settled()
    await first.close()
    second = await StaffBot(fake, first.settings, clock=first.clock).start()
    try:
        await second.later(300)
        assert texts_to(fake, GROUP)[-1].startswith("⏰ 아직 아무도 맡지 않았어요 · 대기 1건")
        await second.later(600)
        told = texts_to(fake, HER["id"])[-1]
        assert told.startswith(
            "곁에서 답장이 왔어요\n\n미안해요. 지금은 바로 연결할 수 있는 상담사가 없어요."
        )
        assert "1308" in told
    finally:
        await second.close()


async def test_alerts_go_to_the_fallback_chat_when_the_group_is_lost(
    live: StaffBot, caplog: pytest.LogCaptureFixture
) -> None:
    """The bot was removed from the staff group: a clear error; the alert reaches the fallback."""
    fake = live.fake
    fake.fail_next(
        "sendMessage",
        status=403,
        description="Forbidden: bot was kicked from the supergroup chat",
        chat_id=GROUP,
    )
    push_as(fake, HER, "/counselor")
    await live.settled()
    assert texts_to(fake, FALLBACK)[0].startswith("🟡 상담 요청 · 상담-")
    assert any("cannot post in the staff group" in r.message for r in caplog.records)


async def test_thirty_simultaneous_requests_are_paced_and_none_is_dropped(live: StaffBot) -> None:
    """30 users at once: every one answered, every case alerted, the group under 20 a minute."""
    fake = live.fake
    users = [
        {"id": 800000 + i, "is_bot": False, "first_name": f"u{i}", "username": f"u{i}"}
        for i in range(30)
    ]
    for user in users:
        fake.chat(user["id"])
        push_as(fake, user, "/counselor")
    push_as(fake, HER, "아기를 버리고 싶어요")
    await live.settled(timeout=60)
    for user in users:
        assert any("상담사에게 연결을 부탁했어요" in t for t in texts_to(fake, user["id"]))
    group = [c for c in fake.calls if c.params.get("chat_id") == GROUP]
    shown = "\n".join(str(c.params.get("text")) for c in group)
    assert shown.count("상담-") >= 31
    for i, call in enumerate(group):
        assert len([c for c in group[i:] if c.at - call.at < 60]) <= 20
    print(f"\n30+1 simultaneous requests: {len(group)} staff-group calls")
    urgent_at = next(i for i, c in enumerate(group) if str(c.params.get("text")).startswith("🔴"))
    assert urgent_at <= 2  # the urgent case does not wait behind the 30 normal ones


async def test_an_admin_reloads_the_knowledge_from_the_staff_group(
    fake_api: FakeBotApi, tmp_path: Path
) -> None:
    """/reload from an id in [staff] admins, in the staff group, answers there with the diff."""
    fake_api.chat(GROUP, type_="supergroup", title="상담사방")
    settings = staff_settings(fake_api, tmp_path).model_copy(
        update={
            "staff": staff_settings(fake_api, tmp_path).staff.model_copy(
                update={"admins": (MINA["id"],)}
            )
        }
    )
    bot = await StaffBot(fake_api, settings).start()
    try:
        for sender in (STRANGER, MINA):
            message = fake_api._new_message(fake_api.chats[GROUP], sender, text="/reload")
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": 7}]
            fake_api.push_update({"message": message})
        await bot.settled()
        [answer] = texts_to(fake_api, GROUP)
        assert answer.startswith("다시 읽었어요 (reloaded).")
    finally:
        await bot.close()


async def test_issue_16_a_stranger_pressing_claim_sees_no_config_key(live: StaffBot) -> None:
    """The refusal a stranger sees is plain words: no `[staff]`, no `counselors` key name."""
    fake = live.fake
    push_as(fake, HER, "/counselor")
    await live.settled()
    [alert] = group_messages(fake)
    press_claim(fake, STRANGER, alert)
    await live.settled()
    [answer] = answers(fake)
    assert "[staff]" not in answer and "counselors" not in answer and "config" not in answer


async def test_issue_16_erase_deletes_her_copies_in_the_counselors_chat(live: StaffBot) -> None:
    """/erase also deletes the copies of her messages relayed to the counselor (48 h window)."""
    fake = live.fake
    push_as(fake, HER, "/counselor")
    await live.settled()
    press_claim(fake, MINA, group_messages(fake)[0])
    await live.settled()
    push_as(fake, MINA, "안녕하세요, 상담사예요.")
    await live.settled()
    before = set(fake.chats[MINA["id"]].messages)
    push_as(fake, HER, "제 번호는 010-1234-5678이에요")
    await live.settled()
    arrived = set(fake.chats[MINA["id"]].messages) - before
    assert arrived
    push_as(fake, HER, "/erase")
    await live.settled()
    deleted = {
        mid
        for c in fake.calls_of("deleteMessages")
        if c.params["chat_id"] == MINA["id"]
        for mid in c.params["message_ids"]
    }
    assert deleted and deleted <= arrived
    assert "상담사 대화방에서 지웠어요" in texts_to(fake, HER["id"])[-1]

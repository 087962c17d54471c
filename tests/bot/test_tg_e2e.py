"""Scripted conversations through `run_telegram`, the real engine, SQLite and the fake API."""

from __future__ import annotations

import socket

import httpx
import pytest

from bot.config import ConfigError
from bot.tg.run import webhook_secret
from bot.tg.webhook import SECRET_HEADER
from tests.bot.conftest import HEAD, SECRET, TOKEN, LiveBot, Script, expected_texts, settings_for
from tests.bot.fake_bot_api import FakeBotApi

MENU = "무엇을 도와드릴까요?"
EXPIRED = "이 버튼은 이제 쓸 수 없어요"

FLOWS: dict[str, Script] = {
    "intake": [
        ("/start", MENU),
        ("[비밀 상담 시작 (질문 몇 개)]", "임신 몇 주"),
        ("[임신 12주 이하]", "나이는"),
        ("[19~24세]", "어느 지역"),
        ("[서울]", "안전한가요"),
        ("[네, 안전해요]", "어떤 도움이 필요해요"),
        ("[지낼 곳]", "어떤 도움이 필요해요"),
        ("[다 골랐어요]", "이렇게만 기록돼요"),
    ],
    "shelter": [
        ("/start", MENU),
        ("[지낼 곳이 필요해요]", "이런 종류가 있어요"),
        ("[다음]", "누가 들어갈 수 있는지"),
        ("[다음]", "들어가는 방법"),
        ("[다음]", "어느 지역에서"),
        ("[부산]", "상황에 가까운 것"),
        ("[임신 중이에요]", "1308"),
    ],
    "protected_birth": [
        ("/start", MENU),
        ("[보호출산제 알아보기]", "(1/8)"),
        *[("[다음 단계]", f"({n}/8)") for n in range(2, 9)],
        ("[다음 단계]", "전체 흐름"),
    ],
    "birth_notification": [
        ("/start", MENU),
        ("[출생통보제 알아보기]", "(1/4)"),
        ("[다음]", "(2/4)"),
        ("[다음]", "(3/4)"),
        ("[다음]", "(4/4)"),
    ],
}


@pytest.fixture(autouse=True)
def secret_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GYEOT_SECRET_KEY", SECRET)


@pytest.fixture
async def live(fake_api: FakeBotApi, tmp_path):
    bot = await LiveBot(fake_api, settings_for(fake_api, tmp_path)).start()
    yield bot
    await bot.close()


@pytest.mark.parametrize("flow", sorted(FLOWS))
async def test_each_guided_flow_runs_to_its_end(live: LiveBot, flow: str):
    """Each of the four guided flows runs start to end over Telegram, in Korean."""
    await live.converse(1001, FLOWS[flow])
    assert all(t.startswith(HEAD) for t in live.fake.sent_texts(1001))


async def test_crisis_mid_intake_answers_with_109_first_and_keeps_the_route(live: LiveBot):
    """ "죽고 싶어요" in the middle of intake gets 109 first; the case keeps her route."""
    await live.converse(1001, FLOWS["intake"][:3])
    answer = await live.act(1001, "죽고 싶어요")
    assert "109" in answer[0]
    assert "나이는" in answer[-1]  # and she can pick up where she was
    assert live.rt is not None
    key = live.rt.keyring.user_key("telegram", 1001)
    assert live.rt.cases is not None
    assert await live.rt.cases.route_for(key) == "telegram:1001"


async def test_forged_and_stale_buttons_get_expired_and_the_current_screen(live: LiveBot):
    """Forged callback data gets "this button has expired" and the current screen again."""
    await live.converse(1001, FLOWS["birth_notification"][:3])
    newest = max(live.fake.chats[1001].messages)
    for data in ["v1|flow:admin", "v2|next", "garbage", "v1|flow:intake"]:
        live.fake.push_callback(1001, data, newest)
        await live.settled()
        answer = [t.removeprefix(HEAD) for t in live.fake.sent_texts(1001)[-2:]]
        assert EXPIRED in answer[0]
        assert "(2/4)" in answer[1]
    assert live.fake.answered == live.fake.callbacks


async def test_erase_deletes_every_message_of_the_chat_and_confirms(live: LiveBot):
    """/erase deletes her and the bot's messages (ids the chat really has) and confirms."""
    await live.converse(1001, [("/start", MENU), ("보호출산제가 뭐예요", "보호출산")])
    before = set(live.fake.chats[1001].messages)
    answer = await live.act(1001, "/erase")
    deleted = {i for c in live.fake.calls_of("deleteMessages") for i in c.params["message_ids"]}
    erase_command = max(before) + 1
    assert deleted == before | {erase_command}
    [left] = live.fake.chats[1001].messages.values()
    assert left["text"].startswith(HEAD + "기록을 지웠어요")
    assert "지웠어요" in answer[0]


async def test_429_with_retry_after_is_waited_out_then_sent_once(live: LiveBot):
    """A 429 with retry_after delays the answer; it arrives once and nothing is lost."""
    live.fake.fail_next("sendMessage", status=429, retry_after=1)
    await live.converse(1001, [("/start", MENU)])
    texts = [t.removeprefix(HEAD) for t in live.fake.sent_texts(1001)]
    assert len(texts) == len(set(texts)) == 2


async def test_burst_of_twenty_is_answered_in_order(live: LiveBot):
    """Twenty quick commands from one user are answered exactly as handled one by one."""
    events = ["/menu", "/help", "/language", "/menu"] * 5
    for text in events:
        live.fake.push_text(1001, text)
    await live.settled()
    sent = [m["text"] for m in live.fake.sent_messages(1001)]
    assert sent == expected_texts(live.settings, events)


async def test_issue_16_a_flood_of_text_is_coalesced_and_the_crisis_answered_first(
    live: LiveBot,
):
    """Sixty texts then "죽고 싶어요": 109 comes among the first answers, not after 60."""
    live.fake.push_text(1001, "안녕하세요")
    for i in range(60):
        live.fake.push_text(1001, f"보호출산 {i}")
    live.fake.push_text(1001, "죽고 싶어요")
    await live.settled(timeout=30)
    sent = [m["text"] for m in live.fake.sent_messages(1001)]
    first_109 = next(i for i, text in enumerate(sent) if "109" in text)
    assert first_109 <= 3
    assert sum("천천히 읽고 있어요" in text for text in sent) == 1
    assert len(sent) < 20


async def test_restart_mid_flow_resumes_where_she_was(fake_api: FakeBotApi, tmp_path):
    """After a restart the next button press continues the flow from the saved step."""
    settings = settings_for(fake_api, tmp_path)
    first = await LiveBot(fake_api, settings).start()
    try:
        await first.converse(1001, FLOWS["protected_birth"][:3])
    finally:
        await first.close()
    second = await LiveBot(fake_api, settings).start()
    try:
        await second.converse(1001, [("[다음 단계]", "(3/8)")])
    finally:
        await second.close()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def test_webhook_mode_with_the_right_and_a_wrong_secret(fake_api: FakeBotApi, tmp_path):
    """In webhook mode Telegram's deliveries (with the secret) work; a wrong secret gets 403."""
    port = free_port()
    url = f"http://127.0.0.1:{port}/gyeot/hook"
    settings = settings_for(fake_api, tmp_path, mode="webhook", webhook_url=url)
    settings = settings.model_copy(
        update={"http": settings.http.model_copy(update={"listen": f"127.0.0.1:{port}"})}
    )
    bot = await LiveBot(fake_api, settings).start()
    try:
        [registered] = fake_api.calls_of("setWebhook")
        assert registered.params["secret_token"] == webhook_secret(settings)
        await bot.converse(1001, FLOWS["birth_notification"][:2])
        forged = FakeBotApi().push_text(1002, "hi") | {"update_id": 10**6}
        async with httpx.AsyncClient() as client:
            wrong = await client.post(url, json=forged, headers={SECRET_HEADER: "nope"})
            missing = await client.post(url, json=forged)
        assert (wrong.status_code, missing.status_code) == (403, 403)
        await bot.settled()
        assert fake_api.sent_texts(1002) == []
    finally:
        await bot.close()


async def test_rejected_token_is_a_config_error_that_never_shows_the_token(
    fake_api: FakeBotApi, tmp_path
):
    """A token Telegram rejects stops the bot with a clear error that does not quote it."""
    settings = settings_for(fake_api, tmp_path)
    fake_api.token = "999:OTHER"
    with pytest.raises(ConfigError, match="BotFather") as caught:
        await LiveBot(fake_api, settings).start()
    assert TOKEN not in str(caught.value)
    assert caught.value.__suppress_context__


async def test_startup_waits_for_telegram_to_become_reachable(fake_api: FakeBotApi, tmp_path):
    """getMe failing with 502 at startup is retried; the bot then serves normally."""
    fake_api.fail_next("getMe", 1, status=502)
    bot = await LiveBot(fake_api, settings_for(fake_api, tmp_path)).start()
    try:
        await bot.converse(1001, [("/menu", MENU)])
    finally:
        await bot.close()
    assert len(fake_api.calls_of("getMe")) == 2

"""A counselor on Telegram answers her on KakaoTalk: the reply waits and comes on her next ask."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.bot.fake_bot_api import FakeBotApi
from tests.bot.test_staff_telegram import GROUP, MINA, group_messages, press_claim, push_as
from tests.kakao.harness import FakeKakao, KakaoServer, client

HER = "bk-counselor-test-0001"
MINA_ID = int(str(MINA["id"]))
REPLY = "안녕하세요, 상담사예요. 천천히 이야기해 주세요."


@pytest.fixture
async def fake_api() -> AsyncIterator[FakeBotApi]:
    """The fake Bot API the counselors' side of `gyeot run` talks to."""
    fake = FakeBotApi()
    await fake.start()
    fake.chat(GROUP, type_="supergroup", title="상담사방")
    fake.chat(MINA_ID)
    yield fake
    await fake.stop()


async def until(check: object, timeout: float = 15.0) -> None:
    """Wait until `check()` is true."""
    assert callable(check)
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not check():
        assert loop.time() < deadline, "timed out"
        await asyncio.sleep(0.1)


def texts_to(fake: FakeBotApi, chat: int) -> list[str]:
    """What the bot sent to one chat."""
    return [text for who, c, text in fake.log if who == "bot" and c == chat]


async def test_a_counselor_reply_waits_for_her_next_message(
    fake_api: FakeBotApi, tmp_path: Path
) -> None:
    """A claimed case: the counselor writes; she gets it on "답장 확인" once; she answers."""
    extra = (
        f'\n[telegram]\napi_base_url = "{fake_api.api_base_url}"\npoll_timeout = 1\n'
        f"\n[staff]\ngroup_id = {GROUP}\ncounselors = [{MINA_ID}]\n"
    )
    server = KakaoServer(
        tmp_path / "server", extra=extra, env={"GYEOT_TELEGRAM_TOKEN": fake_api.token}
    )
    server.start()
    try:
        async with client() as session:
            kakao = FakeKakao(server, session)
            await kakao.say(HER, "안녕하세요")
            asked = await kakao.say(HER, "/counselor")
            assert asked.tap("답장 확인")
            await until(lambda: bool(group_messages(fake_api)))
            press_claim(fake_api, MINA, group_messages(fake_api)[0])
            await until(lambda: bool(texts_to(fake_api, MINA_ID)))
            push_as(fake_api, MINA, REPLY)
            got = ""
            for _ in range(50):
                said = await kakao.say(HER, "답장 확인")
                if REPLY in said.text:
                    got = said.text
                    break
                await asyncio.sleep(0.2)
            assert REPLY in got
            again = await kakao.say(HER, "답장 확인")
            assert REPLY not in again.text
            assert "아직 새로 온 답장은 없어요" in again.text
            await kakao.say(HER, "고마워요, 조금 무서워요")
            await until(lambda: any("조금 무서워요" in t for t in texts_to(fake_api, MINA_ID)))
    finally:
        server.stop()

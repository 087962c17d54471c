"""A woman on the web chat and a counselor on Telegram, through one `gyeot run` (issue 11).

The web side is a real WebSocket client over loopback; the counselor side is the fake Bot API.
Her words reach the counselor as labelled text (the web has no message to copy); the
counselor's words reach her page as "상담사: ..."; her session token never reaches the staff
chats, and nothing of the counselor's (id, name, username) reaches her page.
"""

from __future__ import annotations

import asyncio
import base64
import json
import secrets
from collections.abc import AsyncIterator
from typing import Any

import aiohttp  # noqa: TID251 - a real WebSocket client, as a browser tab is
import pytest

from tests.bot.fake_bot_api import FakeBotApi
from tests.bot.test_staff_telegram import (
    GROUP,
    MINA,
    StaffBot,
    group_messages,
    live,
    press_claim,
    push_as,
    secret_env,
    texts_to,
)

__all__ = ["live", "secret_env"]  # fixtures shared with the Telegram staff tests


class WebUser:
    """One browser tab, without the browser: hello, say, press, read, ack."""

    def __init__(self, socket: aiohttp.ClientWebSocketResponse) -> None:
        self.socket = socket
        self.number = 0
        self.seen: list[dict[str, Any]] = []

    async def say(self, text: str) -> None:
        self.number += 1
        await self.socket.send_json({"type": "say", "id": self.number, "text": text})

    async def read_until(self, fragment: str, timeout: float = 10.0) -> dict[str, Any]:
        """Read (and ack) bot messages until one contains `fragment`."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while loop.time() < deadline:
            frame = await self.socket.receive_json(timeout=deadline - loop.time())
            if frame.get("type") != "message":
                continue
            self.seen.append(frame)
            await self.socket.send_json({"type": "ack", "seq": frame["seq"]})
            if fragment in frame["text"]:
                return frame
        raise TimeoutError(fragment)


@pytest.fixture
async def web_user(live: StaffBot) -> AsyncIterator[WebUser]:
    assert live.bot is not None
    base = live.bot.http.url
    token = base64.urlsafe_b64encode(secrets.token_bytes(24)).decode()
    async with aiohttp.ClientSession() as session:
        origin = base.rstrip("/")
        async with session.ws_connect(f"{base}ws", headers={"Origin": origin}) as socket:
            await socket.send_json({"type": "hello", "session": token, "last": 0, "lang": "ko"})
            assert (await socket.receive_json())["type"] == "ready"
            user = WebUser(socket)
            user.token = token  # type: ignore[attr-defined]
            yield user


async def test_a_counselor_on_telegram_talks_with_a_woman_on_the_web(
    live: StaffBot, web_user: WebUser
) -> None:
    """Request on the web, claim and answer on Telegram, her reply back, close."""
    fake: FakeBotApi = live.fake
    await web_user.say("/start")
    await web_user.read_until("곁")
    await web_user.say("/counselor")
    await web_user.read_until("상담사")
    await live.settled()
    [alert] = group_messages(fake)
    press_claim(fake, MINA, alert)
    await live.settled()
    await web_user.read_until("상담사가 연결됐어요")

    push_as(fake, MINA, "안녕하세요, 상담사예요. 괜찮아요?")
    await live.settled()
    said = await web_user.read_until("안녕하세요, 상담사예요")
    assert said["text"].endswith("상담사: 안녕하세요, 상담사예요. 괜찮아요?")

    await web_user.say("혼자 결정하기가 무서워요")
    await asyncio.sleep(0.2)
    await live.settled()
    relayed = texts_to(fake, MINA["id"])
    assert any(text.endswith("혼자 결정하기가 무서워요") for text in relayed)  # labelled text

    push_as(fake, MINA, "/close referred")
    await live.settled()
    await web_user.read_until("상담사가 대화를 마쳤어요")

    token = web_user.token  # type: ignore[attr-defined]
    staff_calls = [c for c in fake.calls if c.params.get("chat_id") in {GROUP, MINA["id"]}]
    assert not any(token in json.dumps(c.params, ensure_ascii=False) for c in staff_calls)
    shown = json.dumps(web_user.seen, ensure_ascii=False)
    assert not any(str(MINA[k]) in shown for k in ("id", "first_name", "username"))

"""The skill URL's guards: the secret header, malformed and oversized bodies, Kakao's retries."""

from __future__ import annotations

import asyncio
import json
import sqlite3
import uuid

from tests.kakao.harness import KAKAO_SECRET, FakeKakao, KakaoServer, payload


def user() -> str:
    """A fresh botUserKey-like id."""
    return "bk" + uuid.uuid4().hex


def count(server: KakaoServer, sql: str) -> int:
    """One number from the server's database."""
    with sqlite3.connect(server.db) as db:
        found: int = db.execute(sql).fetchone()[0]
    return found


KAKAO_ROWS = "SELECT count(*) FROM inbox WHERE channel = 'kakao'"
RISK_EVENTS = "SELECT count(*) FROM audit WHERE kind = 'risk'"


async def test_a_missing_secret_is_refused(kakao: FakeKakao, server: KakaoServer) -> None:
    """Without X-Gyeot-Kakao-Secret: 403, nothing stored."""
    before = count(server, KAKAO_ROWS)
    said = await kakao.say(user(), "안녕하세요", secret=None)
    assert said.status == 403
    assert count(server, KAKAO_ROWS) == before


async def test_a_forged_secret_is_refused(kakao: FakeKakao, server: KakaoServer) -> None:
    """A wrong secret (even one differing in the last character) gets 403."""
    before = count(server, KAKAO_ROWS)
    for forged in ("wrong", KAKAO_SECRET[:-1] + "X", KAKAO_SECRET + "0", ""):
        said = await kakao.say(user(), "안녕하세요", secret=forged)
        assert said.status == 403
    assert count(server, KAKAO_ROWS) == before


async def test_a_forged_secret_is_refused_before_the_body_is_read(kakao: FakeKakao) -> None:
    """A huge body with a wrong secret is refused with 403, not read (no 413)."""
    said = await kakao.post(b"x" * 300_000, secret="wrong")
    assert said.status == 403


async def test_malformed_json_gets_400_without_a_trace(kakao: FakeKakao) -> None:
    """Broken JSON: 400 and a short body, no stack trace or internals."""
    said = await kakao.post(b'{"userRequest": ')
    assert said.status == 400
    text = json.dumps(said.body)
    assert "Traceback" not in text
    assert "File " not in text
    assert len(text) < 100


async def test_a_payload_without_user_request_gets_400(kakao: FakeKakao) -> None:
    """JSON that is not a skill request: 400."""
    said = await kakao.post(json.dumps({"bot": {"id": "x"}, "action": {}}).encode())
    assert said.status == 400


async def test_an_oversized_body_gets_413(kakao: FakeKakao, server: KakaoServer) -> None:
    """A body over the limit: 413, nothing stored."""
    before = count(server, KAKAO_ROWS)
    big = payload(user(), "가" * 10)
    big["padding"] = "x" * 100_000
    said = await kakao.post(json.dumps(big).encode())
    assert said.status == 413
    assert count(server, KAKAO_ROWS) == before


async def test_a_retry_gets_the_same_answer_once(kakao: FakeKakao, server: KakaoServer) -> None:
    """Kakao sending the same request twice (concurrently or just after) makes one event."""
    me = user()
    await kakao.say(me, "안녕하세요")
    rows, risks = count(server, KAKAO_ROWS), count(server, RISK_EVENTS)
    first, second = await asyncio.gather(
        kakao.say(me, "죽고 싶어요"), kakao.say(me, "죽고 싶어요")
    )
    third = await kakao.say(me, "죽고 싶어요")
    assert first.status == second.status == third.status == 200
    assert first.body == second.body == third.body
    assert "109" in first.texts[0]
    assert count(server, KAKAO_ROWS) == rows + 1
    assert count(server, RISK_EVENTS) == risks + 1


async def test_different_people_are_not_deduplicated(
    kakao: FakeKakao, server: KakaoServer
) -> None:
    """The same words from two people are two events."""
    rows = count(server, KAKAO_ROWS)
    await asyncio.gather(kakao.say(user(), "안녕하세요"), kakao.say(user(), "안녕하세요"))
    assert count(server, KAKAO_ROWS) == rows + 2


async def test_the_same_quick_reply_on_two_answers_is_not_a_retry(kakao: FakeKakao) -> None:
    """Skipping two questions in a row: each tap names its answer (`extra`), both count."""
    me = user()
    said = await kakao.say(me, "안녕하세요")
    said = await kakao.say(me, said.tap("비밀 상담"))
    first = await kakao.say(me, said.tap("말하고 싶지 않아요"), extra=said.extra("말하고"))
    assert first.extra("말하고") != said.extra("말하고")
    second = await kakao.say(me, first.tap("말하고 싶지 않아요"), extra=first.extra("말하고"))
    assert second.text != first.text  # the next question, not the same answer again

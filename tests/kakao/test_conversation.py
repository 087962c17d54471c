"""A fake Kakao talks to a real `gyeot run` over loopback: greeting, text, flows, crisis."""

from __future__ import annotations

import sqlite3
import uuid

from tests.kakao.harness import FakeKakao, KakaoServer, client

MAX_LABEL = 14


def user() -> str:
    """A fresh botUserKey-like id."""
    return "bk" + uuid.uuid4().hex


def assert_kakao_shape(body: dict[str, object]) -> None:
    """Skill response v2.0 within Kakao's limits."""
    assert body["version"] == "2.0"
    template = body["template"]
    assert isinstance(template, dict)
    outputs = template["outputs"]
    assert 1 <= len(outputs) <= 3
    assert all(len(o["simpleText"]["text"]) <= 1000 for o in outputs)
    quick = template.get("quickReplies", [])
    assert len(quick) <= 10
    for reply in quick:
        assert reply["action"] == "message"
        assert 0 < len(reply["label"]) <= MAX_LABEL
        assert reply["messageText"]


def count(server: KakaoServer, table: str) -> int:
    """Rows in one table of the server's database."""
    with sqlite3.connect(server.db) as db:
        found: int = db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    return found


async def test_greeting_answers_fast_with_the_menu(kakao: FakeKakao) -> None:
    """Her first message gets the welcome (what is kept) and the menu as quick replies."""
    said = await kakao.say(user(), "안녕하세요")
    assert said.status == 200
    assert_kakao_shape(said.body)
    assert "곁" in said.text
    assert "1308" in said.text
    assert said.tap("상담사")
    assert said.seconds < 1.0


async def test_free_text_gets_a_topic_answer(kakao: FakeKakao) -> None:
    """A question in her own words is answered from the knowledge base."""
    me = user()
    await kakao.say(me, "안녕하세요")
    said = await kakao.say(me, "보호출산제가 뭐예요?")
    assert_kakao_shape(said.body)
    assert "보호출산" in said.text


async def test_quick_replies_walk_a_whole_guided_flow(kakao: FakeKakao) -> None:
    """Tapping quick replies goes through the confidential intake to its end, step by step."""
    me = user()
    said = await kakao.say(me, "안녕하세요")
    said = await kakao.say(me, said.tap("비밀 상담"))
    assert "몇 주" in said.text
    said = await kakao.say(me, said.tap("임신 12주"))  # weeks
    assert_kakao_shape(said.body)
    for _ in range(6):  # age, region, safe, needs ...: pick the first answer each time
        if not said.quick or said.quick[0]["messageText"] == "처음으로":
            break
        first = said.quick[0]["messageText"]
        said = await kakao.say(me, first)
        assert_kakao_shape(said.body)
        if any(r["messageText"].startswith("다 골랐어요") for r in said.quick):
            said = await kakao.say(me, said.tap("다 골랐어요"))
    assert "이 버튼은 이제 쓸 수 없어요" not in said.text
    assert said.tap("처음으로")


async def test_a_stale_quick_reply_is_answered_kindly(kakao: FakeKakao) -> None:
    """A quick reply of an older answer is her text: no crash, a kind answer."""
    me = user()
    first = await kakao.say(me, "안녕하세요")
    await kakao.say(me, first.tap("지낼 곳"))
    said = await kakao.say(me, first.tap("출생통보제"))
    assert said.status == 200
    assert_kakao_shape(said.body)


async def test_crisis_puts_the_numbers_in_the_first_output(kakao: FakeKakao) -> None:
    """A risk hit answers at once, the emergency numbers in the first output."""
    me = user()
    await kakao.say(me, "안녕하세요")
    said = await kakao.say(me, "너무 힘들어서 죽고 싶어요")
    assert_kakao_shape(said.body)
    assert "109" in said.texts[0]
    assert said.seconds < 1.0


async def test_a_case_offers_the_check_replies_quick_reply(kakao: FakeKakao) -> None:
    """Asking for a counselor says replies wait and offers "답장 확인"."""
    me = user()
    await kakao.say(me, "안녕하세요")
    said = await kakao.say(me, "/counselor")
    assert "답장 확인" in said.text
    check = said.tap("답장 확인")
    again = await kakao.say(me, check)
    assert "아직 새로 온 답장은 없어요" in again.text


async def test_forget_erases_her_session(kakao: FakeKakao, server: KakaoServer) -> None:
    """/forget asks first; yes erases her session and the next message starts afresh."""
    me = user()
    await kakao.say(me, "안녕하세요")
    confirm = await kakao.say(me, "/forget")
    before = count(server, "sessions")
    done = await kakao.say(me, confirm.tap("네"))
    assert "지웠어요" in done.text
    assert count(server, "sessions") == before - 1
    again = await kakao.say(me, "안녕하세요")
    assert_kakao_shape(again.body)


async def test_a_restart_keeps_her_quick_replies_working(
    kakao: FakeKakao, server: KakaoServer
) -> None:
    """After a restart the labels of her last answer still map to the engine's buttons."""
    me = user()
    said = await kakao.say(me, "안녕하세요")
    said = await kakao.say(me, said.tap("비밀 상담"))
    server.stop()
    server.start()
    async with client() as session:  # the old connections died with the server
        said = await FakeKakao(server, session).say(me, said.tap("임신 12주"))
    assert "이 버튼은 이제 쓸 수 없어요" not in said.text
    assert "몇 주" not in said.text  # the next step, not the same question again


async def test_long_labels_in_vietnamese_map_back_to_their_buttons(kakao: FakeKakao) -> None:
    """In Vietnamese, shortened quick replies still press the engine's button of that step."""
    me = user()
    said = await kakao.say(me, "안녕하세요")
    said = await kakao.say(me, said.tap("Language"))
    said = await kakao.say(me, said.tap("Tiếng Việt"))
    assert_kakao_shape(said.body)
    long = [r for r in said.quick if r["label"] != r["messageText"]]
    assert long  # some labels were shortened
    assert {"Tư vấn viên", "Tư vấn kín"} <= {r["label"] for r in said.quick}  # [kakao.label]
    said = await kakao.say(me, long[0]["messageText"])
    assert_kakao_shape(said.body)
    assert "Nút này không còn dùng được" not in said.text

"""Two-sided scenarios on the terminal relay with a fake clock: her, the desk, two counselors."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from flows import Command, Text
from flows.counsel import TERMINAL, Actor
from knowledge import Knowledge
from tests.bot.staff_kit import (
    GROUP,
    JIWOO,
    MINA,
    STRANGER,
    T0,
    World,
    open_world,
    settings_for,
    world_fixture,
)

HER = "hana_kim_2003"  # her local user name: must never reach staff


@pytest.fixture
async def world(tmp_path: Path, kb: Knowledge) -> AsyncIterator[World]:
    async for w in world_fixture(tmp_path, kb):
        yield w


async def _requested(world: World, name: str = HER) -> str:
    await world.her(name, "/counselor")
    [(_, alias)] = [pair for pair in world.board.claim_buttons() if pair[1]][-1:]
    return alias


async def test_request_alert_claim_race_relay_and_close(world: World) -> None:
    """Her request alerts the group; of two counselors pressing at once one wins; they talk."""
    replies = await world.her(HER, "/counselor")
    assert any("상담사에게 연결을 부탁했어요" in r for r in replies)
    [post] = world.board.posts
    assert (post.chat, post.at) == (GROUP, T0)  # at once, in simulated time
    [button] = post.card.buttons
    assert "상담-" in post.card.text and button.label == "맡기 / Claim"

    answers = await asyncio.gather(
        world.claim(MINA, button.id.removeprefix("claim:"), label="민아"),
        world.claim(JIWOO, button.id.removeprefix("claim:"), label="지우"),
    )
    assert sorted(a.startswith("맡았어요") for a in answers) == [False, True]
    winner = MINA if answers[0].startswith("맡았어요") else JIWOO
    assert "이미 다른 상담사가 맡은 상담이에요." in answers
    assert "✅ 맡음: " in world.board.edits[-1].card.text

    assert any("상담사가 연결됐어요" in t for t in await world.inbox(HER))
    card = await world.mail_of(winner)
    assert card[0].startswith(f"맡았어요: {button.alias}")

    assert await world.counselor(winner, "안녕하세요, 무슨 일이 있었어요?") == []
    assert await world.inbox(HER) == ["상담사: 안녕하세요, 무슨 일이 있었어요?"]
    assert await world.her(HER, "집에서 나와야 할 것 같아요") == []  # live: the bot stays quiet
    assert await world.mail_of(winner) == [f"[{button.alias}] 집에서 나와야 할 것 같아요"]

    closed = await world.counselor(winner, "/close referred")
    assert closed == [
        f"{button.alias}을(를) 종료했어요 (결과: referred). 그분에게는 상담이 끝났다고 알렸어요."
    ]
    assert any("상담사가 대화를 마쳤어요" in t for t in await world.inbox(HER))
    assert "⚪ 종료 · 상담사가 종료 · 결과: referred" in world.board.edits[-1].card.text
    state = await world.store.load(world.key(HER))
    assert state is not None and state.case_open is False


async def test_nothing_of_hers_reaches_staff_and_nothing_of_theirs_reaches_her(
    world: World,
) -> None:
    """Staff see only the alias; she sees only '상담사', never a counselor's id or name."""
    alias = await _requested(world)
    await world.claim(MINA, alias, label="민아")
    staff_side = [*world.board.texts(), *await world.mail_of(MINA)]
    await world.counselor(MINA, "천천히 말해도 괜찮아요")
    her_side = await world.inbox(HER)
    her_side += await world.her(HER, "고마워요")
    staff_side += await world.mail_of(MINA)
    for text in staff_side:
        assert HER not in text and world.key(HER) not in text
    for text in her_side:
        assert "민아" not in text and str(MINA) not in text and "c11" not in text
    assert any(t == "상담사: 천천히 말해도 괜찮아요" for t in her_side)


async def test_a_stranger_cannot_claim_or_relay_and_is_audited(world: World) -> None:
    """Someone not in [staff] counselors is ignored; the attempt is audited without ids."""
    alias = await _requested(world)
    assert await world.claim(STRANGER, alias) == "상담사로 등록된 분만 맡을 수 있어요."
    assert await world.counselor(STRANGER, "안녕하세요") == []
    assert await world.inbox(HER) == []
    assert [c.status for c in await world.store.cases_since(T0)] == ["open"]
    denied = [row for row in await world.audit() if row[0] == "staff_denied"]
    assert denied == [("staff_denied", "claim", None), ("staff_denied", "relay", None)]


async def test_unclaimed_case_is_realerted_then_she_is_told_honestly(world: World) -> None:
    """Unclaimed: re-alert after realert_after; after fallback_after she gets 1308; still open."""
    alias = await _requested(world)
    await world.later(299)
    assert len(world.board.posts) == 1
    await world.later(1)
    realert = world.board.posts[-1].card
    assert (
        realert.text.startswith("⏰ 아직 아무도 맡지 않았어요 · 대기 1건")
        and alias in realert.text
    )
    assert await world.inbox(HER) == []
    await world.later(600)
    [told] = await world.inbox(HER)
    assert "지금은 바로 연결할 수 있는 상담사가 없어요" in told and "1308" in told
    assert "1551-1099" not in told
    assert [c.status for c in await world.store.cases_since(T0)] == ["open"]
    await world.later(3600)
    assert await world.inbox(HER) == []  # told once
    assert "본인에게 1308 안내함" in world.board.edits[-1].card.text


async def test_the_fallback_adds_the_seoul_line_when_her_region_is_seoul(world: World) -> None:
    """Her kept region is Seoul: the fallback also gives 1551-1099."""
    for line in (
        "/menu",
        "비밀 상담 시작 (질문 몇 개)",
        "말하고 싶지 않아요",
        "말하고 싶지 않아요",
        "서울",
    ):
        await world.her(HER, line)
    for line in ("말하고 싶지 않아요", "다 골랐어요", "/counselor"):
        await world.her(HER, line)
    await world.later(900)
    [told] = await world.inbox(HER)
    assert "1308" in told and "1551-1099" in told


async def test_pending_timers_fire_after_a_restart(tmp_path: Path, kb: Knowledge) -> None:
    """Timers are rows: a new process on the same file fires what came due while it was down."""
    first = await open_world(tmp_path, kb)
    await first.her(HER, "/counselor")
    await first.store.close()
    second = await open_world(tmp_path, kb, clock=first.clock)
    try:
        second.clock.advance(1000)
        await second.settle()
        assert any("1308" in t for t in await second.inbox(HER))
        assert second.board.posts[-1].card.text.startswith("⏰")
    finally:
        await second.store.close()


async def test_a_silent_claim_is_released_and_realerted(world: World) -> None:
    """Claimed, she writes, the counselor stays silent for claim_timeout: back to the queue."""
    alias = await _requested(world)
    await world.claim(MINA, alias)
    await world.mail_of(MINA)
    await world.later(1799)
    assert [c.status for c in await world.store.cases_since(T0)] == ["claimed"]
    await world.later(1)
    assert [c.status for c in await world.store.cases_since(T0)] == ["open"]
    assert await world.mail_of(MINA) == [
        f"{alias}: 30분 동안 답이 없어 대기열로 돌려놓았어요. 다른 상담사가 맡을 수 있어요."
    ]
    assert (
        world.board.posts[-1].card.text.startswith("⏰")
        and alias in world.board.posts[-1].card.text
    )
    assert "맡기 / Claim" in [b.label for b in world.board.edits[-1].card.buttons]
    assert (
        await world.claim(JIWOO, alias)
        == f"맡았어요: {alias}. 봇과의 개인 대화방에서 이어가 주세요."
    )


async def test_a_counselor_who_answers_keeps_the_case(world: World) -> None:
    """Answering her disarms the timeout; her next message re-arms it from then."""
    alias = await _requested(world)
    await world.claim(MINA, alias)
    await world.later(1000)
    await world.counselor(MINA, "여기 있어요")
    await world.later(1000)
    await world.her(HER, "네")
    await world.later(1799)
    assert [c.status for c in await world.store.cases_since(T0)] == ["claimed"]
    await world.later(1)
    assert [c.status for c in await world.store.cases_since(T0)] == ["open"]


async def test_triage_still_answers_while_a_counselor_talks(world: World) -> None:
    """Live relay: a risk message gets the bot's emergency answer, raises the case, is relayed."""
    alias = await _requested(world)
    await world.claim(MINA, alias)
    await world.counselor(MINA, "안녕하세요")
    await world.mail_of(MINA)
    replies = await world.her(HER, "죽고 싶어요")
    assert any("109" in r for r in replies)
    mail = await world.mail_of(MINA)
    assert f"[{alias}] 죽고 싶어요" in mail
    assert any(m.startswith(f"⚠ {alias}: 위험 신호") for m in mail)
    [case] = await world.store.cases_since(T0)
    assert (case.urgency, case.status) == ("urgent", "claimed")


async def test_urgent_cases_jump_the_queue(tmp_path: Path, kb: Knowledge) -> None:
    """With normal cases waiting for the group's budget, an urgent one is alerted first."""
    world = await open_world(tmp_path, kb)
    try:
        for i in range(12):
            await world.talk.handle(world.key(f"n{i}"), _cmd("counselor"))
        await world.staff.runner.tick()
        dispatcher = world.staff.runner.dispatcher
        assert dispatcher is not None
        await dispatcher.step()  # one message carries the first 8 waiting cases
        await world.talk.handle(world.key("urgent"), _text("아기를 버리고 싶어요"))
        await world.staff.runner.tick()
        await dispatcher.step()
        first_after = world.board.posts[1].card
        assert first_after.text.startswith("🔴 긴급") and "아기 안전" in first_after.text
        assert len(first_after.buttons) == 1
        await world.settle()
        alerted = {b.alias for p in world.board.posts for b in p.card.buttons}
        assert len(alerted) == 13
    finally:
        await world.store.close()


async def test_thirty_simultaneous_cases_stay_within_the_group_limit(
    tmp_path: Path, kb: Knowledge
) -> None:
    """A burst of 30 requests: every case alerted, claims shown, never over 20 calls a minute."""
    world = await open_world(tmp_path, kb)
    try:
        for i in range(30):
            await world.talk.handle(world.key(f"u{i}"), _cmd("counselor"))
        await world.settle()
        alerted = [b for p in world.board.posts for b in p.card.buttons]
        assert len({b.alias for b in alerted}) == 30
        for token in [b.id.removeprefix("claim:") for b in alerted][:30:3]:
            await world.staff.desk.claim(_actor(MINA), token, world.clock())
        await world.settle()
        cases = await world.store.cases_since(T0)
        assert sum(c.status == "claimed" for c in cases) == 10
        calls = [at for chat, at in world.board.calls if chat == GROUP]
        for i, at in enumerate(calls):
            in_window = [t for t in calls[i:] if (t - at).total_seconds() < 60]
            assert len(in_window) <= 20
        assert len(calls) <= 12  # batched: 4 posts + edits, not 30 + 10
        assert world.clock() - T0 < dt.timedelta(minutes=1)
    finally:
        await world.store.close()


async def test_nobody_on_duty_is_said_at_once(tmp_path: Path, kb: Knowledge) -> None:
    """With a roster and nobody on duty, she hears at once that nobody is there, with 1308."""
    settings = settings_for(tmp_path, staff={"duty_hours": {str(MINA): ["mon-fri 09:00-18:00"]}})
    world = await open_world(tmp_path, kb, settings)  # T0 is Sunday 03:00 in Korea
    try:
        replies = await world.her(HER, "/counselor")
        assert any(
            "지금은 상담사가 근무하는 시간이 아니에요" in r and "1308" in r for r in replies
        )
        await world.later(900)
        assert await world.inbox(HER) == []  # not told twice
    finally:
        await world.store.close()


async def test_she_writes_again_soon_after_a_close_and_the_case_reopens(world: World) -> None:
    """Within reopen_window her next message goes back to the counselor who closed the case."""
    alias = await _requested(world)
    await world.claim(MINA, alias)
    await world.counselor(MINA, "또 연락 주세요")
    await world.counselor(MINA, "/close")
    await world.inbox(HER)
    await world.later(3600)
    await world.her(HER, "하나 더 물어봐도 돼요?")
    mail = await world.mail_of(MINA)
    assert mail == [
        f"{alias}: 종료했던 상담에 그분이 다시 글을 남겨서 상담을 다시 열었어요.",
        f"[{alias}] 하나 더 물어봐도 돼요?",
    ]
    [case] = await world.store.cases_since(T0)
    assert (case.status, case.claimed_by, case.reopened) == ("claimed", MINA, 1)


async def test_her_end_and_her_forget_tell_the_counselor(world: World) -> None:
    """She ends the case, or erases everything: the counselor is told in neutral words."""
    alias = await _requested(world)
    await world.claim(MINA, alias)
    await world.mail_of(MINA)
    await world.her(HER, "/end")
    assert await world.mail_of(MINA) == [f"{alias}: 그분이 대화를 끝냈어요."]
    second = await _requested(world, "yuna")
    await world.claim(MINA, second)
    await world.counselor(MINA, "/note 학교 문제")
    await world.mail_of(MINA)
    await world.her("yuna", "/forget")
    await world.her("yuna", "네, 지워 주세요")
    assert await world.mail_of(MINA) == [f"{second}: 그분이 기록 삭제를 요청해서 상담이 끝났어요."]
    notes = await world.store._db.fetchall("SELECT count(*) FROM case_notes")
    assert notes == [(0,)]


async def test_the_counselor_commands(world: World) -> None:
    """/cases lists by urgency, /case switches, /note is not sent, /release returns the case."""
    first = await _requested(world, "a")
    await world.her("b", "죽고 싶어요")
    second = world.board.claim_buttons()[-1][1]
    await world.claim(MINA, first)
    await world.claim(MINA, second)
    await world.mail_of(MINA)
    listing = (await world.counselor(MINA, "/cases"))[0].splitlines()
    assert [line.split(" · ")[0] for line in listing[1:]] == [f"🔴 {second}", f"🟡 {first}"]
    assert await world.counselor(MINA, f"/case {first}") == [f"이제 {first}(으)로 보내요."]
    assert await world.counselor(MINA, "/note 다음 주에 다시") == [
        f"{first}에 메모를 남겼어요. 그분에게는 보내지 않아요."
    ]
    assert not any("다음 주에 다시" in t for t in await world.inbox("a"))  # notes stay with staff
    switched = await world.counselor(MINA, f"/case {first}")
    assert "다음 주에 다시" in switched[0]
    assert await world.counselor(MINA, "/release") == [f"{first}을(를) 대기열로 돌려놓았어요."]
    assert await world.counselor(MINA, "안녕하세요") == []  # the only case left is the urgent one
    assert "상담사: 안녕하세요" in await world.inbox("b")


async def test_her_counselor_blocking_the_bot_releases_the_claim(world: World) -> None:
    """The counselor cannot be reached: her cases go back to the queue and she is told."""
    alias = await _requested(world)
    await world.claim(MINA, alias)
    await world.inbox(HER)
    assert await world.staff.desk.counselor_unreachable(MINA, world.clock()) == 1
    await world.settle()
    assert any("다른 상담사를 찾고 있어요" in t for t in await world.inbox(HER))
    assert world.board.posts[-1].card.text.startswith("⏰")


async def test_alerts_move_to_the_fallback_chat_when_the_group_is_lost(world: World) -> None:
    """The bot lost its rights in the group: an error is logged and alerts go to the fallback."""
    world.board.lost.add(GROUP)
    await world.her(HER, "/counselor")
    assert [p.chat for p in world.board.posts] == [555]


def _cmd(name: str) -> Command:
    return Command(name)


def _text(text: str) -> Text:
    return Text(text)


def _actor(cid: int) -> Actor:
    return Actor(cid, TERMINAL, f"c{cid}")


async def test_issue_16_refused_presses_are_one_audit_row_a_minute_with_a_count(
    world: World,
) -> None:
    """A stranger pressing Claim 50 times in a minute writes one row; the next row counts them."""
    alias = await _requested(world)
    for _ in range(50):
        await world.claim(STRANGER, alias)
    denied = [row for row in await world.audit() if row[0] == "staff_denied"]
    assert denied == [("staff_denied", "claim", None)]
    await world.later(61)
    await world.claim(STRANGER, alias)
    denied = [row for row in await world.audit() if row[0] == "staff_denied"]
    assert denied == [("staff_denied", "claim", None), ("staff_denied", "claim x50", None)]
    assert [c.status for c in await world.store.cases_since(T0)] == ["open"]


async def test_issue_16_refusals_of_different_pressers_are_counted_apart(world: World) -> None:
    """Each presser gets their own row; a second stranger is not hidden by the first."""
    alias = await _requested(world)
    for presser in (STRANGER, STRANGER, STRANGER + 1, STRANGER + 1):
        await world.claim(presser, alias)
    denied = [row for row in await world.audit() if row[0] == "staff_denied"]
    assert denied == [("staff_denied", "claim", None)] * 2

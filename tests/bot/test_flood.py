"""Issue 16: a crisis never waits behind her own backlog, and a flood is met with one notice."""

from __future__ import annotations

from bot.channels.processor import Flood
from bot.tg.pacing import Limits
from flows import Event, Outcome, Reply, Session, Text
from tests.bot.conftest import EchoEngine, make_rig
from tests.bot.fake_bot_api import FakeBotApi

HEAD = "곁에서 답장이 왔어요\n\n"
CRISIS = "죽고 싶어요"
FLOOD = Flood(is_crisis=lambda text: "죽고" in text, notice=lambda lang: "천천히 읽고 있어요")


class CrisisEcho(EchoEngine):
    """Echoes, and answers the crisis text with a safety reply (as the real triage does)."""

    def handle(self, state: Session, event: Event) -> Outcome:
        if isinstance(event, Text) and "죽고" in event.text:
            return Outcome((Reply("109, 119", safety=True),), state)
        return super().handle(state, event)


def bodies(fake: FakeBotApi, chat: int) -> list[str]:
    return [t.removeprefix(HEAD).split("  [")[0] for t in fake.sent_texts(chat)]


async def test_issue_16_a_crisis_in_a_flood_is_answered_first_and_the_flood_once(
    fake_api: FakeBotApi, app
):
    """100 messages then "죽고 싶어요": the crisis answer comes among the first, one notice."""
    slow = Limits(private_rate=20.0, private_burst=1.0, global_rate=1e6, global_burst=1e6)
    rig = make_rig(fake_api, app, engine=CrisisEcho(), pace=slow, flood=FLOOD)
    fake_api.push_text(1001, "첫 메시지")
    for i in range(100):
        fake_api.push_text(1001, f"m{i}")
    fake_api.push_text(1001, CRISIS)
    rig.start()
    try:
        await rig.settle(timeout=30)
    finally:
        await rig.close()
    sent = bodies(fake_api, 1001)
    assert sent.index("109, 119") <= 2
    assert sent.count("천천히 읽고 있어요") == 1
    assert len(sent) < 12  # coalesced: not 102 answers
    assert sent[-1] == "echo: m99"  # the newest message still gets its answer


async def test_issue_16_messages_spread_out_are_all_answered(fake_api: FakeBotApi, app):
    """Without a backlog nothing is coalesced: each message gets its own answer."""
    rig = make_rig(fake_api, app, engine=CrisisEcho(), flood=FLOOD)
    rig.start()
    try:
        for i in range(6):
            fake_api.push_text(1001, f"m{i}")
            await rig.settle()
    finally:
        await rig.close()
    assert bodies(fake_api, 1001) == [f"echo: m{i}" for i in range(6)]

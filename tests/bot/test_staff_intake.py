"""Staff updates are told apart from hers on the raw JSON; odd JSON never breaks the poller."""

from __future__ import annotations

from typing import Any, cast

import pytest

from bot.staff import Staff
from bot.tg.application import AnyApplication
from bot.tg.codec import encode_callback
from bot.tg.staff import StaffUpdates
from flows.counsel.texts import CLAIM
from tests.bot.fake_bot_api import FakeBotApi

COUNSELOR, ADMIN, HER = 501, 502, 1001


@pytest.fixture
def updates(app: AnyApplication) -> StaffUpdates:
    # Intake needs only the ids and the bot; the desk is not involved.
    return StaffUpdates(
        cast(Staff, None), app.bot, counselors=frozenset({COUNSELOR}), admins=frozenset({ADMIN})
    )


def test_her_message_is_not_a_staff_update(updates: StaffUpdates, fake_api: FakeBotApi):
    """Her text goes to her conversation (None here)."""
    assert updates.encode(fake_api.push_text(HER, "도와주세요")) is None


def test_a_counselors_message_is_recorded(updates: StaffUpdates, fake_api: FakeBotApi):
    """A counselor's private message becomes a staff row with its text."""
    raw = updates.encode(fake_api.push_text(COUNSELOR, "안녕하세요, 상담사입니다"))
    assert raw is not None
    assert updates.owns(raw)
    assert "상담사입니다" in raw


def test_a_claim_press_is_recorded(updates: StaffUpdates, fake_api: FakeBotApi):
    """A press on a claim button is a staff row, whoever pressed it."""
    data = encode_callback(f"{CLAIM}T0K3N")
    raw = updates.encode(fake_api.push_callback(COUNSELOR, data, 1))
    assert raw is not None and '"k":"claim"' in raw


@pytest.mark.parametrize("odd_id", [[COUNSELOR], {"id": 1}, "501", None, True])
def test_an_odd_sender_id_is_not_staff_and_raises_nothing(
    updates: StaffUpdates, fake_api: FakeBotApi, odd_id: Any
):
    """A sender id that is not an integer is simply not a counselor."""
    update = fake_api.push_text(COUNSELOR, "hi")
    update["message"]["from"]["id"] = odd_id
    assert updates.encode(update) is None

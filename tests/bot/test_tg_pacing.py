"""Token buckets: bursts are allowed, then the rate holds; groups are slower than chats."""

from __future__ import annotations

import pytest

from bot.tg.channel import parse_route
from bot.tg.pacing import Bucket, Limits, Pacer


def test_bucket_allows_a_burst_then_the_rate():
    """A full bucket lets `burst` calls through, then one per 1/rate seconds."""
    bucket = Bucket(rate=1.0, burst=3.0, now=0.0)
    assert [bucket.take(0.0) for _ in range(3)] == [0.0, 0.0, 0.0]
    assert bucket.take(0.0) == pytest.approx(1.0)
    assert bucket.take(0.5) == pytest.approx(0.5)
    assert bucket.take(1.0) == 0.0


def test_bucket_refills_only_up_to_its_burst():
    """A long idle period does not bank more than one burst."""
    bucket = Bucket(rate=1.0, burst=2.0, now=0.0)
    assert [bucket.take(100.0) for _ in range(3)][-1] > 0
    assert bucket.idle(200.0)


async def test_groups_get_the_twenty_per_minute_bucket_and_private_chats_one_per_second():
    """Negative chat ids (groups) refill at 20/min, positive (private) at 1/s."""
    now = [0.0]
    pacer = Pacer(Limits(), clock=lambda: now[0])
    assert pacer._bucket(-100).rate == pytest.approx(20 / 60)
    assert pacer._bucket(42).rate == pytest.approx(1.0)
    pacer.forget_idle()
    assert pacer._chats == {}


@pytest.mark.parametrize(
    ("route", "expected"), [("1001", (1001, None)), ("-100555:17", (-100555, 17))]
)
def test_routes_name_a_chat_and_optionally_a_forum_topic(route, expected):
    """An outbox route is `chat` or `chat:thread`."""
    assert parse_route(route) == expected

"""The per-conversation lanes shared by the processor and the sender."""

from __future__ import annotations

import asyncio

from bot.channels import Lanes


async def test_a_row_finished_while_the_store_was_read_is_not_queued_again():
    """A read that started before a row was marked done still lists it; `fresh` drops it."""
    done: list[int] = []
    release = asyncio.Event()

    async def work(item: int) -> None:
        await release.wait()
        done.append(item)

    lanes: Lanes[str, int] = Lanes(work)
    lanes.push("her", 1, 1)

    async def stale_read() -> list[int]:
        release.set()  # row 1 finishes while the read is under way
        await asyncio.sleep(0.01)
        return [1, 2]

    fresh = await lanes.fresh(stale_read(), lambda item: item)
    await lanes.idle()
    assert (fresh, done) == ([2], [1])


async def test_urgent_items_go_before_the_waiting_ones_in_order():
    """Crisis items jump the lane's backlog (after the one in progress), keeping their order."""
    seen: list[str] = []
    gate = asyncio.Event()

    async def work(item: str) -> None:
        await gate.wait()
        seen.append(item)

    lanes: Lanes[str, str] = Lanes(work)
    for n, item in enumerate(["m1", "m2", "m3"]):
        lanes.push("her", n, item)
    await asyncio.sleep(0)  # the lane's task takes m1 and waits on it
    lanes.push("her", 10, "crisis1", urgent=True)
    lanes.push("her", 11, "crisis2", urgent=True)
    gate.set()
    await lanes.idle()
    assert seen == ["m1", "crisis1", "crisis2", "m2", "m3"]

"""Group commit: marks that arrive during a write go together into the next one."""

from __future__ import annotations

import asyncio

import pytest

from bot.tg.batch import GroupWriter


class Recorder:
    """A write that records its batches and can be held open or made to fail."""

    def __init__(self) -> None:
        self.batches: list[list[int]] = []
        self.gate = asyncio.Event()
        self.gate.set()
        self.fail = False

    async def write(self, items: list[int]) -> None:
        await self.gate.wait()
        if self.fail:
            raise OSError("disk full")
        self.batches.append(items)


async def test_items_added_during_a_write_share_the_next_write():
    """While one write runs, everything added waits and goes in one more write."""
    recorder = Recorder()
    writer: GroupWriter[int] = GroupWriter(recorder.write)
    recorder.gate.clear()
    first = asyncio.create_task(writer.add(0))
    await asyncio.sleep(0)
    rest = [asyncio.create_task(writer.add(i)) for i in range(1, 6)]
    await asyncio.sleep(0)
    recorder.gate.set()
    await asyncio.gather(first, *rest)
    assert recorder.batches == [[0], [1, 2, 3, 4, 5]]


async def test_add_returns_only_after_its_item_is_written():
    """A caller is not released before the write holding its item has finished."""
    recorder = Recorder()
    writer: GroupWriter[int] = GroupWriter(recorder.write)
    recorder.gate.clear()
    task = asyncio.create_task(writer.add(1))
    await asyncio.sleep(0.05)
    assert not task.done()
    recorder.gate.set()
    await task
    assert recorder.batches == [[1]]


async def test_a_failed_write_raises_in_every_caller_and_the_next_write_works():
    """Each caller of a failed batch sees the error; later items are written normally."""
    recorder = Recorder()
    writer: GroupWriter[int] = GroupWriter(recorder.write)
    recorder.fail = True
    results = await asyncio.gather(writer.add(1), writer.add(2), return_exceptions=True)
    assert [type(r) for r in results] == [OSError, OSError]
    recorder.fail = False
    await writer.add(3)
    assert recorder.batches == [[3]]


async def test_a_cancelled_caller_does_not_cancel_the_others_write():
    """Cancelling one waiting caller leaves the shared write to finish for the rest."""
    recorder = Recorder()
    writer: GroupWriter[int] = GroupWriter(recorder.write)
    recorder.gate.clear()
    impatient = asyncio.create_task(writer.add(1))
    patient = asyncio.create_task(writer.add(2))
    await asyncio.sleep(0)
    impatient.cancel()
    recorder.gate.set()
    await patient
    with pytest.raises(asyncio.CancelledError):
        await impatient
    assert recorder.batches == [[1, 2]]

"""Hot reload: a valid edit is swapped in with a diff; a broken file keeps the old knowledge."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable
from pathlib import Path

import pytest

from bot.app import open_runtime
from bot.config import Settings
from bot.reload import reload_knowledge, reload_knowledge_async, reload_summary
from flows import Command, Text
from flows.triage import triage
from knowledge import MatchSettings
from knowledge.matcher import match


@pytest.fixture
def settings(editable_kb_settings: Settings) -> Settings:
    return editable_kb_settings


async def test_reload_swaps_in_an_edited_answer(settings: Settings):
    """An edited answer is served after /reload, and the diff names the changed topic."""
    path = Path(settings.knowledge.path) / "topics" / "shelter.toml"
    async with open_runtime(settings, memory=True) as rt:
        await rt.conversation.handle("u1", Command("start"))
        old_answer = rt.kb.topics["shelter"].ko.answer
        path.write_text(
            path.read_text(encoding="utf-8").replace(
                old_answer[:30], "수정된 안내 " + old_answer[:30], 1
            ),
            encoding="utf-8",
        )
        result = reload_knowledge(rt)
        assert result.ok
        assert result.changed == ("shelter",)
        outcome = await rt.conversation.handle("u1", Text("쉼터"))
        assert "수정된 안내" in outcome.replies[-1].text


async def test_reload_reads_an_edited_triage_rule_and_keyword(settings: Settings):
    """A phrase added to a triage rule fires after /reload, and a keyword added to a topic
    reaches it: the rules and the match index are built again when their files change (the
    loader keeps them only while the files read the same)."""
    data = Path(settings.knowledge.path)
    triage_file, shelter = data / "triage.toml", data / "topics" / "shelter.toml"
    async with open_runtime(settings, memory=True) as rt:
        assert triage("꽃게탕바다로가고싶다", rt.kb.lexicon) is None
        assert match("꽃게탕모임", rt.kb.index, MatchSettings()).answer != "shelter"
        triage_file.write_text(
            triage_file.read_text(encoding="utf-8")
            + '\n[[rule]]\nid = "self_harm.ko.reload_probe"\nrisk = "self_harm"\n'
            + 'lang = "ko"\ncontains = ["꽃게탕바다로"]\n',
            encoding="utf-8",
        )
        shelter.write_text(
            shelter.read_text(encoding="utf-8").replace(
                'keywords = [\n    "쉼터",', 'keywords = [\n    "꽃게탕모임",\n    "쉼터",', 1
            ),
            encoding="utf-8",
        )
        assert reload_knowledge(rt).ok
        hit = triage("꽃게탕바다로가고싶다", rt.kb.lexicon)
        assert hit is not None and hit.rule_id == "self_harm.ko.reload_probe"
        assert match("꽃게탕모임", rt.kb.index, MatchSettings()).answer == "shelter"


async def test_broken_file_keeps_the_old_knowledge(settings: Settings):
    """A broken file is reported with its name and the old knowledge keeps answering."""
    path = Path(settings.knowledge.path) / "topics" / "adoption.toml"
    async with open_runtime(settings, memory=True) as rt:
        before = rt.engine
        path.write_text("id = 'adoption'\nnot valid toml [[[", encoding="utf-8")
        result = reload_knowledge(rt)
        assert not result.ok
        assert "adoption.toml" in result.error
        assert rt.conversation.engine is before
        outcome = await rt.conversation.handle("u1", Text("입양 보내는 절차"))
        assert outcome.replies


async def _longest_pause_during(work: Awaitable[object]) -> tuple[float, float]:
    """Run `work` beside a 5 ms ticker; return the longest pause of the loop and the duration."""
    gaps: list[float] = []
    done = asyncio.Event()

    async def tick() -> None:
        last = time.perf_counter()
        while not done.is_set():
            await asyncio.sleep(0.005)
            now = time.perf_counter()
            gaps.append(now - last)
            last = now

    ticker = asyncio.create_task(tick())
    await asyncio.sleep(0.02)
    start = time.perf_counter()
    await work
    duration = time.perf_counter() - start
    done.set()
    await ticker
    return max(gaps), duration


def _ran_off_the_loop(longest: float, duration: float) -> bool:
    """True if the loop never paused for much of the work: run on the loop, one pause is all of it.

    A pause of a tenth of a second or two is one C call holding the GIL in the reload's thread
    (a cache file read back, a pattern compiled): 0.07-0.09 s alone on a 2-core machine, 0.196 s
    once beside the suite's other worker (CI, 2026-12-05), where the bound was a third of a 0.54 s
    reload.
    """
    return longest < max(0.25, duration / 2)


def _touch_triage(settings: Settings) -> None:
    """Edit the triage file (a comment), so a reload compiles every rule again."""
    path = Path(settings.knowledge.path) / "triage.toml"
    path.write_text(path.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")


async def test_issue_16_reload_keeps_the_event_loop_responsive(settings: Settings):
    """While /reload parses the files, the loop keeps running (no pause near the parse time)."""
    async with open_runtime(settings, memory=True) as rt:
        _touch_triage(settings)
        before = rt.engine
        longest, duration = await _longest_pause_during(reload_knowledge_async(rt))
        assert rt.conversation.engine is not before  # the new knowledge is serving
        assert _ran_off_the_loop(longest, duration), (longest, duration)


async def test_issue_16_admin_reload_summary_runs_off_the_loop(settings: Settings):
    """The summary an admin's /reload answers with comes from the off-loop reload."""
    async with open_runtime(settings, memory=True) as rt:
        _touch_triage(settings)
        longest, duration = await _longest_pause_during(reload_summary(rt))
        assert _ran_off_the_loop(longest, duration), (longest, duration)
        assert (await reload_summary(rt)).startswith("다시 읽었어요 (reloaded).")

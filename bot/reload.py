"""Hot reload of the knowledge files: validate first, swap atomically, report a short diff.

Used by the admin command `/reload` and by SIGHUP. If the new files do not load, the old
knowledge keeps serving and the error (file and field) is returned to the admin. In a running
bot the files are parsed on a worker thread (`reload_knowledge_async`), so messages keep being
answered meanwhile; only the swap runs on the event loop.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass

from bot.app import Runtime, build_engine, load_configured_knowledge
from bot.config import Settings
from knowledge import Knowledge, KnowledgeError

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ReloadResult:
    """What a reload did: the topics added, changed and removed, or the error."""

    added: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    strings_changed: int = 0
    error: str = ""

    @property
    def ok(self) -> bool:
        """True if the new knowledge is now serving."""
        return not self.error

    def summary(self) -> str:
        """One short paragraph for the admin."""
        if self.error:
            kept = "다시 읽기 실패, 이전 지식을 계속 사용해요 (reload failed, old knowledge kept)"
            return f"{kept}:\n{self.error}"
        parts = [
            f"추가 added: {', '.join(self.added) or '-'}",
            f"변경 changed: {', '.join(self.changed) or '-'}",
            f"삭제 removed: {', '.join(self.removed) or '-'}",
            f"문구 변경 UI strings changed: {self.strings_changed}",
        ]
        return "다시 읽었어요 (reloaded).\n" + "\n".join(parts)


def diff(old: Knowledge, new: Knowledge) -> ReloadResult:
    """Compare two knowledge bases topic by topic and string by string."""
    added = tuple(sorted(set(new.topics) - set(old.topics)))
    removed = tuple(sorted(set(old.topics) - set(new.topics)))
    changed = tuple(
        sorted(t for t in set(old.topics) & set(new.topics) if old.topics[t] != new.topics[t])
    )
    strings = sum(
        1
        for lang in set(old.catalogs) | set(new.catalogs)
        for key in set(old.catalogs.get(lang, {})) | set(new.catalogs.get(lang, {}))
        if old.catalogs.get(lang, {}).get(key) != new.catalogs.get(lang, {}).get(key)
    )
    return ReloadResult(added, changed, removed, strings)


def reload_knowledge(rt: Runtime) -> ReloadResult:
    """Load the knowledge files again; swap the engine only if they are valid.

    Blocks while the files are parsed (about a second): in a running bot use
    `reload_knowledge_async`, which parses on a worker thread.
    """
    loaded = _load(rt.settings)
    return loaded if isinstance(loaded, ReloadResult) else _swap(rt, loaded)


async def reload_knowledge_async(rt: Runtime) -> ReloadResult:
    """`reload_knowledge` with the parsing off the event loop; the swap happens on the loop."""
    loaded = await asyncio.to_thread(_load, rt.settings)
    return loaded if isinstance(loaded, ReloadResult) else _swap(rt, loaded)


async def reload_summary(rt: Runtime) -> str:
    """Reload off the loop and describe the result for an admin's `/reload`."""
    return (await reload_knowledge_async(rt)).summary()


def _load(settings: Settings) -> Knowledge | ReloadResult:
    """Parse and validate the knowledge files; a failure is a ReloadResult with the error."""
    try:
        return load_configured_knowledge(settings)
    except KnowledgeError as exc:
        logger.warning("knowledge reload failed; keeping the old knowledge: %s", exc)
        return ReloadResult(error=str(exc))


def _swap(rt: Runtime, kb: Knowledge) -> ReloadResult:
    """Serve `kb` from now on and report what changed (runs on the event loop's thread)."""
    result = diff(rt.kb, kb)
    engine = build_engine(rt.settings, kb)
    rt.kb, rt.engine = kb, engine
    rt.conversation.engine = engine  # one assignment: a message sees the old or the new engine
    logger.info(
        "knowledge reloaded: %d added, %d changed, %d removed",
        len(result.added),
        len(result.changed),
        len(result.removed),
    )
    return result

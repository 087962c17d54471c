"""Hot reload of the knowledge files: validate first, swap atomically, report a short diff.

Used by the admin command `/reload` and by SIGHUP. If the new files do not load, the old
knowledge keeps serving and the error (file and field) is returned to the admin.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from bot.app import Runtime, build_engine
from knowledge import Knowledge, KnowledgeError, load_knowledge

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
    """Load the knowledge files again; swap the engine only if they are valid."""
    try:
        kb = load_knowledge(Path(rt.settings.knowledge.path))
    except KnowledgeError as exc:
        logger.warning("knowledge reload failed; keeping the old knowledge: %s", exc)
        return ReloadResult(error=str(exc))
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

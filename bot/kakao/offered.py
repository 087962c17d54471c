"""Which button a quick reply she tapped stands for: by her last answer, or by her saved session.

Kakao sends a tapped quick reply back as its `messageText` (the engine's full label). The
channel remembers, per user key, the labels of the last answer it gave her. After a restart
(or when another process answered) the labels are derived from her saved session: the
engine's current screen, plus labels of the offered ids a screen does not re-render (topic
suggestions, ending the counselor conversation). Anything else is her own text.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Mapping
from typing import Protocol

from flows import Engine, Session

ALWAYS = ("menu", "counselor")
_UI_LABELS = {
    "menu": "common.menu",
    "counselor": "common.counselor",
    "resume": "common.back_to_flow",
    "end_case": "counselor.end",
    "topics": "menu.topics",
    "lang": "menu.language",
    "forget": "menu.forget",
}


class Sessions(Protocol):
    """Read her saved session."""

    async def load(self, user_key: str) -> Session | None:
        """Return her session, or None."""
        ...


def _compact(text: str) -> str:
    return "".join(text.split()).removeprefix("✓")


class Offered:
    """Remember the last answer's labels per person (bounded); derive them after a restart."""

    def __init__(
        self, engine: Callable[[], Engine], sessions: Sessions, *, size: int = 20_000
    ) -> None:
        """Use the current engine (reloads included) and her saved sessions."""
        self.engine = engine
        self.sessions = sessions
        self.size = size
        self._last: OrderedDict[str, dict[str, str]] = OrderedDict()

    def remember(self, user_key: str, labels: Mapping[str, str]) -> None:
        """Keep `labels` (full label -> button id) as her last answer's buttons."""
        self._last[user_key] = {_compact(k): v for k, v in labels.items()}
        self._last.move_to_end(user_key)
        while len(self._last) > self.size:
            self._last.popitem(last=False)

    def forget(self, user_key: str) -> None:
        """Drop what is remembered of her."""
        self._last.pop(user_key, None)

    async def button_for(self, user_key: str, utterance: str) -> str | None:
        """Return the button id her words stand for, or None when they are her own text."""
        typed = _compact(utterance)
        if not typed:
            return None
        labels = self._last.get(user_key)
        if labels is None:
            state = await self.sessions.load(user_key)
            labels = derive(self.engine(), state) if state is not None else {}
        return labels.get(typed)


def derive(engine: Engine, state: Session) -> dict[str, str]:
    """Return compact label -> button id for the buttons her saved session offers now."""
    offered = set(state.offered) | set(ALWAYS)
    labels: dict[str, str] = {}
    for reply in engine.render(state).replies:
        for button in reply.buttons:
            if button.id in offered:
                labels[_compact(button.label)] = button.id
    known = set(labels.values())
    for button_id in offered - known:
        label = _label(engine, state, button_id)
        if label:
            labels.setdefault(_compact(label), button_id)
    return labels


def _label(engine: Engine, state: Session, button_id: str) -> str | None:
    """The label of an offered id the current screen does not show (its own wording)."""
    kind, _, arg = button_id.partition(":")
    lang = state.lang.value
    if kind in ("topic", "more") and arg in engine.kb.topics:
        if kind == "more":
            return engine.kb.text(lang, "common.more")
        return engine.kb.topics[arg].in_lang(state.lang).title
    if kind == "flow" and arg:
        return engine.kb.text(lang, f"menu.{arg}")
    key = _UI_LABELS.get(button_id)
    return engine.kb.text(lang, key) if key else None

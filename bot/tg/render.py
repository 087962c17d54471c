"""Turn the engine's replies into Bot API calls queued in the outbox.

Every message starts with a neutral line ("곁에서 답장이 왔어요") so a lock-screen preview never
reveals pregnancy or crisis. Text is plain (no parse mode), long text is split at 4096 UTF-16
units on paragraph, then line boundaries, and buttons become an inline keyboard on the last
part. The payload is JSON ``{"method": ..., "params": {...}, "key": user_key}``; the sender adds
the chat from the outbox route.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType

from bot.tg.codec import encode_callback
from flows import Button, Forget, OutboxMessage, Outcome, Reply

Render = Callable[[Outcome], Sequence[OutboxMessage]]  # as flows.service.Render

MAX_TEXT = 4096  # telegram.constants.MessageLimit.MAX_TEXT_LENGTH
MAX_DELETE = 100  # deleteMessages takes at most 100 ids
DEFAULT_FIRST_LINES: Mapping[str, str] = MappingProxyType(
    {"ko": "곁에서 답장이 왔어요", "en": "You have a new reply"}
)


@dataclass(frozen=True, slots=True)
class RenderSettings:
    """How replies look: the neutral first line per language and the keyboard layout."""

    first_lines: Mapping[str, str] = field(default_factory=lambda: DEFAULT_FIRST_LINES)
    default_lang: str = "ko"
    short_label_width: int = 14  # labels this wide (Hangul counts 2) may share a row


def utf16_len(text: str) -> int:
    """Return the length Telegram counts: UTF-16 code units."""
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def split_text(text: str, limit: int = MAX_TEXT) -> list[str]:
    """Split text into parts of at most `limit` UTF-16 units: paragraphs, lines, then hard."""
    if limit < 2:
        raise ValueError("limit must leave room for at least one character")
    parts = [p for p in _split(text, limit, ("\n\n", "\n")) if p.strip()]
    return parts or [text]


def _split(text: str, limit: int, seps: tuple[str, ...]) -> list[str]:
    if utf16_len(text) <= limit:
        return [text]
    if not seps:
        return _hard_cut(text, limit)
    sep, rest = seps[0], seps[1:]
    out: list[str] = []
    current: str | None = None
    for piece in text.split(sep):
        for i, sub in enumerate(_split(piece, limit, rest)):
            joined = sub if current is None else current + sep + sub
            if i == 0 and utf16_len(joined) <= limit:
                current = joined
                continue
            if current is not None:
                out.append(current)
            current = sub
    if current is not None:
        out.append(current)
    return out


def _hard_cut(text: str, limit: int) -> list[str]:
    out: list[str] = []
    start, used = 0, 0
    for i, char in enumerate(text):
        width = 2 if ord(char) > 0xFFFF else 1
        if used + width > limit:
            out.append(text[start:i])
            start, used = i, 0
        used += width
    out.append(text[start:])
    return out


def label_width(label: str) -> int:
    """Return the display width of a label (East Asian wide characters count 2)."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in label)


def keyboard(buttons: Sequence[Button], *, short_width: int = 14) -> dict[str, object]:
    """Return an inline keyboard: two buttons a row when every label is short, else one."""
    per_row = 2 if all(label_width(b.label) <= short_width for b in buttons) else 1
    cells = [{"text": b.label, "callback_data": encode_callback(b.id)} for b in buttons]
    rows = [cells[i : i + per_row] for i in range(0, len(cells), per_row)]
    return {"inline_keyboard": rows}


class Renderer:
    """Render outcomes for one platform chat into outbox messages."""

    def __init__(self, settings: RenderSettings | None = None) -> None:
        """Keep the settings (neutral first lines, layout)."""
        self.settings = settings or RenderSettings()

    def first_line(self, lang: str | None) -> str:
        """Return the neutral first line in her language (the default language otherwise)."""
        lines = self.settings.first_lines
        return lines.get(lang or "", lines.get(self.settings.default_lang, "")) or ""

    def message_params(self, reply: Reply, lang: str | None) -> list[dict[str, object]]:
        """Return sendMessage parameters (without chat) for one reply, split if long."""
        head = self.first_line(lang)
        room = MAX_TEXT - (utf16_len(head) + 2 if head else 0)
        parts = split_text(reply.text, room) if reply.text.strip() else [""]
        params: list[dict[str, object]] = [
            {"text": f"{head}\n\n{part}" if head and part else (head or part)} for part in parts
        ]
        if reply.buttons:
            short = self.settings.short_label_width
            params[-1]["reply_markup"] = keyboard(reply.buttons, short_width=short)
        return params

    def render(
        self,
        outcome: Outcome,
        route: str,
        *,
        user_key: str | None = None,
        erase_ids: Sequence[int] = (),
    ) -> list[OutboxMessage]:
        """Return the outbox messages for one outcome: chat deletions first, then replies."""
        lang = str(outcome.next_state.lang)
        calls: list[tuple[str, dict[str, object]]] = []
        forgets = [e for e in outcome.effects if isinstance(e, Forget)]
        if forgets:
            user_key = None  # nothing sent after /forget or /erase may be linked to her
        if any(e.chat_messages for e in forgets):
            ids = sorted(set(erase_ids))
            for i in range(0, len(ids), MAX_DELETE):
                calls.append(("deleteMessages", {"message_ids": ids[i : i + MAX_DELETE]}))
        replies = sorted(outcome.replies, key=lambda r: not r.safety)  # stable: safety first
        for reply in replies:
            calls.extend(("sendMessage", p) for p in self.message_params(reply, lang))
        return [OutboxMessage(route, encode_payload(m, p, user_key)) for m, p in calls]

    def for_chat(
        self, route: str, *, user_key: str | None = None, erase_ids: Sequence[int] = ()
    ) -> Render:
        """Return the render callback `Conversation.handle` expects, bound to one chat."""

        def render(outcome: Outcome) -> list[OutboxMessage]:
            return self.render(outcome, route, user_key=user_key, erase_ids=erase_ids)

        return render


def encode_payload(method: str, params: Mapping[str, object], user_key: str | None) -> str:
    """Return the outbox payload JSON for one Bot API call."""
    body: dict[str, object] = {"method": method, "params": dict(params)}
    if user_key:
        body["key"] = user_key
    return json.dumps(body, ensure_ascii=False, separators=(",", ":"))

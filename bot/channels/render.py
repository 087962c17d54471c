"""Turn the engine's replies into outbox messages: written once, shaped by a channel's limits.

Every message starts with a neutral line ("곁에서 답장이 왔어요") so a lock-screen preview never
reveals pregnancy or crisis. Safety replies go first. Long text is split on paragraph, then
line boundaries to the channel's length; buttons go with the last part, two a row when every
label is short. The payload is channel-neutral JSON:
``{"text": ..., "buttons": [[{"label": ..., "data": ...}]], "urgent": bool, "key": user_key}``
or ``{"delete": [message ids], ...}``; each channel turns it into its platform's call.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType

from bot.channels.base import Limits
from flows import Button, Forget, OutboxMessage, Outcome, Reply

Render = Callable[[Outcome], Sequence[OutboxMessage]]  # as flows.service.Render

MAX_DELETE = 100  # Telegram's deleteMessages takes at most 100 ids
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


def split_text(
    text: str, limit: int = 4096, length: Callable[[str], int] = utf16_len
) -> list[str]:
    """Split text into parts of at most `limit` units: paragraphs, lines, then hard."""
    if limit < 2:
        raise ValueError("limit must leave room for at least one character")
    parts = [p for p in _split(text, limit, ("\n\n", "\n"), length) if p.strip()]
    return parts or [text]


def _split(
    text: str, limit: int, seps: tuple[str, ...], length: Callable[[str], int]
) -> list[str]:
    if length(text) <= limit:
        return [text]
    if not seps:
        return _hard_cut(text, limit, length)
    sep, rest = seps[0], seps[1:]
    out: list[str] = []
    current: str | None = None
    for piece in text.split(sep):
        for i, sub in enumerate(_split(piece, limit, rest, length)):
            joined = sub if current is None else current + sep + sub
            if i == 0 and length(joined) <= limit:
                current = joined
                continue
            if current is not None:
                out.append(current)
            current = sub
    if current is not None:
        out.append(current)
    return out


def _hard_cut(text: str, limit: int, length: Callable[[str], int]) -> list[str]:
    out: list[str] = []
    start, used = 0, 0
    for i, char in enumerate(text):
        width = length(char)
        if used + width > limit:
            out.append(text[start:i])
            start, used = i, 0
        used += width
    out.append(text[start:])
    return out


def label_width(label: str) -> int:
    """Return the display width of a label (East Asian wide characters count 2)."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in label)


def button_rows(
    buttons: Sequence[Button], *, short_width: int = 14, max_buttons: int = 100
) -> list[list[dict[str, str]]]:
    """Return button rows: two a row when every label is short, else one."""
    shown = list(buttons)[:max_buttons]
    per_row = 2 if all(label_width(b.label) <= short_width for b in shown) else 1
    cells = [{"label": b.label, "data": b.id} for b in shown]
    return [cells[i : i + per_row] for i in range(0, len(cells), per_row)]


def encode_payload(body: Mapping[str, object], user_key: str | None) -> str:
    """Return the outbox payload JSON; `key` links a delivered message to her chat log."""
    data = dict(body)
    if user_key:
        data["key"] = user_key
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


class Renderer:
    """Render outcomes for one channel into outbox messages."""

    def __init__(
        self, settings: RenderSettings | None = None, *, channel: str = "telegram", limits: Limits
    ) -> None:
        """Keep the settings (neutral first lines, layout) and the channel's limits."""
        self.settings = settings or RenderSettings()
        self.channel = channel
        self.limits = limits

    def first_line(self, lang: str | None) -> str:
        """Return the neutral first line in her language (the default language otherwise)."""
        lines = self.settings.first_lines
        return lines.get(lang or "", lines.get(self.settings.default_lang, "")) or ""

    def messages(self, reply: Reply, lang: str | None) -> list[dict[str, object]]:
        """Return the message bodies of one reply, split to the channel's length."""
        head, length = self.first_line(lang), self.limits.length
        room = self.limits.max_text - (length(head) + 2 if head else 0)
        parts = split_text(reply.text, room, length) if reply.text.strip() else [""]
        bodies: list[dict[str, object]] = [
            {"text": f"{head}\n\n{part}" if head and part else (head or part)} for part in parts
        ]
        if reply.safety:
            for body in bodies:
                body["urgent"] = True
        if reply.buttons:
            bodies[-1]["buttons"] = button_rows(
                reply.buttons,
                short_width=self.settings.short_label_width,
                max_buttons=self.limits.max_buttons,
            )
        return bodies

    def payloads(self, text: str, lang: str | None, user_key: str | None) -> list[str]:
        """Return payloads for plain text to her (the staff relay's words)."""
        return [encode_payload(body, user_key) for body in self.messages(Reply(text), lang)]

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
        bodies: list[dict[str, object]] = []
        forgets = [e for e in outcome.effects if isinstance(e, Forget)]
        if forgets:
            user_key = None  # nothing sent after /forget or /erase may be linked to her
        if any(e.chat_messages for e in forgets):
            bodies.extend(self._deletions(erase_ids))
        replies = sorted(outcome.replies, key=lambda r: not r.safety)  # stable: safety first
        for reply in replies:
            bodies.extend(self.messages(reply, lang))
        return [OutboxMessage(route, encode_payload(b, user_key), self.channel) for b in bodies]

    def _deletions(self, erase_ids: Sequence[int]) -> list[dict[str, object]]:
        if not self.limits.can_delete:
            return [{"clear": True}]  # the channel clears what it shows instead
        ids = sorted(set(erase_ids))
        return [{"delete": ids[i : i + MAX_DELETE]} for i in range(0, len(ids), MAX_DELETE)]

    def for_chat(
        self, route: str, *, user_key: str | None = None, erase_ids: Sequence[int] = ()
    ) -> Render:
        """Return the render callback `Conversation.handle` expects, bound to one chat."""

        def render(outcome: Outcome) -> list[OutboxMessage]:
            return self.render(outcome, route, user_key=user_key, erase_ids=erase_ids)

        return render

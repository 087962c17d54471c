"""Kakao i Open Builder skill payloads: read her request, write skill response v2.0.

A request names her (`userRequest.user.id`, the botUserKey) and her words
(`userRequest.utterance`); a quick reply she taps comes back as its `messageText`. A response
is 1-3 `simpleText` outputs of at most 1,000 characters and at most 10 quick replies with
labels of at most 14 characters (`action: "message"`). The engine's labels are longer; the
quick reply shows a safely shortened label and sends the full one back, which the channel maps
to the engine's button (bot/kakao/offered.py).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

MAX_OUTPUTS = 3
MAX_TEXT = 1000
MAX_QUICK = 10
MAX_LABEL = 14
MAX_UTTERANCE = 2000
MAX_USER_ID = 256
MAX_TAG = 32
TAG = "gyeot"  # the key of a quick reply's `extra` that names the answer it belongs to
LANGS = {"ko": "ko", "kr": "ko", "en": "en", "vi": "vi", "zh": "zh", "cn": "zh"}
_PARENS = re.compile(r"\s*[(（][^()（）]*[)）]")
_SEPARATORS = (":", "：", ",", "，", "·", "/", " - ", "、")


class BadRequest(ValueError):
    """The body is not a skill request we can answer (400)."""


@dataclass(frozen=True, slots=True)
class SkillRequest:
    """What the channel uses of one skill request; the rest of the payload is dropped."""

    user: str
    utterance: str
    lang: str | None = None
    callback_url: str | None = None
    tag: str = ""  # the answer a tapped quick reply came from (its `extra`), when Kakao says


def parse_request(body: bytes) -> SkillRequest:
    """Return her request from a skill payload.

    Raises:
        ValueError: not JSON, or no `userRequest` with a user id and an utterance.
    """
    try:
        data = json.loads(body)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BadRequest("not JSON") from exc
    request = data.get("userRequest") if isinstance(data, dict) else None
    if not isinstance(request, dict):
        raise BadRequest("no userRequest")
    user = request.get("user")
    user_id = user.get("id") if isinstance(user, dict) else None
    utterance = request.get("utterance", "")
    if not isinstance(user_id, str) or not 0 < len(user_id) <= MAX_USER_ID:
        raise BadRequest("no user id")
    if not isinstance(utterance, str):
        raise BadRequest("utterance is not text")
    lang = request.get("lang")
    callback = request.get("callbackUrl")
    return SkillRequest(
        user_id,
        utterance[:MAX_UTTERANCE],
        LANGS.get(lang.lower()) if isinstance(lang, str) else None,
        callback
        if isinstance(callback, str) and callback.startswith(("https://", "http://"))
        else None,
        _tag(data.get("action")),
    )


def _tag(action: object) -> str:
    """The answer tag a quick reply carried back in `action.clientExtra` ("" if none)."""
    extra = action.get("clientExtra") if isinstance(action, dict) else None
    tag = extra.get(TAG) if isinstance(extra, dict) else None
    return tag if isinstance(tag, str) and len(tag) <= MAX_TAG else ""


def short_label(label: str, limit: int = MAX_LABEL) -> str:
    """Return a label of at most `limit` characters: the label, its head, or a word-cut."""
    label = " ".join(label.split())
    if len(label) <= limit:
        return label
    bare = _PARENS.sub("", label).strip()
    if 0 < len(bare) <= limit:
        return bare
    for sep in _SEPARATORS:
        head = bare.split(sep, 1)[0].strip()
        if 3 <= len(head) <= limit and head != bare:
            return head
    return _word_cut(bare or label, limit)


def _word_cut(text: str, limit: int) -> str:
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space >= limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,·:/-") + "…"


@dataclass(frozen=True, slots=True)
class Choice:
    """One quick reply: the engine's button id, the full label she sends back, and the label."""

    button_id: str
    text: str
    label: str


def _trimmed(button_id: str, label: str) -> str:
    return short_label(label)


def choices(
    cells: Sequence[Mapping[str, str]],
    limit: int = MAX_QUICK,
    short: Callable[[str, str], str] = _trimmed,
) -> list[Choice]:
    """Return quick replies for buttons: `short(id, label)` labels, kept distinct."""
    shown = [c for c in cells if c.get("label") and c.get("data")][:limit]
    labels = [short(c["data"], c["label"])[:MAX_LABEL] for c in shown]
    for i, label in enumerate(labels):
        if labels.count(label) > 1:  # two heads alike: cut the full labels instead
            labels[i] = _word_cut(" ".join(shown[i]["label"].split()), MAX_LABEL)
    seen: set[str] = set()
    out: list[Choice] = []
    for cell, label in zip(shown, labels, strict=True):
        while label in seen:
            label = f"{len(seen) + 1}. {label}"[:MAX_LABEL]
        seen.add(label)
        out.append(Choice(cell["data"], " ".join(cell["label"].split()), label))
    return out


@dataclass
class Answer:
    """A skill response under construction: outputs packed to Kakao's limits."""

    outputs: list[str] = field(default_factory=list)
    quick: list[Choice] = field(default_factory=list)
    tag: str = ""

    def fits(self, text: str) -> bool:
        """True if `text` can still be shown (joined to the last output or as a new one)."""
        if not text:
            return True
        if self.outputs and len(self.outputs[-1]) + 2 + len(text) <= MAX_TEXT:
            return True
        return len(self.outputs) < MAX_OUTPUTS and len(text) <= MAX_TEXT

    def add(self, text: str) -> None:
        """Add text (call `fits` first): joined to the last output when it fits there."""
        if not text:
            return
        last = self.outputs[-1] if self.outputs else None
        if last is not None and len(last) + 2 + len(text) <= MAX_TEXT:
            self.outputs[-1] = f"{last}\n\n{text}"
            return
        self.outputs.append(text[:MAX_TEXT])

    def body(self) -> dict[str, object]:
        """Return the skill response v2.0."""
        template: dict[str, object] = {
            "outputs": [{"simpleText": {"text": t}} for t in self.outputs[:MAX_OUTPUTS]]
        }
        if self.quick:
            extra = {"extra": {TAG: self.tag}} if self.tag else {}
            template["quickReplies"] = [
                {"label": c.label, "action": "message", "messageText": c.text, **extra}
                for c in self.quick[:MAX_QUICK]
            ]
        return {"version": "2.0", "template": template}


def simple(text: str, quick: Sequence[Choice] = ()) -> dict[str, object]:
    """Return a skill response of one short text (and quick replies)."""
    answer = Answer(quick=list(quick))
    answer.add(text[:MAX_TEXT])
    return answer.body()


def use_callback(text: str) -> dict[str, object]:
    """Return the immediate answer that tells Kakao the full answer comes to `callbackUrl`."""
    return {"version": "2.0", "useCallback": True, "data": {"text": text[:MAX_TEXT]}}

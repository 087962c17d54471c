"""Waiting outbox rows (neutral payloads) packed into one skill answer, crisis help first."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from bot.kakao.skill import Answer
from flows import PendingMessage


@dataclass
class Prepared:
    """One answer ready to give: the skill response, the rows it shows, its buttons."""

    body: dict[str, object]
    rows: list[PendingMessage] = field(default_factory=list)
    labels: dict[str, str] = field(default_factory=dict)


def pack(
    rows: list[PendingMessage], head: str
) -> tuple[Answer, list[PendingMessage], list[dict[str, str]]]:
    """Fit rows into outputs after the neutral `head`; return the answer, rows given, buttons.

    The head says nothing but that a reply came, so a lock-screen preview reveals nothing.
    """
    bodies = [(row, payload(row)) for row in rows]
    bodies.sort(key=lambda pair: not pair[1].get("urgent"))  # stable: crisis help first
    answer, given = Answer(), []
    answer.add(head)
    shown: list[dict[str, str]] = []
    for row, body in bodies:
        text = str(body.get("text", "")) if not body.get("clear") else ""
        if not answer.fits(text):
            break
        answer.add(text)
        given.append(row)
        shown = cells(body) or shown
    return answer, given, shown


def cells(body: dict[str, object]) -> list[dict[str, str]]:
    """The buttons of one neutral payload, rows flattened."""
    rows = body.get("buttons")
    if not isinstance(rows, list):
        return []
    return [
        {"label": str(c.get("label", "")), "data": str(c.get("data", ""))}
        for line in rows
        if isinstance(line, list)
        for c in line
        if isinstance(c, dict)
    ]


def payload(row: PendingMessage) -> dict[str, object]:
    """The neutral payload of one row ({} when unreadable)."""
    try:
        body = json.loads(row.payload)
    except ValueError:
        return {}
    return body if isinstance(body, dict) else {}

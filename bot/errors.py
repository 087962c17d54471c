"""The one place the bot catches everything: log safely, apologise, keep running.

Logs carry the exception type and the traceback's frames but not the exception's message:
messages of some errors (pydantic's, for one) quote the input, and the input may be her text.
"""

from __future__ import annotations

import asyncio
import logging
import traceback
from collections.abc import Awaitable, Mapping
from types import MappingProxyType
from typing import TypeVar

logger = logging.getLogger(__name__)

T = TypeVar("T")

APOLOGY: Mapping[str, str] = MappingProxyType(
    {
        "ko": (
            "죄송해요, 잠깐 문제가 생겨서 방금 메시지를 처리하지 못했어요. 조금 뒤에 다시 보내 "
            "주세요.\n\n기다리기 어렵다면 1308(24시간 위기임산부 상담)에 전화하거나 문자를 "
            "보내 주세요. 지금 위험하다면 119에 전화하세요."
        ),
        "en": (
            "Sorry, something went wrong and I could not handle your last message. Please send "
            "it again in a moment.\n\nIf you cannot wait, call or text 1308 (24-hour crisis "
            "pregnancy line). If you are in danger now, call 119."
        ),
    }
)


def apology(lang: str | None) -> str:
    """Return the generic apology in her language (Korean unless English)."""
    return APOLOGY.get(lang or "ko", APOLOGY["ko"])


def describe(exc: BaseException) -> str:
    """Return the exception chain's types and frames, without any exception message."""
    lines: list[str] = []
    current: BaseException | None = exc
    while current is not None and len(lines) < 20:
        frames = "".join(traceback.format_tb(current.__traceback__))
        lines.append(f"{type(current).__module__}.{type(current).__qualname__}\n{frames}")
        current = current.__cause__ or current.__context__
    return "caused by ".join(lines)


def log_failure(what: str, exc: BaseException) -> None:
    """Log a failure with its traceback but no message text and no ids."""
    logger.error("%s failed: %s", what, describe(exc))


async def guarded(what: str, work: Awaitable[T]) -> tuple[bool, T | None]:
    """Await `work`; on any error log it safely and return (False, None) instead of raising."""
    try:
        result = await work
    except asyncio.CancelledError:
        raise
    except Exception as exc:  # noqa: BLE001 - the adapter's one top-level handler (STYLE 6)
        log_failure(what, exc)
        return False, None
    return True, result


async def wait_any(event: asyncio.Event, stop: asyncio.Event, timeout: float) -> None:
    """Return when either event is set or after `timeout` seconds."""
    waiters = [asyncio.ensure_future(event.wait()), asyncio.ensure_future(stop.wait())]
    try:
        await asyncio.wait(waiters, timeout=timeout, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for waiter in waiters:
            waiter.cancel()
        await asyncio.gather(*waiters, return_exceptions=True)

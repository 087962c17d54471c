"""The last line of defence for logs: mask tokens, secrets and identifiers in every record.

Code must not log message text, names or raw ids in the first place; this filter catches what
slips through anyway (a third-party library's error that quotes a URL with the bot token, an
exception message that repeats her input). It is installed on every handler of the root
logger by `install`, so records of every logger, ours and libraries', pass through it.

`install` also caps the loggers that print secrets or content below a level:

- `httpx` logs every request URL at INFO, and a Bot API URL contains the bot token;
- `telegram` at DEBUG logs request parameters (her messages) and raw webhook updates;
- `aiosqlite` at DEBUG logs every statement with its parameters (user keys, questions);
- `aiohttp` (the Bot API transport) can quote request URLs, which contain the token.

So even `[logging] level = "DEBUG"` never lets them through.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterable

from flows.redact import mask

SECRET_ENV = (
    "GYEOT_TELEGRAM_TOKEN",
    "GYEOT_SECRET_KEY",
    "GYEOT_SECRET_KEY_PREVIOUS",
    "GYEOT_PSEUDONYM_KEY",
)
FLOORS = {
    "httpx": logging.WARNING,
    "httpcore": logging.WARNING,
    "aiohttp": logging.WARNING,
    "telegram": logging.INFO,
    "aiosqlite": logging.INFO,
    "tornado": logging.INFO,
}
TOKEN = re.compile(r"\d{3,}:[A-Za-z0-9_-]{30,}")
BOT_URL = re.compile(r"(/bot|/file/bot)[^/\s\"']+")
TOKEN_MASK = "[token]"
SECRET_MASK = "[secret]"
MIN_SECRET = 8
_DONE = "gyeot_scrubbed"


def scrub(text: str, secrets: Iterable[str] = ()) -> str:
    """Return `text` with known secrets, bot tokens and personal identifiers masked."""
    for secret in secrets:
        if len(secret) >= MIN_SECRET:
            text = text.replace(secret, SECRET_MASK)
    text = BOT_URL.sub(lambda m: m.group(1) + TOKEN_MASK, text)
    text = TOKEN.sub(TOKEN_MASK, text)
    return mask(text)


class SafeLogFilter(logging.Filter):
    """Rewrite each record's final message (and traceback) with `scrub`; never drop it."""

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        """Remember the secret values to mask verbatim (tokens, keys)."""
        super().__init__()
        self.secrets = tuple(s for s in secrets if s)
        self._formatter = logging.Formatter()

    def filter(self, record: logging.LogRecord) -> bool:
        """Mask the message, its arguments, the traceback and the stack; keep the record."""
        if getattr(record, _DONE, False):
            return True
        try:
            message = record.getMessage()
        except Exception:  # noqa: BLE001 - a broken format string must not lose the record
            message = f"{record.msg!r} {record.args!r}"
        record.msg, record.args = scrub(message, self.secrets), None
        if record.exc_info and not record.exc_text:
            record.exc_text = self._formatter.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = scrub(record.exc_text, self.secrets)
        if record.stack_info:
            record.stack_info = scrub(record.stack_info, self.secrets)
        setattr(record, _DONE, True)
        return True


def secrets_from_env() -> tuple[str, ...]:
    """The secret values set in the environment (tokens and keys), to mask verbatim."""
    return tuple(v for name in SECRET_ENV if (v := os.environ.get(name, "").strip()))


def install(root: logging.Logger | None = None, *, secrets: Iterable[str] = ()) -> SafeLogFilter:
    """Put one `SafeLogFilter` on every handler of `root` and cap the leaky loggers."""
    target = root or logging.getLogger()
    safe = SafeLogFilter((*secrets_from_env(), *secrets))
    for handler in target.handlers:
        for old in [f for f in handler.filters if isinstance(f, SafeLogFilter)]:
            handler.removeFilter(old)
        handler.addFilter(safe)
    for name, floor in FLOORS.items():
        logger = logging.getLogger(name)
        logger.setLevel(max(logger.getEffectiveLevel(), floor))
    return safe

"""Logs hold no message text, names, raw ids or tokens at any level (`bot/logsafe.py`)."""

from __future__ import annotations

import io
import logging
import os
import subprocess
import sys
from collections.abc import Iterator

import pytest

from bot import logsafe

TOKEN = "123456789:AAHfiqksKZ8WmR2zSjiQ7_v4TMAKdiHm9T0"
SECRET = "a-secret-key-that-must-never-be-logged-42"
PLANTED = ("010-2345-6789", "030405-4123456", "haneul.kim@example.com", "김하늘", TOKEN, SECRET)


@pytest.fixture
def captured() -> Iterator[io.StringIO]:
    """A root handler at DEBUG with the safe filter; levels and handlers restored afterwards."""
    root = logging.getLogger()
    saved = {name: logging.getLogger(name).level for name in (*logsafe.FLOORS, "")}
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    for name in logsafe.FLOORS:
        logging.getLogger(name).setLevel(logging.NOTSET)
    logsafe.install(root, secrets=[SECRET])
    try:
        yield stream
    finally:
        root.removeHandler(handler)
        for old in [f for h in root.handlers for f in h.filters]:
            if isinstance(old, logsafe.SafeLogFilter):
                for h in root.handlers:
                    h.removeFilter(old)
        for name, level in saved.items():
            logging.getLogger(name or None).setLevel(level)


def test_identifiers_in_a_message_are_masked(captured: io.StringIO):
    """Phone, resident number, e-mail and a self-introduced name never reach the handler."""
    log = logging.getLogger("bot.test")
    log.warning("she wrote %s", "제 이름은 김하늘이에요 010-2345-6789 030405-4123456")
    log.info("mail %s", "haneul.kim@example.com")
    text = captured.getvalue()
    assert [p for p in PLANTED if p in text] == []
    assert "[전화번호]" in text and "[주민번호]" in text and "[이메일]" in text


def test_a_bot_token_is_masked_in_urls_and_free_text(captured: io.StringIO):
    """The token is masked wherever it appears, also in a file URL."""
    log = logging.getLogger("bot.test")
    log.error("POST https://api.telegram.org/bot%s/getMe failed", TOKEN)
    log.error("GET http://127.0.0.1:8081/file/bot%s/documents/a.txt", TOKEN)
    log.error("token was %s", TOKEN)
    text = captured.getvalue()
    assert TOKEN not in text
    assert text.count("[token]") == 3


def test_known_secrets_are_masked(captured: io.StringIO):
    """A configured secret value is replaced verbatim."""
    logging.getLogger("bot.test").critical("key %s", SECRET)
    assert SECRET not in captured.getvalue()
    assert "[secret]" in captured.getvalue()


def test_a_traceback_is_masked_too(captured: io.StringIO):
    """An exception whose message quotes the token and her number is masked in the traceback."""
    try:
        raise RuntimeError(f"cannot reach /bot{TOKEN}/sendMessage for 010-2345-6789")
    except RuntimeError:
        logging.getLogger("bot.test").exception("send failed")
    text = captured.getvalue()
    assert "Traceback" in text
    assert [p for p in PLANTED if p in text] == []


def test_leaky_libraries_stay_quiet_even_at_debug(captured: io.StringIO):
    """httpx and aiohttp INFO (URLs with the token), telegram and aiosqlite DEBUG stay out."""
    logging.getLogger("httpx").info("HTTP Request: POST https://x/bot%s/getMe", TOKEN)
    logging.getLogger("telegram.ext.Updater").debug("Webhook received data: %s", "김하늘")
    logging.getLogger("telegram._bot").debug("Calling Bot API endpoint with %s", "010-2345-6789")
    logging.getLogger("aiosqlite").debug("executing %s", "INSERT ... 030405-4123456")
    logging.getLogger("aiohttp.client").info("POST https://x/bot%s/sendMessage", TOKEN)
    logging.getLogger("httpx").warning("retrying https://x/bot%s/getMe", TOKEN)
    text = captured.getvalue()
    assert text.splitlines() == ["WARNING httpx: retrying https://x/bot[token]/getMe"]


def test_a_record_with_broken_arguments_is_kept(captured: io.StringIO):
    """A record whose format fails is still written (masked), never dropped."""
    logging.getLogger("bot.test").warning("%d apples for %s", "010-2345-6789")
    text = captured.getvalue()
    assert "010-2345-6789" not in text
    assert "apples" in text


def test_the_cli_logging_setup_masks_and_silences(tmp_path):
    """`configure_logging` at DEBUG: the token from the environment never reaches stderr."""
    code = (
        "import logging\n"
        "from bot.cli import configure_logging\n"
        "from bot.config import Settings, LoggingSettings\n"
        "configure_logging(Settings(logging=LoggingSettings(level='DEBUG')))\n"
        f"logging.getLogger('httpx').info('HTTP Request: POST https://api/bot{TOKEN}/getMe')\n"
        f"logging.getLogger('bot.x').debug('update from 7391048265 token {TOKEN}')\n"
        "logging.getLogger('bot.x').debug('she said 제 이름은 김하늘이에요')\n"
        f"logging.getLogger('bot.x').info('secret {SECRET}')\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("GYEOT_")}
    env |= {"GYEOT_TELEGRAM_TOKEN": TOKEN, "GYEOT_SECRET_KEY": SECRET}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False
    )
    assert result.returncode == 0, result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 3
    assert [p for p in (*PLANTED, "7391048265") if p in result.stderr] == []

"""A process loads the drivers of what it runs, not of every channel and store (issue 14's memory).

python-telegram-bot (with httpx) costs about 35 MiB and asyncpg about 15 MiB of a bot process
that must stay under 150 MiB; the embedded default (web chat, SQLite) uses neither. Each case
runs in a fresh interpreter, wires the service as `gyeot run` does, and lists what it imported.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

HEAVY = ("telegram", "httpx", "asyncpg")

SCRIPT = """
import asyncio, json, sys
from pathlib import Path
import bot.cli
from bot.app import open_runtime
from bot.config import load_settings
from bot.serve import build_service, check_startup

async def main(config, token):
    settings = load_settings(Path(config))
    check_startup(settings, token)
    async with open_runtime(settings) as rt:
        loaded = sorted(m for m in {heavy!r} if m in sys.modules)  # the knowledge's peak is past
        build_service(rt, token=token)
    print(json.dumps(loaded))
    print(json.dumps(sorted(m for m in {heavy!r} if m in sys.modules)))

asyncio.run(main(sys.argv[1], sys.argv[2] or None))
"""


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One knowledge cache for the module: the net is learned by the first case only."""
    return tmp_path_factory.mktemp("cache")


def _imported(
    tmp_path: Path,
    cache: Path,
    *,
    token: str = "",
    extra: str = "",
    env: dict[str, str] | None = None,
    when: int = -1,
) -> list[str]:
    config = tmp_path / "config.toml"
    config.write_text(
        f'[web]\nenabled = true\n[storage]\npath = "{tmp_path / "gyeot.db"}"\n'
        f'key_dir = "{tmp_path / "keys"}"\n{extra}',
        encoding="utf-8",
    )
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT.format(heavy=HEAVY), str(config), token],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={"PATH": "/usr/bin:/bin", "XDG_CACHE_HOME": str(cache), **(env or {})},
        cwd=Path(__file__).parents[2],
    )
    assert done.returncode == 0, done.stderr[-2000:]
    loaded: list[str] = json.loads(done.stdout.splitlines()[when])
    return loaded


@pytest.mark.parametrize("kakao", [False, True])
def test_web_and_kakao_on_sqlite_load_neither_telegram_nor_asyncpg(
    tmp_path: Path, cache: Path, kakao: bool
) -> None:
    extra = "[kakao]\nenabled = true\n" if kakao else ""
    secret = {"GYEOT_KAKAO_SECRET": "s3cret-s3cret-s3cret-s3cret"}
    assert _imported(tmp_path, cache, extra=extra, env=secret if kakao else None) == []


def test_a_telegram_token_loads_telegram_and_still_not_asyncpg(
    tmp_path: Path, cache: Path
) -> None:
    """The lazy import is the only thing that changed: Telegram still comes when it is on."""
    loaded = _imported(tmp_path, cache, token="123456:TEST-token")
    assert "telegram" in loaded and "asyncpg" not in loaded


def test_telegram_comes_only_after_the_knowledge_is_loaded(tmp_path: Path, cache: Path) -> None:
    """Checking the configuration needs none of it: imported before the knowledge, its ~13 MiB
    stacked on the start's peak (web + Telegram: 150.1 -> 136.3 MiB VmHWM on 2026-12-05)."""
    assert _imported(tmp_path, cache, token="123456:TEST-token", when=-2) == []

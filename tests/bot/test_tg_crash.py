"""`kill -9` of a real `gyeot run` process: every queued update is answered exactly once."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from pathlib import Path

import pytest

from tests.bot.conftest import SECRET, TOKEN, expected_texts, free_port, settings_for
from tests.bot.fake_bot_api import FakeBotApi

GYEOT = str(Path(sys.executable).parent / "gyeot")
USERS = range(3001, 3026)  # 25 users, two messages each: 50 updates
SCRIPTS = {
    user: ["/start", "보호출산제가 뭐예요"] if user % 2 else ["/menu", "/help"] for user in USERS
}


async def start_bot(config: Path, log: Path) -> asyncio.subprocess.Process:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GYEOT_")}
    env |= {"GYEOT_TELEGRAM_TOKEN": TOKEN, "GYEOT_SECRET_KEY": SECRET}
    with log.open("ab") as sink:
        return await asyncio.create_subprocess_exec(
            GYEOT, "--config", str(config), "run", env=env, stdout=sink, stderr=sink
        )


def write_config(fake: FakeBotApi, tmp_path: Path) -> Path:
    config = tmp_path / "config.toml"
    config.write_text(
        f'[telegram]\napi_base_url = "{fake.api_base_url}"\npoll_timeout = 1\n'
        f'[storage]\npath = "{tmp_path / "gyeot.db"}"\n'
        f'[http]\nlisten = "127.0.0.1:{free_port()}"\n',
        encoding="utf-8",
    )
    return config


@pytest.mark.slow
async def test_kill_9_with_50_updates_queued_then_restart_answers_each_once(
    fake_api: FakeBotApi, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """Killed with SIGKILL mid-work, the restarted bot answers all 50 updates, none twice."""
    monkeypatch.setenv("GYEOT_SECRET_KEY", SECRET)
    config, log = write_config(fake_api, tmp_path), tmp_path / "bot.log"
    for step in range(2):
        for user in USERS:
            fake_api.push_text(user, SCRIPTS[user][step])
    # Telegram accepts nothing before the kill: every answer must come from the restart.
    fake_api.hang_next("sendMessage", 10**6)
    first = await start_bot(config, log)
    await fake_api.wait_for(lambda: bool(fake_api.calls_of("sendMessage")), timeout=30)
    first.kill()
    await first.wait()
    assert first.returncode == -signal.SIGKILL
    assert fake_api.sent == []

    fake_api.faults.clear()
    second = await start_bot(config, log)
    try:
        expected = {u: expected_texts(settings_for(fake_api, tmp_path), SCRIPTS[u]) for u in USERS}
        total = sum(len(texts) for texts in expected.values())
        await fake_api.wait_for(lambda: len(fake_api.sent) >= total, timeout=60)
        await asyncio.sleep(1.0)  # time enough for a duplicate to show up
    finally:
        second.send_signal(signal.SIGTERM)
        await asyncio.wait_for(second.wait(), 30)
    assert second.returncode == 0, log.read_text()
    for user in USERS:
        assert [m["text"] for m in fake_api.sent_messages(user)] == expected[user], user

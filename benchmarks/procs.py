"""Start, stop and kill the bot processes of the load runs (always against 127.0.0.1)."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import sys
import time
import tomllib
from pathlib import Path

from benchmarks.common import SECRET, TOKEN
from benchmarks.fakeapi import BenchFake
from tests.kakao.harness import KAKAO_SECRET


def bot_env() -> dict[str, str]:
    """The environment of a bot process: our token and keys, nobody else's GYEOT_* settings."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("GYEOT_")}
    return env | {
        "GYEOT_TELEGRAM_TOKEN": TOKEN,
        "GYEOT_SECRET_KEY": SECRET,
        "GYEOT_KAKAO_SECRET": KAKAO_SECRET,
    }


def write_config(
    folder: Path,
    fake: BenchFake,
    *,
    poll_timeout: int = 10,
    url: str = "",
    name: str = "config.toml",
    extra: str = "",
) -> Path:
    """Write a config pointing the bot at the fake, with its database in `folder`.

    With `url` the database is that PostgreSQL URL instead. The shared HTTP server (web chat,
    KakaoTalk, /healthz) gets a port of its own, kept across restarts. `extra` is appended
    (more TOML sections).
    """
    config = folder / name
    database = f'url = "{url}"\n' if url else ""
    config.write_text(
        f'[telegram]\napi_base_url = "{fake.api_base_url}"\npoll_timeout = {poll_timeout}\n'
        f'[storage]\n{database}path = "{folder / "gyeot.db"}"\n[logging]\nlevel = "WARNING"\n'
        f'[http]\nlisten = "127.0.0.1:{free_port()}"\n{extra}',
        encoding="utf-8",
    )
    return config


def health_address(config: Path) -> tuple[str, int]:
    """The (host, port) of the HTTP server of the bot that runs with `config`."""
    listen = tomllib.loads(config.read_text(encoding="utf-8"))["http"]["listen"]
    host, _, port = str(listen).rpartition(":")
    return host, int(port)


async def healthy(address: tuple[str, int]) -> bool:
    """True when GET /healthz at `address` answers 200 (it listens and its database answers)."""
    try:
        reader, writer = await asyncio.wait_for(asyncio.open_connection(*address), 2.0)
    except (OSError, TimeoutError):
        return False
    try:
        writer.write(b"GET /healthz HTTP/1.0\r\nHost: bench\r\n\r\n")
        status = await asyncio.wait_for(reader.readline(), 2.0)
        return status.split()[1:2] == [b"200"]
    except (OSError, TimeoutError):
        return False
    finally:
        writer.close()


async def wait_healthy(
    address: tuple[str, int], proc: asyncio.subprocess.Process, timeout: float = 60.0
) -> float:
    """Wait until the bot at `address` answers /healthz with 200; return seconds."""
    start = time.perf_counter()
    while not await healthy(address):
        if proc.returncode is not None:
            raise RuntimeError(f"the bot process exited with {proc.returncode} before ready")
        if time.perf_counter() - start > timeout:
            raise TimeoutError("the bot process did not become healthy")
        await asyncio.sleep(0.05)
    return time.perf_counter() - start


def free_port() -> int:
    """A TCP port nothing listens on now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def gyeot_command(config: Path, *, pacing: bool) -> list[str]:
    """The command line of the gyeot bot: `gyeot run` itself, or with pacing off."""
    if pacing:
        return [str(Path(sys.executable).parent / "gyeot"), "--config", str(config), "run"]
    return [sys.executable, "-m", "benchmarks.botproc", "--config", str(config), "--pacing", "off"]


def echo_command(fake: BenchFake) -> list[str]:
    """The command line of the baseline echo bot."""
    return [sys.executable, "-m", "benchmarks.echo_bot", "--api", fake.api_base_url]


async def spawn(command: list[str], log: Path) -> asyncio.subprocess.Process:
    """Start a bot process with its output appended to `log`."""
    with log.open("ab") as sink:
        return await asyncio.create_subprocess_exec(
            *command, env=bot_env(), stdout=sink, stderr=sink, cwd=Path(__file__).parents[1]
        )


async def wait_polling(
    fake: BenchFake,
    mark: int,
    proc: asyncio.subprocess.Process | None,
    timeout: float = 60.0,
) -> float:
    """Wait until a bot makes its first getUpdates call after `mark`; return seconds.

    With `proc`, fail early if that process exits before it polls.
    """
    start = time.perf_counter()
    while fake.first_call_index("getUpdates") <= mark:
        if proc is not None and proc.returncode is not None:
            raise RuntimeError(f"the bot process exited with {proc.returncode} before polling")
        if time.perf_counter() - start > timeout:
            raise TimeoutError("the bot process did not start polling")
        await asyncio.sleep(0.01)
    return time.perf_counter() - start


async def stop(proc: asyncio.subprocess.Process, timeout: float = 30.0) -> int:
    """Stop a process with SIGTERM (SIGKILL after `timeout`); return its exit code."""
    if proc.returncode is None:
        proc.send_signal(signal.SIGTERM)
        try:
            await asyncio.wait_for(proc.wait(), timeout)
        except TimeoutError:
            proc.kill()
            await proc.wait()
    return proc.returncode if proc.returncode is not None else -1


def cpu_seconds(pid: int) -> float:
    """User + system CPU time a process has used so far, all its threads; 0 without /proc."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    except OSError:  # not Linux: the CPU rows are left out
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def peak_rss_kib(pid: int) -> int:
    """The most resident memory a process has had (VmHWM), in KiB; 0 without /proc."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:  # not Linux: the memory rows are left out
        return 0
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0


async def kill(proc: asyncio.subprocess.Process) -> None:
    """kill -9 the process and reap it."""
    if proc.returncode is None:
        proc.kill()
    await proc.wait()

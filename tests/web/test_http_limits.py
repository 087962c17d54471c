"""Issue 16: the shared HTTP server under slow clients, no secret needed (a real `gyeot run`).

The attack that took the old webhook server from 102 MB to 567 MB: 400 connections each sending
about 1 MB and holding back the last byte. Here the server reads no body a route does not ask
for, caps bodies, closes connections that never finish their request head, and its memory
stays bounded while they hang on and after they leave.
"""

from __future__ import annotations

import asyncio
import contextlib
from pathlib import Path

import pytest

from tests.web.harness import WebServer

pytestmark = pytest.mark.slow

MEGABYTE = 1 << 20


def rss_mb(pid: int) -> float:
    """Resident memory of a process, in MiB (Linux /proc)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS")


async def slow_body(port: int, chunk: bytes) -> asyncio.StreamWriter:
    """POST ~1 MB to the page without the last byte, and hold the connection."""
    _reader, writer = await asyncio.open_connection("127.0.0.1", port)
    head = f"POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: {MEGABYTE}\r\n\r\n"
    writer.write(head.encode())
    for start in range(0, MEGABYTE - 1, len(chunk)):
        writer.write(chunk[: min(len(chunk), MEGABYTE - 1 - start)])
        with contextlib.suppress(ConnectionError):
            await asyncio.wait_for(writer.drain(), 0.05)
    return writer


async def slow_head(port: int) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
    """Send half a request head and hold it."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
    await writer.drain()
    return reader, writer


async def closed_by_server(reader: asyncio.StreamReader, within: float) -> bool:
    try:
        data = await asyncio.wait_for(reader.read(), within)
    except (TimeoutError, ConnectionError):
        return False
    return data == b"" or data.startswith(b"HTTP/1.1 4")


def test_issue_16_slow_clients_keep_memory_bounded_and_slow_heads_are_closed(
    tmp_path: Path,
) -> None:
    """400 slow bodies and heads: RSS grows little, heads are cut, the page still works."""
    server = WebServer(tmp_path / "srv")
    text = server.config.read_text(encoding="utf-8").replace(
        "[http]\n", "[http]\nheader_timeout = 1.0\nbody_timeout = 1.0\n"
    )
    server.config.write_text(text, encoding="utf-8")
    server.start()
    try:
        assert server.proc is not None
        pid = server.proc.pid
        before = rss_mb(pid)
        peak, after, cut = asyncio.run(_attack(server.port, pid))
        after = rss_mb(pid)
        assert server.healthy()
    finally:
        server.stop()
    assert cut, "a connection that never finished its request head was not closed"
    print(f"RSS before {before:.0f} MiB, peak {peak:.0f} MiB, after {after:.0f} MiB")
    assert peak - before < 80, (before, peak)
    assert after - before < 40, (before, after)


async def _attack(port: int, pid: int) -> tuple[float, float, bool]:
    chunk = b"x" * 65536
    writers = await asyncio.gather(*(slow_body(port, chunk) for _ in range(300)))
    heads = await asyncio.gather(*(slow_head(port) for _ in range(100)))
    peak = rss_mb(pid)
    for _ in range(6):
        await asyncio.sleep(0.5)
        peak = max(peak, rss_mb(pid))
    cut = all(await asyncio.gather(*(closed_by_server(r, 5.0) for r, _ in heads)))
    for writer in [*writers, *(w for _, w in heads)]:
        writer.close()
    await asyncio.sleep(2.0)
    return peak, rss_mb(pid), cut

"""A real `gyeot run` subprocess serving the web chat, for the browser tests and the screenshot."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

CHROMIUM = Path("/usr/bin/chromium")
SECRET_KEY = "web-browser-test-secret-key-0123456789abcdef"
# The operator's everyday site; the browser tests fulfil it locally, it is never fetched.
EXIT_URL = "https://exit.example/news"
SERVER_COMMAND = [sys.executable, "-m", "bot"]


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class WebServer:
    """`gyeot run` with a web-only config in `root` (no Telegram token), restartable."""

    def __init__(self, root: Path, port: int | None = None) -> None:
        self.root = root
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}/"
        self.config = root / "config.toml"
        self.log = root / "server.log"
        self.proc: subprocess.Popen[bytes] | None = None
        root.mkdir(parents=True, exist_ok=True)
        self.config.write_text(
            f'[storage]\npath = "{root / "gyeot.db"}"\n\n'
            f'[http]\nlisten = "127.0.0.1:{self.port}"\n\n'
            f'[web]\nexit_url = "{EXIT_URL}"\n',
            encoding="utf-8",
        )

    def environ(self) -> dict[str, str]:
        """The server's environment: no inherited GYEOT_* variables, the test key set."""
        env = {k: v for k, v in os.environ.items() if not k.startswith("GYEOT_")}
        env["GYEOT_SECRET_KEY"] = SECRET_KEY
        return env

    def start(self, timeout: float = 20.0) -> None:
        """Start the server and wait until /healthz answers."""
        with self.log.open("ab") as log:
            self.proc = subprocess.Popen(
                [*SERVER_COMMAND, "--config", str(self.config), "run"],
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                env=self.environ(),
                cwd=self.root,
            )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"gyeot run exited {self.proc.returncode}:\n{self.output()}")
            if self.healthy():
                return
            time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"gyeot run did not answer /healthz in {timeout} s:\n{self.output()}")

    def healthy(self) -> bool:
        """True when GET /healthz answers 200 "ok"."""
        try:
            health = f"http://127.0.0.1:{self.port}/healthz"
            with urllib.request.urlopen(health, timeout=1) as resp:
                return bool(resp.status == 200 and resp.read() == b"ok")
        except (urllib.error.URLError, OSError):
            return False

    def kill(self) -> None:
        """SIGKILL, as a crash: nothing gets to flush or say goodbye."""
        assert self.proc is not None
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=10)
        self.proc = None

    def stop(self) -> None:
        """SIGTERM and wait (SIGKILL after 10 s)."""
        if self.proc is None:
            return
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=10)
        self.proc = None

    def output(self) -> str:
        """What the server printed so far (for failure messages)."""
        return self.log.read_text(encoding="utf-8", errors="replace")[-4000:]

"""Take README's screenshot: `.venv/bin/python -m tests.web.screenshot [docs/web-360.png]`.

Starts `gyeot run` (web chat only) in a temp dir, opens the page in Debian's Chromium at
360 x 740 CSS pixels (device scale 2) and saves the screen with the greeting's menu.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from tests.web.harness import CHROMIUM, WebServer


def shoot(target: Path) -> None:
    """Save the page with its greeting, as a 360 px phone shows it, to `target`."""
    with tempfile.TemporaryDirectory() as tmp:
        server = WebServer(Path(tmp))
        server.start()
        try:
            with sync_playwright() as pw:
                browser = pw.chromium.launch(executable_path=str(CHROMIUM))
                context = browser.new_context(
                    viewport={"width": 360, "height": 740}, device_scale_factor=2, locale="ko-KR"
                )
                page = context.new_page()
                page.goto(server.url)
                page.locator('[data-from="bot"] button').first.wait_for()
                page.wait_for_timeout(300)
                page.eval_on_selector(
                    '[role="log"]', "log => { log.scrollTop = log.scrollHeight; }"
                )
                page.screenshot(path=str(target))
                browser.close()
        finally:
            server.stop()


if __name__ == "__main__":
    shoot(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/web-360.png"))

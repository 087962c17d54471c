"""Fixtures: a real `gyeot run` (web chat only) and a real headless Chromium (Debian's package).

Nothing here downloads a browser: Playwright drives /usr/bin/chromium (`make test` and
`.ci/run` install it with apt when missing). The phone is 360 x 740 CSS pixels.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import (
    Browser,
    BrowserContext,
    Page,
    Route,
    ViewportSize,
    sync_playwright,
)

from tests.web.harness import CHROMIUM, EXIT_URL, WebServer

PHONE: ViewportSize = {"width": 360, "height": 740}
EXIT_PAGE = "<!doctype html><title>news</title><p>today's news</p>"


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """Headless Debian Chromium, one per test module."""
    if not CHROMIUM.exists():
        pytest.skip(
            "no /usr/bin/chromium: `apt-get install chromium chromium-driver` (make test does)"
        )
    with sync_playwright() as pw:
        launched = pw.chromium.launch(executable_path=str(CHROMIUM))
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WebServer]:
    """One `gyeot run` shared by the tests of a module (each browser context is a new person)."""
    srv = WebServer(tmp_path_factory.mktemp("web"))
    srv.start()
    yield srv
    srv.stop()


def new_phone(browser: Browser) -> BrowserContext:
    """A fresh browsing context the size of a cheap phone; the exit site is answered locally."""
    context = browser.new_context(viewport=PHONE, locale="ko-KR", has_touch=True)
    context.set_default_timeout(10_000)

    def exit_site(route: Route) -> None:
        route.fulfill(status=200, content_type="text/html", body=EXIT_PAGE)

    context.route(EXIT_URL, exit_site)
    return context


@pytest.fixture
def phone(browser: Browser) -> Iterator[BrowserContext]:
    """One person's browser."""
    context = new_phone(browser)
    yield context
    context.close()


@pytest.fixture
def page(phone: BrowserContext, server: WebServer) -> Page:
    """The chat page opened on the phone, greeting shown."""
    opened = phone.new_page()
    opened.goto(server.url)
    opened.locator('[data-from="bot"] button').first.wait_for()
    return opened


@pytest.fixture
def own_server(tmp_path: Path) -> Iterator[WebServer]:
    """A server of the test's own, for tests that kill it."""
    srv = WebServer(tmp_path / "server")
    srv.start()
    yield srv
    srv.stop()

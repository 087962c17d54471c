"""The web chat in a real headless Chromium at 360 x 740, against a real `gyeot run`."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, WebSocketRoute, expect

from tests.web.conftest import new_phone
from tests.web.harness import EXIT_URL, WebServer

pytestmark = pytest.mark.slow

BOT = '[role="log"] [data-from="bot"]'
MINE = '[role="log"] [data-from="me"]'
BOX = 'form textarea[name="message"]'
TEL = re.compile(r"^tel:[0-9-]+$")


def bots(page: Page) -> int:
    """How many bot messages the page shows."""
    return page.locator(BOT).count()


def wait_for_bots(page: Page, more_than: int) -> None:
    """Wait until the page shows more than `more_than` bot messages."""
    page.wait_for_function(
        'n => document.querySelectorAll(\'[role="log"] [data-from="bot"]\').length > n',
        arg=more_than,
    )


def say(page: Page, text: str) -> None:
    """Type into the message box and press Enter."""
    page.locator(BOX).fill(text)
    page.locator(BOX).press("Enter")


def ask(page: Page, text: str) -> None:
    """Send `text` and wait for at least one answer."""
    before = bots(page)
    say(page, text)
    wait_for_bots(page, before)


def transcript(page: Page) -> list[tuple[str, str]]:
    """(who, text) of every message in the log, in order."""
    rows: list[list[str]] = page.eval_on_selector_all(
        f"{BOT}, {MINE}",
        "els => els.map(e => [e.dataset.from, e.querySelector('.text').innerText])",
    )
    return [(who, text) for who, text in rows]


def seqs(page: Page) -> list[str]:
    """The seq of every bot message shown."""
    shown: list[str] = page.eval_on_selector_all(BOT, "els => els.map(e => e.dataset.seq)")
    return shown


def token(page: Page) -> str | None:
    """The session token in sessionStorage."""
    value: str | None = page.evaluate("() => sessionStorage.getItem('gyeot.session')")
    return value


def test_greeting_arrives_on_a_360px_phone(page: Page) -> None:
    """Greeting and menu arrive; nothing overflows 360 px; quick exit and all targets are big."""
    assert page.title() == "곁"
    assert page.evaluate("document.documentElement.lang") == "ko"
    assert page.locator(MINE).count() == 0, "/start is not shown as her message"
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    exit_box = page.locator("#quick-exit").bounding_box()
    assert exit_box is not None
    assert exit_box["y"] < 60
    assert exit_box["x"] + exit_box["width"] <= 360
    for target in page.locator("button, textarea, select").all():
        box = target.bounding_box()
        assert box is not None
        assert box["height"] >= 44, target.evaluate("e => e.outerHTML")
    assert len(token(page) or "") == 32
    assert "gyeot" not in page.url and "session" not in page.url


def test_keyboard_only_question_gets_an_answer(page: Page) -> None:
    """Tab reaches quick exit, a bot button and the box, each visibly focused; Enter sends."""
    reached: list[str] = []
    for _ in range(40):
        page.keyboard.press("Tab")
        active = page.evaluate(
            "() => { const e = document.activeElement;"
            " return [e.id || e.name || e.className, getComputedStyle(e).outlineStyle]; }"
        )
        reached.append(active[0])
        assert active[1] != "none", f"no visible focus on {active[0]}"
        if active[0] == "message":
            break
    assert "quick-exit" in reached
    assert "choice" in reached
    assert reached[-1] == "message"
    before = bots(page)
    page.keyboard.type("임신 테스트는 언제 해요?")
    page.keyboard.press("Enter")
    wait_for_bots(page, before)
    assert transcript(page)[before][0] == "me"
    assert transcript(page)[before][1] == "임신 테스트는 언제 해요?"
    assert transcript(page)[-1][0] == "bot"
    assert page.locator(BOX).input_value() == ""


def test_shift_enter_is_a_newline_and_the_send_button_sends(page: Page) -> None:
    """Shift+Enter adds a line; the visible send button sends both lines as one message."""
    before = bots(page)
    page.locator(BOX).type("첫 줄")
    page.locator(BOX).press("Shift+Enter")
    page.locator(BOX).type("둘째 줄")
    assert bots(page) == before
    page.get_by_role("button", name="보내기").click()
    wait_for_bots(page, before)
    assert ("me", "첫 줄\n둘째 줄") in transcript(page)


def test_a_too_long_message_gets_a_kind_notice(page: Page) -> None:
    """Far past the size limit: a small system line says so, and the page stops re-sending it."""
    say(page, "가" * 5000)
    notice = page.locator('[role="log"] [data-from="system"]')
    expect(notice).to_contain_text("길어요")
    page.wait_for_function("() => !document.querySelector('[data-from=\"me\"].pending')")
    assert page.evaluate("() => JSON.parse(sessionStorage.getItem('gyeot.state')).pending") == []


def test_bot_button_press(page: Page) -> None:
    """Pressing a bot button shows her choice, brings the answer and disables the old buttons."""
    before = bots(page)
    menu = page.locator(BOT).nth(before - 1)
    menu.get_by_role("button", name="지낼 곳이 필요해요").click()
    wait_for_bots(page, before)
    assert ("me", "지낼 곳이 필요해요") in transcript(page)
    for button in menu.locator("button").all():
        expect(button).to_be_disabled()


def test_crisis_message_shows_the_numbers_first_as_tel_links(page: Page) -> None:
    """죽고 싶어요: the urgent answer starts with big tel: call buttons (109, 119)."""
    say(page, "죽고 싶어요")
    urgent = page.locator(f"{BOT}.urgent").first
    urgent.wait_for()
    first = urgent.locator(":scope > *").first
    assert first.get_attribute("class") == "calls"
    calls = first.locator("a")
    hrefs = [a.get_attribute("href") or "" for a in calls.all()]
    assert "tel:109" in hrefs
    assert "tel:119" in hrefs
    for link in urgent.locator("a").all():
        href = link.get_attribute("href") or ""
        assert TEL.match(href), href
    call_box = calls.first.bounding_box()
    text_box = urgent.locator(".text").bounding_box()
    assert call_box is not None and text_box is not None
    assert call_box["y"] < text_box["y"]
    assert call_box["height"] >= 44


def test_reload_keeps_the_conversation_once(page: Page) -> None:
    """A reload shows the same conversation, and nothing in it twice."""
    ask(page, "병원은 언제 가야 해요?")
    before = transcript(page)
    session = token(page)
    page.reload()
    page.locator(BOT).first.wait_for()
    assert transcript(page) == before
    assert token(page) == session
    ask(page, "고마워요")
    assert transcript(page)[: len(before)] == before
    assert len(seqs(page)) == len(set(seqs(page)))


def test_erase_clears_the_page_and_its_storage_but_keeps_the_session(page: Page) -> None:
    """/erase: the server's `clear` empties the log and the stored transcript; she can go on."""
    ask(page, "혹시 누가 볼까 봐요")
    session = token(page)
    say(page, "/erase")
    page.wait_for_function(
        '() => !document.querySelector(\'[role="log"] [data-from="me"]\')'
        ' && document.querySelectorAll(\'[role="log"] [data-from="bot"]\').length === 1'
    )
    stored = page.evaluate("() => JSON.parse(sessionStorage.getItem('gyeot.state')).items")
    assert [item["from"] for item in stored] == ["bot"]
    assert "혹시 누가 볼까 봐요" not in page.evaluate(
        "() => sessionStorage.getItem('gyeot.state')"
    )
    assert token(page) == session
    page.reload()
    page.locator(BOT).first.wait_for()
    assert bots(page) == 1
    assert page.locator(MINE).count() == 0


def test_a_second_tab_is_a_second_person(page: Page, browser: Browser, server: WebServer) -> None:
    """Another browsing context gets its own token and its own greeting, never her conversation."""
    ask(page, "첫 번째 사람의 질문이에요")
    other = new_phone(browser)
    try:
        second = other.new_page()
        second.goto(server.url)
        second.locator(f"{BOT} button").first.wait_for()
        assert token(second) != token(page)
        assert second.locator(MINE).count() == 0
        assert "첫 번째 사람의 질문이에요" not in second.locator('[role="log"]').inner_text()
    finally:
        other.close()


def test_a_tab_opened_from_the_chat_takes_over_and_the_old_one_waits(page: Page) -> None:
    """Same session in two tabs (window.open copies sessionStorage): no reconnect fight."""
    with page.expect_popup() as opened:
        page.evaluate("window.open(location.href)")
    popup = opened.value
    popup.locator(f"{BOT} button").first.wait_for()
    expect(page.get_by_role("status")).to_contain_text("다른 창", timeout=2000)
    sockets: list[str] = []
    page.on("websocket", lambda ws: sockets.append(ws.url))
    page.wait_for_timeout(1200)
    assert sockets == [], "the old tab does not keep taking the session back"
    page.get_by_role("status").click()  # she comes back to the old tab and taps
    expect(page.get_by_role("status")).to_have_text("")
    expect(popup.get_by_role("status")).to_contain_text("다른 창")
    ask(page, "다시 이 창이에요")


def test_quick_exit_leaves_nothing_and_back_does_not_return(
    phone: BrowserContext, server: WebServer
) -> None:
    """#quick-exit: sessionStorage empty, exit site shown, Back skips the chat."""
    page = phone.new_page()
    page.goto(server.url + "healthz")  # the page she was on before the chat
    page.goto(server.url)
    ask(page, "누가 볼까 봐 무서워요")
    page.locator("#quick-exit").click()
    page.wait_for_url(EXIT_URL)
    page.go_back()
    assert page.url == server.url + "healthz"
    assert page.evaluate("() => sessionStorage.length") == 0
    page.go_forward()
    assert page.url == EXIT_URL


def test_escape_twice_is_quick_exit(page: Page) -> None:
    """One Escape does nothing; two within 1.5 s leave for the exit site."""
    page.keyboard.press("Escape")
    assert page.evaluate("() => sessionStorage.length") > 0
    page.keyboard.press("Escape")
    page.wait_for_url(EXIT_URL)


def test_language_menu_switches_the_page_and_keeps_the_session(page: Page) -> None:
    """Choosing English relabels the page and the bot answers in English; the session stays."""
    before = transcript(page)
    session = token(page)
    page.locator("#lang").select_option("en")
    page.wait_for_url(re.compile(r"\?lang=en$"))
    expect(page.locator("#quick-exit")).to_have_text("Exit")
    assert page.locator(BOX).get_attribute("placeholder") == "Write here"
    assert page.evaluate("document.documentElement.lang") == "en"
    assert page.title() == "곁"
    assert transcript(page)[: len(before)] == before
    assert token(page) == session
    switched = page.locator(BOT).filter(has_text="talk with you in English")
    expect(switched).to_have_count(1, timeout=10_000)  # the bot speaks English too


def test_no_request_leaves_the_origin(browser: Browser, server: WebServer) -> None:
    """Load, talk, press, crisis: every request is same-origin; no CSP violation, no cookie."""
    origin = urlsplit(server.url).netloc
    context = new_phone(browser)
    seen: list[str] = []
    errors: list[str] = []
    try:
        page = context.new_page()
        page.on("request", lambda r: seen.append(r.url))
        page.on("websocket", lambda ws: seen.append(ws.url))
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        response = page.goto(server.url)
        assert response is not None
        headers = response.headers
        page.locator(f"{BOT} button").first.wait_for()
        ask(page, "입양은 어떻게 해요?")
        before = bots(page)
        page.locator(BOT).last.locator("button").first.click()
        wait_for_bots(page, before)
        ask(page, "죽고 싶어요")
        assert context.cookies() == []
    finally:
        context.close()
    assert "default-src 'self'" in headers["content-security-policy"]
    assert headers["cache-control"] == "no-store"
    assert headers["referrer-policy"] == "no-referrer"
    assert any(url.startswith("ws://") for url in seen)
    assert [url for url in seen if urlsplit(url).netloc != origin] == []
    assert errors == []


def test_reconnects_after_kill_9_and_shows_what_it_missed_once(
    own_server: WebServer, phone: BrowserContext
) -> None:
    """kill -9 mid-conversation: the page says it is reconnecting, then shows each answer once."""
    dropping = {"on": False}
    dropped: list[str] = []

    def relay(ws: WebSocketRoute) -> None:
        upstream = ws.connect_to_server()

        def to_page(message: str | bytes) -> None:
            if dropping["on"] and '"message"' in str(message):
                dropped.append(str(message))  # lost on the way: the page never sees or acks it
            else:
                ws.send(message)

        upstream.on_message(to_page)
        ws.on_message(upstream.send)

    page = phone.new_page()
    page.route_web_socket(re.compile(r"/ws$"), relay)
    page.goto(own_server.url)
    page.locator(f"{BOT} button").first.wait_for()
    shown = bots(page)

    dropping["on"] = True
    say(page, "산부인과는 어디로 가요?")
    page.wait_for_function("() => !document.querySelector('[data-from=\"me\"].pending')")
    page.wait_for_timeout(300)
    assert dropped, "the answer was sent while the page was not listening"
    assert bots(page) == shown

    own_server.kill()
    expect(page.get_by_role("status")).to_have_text("다시 연결하는 중…")
    say(page, "서버가 꺼진 동안 쓴 말")  # waits in the page until the server is back
    dropping["on"] = False
    own_server.start()

    wait_for_bots(page, shown + len(dropped))
    page.wait_for_function("() => !document.querySelector('[data-from=\"me\"].pending')")
    wait_for_bots(page, shown + len(dropped))
    page.wait_for_timeout(500)  # anything sent twice would arrive now
    expect(page.get_by_role("status")).to_have_text("")
    mine = [text for who, text in transcript(page) if who == "me"]
    assert mine == ["산부인과는 어디로 가요?", "서버가 꺼진 동안 쓴 말"]
    assert len(seqs(page)) == len(set(seqs(page)))
    assert bots(page) > shown + len(dropped), "the message written while down was answered"
    assert [int(s) for s in seqs(page)] == sorted(int(s) for s in seqs(page))

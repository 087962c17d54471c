"""`gyeot staff`: the counselors' side in a terminal, on the same database as `gyeot chat`.

Run `gyeot chat` in one terminal and `gyeot staff` in another: her request appears here as an
alert, `/claim` takes it, plain lines go to her as "상담사: …", and her messages appear here
labelled with the case alias. The console stands in for the staff group (alerts and re-alerts
are printed as notices) and for a counselor's private chat. It runs the desk too: case events,
the ladder's timers and the alerts, so a local run shows the whole system on one machine.

How `gyeot chat` sees the counselor: the desk leaves her messages as encrypted local mail
(route "terminal"); the chat polls it while she types and prints it as the bot's message.

`gyeot chat --memory` shares nothing with another process, so the console runs inside the chat
(`SharedConsole`): a line starting with `@` is the counselor's, alerts print as `📣` notices
and the counselor's messages under `상담사 창 ›`, all in the one terminal, on the same
`MemoryCaseStore` and the same desk as on the database.
"""

from __future__ import annotations

import asyncio
import contextlib
import sys
from collections.abc import AsyncIterator, Iterable
from typing import TextIO

from bot.app import Runtime
from bot.staff import Chats, MailBoard, MailReader, Staff, build_staff
from bot.terminal import COUNSELOR, TerminalChat, line_queue
from flows.counsel import (
    LOCAL_COUNSELOR,
    TERMINAL,
    TERMINAL_ROUTE,
    Actor,
    CounselorInput,
    StaffStore,
)

PROMPT = "상담사 › "
BOT = "곁 › "
NOTICE = "📣 "
CONSOLE_CHAT = 0  # the console has one "staff group": the notices every console prints
HELP_LOCAL = "콘솔 전용: /wait 초 (기다리며 새 메시지 보기), /quit (끝내기)"
HELP_SHARED = f"상담사로 쓰려면 줄 앞에 {COUNSELOR} (예: {COUNSELOR}/claim, {COUNSELOR}안녕하세요)"


@contextlib.asynccontextmanager
async def running(staff: Staff) -> AsyncIterator[None]:
    """Run the staff desk in the background for the duration of the block."""
    stop = asyncio.Event()
    task = asyncio.create_task(staff.runner.run(stop))
    try:
        yield
    finally:
        stop.set()
        await asyncio.gather(task, return_exceptions=True)


@contextlib.asynccontextmanager
async def her_terminal(rt: Runtime, user_key: str) -> AsyncIterator[TerminalChat]:
    """`gyeot chat`'s chat, relaying to counselors and showing their answers.

    On a database the counselors are `gyeot staff` consoles elsewhere; with `--memory` (no
    database: `rt.cases` is None) the local counselor's console shares this terminal.
    """
    store = rt.counsel
    console: SharedConsole | None = None
    if rt.cases is not None:
        staff = build_staff(rt.settings, rt.kb, store)
    else:
        staff = console_staff(rt, store)
        console = SharedConsole(staff, store, default_actor(rt), sys.stdout)
    talk = staff.relaying(rt.conversation, route=TERMINAL_ROUTE)
    mailbox = MailReader(store, "user", user_key)
    async with running(staff):
        yield TerminalChat(talk, user_key, mailbox=mailbox, console=console)


def console_staff(rt: Runtime, store: StaffStore) -> Staff:
    """The staff side of a console: the desk, with the console standing in for the group."""
    board = MailBoard(store, rt.conversation.clock)
    return build_staff(rt.settings, rt.kb, store, board=board, chats=Chats(CONSOLE_CHAT))


class StaffConsole:
    """One counselor at a terminal: notices, her messages, commands and replies."""

    voice = BOT  # how the desk's messages to the counselor are shown
    hint = HELP_LOCAL

    def __init__(self, staff: Staff, store: StaffStore, actor: Actor, out: TextIO) -> None:
        """Act as `actor` on `store` and print to `out`."""
        self.staff = staff
        self.store = store
        self.actor = actor
        self.out = out
        self.inbox = MailReader(store, "counselor", str(actor.id))
        self.seen = 0

    def write(self, prefix: str, text: str) -> None:
        """Print one message, continuation lines indented under the prefix."""
        self.out.write(prefix + text.replace("\n", "\n" + " " * len(prefix)) + "\n")
        self.out.flush()

    async def open(self) -> None:
        """Greet, list the open cases, and show only notices from now on."""
        async with self.store.staff_tx() as tx:
            self.seen = await tx.last_notice()
        self.write(self.voice, f"상담사 콘솔 (상담사 {self.actor.id}). /help 명령 · {self.hint}")
        await self.staff.counseling.handle(self.actor, CounselorInput("/cases"))
        await self.check()

    async def check(self) -> None:
        """Print new staff notices and messages for this counselor."""
        async with self.store.staff_tx() as tx:
            notices = await tx.notices_after(self.seen)
        for notice_id, text in notices:
            self.seen = notice_id
            self.write(NOTICE, text)
        for text in await self.inbox.take():
            self.write(self.voice, text)

    async def say(self, line: str) -> bool:
        """Handle one typed line; False when the counselor quits."""
        text = line.strip()
        if text in ("/quit", "/exit"):
            return False
        if text.startswith("/wait"):
            await self.wait(float(text.removeprefix("/wait").strip() or "1"))
            return True
        if text:
            await self.staff.counseling.handle(self.actor, CounselorInput(text))
            await self.staff.runner.tick()
        await self.check()
        return True

    async def wait(self, seconds: float) -> None:
        """Wait, printing what arrives (for scripts: let the other terminal act)."""
        loop = asyncio.get_running_loop()
        end = loop.time() + max(0.0, seconds)
        while loop.time() < end:
            await asyncio.sleep(min(0.2, end - loop.time()))
            await self.check()

    async def run(self, lines: Iterable[str], *, echo: bool) -> None:
        """Read lines until EOF or /quit, printing notices and messages as they arrive."""
        await self.open()
        queue = line_queue(lines)
        while True:
            try:
                line = await asyncio.wait_for(queue.get(), timeout=0.5)
            except TimeoutError:
                await self.check()
                continue
            if line is None:
                break
            if echo:
                self.write(PROMPT, line.rstrip("\n"))
            if not await self.say(line.rstrip("\n")):
                break
        await self.check()


class SharedConsole(StaffConsole):
    """The console inside `gyeot chat --memory`: her terminal, lines starting with `@`."""

    voice = "상담사 창 › "
    hint = HELP_SHARED

    async def check(self) -> None:
        """Act on case events first (her /end, a risk), then print what arrived."""
        await self.staff.runner.tick()
        await super().check()


LOCAL_ACTOR = Actor(LOCAL_COUNSELOR, TERMINAL, "콘솔")


def default_actor(rt: Runtime) -> Actor:
    """The console's counselor when none is asked for: the first configured, else local."""
    configured = rt.settings.staff.counselors
    return _actor(configured[0]) if configured else LOCAL_ACTOR


def console_actor(rt: Runtime, counselor: int | None) -> Actor | None:
    """The console's counselor: the one asked for (if allowed), else `default_actor`."""
    if counselor is None:
        return default_actor(rt)
    configured = rt.settings.staff.counselors
    allowed = counselor in configured if configured else counselor == LOCAL_COUNSELOR
    return _actor(counselor) if allowed else None


def _actor(counselor: int) -> Actor:
    return Actor(counselor, TERMINAL, f"상담사 {counselor}") if counselor else LOCAL_ACTOR


async def run_console(rt: Runtime, counselor: int | None, *, echo: bool) -> int:
    """Run the console until EOF; 1 if the store or the counselor id cannot be used."""
    store = rt.cases
    actor = console_actor(rt, counselor)
    if store is None or actor is None:
        sys.stderr.write(
            "gyeot staff: use a counselor id listed in [staff] counselors "
            "(or none on a local run without counselors)\n"
        )
        return 1
    staff = console_staff(rt, store)
    console = StaffConsole(staff, store, actor, sys.stdout)
    async with running(staff):
        if sys.stdin.isatty():
            await console.run(_prompted(), echo=False)
        else:
            await console.run(sys.stdin, echo=echo)
    return 0


def _prompted() -> Iterable[str]:
    while True:
        try:
            yield input(PROMPT)
        except (EOFError, KeyboardInterrupt):
            return

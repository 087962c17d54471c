"""`gyeot staff`: the counselors' side in a terminal, on the same database as `gyeot chat`.

Run `gyeot chat` in one terminal and `gyeot staff` in another: her request appears here as an
alert, `/claim` takes it, plain lines go to her as "상담사: …", and her messages appear here
labelled with the case alias. The console stands in for the staff group (alerts and re-alerts
are printed as notices) and for a counselor's private chat. It runs the desk too: case events,
the ladder's timers and the alerts, so a local run shows the whole system on one machine.

How `gyeot chat` sees the counselor: the desk leaves her messages as encrypted local mail
(route "terminal"); the chat polls it while she types and prints it as the bot's message.
"""

from __future__ import annotations

import asyncio
import contextlib
import sys
from collections.abc import AsyncIterator, Iterable
from typing import TextIO

from bot.app import CaseStore, Runtime
from bot.staff import (
    LOCAL_COUNSELOR,
    TERMINAL,
    TERMINAL_ROUTE,
    Actor,
    Chats,
    CounselorInput,
    MailBoard,
)
from bot.staff.board import MailReader
from bot.staff.setup import Staff, build_staff
from bot.terminal import TerminalChat, line_queue

PROMPT = "상담사 › "
BOT = "곁 › "
NOTICE = "📣 "
CONSOLE_CHAT = 0  # the console has one "staff group": the notices every console prints
HELP_LOCAL = "콘솔 전용: /wait 초 (기다리며 새 메시지 보기), /quit (끝내기)"


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
    """`gyeot chat`'s chat, relaying to counselors and showing their answers (SQLite only)."""
    store = rt.cases
    if store is None:  # --memory: nothing is shared, so no counselor can ever see her
        yield TerminalChat(rt.conversation, user_key)
        return
    staff = build_staff(rt.settings, rt.kb, store)
    talk = staff.relaying(rt.conversation, route=TERMINAL_ROUTE)
    mailbox = MailReader(store, "user", user_key)
    async with running(staff):
        yield TerminalChat(talk, user_key, mailbox=mailbox)


class StaffConsole:
    """One counselor at a terminal: notices, her messages, commands and replies."""

    def __init__(self, staff: Staff, store: CaseStore, actor: Actor, out: TextIO) -> None:
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
        self.write(BOT, f"상담사 콘솔 (상담사 {self.actor.id}). /help 명령 · {HELP_LOCAL}")
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
            self.write(BOT, text)

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


def console_actor(rt: Runtime, counselor: int | None) -> Actor | None:
    """The console's counselor: the one asked for, else the first configured, else local."""
    configured = rt.settings.staff.counselors
    chosen = counselor if counselor is not None else (configured[0] if configured else 0)
    if configured and chosen not in configured:
        return None
    if not configured and chosen != LOCAL_COUNSELOR:
        return None
    return Actor(chosen, TERMINAL, f"상담사 {chosen}" if chosen else "콘솔")


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
    board = MailBoard(store, rt.conversation.clock)
    staff = build_staff(rt.settings, rt.kb, store, board=board, chats=Chats(CONSOLE_CHAT))
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

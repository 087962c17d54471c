"""Terminal chat: the same conversation as on Telegram, in a shell.

On a TTY it is interactive. With stdin not a TTY it reads one user message per line (a line
`/menu` is a command; a button is chosen by its number or its label) and prints the bot's
replies, so a conversation can be scripted (DESIGN.md, `gyeot chat`).

With `--memory` nothing is shared with another process, so a counselor's console shares this
terminal: a line starting with `@` is the counselor's (`@/claim`, `@안녕하세요`), and alerts and
the counselor's messages print here too.
"""

from __future__ import annotations

import asyncio
import sys
import threading
from collections.abc import Iterable
from typing import Protocol, TextIO

from flows import Button, Command, Engine, Event, Outcome, Press, Reply, Session, Text

PROMPT = "나 › "
BOT = "곁 › "
MAIL_POLL = 0.5  # seconds between looks for counselor messages while she types
COUNSELOR = "@"  # a line starting with it is the counselor's, when a console shares the terminal


class Talk(Protocol):
    """What the chat needs: `flows.Conversation`, or the staff relay wrapping it."""

    @property
    def engine(self) -> Engine:
        """The engine that renders her current screen."""
        ...

    async def handle(self, user_key: str, event: Event) -> Outcome:
        """Handle one event and commit it."""
        ...

    async def peek(self, user_key: str) -> Session | None:
        """Her saved state."""
        ...


class Mailbox(Protocol):
    """Messages for her that arrive on their own (a counselor's, the ladder's)."""

    async def take(self) -> list[str]:
        """Return and remove what arrived."""
        ...


class Console(Protocol):
    """A counselor's console sharing her terminal (`bot.staff_console.SharedConsole`)."""

    async def open(self) -> None:
        """Greet the counselor and show the open cases."""
        ...

    async def say(self, line: str) -> bool:
        """Handle one line the counselor typed."""
        ...

    async def check(self) -> None:
        """Print what arrived for the counselor."""
        ...


def parse_line(line: str, buttons: tuple[Button, ...]) -> Event:
    """Turn one typed line into an event: a command, a button (number or label) or text."""
    text = line.strip()
    if text.startswith("/") and len(text) > 1:
        name, _, arg = text[1:].partition(" ")
        return Command(name.lower()[:64], arg.strip())
    if text.isascii() and text.isdigit() and buttons:
        number = int(text)
        if 1 <= number <= len(buttons):
            return Press(buttons[number - 1].id)
        return Press(f"#{number}")  # out of range: the engine answers "expired" kindly
    for button in buttons:
        if text and text == button.label.removeprefix("✓ "):
            return Press(button.id)
    return Text(line)


def format_reply(reply: Reply) -> str:
    """Render one reply as terminal text with numbered buttons."""
    lines = [BOT + reply.text.replace("\n", "\n     ")]
    lines += [f"  [{i}] {b.label}" for i, b in enumerate(reply.buttons, start=1)]
    return "\n".join(lines)


def last_buttons(outcome: Outcome) -> tuple[Button, ...]:
    """The buttons of the last reply that has any (the screen she is on)."""
    for reply in reversed(outcome.replies):
        if reply.buttons:
            return reply.buttons
    return ()


class TerminalChat:
    """Drive a Conversation from lines of text."""

    def __init__(
        self,
        conversation: Talk,
        user_key: str,
        out: TextIO = sys.stdout,
        *,
        mailbox: Mailbox | None = None,
        console: Console | None = None,
    ) -> None:
        """Talk as `user_key` and print to `out`; show `mailbox` messages as they arrive.

        `console`: a counselor's console in the same terminal (lines starting with `@`).
        """
        self.conversation = conversation
        self.user_key = user_key
        self.out = out
        self.mailbox = mailbox
        self.console = console
        self.buttons: tuple[Button, ...] = ()

    def show(self, outcome: Outcome) -> None:
        """Print the replies and remember the current buttons."""
        for reply in outcome.replies:
            print(format_reply(reply), file=self.out, flush=True)
        self.buttons = last_buttons(outcome) or self.buttons

    async def open(self) -> None:
        """Greet a new user, or show a returning user the screen she left."""
        state = await self.conversation.peek(self.user_key)
        if state is None:
            self.show(await self.conversation.handle(self.user_key, Command("start")))
        else:
            self.show(self.conversation.engine.render(state))
        if self.console is not None:
            await self.console.open()

    async def say(self, line: str) -> None:
        """Send one line and print what comes back (and any message that arrived)."""
        if self.console is not None and line.startswith(COUNSELOR):
            await self.console.say(line.removeprefix(COUNSELOR))
        else:
            event = parse_line(line, self.buttons)
            self.show(await self.conversation.handle(self.user_key, event))
        await self.check_mail()

    async def check_mail(self) -> None:
        """Print messages that arrived on their own (a counselor's answer, staff alerts)."""
        if self.mailbox is not None:
            for text in await self.mailbox.take():
                print(format_reply(Reply(text)), file=self.out, flush=True)
        if self.console is not None:
            await self.console.check()

    async def run(self, lines: Iterable[str], *, echo: bool) -> None:
        """Read lines until they end (EOF or Ctrl-D), showing mail while she types."""
        await self.open()
        await self.check_mail()
        queue = line_queue(lines) if self.mailbox is not None else None
        source = iter(lines)
        while True:
            line = await self._next_line(queue) if queue is not None else next(source, None)
            if line is None:
                return
            if echo:
                print(PROMPT + line.rstrip("\n"), file=self.out, flush=True)
            await self.say(line.rstrip("\n"))

    async def _next_line(self, queue: asyncio.Queue[str | None]) -> str | None:
        """The next line from the reader thread, showing mail while waiting for it."""
        while True:
            try:
                return await asyncio.wait_for(queue.get(), timeout=MAIL_POLL)
            except TimeoutError:
                await self.check_mail()


def line_queue(lines: Iterable[str]) -> asyncio.Queue[str | None]:
    """Read `lines` in a daemon thread (input() blocks; Ctrl-C must still end the program)."""
    loop = asyncio.get_running_loop()
    queue: asyncio.Queue[str | None] = asyncio.Queue()

    def pump() -> None:
        try:
            for line in lines:
                loop.call_soon_threadsafe(queue.put_nowait, line)
            loop.call_soon_threadsafe(queue.put_nowait, None)
        except RuntimeError:  # the chat ended (its event loop closed) while she was typing
            return

    threading.Thread(target=pump, name="terminal-input", daemon=True).start()
    return queue


def interactive_lines() -> Iterable[str]:
    """Yield lines typed at the prompt until EOF or Ctrl-C."""
    while True:
        try:
            yield input(PROMPT)
        except (EOFError, KeyboardInterrupt):
            print(file=sys.stdout)
            return

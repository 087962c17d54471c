"""Terminal chat: the same conversation as on Telegram, in a shell.

On a TTY it is interactive. With stdin not a TTY it reads one user message per line (a line
`/menu` is a command; a button is chosen by its number or its label) and prints the bot's
replies, so a conversation can be scripted (DESIGN.md, `gyeot chat`).
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from typing import TextIO

from flows import Button, Command, Conversation, Event, Outcome, Press, Reply, Text

PROMPT = "나 › "
BOT = "곁 › "


def parse_line(line: str, buttons: tuple[Button, ...]) -> Event:
    """Turn one typed line into an event: a command, a button (number or label) or text."""
    text = line.strip()
    if text.startswith("/") and len(text) > 1:
        name, _, arg = text[1:].partition(" ")
        return Command(name.lower()[:64], arg.strip())
    if text.isdigit() and buttons:
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
        self, conversation: Conversation, user_key: str, out: TextIO = sys.stdout
    ) -> None:
        """Talk as `user_key` and print to `out`."""
        self.conversation = conversation
        self.user_key = user_key
        self.out = out
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

    async def say(self, line: str) -> None:
        """Send one line and print what comes back."""
        event = parse_line(line, self.buttons)
        self.show(await self.conversation.handle(self.user_key, event))

    async def run(self, lines: Iterable[str], *, echo: bool) -> None:
        """Read lines until they end (EOF or Ctrl-D)."""
        await self.open()
        for line in lines:
            if echo:
                print(PROMPT + line.rstrip("\n"), file=self.out, flush=True)
            await self.say(line.rstrip("\n"))


def interactive_lines() -> Iterable[str]:
    """Yield lines typed at the prompt until EOF or Ctrl-C."""
    while True:
        try:
            yield input(PROMPT)
        except (EOFError, KeyboardInterrupt):
            print(file=sys.stdout)
            return

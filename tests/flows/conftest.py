"""Fixtures for engine tests: a real engine over the shipped knowledge, and a script runner."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import pytest

from flows import Command, Engine, Event, Outcome, Press, Session, Text
from knowledge import Knowledge


@pytest.fixture
def engine(kb: Knowledge) -> Engine:
    """An engine with the default policy."""
    return Engine(kb)


@dataclass
class Script:
    """Feeds events through the engine, keeping state like storage would."""

    engine: Engine
    state: Session = field(default_factory=lambda: Session(started=True))
    outcomes: list[Outcome] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.state = self.engine.handle(self.state, Command("menu")).next_state

    def send(self, event: Event | str) -> Outcome:
        if isinstance(event, str):
            event = _parse(event)
        outcome = self.engine.handle(self.state, event)
        self.state = outcome.next_state
        self.outcomes.append(outcome)
        return outcome

    def run(self, events: Sequence[Event | str]) -> Outcome:
        for event in events:
            last = self.send(event)
        return last

    @property
    def buttons(self) -> list[str]:
        return [b.id for b in self.outcomes[-1].replies[-1].buttons]

    @property
    def texts(self) -> list[str]:
        return [r.text for r in self.outcomes[-1].replies]

    @property
    def effects(self) -> list[object]:
        return list(self.outcomes[-1].effects)


def _parse(line: str) -> Event:
    if line.startswith("/"):
        return Command(line[1:])
    if line.startswith("!"):
        return Press(line[1:])
    return Text(line)


@pytest.fixture
def script(engine: Engine) -> Script:
    """A fresh conversation: '/cmd' is a command, '!id' a button press, else text."""
    return Script(engine)

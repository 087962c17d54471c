"""The tests' fake Bot API, extended for load runs: reply hooks, a fault mix, slow answers.

`tests.bot.fake_bot_api.FakeBotApi` already serves the Bot API over loopback, injects single
faults and records calls. Load runs add three things here, without changing that file:

- `on_sent(message)` is called for every message `sendMessage` accepted, so simulated users
  wait on an event instead of polling;
- `mix` draws at most one fault per call from a weighted table per method (429 with
  `retry_after`, 500, 502, a hung request the client times out on, a dropped connection);
- `slow` delays a share of all answers;
- `group` keeps (wall time, text) of every message sent to a group (the staff group's alert
  cards and re-alerts), so a run can check them afterwards.

Recorded calls are dropped as they come (`keep_calls=False`), so a long soak stays small.
"""

from __future__ import annotations

import asyncio
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from tests.bot.fake_bot_api import FakeBotApi, Fault

JSON = dict[str, Any]


@dataclass(frozen=True)
class FaultMix:
    """Per-call fault probabilities for one method (each in 0..1, summed at most 1)."""

    rate_limited: float = 0.0  # 429 with retry_after
    retry_after: int = 1
    server_error: float = 0.0  # 500
    bad_gateway: float = 0.0  # 502
    hang: float = 0.0  # never answered: the client's read timeout fires
    drop: float = 0.0  # connection closed without an answer

    def draw(self, rng: random.Random) -> Fault | None:
        """Return the fault for one call, or None."""
        roll = rng.random()
        table = (
            (self.rate_limited, Fault("status", 1, 429, self.retry_after)),
            (self.server_error, Fault("status", 1, 500)),
            (self.bad_gateway, Fault("status", 1, 502)),
            (self.hang, Fault("hang", 1)),
            (self.drop, Fault("drop", 1)),
        )
        for chance, fault in table:
            if roll < chance:
                return fault
            roll -= chance
        return None


@dataclass
class Slowness:
    """A share of answers waits a random time first."""

    rate: float = 0.0
    seconds: tuple[float, float] = (0.2, 1.5)


@dataclass
class Counters:
    """How many faults of each kind were injected, per method."""

    faults: dict[str, int] = field(default_factory=dict)
    slow: int = 0

    def count(self, method: str, fault: Fault) -> None:
        """Count one injected fault."""
        name = f"{method} {fault.kind}" + (f" {fault.status}" if fault.kind == "status" else "")
        self.faults[name] = self.faults.get(name, 0) + 1


class BenchFake(FakeBotApi):
    """FakeBotApi with a reply hook, a fault mix per method and slow answers."""

    def __init__(self, token: str, *, seed: int = 0, keep_calls: bool = False) -> None:
        """Create the fake; nothing is injected until `mix` or `slow` is set."""
        super().__init__(token, seed=seed)
        self.on_sent: Callable[[JSON], None] = lambda message: None
        self.mix: dict[str, FaultMix] = {}
        self.slow = Slowness()
        self.counters = Counters()
        self.keep_calls = keep_calls
        self.call_counts: dict[str, int] = {}
        self.group: list[tuple[float, str]] = []
        self._draws = random.Random(seed + 1)

    def _send_message(self, params: JSON) -> JSON:
        message = super()._send_message(params)
        if message["chat"]["type"] != "private":
            self.group.append((self.clock(), str(message.get("text", ""))))
        if not self.keep_calls:
            self.sent.clear()
            self.log.clear()
        self.on_sent(message)
        return message

    def _take_fault(self, method: str, params: JSON) -> Fault | None:
        self.call_counts[method] = self.call_counts.get(method, 0) + 1
        if not self.keep_calls:
            self.calls.clear()
        fault = super()._take_fault(method, params)  # single faults set by the run
        if fault is None and method in self.mix:
            fault = self.mix[method].draw(self._draws)
        if fault is not None:
            self.counters.count(method, fault)
        return fault

    async def dispatch(self, method: str, params: JSON) -> tuple[int, JSON]:
        """Answer one call, after a random delay for a share of them."""
        if self.slow.rate and method != "getUpdates" and self._draws.random() < self.slow.rate:
            self.counters.slow += 1
            await asyncio.sleep(self._draws.uniform(*self.slow.seconds))
        return await super().dispatch(method, params)

    def first_call_index(self, method: str) -> int:
        """How many calls of `method` were seen so far (a mark to wait beyond)."""
        return self.call_counts.get(method, 0)

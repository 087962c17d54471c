"""Fixtures for the Telegram adapter: the fake Bot API, a real PTB Application, a rig."""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import hmac
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import cast

import pytest

from bot.tg.application import AnyApplication, build_application
from bot.tg.inbox import Hooks, InboxPoller, InboxProcessor, PollSettings
from bot.tg.outbox import OutboxSender, SendPolicy
from bot.tg.pacing import Limits
from bot.tg.render import Renderer
from flows import (
    Button,
    Command,
    Conversation,
    Engine,
    Event,
    Forget,
    Lang,
    MemoryStore,
    Outcome,
    Press,
    Reply,
    Session,
    Text,
    Unsupported,
)
from tests.bot.fake_bot_api import FakeBotApi


class EchoEngine:
    """Stand-in for `flows.Engine` in adapter tests: echoes text and offers two buttons.

    It keeps the adapter tests independent of knowledge files; the end-to-end tests in
    `test_tg_e2e_*.py` use the real engine.
    """

    def new_session(self, lang_hint: str | None = None) -> Session:
        return Session(lang=Lang.EN if lang_hint == "en" else Lang.KO)

    def handle(self, state: Session, event: Event) -> Outcome:
        offered = (Button("yes", "Yes"), Button("no", "No"))
        match event:
            case Text(text=text):
                return self._out(state, Reply(f"echo: {text}", offered), offered)
            case Press(button_id=bid) if bid in state.offered:
                return self._out(state, Reply(f"pressed: {bid}"))
            case Press():
                return self._out(state, Reply("expired", offered), offered)
            case Command(name="erase"):
                return Outcome((Reply("erased"),), state, (Forget(chat_messages=True),))
            case Command(name=name):
                return self._out(state, Reply(f"command: {name}"))
            case Unsupported(kind=kind):
                return self._out(state, Reply(f"unsupported: {kind}"))
        raise AssertionError(event)

    @staticmethod
    def _out(state: Session, reply: Reply, offered: tuple[Button, ...] = ()) -> Outcome:
        ids = tuple(b.id for b in offered)
        return Outcome((reply,), state.model_copy(update={"offered": ids}))


@dataclass
class ChatLogMemoryStore(MemoryStore):
    """`MemoryStore` plus the `ChatLog` port (message ids only), as the adapter needs."""

    chatlog: list[tuple[str, int, dt.datetime]] = field(default_factory=list)

    async def log_message(self, user_key: str, message_id: int, *, now: dt.datetime) -> None:
        if not any(k == user_key and m == message_id for k, m, _ in self.chatlog):
            self.chatlog.append((user_key, message_id, now))

    async def recent_messages(self, user_key: str, *, since: dt.datetime) -> list[int]:
        return [m for k, m, at in self.chatlog if k == user_key and at > since]

    async def forget(self, user_key: str, *, now: dt.datetime) -> dict[str, int]:
        self.chatlog = [row for row in self.chatlog if row[0] != user_key]
        return await super().forget(user_key, now=now)


class HmacKeyring:
    """Stand-in for `storage.Keyring.user_key` with a fixed test secret."""

    def user_key(self, channel: str, platform_id: int) -> str:
        return hmac.new(b"test", f"{channel}:{platform_id}".encode(), hashlib.sha256).hexdigest()


def build_app(fake: FakeBotApi) -> AnyApplication:
    """A real PTB Application pointed at the fake, built as `gyeot run` builds it."""
    return build_application(fake.token, api_base_url=fake.api_base_url)


@pytest.fixture
async def fake_api() -> AsyncIterator[FakeBotApi]:
    fake = FakeBotApi()
    await fake.start()
    yield fake
    await fake.stop()


@pytest.fixture
async def app(fake_api: FakeBotApi) -> AsyncIterator[AnyApplication]:
    application = build_app(fake_api)
    async with application:
        yield application


# Pacing off (tests of pacing set their own limits), quick back-off.
UNLIMITED = Limits(1e6, 1e6, 1e6, 1e6, 1e6, 1e6)
FAST = SendPolicy(backoff_base=0.05, limits=UNLIMITED)


@dataclass
class Rig:
    """The adapter's three loops around a real Application, a store and a conversation."""

    fake: FakeBotApi
    app: AnyApplication
    store: ChatLogMemoryStore
    keyring: HmacKeyring
    conversation: Conversation
    poller: InboxPoller
    processor: InboxProcessor
    sender: OutboxSender
    stop: asyncio.Event = field(default_factory=asyncio.Event)
    tasks: list[asyncio.Task[None]] = field(default_factory=list)

    def start(self) -> None:
        loops = (self.poller.run, self.processor.run, self.sender.run)
        self.tasks = [asyncio.create_task(run(self.stop)) for run in loops]

    async def close(self) -> None:
        self.stop.set()
        await asyncio.gather(*self.tasks, return_exceptions=True)

    def key(self, user_id: int) -> str:
        return self.keyring.user_key("telegram", user_id)

    async def settle(self, timeout: float = 15.0) -> None:
        """Wait until every pushed update is fetched, handled and its replies are sent."""
        deadline = asyncio.get_running_loop().time() + timeout
        while True:
            fetched = not self.fake.updates or (self.poller.offset or 0) > max(
                u["update_id"] for u in self.fake.updates
            )
            inbox = await self.store.inbox_pending()
            outbox = await self.store.outbox_pending()
            busy = self.processor._workers or self.sender._workers
            if fetched and not inbox and not outbox and not busy:
                return
            if asyncio.get_running_loop().time() > deadline:
                raise TimeoutError("the rig did not settle")
            await asyncio.sleep(0.02)


def make_rig(
    fake: FakeBotApi,
    app: AnyApplication,
    *,
    store: ChatLogMemoryStore | None = None,
    engine: object | None = None,
    policy: SendPolicy | None = None,
) -> Rig:
    store = store or ChatLogMemoryStore()
    keyring = HmacKeyring()
    conversation = Conversation(cast(Engine, engine or EchoEngine()), store)
    sender = OutboxSender(app.bot, store, policy=policy or FAST)
    processor = InboxProcessor(
        bot=app.bot,
        store=store,
        conversation=conversation,
        keyring=keyring,
        renderer=Renderer(),
        hooks=Hooks(on_outbox=sender.wake),
    )
    processor.retry_delay = 0.01
    poller = InboxPoller(
        app.bot, store, on_stored=processor.wake, settings=PollSettings(timeout=1)
    )
    return Rig(fake, app, store, keyring, conversation, poller, processor, sender)


@pytest.fixture
async def rig(fake_api: FakeBotApi, app: AnyApplication) -> AsyncIterator[Rig]:
    the_rig = make_rig(fake_api, app)
    the_rig.start()
    yield the_rig
    await the_rig.close()

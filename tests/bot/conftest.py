"""Fixtures for the Telegram adapter: the fake Bot API, a real PTB Application, a rig, a live bot.

The rig runs the core's loops with the Telegram channel around a stand-in engine
(`EchoEngine`), to test delivery itself. The live bot runs `run_service` (the code path of
`gyeot run`, web chat included) on the real engine and SQLite; its conversations are scripts
of (what she does, a fragment the answer must contain): "/..." is a command, "[label]"
presses the newest button with that label, anything else is text.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import shutil
import socket
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import Any, cast

import pytest

from bot.app import Runtime, build_engine, open_runtime
from bot.channels import (
    Hooks,
    InboxProcessor,
    OutboxSender,
    Renderer,
    RenderSettings,
    SendPolicy,
    parse_command,
)
from bot.channels.processor import Flood
from bot.config import KnowledgeSettings, Settings, StorageSettings
from bot.serve import run_service
from bot.tg.application import AnyApplication, build_application
from bot.tg.channel import LIMITS, TelegramChannel
from bot.tg.inbox import InboxPoller, PollSettings
from bot.tg.pacing import Limits
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
    PrivacyPolicy,
    Reply,
    Session,
    Text,
    Unsupported,
)
from knowledge import DEFAULT_PATH, load_knowledge
from tests.bot.fake_bot_api import FakeBotApi


class EchoEngine:
    """Stand-in for `flows.Engine` in adapter tests: echoes text and offers two buttons.

    It keeps the adapter tests independent of knowledge files; the end-to-end tests in
    `test_tg_e2e_*.py` use the real engine.
    """

    # Conversation reads the privacy policy (transcripts off) and the text cap here.
    ctx = SimpleNamespace(policy=PrivacyPolicy(), max_text=4000)

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


class HmacKeyring:
    """Stand-in for `storage.Keyring.user_key` with a fixed test secret."""

    def user_key(self, channel: str, platform_id: int | str) -> str:
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
FAST = SendPolicy(backoff_base=0.05)


@dataclass
class Rig:
    """The adapter's three loops around a real Application, a store and a conversation."""

    fake: FakeBotApi
    app: AnyApplication
    store: MemoryStore
    keyring: HmacKeyring
    conversation: Conversation
    poller: InboxPoller
    processor: InboxProcessor
    sender: OutboxSender
    channel: TelegramChannel
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
            busy = self.processor.busy or self.sender.busy
            if fetched and not inbox and not outbox and not busy:
                return
            if asyncio.get_running_loop().time() > deadline:
                raise TimeoutError("the rig did not settle")
            await asyncio.sleep(0.02)


def make_rig(
    fake: FakeBotApi,
    app: AnyApplication,
    *,
    store: MemoryStore | None = None,
    engine: object | None = None,
    policy: SendPolicy | None = None,
    pace: Limits | None = None,
    flood: Flood | None = None,
) -> Rig:
    store = store or MemoryStore()
    keyring = HmacKeyring()
    conversation = Conversation(cast(Engine, engine or EchoEngine()), store)
    channel = TelegramChannel(app.bot, pace=pace or UNLIMITED)
    sender = OutboxSender(store, {"telegram": channel}, policy=policy or FAST)
    processor = InboxProcessor(
        store=store,
        conversation=conversation,
        keyring=keyring,
        intakes={"telegram": channel},
        hooks=Hooks(on_outbox=lambda channel, route: sender.wake(), flood=flood),
    )
    processor.retry_delay = 0.01
    poller = InboxPoller(
        app.bot, store, keyring, on_stored=processor.wake, settings=PollSettings(timeout=1)
    )
    return Rig(fake, app, store, keyring, conversation, poller, processor, sender, channel)


@pytest.fixture
async def rig(fake_api: FakeBotApi, app: AnyApplication) -> AsyncIterator[Rig]:
    the_rig = make_rig(fake_api, app)
    the_rig.start()
    yield the_rig
    await the_rig.close()


# ---------------------------------------------------------------- the live bot (real engine)

TOKEN = "123:TEST"
HEAD = "곁에서 답장이 왔어요\n\n"
SECRET = "test-secret-key-0123456789abcdef-0123456789"
Script = list[tuple[str, str]]


def free_port() -> int:
    """A TCP port nothing listens on now (for the shared HTTP server in tests)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def settings_for(fake: FakeBotApi, tmp_path: Path, **telegram: Any) -> Settings:
    """Settings with SQLite in tmp_path, the Bot API pointed at the fake, a free HTTP port."""
    section = {"api_base_url": fake.api_base_url, "poll_timeout": 1, **telegram}
    return Settings.model_validate(
        {
            "telegram": section,
            "storage": {"path": str(tmp_path / "gyeot.db")},
            "http": {"listen": f"127.0.0.1:{free_port()}"},
        }
    )


@dataclass
class LiveBot:
    """`run_service` with a Telegram token in a task, on the same event loop as the fake."""

    fake: FakeBotApi
    settings: Settings
    rt: Runtime | None = None
    stop: asyncio.Event = field(default_factory=asyncio.Event)
    task: asyncio.Task[None] | None = None

    async def start(self) -> LiveBot:
        self.task = asyncio.create_task(self._serve())
        await self.fake.wait_for(self._intake_ready)
        return self

    def _intake_ready(self) -> bool:
        if self.task is not None and self.task.done():
            self.task.result()  # surface a startup failure
        ready = "setWebhook" if self.settings.telegram.mode == "webhook" else "deleteWebhook"
        return self.rt is not None and len(self.fake.calls_of(ready)) > 0

    async def _serve(self) -> None:
        async with open_runtime(self.settings) as rt:
            self.rt = rt
            await run_service(
                rt, token=TOKEN, stop_event=self.stop, send_policy=FAST, pace=UNLIMITED
            )

    async def close(self) -> None:
        self.stop.set()
        if self.task is not None:
            await self.task

    async def settled(self, timeout: float = 15.0) -> None:
        """Wait until every pushed update is handled and every reply is sent."""
        assert self.rt is not None
        store: Any = self.rt.store
        deadline = asyncio.get_running_loop().time() + timeout
        while True:
            if not self.fake.updates or self.settings.telegram.mode == "webhook":
                inbox = await store.inbox_pending()
                outbox = await store.outbox_pending()
                if not inbox and not outbox and not self.fake.updates:
                    await asyncio.sleep(0.02)  # the sender logs ids just after marking sent
                    return
            if asyncio.get_running_loop().time() > deadline:
                raise TimeoutError("the live bot did not settle")
            await asyncio.sleep(0.02)

    async def act(self, user: int, action: str) -> list[str]:
        """Do one scripted action and return the texts the bot sent in answer."""
        mark = len(self.fake.sent_texts(user))
        if action.startswith("[") and action.endswith("]"):
            self.fake.press(user, action[1:-1])
        else:
            self.fake.push_text(user, action)
        await self.settled()
        return [t.removeprefix(HEAD) for t in self.fake.sent_texts(user)[mark:]]

    async def converse(self, user: int, script: Script) -> None:
        """Run a script; each answer must contain its expected fragment."""
        for action, expected in script:
            answer = await self.act(user, action)
            assert any(expected in text for text in answer), (action, expected, answer)


_ENGINES: dict[str, Engine] = {}


def _engine(settings: Settings) -> Engine:
    key = "|".join(
        s.model_dump_json() for s in (settings.knowledge, settings.matcher, settings.privacy)
    )
    if key not in _ENGINES:
        _ENGINES[key] = build_engine(settings, load_knowledge(Path(settings.knowledge.path)))
    return _ENGINES[key]


def expected_texts(settings: Settings, events: list[str], *, lang: str = "ko") -> list[str]:
    """The texts a clean run sends for these typed messages: engine and renderer, no transport."""
    engine = _engine(settings)
    tg = settings.telegram
    lines = RenderSettings(dict(tg.preview_line), settings.knowledge.default_language)
    renderer = Renderer(lines, limits=LIMITS)
    state = engine.new_session(lang)
    texts: list[str] = []
    for text in events:
        outcome = engine.handle(state, parse_command(text) or Text(text))
        state = outcome.next_state
        for message in renderer.render(outcome, "chat"):
            payload = json.loads(message.payload)
            if "text" in payload:
                texts.append(payload["text"])
    return texts


@pytest.fixture
def editable_kb_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Settings:
    """Settings over a private copy of the knowledge files (tests may edit them) and SQLite."""
    monkeypatch.setenv("GYEOT_SECRET_KEY", "editable-kb-test-secret-0123456789")
    data = tmp_path / "kb"
    shutil.copytree(DEFAULT_PATH, data)
    return Settings(
        knowledge=KnowledgeSettings(path=data),
        storage=StorageSettings(path=tmp_path / "var" / "gyeot.db"),
    )

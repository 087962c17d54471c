"""Composition root: build knowledge, engine, store and conversation from the settings."""

from __future__ import annotations

import asyncio
import contextlib
import os
import subprocess
import sys
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from bot.config import Settings, database_url, knowledge_cache
from bot.privacy import keyring_from_env
from flows import (
    ChatLog,
    Conversation,
    Engine,
    Inbox,
    Lang,
    Maintenance,
    Outbox,
    PrivacyPolicy,
    SessionStore,
)
from flows.counsel import Case, MemoryCaseStore, StaffStore
from knowledge import Knowledge, MatchSettings, load_knowledge
from knowledge.errors import KnowledgeFileError
from knowledge.lexicon import EXAMPLES_FILE, net_is_kept
from storage import Keyring, SqliteStore, StorageError

if TYPE_CHECKING:
    from storage.pg import PgStore


def policy_from(settings: Settings) -> PrivacyPolicy:
    """Translate `[privacy]` into the engine's and store's policy."""
    privacy = settings.privacy
    return PrivacyPolicy(
        intake_fields=frozenset(privacy.intake_fields),
        store_transcripts=privacy.store_transcripts,
        retention_days=privacy.retention_days,
        case_retention_days=privacy.case_retention_days,
        audit_retention_days=privacy.audit_retention_days,
    )


def build_engine(settings: Settings, kb: Knowledge) -> Engine:
    """Build the engine over `kb` with the configured policy and matcher settings."""
    m = settings.matcher
    return Engine(
        kb,
        policy=policy_from(settings),
        matching=MatchSettings(
            m.threshold, m.suggest_threshold, m.margin, confidence=m.confidence, sure=m.sure
        ),
        default_lang=Lang(settings.knowledge.default_language),
    )


def keyring_for(settings: Settings) -> Keyring:
    """The keyring from the key variables (`bot.privacy.keyring_from_env`)."""
    return keyring_from_env(settings.storage)


class Store(SessionStore, Maintenance, ChatLog, Inbox, Outbox, Protocol):
    """Every port the channels and commands use (SQLite, PostgreSQL; in memory for trials)."""

    async def healthy(self) -> bool:
        """True while the database answers."""
        ...


class CaseStore(Store, StaffStore, Protocol):
    """A store that also keeps cases for counselors (`SqliteStore`, `PgStore`)."""

    async def close(self) -> None:
        """Close the database."""
        ...

    async def rotate_keys(self) -> dict[str, int]:
        """Re-encrypt every encrypted value under the current key version (`gyeot keys rotate`)."""
        ...

    async def cases_since(self, since: datetime) -> list[Case]:
        """Cases opened at or after `since` (reports)."""
        ...

    async def save_route(self, user_key: str, route: str, *, now: datetime) -> None:
        """Keep (encrypted) the way back to her chat, "channel:route", while a case needs it."""
        ...

    async def route_for(self, user_key: str) -> str | None:
        """The way back to her chat, if kept."""
        ...

    async def listen_outbox(self, wake: Callable[[str], None], stop: asyncio.Event) -> None:
        """Call `wake(dest)` when any process commits a web outbox row, until `stop`.

        `dest` is the row's pseudonym (`Keyring.user_key(channel, route)`). PostgreSQL hears
        every process (LISTEN/NOTIFY); SQLite has one process, which wakes its tabs itself.
        """
        ...


@dataclass
class Runtime:
    """Everything a command needs, opened together and closed together.

    `counsel` is the store the counselor desk works on: the database, or with `--memory` the
    same `MemoryCaseStore` as `store` (so a memory chat escalates as on the database, to a
    counselor in the same process). `cases` is the same store as `store` when it is a database
    (SQLite or PostgreSQL), None for `--memory`.
    """

    settings: Settings
    kb: Knowledge
    engine: Engine
    keyring: Keyring
    store: Store
    conversation: Conversation
    counsel: StaffStore
    cases: CaseStore | None = None

    async def healthy(self) -> bool:
        """True while the database answers (GET /healthz)."""
        return await self.store.healthy()


# What the child of `learn_apart` runs: the lexicon of `root` (argv[1]) loaded with `cache`
# (argv[2]), which learns the net and compiles the rules into it.
_LEARN = (
    "import sys; from pathlib import Path; from knowledge.lexicon import load_lexicon; "
    "root = Path(sys.argv[1]); "
    "load_lexicon(root / 'triage.toml', root / 'triage_examples.toml', cache=Path(sys.argv[2]))"
)


def learn_apart(root: Path, cache: Path) -> None:
    """Have a child process learn the triage net of `root` into `cache`, unless it is there.

    Learning from some 17,000 sentences (and compiling the rules) peaks well above what the
    learned net then takes; the process that reads them from the cache never reaches that peak,
    and a process keeps its peak resident (`gyeot run` on a first start: 150 MiB learning
    itself, 138 reading the cache). A child that fails leaves the learning to `load_knowledge`
    in this process, which also names any error in the files.
    """
    try:
        if net_is_kept(root / "triage.toml", root / EXAMPLES_FILE, cache):
            return
    except KnowledgeFileError:
        return
    package = str(Path(__file__).resolve().parent.parent)  # the child runs this very code
    paths = [package, *filter(None, [os.environ.get("PYTHONPATH")])]
    env = {name: value for name, value in os.environ.items() if not name.startswith("GYEOT_")}
    with contextlib.suppress(OSError, subprocess.SubprocessError):
        subprocess.run(
            [sys.executable, "-c", _LEARN, str(root), str(cache)],
            env={**env, "PYTHONPATH": os.pathsep.join(paths)},  # no secret: it reads files only
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=600,
            check=False,
        )


def load_configured_knowledge(settings: Settings) -> Knowledge:
    """Load the knowledge under `[knowledge] path`, keeping what is learned in the cache.

    The cache is the machine's (`bot.config.knowledge_cache`); every command and reload loads
    knowledge here, so none of them learns the example net again when another already has.
    """
    root, cache = Path(settings.knowledge.path), knowledge_cache()
    if cache is not None:
        learn_apart(root, cache)  # a child learns what is not cached: this process never peaks
    return load_knowledge(root, cache=cache)


@contextlib.asynccontextmanager
async def open_runtime(settings: Settings, *, memory: bool = False) -> AsyncIterator[Runtime]:
    """Load knowledge (fail fast), open the store, and yield the wired runtime."""
    kb = load_configured_knowledge(settings)
    engine = build_engine(settings, kb)
    keyring = keyring_for(settings)
    if memory:
        store = MemoryCaseStore(policy=policy_from(settings))
        yield Runtime(settings, kb, engine, keyring, store, Conversation(engine, store), store)
        return
    async with open_store(settings, keyring) as db:
        conversation = Conversation(engine, db)
        yield Runtime(settings, kb, engine, keyring, db, conversation, db, cases=db)


@contextlib.asynccontextmanager
async def open_store(settings: Settings, keyring: Keyring) -> AsyncIterator[CaseStore]:
    """Open (and migrate) PostgreSQL if a URL is set (`bot.config.database_url`), else SQLite."""
    url = database_url(settings.storage)
    store: CaseStore
    if url is None:
        store = await SqliteStore.open(settings.storage.path, keyring, policy_from(settings))
    else:
        store = await open_pg(url, keyring, policy_from(settings))
    try:
        yield store
    finally:
        await store.close()


async def open_pg(url: str, keyring: Keyring, policy: PrivacyPolicy) -> PgStore:
    """`PgStore.open`, with a URL the driver cannot parse reported without quoting it.

    Imported here, not at the top: asyncpg costs a SQLite deployment ~15 MiB for nothing.
    """
    from storage.pg import PgStore

    try:
        return await PgStore.open(url, keyring, policy)
    except ValueError as exc:  # asyncpg's DSN parser; its message may quote the URL
        raise StorageError(
            f"[storage] url (or GYEOT_DATABASE_URL) cannot be parsed ({type(exc).__name__}); "
            "check it against postgresql://user:password@host:5432/database"
        ) from None

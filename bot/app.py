"""Composition root: build knowledge, engine, store and conversation from the settings."""

from __future__ import annotations

import asyncio
import contextlib
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
from knowledge.loader import learn_apart
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

"""Composition root: build knowledge, engine, store and conversation from the settings."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

from bot.config import Settings
from bot.privacy import keyring_from_env
from flows import Conversation, Engine, Lang, MemoryStore, PrivacyPolicy
from knowledge import Knowledge, MatchSettings, load_knowledge
from storage import Keyring, SqliteStore


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
        matching=MatchSettings(m.threshold, m.suggest_threshold, m.margin),
        default_lang=Lang(settings.knowledge.default_language),
    )


def keyring_for(settings: Settings) -> Keyring:
    """The keyring from the key variables (`bot.privacy.keyring_from_env`)."""
    return keyring_from_env(settings.storage.path.parent)


@dataclass
class Runtime:
    """Everything a command needs, opened together and closed together."""

    settings: Settings
    kb: Knowledge
    engine: Engine
    keyring: Keyring
    store: SqliteStore | MemoryStore
    conversation: Conversation


@contextlib.asynccontextmanager
async def open_runtime(settings: Settings, *, memory: bool = False) -> AsyncIterator[Runtime]:
    """Load knowledge (fail fast), open the store, and yield the wired runtime."""
    kb = load_knowledge(Path(settings.knowledge.path))
    engine = build_engine(settings, kb)
    keyring = keyring_for(settings)
    store: SqliteStore | MemoryStore
    if memory:
        store = MemoryStore(policy=policy_from(settings))
    else:
        store = await SqliteStore.open(settings.storage.path, keyring, policy_from(settings))
    try:
        yield Runtime(settings, kb, engine, keyring, store, Conversation(engine, store))
    finally:
        if isinstance(store, SqliteStore):
            await store.close()

"""`gyeot keys rotate`: every encrypted value moves to the new key, sessions survive, and a
wrong key is a clear error, never garbage."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.privacy import keyring_from_env
from flows import Outcome, PrivacyPolicy, Received, Session
from storage import Keyring, SecretKeyError, SqliteStore
from storage._rotation import ENCRYPTED_COLUMNS
from storage.crypto import key_id

GYEOT = str(Path(sys.executable).parent / "gyeot")
OLD = "the-old-secret-key-0123456789abcdefgh"
NEW = "the-new-secret-key-9876543210zyxwvuts"
OTHER = "somebody-elses-secret-key-0123456789"
T0 = datetime(2025, 3, 1, 3, 0, tzinfo=UTC)
POLICY = PrivacyPolicy(store_transcripts=True)


def gyeot(
    config: Path, *args: str, stdin: str = "", **env: str
) -> subprocess.CompletedProcess[str]:
    """Run `gyeot` with exactly the key variables given."""
    base = {k: v for k, v in os.environ.items() if not k.startswith("GYEOT_")}
    return subprocess.run(
        [GYEOT, "--config", str(config), *args],
        input=stdin,
        capture_output=True,
        text=True,
        env={**base, **env},
        timeout=60,
        check=False,
    )


@pytest.fixture
def config(tmp_path: Path) -> Path:
    """A config with its database in tmp_path and transcripts on."""
    path = tmp_path / "config.toml"
    path.write_text(
        f'[storage]\npath = "{tmp_path / "gyeot.db"}"\n[privacy]\nstore_transcripts = true\n',
        encoding="utf-8",
    )
    return path


def db_of(config: Path) -> Path:
    """The database the config points at."""
    return config.parent / "gyeot.db"


def blobs(db: Path) -> dict[str, list[int]]:
    """The key version byte of every encrypted value, per column (and the key check)."""
    found: dict[str, list[int]] = {}
    with closing(sqlite3.connect(db)) as conn:
        for col in ENCRYPTED_COLUMNS:
            rows = conn.execute(
                f"SELECT {col.column} FROM {col.table} WHERE {col.column} IS NOT NULL"
            ).fetchall()
            found[f"{col.table}.{col.column}"] = [bytes(r[0])[0] for r in rows]
        (check,) = conn.execute("SELECT value FROM meta WHERE key = 'key_check'").fetchone()
    found["meta.key_check"] = [bytes(check)[0]]
    return found


async def fill(db: Path, keyring: Keyring) -> str:
    """Write a value into every encrypted column there is a port for; return her user key."""
    her = keyring.user_key("terminal", "her")
    store = await SqliteStore.open(db, keyring, POLICY)
    try:
        await store.save_route(her, "7391048265", now=T0)
        await store.inbox_put([Received("telegram", str(1), '{"update_id": 1}')], now=T0)
        outcome = Outcome((), Session(started=True))
        await store.commit(her, outcome, now=T0, transcript="제 번호는 010-2345-6789예요")
        await store.add_transcript(her, "괜찮아요, 같이 방법을 찾아봐요", now=T0)
    finally:
        await store.close()
    return her


async def read_back(db: Path, keyring: Keyring, her: str) -> tuple[object, ...]:
    """Everything `fill` wrote, decrypted."""
    store = await SqliteStore.open(db, keyring, POLICY)
    try:
        return (
            await store.route_for(her),
            await store.inbox_pending(),
            await store.transcript(her),
        )
    finally:
        await store.close()


async def test_rotation_moves_every_value_to_the_new_key(config: Path):
    """After `keys rotate` every blob carries the new key id and the new key alone reads it."""
    db = db_of(config)
    her = await fill(db, Keyring.from_secrets(OLD))
    before = await read_back(db, Keyring.from_secrets(OLD), her)
    env = {"GYEOT_SECRET_KEY": NEW, "GYEOT_SECRET_KEY_PREVIOUS": OLD, "GYEOT_PSEUDONYM_KEY": OLD}
    result = gyeot(config, "keys", "rotate", **env)
    assert result.returncode == 0, result.stderr
    assert "transcripts.text=2" in result.stdout
    assert {v for versions in blobs(db).values() for v in versions} == {key_id(NEW)}
    after = await read_back(db, Keyring.from_secrets(NEW, pseudonym=OLD), her)
    assert after == before
    assert after[2] == [
        ("her", "제 번호는 [전화번호]예요"),
        ("counselor", "괜찮아요, 같이 방법을 찾아봐요"),
    ]


def test_her_conversation_survives_rotation(config: Path):
    """With the pseudonym key pinned, she resumes where she was after the rotation."""
    first = gyeot(config, "chat", stdin="/menu\n1\n1\n", GYEOT_SECRET_KEY=OLD)
    assert first.returncode == 0, first.stderr
    rotate = {
        "GYEOT_SECRET_KEY": NEW,
        "GYEOT_SECRET_KEY_PREVIOUS": OLD,
        "GYEOT_PSEUDONYM_KEY": OLD,
    }
    assert gyeot(config, "keys", "rotate", **rotate).returncode == 0
    again = gyeot(config, "chat", GYEOT_SECRET_KEY=NEW, GYEOT_PSEUDONYM_KEY=OLD)
    assert again.returncode == 0, again.stderr
    assert "안녕하세요, 여기는 '곁'이에요" not in again.stdout  # not a first contact
    assert "14" in again.stdout  # the age question she was on


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"GYEOT_SECRET_KEY": OTHER}, "does not match the key this database was written with"),
        ({"GYEOT_SECRET_KEY": OLD}, "key version"),
        ({"GYEOT_SECRET_KEY": NEW}, "pseudonym key"),
        (
            {"GYEOT_SECRET_KEY": NEW, "GYEOT_SECRET_KEY_PREVIOUS": OLD},
            "GYEOT_PSEUDONYM_KEY is not",
        ),
    ],
    ids=["stranger", "old-after-rotation", "no-pseudonym", "previous-without-pseudonym"],
)
def test_a_wrong_key_is_a_clear_error(config: Path, env: dict[str, str], message: str):
    """Every wrong key setting stops with exit 1 and a sentence that says what to do."""
    assert gyeot(config, "chat", stdin="/menu\n", GYEOT_SECRET_KEY=OLD).returncode == 0
    rotate = {
        "GYEOT_SECRET_KEY": NEW,
        "GYEOT_SECRET_KEY_PREVIOUS": OLD,
        "GYEOT_PSEUDONYM_KEY": OLD,
    }
    assert gyeot(config, "keys", "rotate", **rotate).returncode == 0
    result = gyeot(config, "chat", stdin="/menu\n", **env)
    assert (result.returncode, result.stdout) == (1, "")
    assert message in result.stderr
    assert "Traceback" not in result.stderr


async def test_a_transcript_under_a_wrong_key_raises_instead_of_returning_garbage(tmp_path: Path):
    """Decrypting a transcript with another key raises SecretKeyError."""
    db = tmp_path / "gyeot.db"
    her = await fill(db, Keyring.from_secrets(OLD))
    with closing(sqlite3.connect(db)) as conn:
        ((blob,),) = conn.execute("SELECT text FROM transcripts WHERE id = 1").fetchall()
    with pytest.raises(SecretKeyError, match=r"cannot decrypt a value in transcripts\.text"):
        Keyring(OTHER, version=key_id(OLD)).decrypt_text(bytes(blob), aad="transcripts|text|1")
    assert her


def test_keyring_from_env_pins_the_pseudonym_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """User keys come from GYEOT_PSEUDONYM_KEY, so a new GYEOT_SECRET_KEY keeps them."""
    monkeypatch.setenv("GYEOT_SECRET_KEY", OLD)
    before = keyring_from_env(tmp_path).user_key("telegram", 1001)
    monkeypatch.setenv("GYEOT_SECRET_KEY", NEW)
    monkeypatch.setenv("GYEOT_PSEUDONYM_KEY", OLD)
    assert keyring_from_env(tmp_path).user_key("telegram", 1001) == before


def test_the_same_key_twice_is_refused():
    """Naming the current key as the previous one is an error, not a silent no-op."""
    with pytest.raises(SecretKeyError, match="same as GYEOT_SECRET_KEY"):
        Keyring.from_secrets(OLD, previous=OLD, pseudonym=OLD)

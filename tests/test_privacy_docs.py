"""The privacy documentation is generated from the code and cannot drift from it."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

from bot.config import PrivacySettings, Settings
from bot.privacy import described_tables, readme_table, render_markdown
from flows import PrivacyPolicy
from storage import Keyring, SqliteStore

ROOT = Path(__file__).resolve().parent.parent
GYEOT = str(Path(sys.executable).parent / "gyeot")
SECRET = "docs-test-secret-0123456789abcdefgh"


def test_readme_privacy_table_is_the_generated_one():
    """README's table equals the one generated from the default settings (regenerate it with
    `gyeot privacy show` if this fails)."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert readme_table(readme) == render_markdown(Settings())


async def test_every_database_table_is_described(tmp_path: Path):
    """Each table of a freshly migrated database appears in the data table, and no other."""
    store = await SqliteStore.open(tmp_path / "g.db", Keyring(SECRET), PrivacyPolicy())
    await store.close()
    with closing(sqlite3.connect(tmp_path / "g.db")) as conn:
        rows = conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table'").fetchall()
    tables = {name for (name,) in rows} - {"sqlite_sequence"}
    assert set(described_tables(Settings())) == tables


def test_the_table_follows_the_live_configuration():
    """Retention periods, intake fields and transcripts come from `[privacy]`."""
    privacy = PrivacySettings(
        intake_fields=("age",),
        store_transcripts=True,
        retention_days=7,
        case_retention_days=14,
        audit_retention_days=60,
    )
    table = render_markdown(Settings(privacy=privacy))
    assert "| message text | yes (`[privacy] store_transcripts`) |" in table
    assert "redacted, then AES-256-GCM | 7 days |" in table
    assert "| intake answers | only `age`; nothing if she is under 14 |" in table
    assert "14 days after closing" in table
    assert "| 60 days |" in table


def test_the_default_keeps_no_message_text():
    """By default the table says message text is not stored."""
    table = render_markdown(Settings())
    assert (
        "| message text | no (`[privacy] store_transcripts = false`) | `transcripts.text` |"
        in (table)
    )


def test_privacy_show_prints_the_live_table_and_no_secret(tmp_path: Path):
    """`gyeot privacy show` reads the config given and names key variables, not their values."""
    config = tmp_path / "c.toml"
    config.write_text(
        f'[storage]\npath = "{tmp_path / "g.db"}"\n[privacy]\nretention_days = 9\n',
        encoding="utf-8",
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("GYEOT_")}
    env["GYEOT_SECRET_KEY"] = SECRET
    result = subprocess.run(
        [GYEOT, "--config", str(config), "privacy", "show"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert render_markdown(Settings(privacy=PrivacySettings(retention_days=9))) in result.stdout
    assert "GYEOT_SECRET_KEY: set" in result.stdout
    assert SECRET not in result.stdout + result.stderr
    assert not (tmp_path / "g.db").exists()  # showing the policy touches no data

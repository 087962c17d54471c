"""`gyeot` commands on PostgreSQL, by subprocess as an operator runs them (issue 13).

`storage migrate` twice, `storage copy` from a real SQLite file (every row, ciphertexts as
they are), the center's commands on PostgreSQL, and the errors an operator meets (bad URL,
server down): one line each, never the password.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from bot.app import policy_from
from bot.config import Settings, StorageSettings
from bot.privacy import keyring_from_env
from bot.storage_cli import describe_url
from storage.pg import PgStore
from storage.pg._db import load_pg_migrations
from tests.bot.pg_kit import PG_URL, pg_rows, pg_tables, pg_url
from tests.bot.test_cli import SECRET, run
from tests.web.harness import free_port

LATEST = len(load_pg_migrations())

__all__ = ["pg_url"]  # the fixture

PASSWORD = "Pw-n0t-for-logs-7731"


def pg_config(tmp_path: Path, url: str, extra: str = "") -> Path:
    """A config whose [storage] url is `url` (and a SQLite path that must stay unused)."""
    path = tmp_path / "pg.toml"
    path.write_text(
        f'[storage]\npath = "{tmp_path / "unused" / "gyeot.db"}"\nurl = "{url}"\n{extra}',
        encoding="utf-8",
    )
    return path


def sqlite_config(tmp_path: Path) -> Path:
    """A SQLite config that keeps transcripts (so every encrypted column has rows)."""
    path = tmp_path / "lite.toml"
    path.write_text(
        f'[storage]\npath = "{tmp_path / "var" / "gyeot.db"}"\n'
        "[privacy]\nstore_transcripts = true\n",
        encoding="utf-8",
    )
    return path


def said(stderr: str) -> list[str]:
    """What stderr says besides INFO log lines."""
    return [line for line in stderr.splitlines() if " INFO " not in line]


def ok(result) -> str:
    assert result.returncode == 0, result.stderr
    return str(result.stdout)


def fill_sqlite(config: Path) -> None:
    """A day at a center: questions, one unanswered, a case claimed and answered, a reply."""
    ok(
        run(
            ["chat", "--user", "ana"],
            stdin="보호출산제 알려주세요\n영화 추천해줘\n/counselor\n",
            config=config,
        )
    )
    ok(run(["chat", "--user", "bo"], stdin="/counselor\n", config=config))
    ok(run(["staff", "--echo"], stdin="/claim\n괜찮아요, 여기 있어요.\n", config=config))
    ok(run(["chat", "--user", "ana"], stdin="고마워요\n", config=config))


def sqlite_tables(db: Path) -> dict[str, list[tuple[object, ...]]]:
    with closing(sqlite3.connect(db)) as conn:
        names = [
            str(r[0])
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        found = {}
        for name in names:
            cols = [str(c[1]) for c in conn.execute(f'PRAGMA table_info("{name}")')]
            rows = conn.execute(f'SELECT {", ".join(cols)} FROM "{name}"').fetchall()
            found[name] = (cols, rows)
    return found  # type: ignore[return-value]


def test_storage_migrate_is_idempotent(tmp_path: Path, pg_url: str) -> None:
    """The first run applies every migration, the second applies none and says so."""
    config = pg_config(tmp_path, pg_url)
    first = ok(run(["storage", "migrate"], config=config))
    second = ok(run(["storage", "migrate"], config=config))
    assert f"{describe_url(PG_URL)} at schema version {LATEST} ({LATEST} applied now)" in first
    assert f"at schema version {LATEST} (0 applied now)" in second
    assert not (tmp_path / "unused").exists()  # SQLite was never opened


async def test_storage_copy_moves_every_row_as_it_is(
    tmp_path: Path, pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every SQLite table arrives row for row, ciphertexts unchanged, and still decrypts."""
    lite = sqlite_config(tmp_path)
    fill_sqlite(lite)
    db = tmp_path / "var" / "gyeot.db"
    before = sqlite_tables(db)
    report_lite = ok(run(["report", "cases"], config=lite))

    copied = ok(run(["storage", "copy", "--from", f"sqlite:{db}", "--to", pg_url]))

    assert copied.startswith("storage copy: ")
    assert "cases=2" in copied and "transcripts=" in copied
    tables = await pg_tables(pg_url)
    for name, (cols, rows) in before.items():
        if name == "schema_version":
            continue
        assert name in tables
        got = await pg_rows(pg_url, f'SELECT {", ".join(cols)} FROM "{name}"')
        assert sorted(map(repr, got)) == sorted(map(repr, rows)), name
    assert before["transcripts"][1] and before["routes"][1]  # encrypted rows were copied

    pg = pg_config(tmp_path, pg_url, "[privacy]\nstore_transcripts = true\n")
    assert ok(run(["report", "cases"], config=pg)) == report_lite
    monkeypatch.setenv("GYEOT_SECRET_KEY", SECRET)
    keyring = keyring_from_env(StorageSettings())
    store = await PgStore.open(pg_url, keyring, policy_from(Settings()))
    try:
        ana = keyring.user_key("terminal", "ana")
        lines = await store.transcript(ana)
        assert ("her", "고마워요") in lines
        assert ("counselor", "괜찮아요, 여기 있어요.") in lines
        assert await store.route_for(ana) == "terminal"
    finally:
        await store.close()

    again = ok(run(["chat", "--user", "ana"], stdin="", config=pg))
    assert "상담사: 괜찮아요, 여기 있어요." in again or "상담" in again
    ok(
        run(["chat", "--user", "cy"], stdin="/counselor\n", config=pg)
    )  # ids continue after the copy
    assert "3 case(s) opened" in ok(run(["report", "cases"], config=pg))


def test_storage_copy_refuses_a_target_with_rows(tmp_path: Path, pg_url: str) -> None:
    """A second copy into the same database stops before writing, in one line."""
    lite = sqlite_config(tmp_path)
    ok(run(["chat"], stdin="/counselor\n", config=lite))
    db = tmp_path / "var" / "gyeot.db"
    ok(run(["storage", "copy", "--from", f"sqlite:{db}", "--to", pg_url]))

    second = run(["storage", "copy", "--from", f"sqlite:{db}", "--to", pg_url])

    assert second.returncode == 1
    assert len(said(second.stderr)) == 1
    assert "already holds rows" in second.stderr and "nothing was copied" in second.stderr
    assert "1 case(s) opened" in ok(run(["report", "cases"], config=pg_config(tmp_path, pg_url)))


@pytest.mark.parametrize(
    ("source", "expected"),
    [("var/gyeot.db", "--from must be sqlite:PATH"), ("sqlite:nowhere.db", "no SQLite database")],
)
def test_storage_copy_names_a_bad_source(
    tmp_path: Path, pg_url: str, source: str, expected: str
) -> None:
    """--from is sqlite:PATH of a file that exists; anything else is one line, exit 1."""
    result = run(["storage", "copy", "--from", source, "--to", pg_url])
    assert result.returncode == 1
    assert expected in result.stderr and "Traceback" not in result.stderr


def test_center_commands_work_on_postgresql(tmp_path: Path, pg_url: str) -> None:
    """chat, staff, report, purge, privacy show and keys rotate, all on one PostgreSQL."""
    config = pg_config(tmp_path, pg_url, "[privacy]\nstore_transcripts = true\n")
    ok(run(["chat"], stdin="영화 추천해줘\n/counselor\n", config=config))
    staffed = ok(run(["staff", "--echo"], stdin="/claim\n괜찮아요, 여기 있어요.\n", config=config))
    assert "맡았어요: 상담-" in staffed
    assert "상담사: 괜찮아요, 여기 있어요." in ok(run(["chat"], stdin="", config=config))
    report = ok(run(["report", "cases"], config=config))
    assert "1 case(s) opened" in report and "with a counselor" in report
    assert "영화 추천해줘" in ok(run(["report", "unanswered"], config=config))
    assert ok(run(["purge"], config=config)).startswith("purge: ")
    shown = ok(run(["privacy", "show"], config=config))
    assert f"database: {describe_url(PG_URL)}" in shown

    new_key = "a-new-secret-key-for-rotation-0123456789"
    rotated = ok(
        run(
            ["keys", "rotate"],
            config=config,
            env_extra={
                "GYEOT_SECRET_KEY": new_key,
                "GYEOT_SECRET_KEY_PREVIOUS": SECRET,
                "GYEOT_PSEUDONYM_KEY": SECRET,
            },
        )
    )
    assert "transcripts.text=" in rotated and "routes.route=1" in rotated
    rotated_env = {"GYEOT_SECRET_KEY": new_key, "GYEOT_PSEUDONYM_KEY": SECRET}
    ok(
        run(
            ["staff", "--echo"],
            stdin="한 번 더 물어볼게요.\n",
            config=config,
            env_extra=rotated_env,
        )
    )
    after = run(["chat"], stdin="", config=config, env_extra=rotated_env)
    assert "상담사: 한 번 더 물어볼게요." in ok(after)  # same her, same case, new key
    stale = run(["purge"], config=config)  # the old key alone no longer opens the database
    assert stale.returncode == 1 and len(said(stale.stderr)) == 1


def _server() -> str:
    """host:port of the test server."""
    parts = urlsplit(PG_URL)
    return f"{parts.hostname}:{parts.port or 5432}"


def _bad_urls() -> list[tuple[str, str]]:
    port = free_port()
    return [
        (f"postgresql://gyeot:{PASSWORD}@127.0.0.1:{port}/gyeot", "cannot reach PostgreSQL"),
        (f"postgresql://gyeot:{PASSWORD}@127.0.0.1:54x2/gyeot", "port that is not a number"),
        (f"mysql://gyeot:{PASSWORD}@127.0.0.1/gyeot", "must start with postgresql://"),
        (f"postgresql://postgres:{PASSWORD}@{_server()}/no_such_db_{port}", "does not exist"),
    ]


@pytest.mark.parametrize(
    ("url", "expected"), _bad_urls(), ids=["unreachable", "bad-port", "not-postgres", "no-db"]
)
@pytest.mark.parametrize("where", ["env", "config"])
@pytest.mark.parametrize("command", [["purge"], ["run"], ["storage", "migrate"]], ids=str)
def test_a_bad_or_unreachable_url_is_one_line_without_the_password(
    tmp_path: Path, url: str, expected: str, where: str, command: list[str]
) -> None:
    """Server down, a bad port, another scheme, a missing database: one line, exit 1, no secret."""
    if where == "env":
        result = run(command, env_extra={"GYEOT_DATABASE_URL": url}, timeout=30)
    else:
        result = run(command, config=pg_config(tmp_path, url), timeout=30)
    assert result.returncode == 1, result.stdout
    assert expected in result.stderr
    assert "Traceback" not in result.stderr
    assert PASSWORD not in result.stderr + result.stdout
    assert len(said(result.stderr)) == 1, result.stderr


def test_the_environment_url_wins_over_the_config(tmp_path: Path, pg_url: str) -> None:
    """GYEOT_DATABASE_URL wins over [storage] url (here: a server that is not there)."""
    config = pg_config(tmp_path, f"postgresql://postgres@127.0.0.1:{free_port()}/test")
    result = run(["storage", "migrate"], config=config, env_extra={"GYEOT_DATABASE_URL": pg_url})
    assert f"schema version {LATEST}" in ok(result)


def test_privacy_show_names_the_server_not_the_password(tmp_path: Path) -> None:
    """privacy show says which PostgreSQL, never the user's password."""
    url = f"postgresql://gyeot:{PASSWORD}@db.internal:6432/center"
    result = run(["privacy", "show"], env_extra={"GYEOT_DATABASE_URL": url})
    assert "database: PostgreSQL at db.internal:6432/center" in ok(result)
    assert PASSWORD not in result.stdout + result.stderr

"""Fuzz config loading: any file at `--config` gives Settings or a ConfigError, nothing else."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from tempfile import TemporaryDirectory

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.config import ConfigError, Settings, load_settings, split_listen
from tests.fuzz.gen import FUZZ, dumps, keys, mutate, values

EXAMPLE = Path(__file__).parents[2] / "config.example.toml"
SECTIONS = list(Settings.model_fields)
FIELDS = {name: list(f.annotation.model_fields) for name, f in Settings.model_fields.items()}  # type: ignore[union-attr]


@pytest.fixture(scope="module")
def config_path() -> Iterator[Path]:
    with TemporaryDirectory() as folder:
        yield Path(folder) / "config.toml"


def load(path: Path, content: bytes) -> Settings | None:
    """Write `content` and load it; only ConfigError may come out."""
    path.write_bytes(content)
    try:
        return load_settings(path)
    except ConfigError as exc:
        assert str(path) in str(exc)  # the message names the file
        return None


sections = st.dictionaries(
    st.sampled_from(SECTIONS),
    st.builds(
        lambda known, extra: {**known, **extra},
        st.dictionaries(
            st.sampled_from(sorted({f for fs in FIELDS.values() for f in fs})), values, max_size=5
        ),
        st.dictionaries(keys, values, max_size=1),
    ),
    max_size=4,
)


@FUZZ
@given(data=sections)
def test_structured_config_loads_or_says_why(
    config_path: Path, data: dict[str, dict[str, object]]
) -> None:
    """Known sections with random keys and values load or fail with ConfigError."""
    load(config_path, dumps(data).encode())


@FUZZ
@given(seed=st.integers(), rounds=st.integers(min_value=1, max_value=6))
def test_mutated_example_config_loads_or_says_why(
    config_path: Path, seed: int, rounds: int
) -> None:
    """config.example.toml with lines deleted, duplicated or garbled loads or fails clearly."""
    text = mutate(EXAMPLE.read_text(encoding="utf-8"), seed, rounds)
    load(config_path, text.encode("utf-8", "surrogatepass"))


@FUZZ
@given(content=st.one_of(st.binary(max_size=200), st.text(max_size=200).map(str.encode)))
def test_any_bytes_load_or_say_why(config_path: Path, content: bytes) -> None:
    """Arbitrary bytes (not TOML, not even UTF-8) give a ConfigError, not a crash."""
    load(config_path, content)


def test_issue_7_config_that_is_not_utf8_is_a_config_error(config_path: Path) -> None:
    """A config file saved in another encoding (here: CP949) is reported as a ConfigError."""
    assert load(config_path, '[telegram]\nmode = "폴링"\n'.encode("cp949")) is None


@pytest.mark.parametrize(
    ("section", "key", "value"),
    [
        ("staff", "group_id", "true"),
        ("staff", "group_id", "0"),
        ("staff", "group_id", '"-100123"'),
        ("staff", "fallback_chat_id", "false"),
        ("staff", "counselors", "[true]"),
        ("staff", "counselors", '["123"]'),
        ("staff", "counselors", "[0]"),
        ("staff", "admins", "[-5]"),
        ("staff", "admins", "[1.5]"),
        ("staff", "duty_hours", '{ "0" = ["daily 09-18"] }'),
        ("privacy", "retention_days", "true"),
        ("privacy", "store_transcripts", '"false"'),
        ("privacy", "store_transcripts", "0"),
        ("matcher", "threshold", '"50"'),
        ("web", "enabled", '"yes"'),
    ],
)
def test_issue_16_ids_and_numbers_must_be_real(
    config_path: Path, section: str, key: str, value: str
) -> None:
    """Staff ids are non-zero integers (user ids positive); no bool or quoted number passes."""
    assert load(config_path, f"[{section}]\n{key} = {value}\n".encode()) is None


def test_issue_16_valid_staff_ids_still_load(config_path: Path) -> None:
    """A supergroup id, user ids and a roster keyed by id load as before."""
    text = (
        "[staff]\ngroup_id = -1001234567890\ncounselors = [123456789]\nadmins = [5]\n"
        'fallback_chat_id = 123456789\nduty_hours = { "123456789" = ["daily 09-18"] }\n'
    )
    settings = load(config_path, text.encode())
    assert settings is not None
    assert settings.staff.counselors == (123456789,) and settings.staff.group_id == -1001234567890
    assert set(settings.staff.duty_hours) == {123456789}


@pytest.mark.parametrize("section", ["telegram", "http"])
@pytest.mark.parametrize(
    "listen", ["nonsense", "127.0.0.1:99999", "127.0.0.1:0", ":8080", "::1:8080", "host:80a", ""]
)
def test_issue_16_a_bad_listen_address_is_one_clear_error(
    config_path: Path, section: str, listen: str
) -> None:
    """`listen` must be host:port with a port from 1 to 65535; the message shows the form."""
    config_path.write_text(f'[{section}]\nlisten = "{listen}"\n', encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_settings(config_path)
    message = str(caught.value)
    assert f"{section}.listen" in message and "1 to 65535" in message
    assert "\n" not in message


@pytest.mark.parametrize("listen", ["127.0.0.1:8080", "0.0.0.0:1", "localhost:65535", "[::1]:443"])
def test_issue_16_good_listen_addresses_load(config_path: Path, listen: str) -> None:
    """Ordinary host:port forms, IPv6 in brackets, load; split_listen gives host and port."""
    settings = load(config_path, f'[http]\nlisten = "{listen}"\n'.encode())
    assert settings is not None and settings.http.listen == listen
    host, port = split_listen(listen)
    assert host and 1 <= port <= 65535


def test_issue_16_web_and_kakao_sections_have_their_defaults() -> None:
    """[http], [web] and [kakao] exist with the documented defaults (DESIGN.md, Channels)."""
    settings = Settings()
    assert settings.http.listen == "127.0.0.1:8080"
    assert (settings.web.enabled, settings.web.exit_url, settings.web.max_sessions) == (
        True,
        "https://www.naver.com",
        2000,
    )
    assert (settings.kakao.enabled, settings.kakao.path, settings.kakao.event_api) == (
        False,
        "/kakao/skill",
        "",
    )


@pytest.mark.parametrize(
    ("section", "key", "value"),
    [
        ("web", "exit_url", "javascript:alert(1)"),
        ("web", "exit_url", "data:text/html,hi"),
        ("web", "exit_url", "/relative"),
        ("kakao", "path", "kakao/skill"),
        ("kakao", "event_api", "ftp://example.org"),
        ("telegram", "webhook_url", "javascript:x"),
    ],
)
def test_issue_16_urls_and_paths_are_checked(
    config_path: Path, section: str, key: str, value: str
) -> None:
    """The quick-exit target is an http(s) URL (never javascript:); paths start with /."""
    assert load(config_path, f'[{section}]\n{key} = "{value}"\n'.encode()) is None

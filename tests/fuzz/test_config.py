"""Fuzz config loading: any file at `--config` gives Settings or a ConfigError, nothing else."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from tempfile import TemporaryDirectory

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.config import ConfigError, Settings, load_settings
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

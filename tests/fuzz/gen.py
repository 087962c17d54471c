"""Settings and input generators for the fuzz targets (hypothesis, bounded time).

Each target runs `FUZZ_EXAMPLES` inputs (default 300, a few seconds each); raise it for a long
run: ``FUZZ_EXAMPLES=20000 .venv/bin/pytest tests/fuzz``.
"""

from __future__ import annotations

import datetime as dt
import os
import random
from collections.abc import Callable
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "300"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)

# ------------------------------------------------------------------ TOML generation

_BARE = "abcdefghijklmnopqrstuvwxyz_-0123456789"

keys = st.one_of(
    st.text(alphabet=_BARE, min_size=1, max_size=12),
    st.text(max_size=8),  # quoted keys, anything
)
scalars = st.one_of(
    st.text(max_size=30),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)),
)
values = st.recursive(
    scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(keys, inner, max_size=4)),
    max_leaves=12,
)


def quote(text: str) -> str:
    """Return a TOML basic string for any Python string (control characters escaped)."""
    out = []
    for ch in text:
        code = ord(ch)
        if ch in '"\\':
            out.append("\\" + ch)
        elif code < 0x20 or code == 0x7F or 0xD800 <= code <= 0xDFFF:
            out.append(f"\\u{code:04x}" if code < 0xD800 else "?")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def key(name: str) -> str:
    """Return a TOML key: bare when it can be, quoted otherwise."""
    return name if name and all(c in _BARE for c in name) else quote(name)


def value(item: Any) -> str:
    """Return an inline TOML value."""
    if isinstance(item, bool):
        return "true" if item else "false"
    if isinstance(item, float):
        if item != item:
            return "nan"
        if item in (float("inf"), float("-inf")):
            return "inf" if item > 0 else "-inf"
        return repr(item)
    if isinstance(item, int | dt.date):
        return str(item)
    if isinstance(item, str):
        return quote(item)
    if isinstance(item, list):
        return "[" + ", ".join(value(v) for v in item) + "]"
    return "{" + ", ".join(f"{key(k)} = {value(v)}" for k, v in item.items()) + "}"


def dumps(data: dict[str, Any]) -> str:
    """Return a TOML document: scalars first, then one [table] per dict value."""
    lines = [f"{key(k)} = {value(v)}" for k, v in data.items() if not isinstance(v, dict)]
    for name, table in data.items():
        if isinstance(table, dict):
            lines.append(f"[{key(name)}]")
            lines += [f"{key(k)} = {value(v)}" for k, v in table.items()]
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------------ mutation of real files


def _delete_line(lines: list[str], rng: random.Random) -> None:
    if lines:
        del lines[rng.randrange(len(lines))]


def _duplicate_line(lines: list[str], rng: random.Random) -> None:
    if lines:
        i = rng.randrange(len(lines))
        lines.insert(i, lines[i])


def _replace_value(lines: list[str], rng: random.Random) -> None:
    assigned = [i for i, line in enumerate(lines) if " = " in line]
    if assigned:
        i = rng.choice(assigned)
        name = lines[i].split(" = ", 1)[0]
        junk = rng.choice(
            [
                '""',
                "0",
                "-1",
                "1e999",
                "true",
                "[]",
                "{}",
                '"x"',
                "2000-02-30",
                '"' + "가" * 5000 + '"',
                '[1, "a"]',
                '"\\u0000"',
                "nan",
            ]
        )
        lines[i] = f"{name} = {junk}"


def _flip_byte(lines: list[str], rng: random.Random) -> None:
    if lines:
        i = rng.randrange(len(lines))
        line = lines[i]
        if line:
            j = rng.randrange(len(line))
            lines[i] = (
                line[:j]
                + chr(rng.choice([0, 0x22, 0x5B, 0x5D, 0x3D, 0x0A, 0xFFFF]))
                + line[j + 1 :]
            )


MUTATIONS: tuple[Callable[[list[str], random.Random], None], ...] = (
    _delete_line,
    _duplicate_line,
    _replace_value,
    _flip_byte,
)


def mutate(text: str, seed: int, rounds: int) -> str:
    """Apply `rounds` random line-level mutations to a TOML text."""
    rng = random.Random(seed)
    lines = text.splitlines()
    for _ in range(rounds):
        rng.choice(MUTATIONS)(lines, rng)
    return "\n".join(lines) + "\n"

"""Compiled triage patterns kept in the cache, so that a new process need not compile them again.

`re.compile` parses and compiles in pure Python: for the triage rules (about 1,400 joined
patterns, over half a million characters) that was 1.2 s of every start, more than half of it.
What it makes, the pattern's program for the regular expression engine, depends only on the
pattern, its flags and the Python build, so it is kept with what is learned from the knowledge
files (`knowledge.cache`, whose key holds the files' text, this code and the Python version; the
engine's format number is checked as well). A kept program goes back to the engine, which
checks every program it is given and refuses one that is not valid; a refused or missing
program is compiled as `re.compile` would.

This reads `re`'s own compiler (`re._compiler`, `re._parser`) and the engine's constructor
(`_sre.compile`): the steps `re.compile` itself takes, split where the work can be kept.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]
import base64
import contextlib
import re
import zlib
from array import array
from collections.abc import Iterator, Mapping
from contextvars import ContextVar
from re import _compiler, _constants, _parser  # type: ignore[attr-defined]
from typing import Any

FORMAT = f"sre-{_constants.MAGIC}"  # a program of another engine version is never used

# [flags, code, groups, groupindex, indexgroup]: `_sre.compile`'s arguments. Kept, the code is
# its 32-bit words compressed, in base64: as a list of numbers, the million words of the rules
# would add 17 MB to the peak memory of a start.
Program = list[Any]
_WORD = "I"
assert array(_WORD).itemsize == _sre.CODESIZE


class Programs:
    """Compile patterns, reusing the kept programs of `known`; `dump` keeps every one used."""

    def __init__(self, known: Mapping[str, Program] | None = None) -> None:
        """Start with the kept programs of `known` (by flags and pattern), or none."""
        self._known = known or {}
        self._used: dict[str, Program] = {}  # in their kept form

    def compile(self, pattern: str, flags: int) -> re.Pattern[str]:
        """The compiled pattern: from its kept program when there is a valid one."""
        flags = int(flags)
        key = f"{flags}:{pattern}"
        known = self._known.get(key)
        if known is not None:
            with contextlib.suppress(
                RuntimeError, TypeError, ValueError, OverflowError, zlib.error
            ):
                compiled = _build(pattern, _unpacked(known))  # the engine refuses a bad one
                self._used[key] = known
                return compiled
        program = _program(pattern, flags)
        self._used[key] = _packed(program)  # packed at once: the code list goes with this call
        return _build(pattern, program)

    def dump(self) -> dict[str, Any]:
        """JSON data for the cache: every program used, in its kept form."""
        return {"format": FORMAT, "programs": self._used}

    @classmethod
    def load(cls, data: Mapping[str, Any]) -> Programs:
        """The programs `dump` wrote; nothing is reused from another engine version."""
        if data["format"] != FORMAT:
            raise ValueError("programs of another regular expression engine")
        return cls(dict(data["programs"]))


_ACTIVE: ContextVar[Programs | None] = ContextVar("programs", default=None)


@contextlib.contextmanager
def compiling_with(programs: Programs) -> Iterator[None]:
    """Inside the block, `compile_pattern` compiles with `programs` (and records in it)."""
    token = _ACTIVE.set(programs)
    try:
        yield
    finally:
        _ACTIVE.reset(token)


def compile_pattern(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile`, reusing and recording programs inside `compiling_with`."""
    programs = _ACTIVE.get()
    return re.compile(pattern, flags) if programs is None else programs.compile(pattern, flags)


def _program(pattern: str, flags: int) -> Program:
    """What `re.compile` computes before it hands over to the engine."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    state = parsed.state
    indexgroup: list[str | None] = [None] * state.groups
    for name, index in state.groupdict.items():
        indexgroup[index] = name
    return [flags | state.flags, code, state.groups - 1, dict(state.groupdict), indexgroup]


def _packed(program: Program) -> Program:
    flags, code, groups, groupindex, indexgroup = program
    words = base64.b64encode(zlib.compress(array(_WORD, code).tobytes())).decode("ascii")
    return [flags, words, groups, groupindex, indexgroup]


def _unpacked(program: Program) -> Program:
    flags, words, groups, groupindex, indexgroup = program
    code = array(_WORD, zlib.decompress(base64.b64decode(words, validate=True))).tolist()
    return [flags, code, groups, groupindex, indexgroup]


def _build(pattern: str, program: Program) -> re.Pattern[str]:
    flags, code, groups, groupindex, indexgroup = program
    compiled: re.Pattern[str] = _sre.compile(
        pattern, flags, code, groups, groupindex, tuple(indexgroup)
    )
    return compiled

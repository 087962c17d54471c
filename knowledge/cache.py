"""A file cache of what gyeot learns from the knowledge files, shared by its processes.

Learning the triage net from about 11,000 example sentences and compiling the triage rules
(`knowledge.programs`) were most of a process's start, and `gyeot` starts often: every `gyeot
classify` and `gyeot knowledge check`, every bot process, every admin reload. What is learned
depends only on the files' text and on the code that learns it, so it is kept under a key of
both (SHA-256 of the text, the `knowledge` package's source, the Python and Unicode versions):
an edited file or a new release is learned afresh, never served stale. The bot passes
`$XDG_CACHE_HOME/gyeot` (default `~/.cache/gyeot`); without a directory nothing is cached.

The files are JSON, so reading one runs no code. A missing, unreadable or damaged file is learned
again; a directory that cannot be written is skipped (the process just starts slower). Only what
the knowledge files say is in it, never a message anyone sent. The most recently used versions
are kept (`KEEP`), so the version the bot runs stays while an admin tries edits.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import sys
import tempfile
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

KEEP = 4  # files of one kind kept (the most recently used): old versions of the files go
_CODE = Path(__file__).parent

_T = TypeVar("_T")


def remembered(
    cache: Path | None,
    kind: str,
    texts: Sequence[str],
    learn: Callable[[], _T],
    dump: Callable[[_T], Any],
    load: Callable[[Any], _T],
) -> _T:
    """Return what `learn` makes of `texts`, from `cache` when it was learned before.

    `dump` turns the value into JSON data and `load` turns that back; `load` may raise on a
    damaged file (any lookup, type or value error), which is then learned again.
    """
    if cache is None:
        return learn()
    key = _key(kind, texts)
    path = _path(cache, kind, key)
    try:
        stored = json.loads(path.read_bytes())
        if stored["key"] == key:
            value = load(stored["value"])
            with contextlib.suppress(OSError):
                path.touch()  # used: kept before versions used less lately
            return value
    except (OSError, ValueError, LookupError, TypeError, AttributeError):
        pass  # not cached yet, or damaged: learn it again
    value = learn()
    _store(cache, kind, path, {"key": key, "value": dump(value)})
    return value


def holds(cache: Path, kind: str, texts: Sequence[str]) -> bool:
    """True when `cache` has a file of what `kind` learns from `texts`.

    The file is not read: a damaged one is learned again by `remembered`.
    """
    return _path(cache, kind, _key(kind, texts)).exists()


def _path(cache: Path, kind: str, key: str) -> Path:
    return cache / f"{kind}-{key[:24]}.json"


def _key(kind: str, texts: Sequence[str]) -> str:
    versions = f"{kind}\0{sys.version_info[:2]}\0{unicodedata.unidata_version}"
    digest = hashlib.sha256(versions.encode())
    for source in sorted(_CODE.glob("*.py")):
        digest.update(b"\0" + source.read_bytes())
    return _digest(texts, digest)


def fingerprint(texts: Sequence[str]) -> str:
    """SHA-256 of `texts` in order: a short key for them, so the texts need not be kept."""
    return _digest(texts, hashlib.sha256())


def _digest(texts: Sequence[str], digest: Any) -> str:
    for text in texts:
        data = text.encode()
        digest.update(b"\0%d\0" % len(data) + data)
    return str(digest.hexdigest())


def _store(cache: Path, kind: str, path: Path, stored: dict[str, Any]) -> None:
    """Write atomically (a reader sees the old file or the new one), then drop old versions.

    Any failure (a read-only or full disk) leaves the cache as it was: the next process learns
    the value again.
    """
    temp: Path | None = None
    with contextlib.suppress(OSError):
        cache.mkdir(parents=True, exist_ok=True, mode=0o700)
        with tempfile.NamedTemporaryFile(
            "w", encoding="utf-8", dir=cache, prefix=f".{kind}-", suffix=".tmp", delete=False
        ) as handle:
            temp = Path(handle.name)
            json.dump(stored, handle, ensure_ascii=False, separators=(",", ":"))
        temp.replace(path)
        for old in sorted(cache.glob(f"{kind}-*.json"), key=lambda p: p.stat().st_mtime)[:-KEEP]:
            old.unlink(missing_ok=True)
    if temp is not None:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)  # left by a failed write; gone after a replace

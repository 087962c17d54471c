"""Search raw bytes, logs and reports for planted identities: the plant-and-search toolkit.

A planted value can reach a file in more forms than the one she typed: digits without
separators, without spaces, JSON-escaped (`\\uae40…`), decomposed to jamo (the matcher's form),
UTF-16 (SQLite's other text encodings). `needles` makes all of them; the search functions
report every hit with where it was, so a failure names the file or stream and the form.

Used by the terminal plant tests (`tests/test_privacy_plant.py`) and meant for the Telegram
and staff-relay variants:

    hits = search_sqlite(db_path, PLANTED) + search_text(stderr, PLANTED, "stderr")
    assert hits == []
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

SQLITE_SUFFIXES = ("", "-wal", "-shm", "-journal")


@dataclass(frozen=True, slots=True)
class Hit:
    """One planted value found: which one, in what form, where, at which byte offset."""

    label: str
    form: str
    source: str
    offset: int


def _forms(value: str) -> dict[str, str]:
    forms = {"plain": value, "no spaces": value.replace(" ", "")}
    digits = re.sub(r"\D", "", value)
    if len(digits) >= 7 and len(digits) >= len(value) // 2:
        forms["digits"] = digits
    forms["nfd"] = unicodedata.normalize("NFD", value)
    forms["json"] = json.dumps(value)[1:-1]
    forms["lower"] = value.lower()
    return forms


def needles(planted: Mapping[str, str]) -> dict[tuple[str, str], tuple[bytes, ...]]:
    """Map (label, form) to the byte strings that betray the value in that form."""
    found: dict[tuple[str, str], tuple[bytes, ...]] = {}
    for label, value in planted.items():
        for form, text in _forms(value).items():
            encodings = {text.encode("utf-8")}
            if not text.isascii() or form == "plain":
                encodings |= {text.encode("utf-16-le"), text.encode("utf-16-be")}
            found[(label, form)] = tuple(sorted(encodings))
    return found


def search_bytes(blob: bytes, planted: Mapping[str, str], source: str) -> list[Hit]:
    """Every occurrence of every form of every planted value in `blob`."""
    first: dict[tuple[str, int], Hit] = {}  # one hit per value and offset, whatever the form
    for (label, form), patterns in needles(planted).items():
        for pattern in patterns:
            start = blob.find(pattern)
            while start != -1:
                first.setdefault((label, start), Hit(label, form, source, start))
                start = blob.find(pattern, start + 1)
    return sorted(first.values(), key=lambda h: (h.source, h.offset, h.label))


def search_text(text: str, planted: Mapping[str, str], source: str) -> list[Hit]:
    """Search a captured stream (log lines, a report) like a file."""
    return search_bytes(text.encode("utf-8"), planted, source)


def search_files(paths: Iterable[Path], planted: Mapping[str, str]) -> list[Hit]:
    """Search the raw bytes of every file that exists among `paths`."""
    hits: list[Hit] = []
    for path in paths:
        if path.is_file():
            hits += search_bytes(path.read_bytes(), planted, str(path))
    return hits


def sqlite_files(db_path: Path) -> list[Path]:
    """The database file and every file SQLite keeps beside it (WAL, shared memory, journal)."""
    return [db_path.with_name(db_path.name + suffix) for suffix in SQLITE_SUFFIXES]


def search_sqlite(db_path: Path, planted: Mapping[str, str]) -> list[Hit]:
    """Search the database, its -wal, -shm and -journal files, byte for byte."""
    return search_files(sqlite_files(db_path), planted)


def snapshot_sqlite(db_path: Path) -> dict[str, bytes]:
    """Copy the bytes of the database files now (e.g. while the bot still runs)."""
    return {str(p): p.read_bytes() for p in sqlite_files(db_path) if p.is_file()}


def search_snapshot(snapshot: Mapping[str, bytes], planted: Mapping[str, str]) -> list[Hit]:
    """Search a snapshot made by `snapshot_sqlite`."""
    hits: list[Hit] = []
    for source, blob in snapshot.items():
        hits += search_bytes(blob, planted, f"{source} (while running)")
    return hits


def describe(hits: Iterable[Hit]) -> str:
    """One line per hit, for assertion messages."""
    return "\n".join(f"{h.label} ({h.form}) in {h.source} at {h.offset}" for h in hits)

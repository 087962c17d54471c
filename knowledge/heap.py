"""Give the memory a load freed back to the system.

Loading the knowledge files parses megabytes of JSON and TOML into objects that are dropped
once the net, the rules and the match index are built. The C allocator keeps the pages they
freed, scattered among live objects, and reuses them only for later allocations of its own: the
process stays as large as its load was. glibc's `malloc_trim` returns every free page; after
each step of a load it keeps the next step from growing the process further (`gyeot run` with
the web chat and SQLite: peak 145.9 -> 138.5 MiB, resident once serving 145.9 -> 132.0).
Where the C library has no `malloc_trim` (musl, macOS), nothing happens.
"""

from __future__ import annotations

import ctypes
import functools
from typing import Any


def trim() -> None:
    """Return the allocator's free pages to the system, where the C library can."""
    libc = _libc()
    if libc is not None:
        libc.malloc_trim(0)


@functools.cache
def _libc() -> Any:
    try:
        libc = ctypes.CDLL(None)  # the symbols the process already has: its C library's
    except OSError:
        return None
    return libc if hasattr(libc, "malloc_trim") else None

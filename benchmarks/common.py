"""Small helpers shared by the benchmarks: percentiles, memory, the results table."""

from __future__ import annotations

import os
import platform
import resource
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field

SECRET = "bench-secret-key-0123456789abcdef-0123456789"
TOKEN = "123:BENCH"


def percentile(samples: Sequence[float], p: float) -> float:
    """Return the p-th percentile (nearest rank) of `samples`; 0 when there are none."""
    if not samples:
        return 0.0
    ordered = sorted(samples)
    rank = max(0, min(len(ordered) - 1, round(p / 100 * len(ordered) + 0.5) - 1))
    return ordered[rank]


def ms(seconds: float) -> str:
    """Format seconds as milliseconds."""
    return f"{seconds * 1000:.2f} ms"


def rss_now_kib() -> int:
    """Return this process's resident set size now, in KiB (Linux /proc)."""
    with open("/proc/self/statm", encoding="ascii") as handle:
        pages = int(handle.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") // 1024


def rss_peak_kib() -> int:
    """Return this process's peak resident set size, in KiB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def machine() -> str:
    """Describe the machine the numbers come from."""
    cpu = "unknown CPU"
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    sqlite = subprocess.run(
        [sys.executable, "-c", "import sqlite3; print(sqlite3.sqlite_version)"],
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
    return (
        f"{os.cpu_count()} cores ({cpu}), Python {platform.python_version()}, "
        f"SQLite {sqlite}, {platform.system()} {platform.release()}"
    )


@dataclass
class Table:
    """Rows of (section, measure, value, note), printed as one aligned table."""

    rows: list[tuple[str, str, str, str]] = field(default_factory=list)

    def add(self, section: str, measure: str, value: str, note: str = "") -> None:
        """Add one row (and echo it, so a long run shows progress)."""
        self.rows.append((section, measure, value, note))
        print(f"  {section}: {measure} = {value} {note}".rstrip(), flush=True)

    def render(self) -> str:
        """Return the table as Markdown (it goes into the README as is)."""
        head = ("part", "measure", "value", "note")
        widths = [max(len(r[i]) for r in [head, *self.rows]) for i in range(4)]
        line = "| " + " | ".join(h.ljust(w) for h, w in zip(head, widths, strict=True)) + " |"
        rule = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
        body = [
            "| " + " | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) + " |"
            for row in self.rows
        ]
        return "\n".join([line, rule, *body])

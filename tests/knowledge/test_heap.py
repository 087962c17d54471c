"""A load gives back what it freed, and keeps no file's text for the life of the process."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from knowledge import lexicon
from knowledge.lexicon import load_lexicon

FREED_AND_TRIMMED = """
import sys
from knowledge import heap

def rss():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS"):
            return int(line.split()[1]) / 1024

blocks = [bytes(1000 + i % 7) for i in range(60_000)]  # ~60 MiB in the C allocator's heap
kept = blocks[::50]  # a live block every ~50 KB: no free run reaches the heap's top
del blocks
before = rss()
heap.trim()
print(before - rss(), len(kept))
"""


def test_trim_gives_freed_pages_back_to_the_system() -> None:
    """Freed among live blocks, ~59 MiB stay resident until trimmed (glibc on Linux)."""
    done = subprocess.run(
        [sys.executable, "-c", FREED_AND_TRIMMED],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).parents[2],
    )
    given_back, _ = done.stdout.split()
    assert float(given_back) > 30, done.stdout


def test_the_lexicon_is_kept_by_a_digest_of_its_files_not_their_text(tmp_path: Path) -> None:
    path = tmp_path / "triage.toml"
    path.write_text(
        '[[rule]]\nid = "medical.ko.bleeding"\nrisk = "medical"\nlang = "ko"\n'
        'contains = ["하혈"]\nnote = "' + "가" * 10_000 + '"\n',
        encoding="utf-8",
    )
    lexicon._LEARNED.clear()
    first = load_lexicon(path)
    assert [len(key) for key in lexicon._LEARNED] == [64]  # SHA-256, hex
    assert load_lexicon(path) is first  # the same text: the same lexicon, not learned again
    path.write_text(path.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert load_lexicon(path) is not first

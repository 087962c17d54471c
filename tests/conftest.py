"""Fixtures shared by every test package."""

from __future__ import annotations

import os
import shutil
import tempfile

import pytest

from knowledge import Knowledge, load_knowledge


def pytest_configure(config: pytest.Config) -> None:
    """Every `gyeot` the tests start keeps its learned net in one fresh directory per run.

    Not the developer's ~/.cache (`knowledge.cache`); xdist's workers inherit the directory from
    the first process, so the shipped net is learned once per run, not once per process.
    """
    if "PYTEST_XDIST_WORKER" in os.environ:
        return
    cache = tempfile.mkdtemp(prefix="gyeot-test-cache-")
    os.environ["XDG_CACHE_HOME"] = cache
    config.add_cleanup(lambda: shutil.rmtree(cache, ignore_errors=True))


@pytest.fixture(autouse=True)
def clean_environ(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests never see the developer's GYEOT_* variables (tokens, keys, config)."""
    for name in list(os.environ):
        if name.startswith("GYEOT_"):
            monkeypatch.delenv(name)


@pytest.fixture(scope="session")
def kb() -> Knowledge:
    """The shipped knowledge base, loaded once."""
    return load_knowledge()

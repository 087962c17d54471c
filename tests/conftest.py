"""Fixtures shared by every test package."""

from __future__ import annotations

import pytest

from knowledge import Knowledge, load_knowledge


@pytest.fixture(autouse=True)
def clean_environ(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests never see the developer's GYEOT_* variables (tokens, keys, config)."""
    import os

    for name in list(os.environ):
        if name.startswith("GYEOT_"):
            monkeypatch.delenv(name)


@pytest.fixture(scope="session")
def kb() -> Knowledge:
    """The shipped knowledge base, loaded once."""
    return load_knowledge()

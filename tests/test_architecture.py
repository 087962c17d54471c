"""The shape of the code: imports point inward and packages keep their boundaries."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# package -> top-level modules it must never import
FORBIDDEN = {
    "knowledge": {"telegram", "aiosqlite", "flows", "storage", "bot", "os"},
    "flows": {"telegram", "aiosqlite", "storage", "bot"},
    "storage": {"telegram", "bot"},
}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_package_imports_point_inward(package: str):
    """knowledge imports nothing of ours; flows never storage or bot; only bot imports telegram."""
    offenders = {
        str(path.relative_to(ROOT)): sorted(_imports(path) & FORBIDDEN[package])
        for path in (ROOT / package).rglob("*.py")
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_only_storage_db_connects_to_sqlite():
    """aiosqlite.connect appears only in storage/db.py."""
    hits = [
        str(path.relative_to(ROOT))
        for package in ("bot", "flows", "knowledge", "storage")
        for path in (ROOT / package).rglob("*.py")
        if "aiosqlite.connect" in path.read_text(encoding="utf-8")
    ]
    assert hits == ["storage/db.py"]


def test_environment_is_read_only_in_bot():
    """os.environ / getenv appear only under bot/ (configuration is passed down)."""
    hits = [
        str(path.relative_to(ROOT))
        for package in ("flows", "knowledge", "storage")
        for path in (ROOT / package).rglob("*.py")
        if "environ" in path.read_text(encoding="utf-8")
        or "getenv" in path.read_text(encoding="utf-8")
    ]
    assert hits == []


@pytest.mark.parametrize("package", ["bot", "flows", "knowledge", "storage"])
def test_all_is_sorted_and_importable(package: str):
    """Each package's __all__ is sorted and every name in it exists."""
    module = importlib.import_module(package)
    names = list(getattr(module, "__all__", []))

    def isort_key(name: str) -> tuple[int, str]:  # the order ruff's RUF022 keeps
        return (0 if name.isupper() else 1 if name[0].isupper() else 2, name)

    assert names == sorted(names, key=isort_key)
    assert [n for n in names if not hasattr(module, n)] == []

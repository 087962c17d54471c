"""The counselor domain is channel-free and storage-free: it imports nothing of bot or storage.

Two checks: every import statement in `flows/counsel` (relative ones resolved), and the modules
a fresh interpreter has loaded after `import flows.counsel` (which catches a forbidden import
reached through another package).
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
PACKAGE = ROOT / "flows" / "counsel"
FORBIDDEN = {"bot", "storage", "telegram", "aiosqlite", "asyncpg", "aiohttp"}


def _imported(source: str, module: tuple[str, ...]) -> set[str]:
    """Top-level names `source` (module `module`, e.g. a package's `__init__`) imports.

    Relative imports are resolved against `module`, so `from ...bot import x` counts as bot.
    """
    names: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = module[: len(module) - node.level] if node.level else ()
            target = [*base, *(node.module.split(".") if node.module else ())]
            names.update([target[0]] if target else [a.name for a in node.names])
    return names


def _module(path: Path) -> tuple[str, ...]:
    return path.relative_to(ROOT).with_suffix("").parts


def test_no_module_of_the_domain_imports_bot_storage_or_a_platform() -> None:
    offenders = {
        str(path.relative_to(ROOT)): sorted(
            _imported(path.read_text(encoding="utf-8"), _module(path)) & FORBIDDEN
        )
        for path in sorted(PACKAGE.rglob("*.py"))
    }
    assert len(offenders) >= 10  # the walk saw the package (desk, courier, relay, ...)
    assert {k: v for k, v in offenders.items() if v} == {}


def test_importing_the_domain_loads_no_bot_storage_or_platform_module() -> None:
    code = (
        "import sys, flows.counsel\n"
        f"print(sorted({{m.split('.')[0] for m in sys.modules}} & set({sorted(FORBIDDEN)!r})))"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert loaded.stdout.strip() == "[]"


def test_the_walk_sees_a_forbidden_import() -> None:
    """The checker itself: plain, from- and climbing relative imports of bot are caught."""
    module = ("flows", "counsel", "desk")
    assert _imported("from ... import bot\n", module) == {"bot"}
    assert _imported("from ...bot.staff import Staff\n", module) == {"bot"}
    assert _imported("import telegram.ext\n", module) == {"telegram"}
    assert _imported("from .cases import Case\n", module) == {"flows"}

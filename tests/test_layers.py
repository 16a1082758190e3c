"""Imports point down the layers (DESIGN.md §2): only the front ends may import Textual."""

from __future__ import annotations

import ast
from pathlib import Path

import zonetui

PACKAGE = Path(zonetui.__file__).parent
# The front ends that may use Textual; everything else must run without it.
TEXTUAL_PACKAGES = ("tui/",)
TEXTUAL_MODULES = ("cli.py",)
# The TUI's logic, kept free of widgets so that it can be used and tested as plain Python.
PLAIN_TUI_MODULES = (
    "describe.py",
    "history.py",
    "messages.py",
    "outline.py",
    "terminal.py",
    "visible.py",
)


def imported_modules(source: str) -> set[str]:
    """Top-level package names a module's source imports (absolute imports only)."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names


def modules_importing(package: str, paths: list[Path]) -> list[str]:
    return sorted(
        str(path.relative_to(PACKAGE))
        for path in paths
        if package in imported_modules(path.read_text(encoding="utf-8"))
    )


def test_the_import_check_sees_every_form_of_import() -> None:
    for source in (
        "import textual",
        "import textual.app as tapp",
        "from textual.widgets import Tree",
        "def f():\n    from textual import on\n",
        "try:\n    import textual\nexcept ImportError:\n    pass\n",
    ):
        assert "textual" in imported_modules(source), source
    assert "textual" not in imported_modules("from .textual import x\nimport textualize\n")


def test_nothing_below_the_front_ends_imports_textual() -> None:
    below = [
        path
        for path in PACKAGE.rglob("*.py")
        if not (
            path.relative_to(PACKAGE).as_posix().startswith(TEXTUAL_PACKAGES)
            or path.relative_to(PACKAGE).as_posix() in TEXTUAL_MODULES
        )
    ]
    assert len(below) > 10  # the walk found the package
    assert modules_importing("textual", below) == []


def test_the_tuis_logic_modules_do_not_import_textual() -> None:
    paths = [PACKAGE / "tui" / name for name in PLAIN_TUI_MODULES]
    assert all(path.exists() for path in paths)
    assert modules_importing("textual", paths) == []
    assert modules_importing("rich", paths) == []

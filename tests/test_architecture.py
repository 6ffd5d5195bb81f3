"""Layering: the core (`ruralperf/`) never imports Qt or the desktop UI, and the UI (`ui/`)
reaches the database only through the core's facade, never through `ruralperf.db` or
SQLAlchemy. Checked on the source (AST), so a lazy import inside a function counts too."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def imported_modules(path: Path, package: str | None = None) -> set[str]:
    """Every module a file imports, absolute, including imports inside functions."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    if package is None:
        package = ".".join(path.relative_to(REPO).with_suffix("").parts[:-1])
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative: resolve against the file's package
                base = package.split(".")
                base = base[: len(base) - node.level + 1] if node.level > 1 else base
                module = ".".join([*base, node.module] if node.module else base)
            else:
                module = node.module or ""
            names.add(module)
            names.update(f"{module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Call) and getattr(node.func, "id", getattr(
                node.func, "attr", None)) in ("import_module", "__import__") and node.args \
                and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str):
            names.add(node.args[0].value)
    return names


# The one place the core may name the UI: the `ruralperf gui` command starts the desktop
# application, importing it lazily inside the command (never at module level, see below).
LAUNCHER = ("ruralperf/cli.py", {"ui.app", "ui.app.run"})


def _violations(folder: str, forbidden: tuple[str, ...]) -> list[str]:
    found = []
    for path in sorted((REPO / folder).rglob("*.py")):
        rel = path.relative_to(REPO).as_posix()
        for name in sorted(imported_modules(path)):
            if rel == LAUNCHER[0] and name in LAUNCHER[1]:
                continue
            if any(name == f or name.startswith(f + ".") for f in forbidden):
                found.append(f"{rel} imports {name}")
    return found


def test_core_imports_neither_qt_nor_ui():
    assert list((REPO / "ruralperf").rglob("*.py")), "the core package is missing"
    assert _violations("ruralperf", ("PySide6", "PyQt5", "PyQt6", "shiboken6", "ui")) == []


def test_the_gui_launcher_imports_the_ui_only_when_the_gui_is_started():
    def outside_functions(node):
        for child in ast.iter_child_nodes(node):
            if not isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
                yield child
                yield from outside_functions(child)

    tree = ast.parse((REPO / LAUNCHER[0]).read_text(encoding="utf-8"))
    top_level = set()
    for node in outside_functions(tree):  # run when the module is imported
        if isinstance(node, ast.Import):
            top_level.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            top_level.add(node.module or "")
    assert not any(n == "ui" or n.startswith(("ui.", "PySide6")) for n in top_level)


def test_ui_does_not_touch_the_database_directly():
    """Passes when ui/ does not exist yet or is empty."""
    assert _violations("ui", ("ruralperf.db", "sqlalchemy", "alembic", "sqlite3")) == []


@pytest.mark.parametrize("source, bad", [
    ("import PySide6.QtWidgets", True),
    ("from PySide6 import QtCore", True),
    ("def f():\n    from ui.app import run\n", True),
    ("import ui", True),
    ("from ruralperf import workspace", False),
    ("import uikit", False),
    ("importlib.import_module('PySide6.QtGui')", True),
])
def test_the_checker_sees_imports(tmp_path, source, bad):
    path = tmp_path / "probe.py"
    path.write_text(source, encoding="utf-8")
    names = imported_modules(path, package="ruralperf")
    forbidden = ("PySide6", "ui")
    assert any(n == f or n.startswith(f + ".") for n in names for f in forbidden) is bad


def test_relative_imports_are_resolved(tmp_path):
    path = tmp_path / "probe.py"
    path.write_text("from . import cells\nfrom ..db import models\nfrom .. import ui\n")
    assert imported_modules(path, package="ruralperf.io") >= {
        "ruralperf.io.cells", "ruralperf.db.models", "ruralperf.ui"}

"""Layering: the core (`ruralperf/`) never imports Qt or the desktop UI, and the UI (`ui/`)
reaches the core through one door: the facade (`ruralperf.workspace`) plus the domain values,
the errors and the words (ARCHITECTURE.md). Nothing outside the facade touches a Workspace's
private members. Checked on the source (AST), so a lazy import inside a function counts too."""
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


# -- the one door (issue 15.3) ------------------------------------------------------------------
# What `ui/` may import from the core: the facade (the Workspace, with the static methods that
# need no open database, and the types its methods take or return), the values it takes and
# returns (ruralperf.domain), the errors it raises and the problems it reports (ruralperf.errors),
# and the words (ruralperf.i18n).
DOOR = ("ruralperf.workspace", "ruralperf.domain", "ruralperf.errors", "ruralperf.i18n")
# Process set-up before any database is open, not use cases: where the program's resources, the
# user's files and a database's backups live, the log file, the version.
START_UP = ("ruralperf.paths", "ruralperf.logsetup", "ruralperf.__version__")
# Issue 15 found 41 imports of the core outside the door in 32 files; 34 were left when the door
# was first enforced, and none now: a report, a file format or a service the window needs is a
# method of the facade (`Workspace.printing`, `Workspace.browse.export`, ...), its values live
# in ruralperf.domain.


def side_doors(root: Path = REPO) -> set[tuple[str, str]]:
    """(ui file, core module) for every import of the core outside the door."""
    found = set()
    for path in sorted((root / "ui").rglob("*.py")):
        rel = path.relative_to(root).as_posix()
        package = ".".join(path.relative_to(root).with_suffix("").parts[:-1])
        names = {n for n in imported_modules(path, package) if n.startswith("ruralperf.")}
        for name in names:
            if any(name == a or name.startswith(a + ".") for a in DOOR + START_UP):
                continue
            if name.rsplit(".", 1)[0] in names:  # `from m import x` names m and m.x: count m
                continue
            found.add((rel, name))
    return found


def test_ui_enters_the_core_through_the_facade():
    assert list((REPO / "ui").rglob("*.py")), "the ui package is missing"
    found = side_doors()
    assert not found, "ui imports core modules outside the facade: " + ", ".join(
        f"{f} -> {m}" for f, m in sorted(found))


def test_the_door_check_sees_a_side_door(tmp_path):
    (tmp_path / "ui" / "pages").mkdir(parents=True)
    (tmp_path / "ui" / "pages" / "page.py").write_text(
        "from ruralperf.workspace import Workspace\nfrom ruralperf.domain.money import Money\n"
        "from ruralperf.paths import backup_dir\n"
        "def f():\n    from ruralperf.reports.summary_pdf import summary_pdf\n"
        "    import ruralperf.io.template\n")
    assert side_doors(tmp_path) == {("ui/pages/page.py", "ruralperf.reports.summary_pdf"),
                                    ("ui/pages/page.py", "ruralperf.io.template")}


def _private_reaches(path: Path) -> list[str]:
    """`ws._x`, `workspace._x`, `self.ws._x`, `self._ws._x`: a Workspace's private member."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    rel = path.relative_to(REPO).as_posix() if path.is_relative_to(REPO) else path.name
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Attribute) or not node.attr.startswith("_") \
                or node.attr.startswith("__"):
            continue
        owner = node.value
        name = owner.id if isinstance(owner, ast.Name) else \
            owner.attr if isinstance(owner, ast.Attribute) else ""
        if name in ("ws", "_ws", "workspace", "_workspace"):
            found.append(f"{rel}:{node.lineno} {name}.{node.attr}")
    return found


def test_nothing_outside_the_facade_reaches_into_its_private_members():
    """Services use its public hooks (Workspace.authorize, Workspace.exclusive)."""
    found = [hit for folder in ("ruralperf", "ui") for path in sorted((REPO / folder).rglob("*.py"))
             if path.name != "workspace.py" or path.parent.name != "ruralperf"
             for hit in _private_reaches(path)]
    assert found == []


def test_the_private_member_check_sees_a_reach(tmp_path):
    path = tmp_path / "probe.py"
    path.write_text("def f(ws, self):\n    ws._require('x')\n    self._ws._lock\n    ws.__class__\n")
    assert len(_private_reaches(path)) == 2


# -- the core's layers (issue 15.4) -------------------------------------------------------------
# What each lower layer of the core may import from the rest of it (ARCHITECTURE.md): the
# domain values only themselves; the rules the domain; the database the domain and the errors
# it raises, never the rules (the values both read live in the domain). None of them imports a
# use case, the facade, a report or a file format.
LOWER_LAYERS = {
    "ruralperf/domain": ("ruralperf.domain",),
    "ruralperf/rules": ("ruralperf.rules", "ruralperf.domain"),
    "ruralperf/db": ("ruralperf.db", "ruralperf.domain", "ruralperf.errors"),
}


def layer_violations(folder: Path, package: str, allowed: tuple[str, ...]) -> list[str]:
    """`file imports module` for each import of the core outside `allowed`."""
    found = []
    for path in sorted(folder.rglob("*.py")):
        inner = path.relative_to(folder).with_suffix("").parts[:-1]
        for name in sorted(imported_modules(path, ".".join((package, *inner)))):
            if (name == "ruralperf" or name.startswith("ruralperf.")) and not any(
                    name == a or name.startswith(a + ".") for a in allowed):
                found.append(f"{path.relative_to(folder).as_posix()} imports {name}")
    return found


@pytest.mark.parametrize("folder", sorted(LOWER_LAYERS))
def test_lower_layers_import_only_what_is_below_them(folder):
    assert list((REPO / folder).rglob("*.py")), f"{folder} is missing"
    assert layer_violations(REPO / folder, folder.replace("/", "."), LOWER_LAYERS[folder]) == []


def test_the_layer_check_sees_db_reaching_into_the_rules(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "ok.py").write_text("from ruralperf.domain.ledger import MonthFacts\n"
                                    "from . import models\nimport sqlalchemy\n")
    (tmp_path / "sub" / "bad.py").write_text(
        "def f():\n    from ruralperf.rules.ledger import MonthPass\nfrom ...rules import x\n")
    assert layer_violations(tmp_path, "ruralperf.db", LOWER_LAYERS["ruralperf/db"]) == [
        "sub/bad.py imports ruralperf.rules", "sub/bad.py imports ruralperf.rules.ledger",
        "sub/bad.py imports ruralperf.rules.ledger.MonthPass", "sub/bad.py imports ruralperf.rules.x"]


# The top of the core package: only the edges (ARCHITECTURE.md). A use case goes in
# `ruralperf/services/` (its __init__ says how), a rule in `rules/`, a value in `domain/`.
EDGES = {"__init__.py", "__main__.py", "workspace.py", "cli.py", "cli_holidays.py",
         "cli_simulate.py", "cli_text.py", "cli_trust.py", "errors.py", "i18n.py",
         "i18n_trust.py", "paths.py", "logsetup.py", "system_libraries.py", "calendar_seed.py"}


def test_the_top_of_the_package_holds_only_the_edges():
    top = {p.name for p in (REPO / "ruralperf").glob("*.py")}
    assert top - EDGES == set(), "a use case belongs in ruralperf/services/"

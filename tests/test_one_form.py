"""One form per thing (issue 15): inside the core and the window a quarter is a `Quarter`, a
month a `Month` and money a `Decimal`. Text appears only at the edges, integer fen only in the
database layer. Checked on the source (AST), beside the layering checks of test_architecture.

- No annotation accepts a quarter or a month as text (`Quarter | str`, `Month | str`).
- `Quarter.parse(` / `Month.parse(` (reading text) only in the edge modules: the command line,
  the JSON and workbook forms (`ruralperf/io/`), the database columns (`ruralperf/db/`) and the
  window's two typed-text fields.
- `from_fen` / `to_fen` (integer fen) only in `ruralperf/db/` and where they are defined.
"""
from __future__ import annotations

import ast
import re
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
FOLDERS = ("ruralperf", "ui")

# Where text becomes a period: what the user types or a file holds.
PARSE_EDGES = (
    "ruralperf/cli.py", "ruralperf/cli_",  # the command line's arguments
    "ruralperf/io/",  # the CLI's JSON, stored runs, workbook cells, the demo workbook
    "ruralperf/db/",  # the columns ("2025Q3", "2025-07")
    "ruralperf/domain/periods.py",  # where the forms are defined
    "ui/records/forms/fields.py",  # the quarter a record form's field holds as typed text
    "ui/widgets/date_edit.py",  # the month typed into a month field
)
# Where money is integer fen: the columns, and the two functions themselves.
FEN_EDGES = ("ruralperf/db/", "ruralperf/domain/money.py")

TEXT_UNION = re.compile(r"\b(Quarter|Month)\s*\|\s*str\b|\bstr\s*\|\s*(Quarter|Month)\b"
                        r"|Union\[[^\]]*\b(Quarter|Month)\b[^\]]*\bstr\b"
                        r"|Union\[[^\]]*\bstr\b[^\]]*\b(Quarter|Month)\b")


def _annotations(tree: ast.AST):
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            args = node.args
            for arg in (*args.posonlyargs, *args.args, *args.kwonlyargs, args.vararg,
                        args.kwarg):
                if arg is not None and arg.annotation is not None:
                    yield arg.annotation
            if node.returns is not None:
                yield node.returns
        elif isinstance(node, ast.AnnAssign):
            yield node.annotation


def _text(annotation: ast.expr) -> str:
    if isinstance(annotation, ast.Constant) and isinstance(annotation.value, str):
        return annotation.value  # a quoted annotation
    return ast.unparse(annotation)


def problems(path: Path, rel: str) -> list[str]:
    """What in one file breaks the one-form rules."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for annotation in _annotations(tree):
        text = _text(annotation)
        if TEXT_UNION.search(text):
            found.append(f"{rel}:{annotation.lineno} annotation {text}")
    parse_ok = rel.startswith(PARSE_EDGES)
    fen_ok = rel.startswith(FEN_EDGES)
    for node in ast.walk(tree):
        if (not parse_ok and isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr == "parse" and isinstance(node.func.value, ast.Name)
                and node.func.value.id in ("Quarter", "Month")):
            found.append(f"{rel}:{node.lineno} {node.func.value.id}.parse(")
        if fen_ok:
            continue
        name = None
        if isinstance(node, ast.Name):
            name = node.id
        elif isinstance(node, ast.Attribute):
            name = node.attr
        elif isinstance(node, ast.alias):
            name = node.name.rsplit(".", 1)[-1]
        if name in ("from_fen", "to_fen"):
            found.append(f"{rel}:{getattr(node, 'lineno', '?')} {name}")
    return found


def all_problems(root: Path = REPO) -> list[str]:
    out = []
    for folder in FOLDERS:
        for path in sorted((root / folder).rglob("*.py")):
            out += problems(path, path.relative_to(root).as_posix())
    return out


def test_quarters_months_and_money_have_one_form_inside():
    assert list((REPO / "ruralperf").rglob("*.py")), "the core package is missing"
    assert all_problems() == []


def test_the_check_sees_each_kind_of_violation(tmp_path):
    (tmp_path / "ruralperf" / "services").mkdir(parents=True)
    (tmp_path / "ruralperf" / "db").mkdir()
    (tmp_path / "ui").mkdir()
    (tmp_path / "ruralperf" / "services" / "bad.py").write_text(
        "from ruralperf.domain.money import from_fen\n"
        "from ruralperf.domain.periods import Month, Quarter\n"
        "def f(q: Quarter | str, m: 'str | Month | None' = None) -> Quarter:\n"
        "    return Quarter.parse(str(q))\n"
        "def g(text):\n"
        "    return Month.parse(text), from_fen(3)\n", encoding="utf-8")
    (tmp_path / "ruralperf" / "db" / "fine.py").write_text(
        "from ruralperf.domain.money import from_fen, to_fen\n"
        "from ruralperf.domain.periods import Quarter\n"
        "def f(text: str) -> Quarter:\n"
        "    return Quarter.parse(text)\n"
        "def g(n: int):\n"
        "    return to_fen(from_fen(n))\n", encoding="utf-8")
    (tmp_path / "ui" / "page.py").write_text(
        "from typing import Union\n"
        "from ruralperf.domain.periods import Quarter\n"
        "def show(q: Union[Quarter, str]) -> None:\n"
        "    Quarter.parse(q)\n", encoding="utf-8")
    found = all_problems(tmp_path)
    assert found == [
        "ruralperf/services/bad.py:3 annotation Quarter | str",
        "ruralperf/services/bad.py:3 annotation str | Month | None",
        "ruralperf/services/bad.py:1 from_fen",
        "ruralperf/services/bad.py:4 Quarter.parse(",
        "ruralperf/services/bad.py:6 Month.parse(",
        "ruralperf/services/bad.py:6 from_fen",
        "ui/page.py:3 annotation Union[Quarter, str]",
        "ui/page.py:4 Quarter.parse(",
    ], found

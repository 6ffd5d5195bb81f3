"""What a save or delete returns: problems as values, keyed by sheet, row and column."""
from __future__ import annotations

from dataclasses import dataclass, field

from ruralperf.io.parse import Parsed
from ruralperf.services.record_messages import say

CREDIT_CODES = frozenset({"credit_self", "credit_joint", "credit_assist", "credit_assist_total", "no_credits"})


@dataclass(frozen=True)
class FieldProblem:
    """A problem of one field of one saved row: `sheet` is the table key ("loans", "credits"),
    `index` the row's position among the rows saved for that sheet (None: the whole record)."""

    sheet: str
    index: int | None
    field: str | None
    code: str
    message: str
    warning: bool = False


@dataclass
class SaveResult:
    problems: list[FieldProblem] = field(default_factory=list)
    id: int | None = None  # the saved (or deleted) record's id

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def errors(self) -> list[FieldProblem]:
        return [p for p in self.problems if not p.warning]

    @property
    def warnings(self) -> list[FieldProblem]:
        return [p for p in self.problems if p.warning]

    def messages(self) -> list[str]:
        return [p.message for p in self.errors]


def field_problems(parsed: Parsed) -> list[FieldProblem]:
    out = []
    for p in parsed.problems:
        index = p.row - 2 if p.row is not None and p.row >= 2 else None
        sheet, column = p.sheet, p.column
        if p.code in CREDIT_CODES:
            sheet, index, column = "credits", None, None
        elif p.code == "duplicate_key" and sheet == "credits":
            column = "staff_no"
        out.append(FieldProblem(sheet, index, column, p.code, p.text(), p.warning))
    return out


def error(sheet: str, column: str | None, code: str, message: str | None = None,
             index: int | None = 0) -> SaveResult:
    return SaveResult([FieldProblem(sheet, index, column, code, message or say(code))])



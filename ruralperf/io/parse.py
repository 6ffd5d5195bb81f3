"""Stage 1 of an import: raw sheets -> typed rows, with every problem located by sheet, row and
column. Nothing here touches the database."""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any, Callable, Sequence

from ruralperf.domain.deferral import join_contracts, split_contracts
from ruralperf.domain.parameters import definition, parse_value
from ruralperf.i18n import tr
from ruralperf.io.cells import FORMULA, CellProblem, converter, repeats
from ruralperf.io import parse_columns
from ruralperf.io.reader import RawSheet, openpyxl_form
from ruralperf.io.sheets import SHEETS, Column, SheetSpec, match_column, match_sheet


@dataclass(frozen=True)
class Problem:
    """An import error or warning at a place in the workbook."""

    sheet: str
    row: int | None
    column: str | None
    code: str
    params: tuple[tuple[str, str], ...] = ()
    warning: bool = False

    def text(self, lang: str | None = None) -> str:
        return tr(self.code, lang, **dict(self.params))

    def location(self, lang: str | None = None) -> str:
        en = (lang or "").startswith("en")
        parts = [self.sheet]
        if self.row is not None:
            parts.append(f"row {self.row}" if en else f"第 {self.row} 行")
        if self.column:
            parts.append(self.column)
        return ", ".join(parts)

    def message(self, lang: str | None = None) -> str:
        where = self.location(lang)
        return f"{where}: {self.text(lang)}" if where else self.text(lang)


@dataclass(slots=True)  # a million-row sheet holds a million of these
class Row:
    number: int
    # column key -> the cell as its column's kind converts it (io/cells): str, Decimal, int,
    # date... Which one is written in the sheet's spec, read at run time: `Any` to the checker.
    values: dict[str, Any]


@dataclass
class ParsedSheet:
    spec: SheetSpec
    title: str
    headers: dict[str, str]  # column key -> header text as written
    rows: list[Row] = field(default_factory=list)
    # the first natural-key cell (as text) of rows refused for a cell error: the checks across
    # rows still run in the same pass, and must not report what these rows would have defined
    rejected: set[str] = field(default_factory=set)

    def header(self, key: str) -> str:
        return self.headers.get(key) or self.spec.column(key).zh


# problems of a sheet's shape: its rows cannot be checked across (a key column is missing)
STRUCTURAL = frozenset({"missing_column", "duplicate_column", "duplicate_sheet"})
MAX_REPORTED = 1000  # problems listed one by one; beyond that they are only counted


@dataclass
class Parsed:
    sheets: dict[str, ParsedSheet] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    suppressed: int = 0  # problems beyond MAX_REPORTED (a workbook of a million bad rows)
    error_count: int = 0  # every error added through `error` (listed or suppressed)

    def _add(self, problem: Problem) -> None:
        if len(self.problems) < MAX_REPORTED:
            self.problems.append(problem)
            return
        if self.suppressed == 0:
            self.problems.append(Problem("", None, None, "more_problems", (("n", "…"),),
                                         warning=problem.warning))
        self.suppressed += 1
        self.problems[-1] = replace(self.problems[-1], params=(("n", str(self.suppressed)),),
                                    warning=self.problems[-1].warning and problem.warning)

    def error(self, sheet: ParsedSheet, row: int | None, column: str | None, code: str, **params):
        self.error_count += 1
        self._add(Problem(sheet.title, row, sheet.header(column) if column else None,
                          code, tuple((k, str(v)) for k, v in params.items())))

    def warn(self, sheet: str, row, column, code: str, **params):
        self._add(Problem(sheet, row, column, code,
                          tuple((k, str(v)) for k, v in params.items()), warning=True))

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if not p.warning]


def _is_empty(value) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _map_headers(parsed: Parsed, sheet: ParsedSheet, header_number: int,
                 header_row: Sequence[Any]) -> dict[int, Column]:
    mapping: dict[int, Column] = {}
    seen: set[str] = set()
    for i, header in enumerate(header_row):
        if _is_empty(header):
            continue
        column = match_column(sheet.spec, header)
        if column is None:
            parsed.warn(sheet.title, header_number, str(header).strip(), "unknown_column")
            continue
        if column.key in seen:
            parsed.problems.append(Problem(sheet.title, header_number, str(header).strip(),
                                           "duplicate_column"))
            continue
        seen.add(column.key)
        mapping[i] = column
        sheet.headers[column.key] = str(header).strip()
    for column in sheet.spec.columns:
        if column.required and column.key not in seen:
            parsed.error(sheet, header_number, column.key, "missing_column")
    return mapping


# The sheets `_row_rules` has rules for (a ledger's rows skip the call).
ROW_RULE_SHEETS = frozenset({"loans", "items", "limitation_events", "guarantees", "clawbacks",
                             "holidays", "parameters"})


def _row_rules(parsed: Parsed, sheet: ParsedSheet, row: Row) -> None:
    """Rules within one row (the rest need the database: see references.py)."""
    v = row.values
    key = sheet.spec.key
    if key == "loans" and {"disbursed_on", "maturity_on", "nature", "amount"} <= v.keys():
        if v["maturity_on"] < v["disbursed_on"]:
            parsed.error(sheet, row.number, "maturity_on", "maturity_before_disbursed")
        inc = v.get("increment")
        if v["nature"] == "expansion":
            if inc is None:
                parsed.error(sheet, row.number, "increment", "increment_required")
            elif inc > v["amount"]:
                parsed.error(sheet, row.number, "increment", "increment_too_large")
        elif inc is not None:
            parsed.error(sheet, row.number, "increment", "increment_not_allowed")
    elif key == "items" and "item" in v:
        if v["item"] == "bank_card" and v.get("card_balance") is None:
            parsed.error(sheet, row.number, "card_balance", "card_balance_required")
        elif v["item"] != "bank_card" and v.get("card_balance") is not None:
            parsed.error(sheet, row.number, "card_balance", "card_balance_not_allowed")
    elif key == "limitation_events" and "kind" in v:
        _event_rules(parsed, sheet, row)
    elif key == "guarantees" and v.get("period_months") is not None:
        if not 1 <= v["period_months"] <= 120:
            parsed.error(sheet, row.number, "period_months", "guarantee_months_range")
    elif key == "clawbacks" and v.get("contracts"):  # one spelling: 、 between contracts
        v["contracts"] = join_contracts(split_contracts(str(v["contracts"]))) or None
    elif key == "holidays" and "kind" in v:
        if v["kind"] == "make_up_workday" and v["date"].weekday() < 5:
            parsed.error(sheet, row.number, "kind", "holiday_makeup_weekday",
                         day=v["date"].isoformat())
    elif key == "parameters" and "key" in v:
        if definition(str(v["key"])) is None:
            parsed.error(sheet, row.number, "key", "unknown_parameter", value=v["key"])
        else:
            try:
                value = parse_value(str(v["key"]), v.get("value") or "")
            except (ValueError, KeyError, ArithmeticError):
                bad = True
            else:
                # Every parameter is a rate, fee, count or date: none may be negative, and a
                # number like 1e99 is a typing accident that would break the pay run.
                bad = isinstance(value, (Decimal, int)) and not isinstance(value, bool) and (
                    value < 0 or (value != 0 and Decimal(value).adjusted() > 12))
            if bad:
                parsed.error(sheet, row.number, "value", "bad_parameter",
                             value=v.get("value") or "")
        v["value"] = v.get("value") or ""


def code_kind(column: Column) -> str:
    """Numbers that identify a record (工号, 客户号, 合同号 and those referring to them) are
    read as codes: plain half-width text (io/cells.to_code)."""
    return "code" if column.kind == "text" and column.key.endswith("_no") else column.kind


# Kinds whose staff number is required: the debtor's acts (the first edition's restorer) and a
# registered lapse (its responsible staff member).
STAFFED_EVENTS = frozenset({"demand_signed", "partial_repayment", "acknowledgement",
                            "lapse_registered"})
UNTIL_EVENTS = frozenset({"suspension", "judgment"})


def _event_rules(parsed: Parsed, sheet: ParsedSheet, row: Row) -> None:
    """Which columns each event kind allows (WORKBOOK.md)."""
    v = row.values
    kind = v["kind"]
    if kind == "extension" and v.get("new_maturity") is None:
        parsed.error(sheet, row.number, "new_maturity", "new_maturity_required")
    elif kind != "extension" and v.get("new_maturity") is not None:
        parsed.error(sheet, row.number, "new_maturity", "new_maturity_not_allowed")
    if kind in STAFFED_EVENTS and not v.get("staff_no"):
        parsed.error(sheet, row.number, "staff_no", "event_staff_required")
    until = v.get("until")
    if until is not None and kind not in UNTIL_EVENTS:
        parsed.error(sheet, row.number, "until", "until_not_allowed")
    elif until is not None and "date" in v and until < v["date"]:
        parsed.error(sheet, row.number, "until", "until_before_date")
    if kind == "guarantor_demand" and not v.get("guarantor"):
        parsed.error(sheet, row.number, "guarantor", "guarantor_required")
    elif kind != "guarantor_demand" and v.get("guarantor"):
        parsed.error(sheet, row.number, "guarantor", "guarantor_not_allowed")
    v["guarantor"] = v.get("guarantor") or ""  # stored as '' (the natural key, models.py)


_MEMO_LIMIT = 50_000
_MISSING = object()


def _parse_sheet(parsed: Parsed, sheet: ParsedSheet, raw: RawSheet) -> None:
    if not raw.rows:
        return
    header_number, header_row = raw.rows[0]
    if raw.native:
        header_row = tuple(map(openpyxl_form, header_row))
    mapping = _map_headers(parsed, sheet, header_number, header_row)
    mapped = {c.key for c in mapping.values()}
    # Without every natural-key column (reported as missing) each row's key would be empty and
    # every row a "duplicate" of the first.
    natural_key = sheet.spec.natural_key or ()
    check_keys = bool(natural_key) and {
        k for k in natural_key if sheet.spec.column(k).required} <= mapped
    key_index = next((i for i, c in mapping.items() if natural_key and c.key == natural_key[0]),
                     None)
    first_seen: dict[tuple, int] = {}
    # Per column, once: its converter and, for kinds whose cells repeat (months, enumerations,
    # amounts), a memo of typed values, so a 300,000-row ledger converts each distinct cell once.
    # (index, column, key, required, max_len, converter, memo or None)
    columns: list[tuple[int, Column, str, bool, int | None, Callable[[object], object],
                        dict[tuple, Any] | None]] = [
        (i, c, c.key, c.required, c.max_len, converter(code_kind(c)),
         {} if repeats(c.kind) else None) for i, c in mapping.items()]
    row_rules = sheet.spec.key in ROW_RULE_SHEETS
    body = list(raw.rows[1:])
    if raw.native:  # the reader's own rows: `body` holds them now, and gives them up once typed
        raw.rows = []
    if raw.native and not row_rules and {
            c.key for c in sheet.spec.columns if c.required} <= mapped:
        # A clean sheet read by calamine (a month's ledger) is typed a column at a time; any
        # cell that needs a row's attention sends the whole sheet down the path below.
        fast = parse_columns.typed_rows(
            body, [parse_columns.Column(i, key, max_len, convert_, code_kind(c) == "code")
                   for i, c, key, _, max_len, convert_, _ in columns],
            natural_key if check_keys else None, Row)
        if fast is not None:
            sheet.rows = fast
            return
    for number, values in body:
        if raw.native:
            values = tuple(map(openpyxl_form, values))
        row = Row(number, {})
        typed_values = row.values
        ok = True
        width = len(values)
        for i, column, column_key, required, max_len, convert_, memo in columns:
            value = values[i] if i < width else None
            if value is FORMULA:
                parsed.error(sheet, number, column_key, "formula_no_value")
                ok = False
                continue
            if value is None or (value.__class__ is str and not value.strip()):
                if required:
                    parsed.error(sheet, number, column_key, "required")
                    ok = False
                continue
            typed: Any = _MISSING
            if memo is not None:
                # Equal keys only for cells that convert alike: the type is part of the key
                # (True is not 1), and a float or Decimal is keyed by its text (-0.0 is not
                # 0.0, 1.0 is not 1). Inline: a ledger has a million cells.
                kind = value.__class__
                key = (kind, repr(value)) if kind is float or kind is Decimal else (kind, value)
                typed = memo.get(key, _MISSING)
            if typed is _MISSING:
                try:
                    typed = convert_(value)
                except CellProblem as problem:
                    parsed.error(sheet, number, column_key, problem.code, **problem.params)
                    ok = False
                    continue
                if memo is not None and len(memo) < _MEMO_LIMIT:
                    memo[key] = typed
            if max_len and len(typed) > max_len:
                parsed.error(sheet, number, column_key, "text_too_long", max=max_len)
                ok = False
            typed_values[column_key] = typed
        if ok and row_rules:
            before = parsed.error_count
            _row_rules(parsed, sheet, row)
            ok = parsed.error_count == before
        if not ok:  # refused: kept out of the checks across rows, its key remembered
            if key_index is not None and key_index < width and values[key_index] is not None:
                sheet.rejected.add(str(values[key_index]).strip())
            continue
        if check_keys:
            identity = tuple(map(typed_values.get, natural_key))
            if identity in first_seen:
                parsed.error(sheet, number, natural_key[0], "duplicate_key",
                             other=first_seen[identity], key="/".join(map(str, identity)))
                sheet.rejected.add(str(identity[0]))
                continue
            first_seen[identity] = number
        sheet.rows.append(row)


def parse_workbook(raw_sheets: list[RawSheet]) -> Parsed:
    parsed = Parsed()
    for raw in raw_sheets:
        spec = match_sheet(raw.title)
        if spec is None:
            parsed.warn(raw.title, None, None, "unknown_sheet")
            continue
        if spec.key in parsed.sheets:
            parsed.problems.append(Problem(raw.title, None, None, "duplicate_sheet"))
            continue
        sheet = ParsedSheet(spec, raw.title, {})
        parsed.sheets[spec.key] = sheet
        _parse_sheet(parsed, sheet, raw)
    if not parsed.sheets and not parsed.errors:
        parsed.problems.append(Problem("", None, None, "empty_workbook"))
    return parsed


SHEET_ORDER = tuple(s.key for s in SHEETS)

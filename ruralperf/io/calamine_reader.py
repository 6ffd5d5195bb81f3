"""Reading a plain workbook (no formula, no error cell: `reader._check_zip` says so) with
python-calamine, with the values in the forms the openpyxl path gives, so that parsing and its
messages do not depend on the reader:

- an empty cell is None (calamine gives "");
- a date is a `datetime` at midnight (calamine gives a `date`);
- a whole number below 10^15 is an `int` (calamine gives every number as a float; Excel writes
  whole numbers without a decimal point, which openpyxl reads as ints). Larger numbers stay
  floats, so that `cells.to_text` still refuses an ID or account number Excel has rounded.

Calamine starts each row at the sheet's first used column: the missing leading cells are put
back, so column positions are those of the sheet (as with openpyxl). Equal texts, numbers and
dates of a column are one shared object (memory of a million-row ledger; values unchanged).
"""
from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from python_calamine import CalamineWorkbook, SheetTypeEnum

from ruralperf.io.reader import EXACT_FLOAT, MAX_ROWS, RawSheet, WorkbookUnreadable


MEMO_LIMIT = 10_000  # distinct values shared per column (a column of unique numbers stops early)


def _plain(value, memo: dict):
    """`value` in openpyxl's form. Texts, whole numbers and dates are shared through the
    column's `memo`: a ledger repeats its months, classes and amounts on every row, and a
    million-row sheet would otherwise hold a million equal objects of each."""
    kind = type(value)
    if kind is str:
        if not value:
            return None
    elif kind is float:
        if not (value.is_integer() and -EXACT_FLOAT < value < EXACT_FLOAT):
            return value
        value = int(value)
    elif kind is date:
        value = datetime(value.year, value.month, value.day)
    else:
        return value
    # Keys are only str, int and datetime: no two of these types compare equal.
    shared = memo.get(value)
    if shared is None:
        if len(memo) < MEMO_LIMIT:
            memo[value] = value
        return value
    return shared


def _is_blank(value) -> bool:
    return value is None or (type(value) is str and not value.strip())


def _sheet_rows(sheet) -> list[tuple[int, tuple]]:
    start = sheet.start
    lead = (None,) * (start[1] if start else 0)
    memos: list[dict] = []  # one per column
    rows: list[tuple[int, tuple]] = []
    for number, cells in enumerate(sheet.iter_rows(), start=1):
        if number > MAX_ROWS:
            raise WorkbookUnreadable("too_many_rows", max=MAX_ROWS)
        if len(cells) > len(memos):
            memos.extend({} for _ in range(len(cells) - len(memos)))
        values = lead + tuple(map(_plain, cells, memos))
        for v in values:
            if not _is_blank(v):
                rows.append((number, values))
                break
    return rows


def read_plain_workbook(path: Path) -> list[RawSheet]:
    try:
        workbook = CalamineWorkbook.from_path(str(path))
        try:
            # Worksheets only (openpyxl's `worksheets` leaves chart and macro sheets out too).
            return [RawSheet(meta.name, _sheet_rows(workbook.get_sheet_by_name(meta.name)))
                    for meta in workbook.sheets_metadata if meta.typ == SheetTypeEnum.WorkSheet]
        finally:
            workbook.close()
    except WorkbookUnreadable:
        raise
    except Exception as exc:  # calamine raises its own kinds on malformed files
        raise WorkbookUnreadable("not_a_workbook", value=f"{path.name} ({type(exc).__name__})") \
            from None

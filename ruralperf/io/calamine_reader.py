"""Reading a plain workbook (no formula, no error cell: `reader._check_zip` says so) with
python-calamine, with the values in the forms the openpyxl path gives, so that parsing and its
messages do not depend on the reader:

- an empty cell is None (calamine gives "");
- a date is a `datetime` at midnight (calamine gives a `date`);
- a whole number below 10^15 is an `int` (calamine gives every number as a float; Excel writes
  whole numbers without a decimal point, which openpyxl reads as ints). Larger numbers stay
  floats, so that `cells.to_text` still refuses an ID or account number Excel has rounded.

Calamine starts each row at the sheet's first used column: the missing leading cells are put
back, so column positions are those of the sheet (as with openpyxl).
"""
from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from python_calamine import CalamineWorkbook, SheetTypeEnum

from ruralperf.io.reader import EXACT_FLOAT, MAX_ROWS, RawSheet, WorkbookUnreadable


def _plain(value):
    kind = type(value)
    if kind is str:
        return value if value else None
    if kind is float:
        return int(value) if value.is_integer() and -EXACT_FLOAT < value < EXACT_FLOAT else value
    if kind is date:
        return datetime(value.year, value.month, value.day)
    return value


def _is_blank(value) -> bool:
    return value is None or (type(value) is str and not value.strip())


def _sheet_rows(sheet) -> list[tuple[int, tuple]]:
    start = sheet.start
    lead = (None,) * (start[1] if start else 0)
    rows: list[tuple[int, tuple]] = []
    for number, cells in enumerate(sheet.iter_rows(), start=1):
        if number > MAX_ROWS:
            raise WorkbookUnreadable("too_many_rows", max=MAX_ROWS)
        values = lead + tuple(map(_plain, cells))
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

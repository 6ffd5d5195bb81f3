"""Reading a plain workbook (no formula, no error cell: `reader._check_zip` says so) with
python-calamine. The values stay as calamine gives them (`RawSheet.native`: "" for an empty
cell, every number a float, a date a `date`): parsing takes a long clean sheet a column at a
time straight from them (io.parse_columns) and gives the others openpyxl's forms row by row
(`reader.openpyxl_form`), so that its results and messages do not depend on the reader.

Each row is the sheet's from column A (calamine's used area may start further right: the
leading cells are there, empty), numbered as in Excel; empty rows are left out, as openpyxl's
path leaves them out.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from python_calamine import CalamineWorkbook, SheetTypeEnum

from ruralperf.io.reader import MAX_ROWS, RawSheet, WorkbookUnreadable


def _sheet_rows(sheet) -> list[tuple[int, list[Any]]]:
    end = sheet.end  # (last row, last column), 0-based; None for an empty sheet
    if end is None:
        return []
    if end[0] + 1 > MAX_ROWS:
        raise WorkbookUnreadable("too_many_rows", max=MAX_ROWS)
    rows: list[tuple[int, list[Any]]] = []
    # Whole rows from A1 in one call (the area's leading rows and columns included, empty).
    for number, cells in enumerate(sheet.to_python(skip_empty_area=False), start=1):
        for v in cells:
            if v.__class__ is not str or v.strip():  # a row with one non-blank cell is kept
                rows.append((number, cells))
                break
    return rows


def read_plain_workbook(path: Path) -> list[RawSheet]:
    try:
        workbook = CalamineWorkbook.from_path(str(path))
        try:
            # Worksheets only (openpyxl's `worksheets` leaves chart and macro sheets out too).
            return [RawSheet(meta.name, _sheet_rows(workbook.get_sheet_by_name(meta.name)),
                             native=True)
                    for meta in workbook.sheets_metadata if meta.typ == SheetTypeEnum.WorkSheet]
        finally:
            workbook.close()
    except WorkbookUnreadable:
        raise
    except Exception as exc:  # calamine raises its own kinds on malformed files
        raise WorkbookUnreadable("not_a_workbook", value=f"{path.name} ({type(exc).__name__})") \
            from None

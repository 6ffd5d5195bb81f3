"""Export of a data page's current view (its search, filters and order) to .xlsx.

Every matching row is written, not only those loaded on screen, streamed from the database in
chunks into a write-only workbook (100,000 rows stay within memory). Cells follow the shared
safety rules of `ruralperf.io.xlsx_safe`: text is always text (a name or reason starting
with = + - @ never becomes a formula), amounts are numbers from Decimal with a money format,
dates are dates, shares are percentages (0.00%); column widths fit the header and the first
rows, and the header row is frozen. The file is written next to the target and renamed when complete, so a
failed export never leaves half a file.
"""
from __future__ import annotations

import os
from copy import copy
from itertools import chain
from decimal import Decimal
from pathlib import Path
from typing import Any, Callable

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from ruralperf.domain.exports import ExportColumn
from ruralperf.errors import ExportCancelled
from ruralperf.services.loan_guarantees import cell_text
from ruralperf.io.xlsx_safe import (MAX_WIDTH, MONEY_FORMAT, PERCENT_FORMAT, clean_text,
                                    needs_quote, text_width)

Progress = Callable[[int, int, str], None]


class _Cells:
    """Turns values into what a write-only sheet appends: plain values where openpyxl already
    writes them safely (numbers, dates as yyyy-mm-dd, ordinary text), styled cells only where
    needed (amounts with the money format, text that would read as a formula)."""

    def __init__(self, sheet, enum_text: Callable[[str], str]):
        self.sheet, self.enum_text = sheet, enum_text
        self._money = WriteOnlyCell(sheet, value=0)
        self._money.number_format = MONEY_FORMAT
        self._percent = WriteOnlyCell(sheet, value=0)
        self._percent.number_format = PERCENT_FORMAT
        self._decimal = WriteOnlyCell(sheet, value=0)
        self._decimal.number_format = "0.####"
        self._quoted = WriteOnlyCell(sheet, value="x")
        self._quoted.number_format = "@"
        self._quoted.quotePrefix = True

    def _styled(self, template: WriteOnlyCell, value: Any, data_type: str) -> WriteOnlyCell:
        cell = WriteOnlyCell(self.sheet, value=None)
        cell._value, cell.data_type = value, data_type
        cell._style = copy(template._style)
        return cell

    def __call__(self, value: Any, kind: str) -> Any:
        if value is None:
            return None
        if kind == "guarantee":
            value = cell_text(value, self.enum_text)
        if kind == "enum":
            value = self.enum_text(value)
        elif kind == "share" and isinstance(value, Decimal):
            return self._styled(self._percent, value, "n")
        elif kind == "decimal" and isinstance(value, Decimal):
            return self._styled(self._decimal, value, "n")
        if isinstance(value, str):
            text = clean_text(value)
            return self._styled(self._quoted, text, "s") if needs_quote(text) else text
        if isinstance(value, float):
            raise TypeError(f"refusing a float in an export: {value!r}")
        if kind == "money" and isinstance(value, Decimal):
            return self._styled(self._money, value, "n")
        return value  # int; date (openpyxl formats it yyyy-mm-dd)


_FORMATS = {"money": MONEY_FORMAT, "share": PERCENT_FORMAT}


def _fit_widths(sheet, columns: list[ExportColumn], rows: list[dict], enum_text) -> None:
    """Column widths from the header and the first chunk of rows (a write-only sheet takes
    them before its first row): no "###" for amounts and dates, long text capped."""
    for i, column in enumerate(columns, 1):
        width = text_width(column.header)
        for row in rows:
            value = row.get(column.key)
            if column.kind == "enum" and value is not None:
                value = enum_text(value)
            elif column.kind == "guarantee":
                value = cell_text(value, enum_text)
            width = max(width, text_width(value, _FORMATS.get(column.kind)))
        sheet.column_dimensions[get_column_letter(i)].width = min(MAX_WIDTH, max(6, width + 2))


def export_view(ws, table: str, path: str | Path, columns: list[ExportColumn], *,
                search: str = "", filters: dict | None = None, sort: str | None = None,
                descending: bool = False, enum_text: Callable[[str], str] = str,
                sheet_title: str | None = None, progress: Progress | None = None,
                cancelled: Callable[[], bool] = lambda: False) -> int:
    """Write every row of the view to `path`; returns the number of rows written."""
    path = Path(path)
    total = ws.browse.count(table, search=search, filters=filters)
    book = Workbook(write_only=True)
    sheet = book.create_sheet(clean_text(sheet_title or table)[:31])
    chunks = ws.browse.iter_rows(table, search=search, filters=filters, sort=sort,
                                 descending=descending)
    first: list[dict] = next(chunks, [])
    _fit_widths(sheet, columns, first, enum_text)
    sheet.freeze_panes = "A2"  # a write-only sheet takes it before its first row
    header = []
    for column in columns:
        cell = WriteOnlyCell(sheet, value=clean_text(column.header))
        cell.data_type = "s"
        cell.font = Font(bold=True)
        header.append(cell)
    sheet.append(header)
    cells, kinds = _Cells(sheet, enum_text), [(c.key, c.kind) for c in columns]
    written = 0
    for chunk in chain([first] if first else [], chunks):
        if cancelled():
            raise ExportCancelled()
        for row in chunk:
            sheet.append([cells(row.get(key), kind) for key, kind in kinds])
        written += len(chunk)
        if progress:
            progress(written, max(total, written), "export")
    temporary = path.with_name(path.name + ".part")
    try:
        book.save(temporary)
        os.replace(temporary, path)
    finally:
        if temporary.exists():
            temporary.unlink()
    ws.record_export(f"view:{table}", path, written)
    return written

"""Export of a data page's current view (its search, filters and order) to .xlsx.

Every matching row is written, not only those loaded on screen, streamed from the database in
chunks into a write-only workbook (100,000 rows stay within memory). Cells follow the shared
safety rules of `ruralperf.reports.xlsx_safe`: text is always text (a name or reason starting
with = + - @ never becomes a formula), amounts are numbers from Decimal with a money format,
dates are dates. The file is written next to the target and renamed when complete, so a
failed export never leaves half a file.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any, Callable

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from ruralperf.domain.money import plain_decimal

try:  # the shared cell-safety rules of every Excel export
    from ruralperf.reports.xlsx_safe import DATE_FORMAT, MONEY_FORMAT, clean_text, needs_quote
except ImportError:  # pragma: no cover - the same rules, until that module is installed
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    DATE_FORMAT, MONEY_FORMAT = "yyyy-mm-dd", "#,##0.00;-#,##0.00"

    def clean_text(value) -> str:
        return ILLEGAL_CHARACTERS_RE.sub("", str(value))

    def needs_quote(text: str) -> bool:
        return text.startswith(("=", "+", "-", "@"))

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class ExportColumn:
    key: str  # the row-dict key of Browse.page
    header: str  # as shown on the page (in the user's language)
    kind: str  # text | money | date | int | enum | decimal | share | month | quarter


class ExportCancelled(Exception):
    pass


def _cell(sheet, value: Any, kind: str, enum_text: Callable[[str], str]) -> WriteOnlyCell:
    if value is None:
        return WriteOnlyCell(sheet, value=None)
    if kind == "enum":
        value = enum_text(value)
    elif kind == "share" and isinstance(value, Decimal):
        value = f"{plain_decimal(value * 100)}%"
    elif kind == "decimal" and isinstance(value, Decimal):
        value = plain_decimal(value)
    if isinstance(value, str):
        text = clean_text(value)
        cell = WriteOnlyCell(sheet, value=text)
        cell.data_type = "s"  # openpyxl made "=..." a formula: undo that
        cell.number_format = "@"
        if needs_quote(text):
            cell.quotePrefix = True
        return cell
    if isinstance(value, float):
        raise TypeError(f"refusing a float in an export: {value!r}")
    cell = WriteOnlyCell(sheet, value=value)
    if kind == "money":
        cell.number_format = MONEY_FORMAT
    elif isinstance(value, date):
        cell.number_format = DATE_FORMAT
    return cell


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
    header = []
    for column in columns:
        cell = WriteOnlyCell(sheet, value=clean_text(column.header))
        cell.data_type = "s"
        cell.font = Font(bold=True)
        header.append(cell)
    sheet.append(header)
    sheet.freeze_panes = "A2"
    written = 0
    for chunk in ws.browse.iter_rows(table, search=search, filters=filters, sort=sort,
                                     descending=descending):
        if cancelled():
            raise ExportCancelled()
        for row in chunk:
            sheet.append([_cell(sheet, row.get(c.key), c.kind, enum_text) for c in columns])
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
    return written

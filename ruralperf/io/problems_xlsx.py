"""Write the problems an import found to an .xlsx list the user can work through in Excel.

Every cell is written as text: a message or a cell value starting with "=" must never become a
formula in the exported file."""
from __future__ import annotations

from pathlib import Path
from typing import Iterable

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from ruralperf.io.xlsx_safe import clean_text, needs_quote

HEADERS = {
    "zh": ("类型", "工作表", "行", "列", "说明"),
    "en": ("kind", "sheet", "row", "column", "message"),
}
KINDS = {"zh": ("错误", "提示"), "en": ("error", "warning")}


def _text_cell(sheet, value, bold: bool = False) -> WriteOnlyCell:
    text = clean_text("" if value is None else value)
    cell = WriteOnlyCell(sheet, value=text)
    cell.data_type = "s"  # forced text, even for "=..."
    if needs_quote(text):
        cell.quotePrefix = True  # and stays text when the user edits the cell
    if bold:
        cell.font = Font(bold=True)
    return cell


def write_problems_xlsx(problems: Iterable, path: str | Path, lang: str = "zh_CN") -> Path:
    """`problems` are `ruralperf.io.parse.Problem` values (errors first, as given)."""
    key = "en" if lang.startswith("en") else "zh"
    book = Workbook(write_only=True)
    sheet = book.create_sheet("problems" if key == "en" else "问题清单")
    for column, width in zip("ABCDE", (8, 16, 8, 18, 80)):
        sheet.column_dimensions[column].width = width
    sheet.freeze_panes = "A2"
    sheet.append([_text_cell(sheet, h, bold=True) for h in HEADERS[key]])
    for p in problems:
        row = [KINDS[key][1 if p.warning else 0], p.sheet, p.row, p.column, p.text(lang)]
        cells = [_text_cell(sheet, v) for v in row]
        if p.row is not None:  # the row number stays a number, so the list sorts in Excel
            cells[2] = WriteOnlyCell(sheet, value=int(p.row))
        sheet.append(cells)
    path = Path(path)
    book.save(path)
    return path

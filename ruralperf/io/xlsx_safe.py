"""Writing cells so that Excel shows exactly what we wrote. Every Excel export uses this module.

- Text is always text: openpyxl turns any string beginning with "=" into a formula, and Excel
  evaluates "+", "-" and "@" at the start of a typed or re-edited cell (formula injection from
  names, reasons, contract numbers). Such text is stored with the string type forced and the
  cell's quotePrefix set, so it is never evaluated, not even after the user edits the cell.
- Characters XML cannot hold (control characters) are dropped instead of failing the export.
- Amounts are written as numbers from `Decimal` (never through float) with a number format;
  staff and contract numbers stay text, so "0012" keeps its zeros.
"""
from __future__ import annotations

from copy import copy
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Iterable, Sequence

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

FORMULA_PREFIXES = ("=", "+", "-", "@")
MONEY_FORMAT = "#,##0.00;-#,##0.00"
RATIO_FORMAT = "0.0000"
INTEGER_FORMAT = "0"
DATE_FORMAT = "yyyy-mm-dd"
TEXT_FORMAT = "@"

THIN = Side(style="thin", color="999999")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEADER_FILL = PatternFill("solid", fgColor="E8E8E8")
TOTAL_FILL = PatternFill("solid", fgColor="F2F2F2")
HEADER_FONT = Font(bold=True)
TITLE_FONT = Font(bold=True, size=14)


def clean_text(value: Any) -> str:
    """Text without the control characters an .xlsx cannot contain."""
    return ILLEGAL_CHARACTERS_RE.sub("", str(value))


def needs_quote(text: str) -> bool:
    return text.startswith(FORMULA_PREFIXES)


def set_cell(ws, row: int, column: int, value: Any, number_format: str | None = None):
    """Write one cell safely; returns the cell.

    `str` -> text (forced, quote-prefixed when it looks like a formula); `Decimal`/`int` ->
    number; `date` -> date; `None` -> empty. Floats are refused: amounts are exact decimals."""
    cell = ws.cell(row=row, column=column)
    if value is None:
        cell.value = None
    elif isinstance(value, str):
        text = clean_text(value)
        cell.value = text
        cell.data_type = "s"  # openpyxl made "=..." a formula: undo that
        if needs_quote(text):
            cell.quotePrefix = True
    elif isinstance(value, bool):
        cell.value = value
    elif isinstance(value, float):
        raise TypeError(f"refusing a float in an export (use Decimal): {value!r}")
    elif isinstance(value, (Decimal, int, date, datetime)):
        cell.value = value
        if number_format is None and isinstance(value, date):
            number_format = DATE_FORMAT
    else:
        return set_cell(ws, row, column, str(value), number_format)
    if number_format:
        _apply_number_format(ws, cell, number_format)
    return cell


def _cached_style(cell, name: str, apply) -> None:
    """Give `cell` its current style changed by `apply`, through a per-workbook cache: setting
    style attributes cell by cell makes openpyxl hash its style objects each time (seconds for
    100,000 cells); copying a ready style array does not."""
    cache = cell.parent.parent.__dict__.setdefault("_rp_styles", {})
    key = (tuple(cell._style or ()), name)
    style = cache.get(key)
    if style is None:
        apply(cell)
        cache[key] = copy(cell._style)
    else:
        cell._style = copy(style)


def _apply_number_format(ws, cell, number_format: str) -> None:
    _cached_style(cell, "format:" + number_format,
                  lambda c: setattr(c, "number_format", number_format))


def write_row(ws, row: int, values: Sequence[Any], formats: Sequence[str | None] | None = None,
              start_column: int = 1) -> list:
    """Write a row of values (with optional per-column number formats); returns the cells."""
    formats = formats or [None] * len(values)
    return [set_cell(ws, row, start_column + i, v, f)
            for i, (v, f) in enumerate(zip(values, formats))]


def _header(cell, wrap: bool) -> None:
    cell.font = HEADER_FONT
    cell.fill = HEADER_FILL
    cell.border = BORDER
    cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=wrap)


def _body(cell, total: bool) -> None:
    cell.border = BORDER
    if total:
        cell.font = HEADER_FONT
        cell.fill = TOTAL_FILL


def style_header(cells: Iterable, wrap: bool = True) -> None:
    for cell in cells:
        _cached_style(cell, f"header:{wrap}", lambda c: _header(c, wrap))


def style_body(cells: Iterable, total: bool = False) -> None:
    for cell in cells:
        _cached_style(cell, f"body:{total}", lambda c: _body(c, total))


def set_widths(ws, widths: Sequence[float]) -> None:
    """Column widths in Excel character units."""
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w


def title_rows(ws, title: str, subtitle: str, columns: int) -> None:
    """A bold title in row 1 and a subtitle in row 2, each merged across `columns`."""
    set_cell(ws, 1, 1, title).font = TITLE_FONT
    set_cell(ws, 2, 1, subtitle)
    if columns > 1:
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=columns)
        ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=columns)
    ws.row_dimensions[1].height = 22


PAGE_FOOTER = ("第 &P 页 / 共 &N 页", "Page &P of &N")
PERCENT_FORMAT = "0.00%"
MAX_WIDTH = 60


def print_landscape(ws, header_row: int | None = None, lang: str = "zh_CN",
                    first_header_row: int | None = None) -> None:
    """Landscape A4, fit to one page wide, the header rows (first_header_row..header_row)
    repeated on each printed page, page numbers in the footer."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.oddFooter.center.text = PAGE_FOOTER[1 if lang.startswith("en") else 0]
    ws.oddFooter.center.size = 9
    if header_row:
        ws.print_title_rows = f"{first_header_row or header_row}:{header_row}"


def text_width(value: Any, number_format: str | None = None) -> float:
    """Width in Excel character units a value needs as displayed (a Chinese character counts
    two; amounts with their thousands separators)."""
    if value is None:
        return 0
    if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        if number_format and "%" in number_format:
            text = f"{Decimal(value) * 100:.2f}%"
        elif number_format and "#,##0.00" in number_format:
            text = f"{Decimal(value):,.2f}"
        else:
            text = str(value)
    elif isinstance(value, (date, datetime)):
        timed = "h" in number_format if number_format and number_format != "General" \
            else isinstance(value, datetime)
        text = "2025-01-01 00:00:00" if timed else "2025-01-01"
    else:
        text = str(value)
    longest = max(text.split("\n"), key=len) if text else ""
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in longest)


def fit_columns(ws, first_row: int = 1, minimum: float = 6, maximum: float = MAX_WIDTH,
                padding: float = 2) -> None:
    """Widen each column of a (not write-only) sheet to its widest cell from `first_row` on,
    between `minimum` and `maximum`: no "###" for a number or date. Merged title rows above
    `first_row` are not measured; a wrapped header counts by its longest line."""
    widths: dict[int, float] = {}
    for row in ws.iter_rows(min_row=first_row):
        for cell in row:
            w = text_width(cell.value, cell.number_format)
            if w > widths.get(cell.column, 0):
                widths[cell.column] = w
    for column, w in widths.items():
        letter = get_column_letter(column)
        current = ws.column_dimensions[letter].width or 0
        ws.column_dimensions[letter].width = max(current, min(maximum,
                                                              max(minimum, w + padding)))

"""Reading an .xlsx workbook into raw rows, safely: formula cells without a cached value are
marked (never read as empty), and anything that is not a workbook becomes a clear problem.

Plain workbooks (no formula and no error cell, which is what ledgers exported from the core
banking system are) are read with python-calamine, about ten times faster than openpyxl; their
values stay as calamine gives them (`RawSheet.native`), and `openpyxl_form` gives a value
openpyxl's form (None for an empty cell, a datetime for a date, an int for a whole number below
10^15) where parsing needs it. Workbooks with formulas or error cells, and every workbook when
calamine is not installed, are read with openpyxl, which can tell them apart."""
from __future__ import annotations

import zipfile
import zlib
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, Sequence

from defusedxml import DefusedXmlException as SafeXMLError

from ruralperf.io.cells import FORMULA
from ruralperf.io.workbook_scan import ScanRefused, scan_package

MAX_ROWS = 1_100_000
MAX_UNCOMPRESSED = 2 * 1024**3  # guard against zip bombs
EXACT_FLOAT = 10**15  # whole numbers below this are exact in a float (Excel keeps 15 digits)


class WorkbookUnreadable(Exception):
    def __init__(self, code: str, **params):
        super().__init__(code)
        self.code = code
        self.params = params


@dataclass
class RawSheet:
    title: str
    rows: Sequence[tuple[int, Sequence[Any]]]  # (1-based row number, cell values)
    # Read by python-calamine: the values as it gives them ("" for an empty cell, every number
    # a float, a date a `date`; `openpyxl_form` turns one into openpyxl's form). Such rows are
    # the import's own: parsing releases them once typed (io.parse).
    native: bool = False


def openpyxl_form(value: Any) -> Any:
    """A calamine cell value in the form openpyxl gives, so that parsing and its messages do
    not depend on the reader: an empty cell is None (calamine gives ""); a date is a `datetime`
    at midnight (calamine gives a `date`); a whole number below 10^15 is an `int` (calamine
    gives every number as a float; Excel writes whole numbers without a decimal point, which
    openpyxl reads as ints). Larger numbers stay floats, so that `cells.to_text` still refuses
    an ID or account number Excel has rounded. Other values are returned as they are."""
    kind = value.__class__
    if kind is str:
        return value or None
    if kind is float:
        return int(value) if value.is_integer() and -EXACT_FLOAT < value < EXACT_FLOAT \
            else value
    if kind is date:
        return datetime(value.year, value.month, value.day)
    return value


def _check_zip(path: Path) -> bool:
    """True when the workbook must be read with openpyxl (a sheet with formulas or error
    cells, or UTF-16 parts). Raises WorkbookUnreadable for non-workbooks, zip bombs, hidden
    content and used areas far beyond what the file holds (io/workbook_scan.py)."""
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            if sum(i.file_size for i in infos) > MAX_UNCOMPRESSED:
                raise WorkbookUnreadable("not_a_workbook", value=path.name)
            if "xl/workbook.xml" not in {i.filename for i in infos}:
                raise WorkbookUnreadable("not_a_workbook", value=path.name)
            scan = scan_package(zf, path.name)
    except ScanRefused as refused:
        raise WorkbookUnreadable(refused.code, **refused.params) from None
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError,
            OSError, ValueError, OverflowError, UnicodeDecodeError, SafeXMLError, SyntaxError):
        # a damaged member (bad deflate data, CRC, offsets pointing outside the file), an
        # unsupported compression or encryption, XML with entities or a DTD
        raise WorkbookUnreadable("not_a_workbook", value=path.name) from None
    return scan.special or scan.utf16


def read_workbook(path: str | Path) -> list[RawSheet]:
    path = Path(path)
    if not path.is_file():
        raise WorkbookUnreadable("file_not_found", value=str(path))
    special = _check_zip(path)
    if not special:
        try:
            from ruralperf.io.calamine_reader import read_plain_workbook
        except ImportError:
            pass
        else:
            return read_plain_workbook(path)
    return _read_with_openpyxl(path, has_formulas=special)


def _read_with_openpyxl(path: Path, has_formulas: bool) -> list[RawSheet]:
    import openpyxl

    try:
        values_wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
        formulas_wb = openpyxl.load_workbook(path, read_only=True, data_only=False) \
            if has_formulas else None
    except WorkbookUnreadable:
        raise
    except Exception as exc:  # openpyxl raises many kinds on malformed files
        raise WorkbookUnreadable("not_a_workbook", value=f"{path.name} ({type(exc).__name__})") \
            from None
    sheets = []
    try:
        for ws in values_wb.worksheets:
            rows: list[tuple[int, tuple]] = []
            fws = formulas_wb[ws.title] if formulas_wb is not None else None
            # The <dimension> a file declares may be wrong (some exporters write "A1"); read-only
            # mode would then silently drop every row and column outside it.
            ws.reset_dimensions()
            if fws is not None:
                fws.reset_dimensions()
            frows = fws.iter_rows(values_only=True) if fws is not None else None
            for number, values in enumerate(ws.iter_rows(values_only=True), start=1):
                formula_values = next(frows, ()) if frows is not None else ()
                if number > MAX_ROWS:
                    raise WorkbookUnreadable("too_many_rows", max=MAX_ROWS)
                if formula_values:
                    # Empty in the values read but not in the formulas read: a formula without a
                    # cached value ("=..." text, or an ArrayFormula/DataTableFormula object).
                    values = tuple(
                        FORMULA if v is None and i < len(formula_values)
                        and formula_values[i] is not None
                        else v for i, v in enumerate(values))
                if any(v is not None and not (isinstance(v, str) and not v.strip())
                       for v in values):
                    rows.append((number, tuple(values)))
            sheets.append(RawSheet(ws.title, rows))
    except WorkbookUnreadable:
        raise
    except Exception as exc:
        raise WorkbookUnreadable("not_a_workbook", value=f"{path.name} ({type(exc).__name__})") \
            from None
    finally:
        values_wb.close()
        if formulas_wb is not None:
            formulas_wb.close()
    return sheets

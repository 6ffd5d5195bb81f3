"""A look inside an .xlsx package before any reader opens it (issue 14, points 6, 7, 10).

The readers are told what the file really holds, not what it claims:
- the **used area** of each sheet (rows × columns a reader would lay out densely) is bounded by
  the cells the sheet really has: one cell typed at XFD1048576 would make calamine allocate
  half a terabyte and openpyxl pad a million rows to 16,384 columns;
- **hidden content** is refused: a hidden or very hidden sheet of the import format, hidden
  rows or columns that hold values, and a package with two entries of the same name (which
  of them a reader takes is up to the reader);
- **UTF-16** parts (legal XML) are noticed: calamine reads them as empty sheets, so such a
  workbook goes to openpyxl, and the formula scan reads the decoded text.

Everything streams the package in 1 MiB chunks with substring counts and a few regular
expressions whose literal prefixes almost never occur in an ordinary ledger; a sheet is
parsed as XML (defusedxml) only when it marks something hidden.
"""
from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field

from defusedxml import ElementTree as SafeET

from ruralperf.io.sheets import match_sheet

MAX_COLUMNS = 1000  # the import format has at most a dozen; an export may add a few
MIN_AREA = 4_000_000  # cells any sheet may span, however few it holds
AREA_PER_CELL = 50  # beyond MIN_AREA: the area may be this many times the cells it holds
CHUNK = 1 << 20
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_WIDE_REF = re.compile(rb' r="([A-Z]{2,3})(\d+)"')  # a cell in column AA or beyond
_ROW_NUMBER = re.compile(rb'<(?:\w+:)?row\b[^>]*?\sr="(\d+)"')
_CELL_ROW = re.compile(rb' r="[A-Z]{1,3}(\d+)"')
_ROOT = re.compile(rb"<(\w+:)?worksheet\b")
MAX_ROW = 1_048_576
_SPECIAL_CELL = re.compile(rb"<(?:\w+:)?f[\s>/]|\st=\"e\"")
_HIDDEN = (b'hidden="1"', b'hidden="true"', b"hidden='1'", b"hidden='true'")
MAIN_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
REL_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"


class ScanRefused(Exception):
    """The package is refused: `code` and `params` name the reason (ruralperf.i18n)."""

    def __init__(self, code: str, **params):
        super().__init__(code)
        self.code = code
        self.params = params


@dataclass
class SheetScan:
    cells: int = 0
    max_row: int = 0
    max_column: int = 26  # single-letter columns are never counted one by one
    hidden_marks: bool = False
    special: bool = False  # a formula or an error cell

    @property
    def area(self) -> int:
        return self.max_row * self.max_column


@dataclass
class PackageScan:
    special: bool = False  # some sheet has a formula or an error cell: read with openpyxl
    utf16: bool = False  # some part is UTF-16: read with openpyxl
    sheets: dict[str, SheetScan] = field(default_factory=dict)  # part name -> scan


def column_number(letters: bytes | str) -> int:
    n = 0
    for ch in letters if isinstance(letters, str) else letters.decode("ascii"):
        n = n * 26 + ord(ch) - 64
    return n


def column_letters(n: int) -> str:
    out = ""
    while n:
        n, r = divmod(n - 1, 26)
        out = chr(65 + r) + out
    return out


def _chunks(zf: zipfile.ZipFile, info: zipfile.ZipInfo):
    """The part's bytes in chunks; a UTF-16 part is decoded and re-encoded as UTF-8 first
    (whole: such parts are rare and small). Yields (is_utf16, chunk)."""
    with zf.open(info) as fh:
        first = fh.read(CHUNK)
        if first.startswith(UTF16_BOMS) or first[1:2] == b"\x00" and first[:1] == b"<":
            rest = fh.read()
            text = (first + rest).decode("utf-16" if first.startswith(UTF16_BOMS)
                                         else "utf-16-le")
            data = text.encode("utf-8")
            for i in range(0, len(data), CHUNK):
                yield True, data[i:i + CHUNK]
            return
        chunk = first
        while chunk:
            yield False, chunk
            chunk = fh.read(CHUNK)


def scan_sheet(zf: zipfile.ZipFile, info: zipfile.ZipInfo, package: PackageScan) -> SheetScan:
    """One pass of a few substring searches (memory speed) and one rarely matching regular
    expression; a second pass for far rows only when they could make the area too large."""
    scan = SheetScan()
    tail = b""
    cell = formula = b""
    for utf16, chunk in _chunks(zf, info):
        package.utf16 |= utf16
        if not cell:  # the root element's namespace prefix, if any ("x:worksheet")
            m = _ROOT.search(chunk)
            prefix = (m.group(1) or b"") if m else b""
            cell, formula = b"<" + prefix + b"c ", b"<" + prefix + b"f"
        window = tail + chunk
        scan.cells += chunk.count(cell)
        if not scan.special and (formula in window or b't="e"' in window) \
                and _SPECIAL_CELL.search(window):
            scan.special = True
        if not scan.hidden_marks and b"hidden" in window:
            scan.hidden_marks = any(mark in window for mark in _HIDDEN)
        for m in _WIDE_REF.finditer(window):
            scan.max_column = max(scan.max_column, column_number(m.group(1)))
            scan.max_row = max(scan.max_row, int(m.group(2)))
        tail = chunk[-64:]
    if MAX_ROW * scan.max_column > _bound(scan):  # far rows could matter: find the farthest
        for _utf16, chunk in _chunks(zf, info):
            for pattern in (_ROW_NUMBER, _CELL_ROW):
                for m in pattern.finditer(chunk):
                    scan.max_row = max(scan.max_row, int(m.group(1)))
    return scan


def _bound(scan: SheetScan) -> int:
    return max(MIN_AREA, AREA_PER_CELL * scan.cells)


def _sheet_names(zf: zipfile.ZipFile, names: set[str]) -> dict[str, tuple[str, str]]:
    """Worksheet part -> (sheet name, state) from xl/workbook.xml and its relationships."""
    try:
        book = SafeET.fromstring(zf.read("xl/workbook.xml"))
        rels = SafeET.fromstring(zf.read("xl/_rels/workbook.xml.rels")) \
            if "xl/_rels/workbook.xml.rels" in names else None
    except Exception:  # malformed: the readers say so in their own words
        return {}
    targets = {}
    if rels is not None:
        for rel in rels:
            target = rel.get("Target", "")
            target = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
            targets[rel.get("Id")] = target
    out = {}
    for sheet in book.iter(f"{MAIN_NS}sheet"):
        part = targets.get(sheet.get(f"{REL_NS}id"))
        if part:
            out[part] = (sheet.get("name", ""), sheet.get("state", "visible"))
    return out


def _hidden_cells(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> tuple[int, str] | None:
    """(row, cell reference) of a value in a hidden row or column, or None."""
    hidden_cols: list[tuple[int, int]] = []
    hidden_row = False
    data = b"".join(chunk for _u, chunk in _chunks(zf, info))
    for event, elem in SafeET.iterparse(io.BytesIO(data), events=("start", "end")):
        tag = elem.tag.rsplit("}", 1)[-1]
        if event == "start" and tag == "row":
            hidden_row = elem.get("hidden") in ("1", "true")
        elif event == "end" and tag == "col" and elem.get("hidden") in ("1", "true"):
            hidden_cols.append((int(elem.get("min", "0")), int(elem.get("max", "0"))))
        elif event == "end" and tag == "c":
            ref = elem.get("r", "")
            has_value = any(child.tag.rsplit("}", 1)[-1] in ("v", "is") and
                            "".join(child.itertext()).strip() for child in elem)
            if has_value:
                letters = ref.rstrip("0123456789")
                col = column_number(letters) if letters else 0
                row = int(ref[len(letters):] or 0)
                if hidden_row or any(lo <= col <= hi for lo, hi in hidden_cols):
                    return row, ref
            elem.clear()
    return None


def scan_package(zf: zipfile.ZipFile, file_name: str) -> PackageScan:
    """Scan every part a reader will read; raises ScanRefused for hidden content, a used area
    far beyond the cells a sheet holds, or a package with a duplicated entry."""
    infos = zf.infolist()
    names = [i.filename for i in infos]
    seen: set[str] = set()
    for name in names:
        if name in seen:
            raise ScanRefused("duplicate_part", value=name)
        seen.add(name)
    package = PackageScan()
    sheet_names = _sheet_names(zf, seen)
    for part, (title, state) in sheet_names.items():
        if state in ("hidden", "veryHidden") and match_sheet(title) is not None:
            raise ScanRefused("hidden_sheet", sheet=title)
    for info in infos:
        name = info.filename
        if name == "xl/sharedStrings.xml":
            for utf16, _chunk in _chunks(zf, info):
                package.utf16 |= utf16
                break
        if not (name.startswith("xl/worksheets/") and name.endswith(".xml")):
            continue
        scan = scan_sheet(zf, info, package)
        package.sheets[name] = scan
        package.special |= scan.special
        title, _state = sheet_names.get(name, (name, "visible"))
        if scan.max_column > MAX_COLUMNS or scan.area > _bound(scan):
            raise ScanRefused("sheet_area_too_large", sheet=title, rows=scan.max_row,
                              columns=scan.max_column,
                              ref=f"{column_letters(scan.max_column)}{scan.max_row}")
        if scan.hidden_marks and match_sheet(title) is not None:
            found = _hidden_cells(zf, info)
            if found is not None:
                raise ScanRefused("hidden_rows", sheet=title, row=found[0], ref=found[1])
    return package

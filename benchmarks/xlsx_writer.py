"""A small streaming .xlsx writer shaped like Excel's own files: a <dimension> on every sheet,
text in the shared-string table, numbers as plain <v>, dates as serial numbers with a date style.

openpyxl's write-only files have no <dimension> (so openpyxl's read-only mode parses each sheet
twice to find its size) and inline strings; a benchmark of reading ledgers should read what a
branch actually gets from Excel or the core-banking export. Values: str, int, Decimal, date,
None (an empty cell). Never floats: amounts are Decimals written in their exact decimal text.
"""
from __future__ import annotations

import zipfile
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Iterable
from xml.sax.saxutils import escape

NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CT = "application/vnd.openxmlformats-officedocument.spreadsheetml"
EPOCH = date(1899, 12, 30)
STYLES = (f'<styleSheet {NS}><fonts count="1"><font><sz val="11"/><name val="宋体"/></font></fonts>'
          '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill '
          'patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/>'
          '<bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" '
          'fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" '
          'fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" '
          'borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle '
          'name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>')


def _column(i: int) -> str:
    name = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        name = chr(65 + r) + name
    return name


class XlsxWriter:
    def __init__(self, path: Path):
        self.zip = zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=6)
        self.strings: dict[str, int] = {}
        self.sheets: list[str] = []

    def _string(self, text: str) -> int:
        index = self.strings.get(text)
        if index is None:
            index = self.strings[text] = len(self.strings)
        return index

    def sheet(self, title: str, rows: Iterable[tuple]) -> int:
        """Write a sheet (the first row is the header); returns its number of rows."""
        rows = list(rows)
        width = max((len(r) for r in rows), default=1)
        number = len(self.sheets) + 1
        self.sheets.append(title)
        cols = [_column(i) for i in range(width)]
        with self.zip.open(f"xl/worksheets/sheet{number}.xml", "w") as out:
            out.write(f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet {NS}>'
                      f'<dimension ref="A1:{cols[-1]}{max(1, len(rows))}"/><sheetData>'
                      .encode())
            chunk = []
            for r, row in enumerate(rows, start=1):
                cells = []
                for c, value in enumerate(row):
                    ref = f"{cols[c]}{r}"
                    if value is None:
                        continue
                    if isinstance(value, str):
                        cells.append(f'<c r="{ref}" t="s"><v>{self._string(value)}</v></c>')
                    elif isinstance(value, date):
                        cells.append(f'<c r="{ref}" s="1"><v>{(value - EPOCH).days}</v></c>')
                    elif isinstance(value, (int, Decimal)) and not isinstance(value, bool):
                        text = format(Decimal(value).normalize(), "f")
                        cells.append(f'<c r="{ref}"><v>{text}</v></c>')
                    else:
                        raise TypeError(f"cannot write {type(value).__name__} {value!r}")
                chunk.append(f'<row r="{r}">{"".join(cells)}</row>')
                if len(chunk) >= 5000:
                    out.write("".join(chunk).encode())
                    chunk = []
            out.write(("".join(chunk) + "</sheetData></worksheet>").encode())
        return len(rows)

    def close(self) -> None:
        z, n = self.zip, len(self.sheets)
        z.writestr("[Content_Types].xml", (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.'
            'openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType='
            '"application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
            f'ContentType="application/xml"/><Override PartName="/xl/workbook.xml" '
            f'ContentType="{CT}.sheet.main+xml"/>' + "".join(
                f'<Override PartName="/xl/worksheets/sheet{i}.xml" '
                f'ContentType="{CT}.worksheet+xml"/>' for i in range(1, n + 1)) +
            f'<Override PartName="/xl/sharedStrings.xml" ContentType="{CT}.sharedStrings+xml"/>'
            f'<Override PartName="/xl/styles.xml" ContentType="{CT}.styles+xml"/></Types>'))
        z.writestr("_rels/.rels", (
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>'))
        z.writestr("xl/workbook.xml", (
            f'<workbook {NS} xmlns:r="{REL}"><sheets>' + "".join(
                f'<sheet name="{escape(t)}" sheetId="{i}" r:id="rId{i}"/>'
                for i, t in enumerate(self.sheets, start=1)) + "</sheets></workbook>"))
        z.writestr("xl/_rels/workbook.xml.rels", (
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            + "".join(f'<Relationship Id="rId{i}" Type="{REL}/worksheet" '
                      f'Target="worksheets/sheet{i}.xml"/>' for i in range(1, n + 1))
            + f'<Relationship Id="rId{n + 1}" Type="{REL}/sharedStrings" '
              f'Target="sharedStrings.xml"/><Relationship Id="rId{n + 2}" Type="{REL}/styles" '
              'Target="styles.xml"/></Relationships>'))
        z.writestr("xl/styles.xml", STYLES)
        with z.open("xl/sharedStrings.xml", "w") as out:
            out.write(f'<sst {NS} count="{len(self.strings)}" uniqueCount="{len(self.strings)}">'
                      .encode())
            out.write("".join(f"<si><t>{escape(s)}</t></si>" for s in self.strings).encode())
            out.write(b"</sst>")
        z.close()

"""The calamine reader keeps calamine's values (`RawSheet.native`); in openpyxl's form
(`reader.openpyxl_form`) they are the values openpyxl gives, types included, so that parsing
and its messages do not depend on the reader. Parsing gives the reader's rows back once typed
(a million-row ledger is not held twice: benchmarks/huge_workbook.py)."""
from __future__ import annotations

from datetime import datetime

import openpyxl

from ruralperf.io.calamine_reader import read_plain_workbook
from ruralperf.io.parse import parse_workbook
from ruralperf.io.reader import _read_with_openpyxl, openpyxl_form

ROWS = [["合同号", "月份", "余额", "标志", "日期", "比例"],
        ["C1", "2025-09", 1000, True, datetime(2025, 9, 30), 0.5],
        ["C2", "2025-09", 1000.0, 1, datetime(2025, 9, 30), 1.0],
        ["C3", "2025-09", "1000", "1", datetime(2025, 9, 30, 8, 30), -0.0],
        [" ", None, 10**6, False, None, 2.5],
        ["C4", "2025-09", 1000, 0, datetime(2025, 9, 30), 0],
        [None, None, None, None, None, None],
        [None, None, None, None, None, "末"]]


def _book(path, rows=ROWS, origin: int = 1):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "月末台账"
    for r, row in enumerate(rows, start=origin):
        for c, value in enumerate(row, start=origin):
            sheet.cell(r, c, value)
    book.save(path)
    return path


def _typed(rows, form=lambda v: v):
    return [(n, [(type(v), v) for v in map(form, values)]) for n, values in rows]


def test_the_values_in_openpyxl_form_and_their_types_are_those_of_openpyxl(tmp_path):
    path = _book(tmp_path / "values.xlsx")
    (plain,) = read_plain_workbook(path)
    (reference,) = _read_with_openpyxl(path, has_formulas=False)
    assert plain.native and not reference.native
    assert _typed(plain.rows, openpyxl_form) == _typed(reference.rows)
    flags = [openpyxl_form(values[3]) for _, values in plain.rows[1:6]]
    assert [type(f) for f in flags] == [bool, int, str, bool, int]  # True is not 1, nor "1"
    assert [n for n, _ in plain.rows] == [1, 2, 3, 4, 5, 6, 8]  # the empty row 7 left out


def test_a_sheet_starting_further_right_and_down_keeps_excel_positions(tmp_path):
    path = _book(tmp_path / "offset.xlsx", ROWS[:3], origin=3)
    (plain,) = read_plain_workbook(path)
    (reference,) = _read_with_openpyxl(path, has_formulas=False)
    assert [n for n, _ in plain.rows] == [3, 4, 5]
    assert _typed(plain.rows, openpyxl_form) == _typed(reference.rows)


def test_parsing_gives_the_reader_s_rows_back(tmp_path):
    (sheet,) = read_plain_workbook(_book(tmp_path / "ledger.xlsx", ROWS[:3]))
    parsed = parse_workbook([sheet])
    assert sheet.rows == [] and len(parsed.sheets["snapshots"].rows) == 2

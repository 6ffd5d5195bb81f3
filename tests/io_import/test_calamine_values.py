"""The calamine reader gives the values openpyxl gives (types included), and equal values of a
column are one shared object, so that a million-row ledger does not hold a million copies of
its months and classes (benchmarks/huge_workbook.py)."""
from __future__ import annotations

from datetime import datetime

import openpyxl

from ruralperf.io.calamine_reader import read_plain_workbook
from ruralperf.io.reader import _read_with_openpyxl

ROWS = [["合同号", "月份", "余额", "标志", "日期", "比例"],
        ["C1", "2025-09", 1000, True, datetime(2025, 9, 30), 0.5],
        ["C2", "2025-09", 1000.0, 1, datetime(2025, 9, 30), 1.0],
        ["C3", "2025-09", "1000", "1", datetime(2025, 9, 30, 8, 30), -0.0],
        [" ", None, 10**6, False, None, 2.5],
        ["C4", "2025-09", 1000, 0, datetime(2025, 9, 30), 0]]


def _book(path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "月末台账"
    for row in ROWS:
        sheet.append(row)
    book.save(path)
    return path


def _typed(rows):
    return [(n, [(type(v), v) for v in values]) for n, values in rows]


def test_the_values_and_their_types_are_those_of_openpyxl(tmp_path):
    path = _book(tmp_path / "values.xlsx")
    (plain,) = read_plain_workbook(path)
    (reference,) = _read_with_openpyxl(path, has_formulas=False)
    assert _typed(plain.rows) == _typed(reference.rows)
    flags = [values[3] for _, values in plain.rows[1:]]
    assert [type(f) for f in flags] == [bool, int, str, bool, int]  # True is not 1, nor "1"


def test_equal_values_of_a_column_are_one_object(tmp_path):
    (sheet,) = read_plain_workbook(_book(tmp_path / "shared.xlsx"))
    rows = [values for _, values in sheet.rows[1:]]
    months = [r[1] for r in rows if r[1] is not None]
    assert len(months) == 4 and all(m is months[0] for m in months)
    assert rows[0][2] is rows[4][2] and rows[0][4] is rows[1][4]
    assert rows[0][4] is not rows[2][4] and rows[2][4].hour == 8

"""Every text cell stays text: nothing an export writes is ever evaluated as a formula."""
from __future__ import annotations

import io
import zipfile
from datetime import date
from decimal import Decimal

import pytest
from openpyxl import Workbook, load_workbook

from ruralperf.io.xlsx_safe import MONEY_FORMAT, set_cell, write_row

DANGEROUS = ["=1+1", "+86 138", "-5", "@SUM(A1)", "=HYPERLINK(\"http://evil\",\"x\")",
             "=cmd|' /C calc'!A0"]


def _roundtrip(values):
    wb = Workbook()
    ws = wb.active
    write_row(ws, 1, values)
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def test_formula_like_text_is_stored_as_text():
    data = _roundtrip(DANGEROUS)
    sheet = zipfile.ZipFile(io.BytesIO(data)).read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet and "<f " not in sheet
    ws = load_workbook(io.BytesIO(data)).active
    for cell, text in zip(ws[1], DANGEROUS):
        assert cell.value == text
        assert cell.data_type == "s"
        assert cell.quotePrefix  # stays text even when the user edits the cell in Excel


def test_plain_text_is_not_quote_prefixed_and_keeps_leading_zeros():
    ws = load_workbook(io.BytesIO(_roundtrip(["0012", "张伟", "E001"]))).active
    assert [c.value for c in ws[1]] == ["0012", "张伟", "E001"]
    assert not any(c.quotePrefix for c in ws[1])


def test_numbers_dates_and_control_characters():
    wb = Workbook()
    ws = wb.active
    set_cell(ws, 1, 1, Decimal("12345678.90"), MONEY_FORMAT)
    set_cell(ws, 1, 2, date(2025, 9, 30))
    set_cell(ws, 1, 3, "a\x00b\x07c")
    set_cell(ws, 1, 4, None)
    buffer = io.BytesIO()
    wb.save(buffer)
    back = load_workbook(buffer).active
    assert Decimal(str(back["A1"].value)) == Decimal("12345678.90")
    assert back["A1"].number_format == MONEY_FORMAT
    assert back["B1"].value.date() == date(2025, 9, 30)
    assert back["C1"].value == "abc"
    assert back["D1"].value is None


def test_float_refused():
    ws = Workbook().active
    with pytest.raises(TypeError):
        set_cell(ws, 1, 1, 1.5)

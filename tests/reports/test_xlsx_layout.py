"""Table exports a person can print and read: widths that fit the content (no "###"), frozen
headers, numbers and percentages as numbers with formats, dates as dates, and on every sheet of
the summary and limitation workbooks a print setup (landscape, fit to width, repeated header
rows, page numbers). Read back with openpyxl."""
from __future__ import annotations

import io
from datetime import date, datetime
from decimal import Decimal

import openpyxl
from openpyxl.utils import get_column_letter

from ruralperf.io.xlsx_safe import text_width
from ruralperf.reports.limitation_reports import limitation_xlsx
from ruralperf.reports.summary_xlsx import summary_xlsx
from ruralperf.services.audit_view import AuditFilter
from ruralperf.services.export import ExportColumn, export_view

BRANCH = ("0001", "本网点")


def _book(data: bytes):
    return openpyxl.load_workbook(io.BytesIO(data))


def _assert_fits(sheet, first_row: int) -> None:
    for row in sheet.iter_rows(min_row=first_row):
        for cell in row:
            if isinstance(cell.value, (int, Decimal, float, date)) and cell.value is not None:
                width = sheet.column_dimensions[get_column_letter(cell.column)].width
                need = text_width(cell.value, cell.number_format)
                assert width >= need, (sheet.title, cell.coordinate, cell.value, width, need)


def _assert_print_setup(sheet) -> None:
    assert sheet.page_setup.orientation == "landscape", sheet.title
    assert sheet.page_setup.fitToWidth == 1 and sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.print_title_rows, sheet.title
    assert "&P" in sheet.oddFooter.center.text and "&N" in sheet.oddFooter.center.text
    assert sheet.freeze_panes, sheet.title


def test_summary_workbook_prints_on_every_sheet(approved_run):
    book = _book(summary_xlsx(approved_run, BRANCH))
    assert len(book.worksheets) >= 3
    for sheet in book.worksheets:
        _assert_print_setup(sheet)
        _assert_fits(sheet, 2)
    summary = book.worksheets[0]
    p_cells = [row[3] for row in summary.iter_rows(min_row=4) if isinstance(row[3].value,
                                                                           (int, float))]
    assert p_cells and all(c.number_format == "0.00%" for c in p_cells)


def test_limitation_workbook_prints_on_every_sheet(golden_ws):
    report = golden_ws.limitation(date(2025, 9, 30))
    book = _book(limitation_xlsx(report, 3650, branch=BRANCH))
    for sheet in book.worksheets:
        _assert_print_setup(sheet)
        assert sheet.print_title_rows.startswith("$3") or "3" in sheet.print_title_rows
        _assert_fits(sheet, 4)


def test_view_export_has_fitting_widths_percentages_and_a_frozen_header(golden_ws, tmp_path):
    columns = [ExportColumn(k, k, kind) for k, kind in golden_ws.browse.columns("credits")]
    export_view(golden_ws, "credits", tmp_path / "credits.xlsx", columns)
    sheet = openpyxl.load_workbook(tmp_path / "credits.xlsx").active
    assert sheet.freeze_panes == "A2"
    share = [k for k, kind in golden_ws.browse.columns("credits")].index("share")
    cells = [row[share] for row in sheet.iter_rows(min_row=2)]
    assert cells and all(c.data_type == "n" and c.number_format == "0.00%" for c in cells)
    assert 0 < cells[0].value <= 1
    _assert_fits(sheet, 2)
    columns = [ExportColumn(k, k, kind) for k, kind in golden_ws.browse.columns("loans")]
    export_view(golden_ws, "loans", tmp_path / "loans.xlsx", columns)
    _assert_fits(openpyxl.load_workbook(tmp_path / "loans.xlsx").active, 2)


def test_audit_export_has_times_as_dates(golden_ws, tmp_path):
    golden_ws.audit_view.export_xlsx(tmp_path / "audit.xlsx", AuditFilter())
    sheet = openpyxl.load_workbook(tmp_path / "audit.xlsx").active
    assert sheet.freeze_panes == "A2"
    times = [row[1].value for row in sheet.iter_rows(min_row=2)]
    assert times and all(isinstance(t, datetime) for t in times)
    _assert_fits(sheet, 2)


def test_problem_list_has_a_frozen_header_and_row_numbers_as_numbers(tmp_path):
    from ruralperf.io.parse import Problem
    from ruralperf.io.problems_xlsx import write_problems_xlsx

    problems = [Problem("贷款", 7, "贷款金额", "not_a_number", (("value", "abc"),))]
    sheet = openpyxl.load_workbook(write_problems_xlsx(problems, tmp_path / "p.xlsx")).active
    assert sheet.freeze_panes == "A2"
    assert sheet["C2"].value == 7 and sheet["C2"].data_type == "n"
    assert sheet.column_dimensions["E"].width >= text_width(sheet["E2"].value)

"""Issue 14, points 6, 7, 8, 10: each hostile or contradictory workbook of the corpus is
refused for its own reason, at its sheet, row and column; a UTF-16 sheet is read."""
from __future__ import annotations

import io
import zipfile

import pytest

from tests.corpus.make_corpus import (DATA_CASES, STAFF, _replace_entry, _valid_bytes,
                                      data_workbook, hostile_cases)

# case -> (problem code, column header or None)
EXPECTED = {
    "staff_name_nul": ("text_control_chars", "姓名"),
    "staff_name_form_feed": ("text_control_chars", "姓名"),
    "staff_no_fullwidth_lookalike": ("code_not_plain", "工号"),
    "staff_no_zero_width_lookalike": ("text_invisible_chars", "工号"),
    "staff_no_inner_space": ("code_not_plain", "工号"),
    "household_name_bidi_override": ("text_invisible_chars", "户名"),
    "loan_date_excel_serial_60": ("date_before_1900_march", "发放日期"),
    "snapshot_before_disbursement": ("month_before_disbursed", "月份"),
    "interest_before_disbursement": ("month_before_disbursed", "月份"),
    "reassignment_before_disbursement": ("date_before_disbursed", "生效日期"),
    "event_before_disbursement": ("date_before_disbursed", "日期"),
    "recovery_before_disbursement": ("date_before_disbursed", "日期"),
    "extension_shortens_maturity": ("extension_not_later", "新到期日"),
}
FILE_EXPECTED = {
    "far_cell_xfd1048576": "sheet_area_too_large",
    "far_cell_a1048576": "sheet_area_too_large",
    "hidden_sheet": "hidden_sheet",
    "very_hidden_sheet": "hidden_sheet",
    "duplicate_zip_entry": "duplicate_part",
    "hidden_row_adjustment": "hidden_rows",
    "hidden_column": "hidden_rows",
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_contradictions_and_lookalikes_are_refused_where_they_are(name, golden_ws, tmp_path):
    case = next(c for c in DATA_CASES if c[0] == name)
    path = tmp_path / f"{name}.xlsx"
    path.write_bytes(data_workbook(*case[1:]))
    report = golden_ws.import_workbook(path, dry_run=True)
    code, column = EXPECTED[name]
    found = [(p.code, p.sheet, p.row, p.column) for p in report.errors]
    assert (code, case[1], 3 if case[1] in ("员工", "借款户", "贷款") else 2, column) in found, found


@pytest.mark.parametrize("name", sorted(FILE_EXPECTED))
def test_hostile_files_are_refused_with_their_reason(name, golden_ws, tmp_path):
    path = tmp_path / f"{name}.xlsx"
    path.write_bytes(hostile_cases(_valid_bytes())[name])
    report = golden_ws.import_workbook(path, dry_run=True)
    assert [p.code for p in report.errors] == [FILE_EXPECTED[name]]
    zh, en = report.errors[0].message("zh_CN"), report.errors[0].message("en")
    assert zh != en and "{" not in zh and "{" not in en


def test_the_far_cell_is_named(golden_ws, tmp_path):
    path = tmp_path / "far.xlsx"
    path.write_bytes(hostile_cases(_valid_bytes())["far_cell_xfd1048576"])
    message = golden_ws.import_workbook(path, dry_run=True).errors[0].message("zh_CN")
    assert "员工" in message and "XFD1048576" in message and "16384 列" in message


def test_the_hidden_adjustment_row_is_named(golden_ws, tmp_path):
    path = tmp_path / "hidden.xlsx"
    path.write_bytes(hostile_cases(_valid_bytes())["hidden_row_adjustment"])
    message = golden_ws.import_workbook(path, dry_run=True).errors[0].message("zh_CN")
    assert "调整" in message and "第 3 行" in message


def test_a_hidden_but_empty_row_is_no_reason_to_refuse(golden_ws, tmp_path):
    import openpyxl

    wb = openpyxl.load_workbook(io.BytesIO(_valid_bytes()))
    wb["员工"].row_dimensions[10].hidden = True  # nothing in it
    path = tmp_path / "empty_hidden.xlsx"
    wb.save(path)
    assert golden_ws.import_workbook(path, dry_run=True).ok


def test_a_utf16_sheet_is_read_not_taken_for_empty(golden_ws, tmp_path):
    valid = data_workbook("员工", STAFF, ["E977", "丙", "客户经理", 1])
    sheet = "xl/worksheets/sheet1.xml"
    xml = zipfile.ZipFile(io.BytesIO(valid)).read(sheet)
    path = tmp_path / "utf16.xlsx"
    path.write_bytes(_replace_entry(valid, sheet, xml.decode("utf-8").encode("utf-16")))
    report = golden_ws.import_workbook(path)
    assert report.ok, [p.message() for p in report.errors]
    assert golden_ws.browse.find("staff", staff_no="E977")["name"] == "丙"


def test_a_later_extension_is_accepted(golden_ws, tmp_path):
    case = next(c for c in DATA_CASES if c[0] == "extension_shortens_maturity")
    row = list(case[3])
    row[5] = "2026-12-31"  # after the maturity 2026-06-30
    path = tmp_path / "ext.xlsx"
    path.write_bytes(data_workbook(case[1], case[2], row))
    report = golden_ws.import_workbook(path, dry_run=True)
    assert report.ok, [p.message() for p in report.errors]

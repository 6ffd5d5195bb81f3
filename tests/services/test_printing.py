"""The window's one way to printed output (`Workspace.printing`) and the facade's methods that
need no open database: what they return is what the report modules make."""
from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook

from ruralperf.errors import UserError
from ruralperf.workspace import Workspace
from ruralperf.domain.periods import Quarter


def test_statements_and_summary_are_pdfs_of_the_run(golden_ws):
    golden_ws.compute_pay_run(Quarter(2025, 3))
    run = golden_ws.stored_pay_run(Quarter(2025, 3))
    one = golden_ws.printing.statements_pdf(run, "zh_CN", ["E002"])
    every = golden_ws.printing.statements_pdf(run, "zh_CN", duplex=True, copies=2)
    assert one.startswith(b"%PDF") and every.startswith(b"%PDF") and len(every) > len(one)
    assert golden_ws.printing.summary_pdf(run, "en").startswith(b"%PDF")


def test_the_summary_file_follows_the_suffix(golden_ws, tmp_path):
    golden_ws.compute_pay_run(Quarter(2025, 3))
    run = golden_ws.stored_pay_run(Quarter(2025, 3))
    pdf_name, xlsx_name = golden_ws.printing.summary_filenames(run, "zh_CN")
    assert pdf_name.endswith(".pdf") and xlsx_name.endswith(".xlsx") and "2025Q3-v1" in pdf_name
    pdf = golden_ws.printing.write_summary(run, tmp_path / pdf_name.upper(), "zh_CN")
    xlsx = golden_ws.printing.write_summary(run, tmp_path / xlsx_name, "zh_CN")
    assert pdf.read_bytes().startswith(b"%PDF")
    assert load_workbook(xlsx, read_only=True).sheetnames


def test_limitation_lists_and_a_code_in_words(golden_ws, tmp_path):
    as_of = date(2025, 9, 30)
    assert golden_ws.printing.warning_list_pdf(as_of, "zh_CN").startswith(b"%PDF")
    assert golden_ws.printing.accountability_pdf(as_of, "en").startswith(b"%PDF")
    paths = golden_ws.printing.write_limitation(as_of, tmp_path, "zh_CN")
    assert {p.suffix for p in paths} == {".pdf", ".xlsx"}
    assert "没有找到校验码 XXXXXXXX" in golden_ws.printing.describe_code("xxxxxxxx", "zh_CN")[0]


def test_printing_needs_a_sign_in(golden_ws):
    golden_ws.compute_pay_run(Quarter(2025, 3))
    run = golden_ws.stored_pay_run(Quarter(2025, 3))
    golden_ws.add_user("admin", "Secret-pass-1", "admin")
    golden_ws.logout()
    with pytest.raises(UserError):
        golden_ws.printing.summary_pdf(run, "zh_CN")


def test_the_import_format_without_a_database(tmp_path):
    keys = [c.key for c in Workspace.record_columns("staff")]
    assert keys[0] == "staff_no"
    assert Workspace.record_sheet_name("staff") == "员工"
    assert Workspace.record_sheet_name("no_such_table") == "no_such_table"
    assert Workspace.enum_words("grade")["次级"] == "substandard"
    Workspace.enum_words("grade")["x"] = "y"  # a copy: the format itself stays as declared
    assert "x" not in Workspace.enum_words("grade")
    path = Workspace.write_template(tmp_path / "模板.xlsx", lang="zh_CN")
    assert "员工" in load_workbook(path, read_only=True).sheetnames

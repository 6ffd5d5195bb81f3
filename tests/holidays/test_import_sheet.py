"""The import sheet 节假日: a year's rows replace that year, all or nothing, errors located by
sheet, row and column; the template has the sheet with a drop-down for the kind."""
from __future__ import annotations

from datetime import date

import openpyxl
from sqlalchemy import select

from ruralperf.db import models as m
from ruralperf.io.template import write_template
from tests.io_import.helpers import write_workbook

from .conftest import AS_OF
from .test_calendar_year import approve_quarter

HEADER = ["日期", "类型", "说明"]
SPRING = [[f"2027-02-{d:02d}", "休息日", "春节"] for d in range(6, 14)] + [
    ["2027-02-14", "调休上班日", "春节"], ["2027-02-20", "make_up_workday", None]]


def run(ws, tmp_path, sheets, name="holidays.xlsx", **kw):
    return ws.import_workbook(write_workbook(tmp_path / name, sheets), **kw)


def test_importing_2027_replaces_the_year_and_moves_expiries(branch_ws, tmp_path):
    report = run(branch_ws, tmp_path, {"节假日": [HEADER, *SPRING]})
    assert report.ok, [p.message() for p in report.errors]
    assert report.counts["holidays"].inserted == 10
    year = branch_ws.holidays.year(2027)
    assert year.covered and year.source.kind == "import" and year.source.file == "holidays.xlsx"
    rows = {r.contract_no: r.expiry for r in branch_ws.limitation(AS_OF).loans}
    assert rows["L1"] == date(2027, 2, 14) and rows["L2"] == date(2027, 2, 20)
    again = run(branch_ws, tmp_path, {"节假日": [HEADER, *SPRING]}, name="again.xlsx")
    assert not again.changed  # a second import of the same rows changes nothing


def test_rows_of_a_built_in_year_replace_it_entirely(branch_ws, tmp_path):
    run(branch_ws, tmp_path, {"holidays": [["date", "kind", "note"],
                                           ["2026-10-01", "rest_day", "国庆节"]]})
    assert [d.day for d in branch_ws.holidays.year(2026).days] == [date(2026, 10, 1)]
    assert len(branch_ws.holidays.year(2025).days) > 20  # other years untouched


def _snapshot(ws):
    with ws.engine.connect() as c:
        return (c.execute(select(m.HolidayRow.day).order_by(m.HolidayRow.day)).all(),
                c.execute(select(m.StaffRow.staff_no)).all(),
                c.execute(select(m.AuditRow.seq)).all())


def test_one_bad_row_rejects_the_whole_workbook(branch_ws, tmp_path):
    before = _snapshot(branch_ws)
    report = run(branch_ws, tmp_path, {
        "员工": [["工号", "姓名", "岗位", "岗位系数"], ["E9", "新人", "客户经理", 1]],
        "节假日": [HEADER, *SPRING, ["2027-02-15", "调休上班日", None], ["2027-02-16", "放假", None],
                ["2027-02-06", "休息日", "重复"]]})
    assert not report.ok
    messages = [p.message("zh_CN") for p in report.errors]
    assert any(t.startswith("节假日, 第 12 行, 类型: 2027-02-15 是工作日") for t in messages), messages
    assert any(t.startswith("节假日, 第 13 行, 类型:") and "休息日/调休上班日" in t for t in messages)
    assert any(t.startswith("节假日, 第 14 行, 日期:") for t in messages), messages
    assert _snapshot(branch_ws) == before  # nothing changed: not the staff, not the calendar
    assert not branch_ws.holidays.year(2027).covered


def test_a_frozen_day_rejects_the_import(branch_ws, tmp_path):
    approve_quarter(branch_ws, "2026Q1")
    before = _snapshot(branch_ws)
    report = run(branch_ws, tmp_path, {"节假日": [HEADER, ["2026-10-01", "休息日", "国庆节"]]})
    assert not report.ok
    messages = [p.message("en") for p in report.errors]
    assert any("2026-01-01" in t and "2026Q1" in t for t in messages), messages
    assert _snapshot(branch_ws) == before


def test_the_template_has_the_sheet_with_a_kind_list(tmp_path):
    wb = openpyxl.load_workbook(write_template(tmp_path / "t.xlsx"))
    ws = wb["节假日"]
    assert [c.value for c in ws[1]] == ["日期", "类型", "说明"]
    lists = [dv.formula1 for dv in ws.data_validations.dataValidation if dv.type == "list"]
    assert '"休息日,调休上班日"' in lists

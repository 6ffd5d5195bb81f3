"""Import as an upsert by natural key (WORKBOOK.md): new rows inserted, changed rows updated,
identical rows unchanged; a second import of the same workbook changes nothing; a dry run
reports the same counts and writes nothing."""
from __future__ import annotations

import shutil
from datetime import date
from decimal import Decimal

import pytest

from ruralperf.io.apply import SheetCount
from tests import pg_databases as pg
from tests.conftest import GOLDEN_WORKBOOK
from tests.io_import.helpers import (add_row, data_dump, dump, located, minimal, set_cell,
                                     table_rows)


def test_golden_workbook_into_a_new_database_then_again_changes_nothing(workspace, db_path):
    first = workspace.import_workbook(GOLDEN_WORKBOOK)
    assert first.ok and first.changed, [p.message("en") for p in first.errors]
    assert {k: c.inserted for k, c in first.counts.items()} == {
        "parameters": 5, "staff": 5, "households": 22, "loans": 25, "credits": 27,
        "reassignments": 3, "snapshots": 45, "interest": 24, "deposits": 24, "items": 8,
        "recoveries": 1, "limitation_events": 9, "targets": 4, "adjustments": 2}
    after_first = dump(db_path)

    second = workspace.import_workbook(GOLDEN_WORKBOOK)
    assert second.ok and not second.changed
    assert {k: (c.inserted, c.updated) for k, c in second.counts.items()} == {
        k: (0, 0) for k in first.counts}
    assert {k: c.unchanged for k, c in second.counts.items()} == {
        k: c.inserted for k, c in first.counts.items()}
    assert dump(db_path) == after_first


def test_changed_value_is_counted_as_updated_and_stored(base_ws, base_db, import_sheets):
    sheets = minimal()
    set_cell(sheets, "员工", 3, "姓名", "李四四")
    set_cell(sheets, "员工", 3, "岗位系数", "1.35")
    set_cell(sheets, "贷款", 3, "贷款金额", 130000.5)
    set_cell(sheets, "营销分成", 3, "计奖比例", "55%")
    set_cell(sheets, "营销分成", 4, "计奖比例", 45)
    set_cell(sheets, "月末台账", 2, "五级分类", "次级")
    set_cell(sheets, "参数", 2, "值", "1200")
    add_row(sheets, "存款日均", "S3", "2025-07", 5)
    report = import_sheets(base_ws, sheets)
    assert report.ok and report.changed
    counts = report.counts
    assert counts["staff"] == SheetCount(0, 1, 2)
    assert counts["loans"] == SheetCount(0, 1, 2)
    assert counts["credits"] == SheetCount(0, 2, 2)
    assert counts["snapshots"] == SheetCount(0, 1, 1)
    assert counts["parameters"] == SheetCount(0, 1, 1)
    assert counts["deposits"] == SheetCount(1, 0, 2)
    assert counts["items"] == SheetCount(0, 0, 2)
    q = "SELECT name, coefficient FROM staff WHERE staff_no='S2'"
    assert table_rows(base_db, q) == [("李四四", "1.35")]
    assert table_rows(base_db, "SELECT amount FROM loans WHERE contract_no='L2'") == [(13000050,)]
    assert table_rows(base_db, "SELECT staff_no, share FROM credits WHERE contract_no='L2' "
                               "ORDER BY staff_no") == [("S1", "0.55"), ("S2", "0.45")]
    assert table_rows(base_db, "SELECT grade FROM snapshots WHERE contract_no='L1'") == \
        [("substandard",)]
    assert table_rows(base_db, "SELECT value FROM parameters WHERE key='floating.base_monthly'") \
        == [("1200",)]
    assert table_rows(base_db, "SELECT count(*) FROM staff") == [(3,)]


def test_a_partial_workbook_updates_only_what_it_holds(base_ws, base_db, import_sheets):
    report = import_sheets(base_ws, {"员工": [["工号", "姓名", "岗位", "岗位系数"],
                                            ["S3", "王五", "综合柜员", 0.8]]})
    assert report.ok and list(report.counts) == ["staff"]
    assert report.counts["staff"] == SheetCount(0, 1, 0)
    assert table_rows(base_db, "SELECT staff_no, position FROM staff ORDER BY staff_no") == [
        ("S1", "客户经理"), ("S2", "客户经理"), ("S3", "综合柜员")]


def test_equal_values_written_differently_are_unchanged(base_ws, base_db, import_sheets):
    sheets = minimal()
    set_cell(sheets, "员工", 2, "岗位系数", "1.20")
    set_cell(sheets, "贷款", 2, "贷款金额", "50,000.00")
    set_cell(sheets, "贷款", 2, "发放日期", "2025/7/10")
    set_cell(sheets, "营销分成", 2, "计奖比例", 1)
    set_cell(sheets, "月末台账", 2, "月份", "2025-9")
    set_cell(sheets, "时效事件", 2, "事件", "acknowledgement")
    set_cell(sheets, "任务目标", 2, "季度", "2025q3")
    before = dump(base_db)
    report = import_sheets(base_ws, sheets)
    assert report.ok and not report.changed
    assert dump(base_db) == before


@pytest.mark.parametrize("title, row", [
    ("中间业务", ["S1", "2025-07-05", "银行卡", 3, 150]),
    ("不良清收", ["L2", "S2", "2025-08-18", 2000]),
    ("调整", ["S1", "2025Q3", -150.5, "退回多发绩效"]),
])
def test_rows_without_a_key_are_new_unless_an_identical_row_exists(base_ws, base_db,
                                                                     import_sheets, title, row):
    header = minimal()[title][0]
    key = {"中间业务": "items", "不良清收": "recoveries", "调整": "adjustments"}[title]
    count = f"SELECT count(*) FROM {key}"
    have = table_rows(base_db, count)[0][0]

    # the row already in the database: unchanged
    report = import_sheets(base_ws, {title: [header, row]})
    assert report.counts[key] == SheetCount(0, 0, 1)
    # the same row twice stands for two records: one exists, one is new
    report = import_sheets(base_ws, {title: [header, row, row]})
    assert report.counts[key] == SheetCount(1, 0, 1)
    assert table_rows(base_db, count)[0][0] == have + 1
    report = import_sheets(base_ws, {title: [header, row, row]})
    assert report.counts[key] == SheetCount(0, 0, 2) and not report.changed
    # any different value makes a new row (never an update)
    changed = list(row)
    changed[-1] = 151 if isinstance(changed[-1], (int, float)) else changed[-1] + "（补）"
    report = import_sheets(base_ws, {title: [header, changed]})
    assert report.counts[key] == SheetCount(1, 0, 0)
    assert table_rows(base_db, count)[0][0] == have + 2


def test_dry_run_reports_counts_and_changes_nothing(base_ws, base_db, import_sheets):
    sheets = minimal()
    set_cell(sheets, "员工", 2, "姓名", "张三丰")
    add_row(sheets, "调整", "S2", "2025Q3", 10, "奖励")
    before = dump(base_db)
    dry = import_sheets(base_ws, sheets, dry_run=True)
    assert dry.ok and dry.dry_run and dry.changed
    assert dry.counts["staff"] == SheetCount(0, 1, 2)
    assert dry.counts["adjustments"] == SheetCount(1, 0, 1)
    assert dump(base_db) == before

    real = import_sheets(base_ws, sheets)
    assert real.counts == dry.counts
    assert dump(base_db) != before


def test_dry_run_of_a_bad_workbook_reports_the_errors(base_ws, base_db, import_sheets):
    sheets = minimal()
    set_cell(sheets, "贷款", 2, "管户工号", "S9")
    before = dump(base_db)
    report = import_sheets(base_ws, sheets, dry_run=True)
    assert located(report.errors) == [("贷款", 2, "管户工号", "unknown_staff")]
    assert report.counts == {} and dump(base_db) == before


def test_references_resolve_within_the_same_workbook(workspace, db_path, import_sheets):
    """A loan's household, staff and credits may all arrive in one workbook (and in any sheet
    order)."""
    sheets = dict(reversed(list(minimal().items())))
    report = import_sheets(workspace, sheets)
    assert report.ok, [p.message("en") for p in report.errors]
    assert table_rows(db_path, "SELECT count(*) FROM credits") == [(4,)]


def test_references_resolve_against_the_database(base_ws, base_db, import_sheets):
    report = import_sheets(base_ws, {
        "贷款": [["合同号", "客户号", "贷款金额", "发放日期", "到期日期", "贷款性质", "客户类型", "管户工号"],
               ["L4", "H2", 1000, "2025-09-02", "2026-09-01", "重组", "自主开发型", "S3"]],
        "营销分成": [["合同号", "工号", "计奖比例"], ["L4", "S3", "100%"]],
        "月末台账": [["合同号", "月份", "贷款余额", "逾期天数", "欠息月数", "五级分类"],
                 ["L4", "2025-09", 1000, 0, 0, "正常"]]})
    assert report.ok and report.problems == []
    assert report.counts["loans"] == SheetCount(1, 0, 0)


def test_credit_shares_can_be_changed_together(base_ws, base_db, import_sheets):
    report = import_sheets(base_ws, {"营销分成": [["合同号", "工号", "计奖比例"],
                                              ["L2", "S1", "30%"], ["L2", "S2", "70%"]]})
    assert report.ok and report.counts["credits"] == SheetCount(0, 2, 0)


def test_assist_share_limits_are_those_after_the_import(base_ws, base_db, import_sheets):
    """A workbook that raises loan_marketing.assist_share_max may use the new limit."""
    sheets = minimal()
    set_cell(sheets, "营销分成", 5, "计奖比例", "35%")
    assert located(import_sheets(base_ws, sheets).errors) == [
        ("营销分成", 5, "计奖比例", "credit_assist")]
    # a limit that takes effect only in the future does not apply today
    add_row(sheets, "参数", "loan_marketing.assist_share_max", "40%", "2099-01-01")
    assert located(import_sheets(base_ws, sheets).errors) == [
        ("营销分成", 5, "计奖比例", "credit_assist")]
    set_cell(sheets, "参数", 4, "生效日期", "2025-01-01")
    report = import_sheets(base_ws, sheets)
    assert report.ok, [p.message("en") for p in report.errors]
    assert table_rows(base_db, "SELECT share FROM credits WHERE contract_no='L3'") == [("0.35",)]


def test_loan_without_credits_is_a_warning(base_ws, base_db, import_sheets):
    report = import_sheets(base_ws, {
        "贷款": [["合同号", "客户号", "贷款金额", "发放日期", "到期日期", "贷款性质", "客户类型", "管户工号"],
               ["L4", "H2", 1000, "2025-09-02", "2026-09-01", "新增", "联合型", "S3"]]})
    assert report.ok
    assert located(report.warnings) == [("贷款", 2, "客户类型", "no_credits")]


@pytest.mark.parametrize("increment", [40000, 120000, 0.01])
def test_expansion_increment_within_the_amount_is_accepted(base_ws, base_db, import_sheets,
                                                           increment):
    sheets = minimal()
    set_cell(sheets, "贷款", 3, "扩大新增额", increment)
    report = import_sheets(base_ws, sheets)
    assert report.ok
    assert table_rows(base_db, "SELECT increment FROM loans WHERE contract_no='L2'") == \
        [(round(increment * 100),)]


def test_extension_with_new_maturity_and_lawsuit_without_staff(base_ws, base_db, import_sheets):
    sheets = minimal()
    add_row(sheets, "时效事件", "L2", "2025-09-10", "起诉", None, None, None)
    add_row(sheets, "时效事件", "L3", "2025-09-11", "extension", "S3", None, "2027-09-30")
    report = import_sheets(base_ws, sheets)
    assert report.ok, [p.message("en") for p in report.errors]
    assert table_rows(base_db, "SELECT contract_no, kind, staff_no, new_maturity FROM "
                               "limitation_events WHERE date >= '2025-09-10' ORDER BY date") == [
        ("L2", "lawsuit", None, None), ("L3", "extension", "S3", "2027-09-30")]


def test_money_is_stored_as_integer_fen(base_db):
    if pg.is_url(base_db):  # a BIGINT column on PostgreSQL
        rows = table_rows(base_db, "SELECT amount, pg_typeof(amount)::text FROM adjustments")
        assert rows == [(-15050, "bigint")]
    else:
        rows = table_rows(base_db, "SELECT amount, typeof(amount) FROM adjustments")
        assert rows == [(-15050, "integer")]
    assert table_rows(base_db, "SELECT daily_avg FROM deposit_averages WHERE staff_no='S1'") == \
        [(100000001,)]
    assert table_rows(base_db, "SELECT balance FROM snapshots WHERE contract_no='L2'") == \
        [(11000025,)]


def test_import_of_a_copy_in_a_new_place_reads_the_same(tmp_path, workspace, db_path, golden_db):
    """The golden workbook imported here gives the same tables as the shared golden fixture."""
    copy = tmp_path / "copy of golden.xlsx"
    shutil.copy(GOLDEN_WORKBOOK, copy)
    assert workspace.import_workbook(copy).ok
    assert data_dump(db_path) == data_dump(golden_db)
    assert workspace.scheme_on(date(2025, 9, 30))["floating.base_monthly"] == Decimal("1000.00")


def test_a_ledger_alone_is_checked_against_the_stored_loans(base_ws, base_db, import_sheets):
    """Issue 22: a workbook of month-end ledgers and interest reads only the loans' numbers and
    disbursement dates; an unknown loan and a month before the disbursement are still refused,
    and the stored loans' rows are accepted."""
    header = ["合同号", "月份", "贷款余额", "逾期天数", "欠息月数", "五级分类"]
    report = import_sheets(base_ws, {
        "月末台账": [header, ["L9", "2025-09", 1000, 0, 0, "正常"],
                 ["L1", "2000-01", 1000, 0, 0, "正常"], ["L1", "2025-10", 1000, 0, 0, "正常"]],
        "利息收入": [["合同号", "月份", "利息收入"], ["L1", "2025-10", 12.5]]})
    assert located(report.errors) == [("月末台账", 2, "合同号", "unknown_loan"),
                                      ("月末台账", 3, "月份", "month_before_disbursed")]

"""Sheet 追索扣回 (WORKBOOK.md): imported all or nothing, bad rows located, approved quarters
locked, contracts written one way."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import select

from ruralperf.db import models as m
from ruralperf.db.engine import read_session
from ruralperf.io.reader import RawSheet
from ruralperf.domain.periods import Quarter
from tests.deferral.scenario import scenario_sheets

HEADER = ("工号", "日期", "金额", "事由", "合同号")


def _clawbacks(*rows) -> list[RawSheet]:
    return [RawSheet("追索扣回", [(1, HEADER)] + [(i + 2, r) for i, r in enumerate(rows)])]


def _stored(ws) -> list[tuple]:
    with read_session(ws.engine) as s:
        return [(r.staff_no, r.date, r.amount, r.reason, r.contracts)
                for r in s.scalars(select(m.ClawbackRow).order_by(m.ClawbackRow.id))]


def _loan_sheets() -> list[RawSheet]:
    return [
        RawSheet("households", [(1, ("household_no", "name")), (2, ("H1", "李四"))]),
        RawSheet("loans", [(1, ("contract_no", "household_no", "amount", "disbursed_on",
                                "maturity_on", "nature", "customer_type", "manager_no")),
                           (2, ("C1", "H1", Decimal("50000"), date(2024, 3, 1),
                                date(2025, 3, 1), "new", "self_developed", "E001")),
                           (3, ("C2", "H1", Decimal("20000"), date(2024, 3, 5),
                                date(2025, 3, 5), "new", "self_developed", "E001"))]),
        RawSheet("credits", [(1, ("contract_no", "staff_no", "share")),
                             (2, ("C1", "E001", Decimal("1"))), (3, ("C2", "E001", Decimal("1")))]),
    ]


def test_clawbacks_import_once_with_their_contracts_in_one_spelling(workspace):
    assert workspace.import_sheets(scenario_sheets()[:2] + _loan_sheets()).ok
    sheets = _clawbacks(("E001", "2025-05-20", "3000", "贷款形成不良", "C1,C2"),
                        ("E001", date(2025, 6, 1), Decimal("100.50"), "违规放贷", None))
    report = workspace.import_sheets(sheets)
    assert report.ok, [p.message() for p in report.errors]
    assert _stored(workspace) == [
        ("E001", date(2025, 5, 20), Decimal("3000.00"), "贷款形成不良", "C1、C2"),
        ("E001", date(2025, 6, 1), Decimal("100.50"), "违规放贷", None)]
    again = workspace.import_sheets(_clawbacks(("E001", "2025-05-20", "3000", "贷款形成不良",
                                                "C1；C2")))
    assert again.ok and not again.changed
    assert len(_stored(workspace)) == 2


def test_bad_clawback_rows_are_located_and_change_nothing(workspace):
    assert workspace.import_sheets(scenario_sheets()[:2] + _loan_sheets()).ok
    report = workspace.import_sheets(_clawbacks(
        ("E001", "2025-05-20", "10", "正确", None),
        ("E001", "2025-05-20", "0", "金额为零", None),
        ("E001", "2025-05-20", "10", None, None)))
    assert {(p.sheet, p.row, p.column) for p in report.errors} == {
        ("追索扣回", 3, "金额"), ("追索扣回", 4, "事由")}
    report = workspace.import_sheets(_clawbacks(
        ("E999", "2025-05-20", "10", "无此员工", None),
        ("E001", "2025-05-20", "10", "无此合同", "C1、C404")))
    assert {(p.row, p.column, p.code) for p in report.errors} == {
        (2, "工号", "unknown_staff"), (3, "合同号", "unknown_loan")}
    assert any("C404" in p.message() for p in report.errors)
    assert _stored(workspace) == []


def test_a_clawback_in_an_approved_quarter_is_refused(workspace):
    assert workspace.import_sheets(scenario_sheets()).ok
    workspace.compute_pay_run(Quarter(2025, 2))
    workspace.approve_pay_run(Quarter(2025, 2), reason="one admin")
    report = workspace.import_sheets(_clawbacks(("E001", "2025-06-30", "10", "迟到的追索", None)))
    assert not report.ok
    assert len(_stored(workspace)) == 2  # the scenario's two, nothing more


def test_the_form_checks_contracts_and_locks_like_the_import(workspace):
    assert workspace.import_sheets(scenario_sheets()).ok
    assert workspace.import_sheets(_loan_sheets()).ok
    workspace.compute_pay_run(Quarter(2025, 2))
    workspace.approve_pay_run(Quarter(2025, 2), reason="one admin")
    save = workspace.records.save
    result = save("clawbacks", {"staff_no": "E001", "date": "2026-06-10", "amount": "10",
                                "reason": "违规放贷", "contracts": "C1,C404"})
    assert [(p.field, p.message) for p in result.problems] == [("contracts", "合同号不存在：C404")]
    result = save("clawbacks", {"staff_no": "E001", "date": "2025-06-10", "amount": "10",
                                "reason": "违规放贷"})
    assert not result.ok and "2025Q2" in result.problems[0].message
    assert save("clawbacks", {"staff_no": "E001", "date": "2026-06-10", "amount": "10",
                              "reason": "违规放贷", "contracts": "C1；C2"}).ok
    assert _stored(workspace)[-1][-1] == "C1、C2"

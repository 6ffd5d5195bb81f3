"""Beside a clawback: the staff member's credited and managed loans that became NPL within the
deferral window (DOMAIN.md 9.3)."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from ruralperf.domain.periods import Month
from ruralperf.io.reader import RawSheet
from tests.deferral.scenario import scenario_sheets


def _rows(header, *rows):
    return [(1, header)] + [(i + 2, r) for i, r in enumerate(rows)]


def _loans_turning_bad() -> list[RawSheet]:
    loan = ("contract_no", "household_no", "amount", "disbursed_on", "maturity_on", "nature",
            "customer_type", "manager_no")
    return [
        RawSheet("staff", _rows(("staff_no", "name", "position", "coefficient"),
                                ("E002", "王五", "客户经理", Decimal("1")))),
        RawSheet("households", _rows(("household_no", "name"), ("H1", "李四"), ("H2", "赵六"))),
        RawSheet("loans", _rows(
            loan,
            ("C1", "H1", Decimal("50000"), date(2023, 3, 1), date(2024, 3, 1), "new",
             "self_developed", "E002"),  # credited to E001, managed by E002
            ("C2", "H2", Decimal("20000"), date(2023, 3, 5), date(2024, 3, 5), "new",
             "self_developed", "E001"),  # managed by E001, bad in the window
            ("C3", "H2", Decimal("10000"), date(2020, 3, 5), date(2021, 3, 5), "new",
             "self_developed", "E001"))),  # bad long before the window
        RawSheet("credits", _rows(("contract_no", "staff_no", "share"),
                                  ("C1", "E001", Decimal("1")), ("C2", "E002", Decimal("1")),
                                  ("C3", "E001", Decimal("1")))),
        RawSheet("snapshots", _rows(
            ("contract_no", "month", "balance", "overdue_days", "arrears_months", "grade"),
            ("C1", "2025-01", Decimal("40000"), 0, 0, "normal"),
            ("C1", "2025-03", Decimal("40000"), 120, 4, "substandard"),
            ("C2", "2025-12", Decimal("15000"), 200, 7, "doubtful"),
            ("C3", "2021-06", Decimal("9000"), 200, 7, "loss"),
            ("C3", "2025-06", Decimal("9000"), 200, 7, "loss"))),
    ]


def test_evidence_lists_credited_and_managed_loans_that_turned_bad_in_the_window(workspace):
    assert workspace.import_sheets(scenario_sheets()).ok
    report = workspace.import_sheets(_loans_turning_bad())
    assert report.ok, [p.message() for p in report.errors]
    found = workspace.clawback_evidence("E001", date(2026, 5, 20))
    assert [(x.contract_no, x.household, x.role, x.npl_month, x.grade, x.balance)
            for x in found] == [
        ("C1", "李四", "credited", Month(2025, 3), "substandard", Decimal("40000.00")),
        ("C2", "赵六", "managed", Month(2025, 12), "doubtful", Decimal("15000.00"))]
    # a clawback early in 2025: C2 had not turned bad yet
    assert [x.contract_no for x in workspace.clawback_evidence("E001", date(2025, 4, 1))] == ["C1"]

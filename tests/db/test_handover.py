"""The handover rule through the database (DOMAIN.md 2, issue 16): the stored month facts are
re-read for the staff members who gave or received a loan, the explanation names the loans, and
`handover.follows_loans = false` gives the first edition's numbers."""
from __future__ import annotations

from decimal import Decimal

from ruralperf.io.reader import RawSheet
from ruralperf.domain.periods import Quarter


def sheet(title, headers, *rows):
    return RawSheet(title, [(1, tuple(headers))] + [(i + 2, tuple(r)) for i, r in enumerate(rows)])


def _payrun(ws):
    return {s.staff_no: s for s in ws.compute_pay_run(Quarter(2025, 3), save=False).staff}


def test_golden_e003_counts_c012s_household_in_its_base(golden_ws):
    e2, e3 = (_payrun(golden_ws)[s] for s in ("E002", "E003"))
    assert e3.base["maintenance"] == Decimal("120.00")  # 30 x min(2, 2): no growth fee
    for pay in (e2, e3):
        named = dict(pay.details["maintenance"][0].inputs)
        assert named["handovers"] == "C012 E002→E003 2025-08-15"
        assert dict(pay.indicators["npl"].inputs)["handovers"] == "C012 E002→E003 2025-08-15"


def test_first_edition_reading_through_the_database(golden_ws):
    report = golden_ws.import_sheets([sheet("parameters", ["key", "value", "effective_from"],
                                            ("handover.follows_loans", "否", "2025-01-01"))])
    assert report.ok, [p.message("en") for p in report.errors]
    e3 = _payrun(golden_ws)["E003"]
    assert e3.base["maintenance"] == Decimal("180.00")  # the first edition's value
    assert dict(e3.details["maintenance"][0].inputs)["base_follows_loans"] == "no"


def test_linked_credits_together_at_most_the_maximum_share(golden_ws):
    """DOMAIN.md 6.3: five credits of 30 % passed before; together they may not exceed 30 %."""
    staff = sheet("staff", ["staff_no", "name", "position", "coefficient"],
                  *[(f"X{i}", f"员工{i}", "客户经理", "1") for i in range(5)])
    loans = sheet("loans", ["contract_no", "household_no", "amount", "disbursed_on", "maturity_on",
                            "nature", "increment", "customer_type", "manager_no"],
                  ("Z1", "H01", "10000.00", "2025-08-01", "2026-07-31", "new", None, "linked",
                   "X0"))
    five = sheet("credits", ["contract_no", "staff_no", "share"],
                 *[("Z1", f"X{i}", "30%") for i in range(5)])
    report = golden_ws.import_sheets([staff, loans, five])
    assert not report.ok
    assert [p.code for p in report.errors] == ["credit_assist_total"]
    assert "150%" in report.errors[0].message("zh_CN")
    two = sheet("credits", ["contract_no", "staff_no", "share"], ("Z1", "X0", "20%"),
                ("Z1", "X1", "10%"))
    assert golden_ws.import_sheets([staff, loans, two]).ok


def test_share_limits_are_those_in_force_on_the_disbursement_date(golden_ws):
    """A maximum raised to 40 % from 2025-09-01 admits 40 % on a loan disbursed after it only."""
    raise_max = sheet("parameters", ["key", "value", "effective_from"],
                      ("loan_marketing.assist_share_max", "40%", "2025-09-01"))
    staff = sheet("staff", ["staff_no", "name", "position", "coefficient"],
                  ("X0", "甲", "客户经理", "1"), ("X1", "乙", "客户经理", "1"))
    header = ["contract_no", "household_no", "amount", "disbursed_on", "maturity_on", "nature",
              "increment", "customer_type", "manager_no"]
    credits = sheet("credits", ["contract_no", "staff_no", "share"], ("Z1", "X0", "20%"),
                    ("Z1", "X1", "20%"))
    before = sheet("loans", header, ("Z1", "H01", "10000.00", "2025-08-01", "2026-07-31", "new",
                                     None, "taken_over", "X0"))
    after = sheet("loans", header, ("Z1", "H01", "10000.00", "2025-09-02", "2026-07-31", "new",
                                    None, "taken_over", "X0"))
    refused = golden_ws.import_sheets([raise_max, staff, before, credits])
    assert [p.code for p in refused.errors] == ["credit_assist_total"]
    assert golden_ws.import_sheets([raise_max, staff, after, credits]).ok

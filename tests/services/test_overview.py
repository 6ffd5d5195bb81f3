"""The home page's facts: completeness counts, pay-run status, limitation deadlines."""
from __future__ import annotations

from datetime import date

from ruralperf.domain.periods import Month, Quarter
from ruralperf.domain.periods import last_complete_quarter

Q3 = Quarter(2025, 3)


def test_last_complete_quarter():
    assert last_complete_quarter(date(2026, 11, 22)) == Quarter(2026, 3)
    assert last_complete_quarter(date(2026, 1, 1)) == Quarter(2025, 4)
    assert last_complete_quarter(date(2025, 9, 30)) == Quarter(2025, 2)


def test_empty_database(workspace):
    overview = workspace.overview
    assert overview.is_empty()
    assert overview.latest_data_quarter() is None
    assert overview.default_quarter(date(2026, 11, 22)) == Quarter(2026, 3)
    c = overview.completeness(Q3)
    assert (c.staff, c.loans, c.targets, c.missing_targets) == (0, 0, 0, ())
    assert [str(m.month) for m in c.months] == ["2025-04", "2025-05", "2025-06", "2025-07",
                                                "2025-08", "2025-09"]
    assert not c.complete  # the required month-end ledgers are missing
    assert overview.pay_run_status(Q3).status == "none"


def test_default_quarter_follows_the_data(golden_ws):
    overview = golden_ws.overview
    assert not overview.is_empty()
    assert overview.latest_data_quarter() == Q3
    assert overview.default_quarter(date(2026, 11, 22)) == Q3
    assert overview.default_quarter(date(2025, 8, 1)) == Quarter(2025, 2)


def test_completeness_of_the_golden_quarter(golden_ws):
    c = golden_ws.overview.completeness(Q3)
    assert (c.staff, c.loans, c.targets, c.missing_targets) == (5, 25, 4, ("E005",))
    months = {str(m.month): m for m in c.months}
    assert months["2025-06"].snapshots == 20 and months["2025-06"].snapshots_required
    assert months["2025-09"].snapshots == 25 and months["2025-09"].snapshots_required
    assert months["2025-07"].snapshots == 0 and not months["2025-07"].snapshots_required
    assert [months[m].interest for m in ("2025-07", "2025-08", "2025-09")] == [6, 9, 9]
    assert months["2025-07"].interest_expected and not months["2025-06"].interest_expected
    assert all(m.deposits == 4 and m.missing_deposits == ("E005",) for m in c.months)
    assert (c.items, c.recoveries, c.adjustments) == (7, 1, 2)
    assert not c.complete
    assert c.months[0].month == Month(2025, 4)


def test_pay_run_status_and_blocking_errors(golden_ws):
    overview = golden_ws.overview
    golden_ws.compute_pay_run(Q3)
    status = overview.pay_run_status(Q3)
    assert (status.status, status.version, status.computed_by) == ("draft", 1, "admin")
    facts = overview.home(Q3, date(2025, 9, 30))
    assert {(x.staff_no, x.finding.code) for x in facts.blocking} == {
        ("E005", "targets_missing"), ("E005", "deposit_missing")}
    assert ("E001", "committee") in {(x.staff_no, x.finding.code) for x in facts.run_warnings}
    assert all(x.name == "孙丽" for x in facts.blocking)


def test_limitation_deadlines(golden_ws):
    s = golden_ws.overview.limitation_summary(date(2025, 9, 30))
    assert [x.contract_no for x in s.due[30]] == ["C026"]
    assert [x.contract_no for x in s.due[60]] == []
    assert [x.contract_no for x in s.due[90]] == ["C025"]
    assert [x.contract_no for x in s.lapsed] == ["C027"]
    assert [x.contract_no for x in s.accountability] == ["C027"]
    assert s.litigation == 1


def test_staff_names(golden_ws):
    assert golden_ws.overview.staff_names()["E001"] == "张伟"

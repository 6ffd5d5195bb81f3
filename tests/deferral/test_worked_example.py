"""DOMAIN.md 9.4 through the whole application: import, five quarters computed and approved one
by one, every figure of the table to the fen, and the stored parts (the deferral ledger)."""
from __future__ import annotations

from decimal import Decimal

import pytest

from ruralperf.errors import UserError
from ruralperf.domain.periods import Quarter
from tests.deferral.scenario import PARTS, QUARTERS, TABLE, scenario_sheets

FIELDS = ("clawback", "clawback_from_deferral", "clawback_from_pay", "net", "deferred",
          "released", "paid", "deferred_balance")


@pytest.fixture
def scenario_ws(workspace):
    report = workspace.import_sheets(scenario_sheets())
    assert report.ok, [p.message() for p in report.errors]
    return workspace


def _approve_all(ws) -> dict:
    runs = {}
    for quarter in QUARTERS:
        runs[quarter] = ws.compute_pay_run(Quarter.parse(quarter))
        ws.approve_pay_run(Quarter.parse(quarter), reason="本网点仅一名管理员")
    return runs


def test_every_figure_of_the_worked_example(scenario_ws):
    runs = _approve_all(scenario_ws)
    for quarter, expected in TABLE.items():
        staff = runs[quarter].for_staff("E001")
        got = tuple(f"{getattr(staff, f):.2f}" for f in FIELDS)
        assert got == expected, quarter
        assert [(str(p.due), f"{p.amount:.2f}") for p in staff.new_parts] == PARTS[quarter], quarter
        # the stored (approved) run says the same as the computed one
        stored = scenario_ws.stored_pay_run(Quarter.parse(quarter)).result.for_staff("E001")
        assert tuple(f"{getattr(stored, f):.2f}" for f in FIELDS) == expected


def test_the_2025q2_clawback_takes_the_parts_the_example_names(scenario_ws):
    runs = _approve_all(scenario_ws)
    moves = [(str(m.origin), str(m.due), m.kind, f"{m.amount:.2f}")
             for m in runs["2025Q2"].for_staff("E001").part_moves]
    assert moves == [("2025Q1", "2028Q1", "clawback", "1200.00"),
                     ("2025Q1", "2027Q1", "clawback", "1200.00"),
                     ("2024Q1", "2027Q1", "clawback", "600.00")]


def test_the_stored_ledger_reconciles_with_the_runs(scenario_ws):
    from ruralperf.db import deferrals
    from ruralperf.db.engine import read_session

    runs = _approve_all(scenario_ws)
    with read_session(scenario_ws.engine) as s:
        parts = deferrals.parts(s, scenario_ws.branch_id)
    assert len(parts) == 15
    total = lambda attr: sum((getattr(p, attr) for p in parts), Decimal(0))  # noqa: E731
    staff = [r.for_staff("E001") for r in runs.values()]
    assert total("amount") == sum(x.deferred for x in staff)
    assert total("released") == sum(x.released for x in staff)
    assert total("clawed_back") == sum(x.clawback_from_deferral for x in staff)
    assert sum((p.remaining for p in parts), Decimal(0)) == staff[-1].deferred_balance
    # 2024Q1's part due 2027Q1: 600.00 clawed back in 2025Q2, the other 733.34 in 2026Q2
    part = next(p for p in parts if (p.origin, p.due) == (Quarter(2024, 1), Quarter(2027, 1)))
    assert (part.clawed_back, part.remaining) == (Decimal("1333.34"), Decimal("0.00"))


def test_without_deferral_parameters_paid_is_net(workspace):
    report = workspace.import_sheets(scenario_sheets(rate=""))
    assert report.ok
    q1 = workspace.compute_pay_run(Quarter(2024, 1)).for_staff("E001")
    assert (q1.deferred, q1.paid, q1.deferred_balance) == (0, q1.net, 0) and not q1.new_parts
    workspace.approve_pay_run(Quarter(2024, 1), reason="one admin")
    q2 = workspace.compute_pay_run(Quarter(2025, 2)).for_staff("E001")
    assert (q2.clawback, q2.clawback_from_pay, q2.net, q2.paid) == (
        Decimal("3000.00"), Decimal("3000.00"), Decimal("2000.00"), Decimal("2000.00"))


def test_an_unapproved_quarter_of_the_window_warns(scenario_ws):
    scenario_ws.compute_pay_run(Quarter(2024, 1))
    run = scenario_ws.compute_pay_run(Quarter(2025, 1), save=False)
    assert "deferral_quarter_unapproved:2024Q1" in [f.key for f in run.warnings]
    scenario_ws.approve_pay_run(Quarter(2024, 1), reason="one admin")
    run = scenario_ws.compute_pay_run(Quarter(2025, 1), save=False)
    # the quarters between, not approved in this test, still warn
    assert [f.key for f in run.warnings if f.code == "deferral_quarter_unapproved"] == [
        "deferral_quarter_unapproved:2024Q2", "deferral_quarter_unapproved:2024Q3",
        "deferral_quarter_unapproved:2024Q4"]
    assert run.for_staff("E001").released == Decimal("1333.33")


def test_a_quarter_cannot_be_reopened_once_a_later_one_is_approved(scenario_ws):
    _approve_all(scenario_ws)
    with pytest.raises(UserError) as exc:
        scenario_ws.reopen_pay_run(Quarter(2026, 1), reason="录错")
    assert exc.value.code == "reopen_later_approved"
    assert "2026Q2" in exc.value.message()
    scenario_ws.reopen_pay_run(Quarter(2026, 2), reason="追索金额录错")  # the latest one can


def test_a_reopened_quarter_replaces_its_parts_when_approved_again(scenario_ws):
    from ruralperf.db import deferrals
    from ruralperf.db.engine import read_session

    _approve_all(scenario_ws)
    v2 = scenario_ws.reopen_pay_run(Quarter(2026, 2), reason="追索金额录错").for_staff("E001")
    assert v2.paid == Decimal("1760.00")  # the same inputs give the same pay
    scenario_ws.approve_pay_run(Quarter(2026, 2), reason="one admin")
    with read_session(scenario_ws.engine) as s:
        parts = deferrals.parts(s, scenario_ws.branch_id)
    assert len(parts) == 15
    assert sum((p.remaining for p in parts), Decimal(0)) == Decimal("1173.34")


def test_a_run_computed_before_another_quarter_moved_its_parts_is_refused(scenario_ws):
    """2026Q1 and 2026Q2 computed on the same state; 2026Q2 approved first (out of order)
    takes 2024Q1's part due 2026Q1 too; 2026Q1's run would release it again: refused."""
    for quarter in ("2024Q1", "2025Q1", "2025Q2"):
        scenario_ws.compute_pay_run(Quarter.parse(quarter))
        scenario_ws.approve_pay_run(Quarter.parse(quarter), reason="one admin")
    scenario_ws.compute_pay_run(Quarter(2026, 1))
    scenario_ws.compute_pay_run(Quarter(2026, 2))
    scenario_ws.approve_pay_run(Quarter(2026, 2), reason="one admin")
    with pytest.raises(UserError) as exc:
        scenario_ws.approve_pay_run(Quarter(2026, 1), reason="one admin")
    assert exc.value.code == "deferral_changed"
    assert scenario_ws.stored_pay_run(Quarter(2026, 1)).status == "draft"


def test_the_ledger_view_reconciles_to_the_fen(scenario_ws):
    _approve_all(scenario_ws)
    (ledger,) = scenario_ws.deferral_ledger()
    assert (ledger.staff_no, ledger.name, len(ledger.parts)) == ("E001", "张三", 15)
    assert ledger.reconciles
    assert (ledger.total("amount"), ledger.total("released"), ledger.total("clawed_back"),
            ledger.balance) == (Decimal("13973.34"), Decimal("3866.66"), Decimal("8933.34"),
                                Decimal("1173.34"))
    assert scenario_ws.deferral_ledger("E999") == []

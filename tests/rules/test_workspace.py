"""The rules through the database (`Workspace`): recomputation, dated parameters, the holiday
calendar, and a small property test comparing the database path with the pure engine."""
from __future__ import annotations

import json
import shutil
import tempfile
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from sqlalchemy import func, select

from ruralperf.db import models as m
from ruralperf.io.jsonout import limitation_json, payrun_json
from ruralperf.io.reader import RawSheet
from ruralperf.rules.engine import compute_pay_run
from ruralperf.workspace import Workspace
from ruralperf.domain.periods import Quarter

from .strategies import branches
from .test_properties import check_statement


def sheet(title, headers, *rows):
    return RawSheet(title, [(1, tuple(headers))] + [(i + 2, tuple(r)) for i, r in enumerate(rows)])


def _import(ws: Workspace, *sheets: RawSheet) -> None:
    report = ws.import_sheets(list(sheets))
    assert report.ok, [p.message("en") for p in report.errors]


STAFF = sheet("staff", ["staff_no", "name", "position", "coefficient"],
              ("E1", "甲", "客户经理", "1"), ("E2", "乙", "客户经理", "1.2"))
DEPOSITS = sheet("deposits", ["staff_no", "month", "daily_avg"],
                 *[(s, f"2025-{mm:02d}", "100000.00") for s in ("E1", "E2") for mm in range(4, 10)])
TARGETS = sheet("targets", ["staff_no", "quarter", "interest", "deposit", "npl", "intermediate",
                            "quality"],
                ("E1", "2025Q3", "1000.00", "0.00", "0.00", "2", "90"),
                ("E2", "2025Q3", "1000.00", "0.00", "0.00", "2", "100"))
LOANS = sheet("loans", ["contract_no", "household_no", "amount", "disbursed_on", "maturity_on",
                        "nature", "increment", "customer_type", "manager_no"],
              ("L1", "H1", "80000.00", "2019-07-01", "2020-06-30", "new", None,
               "self_developed", "E1"),
              ("L2", "H2", "30000.00", "2025-07-10", "2025-08-10", "new", None, "joint", "E2"),
              ("L3", "H3", "50000.00", "2025-01-01", "2025-10-01", "new", None,
               "self_developed", "E2"))
HOUSEHOLDS = sheet("households", ["household_no", "name"], ("H1", "一"), ("H2", "二"), ("H3", "三"))
CREDITS = sheet("credits", ["contract_no", "staff_no", "share"],
                ("L1", "E1", "100%"), ("L2", "E1", "60"), ("L2", "E2", "40"), ("L3", "E2", "1"))
EVENTS = sheet("limitation_events", ["contract_no", "date", "kind", "staff_no", "amount"],
               ("L1", "2025-08-15", "acknowledgement", "E2", "12000.00"))


def small_branch(ws: Workspace, *extra: RawSheet) -> None:
    _import(ws, STAFF, HOUSEHOLDS, LOANS, CREDITS, DEPOSITS, TARGETS, EVENTS, *extra)


def test_recomputing_through_the_database_saves_one_draft(golden_ws):
    first = golden_ws.compute_pay_run(Quarter(2025, 3))
    second = golden_ws.compute_pay_run(Quarter(2025, 3))
    assert payrun_json(first) == payrun_json(second)
    with golden_ws.engine.connect() as c:
        runs = c.execute(select(m.PayRunRow.quarter, m.PayRunRow.version, m.PayRunRow.status)).all()
        staff_rows = c.scalar(select(func.count()).select_from(m.PayRunStaffRow))
    assert [tuple(r) for r in runs] == [(Quarter(2025, 3), 1, "draft")]
    assert staff_rows == len(first.staff)
    stored = golden_ws.stored_pay_run(Quarter(2025, 3))
    assert payrun_json(stored.result) == payrun_json(first)
    assert payrun_json(golden_ws.compute_pay_run(Quarter(2025, 3), save=False)) == payrun_json(first)
    # the limitation list is a pure function of the stored data as well
    a = limitation_json(golden_ws.limitation(date(2025, 9, 30)))
    assert a == limitation_json(golden_ws.limitation(date(2025, 9, 30)))


def test_pay_run_through_the_database(workspace):
    # L1 lapsed on 2023-07-01 (expiry 2023-06-30, E1 manager); handed to E2 on 2025-01-01,
    # E2's manager restores it: no snapshot, so the claim is the loan amount 80,000 -> 150 / -150
    moved = sheet("reassignments", ["contract_no", "staff_no", "effective_from"],
                  ("L1", "E2", "2025-01-01"))
    small_branch(workspace, moved)
    r = workspace.compute_pay_run(Quarter(2025, 3), save=False)
    e1, e2 = r.staff
    assert e2.base["sol_reward"] == 150 and e1.sol_penalty == 150
    # L2: 30000 x 0.0015 = 45 -> 27 (60 %) and 18 (40 %)
    assert (e1.base["loan_marketing"], e2.base["loan_marketing"]) == (27, 18)
    for s in r.staff:
        check_statement(s)
    # the restoration started a period ending in 2028, beyond the built-in calendar; that
    # cannot change this quarter's pay, so only the limitation list warns about it
    assert [w.key for w in r.warnings] == ["floating_not_configured"]


def test_restorer_is_the_manager_unless_reward_to_is_event_staff(workspace):
    """L1 never changed hands: its manager E1 restores what E1 let lapse, so neither reward nor
    penalty (7.4); with sol.reward_to = event_staff the event's staff E2 is the restorer."""
    small_branch(workspace)
    e1, e2 = workspace.compute_pay_run(Quarter(2025, 3), save=False).staff
    assert (e1.base["sol_reward"], e2.base["sol_reward"], e1.sol_penalty) == (0, 0, 0)
    _import(workspace, sheet("parameters", ["key", "value", "effective_from"],
                             ("sol.reward_to", "event_staff", "2025-01-01")))
    e1, e2 = workspace.compute_pay_run(Quarter(2025, 3), save=False).staff
    assert e2.base["sol_reward"] == 150 and e1.sol_penalty == 150


def test_parameters_changed_after_the_quarter_end_are_not_applied(workspace):
    params = sheet("parameters", ["key", "value", "effective_from"],
                   ("loan_marketing.rate", "2‰", "2025-07-20"),
                   ("loan_marketing.rate", "5‰", "2025-10-01"),
                   ("floating.base_monthly", "1000.00", "2025-01-01"),
                   ("floating.base_monthly", "1500.00", "2025-10-01"),
                   ("cap.客户经理", "10.00", "2025-10-01"))
    small_branch(workspace, params)
    r = workspace.compute_pay_run(Quarter(2025, 3), save=False)
    e1, e2 = r.staff
    assert (e1.base["loan_marketing"], e2.base["loan_marketing"]) == (36, 24)  # 30000 x 0.002
    assert e1.base["floating"] == 3000 and e1.cap is None and e1.cap_reduction == 0
    assert r.parameters["loan_marketing.rate"] == "2‰"
    nxt = workspace.compute_pay_run(Quarter(2025, 4), save=False)
    assert nxt.staff[0].base["floating"] == 4500 and nxt.staff[0].cap == 10


def test_limitation_through_the_database_and_calendar_warning(workspace):
    small_branch(workspace)
    report = workspace.limitation(date(2025, 9, 30))
    rows = {x.contract_no: x for x in report.loans}
    assert set(rows) == {"L1", "L2"}  # L3 is not due yet
    assert rows["L1"].status == "restored" and rows["L1"].restorations[0].responsible == "E1"
    assert rows["L2"].status == "running" and rows["L2"].expiry == date(2028, 8, 10)
    assert [w.key for w in report.warnings] == ["calendar_missing:2028"]
    # an administrator extends the calendar: 2028-08-10 declared a holiday
    with workspace.engine.begin() as c:
        c.execute(m.CalendarYearRow.__table__.insert().values(year=2028))
        c.execute(m.HolidayRow.__table__.insert().values(day=date(2028, 8, 10), is_workday=False,
                                                         name="test"))
    report = workspace.limitation(date(2025, 9, 30))
    rows = {x.contract_no: x for x in report.loans}
    assert rows["L2"].expiry == date(2028, 8, 11) and report.warnings == ()


# -- the database path agrees with the pure engine ------------------------------------------------

@settings(max_examples=12, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(branch=branches(max_staff=3, max_loans=6, restorations=False, carried=False))
def test_database_path_matches_the_pure_engine(_template_db, branch):
    tmp = Path(tempfile.mkdtemp(prefix="rp-prop-"))
    try:
        path = tmp / "branch.db"
        shutil.copy(_template_db, path)
        with Workspace.open(path) as ws:
            _import(ws, *branch.sheets())
            via_db = ws.compute_pay_run(Quarter(2025, 3), save=False)
            for s in via_db.staff:
                check_statement(s)
            pure = compute_pay_run(branch.inputs())
            expected = payrun_json(pure)
            got = payrun_json(via_db)
            got["run_warnings"] = [w for w in got["run_warnings"]
                                   if w["code"] != "floating_not_configured"]
            assert json.dumps(got, sort_keys=True) == json.dumps(expected, sort_keys=True)
            saved = ws.compute_pay_run(Quarter(2025, 3))
            assert payrun_json(saved) == payrun_json(ws.compute_pay_run(Quarter(2025, 3)))
            assert payrun_json(ws.stored_pay_run(Quarter(2025, 3)).result) == payrun_json(saved)
            with ws.engine.connect() as c:
                assert c.scalar(select(func.count()).select_from(m.PayRunRow)) == 1
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def test_an_extension_after_the_lapse_does_not_hide_the_loan(workspace):
    """DOMAIN.md 7.2: an extension after the lapse has no effect, so the loan stays due (and
    lapsed, and listed for accountability) in the limitation list."""
    small_branch(workspace)
    _import(workspace, sheet(
        "limitation_events", ["contract_no", "date", "kind", "staff_no", "new_maturity"],
        ("L1", "2024-01-05", "extension", None, "2026-01-05"),
        ("L2", "2025-08-01", "extension", None, "2025-12-31")))
    rows = {x.contract_no: x for x in workspace.limitation(date(2025, 8, 10)).loans}
    assert set(rows) == {"L1"}  # L2 was extended before it lapsed: not due yet
    assert (rows["L1"].status, rows["L1"].maturity, rows["L1"].accountability) == (
        "lapsed", date(2020, 6, 30), True)

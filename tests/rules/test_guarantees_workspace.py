"""Guarantees and the new event columns through the database: import, the limitation list and
its JSON (CLI.md), which loans are listed, and migration 0006 keeping a database's events."""
from __future__ import annotations

import sqlite3
from datetime import date

import pytest
from alembic import command

from ruralperf.db.engine import alembic_config, make_engine, upgrade
from ruralperf.io.jsonout import limitation_json
from ruralperf.workspace import Workspace

from .test_workspace import HOUSEHOLDS, STAFF, _import, sheet

LOANS = sheet("loans", ["contract_no", "household_no", "amount", "disbursed_on", "maturity_on",
                        "nature", "increment", "customer_type", "manager_no"],
              ("G1", "H1", "50000.00", "2024-03-31", "2025-03-31", "new", None,
               "self_developed", "E1"),
              ("G2", "H2", "30000.00", "2024-03-31", "2025-03-31", "new", None,
               "self_developed", "E2"),
              ("G3", "H3", "20000.00", "2024-03-31", "2025-12-31", "new", None,
               "self_developed", "E2"))
CREDITS = sheet("credits", ["contract_no", "staff_no", "share"],
                ("G1", "E1", "1"), ("G2", "E2", "1"), ("G3", "E2", "1"))
GUARANTEES = sheet("guarantees", ["contract_no", "guarantor", "id_number", "kind",
                                  "period_months"],
                   ("G1", "王五", None, "连带责任保证", None),
                   ("G1", "赵六", None, "一般保证", "3"),
                   ("G2", "钱七", None, "joint_several", None))
EVENTS = sheet("limitation_events", ["contract_no", "date", "kind", "staff_no", "amount",
                                     "new_maturity", "until", "guarantor"],
               ("G1", "2025-06-02", "催收保证人", "E1", None, None, None, "王五"),
               # G2 extended: the loan is not due, its guarantee period still runs from 03-31
               ("G2", "2025-03-20", "展期", None, None, "2026-03-31", None, None),
               ("G3", "2025-05-01", "时效中止", "E2", None, None, None, None))


def _branch(ws: Workspace) -> None:
    _import(ws, STAFF, HOUSEHOLDS, LOANS, CREDITS, GUARANTEES, EVENTS)


def test_limitation_list_carries_guarantees(workspace):
    _branch(workspace)
    data = limitation_json(workspace.limitation(date(2025, 10, 15)))
    loans = {x["contract_no"]: x for x in data["loans"]}
    assert sorted(loans) == ["G1", "G2"]  # G3 is neither due nor guaranteed
    g1 = loans["G1"]
    assert [g["guarantor"] for g in g1["guarantees"]] == ["王五", "赵六"]
    joint, general = g1["guarantees"]
    assert joint == {"guarantor": "王五", "kind": "joint_several", "guarantee_end": "2025-09-30",
                     "status": "secured", "days_left": None, "expiry": "2028-06-02",
                     "responsible": None, "accountability": False}
    assert (general["status"], general["guarantee_end"], general["responsible"],
            general["accountability"]) == ("released", "2025-06-30", "E1", True)
    # G2: extended to 2026, so the loan itself is running; its guarantor is released
    g2 = loans["G2"]
    assert (g2["status"], g2["guarantees"][0]["status"]) == ("running", "released")
    assert (g2["limit"], g2["maximum_date"], g2["execution_deadline"]) == (
        "period", "2046-03-31", None)


def test_suspension_imported_with_until(workspace):
    _branch(workspace)
    _import(workspace, sheet("limitation_events", ["contract_no", "date", "kind", "staff_no",
                                                   "until"],
                             ("G3", "2025-05-01", "时效中止", "E2", "2025-06-01")))
    data = limitation_json(workspace.limitation(date(2026, 1, 31)))
    g3 = next(x for x in data["loans"] if x["contract_no"] == "G3")
    # the obstacle ended long before add_months(2028-12-31, -6): no effect; a Sunday, rolled
    assert (g3["status"], g3["expiry"]) == ("running", "2029-01-01")


def test_reimport_changes_nothing(workspace):
    _branch(workspace)
    report = workspace.import_sheets([STAFF, HOUSEHOLDS, LOANS, CREDITS, GUARANTEES, EVENTS])
    assert report.ok and not report.changed


@pytest.mark.sqlite_only
def test_migration_0006_keeps_events_and_adds_the_columns(tmp_path):
    db = tmp_path / "old.db"
    engine = make_engine(str(db))
    command.upgrade(alembic_config(engine), "0005")
    engine.dispose()
    con = sqlite3.connect(db)
    con.executescript("""
        INSERT INTO branches (id, code, name) VALUES (1, 'B1', '本网点');
        INSERT INTO staff (branch_id, staff_no, name, position, coefficient)
            VALUES (1, 'E1', '甲', '客户经理', '1');
        INSERT INTO households (branch_id, household_no, name) VALUES (1, 'H1', '一');
        INSERT INTO loans (branch_id, contract_no, household_no, amount, disbursed_on,
            maturity_on, nature, customer_type, manager_no)
            VALUES (1, 'L1', 'H1', 1000000, '2019-07-01', '2020-06-30', 'new',
                    'self_developed', 'E1');
        INSERT INTO limitation_events (branch_id, contract_no, date, kind, staff_no)
            VALUES (1, 'L1', '2021-01-05', 'acknowledgement', 'E1');
    """)
    con.commit()
    con.close()
    engine = make_engine(str(db))
    upgrade(engine)
    engine.dispose()
    con = sqlite3.connect(db)
    rows = con.execute("SELECT contract_no, kind, until, guarantor FROM limitation_events").fetchall()
    con.close()
    assert rows == [("L1", "acknowledgement", None, "")]

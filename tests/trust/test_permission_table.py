"""Issue 14.1: the permission table (ruralperf.security.permissions.TABLES), cell by cell,
through every entry point: a form (`records.save`), form sheets (`import_sheets(...,
source="form")`), an import (`import_sheets`) and a delete. The test walks every table the
declaration lists, and every sheet of the workbook must be listed (a new sheet joins with one
line there)."""
from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select

from ruralperf.db.engine import read_session
from ruralperf.io.apply import MODELS
from ruralperf.io.sheets import SHEETS
from ruralperf.security.permissions import ADMIN, DATA, TABLES
from ruralperf.security.users import AccessDenied
from ruralperf.services.records import raw_sheet
from ruralperf.domain.periods import Quarter

DENIED = {"access_denied", "not_your_loan", "not_your_staff", "not_your_household",
          "login_required", "pays_yourself", "delete_confirmed_denied"}

# A row per table that credit officer li (staff E002, manages C002, C003, C011, C012) may
# enter, and one of another officer's loan or staff (E001 manages C001).
OWN = {
    "households": {"household_no": "H99", "name": "新户", "id_number": None, "kind": "农户"},
    "loans": {"contract_no": "C099", "household_no": "H02", "amount": Decimal("10000"),
              "disbursed_on": "2025-10-08", "maturity_on": "2026-10-07", "nature": "new",
              "increment": None, "customer_type": "self_developed", "manager_no": "E002"},
    "credits": {"contract_no": "C003", "staff_no": "E002", "share": "100%"},
    "reassignments": {"contract_no": "C002", "staff_no": "E002", "effective_from": "2025-10-01"},
    "snapshots": {"contract_no": "C002", "month": "2025-10", "balance": Decimal("1000"),
                  "overdue_days": 0, "arrears_months": 0, "grade": "normal"},
    "interest": {"contract_no": "C002", "month": "2025-10", "amount": Decimal("12.50")},
    "deposits": {"staff_no": "E002", "month": "2025-10", "daily_avg": Decimal("1000")},
    "items": {"staff_no": "E002", "date": "2025-10-03", "item": "bank_card", "qty": 1,
              "card_balance": Decimal("100")},
    "recoveries": {"contract_no": "C002", "staff_no": "E002", "date": "2025-10-03",
                   "amount": Decimal("100")},
    "limitation_events": {"contract_no": "C002", "date": "2025-10-03", "kind": "demand_signed",
                          "staff_no": "E002", "amount": None, "new_maturity": None},
    "guarantees": {"contract_no": "C002", "guarantor": "王保", "id_number": None,
                   "kind": "joint_several", "period_months": None},
    "staff": {"staff_no": "E002", "name": "李娜", "position": "客户经理",
              "coefficient": "1.2"},
    "targets": {"staff_no": "E002", "quarter": "2025Q4", "interest": Decimal("1"),
                "deposit": Decimal("1"), "npl": Decimal("0"), "intermediate": 1, "quality": 100},
    "adjustments": {"staff_no": "E002", "quarter": "2025Q4", "amount": Decimal("5000"),
                    "reason": "自己加薪"},
    "parameters": {"key": "interest.rate", "value": "0.5%", "effective_from": "2026-01-01"},
    "clawbacks": {"staff_no": "E002", "date": "2025-10-03", "amount": Decimal("100"),
                  "reason": "追索扣回", "contracts": None},
}
OTHERS = {
    "households": {**OWN["households"], "household_no": "H01", "name": "张户"},
    "loans": {**OWN["loans"], "contract_no": "C001", "household_no": "H01",
              "manager_no": "E001"},
    "credits": {"contract_no": "C001", "staff_no": "E002", "share": "100%"},
    "reassignments": {**OWN["reassignments"], "contract_no": "C001"},
    "snapshots": {**OWN["snapshots"], "contract_no": "C001"},
    "interest": {**OWN["interest"], "contract_no": "C001"},
    "deposits": {**OWN["deposits"], "staff_no": "E001"},
    "items": {**OWN["items"], "staff_no": "E001"},
    "recoveries": {**OWN["recoveries"], "contract_no": "C001", "staff_no": "E001"},
    "limitation_events": {**OWN["limitation_events"], "contract_no": "C001",
                          "staff_no": "E001"},
    "guarantees": {**OWN["guarantees"], "contract_no": "C001"},
}
OTHERS.update({t: OWN[t] for t, kind in TABLES.items() if kind == ADMIN and t in OWN})
CREDITS = {"C099": [{"staff_no": "E002", "share": "100%"}],
           "C001": [{"staff_no": "E001", "share": "100%"}]}


@pytest.fixture
def branch(approvable_ws):
    ws = approvable_ws
    ws.add_user("boss", "secret-1", "admin", "王行长")
    ws.add_user("li", "secret-2", "officer", "李娜", staff_no="E002")
    ws.add_user("audit", "secret-3", "auditor")
    return ws


PASSWORDS = {"boss": "secret-1", "li": "secret-2", "audit": "secret-3"}


def _as(ws, name):
    ws.login(name, PASSWORDS[name])
    return ws


def _save(ws, table, values):
    credits = CREDITS.get(values.get("contract_no")) if table == "loans" else None
    row_id = None
    if table == "credits":  # a loan's one credit is edited in place (the shares stay 100 %)
        found = ws.browse.find("credits", contract_no=values["contract_no"],
                               staff_no=values["staff_no"])
        row_id = found["id"] if found else None
    return ws.records.save(table, values, credits=credits, row_id=row_id)


def _form_sheets(ws, table, values):
    try:
        return ws.import_sheets([raw_sheet(table, [values])], source="form")
    except AccessDenied as refused:  # the role may not enter data at all
        return refused


def _codes_of_save(result) -> set[str]:
    return {p.code for p in result.problems if not p.warning}


def _codes_of_import(report) -> set[str]:
    if isinstance(report, AccessDenied):
        return {report.code}
    return {p.code for p in report.errors}


def _status(ws, table, values) -> set[str]:
    model = MODELS[table]
    keys = [c for c in ("contract_no", "staff_no", "household_no", "month", "date", "quarter",
                        "effective_from", "key") if c in values and hasattr(model, c)]
    with read_session(ws.engine) as s:
        rows = s.execute(select(model).where(*(
            getattr(model, k) == _typed(table, k, values[k]) for k in keys))).scalars().all()
        return {getattr(r, "status", "confirmed") for r in rows}


def _typed(table, key, value):
    from ruralperf.io.cells import convert
    from ruralperf.io.sheets import SHEETS_BY_KEY

    return convert(value, SHEETS_BY_KEY[table].column(key).kind) if value is not None else None


def test_every_sheet_is_in_the_permission_table():
    assert {s.key for s in SHEETS} <= set(TABLES), "a new sheet must join TABLES"
    # holidays (a calendar shared by the branches, not a branch record) has its own page and
    # store; its import sheet is refused to everyone but administrators like every ADMIN table
    assert set(TABLES) - {"holidays"} <= set(OWN), "the walk needs a row of every table"
    for table, kind in TABLES.items():
        if kind == DATA:
            assert "status" in MODELS[table].__table__.c, f"{table} lacks the pending status"


ENTRY_POINTS = ("form", "form_sheets")


@pytest.mark.parametrize("entry", ENTRY_POINTS)
@pytest.mark.parametrize("table", [t for t in TABLES if t in OWN])
def test_each_cell_through_forms(branch, table, entry):
    write = _save if entry == "form" else _form_sheets
    codes = _codes_of_save if entry == "form" else _codes_of_import

    # auditor: reads, never writes
    assert codes(write(_as(branch, "audit"), table, OWN[table])) & DENIED
    # officer: DATA tables for his loans and new ones (pending), never another's, never ADMIN
    officer = _as(branch, "li")
    if TABLES[table] == DATA:
        assert codes(write(officer, table, OTHERS[table])) & DENIED, "another's row"
        got = codes(write(officer, table, OWN[table]))
        assert not got, got
        assert _status(officer, table, OWN[table]) == {"pending"}
    else:
        assert codes(write(officer, table, OWN[table])) & DENIED
    # administrator: writes everything, confirmed at once
    admin = _as(branch, "boss")
    got = codes(write(admin, table, OTHERS[table]))
    assert not got & DENIED, got


@pytest.mark.parametrize("table", [t for t in TABLES if t in OWN])
def test_each_cell_through_an_import(branch, table):
    """A workbook import is the administrator's: officers and auditors are refused."""
    sheets = [raw_sheet(table, [OWN[table]])]
    for name in ("li", "audit"):
        with pytest.raises(AccessDenied):
            _as(branch, name).import_sheets(sheets)
    report = _as(branch, "boss").import_sheets([raw_sheet(table, [OTHERS[table]])])
    assert not _codes_of_import(report) & DENIED


def test_officer_cannot_raise_his_own_pay(branch):
    """The issue's scenario: 调整 +5000 for himself, targets 1.00 and quality 100."""
    li = _as(branch, "li")
    result = li.records.save("adjustments", OWN["adjustments"])
    assert _codes_of_save(result) & DENIED
    result = li.records.save_targets(Quarter(2025, 4), [OWN["targets"]])
    assert _codes_of_save(result) & DENIED
    report = li.import_sheets([raw_sheet("parameters", [OWN["parameters"]])], source="form")
    assert _codes_of_import(report) & DENIED


def test_admin_never_edits_targets_that_pay_himself(branch):
    branch.add_user("deputy", "secret-4", "admin", staff_no="E003")
    branch.login("deputy", "secret-4")
    result = branch.records.save("adjustments", {**OWN["adjustments"], "staff_no": "E003"})
    assert "pays_yourself" in _codes_of_save(result)
    assert branch.records.save("adjustments", OWN["adjustments"]).ok


def test_officer_deletes_only_his_pending_entries(branch):
    li = _as(branch, "li")
    saved = li.records.save("items", OWN["items"])
    assert saved.ok
    assert li.records.delete("items", saved.id).ok
    confirmed = li.browse.find("snapshots", contract_no="C002", month="2025-09")
    assert "delete_confirmed_denied" in _codes_of_save(
        li.records.delete("snapshots", confirmed["id"]))


def test_browse_and_overview_need_a_login_and_show_an_officer_his_own(branch):
    from ruralperf.domain.periods import Quarter
    from ruralperf.errors import UserError

    branch.logout()
    for call in (lambda: branch.browse.page("adjustments"),
                 lambda: branch.overview.completeness(Quarter.parse("2025Q3")),
                 lambda: branch.overview.pay_run_status(Quarter.parse("2025Q3"))):
        with pytest.raises(UserError) as exc:
            call()
        assert exc.value.code == "login_required"
    li = _as(branch, "li")
    rows, total = li.browse.page("adjustments")
    assert total == 1 and {r["staff_no"] for r in rows} == {"E002"}
    assert {r["staff_no"] for r in li.browse.page("targets")[0]} <= {"E002"}
    grid = li.browse.targets_grid(Quarter(2025, 3))
    assert all(r["id"] is None for r in grid if r["staff_no"] != "E002")
    assert _as(branch, "audit").browse.page("adjustments")[1] == 2

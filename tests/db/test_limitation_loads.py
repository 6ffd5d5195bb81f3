"""The limitation list loads only the balances its replay can ask for (repo.replay_balances);
the list must be exactly the one computed from every month-end balance of every loan."""
from __future__ import annotations

import shutil
import tempfile
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import insert

from ruralperf.db import models as m
from ruralperf.db import repository as repo
from ruralperf.db.engine import read_session
from ruralperf.domain.entities import LimitationEvent, Loan
from ruralperf.domain.parameters import ParameterBook
from ruralperf.domain.periods import Month
from ruralperf.services.limitation_report import limitation_report
from ruralperf.rules.limitation import BalanceHistory, ManagerHistory, loan_limitation
from ruralperf.workspace import Workspace
from tests import pg_databases as pg

KINDS = ["demand_signed", "partial_repayment", "acknowledgement", "lawsuit", "extension",
         "lapse_registered"]
STAFF = ["E1", "E2", "E3"]


def _dates(lo: date, hi: date):
    return st.integers(0, (hi - lo).days).map(lambda n: lo + timedelta(days=n))


@st.composite
def loan_histories(draw, contract: str):
    disbursed = draw(_dates(date(2004, 1, 1), date(2024, 6, 30)))
    maturity = disbursed + timedelta(days=draw(st.integers(30, 1500)))
    loan = Loan(contract, "H1", Decimal("50000.00"), disbursed, maturity, "new", None,
                "self_developed", "E1")
    moves = {draw(_dates(disbursed, date(2026, 6, 30))): draw(st.sampled_from(STAFF))
             for _ in range(draw(st.integers(0, 2)))}
    events, seen = [], set()
    for _ in range(draw(st.integers(0, 6))):
        kind, on = draw(st.sampled_from(KINDS)), draw(_dates(disbursed, date(2026, 6, 30)))
        if (on, kind) in seen:
            continue
        seen.add((on, kind))
        staff = None if kind in ("lawsuit", "extension") else draw(st.sampled_from(STAFF))
        new_maturity = on + timedelta(days=draw(st.integers(-100, 900))) \
            if kind == "extension" else None
        amount = draw(st.one_of(st.none(), st.integers(0, 5_000_000).map(
            lambda fen: Decimal(fen).scaleb(-2)))) if kind != "lawsuit" else None
        events.append(LimitationEvent(contract, on, kind, staff, amount, new_maturity))
    month, balance, ledger = Month.of(disbursed), Decimal("20000.00"), []
    while month < Month(2026, 7) and draw(st.integers(0, 9)) > 0:
        if balance > 0:
            balance = draw(st.sampled_from([Decimal("0.00"), Decimal("5000.00"), balance]))
        ledger.append((str(month), balance))
        month = month.shift(draw(st.integers(1, 14)))
    return loan, sorted(moves.items()), events, ledger


@st.composite
def branches(draw):
    n = draw(st.integers(1, 8))
    return [draw(loan_histories(f"C{i:02d}")) for i in range(n)]


def _load(ws: Workspace, branch) -> None:
    b = ws.branch_id
    with ws.engine.begin() as conn:
        conn.execute(insert(m.StaffRow), [{"branch_id": b, "staff_no": s, "name": s,
                                           "position": "客户经理", "coefficient": 1}
                                          for s in STAFF])
        conn.execute(insert(m.HouseholdRow), [{"branch_id": b, "household_no": "H1",
                                               "name": "户"}])
        for loan, moves, events, ledger in branch:
            c = loan.contract_no
            conn.execute(insert(m.LoanRow), [{
                "branch_id": b, "contract_no": c, "household_no": "H1", "amount": loan.amount,
                "disbursed_on": loan.disbursed_on, "maturity_on": loan.maturity_on,
                "nature": "new", "customer_type": "self_developed", "manager_no": "E1"}])
            if moves:
                conn.execute(insert(m.ReassignmentRow), [
                    {"branch_id": b, "contract_no": c, "staff_no": s, "effective_from": d}
                    for d, s in moves])
            if events:
                conn.execute(insert(m.LimitationEventRow), [
                    {"branch_id": b, "contract_no": c, "date": e.date, "kind": e.kind,
                     "staff_no": e.staff_no, "amount": e.amount, "new_maturity": e.new_maturity}
                    for e in events])
            if ledger:
                conn.execute(insert(m.SnapshotRow), [
                    {"branch_id": b, "contract_no": c, "month": mo, "balance": bal,
                     "overdue_days": 0, "arrears_months": 0, "grade": "normal"}
                    for mo, bal in ledger])


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(branch=branches(), as_of=_dates(date(2005, 1, 1), date(2026, 12, 31)))
def test_the_list_equals_the_replay_over_every_balance(_template_db, branch, as_of):
    tmp = Path(tempfile.mkdtemp(prefix="rp-lim-"))
    try:
        with Workspace.open(pg.clone(_template_db, tmp, "b.db")) as ws:
            _load(ws, branch)
            got = limitation_report(ws.engine, ws.branch_id, as_of)
            with read_session(ws.engine) as s:
                calendar = repo.work_calendar(s)
                scheme = ParameterBook(repo.parameter_values(s, ws.branch_id)).at(as_of)
        expected = []
        for loan, moves, events, ledger in sorted(branch, key=lambda x: x[0].contract_no):
            history = BalanceHistory([(Month.parse(mo).end, bal) for mo, bal in ledger
                                      if Month.parse(mo) <= Month.of(as_of)])
            row = loan_limitation(loan, [e for e in events if e.date <= as_of],
                                  ManagerHistory(loan, moves), history, scheme,
                                  calendar.fresh(), as_of)
            if row.maturity < as_of:
                expected.append(row)
        assert list(got.loans) == expected
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

"""Everything about one loan for the loans page's detail pane: the loan, its marketing credits,
manager history, month-end ledgers, interest income, limitation events and its current
limitation status (DOMAIN.md 7), in one read transaction."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select

from ruralperf.db import models as m
from ruralperf.db import periods
from ruralperf.db import repository as repo
from ruralperf.db.engine import read_session
from ruralperf.domain.entities import LimitationEvent
from ruralperf.domain.parameters import ParameterBook
from ruralperf.domain.periods import Month
from ruralperf.domain.results import LoanLimitation
from ruralperf.rules.limitation import BalanceHistory, ManagerHistory, loan_limitation


@dataclass
class LoanDetail:
    loan: dict
    credits: list[dict] = field(default_factory=list)  # staff_no, staff_name, share
    managers: list[dict] = field(default_factory=list)  # effective_from, staff_no, staff_name, source
    snapshots: list[dict] = field(default_factory=list)  # month, balance, overdue_days, ...
    interest: list[dict] = field(default_factory=list)  # month, amount
    events: list[dict] = field(default_factory=list)  # date, kind, staff_no, amount, new_maturity
    recoveries: list[dict] = field(default_factory=list)  # date, staff_no, amount
    # guarantor, kind, period_months, id_number, and from 7.7: guarantee_end, status, days_left
    guarantees: list[dict] = field(default_factory=list)
    limitation: LoanLimitation | None = None
    matured: bool = False  # maturity (after extensions) is before as_of
    as_of: date | None = None


def _names(s, branch_id: int) -> dict[str, str]:
    return dict(s.execute(select(m.StaffRow.staff_no, m.StaffRow.name)
                          .where(m.StaffRow.branch_id == branch_id)).all())


def load_loan_detail(ws, contract_no: str, as_of: date) -> LoanDetail | None:
    b = ws.branch_id
    with read_session(ws.engine) as s:
        row = s.scalar(select(m.LoanRow).where(m.LoanRow.branch_id == b,
                                               m.LoanRow.contract_no == contract_no))
        if row is None:
            return None
        names = _names(s, b)
        household = s.scalar(select(m.HouseholdRow.name).where(
            m.HouseholdRow.branch_id == b, m.HouseholdRow.household_no == row.household_no))
        loan = {c.key: getattr(row, c.key) for c in m.LoanRow.__table__.c}
        loan["household_name"] = household
        loan["manager_name"] = names.get(row.manager_no)
        detail = LoanDetail(loan, as_of=as_of)

        def rows(model, *order):
            t = model.__table__
            query = select(t).where(t.c.branch_id == b, t.c.contract_no == contract_no)
            return [dict(r._mapping) for r in s.execute(query.order_by(*(t.c[o] for o in order)))]

        for r in rows(m.CreditRow, "staff_no"):
            detail.credits.append({"id": r["id"], "staff_no": r["staff_no"],
                                   "staff_name": names.get(r["staff_no"]), "share": r["share"]})
        detail.managers.append({"id": None, "effective_from": row.disbursed_on,
                                "staff_no": row.manager_no,
                                "staff_name": names.get(row.manager_no), "source": "disbursed"})
        for r in rows(m.ReassignmentRow, "effective_from"):
            detail.managers.append({"id": r["id"], "effective_from": r["effective_from"],
                                    "staff_no": r["staff_no"],
                                    "staff_name": names.get(r["staff_no"]),
                                    "source": "reassignment"})
        today = date.today()
        current = [x for x in detail.managers if x["effective_from"] <= today]
        in_force = (current or detail.managers)[-1]
        loan["current_manager_no"], loan["current_manager_name"] = \
            in_force["staff_no"], in_force["staff_name"]
        detail.snapshots = rows(m.SnapshotRow, "month")
        detail.interest = rows(m.InterestRow, "month")
        detail.events = [{**r, "staff_name": names.get(r["staff_no"])}
                         for r in rows(m.LimitationEventRow, "date", "kind")]
        detail.recoveries = [{**r, "staff_name": names.get(r["staff_no"])}
                             for r in rows(m.RecoveryRow, "date")]

        scheme = ParameterBook(repo.parameter_values(s, b)).at(as_of)
        calendar = repo.work_calendar(s)
        loan_value = repo.loans(s, b, {contract_no})[contract_no]
        guarantees = repo.guarantees(s, b, {contract_no}).get(contract_no, [])
        detail.guarantees = rows(m.GuaranteeRow, "guarantor")
    events = [LimitationEvent(contract_no, x["date"], x["kind"], x["staff_no"], x["amount"],
                              x["new_maturity"], x.get("until"), x.get("guarantor") or None)
              for x in detail.events if x["date"] <= as_of]
    managers = ManagerHistory(loan_value, [(x["effective_from"], x["staff_no"])
                                           for x in detail.managers if x["id"] is not None])
    through = Month.of(as_of)
    balances = BalanceHistory([(month.end, x["balance"]) for x, month in (
        (x, periods.month_of(x["month"])) for x in detail.snapshots) if month <= through])
    maturity = loan_value.maturity_on
    for ev in sorted(events, key=lambda e: e.date):
        if ev.kind == "extension" and ev.new_maturity:
            maturity = ev.new_maturity
    detail.matured = maturity < as_of or (bool(guarantees) and loan_value.maturity_on < as_of)
    detail.limitation = loan_limitation(loan_value, events, managers, balances, scheme,
                                        calendar, as_of, guarantees)
    states = {g.guarantor: g for g in detail.limitation.guarantees}
    for shown in detail.guarantees:
        g = states.get(shown["guarantor"])
        if g is not None:
            shown.update(guarantee_end=g.guarantee_end, status=g.status, days_left=g.days_left,
                       responsible=g.responsible)
    return detail

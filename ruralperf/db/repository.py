"""Rows <-> domain values. Loads what a computation needs in a few set queries."""
from __future__ import annotations

from collections import defaultdict
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ruralperf.db import models as m
from ruralperf.domain import entities as e
from ruralperf.domain.money import ZERO
from ruralperf.domain.periods import Month, Quarter
from ruralperf.rules.calendar import WorkCalendar
from ruralperf.rules.limitation import BalanceHistory, ManagerHistory


def parameter_values(session: Session, branch_id: int) -> list[e.ParameterValue]:
    rows = session.execute(select(m.ParameterRow.key, m.ParameterRow.value,
                                  m.ParameterRow.effective_from)
                           .where(m.ParameterRow.branch_id == branch_id)).all()
    return [e.ParameterValue(r.key, r.value, r.effective_from) for r in rows]


def work_calendar(session: Session) -> WorkCalendar:
    days = session.execute(select(m.HolidayRow.day, m.HolidayRow.is_workday)).all()
    years = session.scalars(select(m.CalendarYearRow.year)).all()
    return WorkCalendar.build([(d.day, d.is_workday) for d in days], years)


def staff(session: Session, branch_id: int) -> list[e.Staff]:
    rows = session.scalars(select(m.StaffRow).where(m.StaffRow.branch_id == branch_id)
                           .order_by(m.StaffRow.staff_no)).all()
    return [e.Staff(r.staff_no, r.name, r.position, r.coefficient) for r in rows]


def _loan(r) -> e.Loan:
    return e.Loan(r.contract_no, r.household_no, r.amount, r.disbursed_on, r.maturity_on,
                  r.nature, r.increment, r.customer_type, r.manager_no)


def loans(session: Session, branch_id: int, contracts: set[str] | None = None) -> dict[str, e.Loan]:
    query = select(m.LoanRow).where(m.LoanRow.branch_id == branch_id)
    if contracts is not None:
        query = query.where(m.LoanRow.contract_no.in_(sorted(contracts)))
    return {r.contract_no: _loan(r) for r in session.scalars(query)}


def manager_histories(session: Session, branch_id: int,
                      loans_by_contract: dict[str, e.Loan]) -> dict[str, ManagerHistory]:
    moves: dict[str, list[tuple[date, str]]] = defaultdict(list)
    for r in session.execute(select(m.ReassignmentRow.contract_no, m.ReassignmentRow.effective_from,
                                    m.ReassignmentRow.staff_no)
                             .where(m.ReassignmentRow.branch_id == branch_id)):
        if r.contract_no in loans_by_contract:
            moves[r.contract_no].append((r.effective_from, r.staff_no))
    return {c: ManagerHistory(loan, moves.get(c, ())) for c, loan in loans_by_contract.items()}


def snapshots_for_months(session: Session, branch_id: int, months: list[Month]
                         ) -> dict[str, dict[str, e.Snapshot]]:
    out: dict[str, dict[str, e.Snapshot]] = {str(mo): {} for mo in months}
    t = m.SnapshotRow.__table__
    rows = session.execute(select(t.c.contract_no, t.c.month, t.c.balance, t.c.overdue_days,
                                  t.c.arrears_months, t.c.grade)
                           .where(t.c.branch_id == branch_id,
                                  t.c.month.in_([str(mo) for mo in months])))
    for r in rows:
        out[r.month][r.contract_no] = e.Snapshot(r.contract_no, r.month, r.balance,
                                                 r.overdue_days, r.arrears_months, r.grade)
    return out


def balance_histories(session: Session, branch_id: int, contracts: set[str] | None = None,
                      until: Month | None = None) -> dict[str, BalanceHistory]:
    t = m.SnapshotRow.__table__
    query = select(t.c.contract_no, t.c.month, t.c.balance).where(t.c.branch_id == branch_id)
    if until is not None:
        query = query.where(t.c.month <= str(until))
    points: dict[str, list[tuple[date, Decimal]]] = defaultdict(list)
    for r in session.execute(query):
        if contracts is None or r.contract_no in contracts:
            points[r.contract_no].append((Month.parse(r.month).end, r.balance))
    return {c: BalanceHistory(p) for c, p in points.items()}


def limitation_events(session: Session, branch_id: int, until: date | None = None
                      ) -> dict[str, list[e.LimitationEvent]]:
    t = m.LimitationEventRow.__table__
    query = select(t).where(t.c.branch_id == branch_id)
    if until is not None:
        query = query.where(t.c.date <= until)
    out: dict[str, list[e.LimitationEvent]] = defaultdict(list)
    for r in session.execute(query):
        out[r.contract_no].append(e.LimitationEvent(r.contract_no, r.date, r.kind, r.staff_no,
                                                    r.amount, r.new_maturity))
    return out


def credits_for(session: Session, branch_id: int, contracts: set[str]) -> dict[str, list[e.Credit]]:
    out: dict[str, list[e.Credit]] = defaultdict(list)
    if not contracts:
        return out
    t = m.CreditRow.__table__
    for r in session.execute(select(t.c.contract_no, t.c.staff_no, t.c.share)
                             .where(t.c.branch_id == branch_id)
                             .order_by(t.c.contract_no, t.c.staff_no)):
        if r.contract_no in contracts:
            out[r.contract_no].append(e.Credit(r.contract_no, r.staff_no, r.share))
    return out


def interest_for(session: Session, branch_id: int, months: list[Month]):
    t = m.InterestRow.__table__
    return [(r.contract_no, r.month, r.amount) for r in session.execute(
        select(t.c.contract_no, t.c.month, t.c.amount)
        .where(t.c.branch_id == branch_id, t.c.month.in_([str(mo) for mo in months])))]


def deposits_for(session: Session, branch_id: int, months: list[Month]) -> dict[str, dict[str, Decimal]]:
    t = m.DepositRow.__table__
    out: dict[str, dict[str, Decimal]] = defaultdict(dict)
    for r in session.execute(select(t.c.staff_no, t.c.month, t.c.daily_avg)
                             .where(t.c.branch_id == branch_id,
                                    t.c.month.in_([str(mo) for mo in months]))):
        out[r.staff_no][r.month] = r.daily_avg
    return out


def items_between(session: Session, branch_id: int, start: date, end: date) -> list[e.Item]:
    t = m.ItemRow.__table__
    return [e.Item(r.staff_no, r.date, r.item, r.qty, r.card_balance) for r in session.execute(
        select(t).where(t.c.branch_id == branch_id, t.c.date >= start, t.c.date <= end))]


def recoveries_between(session: Session, branch_id: int, start: date, end: date) -> list[e.Recovery]:
    t = m.RecoveryRow.__table__
    return [e.Recovery(r.contract_no, r.staff_no, r.date, r.amount) for r in session.execute(
        select(t).where(t.c.branch_id == branch_id, t.c.date >= start, t.c.date <= end))]


def targets_for(session: Session, branch_id: int, quarter: Quarter) -> dict[str, e.Target]:
    t = m.TargetRow.__table__
    return {r.staff_no: e.Target(r.staff_no, r.quarter, r.interest, r.deposit, r.npl,
                                 r.intermediate, r.quality)
            for r in session.execute(select(t).where(t.c.branch_id == branch_id,
                                                     t.c.quarter == str(quarter)))}


def adjustments_for(session: Session, branch_id: int, quarter: Quarter) -> list[e.Adjustment]:
    t = m.AdjustmentRow.__table__
    return [e.Adjustment(r.staff_no, r.quarter, r.amount, r.reason) for r in session.execute(
        select(t).where(t.c.branch_id == branch_id, t.c.quarter == str(quarter)))]


def carried_in(session: Session, branch_id: int, quarter: Quarter) -> dict[str, Decimal]:
    """carry_to_next of the previous quarter's approved run (newest version), else nothing."""
    run_id = session.scalar(
        select(m.PayRunRow.id).where(m.PayRunRow.branch_id == branch_id,
                                     m.PayRunRow.quarter == str(quarter.previous),
                                     m.PayRunRow.status == "approved")
        .order_by(m.PayRunRow.version.desc()).limit(1))
    if run_id is None:
        return {}
    return {r.staff_no: r.carry_to_next for r in session.execute(
        select(m.PayRunStaffRow.staff_no, m.PayRunStaffRow.carry_to_next)
        .where(m.PayRunStaffRow.pay_run_id == run_id)) if r.carry_to_next != ZERO}


def count_rows(session: Session, model, branch_id: int) -> int:
    return session.scalar(select(func.count()).select_from(model)
                          .where(model.branch_id == branch_id)) or 0

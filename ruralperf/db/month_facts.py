"""The per-staff month facts (rules.ledger.MonthFacts) kept in `month_facts`, one row per branch,
month and staff member.

Database triggers mark a month stale in `ledger_months` when anything it is derived from
changes (migration 0004). `refresh` rebuilds stale months with one pass over each month's rows,
every row attributed to the loan's manager at that month end; imports do it in their own
transaction, and a pay run does it first for the months it reads (after a form changed one).
`load` reads them back: a few hundred rows instead of a county's million ledger rows.
"""
from __future__ import annotations

import json
from typing import Iterable

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from ruralperf.db import models as m
from ruralperf.db.bulk import insert_rows
from ruralperf.db.repository import fen, loans, raw_rows, reassignments
from ruralperf.domain.money import from_fen
from ruralperf.domain.periods import Month
from ruralperf.rules.ledger import MonthFacts, MonthPass
from ruralperf.rules.limitation import ManagerHistory

LM, MF = m.LedgerMonthRow.__table__, m.MonthFactsRow.__table__


def stale_months(session: Session, branch_id: int, months: Iterable[str] | None = None
                 ) -> list[str]:
    query = select(LM.c.month).where(LM.c.branch_id == branch_id, LM.c.stale != 0)
    if months is not None:
        query = query.where(LM.c.month.in_(sorted(set(months))))
    return list(session.scalars(query.order_by(LM.c.month)))


class _Owners:
    """Who manages each loan of a branch at a month end, and its household: a loan never
    reassigned keeps its first manager; the few reassigned ones are looked up in their history."""

    def __init__(self, session: Session, branch_id: int):
        lt = m.LoanRow.__table__
        self.first: dict[str, tuple[str, str]] = {
            contract: (manager, household) for contract, household, manager in raw_rows(
                session, select(lt.c.contract_no, lt.c.household_no, lt.c.manager_no)
                .where(lt.c.branch_id == branch_id))}
        moves = reassignments(session, branch_id)
        self.moved = {c: ManagerHistory(loan, moves[c])
                      for c, loan in loans(session, branch_id, set(moves)).items()}

    def on(self, month: Month) -> dict[str, tuple[str, str]]:
        if not self.moved:
            return self.first
        end, first = month.end, self.first
        return {**first, **{c: (h.on(end), first[c][1]) for c, h in self.moved.items()}}


def compute(session: Session, branch_id: int, month: str, owners: _Owners) -> MonthFacts:
    """One month's facts from its rows (amounts in integer fen)."""
    st, it = m.SnapshotRow.__table__, m.InterestRow.__table__
    attributed = owners.on(Month.parse(month))
    one = MonthPass(zero=0)
    one.snapshots(raw_rows(session, select(
        st.c.contract_no, fen(st.c.balance), st.c.overdue_days, st.c.arrears_months, st.c.grade)
        .where(st.c.branch_id == branch_id, st.c.month == month)), attributed)
    managers = {c: owner[0] for c, owner in attributed.items()}
    one.interest(raw_rows(session, select(it.c.contract_no, fen(it.c.amount))
                          .where(it.c.branch_id == branch_id, it.c.month == month)), managers)
    return one.facts()


def refresh(session: Session, branch_id: int, months: Iterable[str] | None = None) -> list[str]:
    """Rebuild the stale months (of `months`, or all) inside the caller's write transaction;
    returns the months rebuilt."""
    todo = stale_months(session, branch_id, months)
    if not todo:
        return []
    owners = _Owners(session, branch_id)
    conn = session.connection()
    for month in todo:
        facts = compute(session, branch_id, month, owners)
        conn.execute(delete(MF).where(MF.c.branch_id == branch_id, MF.c.month == month))
        insert_rows(conn, MF, [
            {"staff_no": s, "households": json.dumps(facts.households.get(s, {}),
                                                     sort_keys=True, ensure_ascii=False),
             "npl": from_fen(facts.npl.get(s, 0)),
             "interest": from_fen(facts.interest[s]) if s in facts.interest else None}
            for s in sorted(facts.staff())], constants={"branch_id": branch_id, "month": month})
        conn.execute(update(LM).where(LM.c.branch_id == branch_id, LM.c.month == month)
                     .values(stale=0))
    return todo


def load(session: Session, branch_id: int, months: Iterable[str]) -> dict[str, MonthFacts]:
    """The stored facts of some months (amounts in integer fen); stale months must have been
    refreshed first."""
    out: dict[str, MonthFacts] = {}
    for month, staff_no, households, npl, interest in raw_rows(session, select(
            MF.c.month, MF.c.staff_no, MF.c.households, fen(MF.c.npl), fen(MF.c.interest))
            .where(MF.c.branch_id == branch_id, MF.c.month.in_(sorted(set(months))))):
        facts = out.setdefault(month, MonthFacts())
        worst = json.loads(households)
        if worst:
            facts.households[staff_no] = worst
        if npl:
            facts.npl[staff_no] = npl
        if interest is not None:
            facts.interest[staff_no] = interest
    return out

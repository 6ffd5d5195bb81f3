"""The per-staff month facts (rules.ledger.MonthFacts) kept in `month_facts`, one row per branch,
month and staff member.

Database triggers mark a month stale in `ledger_months` when anything it is derived from
changes (migration 0004). `refresh` rebuilds stale months with one pass over each month's rows,
every row attributed to the loan's manager at that month end; a pay run does it first for the
months it reads (an import leaves its months stale: nothing may ever read them). Only a
quarter-end month's facts hold its ledger (households, NPL: a pay run reads them at its base
and end months); the other months' hold their interest income, all a pay run reads of them.
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
from ruralperf.domain.ledger import MonthFacts, MonthPass
from ruralperf.domain.histories import ManagerHistory

LM, MF = m.LedgerMonthRow.__table__, m.MonthFactsRow.__table__


def stale_months(session: Session, branch_id: int, months: Iterable[str] | None = None
                 ) -> list[str]:
    query = select(LM.c.month).where(LM.c.branch_id == branch_id, LM.c.stale != 0)
    if months is not None:
        query = query.where(LM.c.month.in_(sorted(set(months))))
    return list(session.scalars(query.order_by(LM.c.month)))


class _Owners:
    """Who manages each loan of a branch at a month end, and its household: a loan never
    reassigned keeps its first manager; the few reassigned ones are looked up in their history.
    One map of every loan, read once; `on(month)` sets the reassigned loans' entries for that
    month in place (no per-month copy of the whole map, issue 22)."""

    def __init__(self, session: Session, branch_id: int):
        lt = m.LoanRow.__table__
        self.first: dict[str, tuple[str, str]] = {}
        self.managers: dict[str, str] = {}
        first, managers = self.first, self.managers
        for contract, household, manager in raw_rows(session, select(
                lt.c.contract_no, lt.c.household_no, lt.c.manager_no)
                .where(lt.c.branch_id == branch_id)):
            first[contract] = (manager, household)
            managers[contract] = manager
        moves = reassignments(session, branch_id)
        self.moved = {c: ManagerHistory(loan, moves[c])
                      for c, loan in loans(session, branch_id, set(moves)).items()}

    def on(self, month: Month) -> tuple[dict[str, tuple[str, str]], dict[str, str]]:
        """(contract -> (manager, household), contract -> manager) at the month end; valid
        until the next call."""
        end, first, managers = month.end, self.first, self.managers
        for c, h in self.moved.items():
            managers[c] = manager = h.on(end)
            first[c] = (manager, first[c][1])
        return first, managers


def _rows(session: Session, table, branch_id: int, month: str, *columns):
    return raw_rows(session, select(table.c.contract_no, *columns)
                    .where(table.c.branch_id == branch_id, table.c.month == month))


def ledger_read(month: Month) -> bool:
    """Whether a pay run reads the month's ledger (households, NPL balances): only at a
    quarter's end (its end month, and the next quarter's base month). Of the other months it
    reads only the interest income, so that is all their facts hold (issue 22)."""
    return month.month % 3 == 0


def compute(session: Session, branch_id: int, month: str, owners: _Owners) -> MonthFacts:
    """One month's facts from its rows (amounts in integer fen): the households and NPL
    balances of a quarter-end month's ledger, the interest income of every month."""
    st, it = m.SnapshotRow.__table__, m.InterestRow.__table__
    at = Month.parse(month)
    attributed, managers = owners.on(at)
    one = MonthPass(zero=0)
    if ledger_read(at):
        one.snapshots(_rows(session, st, branch_id, month, fen(st.c.balance),
                            st.c.overdue_days, st.c.arrears_months, st.c.grade), attributed)
    one.interest(_rows(session, it, branch_id, month, fen(it.c.amount)), managers)
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

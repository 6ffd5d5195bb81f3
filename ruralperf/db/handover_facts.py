"""The handover rule (DOMAIN.md 2) on the stored month facts.

`db.month_facts` attributes each base-month snapshot to the loan's manager on the base date. With
`handover.follows_loans` the base date looks at the loans managed on the **end** date, so for the
loans handed over during the quarter the base month is corrected: each one's NPL balance moves
to its end-date manager and the households involved are recomputed from the base-month
snapshots of their loans; everything else stored is already right. Without a reassignment in
the quarter nothing is read.
"""
from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ruralperf.db import models as m
from ruralperf.db.repository import fen, loans, raw_rows, reassignments
from ruralperf.domain.periods import Month, Quarter
from ruralperf.domain.entities import NPL_GRADES
from ruralperf.domain.handover import Handover, handovers, rebase
from ruralperf.domain.histories import ManagerHistory
from ruralperf.domain.ledger import MonthFacts, MonthPass


def quarter_handovers(session: Session, branch_id: int, quarter: Quarter
                      ) -> tuple[list[Handover], dict[str, list]]:
    """The loans with a snapshot at the base or the end month whose manager on the end date is
    not their manager on the base date, and every reassigned loan's moves. Only a loan with a
    move dated in the quarter can have changed hands, so only those loans are read."""
    moves = reassignments(session, branch_id)
    window = {c for c, ms in moves.items()
              if any(quarter.base_date < on <= quarter.end_date for on, _ in ms)}
    if not window:
        return [], moves
    reassigned = loans(session, branch_id, window)
    histories = {c: ManagerHistory(loan, moves[c]) for c, loan in reassigned.items()}
    moved = handovers(histories, {c: loan.household_no for c, loan in reassigned.items()},
                      quarter)
    if moved:
        st = m.SnapshotRow.__table__
        seen = set(session.scalars(select(st.c.contract_no).where(
            st.c.branch_id == branch_id,
            st.c.month.in_([str(quarter.base_month), str(quarter.months[2])]),
            st.c.contract_no.in_(sorted({h.contract for h in moved})))))
        moved = [h for h in moved if h.contract in seen]
    return moved, moves


def apply_handovers(session: Session, branch_id: int, quarter: Quarter,
                    months: dict[Month, MonthFacts], follows: bool) -> list[Handover]:
    """Rewrite `months`' base month (amounts in fen) for the handover rule when `follows`;
    returns the quarter's handovers either way (the explanations name them).

    Only what a handover touches is read again: the base-month snapshots of the loans of the
    households handed over. Each loan's NPL balance moves from its base-date manager to its
    end-date manager; the households of the (staff, household) pairs involved are recomputed."""
    moved, moves = quarter_handovers(session, branch_id, quarter)
    if not moved or not follows:
        return moved
    lt, st = m.LoanRow.__table__, m.SnapshotRow.__table__
    base_month, end = quarter.base_month, quarter.end_date
    households = sorted({h.household for h in moved})
    pairs = {(s, h.household) for h in moved for s in (h.from_staff, h.to_staff)}
    owners: dict[str, tuple[str, str]] = {}
    snapshots, npl_of = [], {}
    for i in range(0, len(households), 500):
        for contract, household, first, disbursed, balance, overdue, arrears, grade in raw_rows(
                session, select(st.c.contract_no, lt.c.household_no, lt.c.manager_no,
                                lt.c.disbursed_on, fen(st.c.balance), st.c.overdue_days,
                                st.c.arrears_months, st.c.grade)
                .join(lt, (lt.c.branch_id == st.c.branch_id)
                      & (lt.c.contract_no == st.c.contract_no))
                .where(st.c.branch_id == branch_id, st.c.month == str(base_month),
                       lt.c.household_no.in_(households[i:i + 500]))):
            manager = first if contract not in moves else ManagerHistory.of(
                date.fromisoformat(str(disbursed)[:10]), first, moves[contract]).on(end)
            if grade in NPL_GRADES:
                npl_of[contract] = balance
            if (manager, household) in pairs:
                owners[contract] = (manager, household)
                snapshots.append((contract, balance, overdue, arrears, grade))
    one = MonthPass(zero=0)
    one.snapshots(snapshots, owners)
    npl_moves = [(h.from_staff, h.to_staff, npl_of[h.contract]) for h in moved
                 if h.contract in npl_of]
    months[base_month] = rebase(months.get(base_month, MonthFacts()), one.facts(), pairs,
                                npl_moves)
    return moved

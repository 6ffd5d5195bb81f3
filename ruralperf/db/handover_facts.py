"""The handover rule (DOMAIN.md 2) on the stored month facts.

`db.month_facts` attributes each base-month snapshot to the loan's manager on the base date. With
`handover.follows_loans` the base date looks at the loans managed on the **end** date, so for the
few staff members who gave or received a loan during the quarter the base month is recomputed
from the base-month snapshots of the loans each of them manages on the end date; everybody
else's stored facts are already right. Without a reassignment in the quarter nothing is read.
"""
from __future__ import annotations

from sqlalchemy import exists, or_, select
from sqlalchemy.orm import Session

from ruralperf.db import models as m
from ruralperf.db.repository import fen, loans, raw_rows, reassignments
from ruralperf.domain.periods import Quarter
from ruralperf.rules.handover import Handover, affected, handovers, rebase
from ruralperf.rules.histories import ManagerHistory
from ruralperf.rules.ledger import MonthFacts, MonthPass


def quarter_handovers(session: Session, branch_id: int, quarter: Quarter
                      ) -> tuple[list[Handover], dict[str, ManagerHistory]]:
    """The loans with a snapshot at the base or the end month whose manager on the end date is
    not their manager on the base date, and the histories of every reassigned loan."""
    moves = reassignments(session, branch_id)
    if not moves:
        return [], {}
    reassigned = loans(session, branch_id, set(moves))
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
    return moved, histories


def apply_handovers(session: Session, branch_id: int, quarter: Quarter,
                    months: dict[str, MonthFacts], follows: bool) -> list[Handover]:
    """Rewrite `months`' base month (amounts in fen) for the handover rule when `follows`;
    returns the quarter's handovers either way (the explanations name them)."""
    moved, histories = quarter_handovers(session, branch_id, quarter)
    if not moved or not follows:
        return moved
    staff = affected(moved)
    lt, rt, st = m.LoanRow.__table__, m.ReassignmentRow.__table__, m.SnapshotRow.__table__
    was_reassigned = exists(select(rt.c.contract_no).where(
        rt.c.branch_id == branch_id, rt.c.contract_no == lt.c.contract_no))
    base_month, end = str(quarter.base_month), quarter.end_date
    rows = raw_rows(session, select(
        st.c.contract_no, lt.c.household_no, lt.c.manager_no, fen(st.c.balance),
        st.c.overdue_days, st.c.arrears_months, st.c.grade)
        .join(lt, (lt.c.branch_id == st.c.branch_id) & (lt.c.contract_no == st.c.contract_no))
        .where(st.c.branch_id == branch_id, st.c.month == base_month,
               or_(lt.c.manager_no.in_(sorted(staff)), was_reassigned)))
    owners: dict[str, tuple[str, str]] = {}
    snapshots = []
    for contract, household, first, balance, overdue, arrears, grade in rows:
        manager = histories[contract].on(end) if contract in histories else first
        if manager in staff:
            owners[contract] = (manager, household)
            snapshots.append((contract, balance, overdue, arrears, grade))
    one = MonthPass(zero=0)
    one.snapshots(snapshots, owners)
    months[base_month] = rebase(months.get(base_month, MonthFacts()), one.facts(), staff)
    return moved

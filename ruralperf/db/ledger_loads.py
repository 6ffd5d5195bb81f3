"""One-pass loads over month-end ledgers for the pay run and the limitation list: raw column
values reduced as they arrive (`ledger_facts`), or only the rows a replay can need
(`replay_balances`), never one object per ledger row of the branch."""
from __future__ import annotations

from collections import defaultdict
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ruralperf.db import models as m
from ruralperf.db.repository import chunks, fen, loans, raw_rows, reassignments
from ruralperf.domain import entities as e
from ruralperf.domain.money import from_fen
from ruralperf.domain.periods import Month, Quarter, add_years
from ruralperf.rules.ledger import LedgerFacts, LedgerPass
from ruralperf.rules.limitation import BalanceHistory, ManagerHistory


def ledger_facts(session: Session, branch_id: int, quarter: Quarter,
                 max_arrears: int) -> LedgerFacts:
    """The pay run's ledger facts (rules.ledger) in one pass over the quarter's rows: the base
    and end months' snapshots and the quarter's interest, each attributed to the loan's manager
    at that month end. A loan never reassigned keeps its first manager; the few reassigned ones
    are looked up in their history."""
    b = branch_id
    lt = m.LoanRow.__table__
    owners: dict[str, tuple[str, str]] = {}  # contract -> (first manager, household)
    for contract, household, manager in raw_rows(session, select(
            lt.c.contract_no, lt.c.household_no, lt.c.manager_no).where(lt.c.branch_id == b)):
        owners[contract] = (manager, household)
    moves = reassignments(session, b)
    moved = {c: ManagerHistory(loan, moves[c]) for c, loan in loans(session, b, set(moves)).items()}

    first = {c: owner[0] for c, owner in owners.items()}

    def owners_on(month: Month) -> dict[str, tuple[str, str]]:
        end = month.end
        return {**owners, **{c: (history.on(end), owners[c][1])
                             for c, history in moved.items()}} if moved else owners

    def managers_on(month: Month) -> dict[str, str]:
        end = month.end
        return {**first, **{c: history.on(end) for c, history in moved.items()}} \
            if moved else first

    ledger = LedgerPass(max_arrears, zero=0)
    st = m.SnapshotRow.__table__
    for month in (quarter.base_month, quarter.months[2]):
        rows = raw_rows(session, select(
            st.c.contract_no, fen(st.c.balance), st.c.overdue_days, st.c.arrears_months,
            st.c.grade).where(st.c.branch_id == b, st.c.month == str(month)))
        ledger.snapshots(str(month), rows, owners_on(month))
    it = m.InterestRow.__table__
    for month in quarter.months:
        rows = raw_rows(session, select(it.c.contract_no, fen(it.c.amount))
                        .where(it.c.branch_id == b, it.c.month == str(month)))
        ledger.interest(str(month), rows, managers_on(month))
    return ledger.facts(amount=from_fen)


def replay_balances(session: Session, branch_id: int, loans_by_contract: dict[str, e.Loan],
                    events: dict[str, list[e.LimitationEvent]], as_of: date,
                    scheme) -> dict[str, BalanceHistory]:
    """The month-end balances the limitation replay (rules.limitation.replay) can ask for.

    It asks for the balance on `as_of` and on dates no earlier than the first possible expiry
    (maturity + the shorter limitation period) or a registered lapse. So a loan whose first
    expiry is after `as_of` needs only its latest snapshot up to `as_of`; the others need their
    history, of which only the months where the balance changes are kept (a balance repeated
    from the month before answers every question the same way)."""
    years = min(scheme["limitation.old_years"], scheme["limitation.new_years"])
    recent, old = set(), set()
    for c, loan in loans_by_contract.items():
        since = add_years(loan.maturity_on, years)
        registered = [ev.date for ev in events.get(c, ()) if ev.kind == "lapse_registered"]
        (old if since <= as_of or registered else recent).add(c)
    t = m.SnapshotRow.__table__
    last = Month.of(as_of) if as_of == Month.of(as_of).end else Month.of(as_of).shift(-1)
    points: dict[str, list[tuple[date, Decimal]]] = defaultdict(list)
    ends: dict[str, date] = {}
    for part in chunks(recent):
        latest = (select(t.c.contract_no, func.max(t.c.month).label("month"))
                  .where(t.c.branch_id == branch_id, t.c.contract_no.in_(part),
                         t.c.month <= str(last))
                  .group_by(t.c.contract_no).subquery())
        _collect(points, ends, session.execute(
            select(t.c.contract_no, t.c.month, t.c.balance).join(
                latest, (t.c.contract_no == latest.c.contract_no)
                & (t.c.month == latest.c.month)).where(t.c.branch_id == branch_id)))
    window = {"partition_by": t.c.contract_no, "order_by": t.c.month}
    for part in chunks(old):
        history = (select(t.c.contract_no, t.c.month, t.c.balance,
                          func.lag(t.c.balance).over(**window).label("before"))
                   .where(t.c.branch_id == branch_id, t.c.contract_no.in_(part),
                          t.c.month <= str(Month.of(as_of)))
                   .subquery())
        _collect(points, ends, session.execute(
            select(history.c.contract_no, history.c.month, history.c.balance).where(
                history.c.before.is_(None) | (history.c.before != history.c.balance))))
    return {c: BalanceHistory(p) for c, p in points.items()}


def _collect(points, ends, rows) -> None:
    for contract, month, balance in rows:
        end = ends.get(month)
        if end is None:
            end = ends[month] = Month.parse(month).end
        points[contract].append((end, balance))

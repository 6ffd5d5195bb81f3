"""The per-staff month facts (rules.ledger.MonthFacts) kept in `month_facts`, one row per branch,
month and staff member.

Database triggers mark a month stale in `ledger_months` when anything it is derived from
changes (migration 0004). `refresh` rebuilds stale months with one pass over each month's rows,
every row attributed to the loan's manager at that month end; a pay run does it first for the
months it reads (an import leaves its months stale: nothing may ever read them). Only a
quarter-end month's facts hold its ledger (households, NPL: a pay run reads them at its base
and end months); the other months' hold their interest income, all a pay run reads of them.
`load` reads them back: a few hundred rows instead of a county's million ledger rows;
`for_quarter` gives a pay run its months with the handover rule applied and the amounts as
money. Months are `Month` values outside this module; the columns hold "YYYY-MM".
"""
from __future__ import annotations

import json
from decimal import Decimal
from operator import itemgetter
from typing import Iterable

from sqlalchemy import case, delete, select, update
from sqlalchemy.orm import Session

from ruralperf.db import models as m
from ruralperf.db.bulk import insert_rows
from ruralperf.db.handover_facts import apply_handovers
from ruralperf.db.periods import in_months, month_of
from ruralperf.db.repository import fen, raw_rows, reassignments
from ruralperf.domain.money import from_fen
from ruralperf.domain.periods import Month, Quarter
from ruralperf.domain.entities import NPL_GRADES
from ruralperf.domain.handover import Handover
from ruralperf.domain.ledger import MonthFacts, MonthPass
from ruralperf.domain.histories import ManagerHistory

LM, MF = m.LedgerMonthRow.__table__, m.MonthFactsRow.__table__


def _due(session: Session, branch_id: int, months: Iterable[Month] | None,
         partial: set[Month]) -> dict[Month, bool]:
    """month -> whether a change made it stale (else only its interest part is to be built),
    of the months whose facts must be rebuilt before they are read."""
    query = select(LM.c.month, LM.c.stale).where(
        LM.c.branch_id == branch_id, (LM.c.stale != 0) | (LM.c.interest_stale != 0))
    if months is not None:
        query = query.where(in_months(LM.c.month, months))
    due = ((month_of(text), bool(stale)) for text, stale in
           session.execute(query.order_by(LM.c.month)))
    return {month: stale for month, stale in due if stale or month not in partial}


def stale_months(session: Session, branch_id: int, months: Iterable[Month] | None = None,
                 ledger_only: Iterable[Month] = ()) -> list[Month]:
    """The months (of `months`, or all) whose facts must be rebuilt before they are read: those
    a change made stale, and those whose interest part was left out (`interest_stale`) unless
    only their ledger part is read (`ledger_only`)."""
    return list(_due(session, branch_id, months, set(ledger_only)))


def quarter_months(quarter: Quarter) -> tuple[list[Month], set[Month]]:
    """The months whose facts a pay run of the quarter reads (its base month and its three), and
    those of them it reads only the ledger part of (the base month: its interest income is the
    previous quarter's)."""
    return [quarter.base_month, *quarter.months], {quarter.base_month}


def quarter_stale(session: Session, branch_id: int, quarter: Quarter) -> list[Month]:
    return stale_months(session, branch_id, *quarter_months(quarter))


def refresh_quarter(session: Session, branch_id: int, quarter: Quarter) -> list[Month]:
    """Rebuild what a pay run of the quarter reads, inside the caller's write transaction."""
    return refresh(session, branch_id, *quarter_months(quarter))


class _Owners:
    """Who manages each loan of a branch at a month end, and its household: a loan never
    reassigned keeps its first manager; the few reassigned ones are looked up in their history.
    One map of every loan, read once; `on(month)` sets the reassigned loans' entries for that
    month in place (no per-month copy of the whole map, issue 22)."""

    def __init__(self, session: Session, branch_id: int):
        lt = m.LoanRow.__table__
        rows = list(raw_rows(session, select(lt.c.contract_no, lt.c.manager_no, lt.c.household_no)
                             .where(lt.c.branch_id == branch_id)))
        # Built in C (zip, itemgetter): 300,000 loans in a county branch.
        self.first = dict(zip(map(itemgetter(0), rows), map(itemgetter(1, 2), rows)))
        self.managers = dict(map(itemgetter(0, 1), rows))
        moves, rt = reassignments(session, branch_id), m.ReassignmentRow.__table__
        self.moved = {c: ManagerHistory.of(on, manager, moves[c]) for c, on, manager in
                      session.execute(select(lt.c.contract_no, lt.c.disbursed_on, lt.c.manager_no)
                                      .where(lt.c.branch_id == branch_id, lt.c.contract_no.in_(
                                          select(rt.c.contract_no)
                                          .where(rt.c.branch_id == branch_id))))}

    def on(self, month: Month) -> tuple[dict[str, tuple[str, str]], dict[str, str]]:
        """(contract -> (manager, household), contract -> manager) at the month end; valid
        until the next call."""
        end, first, managers = month.end, self.first, self.managers
        for c, h in self.moved.items():
            managers[c] = manager = h.on(end)
            first[c] = (manager, first[c][1])
        return first, managers


def _rows(session: Session, table, branch_id: int, month: Month, *columns):
    return raw_rows(session, select(table.c.contract_no, *columns)
                    .where(table.c.branch_id == branch_id, table.c.month == str(month)))


def ledger_read(month: Month) -> bool:
    """Whether a pay run reads the month's ledger (households, NPL balances): only at a
    quarter's end (its end month, and the next quarter's base month). Of the other months it
    reads only the interest income, so that is all their facts hold (issue 22)."""
    return month.month % 3 == 0


def compute(session: Session, branch_id: int, month: Month, owners: _Owners,
            ledger: bool = True, interest: bool = True) -> MonthFacts[int]:
    """One month's facts from its rows (amounts in integer fen): the households and NPL
    balances of a quarter-end month's ledger (with `ledger`), the interest income of every
    month (with `interest`)."""
    st, it = m.SnapshotRow.__table__, m.InterestRow.__table__
    attributed, managers = owners.on(month)
    one = MonthPass(zero=0)
    if ledger and ledger_read(month):
        balance, bad = fen(st.c.balance), st.c.grade.in_(sorted(NPL_GRADES))
        one.states(raw_rows(session, select(
            st.c.contract_no,
            case((balance > 0, case((st.c.overdue_days != 0, -1), else_=st.c.arrears_months))),
            case((bad, balance))).where(st.c.branch_id == branch_id, st.c.month == str(month),
                                        (balance > 0) | bad)), attributed)
    if interest:
        one.interest(_rows(session, it, branch_id, month, fen(it.c.amount)), managers)
    return one.facts()


def refresh(session: Session, branch_id: int, months: Iterable[Month] | None = None,
            ledger_only: Iterable[Month] = ()) -> list[Month]:
    """Rebuild the months (of `months`, or all) that `stale_months` names, inside the caller's
    write transaction; returns them. A month of `ledger_only` that a change made stale gets its
    ledger part only: its interest part is left out and marked (`interest_stale`), to be
    rebuilt alone when a pay run reads it (issue 22: a pay run after a back-dated change does
    not read its base month's interest income)."""
    partial = set(ledger_only)
    flags = _due(session, branch_id, months, partial)
    if not flags:
        return []
    owners = _Owners(session, branch_id)
    conn = session.connection()
    for month in flags:
        if flags[month]:  # a change made it stale: its ledger part, and its interest if read
            facts = compute(session, branch_id, month, owners, interest=month not in partial)
        else:  # only its interest part was left out: the ledger part stored stays
            kept = load(session, branch_id, [month]).get(month, MonthFacts())
            facts = compute(session, branch_id, month, owners, ledger=False)
            facts = MonthFacts(kept.households, kept.npl, facts.interest)
        _store(conn, branch_id, month, facts)
        conn.execute(update(LM).where(LM.c.branch_id == branch_id, LM.c.month == str(month))
                     .values(stale=0, interest_stale=int(flags[month] and month in partial)))
    return list(flags)


def _store(conn, branch_id: int, month: Month, facts: MonthFacts[int]) -> None:
    conn.execute(delete(MF).where(MF.c.branch_id == branch_id, MF.c.month == str(month)))
    insert_rows(conn, MF, [
        {"staff_no": s, "households": json.dumps(facts.households.get(s, {}),
                                                 sort_keys=True, ensure_ascii=False),
         "npl": from_fen(facts.npl.get(s, 0)),
         "interest": from_fen(facts.interest[s]) if s in facts.interest else None}
        for s in sorted(facts.staff())], constants={"branch_id": branch_id, "month": str(month)})


def load(session: Session, branch_id: int, months: Iterable[Month]) -> dict[Month, MonthFacts[int]]:
    """The stored facts of some months (amounts in integer fen); stale months must have been
    refreshed first."""
    out: dict[Month, MonthFacts[int]] = {}
    by_text = {str(mo): mo for mo in months}
    for month, staff_no, households, npl, interest in raw_rows(session, select(
            MF.c.month, MF.c.staff_no, MF.c.households, fen(MF.c.npl), fen(MF.c.interest))
            .where(MF.c.branch_id == branch_id, in_months(MF.c.month, by_text.values()))):
        facts = out.setdefault(by_text[month], MonthFacts())
        worst = json.loads(households)
        if worst:
            facts.households[staff_no] = worst
        if npl:
            facts.npl[staff_no] = npl
        if interest is not None:
            facts.interest[staff_no] = interest
    return out


def for_quarter(session: Session, branch_id: int, quarter: Quarter, follows: bool
                ) -> tuple[dict[Month, MonthFacts[Decimal]], list[Handover]]:
    """The facts a pay run of `quarter` reads (refreshed first by the caller), with the handover
    rule applied to the base month when `follows`, amounts as money; and the quarter's
    handovers (db.handover_facts)."""
    months = load(session, branch_id, quarter_months(quarter)[0])
    moved = apply_handovers(session, branch_id, quarter, months, follows)
    return {month: _in_money(facts) for month, facts in months.items()}, moved


def _in_money(facts: MonthFacts[int]) -> MonthFacts[Decimal]:
    """Integer fen to money: the only amounts outside `db` are `Decimal`s."""
    return MonthFacts(facts.households,
                      {s: from_fen(v) for s, v in facts.npl.items()},
                      {s: from_fen(v) for s, v in facts.interest.items()})

"""What the deferral ledger page, its printout and the clawback page show (DOMAIN.md 9):

- `ledger`: every deferred part of a staff member (origin quarter, due quarter, amount, released,
  clawed back, balance) and how it reconciles with the approved pay runs;
- `evidence`: beside a clawback, the staff member's credited and managed loans that became NPL
  within the deferral window (the quarters `max(deferral.instalments)` back from the clawback's).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select

from ruralperf.db import deferrals
from ruralperf.db import models as m
from ruralperf.db import periods
from ruralperf.db import repository as repo
from ruralperf.db.engine import read_session
from ruralperf.domain.deferral import DeferredPart
from ruralperf.domain.entities import NPL_GRADES
from ruralperf.domain.money import ZERO
from ruralperf.domain.parameters import ParameterBook
from ruralperf.domain.periods import Month, Quarter


@dataclass(frozen=True)
class StaffLedger:
    """One staff member's parts, and the totals of the approved runs they must agree with."""

    staff_no: str
    name: str
    parts: tuple[DeferredPart, ...]
    runs_deferred: Decimal  # Σ `deferred` of the current approved runs
    runs_released: Decimal
    runs_clawed: Decimal  # Σ (clawback − clawback_from_pay)
    last_balance: Decimal  # `deferred_balance` of the latest approved run

    def total(self, attr: str) -> Decimal:
        return sum((getattr(p, attr) for p in self.parts), ZERO)

    @property
    def balance(self) -> Decimal:
        return sum((p.remaining for p in self.parts), ZERO)

    @property
    def reconciles(self) -> bool:
        """Σ amount = Σ deferred, Σ released and clawed back as the runs say, and the balance
        = the latest run's `deferred_balance` (and = Σ deferred − released − clawed back)."""
        return (self.total("amount") == self.runs_deferred
                and self.total("released") == self.runs_released
                and self.total("clawed_back") == self.runs_clawed
                and self.balance == self.last_balance
                == self.runs_deferred - self.runs_released - self.runs_clawed)


@dataclass(frozen=True)
class EvidenceLoan:
    contract_no: str
    household: str
    role: str  # "credited" | "managed" | "credited+managed"
    npl_month: Month  # the first month-end with an NPL grade
    grade: str
    balance: Decimal


def ledger(engine, branch_id: int, staff_no: str | None = None) -> list[StaffLedger]:
    """Per staff member (all, or one), the parts and the reconciliation with the runs."""
    from ruralperf.services.computing import approved_runs  # the stored results, read once

    with read_session(engine) as s:
        parts = deferrals.parts(s, branch_id, staff_no=staff_no)
        names = {x.staff_no: x.name for x in repo.staff(s, branch_id)}
    runs = approved_runs(engine, branch_id)
    by_staff: dict[str, list[DeferredPart]] = {}
    for p in parts:
        by_staff.setdefault(p.staff_no, []).append(p)
    people = {x.staff_no for r in runs for x in r.staff if x.deferred or x.released
              or x.clawback_from_deferral} | set(by_staff)
    if staff_no is not None:
        people &= {staff_no}
    out = []
    for sid in sorted(people):
        rows = [x for x in (r.for_staff(sid) for r in runs) if x is not None]
        out.append(StaffLedger(
            sid, names.get(sid, ""), tuple(by_staff.get(sid, ())),
            sum((x.deferred for x in rows), ZERO), sum((x.released for x in rows), ZERO),
            sum((x.clawback_from_deferral for x in rows), ZERO),
            rows[-1].deferred_balance if rows else ZERO))
    return out


def window_start(book: ParameterBook, on: date) -> Quarter:
    quarter = Quarter.of(on)
    return quarter.shift(-max(book.at(quarter.end_date)["deferral.instalments"]))


def evidence(engine, branch_id: int, staff_no: str, on: date) -> list[EvidenceLoan]:
    """The staff member's loans (marketing credits, or managed at the month end) whose first NPL
    month-end falls within the deferral window up to `on`."""
    with read_session(engine) as s:
        book = ParameterBook(repo.parameter_values(s, branch_id))
        first, last = window_start(book, on).months[0], Month.of(on)
        credited = set(s.scalars(select(m.CreditRow.contract_no).where(
            m.CreditRow.branch_id == branch_id, m.CreditRow.staff_no == staff_no)))
        managed = set(s.scalars(select(m.LoanRow.contract_no).where(
            m.LoanRow.branch_id == branch_id, m.LoanRow.manager_no == staff_no))) | set(
            s.scalars(select(m.ReassignmentRow.contract_no).where(
                m.ReassignmentRow.branch_id == branch_id,
                m.ReassignmentRow.staff_no == staff_no)))
        sn = m.SnapshotRow
        first_texts = {c: month for part in repo.chunks(credited | managed)
                  for c, month in s.execute(
                      select(sn.contract_no, func.min(sn.month))
                      .where(sn.branch_id == branch_id, sn.contract_no.in_(part),
                             sn.grade.in_(sorted(NPL_GRADES)))
                      .group_by(sn.contract_no))}
        firsts = {c: mo for c, mo in ((c, periods.month_of(text))
                                      for c, text in first_texts.items())
                  if first <= mo <= last}
        texts = {c: periods.code(mo) for c, mo in firsts.items()}
        loans = repo.loans(s, branch_id, set(firsts))
        histories = repo.manager_histories(s, branch_id, loans)
        households = dict(s.execute(select(m.HouseholdRow.household_no, m.HouseholdRow.name)
                                    .where(m.HouseholdRow.branch_id == branch_id)).all())
        snaps = {r.contract_no: r for part in repo.chunks(firsts)
                 for r in s.scalars(select(sn).where(sn.branch_id == branch_id,
                                                     sn.contract_no.in_(part)))
                 if texts.get(r.contract_no) == r.month}
    out = []
    for c, month in sorted(firsts.items(), key=lambda x: (x[1], x[0])):
        was_manager = histories[c].on(month.end) == staff_no
        roles = [r for r, yes in (("credited", c in credited), ("managed", was_manager)) if yes]
        if not roles:
            continue  # managed it once, but not when it turned bad
        snap = snaps[c]
        out.append(EvidenceLoan(c, households.get(loans[c].household_no, ""), "+".join(roles),
                                month, snap.grade, snap.balance))
    return out

"""Where the task-completion actuals of a statement come from, item by item, so that a staff
member disputing a line finds every input on the statement's appendix:

- NPL decrease (不良压降): every NPL-graded loan the staff member managed at the base month end
  or at the quarter's last month end, with its balance at both dates (the actual is the base
  total minus the end total, as the pay run computes it from the same ledger);
- quality score (工作质量): who entered the score, when and how (form or which import file),
  from the audit trail;
- interest income, deposits and intermediate-business items are itemised by the appendix's
  detail lines of the matching components already (month by month, item by item).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import select

from ruralperf.db import models as m
from ruralperf.db import periods
from ruralperf.db import repository as repo
from ruralperf.db.engine import read_session
from ruralperf.domain.entities import NPL_GRADES
from ruralperf.domain.money import ZERO
from ruralperf.domain.periods import Month, Quarter


@dataclass(frozen=True)
class NplLoan:
    contract_no: str
    household_no: str
    base: Decimal | None  # NPL balance at the base month end (None: not NPL or not managed)
    end: Decimal | None


@dataclass(frozen=True)
class ScoreSource:
    user: str  # display name
    at: str  # yyyy-mm-dd hh:mm
    source: str  # "form" or "import:FILE"


@dataclass(frozen=True)
class IndicatorSources:
    base_month: Month | None = None
    end_month: Month | None = None
    npl: dict[str, tuple[NplLoan, ...]] = field(default_factory=dict)  # staff_no -> loans
    quality: dict[str, ScoreSource] = field(default_factory=dict)  # staff_no -> who scored


def _npl_by_staff(s, branch_id: int, months: tuple[Month, Month]
                  ) -> dict[str, tuple[NplLoan, ...]]:
    sn = m.SnapshotRow
    rows = s.execute(select(sn.contract_no, sn.month, sn.balance).where(
        sn.branch_id == branch_id, periods.in_months(sn.month, months),
        sn.grade.in_(sorted(NPL_GRADES))))
    balances: dict[tuple[str, Month], Decimal] = {
        (c, periods.month_of(mo)): bal for c, mo, bal in rows}
    loans = repo.loans(s, branch_id, {c for c, _mo in balances})
    histories = repo.manager_histories(s, branch_id, loans)
    found: dict[str, dict[str, list]] = {}
    for (contract, month), balance in balances.items():
        loan = loans.get(contract)
        if loan is None:
            continue
        staff_no = histories[contract].on(month.end)
        entry = found.setdefault(staff_no, {}).setdefault(contract, [loan.household_no, None,
                                                                     None])
        entry[1 if month == months[0] else 2] = balance
    return {staff: tuple(NplLoan(c, h, b, e) for c, (h, b, e) in sorted(items.items()))
            for staff, items in found.items()}


def _quality(s, branch_id: int, quarter: Quarter, names: dict[str, str]
             ) -> dict[str, ScoreSource]:
    a = m.AuditRow
    out: dict[str, ScoreSource] = {}
    for key, user, at, source in s.execute(
            select(a.record_key, a.user, a.at, a.source)
            .where(a.branch_id == branch_id, a.table_name == "targets",
                   a.record_key.like(f"%/{quarter}"), a.action.in_(("insert", "update")))
            .order_by(a.seq)):
        out[key.split("/")[0]] = ScoreSource(names.get(user, user), str(at)[:16], source)
    return out


def indicator_sources(ws, quarter: Quarter) -> IndicatorSources:
    """The itemised sources of `quarter`'s indicator actuals for every staff member."""
    months = (quarter.base_month, quarter.months[2])
    names = {u.username: u.display_name or u.username for u in ws.users()}
    with read_session(ws.engine) as s:
        return IndicatorSources(months[0], months[1], _npl_by_staff(s, ws.branch_id, months),
                                _quality(s, ws.branch_id, quarter, names))


def npl_totals(loans: tuple[NplLoan, ...]) -> tuple[Decimal, Decimal]:
    return (sum((x.base or ZERO for x in loans), ZERO), sum((x.end or ZERO for x in loans), ZERO))

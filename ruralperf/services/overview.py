"""The facts the home page shows for a quarter: which month-end data exist (aggregated counts,
never row loads), the pay run's status and blocking errors, and the statute-of-limitations
deadlines. Reached as `Workspace.overview`; no Qt here."""
from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from ruralperf.db import models as m
from ruralperf.db import periods
from ruralperf.db.engine import read_session
from ruralperf.domain.overview import (DUE_BUCKETS, Completeness, HomeFacts, LimitationSummary,
                                       MonthCoverage, PayRunStatus, StaffFinding)
from ruralperf.domain.periods import Month, Quarter, last_complete_quarter
from ruralperf.domain.results import LoanLimitation
from ruralperf.domain.signatures import to_sign
from ruralperf.security.permissions import reads_only_own

# The values are declared in ruralperf.domain.overview; named here for older imports.
__all__ = ["Overview", "DUE_BUCKETS", "Completeness", "HomeFacts", "LimitationSummary",
           "MonthCoverage", "PayRunStatus", "StaffFinding"]


def _days_left(loan: LoanLimitation) -> int:
    """The sort key of a loan in a due bucket (only loans with days left are put in one)."""
    if loan.days_left is None:
        raise ValueError(f"{loan.contract_no}: no days left to sort by")
    return loan.days_left


class Overview:
    def __init__(self, workspace):
        self._ws = workspace

    @property
    def _branch(self) -> int:
        self._ws.authorize("view")  # every fact of the home page needs a login
        return self._ws.branch_id

    def _own(self, model):
        """For a credit officer, the condition limiting rows that pay people to his own."""
        user = self._ws.authorize("view")
        column = reads_only_own(user, model.__tablename__)
        return [model.staff_no == user.staff_no] if column else []

    def is_empty(self) -> bool:
        """No staff and no loans yet (a new database)."""
        with read_session(self._ws.engine) as s:
            return (s.scalar(select(m.StaffRow.id).where(m.StaffRow.branch_id == self._branch)
                             .limit(1)) is None
                    and s.scalar(select(m.LoanRow.id).where(m.LoanRow.branch_id == self._branch)
                                 .limit(1)) is None)

    def latest_data_quarter(self) -> Quarter | None:
        """The newest quarter with month-end ledgers or targets, or None."""
        b = self._branch
        with read_session(self._ws.engine) as s:
            month = s.scalar(select(func.max(m.SnapshotRow.month)).where(m.SnapshotRow.branch_id == b))
            target = s.scalar(select(func.max(m.TargetRow.quarter)).where(m.TargetRow.branch_id == b))
        found = []
        if month:
            found.append(Quarter.of(periods.month_of(month).end))
        if target:
            found.append(periods.quarter_of(target))
        return max(found) if found else None

    def default_quarter(self, today: date) -> Quarter:
        """The last complete quarter, or the newest quarter with data if that is earlier."""
        latest = self.latest_data_quarter()
        last = last_complete_quarter(today)
        return min(last, latest) if latest else last

    def staff_names(self) -> dict[str, str]:
        with read_session(self._ws.engine) as s:
            return {no: name for no, name in s.execute(
                select(m.StaffRow.staff_no, m.StaffRow.name)
                .where(m.StaffRow.branch_id == self._branch).order_by(m.StaffRow.staff_no))}

    # -- completeness ------------------------------------------------------------------------
    def completeness(self, quarter: Quarter) -> Completeness:
        b = self._branch
        months = (*quarter.previous.months, *quarter.months)
        required_snapshots = {quarter.base_month, quarter.months[2]}
        with read_session(self._ws.engine) as s:
            staff = list(s.scalars(select(m.StaffRow.staff_no).where(m.StaffRow.branch_id == b)
                                   .order_by(m.StaffRow.staff_no)))
            loans = s.scalar(select(func.count()).select_from(m.LoanRow)
                             .where(m.LoanRow.branch_id == b)) or 0
            snapshots, interest = self._ledger_rows(s, months)
            deposited: dict[Month, set[str]] = {n: set() for n in months}
            for month, staff_no in s.execute(
                    select(m.DepositRow.month, m.DepositRow.staff_no)
                    .where(m.DepositRow.branch_id == b,
                           periods.in_months(m.DepositRow.month, months))):
                deposited[periods.month_of(month)].add(staff_no)
            with_targets = set(s.scalars(select(m.TargetRow.staff_no).where(
                m.TargetRow.branch_id == b, periods.is_quarter(m.TargetRow.quarter, quarter),
                *self._own(m.TargetRow))))
            items = self._count_between(s, m.ItemRow, quarter)
            recoveries = self._count_between(s, m.RecoveryRow, quarter)
            adjustments = s.scalar(select(func.count()).select_from(m.AdjustmentRow).where(
                m.AdjustmentRow.branch_id == b,
                periods.is_quarter(m.AdjustmentRow.quarter, quarter),
                *self._own(m.AdjustmentRow))) or 0
        coverage = tuple(MonthCoverage(
            month=month, snapshots=snapshots.get(month, 0), interest=interest.get(month, 0),
            deposits=len(deposited[month]),
            missing_deposits=tuple(x for x in staff if x not in deposited[month]),
            snapshots_required=month in required_snapshots,
            interest_expected=month in quarter.months) for month in months)
        return Completeness(quarter, len(staff), loans, coverage, len(with_targets),
                            tuple(x for x in staff if x not in with_targets
                                  and (not self._own(m.TargetRow) or x == self._ws.user.staff_no)),
                            items, recoveries, adjustments)

    def _ledger_rows(self, s, months) -> tuple[dict[Month, int], dict[Month, int]]:
        """Each month's ledger and interest rows, as the database's triggers keep them in
        `ledger_months` (migration 0011): a read, not a count of a county's millions."""
        snapshots: dict[Month, int] = {}
        interest: dict[Month, int] = {}
        lm = m.LedgerMonthRow
        for month, ledger, income in s.execute(
                select(lm.month, lm.snapshot_rows, lm.interest_rows)
                .where(lm.branch_id == self._branch, periods.in_months(lm.month, months))):
            snapshots[periods.month_of(month)] = ledger
            interest[periods.month_of(month)] = income
        return snapshots, interest

    def _count_between(self, s, model, quarter: Quarter) -> int:
        return s.scalar(select(func.count()).select_from(model).where(
            model.branch_id == self._branch, model.date >= quarter.start,
            model.date <= quarter.end_date)) or 0

    # -- pay run -----------------------------------------------------------------------------
    def pay_run_status(self, quarter: Quarter) -> PayRunStatus:
        """The newest saved run's status (without loading its result)."""
        with read_session(self._ws.engine) as s:
            row = s.execute(select(m.PayRunRow.status, m.PayRunRow.version,
                                   m.PayRunRow.computed_at, m.PayRunRow.computed_by)
                            .where(m.PayRunRow.branch_id == self._branch,
                                   m.PayRunRow.quarter == quarter)
                            .order_by(m.PayRunRow.version.desc()).limit(1)).first()
        if row is None:
            return PayRunStatus(quarter, "none")
        return PayRunStatus(quarter, row.status, row.version, row.computed_at,
                            row.computed_by)

    # -- limitation --------------------------------------------------------------------------
    def limitation_summary(self, as_of: date, progress=None) -> LimitationSummary:
        """Kept per as-of date and data version (Workspace.limitation): on a county database
        the first of a day takes seconds, the next ones a read."""
        # the rows it reads (limitation_store.in_summary): stored apart from the whole list
        report = self._ws.limitation(as_of, progress=progress, summary=True)
        due: dict[int, list[LoanLimitation]] = {days: [] for days in DUE_BUCKETS}
        for loan in report.loans:
            if loan.status in ("running", "warning", "restored") and loan.days_left is not None:
                bucket = next((d for d in DUE_BUCKETS if loan.days_left <= d), None)
                if bucket is not None:
                    due[bucket].append(loan)
        return LimitationSummary(
            as_of=as_of,
            due={d: tuple(sorted(x, key=_days_left)) for d, x in due.items()},
            lapsed=tuple(x for x in report.loans if x.status == "lapsed"),
            accountability=tuple(x for x in report.loans if x.accountability),
            litigation=sum(1 for x in report.loans if x.status == "litigation"),
            warnings=report.warnings, to_sign=tuple(to_sign(report)))

    # -- everything the home page shows --------------------------------------------------------
    def home(self, quarter: Quarter, as_of: date, limitation: bool = True) -> HomeFacts:
        """Everything the home page shows; without the limitation summary when `limitation` is
        false (the window asks for it apart, in the background, issue 22)."""
        status = self.pay_run_status(quarter)
        blocking: list[StaffFinding] = []
        warnings: list[StaffFinding] = []
        found = self._ws.stored_run_summary(quarter) if status.status != "none" else None
        if found is not None:  # its findings: a county's run is not read back whole
            for pay in found.staff:
                blocking += [StaffFinding(pay.staff_no, pay.name, f) for f in pay.errors]
                warnings += [StaffFinding(pay.staff_no, pay.name, f) for f in pay.warnings]
            warnings += [StaffFinding("", "", f) for f in found.warnings]
            blocking += [StaffFinding("", "", f) for f in found.errors]
        return HomeFacts(quarter, self.is_empty(), self.completeness(quarter), status,
                         tuple(blocking), tuple(warnings),
                         self.limitation_summary(as_of) if limitation else None)

"""The home page's facts for a quarter, as `Workspace.overview` returns them: which month-end
data exist, the pay run's status and findings, the statute-of-limitations deadlines."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from ruralperf.domain.periods import Month, Quarter
from ruralperf.domain.results import Finding, LoanLimitation
from ruralperf.domain.signatures import ToSign

DUE_BUCKETS = (30, 60, 90)


@dataclass(frozen=True)
class MonthCoverage:
    """What exists for one month: loans with a month-end ledger row, interest rows, and staff
    with a deposit daily average. `*_required` says whether the quarter's pay run needs it."""

    month: Month
    snapshots: int
    interest: int
    deposits: int
    missing_deposits: tuple[str, ...]
    snapshots_required: bool
    interest_expected: bool


@dataclass(frozen=True)
class Completeness:
    quarter: Quarter
    staff: int
    loans: int
    months: tuple[MonthCoverage, ...]  # the previous quarter's three months, then this quarter's
    targets: int
    missing_targets: tuple[str, ...]
    items: int
    recoveries: int
    adjustments: int

    @property
    def complete(self) -> bool:
        """True when nothing the pay run requires is missing."""
        return (not self.missing_targets
                and all(not c.missing_deposits for c in self.months)
                and all(c.snapshots or not c.snapshots_required for c in self.months))


@dataclass(frozen=True)
class PayRunStatus:
    quarter: Quarter
    status: str  # none | draft | submitted | approved | superseded
    version: int | None = None
    computed_at: datetime | None = None
    computed_by: str = ""


@dataclass(frozen=True)
class StaffFinding:
    staff_no: str
    name: str
    finding: Finding


@dataclass(frozen=True)
class LimitationSummary:
    as_of: date
    due: dict[int, tuple[LoanLimitation, ...]]  # 30 -> expiring in 0..30 days, 60 -> 31..60, ...
    lapsed: tuple[LoanLimitation, ...]  # lapsed, awaiting restoration
    accountability: tuple[LoanLimitation, ...]
    litigation: int
    warnings: tuple[Finding, ...]
    to_sign: tuple[ToSign, ...] = ()  # loans and guarantees in warning, soonest first


@dataclass(frozen=True)
class HomeFacts:
    quarter: Quarter
    empty: bool
    completeness: Completeness
    pay_run: PayRunStatus
    blocking: tuple[StaffFinding, ...]
    run_warnings: tuple[StaffFinding, ...]
    limitation: LimitationSummary | None  # None: asked apart (`limitation_summary`)

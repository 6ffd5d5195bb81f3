"""What the rules produce: pay lines with their explanation, per-staff pay, limitation status.

Every amount carries its explanation: a `DetailLine` names the rule, the inputs and the
parameter values that produced it, so the UI and the printed statement can say why.
"""
from __future__ import annotations

from dataclasses import dataclass, field
import datetime as dt
from datetime import date
from decimal import Decimal
from typing import Any

from ruralperf.domain.deferral import ClawbackLine, DeferredPart, PartMove
from ruralperf.domain.money import ZERO
from ruralperf.domain.periods import Quarter
from ruralperf.domain.trace import ParameterUse

COMPONENT_KEYS = (
    "maintenance", "interest", "loan_marketing", "deposit_marketing", "bank_card", "pos",
    "agency", "npl_recovery", "sol_reward",
)
ALL_KEYS = ("floating",) + COMPONENT_KEYS
OUTSIDE_CAP = frozenset({"bank_card", "pos"})
CAP_MONTHS = 3  # the scheme caps monthly pay; a quarter has three months (DOMAIN.md 5.3)
INDICATORS = ("interest", "deposit", "npl", "intermediate", "quality")


@dataclass(frozen=True)
class Finding:
    """A blocking error or a warning, as a value: a code, its subject, and parameters.

    `key` is the stable machine form ("deposit_missing:2025-07"); the UI words it through
    `ruralperf.i18n.finding_text`.
    """

    code: str
    subject: str = ""
    params: tuple[tuple[str, str], ...] = ()

    @property
    def key(self) -> str:
        return f"{self.code}:{self.subject}" if self.subject else self.code

    def param(self, name: str, default: str = "") -> str:
        return dict(self.params).get(name, default)


@dataclass(frozen=True)
class DetailLine:
    """One rounded line of a component: amount = round2(formula over inputs and params)."""

    component: str
    amount: Decimal
    rule: str  # e.g. "6.3 loan_marketing"
    formula: str  # e.g. "40000.00 × 0.5 × 0.0015 × 60%"
    inputs: tuple[tuple[str, str], ...] = ()
    params: tuple[tuple[str, str], ...] = ()
    flag: str = ""  # e.g. "committee", "penalty"

    def inputs_dict(self) -> dict[str, str]:
        return dict(self.inputs)

    def params_dict(self) -> dict[str, str]:
        return dict(self.params)


@dataclass(frozen=True)
class IndicatorResult:
    key: str
    target: Decimal
    actual: Decimal  # exact (not rounded) actual value
    completion: Decimal
    weight: Decimal
    integer: bool = False
    # What the actual value was made of, as (name, text) pairs (the NPL indicator: the balances
    # at both dates and the loans handed over, DOMAIN.md 2 and 4)
    inputs: tuple[tuple[str, str], ...] = ()


def paid_of(net: Decimal, deferred: Decimal, released: Decimal) -> Decimal:
    """实发 (DOMAIN.md 5.3 step 6): 应发 less what is deferred, plus what is released."""
    return net - deferred + released


@dataclass(frozen=True)
class StaffPay:
    staff_no: str
    name: str
    position: str
    coefficient: Decimal
    indicators: dict[str, IndicatorResult]
    p: Decimal
    base: dict[str, Decimal]
    assessed: dict[str, Decimal]
    details: dict[str, tuple[DetailLine, ...]]
    cap: Decimal | None  # the monthly cap (每月最高限额); the quarter's is CAP_MONTHS times it
    cap_reduction: Decimal
    gross: Decimal
    sol_penalty: Decimal
    penalty_lines: tuple[DetailLine, ...]
    carried_in: Decimal
    adjustments: Decimal
    adjustment_lines: tuple[tuple[Decimal, str], ...]
    net: Decimal
    carry_to_next: Decimal
    errors: tuple[Finding, ...] = ()
    warnings: tuple[Finding, ...] = ()
    # Second edition (DOMAIN.md 5.3 steps 5-6, 9): clawbacks of the quarter, deferral. Without
    # deferral parameters or clawbacks they are 0.00 and `paid` (实发) is `net`.
    # The cap `cap` applies per month: the quarter's cap is cap_months × cap (DOMAIN.md 5.3, second
    # edition; a run stored under the first edition capped the quarter once: 1).
    cap_months: int = CAP_MONTHS
    clawback: Decimal = ZERO
    clawback_from_pay: Decimal = ZERO
    deferred: Decimal = ZERO
    released: Decimal = ZERO
    deferred_balance: Decimal = ZERO
    # How (DOMAIN.md 9): each clawback as applied, what the run did to earlier parts, and the
    # parts this quarter defers. An approval stores the last two (ruralperf.deferral_store).
    clawback_lines: tuple[ClawbackLine, ...] = ()
    part_moves: tuple[PartMove, ...] = ()
    new_parts: tuple[DeferredPart, ...] = ()

    @property
    def paid(self) -> Decimal:
        """实发 (DOMAIN.md 5.3 step 6): always derived, so a copy with another `net` stays true."""
        return paid_of(self.net, self.deferred, self.released)

    @property
    def quarter_cap(self) -> Decimal | None:
        return None if self.cap is None else self.cap_months * self.cap

    @property
    def clawback_from_deferral(self) -> Decimal:
        return self.clawback - self.clawback_from_pay


@dataclass(frozen=True)
class PayRunResult:
    quarter: Quarter
    scheme_date: date
    parameters: dict[str, str]
    staff: tuple[StaffPay, ...]
    warnings: tuple[Finding, ...] = ()
    errors: tuple[Finding, ...] = ()  # blocking errors of the run itself (pending entries)
    # Every parameter the engine read, with the typed value it used (domain.trace): what
    # statements and explanations print. `parameters` keeps the text of every key in force.
    parameters_used: dict[str, ParameterUse] = field(default_factory=dict)

    def used(self, key: str) -> Any:
        """The typed value of parameter `key` the engine used; KeyError if it read none."""
        return self.parameters_used[key].value

    @property
    def blocking(self) -> bool:
        return bool(self.errors) or any(s.errors for s in self.staff)

    def for_staff(self, staff_no: str) -> StaffPay | None:
        return next((s for s in self.staff if s.staff_no == staff_no), None)

    def total(self, attr: str) -> Decimal:
        return sum((getattr(s, attr) for s in self.staff), ZERO)


@dataclass(frozen=True)
class Restoration:
    contract_no: str
    household_no: str
    date: date
    staff_no: str | None
    amount: Decimal
    lapse_date: dt.date  # `dt.date`: the field `date` hides the type's name here
    responsible: str | None

    def legacy(self, cutoff: dt.date) -> bool:
        return self.lapse_date <= cutoff


@dataclass(frozen=True)
class GuaranteeLimitation:
    """A guarantee's status on a date (DOMAIN.md 7.7, CLI.md `guarantees`)."""
    guarantor: str
    kind: str  # joint_several | general
    guarantee_end: date
    status: str  # closed | released | guarantor_lapsed | secured | warning | running
    days_left: int | None = None
    expiry: date | None = None  # the guarantor's own limitation expiry (joint_several, secured)
    responsible: str | None = None
    accountability: bool = False


@dataclass(frozen=True)
class LoanLimitation:
    contract_no: str
    household_no: str
    manager: str | None
    # closed | execution | execution_lapsed | judgment | litigation | beyond_maximum | lapsed |
    # suspended | restored | warning | running
    status: str
    expiry: date | None
    days_left: int | None
    lapse_date: date | None
    responsible: str | None
    restorations: tuple[Restoration, ...] = ()
    accountability: bool = False
    maturity: date | None = None
    balance: Decimal | None = None
    limit: str | None = None  # period | maximum: which date `expiry` is (7.1)
    maximum_date: date | None = None
    execution_deadline: date | None = None
    guarantees: tuple[GuaranteeLimitation, ...] = ()


@dataclass(frozen=True)
class LimitationReport:
    as_of: date
    loans: tuple[LoanLimitation, ...]
    warnings: tuple[Finding, ...] = field(default_factory=tuple)
    # Loans whose listed status counts a limitation event still waiting for an administrator's
    # confirmation (待确认); kept apart from the loan rows.
    pending: frozenset[str] = frozenset()

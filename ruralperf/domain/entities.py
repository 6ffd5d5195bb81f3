"""The records a branch keeps (WORKBOOK.md), as immutable values.

Enumerations are stored by their English identifier; they and their words are declared in
`domain.enums`, the tables' columns in `domain.records`.
"""
from __future__ import annotations

from dataclasses import dataclass
import datetime as dt
from datetime import date
from decimal import Decimal

from ruralperf.domain.enums import (NPL_GRADES, CustomerType, EventKind, Grade,  # noqa: F401
                                     GuaranteeKind, HouseholdKind, ItemKind, Nature)
from ruralperf.domain.periods import Month, Quarter

# The enumerations' stored values, in order (their words are in `domain.enums`).
NATURES = tuple(m.value for m in Nature)
CUSTOMER_TYPES = tuple(m.value for m in CustomerType)
GRADES = tuple(m.value for m in Grade)
ITEM_KINDS = tuple(m.value for m in ItemKind)
EVENT_KINDS = tuple(m.value for m in EventKind)
GUARANTEE_KINDS = tuple(m.value for m in GuaranteeKind)
HOUSEHOLD_KINDS = tuple(m.value for m in HouseholdKind)
# Chinese words of the enumerations stored by an English identifier
LABELS_ZH: dict[str, str] = {m.value: m.zh for e in (Nature, CustomerType, Grade, ItemKind,
                                                     EventKind, GuaranteeKind) for m in e}


@dataclass(frozen=True, slots=True)
class Staff:
    staff_no: str
    name: str
    position: str
    coefficient: Decimal


@dataclass(frozen=True, slots=True)
class Loan:
    contract_no: str
    household_no: str
    amount: Decimal
    disbursed_on: date
    maturity_on: date
    nature: str
    increment: Decimal | None
    customer_type: str
    manager_no: str


@dataclass(frozen=True, slots=True)
class Credit:
    contract_no: str
    staff_no: str
    share: Decimal  # a fraction: 0.6 means 60 %


@dataclass(frozen=True, slots=True)
class Snapshot:
    contract_no: str
    month: Month
    balance: Decimal
    overdue_days: int
    arrears_months: int
    grade: str


@dataclass(frozen=True, slots=True)
class Item:
    staff_no: str
    date: date
    item: str
    qty: int
    card_balance: Decimal | None = None


@dataclass(frozen=True, slots=True)
class Recovery:
    contract_no: str
    staff_no: str
    date: date
    amount: Decimal


@dataclass(frozen=True, slots=True)
class LimitationEvent:
    contract_no: str
    date: date
    kind: str
    staff_no: str | None
    amount: Decimal | None = None
    # `dt.date` below: the field `date` above hides the type's name in the class body
    new_maturity: dt.date | None = None
    until: dt.date | None = None  # suspension: the obstacle ended; judgment: performance deadline
    guarantor: str | None = None  # guarantor_demand: the guarantor demanded


@dataclass(frozen=True, slots=True)
class Guarantee:
    """A guarantor of a loan (sheet 担保, DOMAIN.md 7.7)."""
    contract_no: str
    guarantor: str
    kind: str  # joint_several | general
    period_months: int | None = None  # empty: 6 months (art. 692)
    id_number: str | None = None


@dataclass(frozen=True, slots=True)
class Target:
    staff_no: str
    quarter: Quarter
    interest: Decimal
    deposit: Decimal
    npl: Decimal
    intermediate: int
    quality: int  # the work-quality score (actual); its target is always 100


@dataclass(frozen=True, slots=True)
class Adjustment:
    staff_no: str
    quarter: Quarter
    amount: Decimal
    reason: str


@dataclass(frozen=True, slots=True)
class ParameterValue:
    key: str
    value: str  # raw text as entered; parsed by domain.parameters
    effective_from: date

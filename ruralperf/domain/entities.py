"""The records a branch keeps (WORKBOOK.md), as immutable values.

Enumerations are stored by their English identifier; `LABELS_ZH` gives the Chinese words.
"""
from __future__ import annotations

from dataclasses import dataclass
import datetime as dt
from datetime import date
from decimal import Decimal

from ruralperf.domain.periods import Month, Quarter

NATURES = ("new", "expansion", "refinance", "restructure")
CUSTOMER_TYPES = ("self_developed", "joint", "linked", "taken_over")
GRADES = ("normal", "special_mention", "substandard", "doubtful", "loss")
NPL_GRADES = frozenset({"substandard", "doubtful", "loss"})
ITEM_KINDS = ("bank_card", "pos", "agency")
EVENT_KINDS = (
    "demand_signed", "partial_repayment", "acknowledgement", "lawsuit", "extension",
    "lapse_registered", "demand_published", "suspension", "judgment", "execution_applied",
    "guarantor_demand",
)
GUARANTEE_KINDS = ("joint_several", "general")
HOUSEHOLD_KINDS = ("农户", "个体工商户", "企业", "其他")

LABELS_ZH: dict[str, str] = {
    "new": "新增", "expansion": "存量扩大", "refinance": "借新还旧", "restructure": "重组",
    "self_developed": "自主开发型", "joint": "联合型", "linked": "联动型", "taken_over": "接管型",
    "normal": "正常", "special_mention": "关注", "substandard": "次级", "doubtful": "可疑",
    "loss": "损失",
    "bank_card": "银行卡", "pos": "POS", "agency": "代收代付",
    "demand_signed": "催收签收", "partial_repayment": "部分还款", "acknowledgement": "债务确认",
    "lawsuit": "起诉", "extension": "展期", "lapse_registered": "失时效登记",
    "demand_published": "公告催收", "suspension": "时效中止", "judgment": "判决生效",
    "execution_applied": "申请执行", "guarantor_demand": "催收保证人",
    "joint_several": "连带责任保证", "general": "一般保证",
}


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

"""Every enumeration of the records and of the statuses the core hands out, declared once with
its words in Simplified Chinese and English.

A member *is* its stored string (`StrEnum`), so the database, the JSON of a pay run and the
import's English identifiers are what they were: `Nature.NEW == "new"`. `zh` and `en` are the
words a person reads; `en` is written as a title ("Self-developed"), `en_lower` is the same
word inside a sentence ("a self-developed loan"). The import reads a value by its Chinese word
or its identifier (`io.sheets.ENUMS`), the window shows `label(lang)`.
"""
from __future__ import annotations

from enum import StrEnum
from typing import Any


class Labelled(StrEnum):
    """An enumeration whose members carry their Chinese and English words."""

    zh: str
    en: str

    # the words' defaults only let a look-up `Nature("new")` type-check; members give both
    def __new__(cls, value: str, zh: str = "", en: str = "") -> Any:
        member = str.__new__(cls, value)
        member._value_ = value
        member.zh, member.en = zh, en
        return member

    @property
    def en_lower(self) -> str:
        """The English word inside a sentence: the title's first letter in lower case, unless
        the first word is an abbreviation ("POS")."""
        first = self.en.split(" ", 1)[0]
        return self.en if first.isupper() else self.en[:1].lower() + self.en[1:]

    def label(self, lang: str | None) -> str:
        return self.en if (lang or "").lower().startswith("en") else self.zh


def english(lang: str | None) -> bool:
    return (lang or "").lower().startswith("en")


class Nature(Labelled):
    """贷款性质: the nature of a loan (DOMAIN.md 5.3)."""
    NEW = "new", "新增", "New"
    EXPANSION = "expansion", "存量扩大", "Expansion"
    REFINANCE = "refinance", "借新还旧", "Refinance"
    RESTRUCTURE = "restructure", "重组", "Restructure"


class CustomerType(Labelled):
    """客户类型: how a loan's customer was won (the marketing credits' rule)."""
    SELF_DEVELOPED = "self_developed", "自主开发型", "Self-developed"
    JOINT = "joint", "联合型", "Joint"
    LINKED = "linked", "联动型", "Linked"
    TAKEN_OVER = "taken_over", "接管型", "Taken over"


class Grade(Labelled):
    """五级分类: the five-grade loan classification of a month-end ledger row."""
    NORMAL = "normal", "正常", "Normal"
    SPECIAL_MENTION = "special_mention", "关注", "Special mention"
    SUBSTANDARD = "substandard", "次级", "Substandard"
    DOUBTFUL = "doubtful", "可疑", "Doubtful"
    LOSS = "loss", "损失", "Loss"


# the non-performing grades (NPL balances, the NPL reduction indicator)
NPL_GRADES = frozenset({Grade.SUBSTANDARD.value, Grade.DOUBTFUL.value, Grade.LOSS.value})


class ItemKind(Labelled):
    """项目: an intermediate-business item."""
    BANK_CARD = "bank_card", "银行卡", "Bank card"
    POS = "pos", "POS", "POS"
    AGENCY = "agency", "代收代付", "Agency"


class EventKind(Labelled):
    """事件: a statute-of-limitations event (DOMAIN.md 7)."""
    DEMAND_SIGNED = "demand_signed", "催收签收", "Demand signed"
    PARTIAL_REPAYMENT = "partial_repayment", "部分还款", "Partial repayment"
    ACKNOWLEDGEMENT = "acknowledgement", "债务确认", "Acknowledgement"
    LAWSUIT = "lawsuit", "起诉", "Lawsuit"
    EXTENSION = "extension", "展期", "Extension"
    LAPSE_REGISTERED = "lapse_registered", "失时效登记", "Lapse registered"
    DEMAND_PUBLISHED = "demand_published", "公告催收", "Published demand"
    SUSPENSION = "suspension", "时效中止", "Suspended"
    JUDGMENT = "judgment", "判决生效", "Judgment in force"
    EXECUTION_APPLIED = "execution_applied", "申请执行", "Execution applied"
    GUARANTOR_DEMAND = "guarantor_demand", "催收保证人", "Guarantor demanded"


class GuaranteeKind(Labelled):
    """保证方式 (DOMAIN.md 7.7)."""
    JOINT_SEVERAL = "joint_several", "连带责任保证", "Joint and several"
    GENERAL = "general", "一般保证", "General"


class HouseholdKind(Labelled):
    """类型 of a borrower; stored in Chinese (the identifier is the Chinese word)."""
    FARM = "农户", "农户", "Farm household"
    BUSINESS = "个体工商户", "个体工商户", "Individual business"
    ENTERPRISE = "企业", "企业", "Enterprise"
    OTHER = "其他", "其他", "Other"


class HolidayKind(Labelled):
    """类型 of a row of the holiday sheet (stored as `is_workday`)."""
    REST_DAY = "rest_day", "休息日", "Rest day"
    MAKE_UP_WORKDAY = "make_up_workday", "调休上班日", "Make-up working day"


class LimitationStatus(Labelled):
    """A loan's statute-of-limitations status on a day (rules.limitation, DOMAIN.md 7)."""
    RUNNING = "running", "正常计时", "Running"
    WARNING = "warning", "临近到期", "Expiring soon"
    LAPSED = "lapsed", "已失时效", "Lapsed"
    RESTORED = "restored", "已挽回", "Restored"
    LITIGATION = "litigation", "诉讼中", "In litigation"
    CLOSED = "closed", "已结清", "Closed"
    NOT_DUE = "not_due", "未到期", "Not yet due"
    SUSPENDED = "suspended", "时效中止", "Suspended"
    BEYOND_MAXIMUM = "beyond_maximum", "超过最长保护期", "Beyond the maximum period"
    JUDGMENT = "judgment", "判决待申请执行", "Judgment: apply for execution"
    EXECUTION = "execution", "执行中", "In execution"
    EXECUTION_LAPSED = "execution_lapsed", "申请执行期已过", "Execution period lapsed"


class GuaranteeStatus(Labelled):
    """The statuses only a guarantee period has (domain.guarantees); it shares `running`,
    `warning` and `closed` with `LimitationStatus` (`status_of` finds either)."""
    SECURED = "secured", "已主张保证责任", "Guarantee secured"
    RELEASED = "released", "保证人免责", "Guarantor released"
    GUARANTOR_LAPSED = "guarantor_lapsed", "保证债务时效已过", "Guarantor's period lapsed"


class PayRunStatus(Labelled):
    """A pay run's place in its approval (ruralperf.services.payruns)."""
    DRAFT = "draft", "草稿", "Draft"
    SUBMITTED = "submitted", "已提交", "Submitted"
    APPROVED = "approved", "已审批", "Approved"
    SUPERSEDED = "superseded", "已被新版本取代", "Superseded"


# Every enumeration of a record column, by the name a column's kind gives ("enum:<name>").
RECORD_ENUMS: dict[str, type[Labelled]] = {
    "nature": Nature, "customer_type": CustomerType, "grade": Grade, "item": ItemKind,
    "event": EventKind, "guarantee_kind": GuaranteeKind, "household_kind": HouseholdKind,
    "holiday_kind": HolidayKind,
}


def status_of(value: str) -> Labelled | None:
    """A limitation or guarantee status (limitation statuses first), None if unknown."""
    for enum in (LimitationStatus, GuaranteeStatus):
        if value in enum._value2member_map_:
            return enum(value)
    return None


def value_of(value: str) -> Labelled | None:
    """The member of a record enumeration stored as `value` (the first enumeration that has
    it), None if none has."""
    for enum in RECORD_ENUMS.values():
        if value in enum._value2member_map_:
            return enum(value)
    return None

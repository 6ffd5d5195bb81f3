"""Translated names for the data pages: tables, columns, enumeration values and limitation
statuses. Chinese source text is marked for lupdate (context "Records"); the lookups translate
at call time, after the translator is installed."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "Records"


def _t(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


TABLES = {
    "staff": QT_TRANSLATE_NOOP("Records", "员工"),
    "households": QT_TRANSLATE_NOOP("Records", "借款户"),
    "loans": QT_TRANSLATE_NOOP("Records", "贷款"),
    "credits": QT_TRANSLATE_NOOP("Records", "营销分成"),
    "reassignments": QT_TRANSLATE_NOOP("Records", "管户变更"),
    "snapshots": QT_TRANSLATE_NOOP("Records", "月末台账"),
    "interest": QT_TRANSLATE_NOOP("Records", "利息收入"),
    "deposits": QT_TRANSLATE_NOOP("Records", "存款日均"),
    "items": QT_TRANSLATE_NOOP("Records", "中间业务"),
    "recoveries": QT_TRANSLATE_NOOP("Records", "不良清收"),
    "limitation_events": QT_TRANSLATE_NOOP("Records", "时效事件"),
    "targets": QT_TRANSLATE_NOOP("Records", "任务目标"),
    "adjustments": QT_TRANSLATE_NOOP("Records", "调整"),
    "clawbacks": QT_TRANSLATE_NOOP("Records", "追索扣回"),
    "parameters": QT_TRANSLATE_NOOP("Records", "方案参数"),
    "guarantees": QT_TRANSLATE_NOOP("Records", "担保"),
}

COLUMNS = {
    "staff_no": QT_TRANSLATE_NOOP("Records", "工号"),
    "name": QT_TRANSLATE_NOOP("Records", "姓名"),
    "households.name": QT_TRANSLATE_NOOP("Records", "户名"),
    "position": QT_TRANSLATE_NOOP("Records", "岗位"),
    "coefficient": QT_TRANSLATE_NOOP("Records", "岗位系数"),
    "household_no": QT_TRANSLATE_NOOP("Records", "客户号"),
    "id_number": QT_TRANSLATE_NOOP("Records", "证件号码"),
    "kind": QT_TRANSLATE_NOOP("Records", "类型"),
    "limitation_events.kind": QT_TRANSLATE_NOOP("Records", "事件"),
    "contract_no": QT_TRANSLATE_NOOP("Records", "合同号"),
    "household_name": QT_TRANSLATE_NOOP("Records", "户名"),
    "amount": QT_TRANSLATE_NOOP("Records", "金额"),
    "loans.amount": QT_TRANSLATE_NOOP("Records", "贷款金额"),
    "loans.guarantees": QT_TRANSLATE_NOOP("Records", "担保"),
    "interest.amount": QT_TRANSLATE_NOOP("Records", "利息收入"),
    "recoveries.amount": QT_TRANSLATE_NOOP("Records", "收回金额"),
    "disbursed_on": QT_TRANSLATE_NOOP("Records", "发放日期"),
    "maturity_on": QT_TRANSLATE_NOOP("Records", "到期日期"),
    "nature": QT_TRANSLATE_NOOP("Records", "贷款性质"),
    "increment": QT_TRANSLATE_NOOP("Records", "扩大新增额"),
    "customer_type": QT_TRANSLATE_NOOP("Records", "客户类型"),
    "manager_no": QT_TRANSLATE_NOOP("Records", "管户工号"),
    "manager_name": QT_TRANSLATE_NOOP("Records", "管户人员"),
    "current_manager_no": QT_TRANSLATE_NOOP("Records", "现管户工号"),
    "current_manager_name": QT_TRANSLATE_NOOP("Records", "现管户人员"),
    "staff_name": QT_TRANSLATE_NOOP("Records", "姓名"),
    "share": QT_TRANSLATE_NOOP("Records", "计奖比例"),
    "effective_from": QT_TRANSLATE_NOOP("Records", "生效日期"),
    "month": QT_TRANSLATE_NOOP("Records", "月份"),
    "balance": QT_TRANSLATE_NOOP("Records", "贷款余额"),
    "overdue_days": QT_TRANSLATE_NOOP("Records", "逾期天数"),
    "arrears_months": QT_TRANSLATE_NOOP("Records", "欠息月数"),
    "grade": QT_TRANSLATE_NOOP("Records", "五级分类"),
    "daily_avg": QT_TRANSLATE_NOOP("Records", "日均余额"),
    "date": QT_TRANSLATE_NOOP("Records", "日期"),
    "item": QT_TRANSLATE_NOOP("Records", "项目"),
    "qty": QT_TRANSLATE_NOOP("Records", "数量"),
    "card_balance": QT_TRANSLATE_NOOP("Records", "卡内余额"),
    "new_maturity": QT_TRANSLATE_NOOP("Records", "新到期日"),
    "until": QT_TRANSLATE_NOOP("Records", "截止日期"),
    "guarantor": QT_TRANSLATE_NOOP("Records", "保证人"),
    "guarantees.kind": QT_TRANSLATE_NOOP("Records", "保证方式"),
    "period_months": QT_TRANSLATE_NOOP("Records", "保证期间月数"),
    "guarantee_end": QT_TRANSLATE_NOOP("Records", "保证期间届满日"),
    "status_text": QT_TRANSLATE_NOOP("Records", "状态"),
    "days_left": QT_TRANSLATE_NOOP("Records", "剩余天数"),
    "quarter": QT_TRANSLATE_NOOP("Records", "季度"),
    "interest": QT_TRANSLATE_NOOP("Records", "收息任务"),
    "deposit": QT_TRANSLATE_NOOP("Records", "存款任务"),
    "npl": QT_TRANSLATE_NOOP("Records", "不良压降任务"),
    "intermediate": QT_TRANSLATE_NOOP("Records", "中间业务任务"),
    "quality": QT_TRANSLATE_NOOP("Records", "工作质量得分"),
    "reason": QT_TRANSLATE_NOOP("Records", "事由"),
    "contracts": QT_TRANSLATE_NOOP("Records", "相关合同"),
    "key": QT_TRANSLATE_NOOP("Records", "参数"),
    "value": QT_TRANSLATE_NOOP("Records", "值"),
    "label": QT_TRANSLATE_NOOP("Records", "名称"),
    "since": QT_TRANSLATE_NOOP("Records", "生效日期"),
    "source": QT_TRANSLATE_NOOP("Records", "来源"),
}

ENUMS = {
    "new": QT_TRANSLATE_NOOP("Records", "新增"),
    "expansion": QT_TRANSLATE_NOOP("Records", "存量扩大"),
    "refinance": QT_TRANSLATE_NOOP("Records", "借新还旧"),
    "restructure": QT_TRANSLATE_NOOP("Records", "重组"),
    "self_developed": QT_TRANSLATE_NOOP("Records", "自主开发型"),
    "joint": QT_TRANSLATE_NOOP("Records", "联合型"),
    "linked": QT_TRANSLATE_NOOP("Records", "联动型"),
    "taken_over": QT_TRANSLATE_NOOP("Records", "接管型"),
    "normal": QT_TRANSLATE_NOOP("Records", "正常"),
    "special_mention": QT_TRANSLATE_NOOP("Records", "关注"),
    "substandard": QT_TRANSLATE_NOOP("Records", "次级"),
    "doubtful": QT_TRANSLATE_NOOP("Records", "可疑"),
    "loss": QT_TRANSLATE_NOOP("Records", "损失"),
    "bank_card": QT_TRANSLATE_NOOP("Records", "银行卡"),
    "pos": QT_TRANSLATE_NOOP("Records", "POS"),
    "agency": QT_TRANSLATE_NOOP("Records", "代收代付"),
    "demand_signed": QT_TRANSLATE_NOOP("Records", "催收签收"),
    "partial_repayment": QT_TRANSLATE_NOOP("Records", "部分还款"),
    "acknowledgement": QT_TRANSLATE_NOOP("Records", "债务确认"),
    "lawsuit": QT_TRANSLATE_NOOP("Records", "起诉"),
    "extension": QT_TRANSLATE_NOOP("Records", "展期"),
    "lapse_registered": QT_TRANSLATE_NOOP("Records", "失时效登记"),
    "demand_published": QT_TRANSLATE_NOOP("Records", "公告催收"),
    "suspension": QT_TRANSLATE_NOOP("Records", "时效中止"),
    "judgment": QT_TRANSLATE_NOOP("Records", "判决生效"),
    "execution_applied": QT_TRANSLATE_NOOP("Records", "申请执行"),
    "guarantor_demand": QT_TRANSLATE_NOOP("Records", "催收保证人"),
    "joint_several": QT_TRANSLATE_NOOP("Records", "连带责任保证"),
    "general": QT_TRANSLATE_NOOP("Records", "一般保证"),
    "农户": QT_TRANSLATE_NOOP("Records", "农户"),
    "个体工商户": QT_TRANSLATE_NOOP("Records", "个体工商户"),
    "企业": QT_TRANSLATE_NOOP("Records", "企业"),
    "其他": QT_TRANSLATE_NOOP("Records", "其他"),
}

STATUSES = {
    "running": QT_TRANSLATE_NOOP("Records", "正常计时"),
    "warning": QT_TRANSLATE_NOOP("Records", "临近到期"),
    "lapsed": QT_TRANSLATE_NOOP("Records", "已失时效"),
    "restored": QT_TRANSLATE_NOOP("Records", "已挽回"),
    "litigation": QT_TRANSLATE_NOOP("Records", "诉讼中"),
    "closed": QT_TRANSLATE_NOOP("Records", "已结清"),
    "not_due": QT_TRANSLATE_NOOP("Records", "未到期"),
    "suspended": QT_TRANSLATE_NOOP("Records", "时效中止"),
    "beyond_maximum": QT_TRANSLATE_NOOP("Records", "超过最长保护期"),
    "judgment": QT_TRANSLATE_NOOP("Records", "判决待申请执行"),
    "execution": QT_TRANSLATE_NOOP("Records", "执行中"),
    "execution_lapsed": QT_TRANSLATE_NOOP("Records", "申请执行期已过"),
    "secured": QT_TRANSLATE_NOOP("Records", "已主张保证责任"),
    "released": QT_TRANSLATE_NOOP("Records", "保证人免责"),
    "guarantor_lapsed": QT_TRANSLATE_NOOP("Records", "保证债务时效已过"),
}


def table_label(table: str) -> str:
    source = TABLES.get(table)
    return table if source is None else _t(source)


def column_label(table: str, key: str) -> str:
    source = COLUMNS.get(f"{table}.{key}") or COLUMNS.get(key)
    return key if source is None else _t(source)


def enum_label(value: str | None) -> str:
    if value is None:
        return ""
    source = ENUMS.get(value)
    return value if source is None else _t(source)


def status_label(status: str) -> str:
    source = STATUSES.get(status)
    return status if source is None else _t(source)

"""The import workbook format of WORKBOOK.md as data: sheets, columns, kinds, natural keys.

Sheet and column names are matched in Chinese (canonical) or English, also in the combined
form "工号 [staff_no]".
"""
from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Column:
    key: str  # English identifier
    zh: str  # canonical Chinese header
    kind: str  # text | amount | amount_nonneg | amount_pos | date | month | quarter | int_nonneg
    #           | int_pos | fraction | coefficient | score | id_number | enum:<name> | param_value
    required: bool = True
    note_zh: str = ""
    max_len: int | None = None  # text columns: the database column's length


@dataclass(frozen=True)
class SheetSpec:
    key: str
    zh: str
    columns: tuple[Column, ...]
    natural_key: tuple[str, ...] | None  # None: every row new unless an identical row exists

    def column(self, key: str) -> Column:
        return next(c for c in self.columns if c.key == key)

    @property
    def identity(self) -> tuple[str, ...]:
        return self.natural_key or tuple(c.key for c in self.columns)


ENUMS: dict[str, dict[str, str]] = {
    "nature": {"新增": "new", "存量扩大": "expansion", "借新还旧": "refinance", "重组": "restructure"},
    "customer_type": {"自主开发型": "self_developed", "联合型": "joint", "联动型": "linked",
                      "接管型": "taken_over"},
    "grade": {"正常": "normal", "关注": "special_mention", "次级": "substandard", "可疑": "doubtful",
              "损失": "loss"},
    "item": {"银行卡": "bank_card", "POS": "pos", "代收代付": "agency"},
    "event": {"催收签收": "demand_signed", "部分还款": "partial_repayment", "债务确认": "acknowledgement",
              "起诉": "lawsuit", "展期": "extension", "失时效登记": "lapse_registered",
              "公告催收": "demand_published", "时效中止": "suspension", "判决生效": "judgment",
              "申请执行": "execution_applied", "催收保证人": "guarantor_demand"},
    "guarantee_kind": {"连带责任保证": "joint_several", "一般保证": "general"},
    "household_kind": {"农户": "农户", "个体工商户": "个体工商户", "企业": "企业", "其他": "其他"},
    "holiday_kind": {"休息日": "rest_day", "调休上班日": "make_up_workday"},
}

C = Column
SHEETS: tuple[SheetSpec, ...] = (
    SheetSpec("parameters", "参数", (
        C("key", "参数", "text", note_zh="参数键，如 interest.rate、cap.个人客户经理", max_len=80),
        C("value", "值", "param_value", required=False, note_zh="数值、比例（0.2%、1.5‰）或日期",
          max_len=200),
        C("effective_from", "生效日期", "date", note_zh="YYYY-MM-DD")), ("key", "effective_from")),
    SheetSpec("staff", "员工", (
        C("staff_no", "工号", "text", max_len=20), C("name", "姓名", "text", max_len=50),
        C("position", "岗位", "text", max_len=50),
        C("coefficient", "岗位系数", "coefficient", note_zh="如 1.2")), ("staff_no",)),
    SheetSpec("households", "借款户", (
        C("household_no", "客户号", "text", max_len=30), C("name", "户名", "text", max_len=100),
        C("id_number", "证件号码", "id_number", required=False, note_zh="18 位身份证号须通过校验位",
          max_len=30),
        C("kind", "类型", "enum:household_kind", required=False, note_zh="农户/个体工商户/企业/其他")),
        ("household_no",)),
    SheetSpec("loans", "贷款", (
        C("contract_no", "合同号", "text", max_len=40), C("household_no", "客户号", "text", max_len=30),
        C("amount", "贷款金额", "amount_pos"), C("disbursed_on", "发放日期", "date"),
        C("maturity_on", "到期日期", "date"), C("nature", "贷款性质", "enum:nature"),
        C("increment", "扩大新增额", "amount_pos", required=False, note_zh="仅存量扩大填写"),
        C("customer_type", "客户类型", "enum:customer_type"),
        C("manager_no", "管户工号", "text", max_len=20)), ("contract_no",)),
    SheetSpec("credits", "营销分成", (
        C("contract_no", "合同号", "text", max_len=40), C("staff_no", "工号", "text", max_len=20),
        C("share", "计奖比例", "fraction", note_zh="60、60% 或 0.6")), ("contract_no", "staff_no")),
    SheetSpec("reassignments", "管户变更", (
        C("contract_no", "合同号", "text", max_len=40), C("staff_no", "工号", "text", max_len=20),
        C("effective_from", "生效日期", "date")), ("contract_no", "effective_from")),
    SheetSpec("snapshots", "月末台账", (
        C("contract_no", "合同号", "text", max_len=40), C("month", "月份", "month", note_zh="YYYY-MM"),
        C("balance", "贷款余额", "amount_nonneg"), C("overdue_days", "逾期天数", "int_nonneg"),
        C("arrears_months", "欠息月数", "int_nonneg"), C("grade", "五级分类", "enum:grade")),
        ("contract_no", "month")),
    SheetSpec("interest", "利息收入", (
        C("contract_no", "合同号", "text", max_len=40), C("month", "月份", "month"),
        C("amount", "利息收入", "amount")), ("contract_no", "month")),
    SheetSpec("deposits", "存款日均", (
        C("staff_no", "工号", "text", max_len=20), C("month", "月份", "month"),
        C("daily_avg", "日均余额", "amount_nonneg")), ("staff_no", "month")),
    SheetSpec("items", "中间业务", (
        C("staff_no", "工号", "text", max_len=20), C("date", "日期", "date"),
        C("item", "项目", "enum:item"),
        C("qty", "数量", "int_pos"),
        C("card_balance", "卡内余额", "amount_nonneg", required=False, note_zh="仅银行卡填写")), None),
    SheetSpec("recoveries", "不良清收", (
        C("contract_no", "合同号", "text", max_len=40), C("staff_no", "工号", "text", max_len=20),
        C("date", "日期", "date"),
        C("amount", "收回金额", "amount_pos")), None),
    SheetSpec("limitation_events", "时效事件", (
        C("contract_no", "合同号", "text", max_len=40), C("date", "日期", "date"),
        C("kind", "事件", "enum:event"),
        C("staff_no", "工号", "text", required=False, max_len=20),
        C("amount", "金额", "amount_nonneg", required=False),
        C("new_maturity", "新到期日", "date", required=False, note_zh="仅展期填写"),
        C("until", "截止日期", "date", required=False,
          note_zh="仅时效中止（障碍消除日，未消除留空）和判决生效（履行期限届满日）填写"),
        C("guarantor", "保证人", "text", required=False, max_len=100,
          note_zh="仅催收保证人填写：该贷款担保表中的保证人")),
        ("contract_no", "date", "kind", "guarantor")),
    SheetSpec("guarantees", "担保", (
        C("contract_no", "合同号", "text", max_len=40),
        C("guarantor", "保证人", "text", max_len=100),
        C("id_number", "证件号码", "id_number", required=False, note_zh="18 位身份证号须通过校验位",
          max_len=30),
        C("kind", "保证方式", "enum:guarantee_kind", note_zh="连带责任保证/一般保证"),
        C("period_months", "保证期间月数", "int_pos", required=False,
          note_zh="1–120 的整数；留空为 6 个月")), ("contract_no", "guarantor")),
    SheetSpec("targets", "任务目标", (
        C("staff_no", "工号", "text", max_len=20), C("quarter", "季度", "quarter", note_zh="如 2025Q3"),
        C("interest", "收息任务", "amount"), C("deposit", "存款任务", "amount"),
        C("npl", "不良压降任务", "amount"), C("intermediate", "中间业务任务", "int_nonneg"),
        C("quality", "工作质量得分", "score", note_zh="0–100")), ("staff_no", "quarter")),
    SheetSpec("adjustments", "调整", (
        C("staff_no", "工号", "text", max_len=20), C("quarter", "季度", "quarter"),
        C("amount", "金额", "amount"),
        C("reason", "事由", "text")), None),
    SheetSpec("clawbacks", "追索扣回", (
        C("staff_no", "工号", "text", max_len=20), C("date", "日期", "date"),
        C("amount", "金额", "amount_pos", note_zh="大于 0"),
        C("reason", "事由", "text"),
        C("contracts", "合同号", "text", required=False,
          note_zh="可选；多个合同号用 、 , 或 ; 分隔")), None),
    SheetSpec("holidays", "节假日", (
        C("date", "日期", "date"),
        C("kind", "类型", "enum:holiday_kind", note_zh="休息日：法定节假日放假；调休上班日：周六或周日上班"),
        C("note", "说明", "text", required=False, note_zh="如 春节", max_len=50)), ("date",)),
)
SHEETS_BY_KEY = {s.key: s for s in SHEETS}

_BRACKETED = re.compile(r"^\s*(.*?)\s*[\[［(（]\s*(.*?)\s*[\]］)）]\s*$")


def _names(text: str) -> set[str]:
    text = str(text).strip()
    m = _BRACKETED.match(text)
    names = {text}
    if m:
        names |= {m.group(1), m.group(2)}
    return {n.strip().lower() for n in names if n.strip()}


def match_sheet(title: str) -> SheetSpec | None:
    names = _names(title)
    return next((s for s in SHEETS if {s.zh.lower(), s.key} & names), None)


def match_column(spec: SheetSpec, header) -> Column | None:
    if header is None:
        return None
    names = _names(header)
    return next((c for c in spec.columns if {c.zh.lower(), c.key} & names), None)

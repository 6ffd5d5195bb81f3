"""The record tables a branch keeps (WORKBOOK.md), each declared once: its key, names, columns
(headers, kind, required, length, notes), enumerations (`domain.enums`) and natural key.

The import format (`io.sheets`), the database models' lengths (`db.models`), the browse
tables' natural keys (`services.record_tables`), the command line's and the window's words
(`cli_text`, `ui/records/labels`) are derived from here; `tests/domain/test_records.py` checks
that they agree and that no other module spells a table's or a status's Chinese name.
Tables are in the order of WORKBOOK.md (the template's sheets, an import's summary).
"""
from __future__ import annotations

from ruralperf.domain.record_types import Column as C
from ruralperf.domain.record_types import Table

_ID_NOTE = ("18 位身份证号须通过校验位", "optional; an 18-digit resident ID must pass its check digit")

# Columns several tables share, declared once: the numbers records refer to each other by.
CONTRACT = C("contract_no", "合同号", "Contract", "text", max_len=40)
STAFF_NO = C("staff_no", "工号", "Staff no.", "text", max_len=20)
HOUSEHOLD_NO = C("household_no", "客户号", "Household", "text", max_len=30)
MONTH = C("month", "月份", "Month", "month")
QUARTER = C("quarter", "季度", "Quarter", "quarter")

TABLES: tuple[Table, ...] = (
    Table("parameters", "参数", "Parameters", (
        C("key", "参数", "Parameter", "text", note_zh="参数键，如 interest.rate、cap.个人客户经理",
          max_len=80, note_en="parameter key, e.g. interest.rate or cap.个人客户经理"),
        C("value", "值", "Value", "param_value", required=False,
          note_zh="数值、比例（0.2%、1.5‰）或日期", max_len=200),
        C("effective_from", "生效日期", "Effective from", "date", note_zh="YYYY-MM-DD")),
        ("key", "effective_from"),
        "考核方案参数及其生效日期", "scheme parameters with the date they take effect",
        title_zh="方案参数", title_en="Scheme parameters"),
    Table("staff", "员工", "Staff", (
        STAFF_NO,
        C("name", "姓名", "Name", "text", max_len=50),
        C("position", "岗位", "Position", "text", max_len=50),
        C("coefficient", "岗位系数", "Coefficient", "coefficient", note_zh="如 1.2")),
        ("staff_no",), "员工（客户经理、柜员等）", "staff (credit officers, tellers, ...)"),
    Table("households", "借款户", "Households", (
        HOUSEHOLD_NO,
        C("name", "户名", "Name", "text", max_len=100),
        C("id_number", "证件号码", "ID number", "id_number", required=False, note_zh=_ID_NOTE[0],
          max_len=30),
        C("kind", "类型", "Kind", "enum:household_kind", required=False,
          note_zh="农户/个体工商户/企业/其他", db_len=20)),
        ("household_no",), "借款户", "borrowers"),
    Table("loans", "贷款", "Loans", (
        CONTRACT,
        HOUSEHOLD_NO,
        C("amount", "贷款金额", "Amount", "amount_pos"),
        C("disbursed_on", "发放日期", "Disbursed on", "date"),
        C("maturity_on", "到期日期", "Maturity", "date"),
        C("nature", "贷款性质", "Nature", "enum:nature", db_len=20),
        C("increment", "扩大新增额", "Increment", "amount_pos", required=False,
          note_zh="仅存量扩大填写",
          note_en="only for 存量扩大 (expansion) loans: 0 < increment ≤ amount"),
        C("customer_type", "客户类型", "Customer type", "enum:customer_type", db_len=20),
        C("manager_no", "管户工号", "Manager no.", "text", max_len=20)),
        ("contract_no",), "贷款合同", "loan contracts"),
    Table("credits", "营销分成", "Marketing credits", (
        CONTRACT,
        STAFF_NO,
        C("share", "计奖比例", "Share", "fraction", note_zh="60、60% 或 0.6")),
        ("contract_no", "staff_no"),
        "贷款营销分成：自主开发型 1 人 100%；联合型 2 人以上合计 100%；联动型、接管型每人 10%–30%",
        "marketing credits: self-developed one at 100 %; joint two or more summing to 100 %; "
        "linked and taken-over each within 10 %–30 %"),
    Table("reassignments", "管户变更", "Reassignments", (
        CONTRACT,
        STAFF_NO,
        C("effective_from", "生效日期", "Effective from", "date")),
        ("contract_no", "effective_from"),
        "管户变更：自生效日期起由该员工管户", "change of the managing officer from a date"),
    Table("snapshots", "月末台账", "Month-end ledgers", (
        CONTRACT,
        C("month", "月份", "Month", "month", note_zh="YYYY-MM"),
        C("balance", "贷款余额", "Balance", "amount_nonneg"),
        C("overdue_days", "逾期天数", "Days overdue", "int_nonneg"),
        C("arrears_months", "欠息月数", "Months of unpaid interest", "int_nonneg"),
        C("grade", "五级分类", "Grade", "enum:grade", db_len=20)),
        ("contract_no", "month"),
        "月末时点贷款台账（每笔贷款每月一行）", "month-end loan ledger (one row per loan and month)"),
    Table("interest", "利息收入", "Interest income", (
        CONTRACT,
        MONTH,
        C("amount", "利息收入", "Interest income", "amount")),
        ("contract_no", "month"), "每月利息收入", "monthly interest income"),
    Table("deposits", "存款日均", "Deposit averages", (
        STAFF_NO,
        MONTH,
        C("daily_avg", "日均余额", "Daily average", "amount_nonneg")),
        ("staff_no", "month"), "员工每月存款日均余额", "monthly daily-average deposits per staff member"),
    Table("items", "中间业务", "Intermediate items", (
        STAFF_NO,
        C("date", "日期", "Date", "date"),
        C("item", "项目", "Item", "enum:item", db_len=20),
        C("qty", "数量", "Quantity", "int_pos"),
        C("card_balance", "卡内余额", "Card balance", "amount_nonneg", required=False,
          note_zh="仅银行卡填写；卡内余额 ≥ 100.00 才计件",
          note_en="bank cards (银行卡) only; cards count when ≥ 100.00")),
        None, "中间业务计件", "intermediate-business items"),
    Table("recoveries", "不良清收", "NPL recoveries", (
        CONTRACT,
        STAFF_NO,
        C("date", "日期", "Date", "date"),
        C("amount", "收回金额", "Recovered", "amount_pos")),
        None, "不良贷款清收", "NPL recoveries"),
    Table("limitation_events", "时效事件", "Limitation events", (
        CONTRACT,
        C("date", "日期", "Date", "date"),
        C("kind", "事件", "Event", "enum:event", db_len=30),
        C("staff_no", "工号", "Staff no.", "text", required=False, max_len=20,
          note_zh="催收签收、部分还款、债务确认、失时效登记必填",
          note_en="required for 催收签收, 部分还款, 债务确认 and 失时效登记"),
        C("amount", "金额", "Amount", "amount_nonneg", required=False,
          note_zh="选填；部分还款的金额（挽回金额按贷款余额计，不按此金额）",
          note_en="optional; the cash of a partial repayment (a restoration restores the "
                  "loan's balance, not this amount)"),
        C("new_maturity", "新到期日", "New maturity", "date", required=False,
          note_zh="仅展期填写", note_en="extensions (展期) only"),
        C("until", "截止日期", "Until", "date", required=False,
          note_zh="仅时效中止（障碍消除日，未消除留空）和判决生效（履行期限届满日）填写",
          note_en="时效中止 (suspension): the day the obstacle ended, empty while it lasts; "
                  "判决生效 (judgment): the performance deadline"),
        C("guarantor", "保证人", "Guarantor", "text", required=False, max_len=100,
          note_zh="仅催收保证人填写：该贷款担保表中的保证人",
          note_en="催收保证人 (guarantor demand) only: a guarantor of the loan in 担保")),
        ("contract_no", "date", "kind", "guarantor"),
        "诉讼时效事件", "statute-of-limitations events"),
    Table("guarantees", "担保", "Guarantees", (
        CONTRACT,
        C("guarantor", "保证人", "Guarantor", "text", max_len=100),
        C("id_number", "证件号码", "ID number", "id_number", required=False, note_zh=_ID_NOTE[0],
          max_len=30, note_en=_ID_NOTE[1]),
        C("kind", "保证方式", "Guarantee kind", "enum:guarantee_kind",
          note_zh="连带责任保证/一般保证", db_len=20,
          note_en="连带责任保证 (joint and several) or 一般保证 (general)"),
        C("period_months", "保证期间月数", "Guarantee period (months)", "int_pos", required=False,
          note_zh="1–120 的整数；留空为 6 个月", note_en="whole number 1–120; empty = 6 months")),
        ("contract_no", "guarantor"),
        "贷款的保证人：保证期间自贷款记录中的到期日起算，展期不延长保证期间",
        "guarantors of loans: the guarantee period runs from the maturity in the loan record; "
        "an extension does not move it"),
    Table("targets", "任务目标", "Targets", (
        STAFF_NO,
        C("quarter", "季度", "Quarter", "quarter", note_zh="如 2025Q3"),
        C("interest", "收息任务", "Interest target", "amount"),
        C("deposit", "存款任务", "Deposit target", "amount"),
        C("npl", "不良压降任务", "NPL target", "amount"),
        C("intermediate", "中间业务任务", "Items target", "int_nonneg"),
        C("quality", "工作质量得分", "Quality score", "score", note_zh="0–100")),
        ("staff_no", "quarter"), "季度任务目标与工作质量得分", "quarterly targets and work-quality score"),
    Table("adjustments", "调整", "Adjustments", (
        STAFF_NO,
        QUARTER,
        C("amount", "金额", "Amount", "amount"),
        C("reason", "事由", "Reason", "text")),
        None, "人工调整（须写明事由）", "manual adjustments (with a reason)"),
    Table("clawbacks", "追索扣回", "Clawbacks", (
        STAFF_NO,
        C("date", "日期", "Date", "date"),
        C("amount", "金额", "Amount", "amount_pos", note_zh="大于 0"),
        C("reason", "事由", "Reason", "text"),
        C("contracts", "合同号", "Contracts", "text", required=False,
          note_zh="可选；多个合同号用 、 , 或 ; 分隔", title_zh="相关合同")),
        None, "追索扣回：先扣延期支付余额，不足部分从当季绩效扣减（须写明事由）",
        "clawbacks: taken from the deferred balance first, the rest from the quarter's pay "
        "(with a reason)"),
    Table("holidays", "节假日", "Holidays", (
        C("date", "日期", "Date", "date"),
        C("kind", "类型", "Kind", "enum:holiday_kind",
          note_zh="休息日：法定节假日放假；调休上班日：周六或周日上班",
          note_en="休息日 (rest day): a statutory holiday off; 调休上班日 (make-up working day): "
                  "a Saturday or Sunday worked"),
        C("note", "说明", "Note", "text", required=False, note_zh="如 春节", max_len=50,
          note_en="e.g. 春节 (Spring Festival)")),
        ("date",),
        "节假日日历：某年有行即整体替换该年的内置日历（国务院公布的放假和调休安排）",
        "holiday calendar: a year with rows here replaces that whole year of the built-in "
        "calendar (the State Council's holidays and make-up working days)"),
)
TABLES_BY_KEY: dict[str, Table] = {t.key: t for t in TABLES}


def table(key: str) -> Table:
    return TABLES_BY_KEY[key]


def length(table_key: str, column: str) -> int:
    """The database length of a declared text or enumeration column (for `db.models`)."""
    found = TABLES_BY_KEY[table_key].column(column).length
    if found is None:
        raise KeyError(f"{table_key}.{column} has no declared length")
    return found


# Columns the data pages show beside a table's own: names looked up, figures computed.
# Keyed by column, or by "table.column" where a table's differs.
SHOWN: dict[str, tuple[str, str]] = {
    "household_name": ("户名", "Name"), "staff_name": ("姓名", "Name"),
    "manager_name": ("管户人员", "Manager"),
    "current_manager_no": ("现管户工号", "Manager no. (today)"),
    "current_manager_name": ("现管户人员", "Manager (today)"),
    "loans.guarantees": ("担保", "Guarantees"),
    "guarantee_end": ("保证期间届满日", "Guarantee period ends"),
    "status_text": ("状态", "Status"), "days_left": ("剩余天数", "Days left"),
    "label": ("名称", "Name"), "since": ("生效日期", "Effective from"), "source": ("来源", "Source"),
}


def _usual_titles() -> dict[str, C]:
    """For a column key alone (a table not declared here): the column whose title most tables
    use ("amount" is 金额 in three tables, 贷款金额 in one), the first on a tie."""
    by_key: dict[str, list[C]] = {}
    for t in TABLES:
        for c in t.columns:
            by_key.setdefault(c.key, []).append(c)
    return {k: max(cs, key=lambda c: sum(o.title(None) == c.title(None) for o in cs))
            for k, cs in by_key.items()}


_USUAL = _usual_titles()


def column_title(table_key: str, key: str, lang: str | None) -> str | None:
    """A column's title on a data page, a browse view or an export: the table's own column,
    a shown column, else the usual title of a column of that key; None if none is known."""
    spec = TABLES_BY_KEY.get(table_key)
    if spec is not None and spec.has(key):
        return spec.column(key).title(lang)
    shown = SHOWN.get(f"{table_key}.{key}") or SHOWN.get(key)
    if shown is not None:
        return shown[1] if (lang or "").lower().startswith("en") else shown[0]
    usual = _USUAL.get(key)
    return None if usual is None else usual.title(lang)

"""Words printed on statements and reports, as (Simplified Chinese, English) pairs.

Messages about problems (findings) are worded by `ruralperf.i18n`; this module holds the fixed
labels of the printed forms only.
"""
from __future__ import annotations

from ruralperf.domain.enums import (CustomerType, GuaranteeStatus, LimitationStatus, Nature,
                                     PayRunStatus)
from ruralperf.i18n import quarter_text  # noqa: F401 (declared with the words; named here too)

COMPONENTS: dict[str, tuple[str, str]] = {
    "floating": ("浮动工资", "Floating wage"),
    "maintenance": ("客户维护费", "Customer maintenance"),
    "interest": ("利息收入奖励", "Interest income reward"),
    "loan_marketing": ("贷款营销奖励", "Loan marketing reward"),
    "deposit_marketing": ("存款营销奖励", "Deposit marketing reward"),
    "bank_card": ("银行卡营销奖励", "Bank card reward"),
    "pos": ("POS 营销奖励", "POS reward"),
    "agency": ("代收代付营销奖励", "Agency items reward"),
    "npl_recovery": ("不良贷款清收奖励", "NPL recovery reward"),
    "sol_reward": ("挽回时效奖励", "Restoration reward"),
    "sol_penalty": ("挽回时效处罚", "Restoration penalty"),
    "adjustment": ("调整", "Adjustment"),
}

# Column titles of the summary (English is abbreviated to fit the landscape table).
COMPONENTS_SHORT: dict[str, tuple[str, str]] = {
    "floating": ("浮动工资", "Floating"), "maintenance": ("客户维护费", "Mainten."),
    "interest": ("利息收入奖励", "Interest"), "loan_marketing": ("贷款营销奖励", "Loan mkt."),
    "deposit_marketing": ("存款营销奖励", "Deposit mkt."), "bank_card": ("银行卡营销奖励", "Cards"),
    "pos": ("POS 营销奖励", "POS"), "agency": ("代收代付营销奖励", "Agency"),
    "npl_recovery": ("不良贷款清收奖励", "NPL recov."), "sol_reward": ("挽回时效奖励", "Restor."),
}

INDICATORS: dict[str, tuple[str, str]] = {
    "interest": ("贷款收息", "Interest collected"),
    "deposit": ("存款", "Deposits"),
    "npl": ("不良压降", "NPL reduction"),
    "intermediate": ("中间业务", "Intermediate business"),
    "quality": ("工作质量", "Work quality"),
}

# Statuses, natures and customer types in words (declared in domain.enums); English as
# inside a sentence or a table cell ("lapsed", "self-developed").
_WORDED = (*LimitationStatus, *GuaranteeStatus, *PayRunStatus)
STATUS: dict[str, tuple[str, str]] = {m.value: (m.zh, m.en_lower) for m in _WORDED}
NATURE: dict[str, tuple[str, str]] = {m.value: (m.zh, m.en_lower) for m in Nature}
CUSTOMER_TYPE: dict[str, tuple[str, str]] = {m.value: (m.zh, m.en_lower) for m in CustomerType}

LABELS: dict[str, tuple[str, str]] = {
    # statement
    "statement_title": ("绩效工资明细表", "Quarterly Performance Pay Statement"),
    "branch": ("网点", "Branch"), "quarter": ("季度", "Quarter"),
    "staff_no": ("工号", "Staff no."), "name": ("姓名", "Name"), "position": ("岗位", "Position"),
    "coefficient": ("岗位系数", "Coefficient"),
    "run": ("核算批次", "Pay run"), "code": ("校验码", "Check code"),
    "computed_at": ("核算时间", "Computed at"),
    "sec_indicators": ("一、任务完成情况", "1. Task completion"),
    "sec_components": ("二、绩效工资构成", "2. Pay components"),
    "sec_deductions": ("三、扣减、调整与实发", "3. Deductions, adjustments and net pay"),
    "sec_findings": ("四、提示事项", "4. Notes"),
    "indicator": ("指标", "Indicator"), "weight": ("权重", "Weight"), "target": ("目标", "Target"),
    "actual": ("实际", "Actual"), "completion": ("完成率", "Completion"),
    "weighted": ("加权完成率", "Weighted"), "composite": ("综合完成率 p", "Composite completion p"),
    "no_targets": ("未录入本季度任务目标，综合完成率按 0 计", "No targets entered: p counts as 0"),
    "component": ("项目", "Component"), "base": ("考核基数", "Base"),
    "factor": ("考核系数", "Factor"), "assessed": ("考核后金额", "Assessed"),
    "note": ("说明", "Note"), "outside_cap": ("不计入限额", "outside cap"),
    "total_assessed": ("考核后合计", "Total assessed"),
    "cap": ("每月最高限额", "Monthly cap"), "no_cap": ("无", "none"),
    "cap_reduction": ("减：超限额扣减", "Less: over-cap reduction"),
    "gross": ("应发绩效工资", "Gross performance pay"),
    "item": ("项目", "Item"), "cause": ("原因 / 依据", "Cause / reason"), "amount": ("金额", "Amount"),
    "penalty": ("减：挽回时效处罚", "Less: restoration penalty"),
    "penalty_cause": ("客户 {household}（合同 {contracts}）失时效（{lapse}）后由 {restorer} 挽回 {amount} 元，"
                      "责任人 {responsible}；挽回日 {dates}",
                      "household {household} (contract {contracts}) lapsed {lapse}, restored by "
                      "{restorer} for {amount}; responsible {responsible}; restored {dates}"),
    "none": ("无", "none"),
    "carried_in": ("减：上季结转扣减", "Less: carried in from last quarter"),
    "carried_in_cause": ("上季度实发不足部分结转本季扣减", "shortfall of the previous quarter"),
    "adjustment": ("加：调整", "Add: adjustment"),
    "net_before": ("本季应发净额", "Net before carry-forward"),
    "net": ("实发绩效工资", "Net performance pay"),
    "net_figures": ("实发金额（小写）", "Net pay (figures)"),
    "net_words": ("实发金额（大写）", "Net pay (in words)"),
    "carry_to_next": ("结转下季扣减", "Carried to next quarter"),
    "carry_note": ("本季应发不足以抵扣，差额 {amount} 元结转下季度扣减",
                   "the shortfall of {amount} is deducted next quarter"),
    "errors": ("阻断性错误（核算不能审批）", "Blocking errors (the run cannot be approved)"),
    "warnings": ("提示", "Warnings"),
    "draft_mark": ("草稿 · 未审批", "DRAFT · NOT APPROVED"),
    "superseded_mark": ("已作废 · 已被新版本取代", "VOID · SUPERSEDED"),
    "superseded_note": ("本核算批次已被新版本取代，不作发放依据。",
                        "This pay run was superseded by a newer version: not for payment."),
    "approved_by": ("审批", "approved by"),
    "draft_note": ("本核算批次尚未审批，仅供核对，不作发放依据。",
                   "This pay run is not approved: for checking only, not for payment."),
    "preparer": ("制表人", "Prepared by"), "reviewer": ("复核人", "Reviewed by"),
    "head": ("负责人", "Approved by"), "employee": ("本人签字", "Employee"),
    "date": ("日期", "Date"), "date_blank": ("    年    月    日", "            "),
    "approver": ("审批人", "Approved by"), "pay_date": ("发放日期", "Pay date"),
    "seal": ("盖章处", "Seal"),
    "hist_this": ("本季实发（{quarter}）", "Paid this quarter ({quarter})"),
    "hist_previous": ("上季实发（{quarter}）", "Paid last quarter ({quarter})"),
    "hist_ytd": ("本年累计实发（{quarters}）", "Paid this year ({quarters})"),
    "hist_none": ("无已审批核算", "no approved run"),
    "sources_title": ("附：任务完成情况明细", "Appendix: where the task figures come from"),
    "npl_loans": ("不良贷款余额（季初与季末，按当时管户）", "NPL balances at both dates (by the manager then)"),
    "npl_at": ("{month} 月末不良余额", "NPL balance end of {month}"),
    "npl_decrease": ("合计：{base} − {end} = 不良压降 {diff}", "total: {base} − {end} = decrease {diff}"),
    "quality_score": ("工作质量得分", "Quality score"),
    "score_by": ("由 {user} 于 {at} {how}", "entered by {user} on {at} {how}"),
    "by_form": ("在表单中录入", "in a form"),
    "by_import": ("导入 {file}", "from the import {file}"),
    "sec_history": ("本季、上季与本年累计", "This quarter, last quarter and the year"),
    "appendix": ("附：计算明细", "Appendix: calculation details"),
    "rule": ("依据", "Rule"), "detail": ("明细", "Detail"), "formula": ("计算式", "Formula"),
    "params": ("参数", "Parameters"), "subtotal": ("小计", "Subtotal"),
    "page": ("第 {page} 页 / 共 {pages} 页", "Page {page} of {pages}"),
    "continued": ("（续）", " (continued)"),
    "blank_page": ("（本页空白）", "(this page is intentionally blank)"),
    "committee": ("考核委员会决定", "committee decides"),
    "p_capped": ("完成率超过 {cap} 按 {cap} 计", "completion counted up to {cap}"),
    "p_twice": ("按完成率折算两次", "scaled by the completion rate twice"),
    "p_less": ("按完成率折算少计 {amount}", "completion rate took off {amount}"),
    "p_more": ("按完成率折算多计 {amount}", "completion rate added {amount}"),
    "cap_none": ("本岗位不设每月最高限额", "no monthly cap for this position"),
    "cap_worked": ("计入限额的合计 {in_cap} − 每月最高限额 {cap} × {months} = {reduction}",
                   "total within the cap {in_cap} − monthly cap {cap} × {months} = {reduction}"),
    "cap_within": ("计入限额的合计 {in_cap} 未超过每月最高限额 {cap} × {months} = {quarter_cap}",
                   "total within the cap {in_cap} does not exceed the monthly cap {cap} × {months} "
                   "= {quarter_cap}"),
    "cap_excluded": ("（{names}不计入限额）", " ({names} outside the cap)"),
    # summary
    "summary_title": ("绩效工资汇总表", "Performance Pay Summary"),
    "p": ("完成率", "p"), "penalty_short": ("时效处罚", "Penalty"),
    "carried_in_short": ("上季结转", "Carried in"), "adjustments_short": ("调整", "Adjust."),
    "cap_reduction_short": ("限额扣减", "Cap cut"), "gross_short": ("应发合计", "Gross"),
    "net_short": ("实发", "Net"), "carry_short": ("结转下季", "Carry"),
    "total": ("合计", "Total"), "total_staff": ("合计（{n} 人）", "Total ({n} staff)"),
    "page_total": ("本页小计", "Page subtotal"), "sign_receipt": ("签收", "Signature"),
    "total_words": ("实发合计（大写）", "Total paid in words"),
    "sheet_summary": ("汇总", "Summary"), "sheet_details": ("明细", "Details"),
    "sheet_indicators": ("指标与基数", "Indicators and bases"),
    "component_key": ("项目代码", "Key"), "flag": ("标记", "Flag"),
    "generated": ("生成于", "Generated"),
    # limitation
    "warning_title": ("诉讼时效预警清单", "Limitation Warning List"),
    "accountability_title": ("失时效追责清单", "Lapsed Loans for Accountability"),
    "as_of": ("截至", "As of"), "within_days": ("{days} 天内到期", "due within {days} days"),
    "manager": ("管户人员", "Manager"), "contract_no": ("合同号", "Contract"),
    "household_no": ("客户号", "Household"), "balance": ("余额", "Balance"),
    "maturity": ("贷款到期日", "Maturity"), "expiry": ("时效到期日", "Limitation expiry"),
    "days_left": ("剩余天数", "Days left"), "status": ("状态", "Status"),
    "lapse_date": ("失时效日", "Lapse date"), "responsible": ("责任人", "Responsible"),
    "accountable_from": ("追责起始日", "Accountable from"),
    "loans_n": ("{n} 笔", "{n} loans"), "nothing_listed": ("无", "none"),
    "unassigned": ("（未分配）", "(unassigned)"),
    "sheet_warning": ("预警清单", "Warnings"), "sheet_accountability": ("追责清单", "Accountability"),
    "guarantees": ("担保", "Guarantees"),
    # what must be signed, per officer (issue 17)
    "to_sign_title": ("须签收清单", "To Be Signed"),
    "to_sign_until": ("{until} 前须签收", "to be signed by {until}"),
    "officer": ("信贷员", "Officer"), "signer": ("签收人", "To sign"),
    "borrower": ("借款人", "borrower"), "guarantor": ("保证人", "guarantor"),
    "deadline": ("须签收日", "Sign by"), "signed_on": ("签收日期", "Signed on"),
    "items_n": ("{n} 项", "{n} items"), "remark": ("备注", "Remarks"),
    "to_sign_note": ("灰底为 30 天内到期、须本月签收的项目。请于期限前取得借款人或保证人的签字回执，"
                     "收回后在“时效管理”中登记回执。",
                     "Shaded: due within 30 days, to be signed this month. Obtain the borrower's "
                     "or guarantor's signed receipt before the date, then record it on the "
                     "limitation page."),
}

# File names of the written reports: words a clerk reads in the folder (English keeps the
# names scripts have used).
FILE_NAMES: dict[str, tuple[str, str]] = {
    "statement": ("{label}_绩效工资单_{staff_no}_{name}.pdf", "statement_{label}_{staff_no}_{name}.pdf"),
    "summary_pdf": ("{label}_绩效工资汇总表.pdf", "summary_{label}.pdf"),
    "summary_xlsx": ("{label}_绩效工资汇总表.xlsx", "summary_{label}.xlsx"),
    "warnings_pdf": ("诉讼时效预警清单_{as_of}.pdf", "limitation_warnings_{as_of}.pdf"),
    "accountability_pdf": ("失时效追责清单_{as_of}.pdf", "limitation_accountability_{as_of}.pdf"),
    "limitation_xlsx": ("诉讼时效清单_{as_of}.xlsx", "limitation_{as_of}.xlsx"),
}


def file_name(key: str, lang: str | None, **parts) -> str:
    """The name of a written report file, e.g. `2025Q3-v1_绩效工资单_E001_张伟.pdf`."""
    return pick(FILE_NAMES, key, lang).format(**parts)


def en(lang: str | None) -> bool:
    return lang is not None and lang.startswith("en")


def colon(lang: str | None) -> str:
    return ": " if en(lang) else "："


def label(key: str, lang: str | None, **params) -> str:
    zh, english = LABELS.get(key, (key, key))
    text = english if en(lang) else zh
    return text.format(**params) if params else text


def pick(table: dict[str, tuple[str, str]], key: str, lang: str | None) -> str:
    pair = table.get(key)
    if pair is None:
        return key
    return pair[1] if en(lang) else pair[0]


def run_mark(status: str, lang: str | None) -> tuple[str, str]:
    """(watermark, note) for a pay run that is not approved; empty strings when approved."""
    if status == "approved":
        return "", ""
    if status == "superseded":
        return label("superseded_mark", lang), label("superseded_note", lang)
    return label("draft_mark", lang), label("draft_note", lang)


def run_status_text(run, lang: str | None) -> str:
    """'2025Q3-v1（草稿）', or with the approver: '2025Q3-v1（已审批，审批 王经理 2025-10-08）'."""
    status = pick(STATUS, getattr(run, "status", "draft"), lang)
    by, at = getattr(run, "approved_by", None), getattr(run, "approved_at", None)
    if getattr(run, "status", "") == "approved" and by:
        status += (", " if en(lang) else "，") + f"{label('approved_by', lang)} {by}" + \
            (f" {at:%Y-%m-%d}" if at else "")
    return f"{run.label} ({status})" if en(lang) else f"{run.label}（{status}）"


def guarantee_text(guarantees, lang: str | None) -> str:
    """A loan's guarantees in a list's 担保 column: how many and the worst status, "2 · 保证人免责"
    (empty without guarantees)."""
    from ruralperf.domain.guarantees import worst_status

    worst = worst_status(guarantees)
    return f"{len(guarantees)} · {pick(STATUS, worst, lang)}" if worst else ""


def staff_label(staff_no: str | None, names: dict[str, str] | None) -> str:
    if not staff_no:
        return ""
    name = (names or {}).get(staff_no)
    return f"{staff_no} {name}" if name else staff_no

"""Why a pay-run cell has its value: the rows and sums the explanation dialog shows.

Built from the result alone (its DetailLines, indicators and parameters), so a stored run is
explained exactly as it was computed."""
from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication

from ruralperf.domain.money import ZERO
from ruralperf.i18n import current_lang
from ruralperf.domain.results import ALL_KEYS, DetailLine, PayRunResult, StaffPay
from ui.widgets.amounts import amount_text, ratio_text
from ui.workflow.labels import (component_label, indicator_label, input_label, parameter_label,
                                value_label)


# The component a staff member's finding is about (its explanation shows the finding).
FINDING_COMPONENT = {"committee": "sol_reward", "restorer_not_manager": "sol_reward",
                     "deposit_missing": "deposit_marketing", "targets_missing": "p",
                     "npl_rate_not_configured": "npl_recovery", "completion_extreme": "p"}


def findings_for(pay: StaffPay, key: str) -> list:
    """The errors and warnings of `pay` that concern column `key` (all of them for net pay)."""
    return [f for f in (*pay.errors, *pay.warnings)
            if key in ("net", "carry_to_next") or FINDING_COMPONENT.get(f.code) == key]


@dataclass
class Explanation:
    title: str
    headers: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)
    summary: list[tuple[str, str]] = field(default_factory=list)  # (label, value)
    note: str = ""
    numeric: frozenset[int] = frozenset()  # right-aligned columns
    stretch: frozenset[int] = frozenset()  # columns sharing the spare width (wrapped text)
    wide: bool = False  # detail lines: long inputs and parameters


def _pairs(pairs, label) -> str:
    """One "name: value" per line."""
    colon = ": " if current_lang().startswith("en") else "："
    return "\n".join(f"{label(k)}{colon}{value_label(v)}" for k, v in pairs if v != "")


def _line_rows(lines: tuple[DetailLine, ...]) -> list[list[str]]:
    return [[line.rule, line.formula, amount_text(line.amount),
             _pairs(line.inputs, input_label),
             _pairs(((k, v.replace(";", "; ")) for k, v in line.params), parameter_label)]
            for line in lines]


def _line_headers() -> list[str]:
    return [QCoreApplication.translate("Explanation", "规则"),
            QCoreApplication.translate("Explanation", "公式"),
            QCoreApplication.translate("Explanation", "金额"),
            QCoreApplication.translate("Explanation", "输入"),
            QCoreApplication.translate("Explanation", "参数")]


def _lines(lines: tuple[DetailLine, ...], title: str) -> Explanation:
    return Explanation(title, _line_headers(), _line_rows(lines), numeric=frozenset({2}),
                       stretch=frozenset({3, 4}), wide=True)


def explain(result: PayRunResult, pay: StaffPay, key: str) -> Explanation:
    who = f"{pay.name}（{pay.staff_no}）"
    title = f"{who} · {component_label(key)} · {result.quarter}"
    if key in ALL_KEYS:
        return _component(result, pay, key, title)
    if key == "p":
        return _composite(pay, title)
    if key == "sol_penalty":
        ex = _lines(pay.penalty_lines, title)
        ex.summary = [(QCoreApplication.translate("Explanation", "时效处罚合计"),
                       amount_text(pay.sol_penalty))]
        return ex
    if key == "adjustments":
        ex = Explanation(title, [QCoreApplication.translate("Explanation", "金额"),
                                 QCoreApplication.translate("Explanation", "原因")],
                         [[amount_text(a), reason] for a, reason in pay.adjustment_lines],
                         numeric=frozenset({0}), stretch=frozenset({1}))
        ex.summary = [(QCoreApplication.translate("Explanation", "调整合计"),
                       amount_text(pay.adjustments))]
        return ex
    return _net(pay, title)


def _component(result: PayRunResult, pay: StaffPay, key: str, title: str) -> Explanation:
    ex = _lines(pay.details.get(key, ()), title)
    base, assessed = pay.base.get(key, ZERO), pay.assessed.get(key, ZERO)
    ex.summary.append((QCoreApplication.translate("Explanation", "基数（明细合计）"),
                       amount_text(base)))
    if key == "floating":
        cap = result.used("floating.completion_cap")  # as the engine used them
        ex.summary.append((QCoreApplication.translate("Explanation", "× 完成率（超过上限 {0} 按上限计）")
                           .format(ratio_text(cap)), ratio_text(min(pay.p, cap))))
        if result.used("composite.floating_twice"):
            ex.summary.append((QCoreApplication.translate("Explanation", "× 综合任务完成率 p"),
                               ratio_text(pay.p)))
    else:
        ex.summary.append((QCoreApplication.translate("Explanation", "× 综合任务完成率 p"),
                           ratio_text(pay.p)))
    ex.summary.append((QCoreApplication.translate("Explanation", "考核后金额"),
                       amount_text(assessed)))
    if not pay.details.get(key):
        ex.note = QCoreApplication.translate("Explanation", "本季度没有该项明细。")
    return ex


def _composite(pay: StaffPay, title: str) -> Explanation:
    headers = [QCoreApplication.translate("Explanation", "指标"),
               QCoreApplication.translate("Explanation", "目标"),
               QCoreApplication.translate("Explanation", "实际"),
               QCoreApplication.translate("Explanation", "完成率"),
               QCoreApplication.translate("Explanation", "权重")]
    rows = []
    for ind in pay.indicators.values():
        fmt = (lambda v: str(int(v))) if ind.integer else amount_text
        rows.append([indicator_label(ind.key), fmt(ind.target), fmt(ind.actual),
                     ratio_text(ind.completion), format(ind.weight.normalize(), "f")])
    ex = Explanation(title, headers, rows, numeric=frozenset({1, 2, 3, 4}),
                     stretch=frozenset({0}))
    ex.summary = [(QCoreApplication.translate("Explanation", "综合任务完成率（各项完成率按权重合计）"),
                   ratio_text(pay.p))]
    if not pay.indicators:
        ex.note = QCoreApplication.translate("Explanation", "没有本季度的任务目标，p 记为 0。")
    notes = [f"{indicator_label(ind.key)}：" + _pairs(ind.inputs, input_label).replace("\n", "；")
             for ind in pay.indicators.values() if ind.inputs]
    if notes:
        ex.note = "\n".join(notes)
    return ex


def _net(pay: StaffPay, title: str) -> Explanation:
    assessed = sum(pay.assessed.values(), ZERO)
    ex = Explanation(title)
    ex.summary = [
        (QCoreApplication.translate("Explanation", "考核后各项合计"), amount_text(assessed)),
        (QCoreApplication.translate("Explanation", "− 限额扣减"), amount_text(pay.cap_reduction)),
        (QCoreApplication.translate("Explanation", "= 应发合计"), amount_text(pay.gross)),
        (QCoreApplication.translate("Explanation", "− 时效处罚"), amount_text(pay.sol_penalty)),
        (QCoreApplication.translate("Explanation", "− 上季结转扣回"), amount_text(pay.carried_in)),
        (QCoreApplication.translate("Explanation", "+ 调整"), amount_text(pay.adjustments)),
    ]
    deferring = bool(pay.clawback or pay.deferred or pay.released or pay.deferred_balance)
    if pay.clawback_from_pay:  # DOMAIN.md 5.3 step 5
        ex.summary.append((QCoreApplication.translate("Explanation", "− 追索扣回（从本季绩效扣减）"),
                           amount_text(pay.clawback_from_pay)))
    if deferring:  # step 6: the table's net is before deferral
        ex.summary += [
            (QCoreApplication.translate("Explanation", "= 本季绩效"), amount_text(pay.net)),
            (QCoreApplication.translate("Explanation", "− 本季延期支付"), amount_text(pay.deferred)),
            (QCoreApplication.translate("Explanation", "+ 到期发放的延期支付"),
             amount_text(pay.released)),
            (QCoreApplication.translate("Explanation", "= 实发"), amount_text(pay.paid)),
            (QCoreApplication.translate("Explanation", "延期支付余额"),
             amount_text(pay.deferred_balance))]
    else:
        ex.summary.append((QCoreApplication.translate("Explanation", "= 实发"),
                           amount_text(pay.net)))
    ex.summary.append((QCoreApplication.translate("Explanation", "结转下季扣回"),
                       amount_text(pay.carry_to_next)))
    if pay.clawback_lines:
        ex.headers = [QCoreApplication.translate("Explanation", "日期"),
                      QCoreApplication.translate("Explanation", "追索扣回"),
                      QCoreApplication.translate("Explanation", "从延期支付扣回"),
                      QCoreApplication.translate("Explanation", "从本季绩效扣减"),
                      QCoreApplication.translate("Explanation", "事由")]
        ex.rows = [[x.date.isoformat(), amount_text(x.amount), amount_text(x.from_deferral),
                    amount_text(x.from_pay), x.reason + ("（" + "、".join(x.contracts) + "）"
                                                         if x.contracts else "")]
                   for x in pay.clawback_lines]
        ex.numeric, ex.stretch = frozenset({1, 2, 3}), frozenset({4})
    if pay.cap is not None:
        ex.note = QCoreApplication.translate(
            "Explanation", "岗位每月最高限额 {cap}，本季度 {months} 个月共 {quarter_cap}（银行卡、POS "
            "奖励不计入限额）。").format(cap=amount_text(pay.cap), months=pay.cap_months,
                                   quarter_cap=amount_text(pay.quarter_cap))
    return ex

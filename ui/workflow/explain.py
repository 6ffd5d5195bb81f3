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
from ui.workflow.labels import component_label, indicator_label, input_label, parameter_label


@dataclass
class Explanation:
    title: str
    headers: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)
    summary: list[tuple[str, str]] = field(default_factory=list)  # (label, value)
    note: str = ""


def _pairs(pairs, label) -> str:
    separator = "; " if current_lang().startswith("en") else "；"
    return separator.join(f"{label(k)} {v}" for k, v in pairs if v != "")


def _line_rows(lines: tuple[DetailLine, ...]) -> list[list[str]]:
    return [[line.rule, line.formula, amount_text(line.amount),
             _pairs(line.inputs, input_label), _pairs(line.params, parameter_label)]
            for line in lines]


def _line_headers() -> list[str]:
    return [QCoreApplication.translate("Explanation", "规则"),
            QCoreApplication.translate("Explanation", "公式"),
            QCoreApplication.translate("Explanation", "金额"),
            QCoreApplication.translate("Explanation", "输入"),
            QCoreApplication.translate("Explanation", "参数")]


def explain(result: PayRunResult, pay: StaffPay, key: str) -> Explanation:
    who = f"{pay.name}（{pay.staff_no}）"
    title = f"{who} · {component_label(key)} · {result.quarter}"
    if key in ALL_KEYS:
        return _component(result, pay, key, title)
    if key == "p":
        return _composite(pay, title)
    if key == "sol_penalty":
        ex = Explanation(title, _line_headers(), _line_rows(pay.penalty_lines))
        ex.summary = [(QCoreApplication.translate("Explanation", "时效处罚合计"),
                       amount_text(pay.sol_penalty))]
        return ex
    if key == "adjustments":
        ex = Explanation(title, [QCoreApplication.translate("Explanation", "金额"),
                                 QCoreApplication.translate("Explanation", "原因")],
                         [[amount_text(a), reason] for a, reason in pay.adjustment_lines])
        ex.summary = [(QCoreApplication.translate("Explanation", "调整合计"),
                       amount_text(pay.adjustments))]
        return ex
    return _net(pay, title)


def _component(result: PayRunResult, pay: StaffPay, key: str, title: str) -> Explanation:
    ex = Explanation(title, _line_headers(), _line_rows(pay.details.get(key, ())))
    base, assessed = pay.base.get(key, ZERO), pay.assessed.get(key, ZERO)
    ex.summary.append((QCoreApplication.translate("Explanation", "基数（明细合计）"),
                       amount_text(base)))
    if key == "floating":
        cap = result.parameters.get("floating.completion_cap", "1")
        ex.summary.append((QCoreApplication.translate("Explanation", "× 完成率 min(p, 上限)"),
                           f"min({ratio_text(pay.p)}, {cap})"))
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
    ex = Explanation(title, headers, rows)
    ex.summary = [(QCoreApplication.translate("Explanation", "p = Σ 权重 × 完成率"),
                   ratio_text(pay.p))]
    if not pay.indicators:
        ex.note = QCoreApplication.translate("Explanation", "没有本季度的任务目标，p 记为 0。")
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
        (QCoreApplication.translate("Explanation", "= 实发"), amount_text(pay.net)),
        (QCoreApplication.translate("Explanation", "结转下季扣回"), amount_text(pay.carry_to_next)),
    ]
    if pay.cap is not None:
        ex.note = QCoreApplication.translate(
            "Explanation", "岗位最高限额 {cap}（银行卡、POS 奖励不计入限额）。").format(
            cap=amount_text(pay.cap))
    return ex

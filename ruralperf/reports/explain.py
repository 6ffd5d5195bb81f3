"""Words for a detail line: which loans, months, shares and rates produced an amount.

Used by the statement's appendix and by the detail sheet of the Excel summary, so both explain
an amount in the same words.
"""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from ruralperf.domain.money import money_display
from ruralperf.domain.parameters import definition
from ruralperf.domain.results import DetailLine
from ruralperf.reports.labels import CUSTOMER_TYPE, NATURE, en, pick

# (zh, en) templates over the line's inputs; amounts are shown with thousands separators.
_TEMPLATES: dict[str, tuple[str, str]] = {
    "floating": ("岗位系数 {coefficient}", "position coefficient {coefficient}"),
    "interest": ("{month} 管户贷款利息收入 {interest_income}",
                 "{month}: interest collected on managed loans {interest_income}"),
    "loan_marketing": ("合同 {contract_no}（客户 {household_no}），{nature}，{customer_type}，"
                       "{disbursed_on} 发放 {amount}{increment_text}，营销分成 {share}",
                       "contract {contract_no} (household {household_no}), {nature}, "
                       "{customer_type}, disbursed {disbursed_on}, {amount}{increment_text}, "
                       "share {share}"),
    "deposit_marketing": ("本季日均存款 {quarter_average}，上季日均 {previous_average}",
                          "quarter daily average {quarter_average}, previous {previous_average}"),
    "bank_card": ("{date} 银行卡 {qty} 张，卡内余额 {card_balance}，达标 {qualifying} 张",
                  "{date}: {qty} bank cards, balance {card_balance}, {qualifying} qualify"),
    "pos": ("{date} POS 机具 {qty} 台", "{date}: {qty} POS terminals"),
    "agency": ("{date} 代收代付 {qty} 笔", "{date}: {qty} agency items"),
    "npl_recovery": ("合同 {contract_no} 于 {date} 清收现金 {recovered}",
                     "contract {contract_no}: {recovered} recovered on {date}"),
    "sol": ("客户 {household}（合同 {contracts}）挽回金额 {group_amount}，挽回人 {restorer}，"
            "责任人 {responsible}，{legacy_text}，失时效日 {lapse_dates}，挽回日 {dates}",
            "household {household} (contract {contracts}), restored {group_amount} by "
            "{restorer}, responsible {responsible}, {legacy_text}, lapsed {lapse_dates}, "
            "restored on {dates}"),
    "maintenance_base": ("存量户：基期 {base_households} 户（{base_list}），期末 {end_households} 户"
                         "（{end_list}）{handover_text}",
                         "kept households: {base_households} on the base date ({base_list}), "
                         "{end_households} at the end ({end_list}){handover_text}"),
    "maintenance_growth": ("新增户：期末比基期增加 {grown} 户", "added households: {grown}"),
}

_MONEY_KEYS = {"interest_income", "amount", "increment", "quarter_average", "previous_average",
               "card_balance", "recovered", "group_amount"}


def _money(text: str) -> str:
    try:
        return money_display(Decimal(text)) if text else text
    except InvalidOperation:
        return text


class _Blank(dict):
    def __missing__(self, key):
        return ""


def describe_line(line: DetailLine, lang: str | None = None) -> str:
    """One sentence naming the inputs of a detail line."""
    english = en(lang)
    values = _Blank({k: (_money(v) if k in _MONEY_KEYS else v) for k, v in line.inputs})
    component = line.component
    if component == "loan_marketing":
        values["nature"] = pick(NATURE, values["nature"], lang)
        values["customer_type"] = pick(CUSTOMER_TYPE, values["customer_type"], lang)
        if values["increment"]:
            values["increment_text"] = (f", increment {values['increment']}" if english
                                        else f"，扩大新增额 {values['increment']}")
    if component in ("sol_reward", "sol_penalty"):
        component = "sol"
        legacy = values["legacy"] == "yes"
        values["legacy_text"] = ("legacy lapse" if legacy else "not legacy") if english else \
            ("历史遗留" if legacy else "非历史遗留")
    if component == "maintenance":
        for key in ("base_list", "end_list"):
            values[key] = values[key].replace(",", ", ") or "—"
        if "max(" in line.formula:
            component = "maintenance_growth"
            try:
                values["grown"] = str(max(0, int(values["end_households"])
                                           - int(values["base_households"])))
            except ValueError:
                values["grown"] = ""
        else:
            component = "maintenance_base"
    if values["handovers"]:
        values["handover_text"] = (f"; handed over in the quarter (contract from→to, date): "
                                   f"{values['handovers']}" if english else
                                   f"；本季移交的贷款（合同 原管户→现管户 生效日）：{values['handovers']}")
    template = _TEMPLATES.get(component)
    if template is None:
        return "; ".join(f"{k}={v}" for k, v in line.inputs)
    text = (template[1] if english else template[0]).format_map(values)
    if line.flag == "committee":
        text += "; committee tier: amount decided by the committee" if english else \
            "；达到委员会档，奖励由考核委员会决定"
    return text


_MIN = re.compile(r"min\(([^(),]+), ([^(),]+)\)")
_MAX0 = re.compile(r"max\(0, ([^()]+)\)")
_MAX = re.compile(r"max\(([^(),]+), ([^(),]+)\)")
_TIER = re.compile(r"tier\(([^()]+)\) = (\S+)")
_COMMITTEE = re.compile(r"(\S+) ≥ committee tier")
_TIERS = re.compile(r"^\s*\d[\d.]*\s*:\s*[\w.]+(\s*;\s*\d[\d.]*\s*:\s*[\w.]+)*\s*$")


def formula_text(line: DetailLine, lang: str | None = None) -> str:
    """The line's formula in words a staff member reads: no function names (min, max, tier)."""
    text = line.formula
    if en(lang):
        text = _MIN.sub(r"the lesser of \1 and \2", text)
        text = _MAX0.sub(r"(\1, not below 0)", text)
        text = _MAX.sub(r"the greater of \1 and \2", text)
        text = _TIER.sub(r"reward for \1 in the tier table: \2", text)
        text = _COMMITTEE.sub(r"\1 reaches the committee tier", text)
        return text.replace("= reward to ", "equal to the reward of ")
    text = _MIN.sub(r"\1 与 \2 中较小者", text)
    text = _MAX0.sub(r"（\1，小于 0 按 0 计）", text)
    text = _MAX.sub(r"\1 与 \2 中较大者", text)
    text = _TIER.sub(r"挽回金额 \1 按档次表奖励 \2", text)
    text = _COMMITTEE.sub(r"挽回金额 \1 达到委员会档", text)
    return text.replace("= reward to ", "等于奖励给 ")


def tiers_text(value: str, lang: str | None = None) -> str:
    """`0:20;5000:50;…;500000:committee` as words: "0 元起 20.00；5,000.00 元起 50.00；…"."""
    parts = []
    for item in value.split(";"):
        low, reward = (x.strip() for x in item.split(":", 1))
        low_text = _money(low)
        if reward.lower() in ("committee", "委员会"):
            parts.append(f"from {low_text}: decided by the committee" if en(lang)
                         else f"{low_text} 元起由考核委员会决定")
        else:
            parts.append(f"from {low_text}: {_money(reward)}" if en(lang)
                         else f"{low_text} 元起奖励 {_money(reward)}")
    return ("; " if en(lang) else "；").join(parts)


def params_text(line: DetailLine, lang: str | None = None) -> str:
    """The parameter values the line used, by their names in the user's language."""
    parts = []
    for key, value in line.params:
        spec = definition(key)
        name = key if spec is None else (spec.label_en if en(lang) else spec.label_zh)
        if isinstance(value, str) and _TIERS.match(value):
            value = tiers_text(value, lang)
        parts.append(f"{name} {value}")
    return ("; " if en(lang) else "；").join(parts)

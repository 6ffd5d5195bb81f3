"""Translated names of domain keys (pay components, limitation statuses, import steps,
sheets, detail-line inputs). The tables hold Chinese source text marked for lupdate; the lookup
translates at call time, after the translator is installed. Statuses, sheets and enumeration
values are declared with their English in ruralperf.domain (enums, records) and read from
there in the window's language."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ruralperf.domain.enums import PayRunStatus, status_of, value_of
from ruralperf.domain.parameters import definition
from ruralperf.domain.records import TABLES_BY_KEY
from ruralperf.i18n import current_lang


def _lookup(table: dict[str, object], key: str) -> str:
    source = table.get(key)  # a QT_TRANSLATE_NOOP text (typed `object` by PySide6)
    return key if source is None else QCoreApplication.translate("Labels", str(source))


COMPONENTS = {
    "floating": QT_TRANSLATE_NOOP("Labels", "浮动工资"),
    "maintenance": QT_TRANSLATE_NOOP("Labels", "客户维护费"),
    "interest": QT_TRANSLATE_NOOP("Labels", "利息收入奖励"),
    "loan_marketing": QT_TRANSLATE_NOOP("Labels", "贷款营销奖励"),
    "deposit_marketing": QT_TRANSLATE_NOOP("Labels", "存款营销奖励"),
    "bank_card": QT_TRANSLATE_NOOP("Labels", "银行卡营销奖励"),
    "pos": QT_TRANSLATE_NOOP("Labels", "POS 营销奖励"),
    "agency": QT_TRANSLATE_NOOP("Labels", "代收代付营销奖励"),
    "npl_recovery": QT_TRANSLATE_NOOP("Labels", "不良贷款清收奖励"),
    "sol_reward": QT_TRANSLATE_NOOP("Labels", "挽回时效奖励"),
    "cap_reduction": QT_TRANSLATE_NOOP("Labels", "限额扣减"),
    "gross": QT_TRANSLATE_NOOP("Labels", "应发合计"),
    "sol_penalty": QT_TRANSLATE_NOOP("Labels", "时效处罚"),
    "carried_in": QT_TRANSLATE_NOOP("Labels", "上季结转扣回"),
    "adjustments": QT_TRANSLATE_NOOP("Labels", "调整"),
    "net": QT_TRANSLATE_NOOP("Labels", "实发"),
    "carry_to_next": QT_TRANSLATE_NOOP("Labels", "结转下季"),
    "clawback": QT_TRANSLATE_NOOP("Labels", "追索扣回"),
    "deferred": QT_TRANSLATE_NOOP("Labels", "本季延期支付"),
    "released": QT_TRANSLATE_NOOP("Labels", "到期发放的延期支付"),
    "paid": QT_TRANSLATE_NOOP("Labels", "实发合计"),
    "deferred_balance": QT_TRANSLATE_NOOP("Labels", "延期支付余额"),
    "p": QT_TRANSLATE_NOOP("Labels", "综合任务完成率"),
}


def component_label(key: str) -> str:
    """Pay components, and the other columns of a pay run."""
    return _lookup(COMPONENTS, key)


INDICATORS = {
    "interest": QT_TRANSLATE_NOOP("Labels", "贷款收息"),
    "deposit": QT_TRANSLATE_NOOP("Labels", "存款"),
    "npl": QT_TRANSLATE_NOOP("Labels", "不良压降"),
    "intermediate": QT_TRANSLATE_NOOP("Labels", "中间业务"),
    "quality": QT_TRANSLATE_NOOP("Labels", "工作质量"),
}


def indicator_label(key: str) -> str:
    return _lookup(INDICATORS, key)


FILTERS = {  # the limitation page's tabs that are not a status
    "accountability": QT_TRANSLATE_NOOP("Labels", "追责"),
    "to_sign": QT_TRANSLATE_NOOP("Labels", "须签收"),
    "all": QT_TRANSLATE_NOOP("Labels", "全部"),
}


def status_label(key: str) -> str:
    """A limitation or guarantee status (declared in ruralperf.domain.enums), or a tab."""
    member = status_of(key)
    return _lookup(FILTERS, key) if member is None else member.label(current_lang())


RUN_STATUSES = {  # where the window's words differ from the printed ones (domain.enums)
    "none": QT_TRANSLATE_NOOP("Labels", "尚未核算"),
    "superseded": QT_TRANSLATE_NOOP("Labels", "已作废"),  # a badge: shorter than 已被新版本取代
}


def run_status_label(key: str) -> str:
    if key in RUN_STATUSES or key not in PayRunStatus._value2member_map_:
        return _lookup(RUN_STATUSES, key)
    return PayRunStatus(key).label(current_lang())


STEPS = {
    "parse": QT_TRANSLATE_NOOP("Labels", "读取并检查单元格"),
    "check": QT_TRANSLATE_NOOP("Labels", "核对引用关系"),
    "write": QT_TRANSLATE_NOOP("Labels", "写入数据库"),
    "done": QT_TRANSLATE_NOOP("Labels", "完成"),
    "compute": QT_TRANSLATE_NOOP("Labels", "计算中"),
    "load": QT_TRANSLATE_NOOP("Labels", "加载中"),
}


def step_label(key: str) -> str:
    """Words for a core progress step ("parse", "check", "write", "done")."""
    return _lookup(STEPS, key)


def sheet_label(key: str) -> str:
    """An import sheet's name (declared in ruralperf.domain.records)."""
    spec = TABLES_BY_KEY.get(key)
    return key if spec is None else spec.name(current_lang())


INPUTS = {
    "coefficient": QT_TRANSLATE_NOOP("Labels", "岗位系数"),
    "base_households": QT_TRANSLATE_NOOP("Labels", "基期户数"),
    "end_households": QT_TRANSLATE_NOOP("Labels", "期末户数"),
    "base_list": QT_TRANSLATE_NOOP("Labels", "基期户"),
    "end_list": QT_TRANSLATE_NOOP("Labels", "期末户"),
    "month": QT_TRANSLATE_NOOP("Labels", "月份"),
    "interest_income": QT_TRANSLATE_NOOP("Labels", "利息收入"),
    "contract_no": QT_TRANSLATE_NOOP("Labels", "合同号"),
    "household_no": QT_TRANSLATE_NOOP("Labels", "客户号"),
    "household": QT_TRANSLATE_NOOP("Labels", "客户号"),
    "nature": QT_TRANSLATE_NOOP("Labels", "贷款性质"),
    "customer_type": QT_TRANSLATE_NOOP("Labels", "客户类型"),
    "amount": QT_TRANSLATE_NOOP("Labels", "金额"),
    "increment": QT_TRANSLATE_NOOP("Labels", "扩大新增额"),
    "disbursed_on": QT_TRANSLATE_NOOP("Labels", "发放日期"),
    "share": QT_TRANSLATE_NOOP("Labels", "分成比例"),
    "quarter_average": QT_TRANSLATE_NOOP("Labels", "本季日均"),
    "previous_average": QT_TRANSLATE_NOOP("Labels", "上季日均"),
    "date": QT_TRANSLATE_NOOP("Labels", "日期"),
    "qty": QT_TRANSLATE_NOOP("Labels", "数量"),
    "qualifying": QT_TRANSLATE_NOOP("Labels", "计件数量"),
    "card_balance": QT_TRANSLATE_NOOP("Labels", "卡内余额"),
    "contracts": QT_TRANSLATE_NOOP("Labels", "合同"),
    "group_amount": QT_TRANSLATE_NOOP("Labels", "挽回金额合计"),
    "restorer": QT_TRANSLATE_NOOP("Labels", "挽回人"),
    "responsible": QT_TRANSLATE_NOOP("Labels", "责任人"),
    "legacy": QT_TRANSLATE_NOOP("Labels", "历史遗留"),
    "lapse_dates": QT_TRANSLATE_NOOP("Labels", "失时效日"),
    "dates": QT_TRANSLATE_NOOP("Labels", "挽回日期"),
    "staff_no": QT_TRANSLATE_NOOP("Labels", "工号"),
    "handovers": QT_TRANSLATE_NOOP("Labels", "本季移交的贷款（合同 原管户→现管户 生效日）"),
    "base_follows_loans": QT_TRANSLATE_NOOP("Labels", "基期随贷款移交"),
    "npl_base": QT_TRANSLATE_NOOP("Labels", "基期不良余额"),
    "npl_end": QT_TRANSLATE_NOOP("Labels", "期末不良余额"),
    "recovered": QT_TRANSLATE_NOOP("Labels", "清收金额"),
}


def input_label(key: str) -> str:
    """Names of the inputs a detail line records (DetailLine.inputs keys)."""
    return _lookup(INPUTS, key)


VALUES = {
    "yes": QT_TRANSLATE_NOOP("Labels", "是"),
    "no": QT_TRANSLATE_NOOP("Labels", "否"),
}


def value_label(value: str) -> str:
    """Words for the coded values a detail line records (yes/no, loan nature, customer type:
    the latter declared in ruralperf.domain.enums)."""
    member = value_of(value) if value not in VALUES else None
    if member is None:
        return _lookup(VALUES, value)
    return member.en_lower if current_lang().startswith("en") else member.zh


def parameter_label(key: str) -> str:
    found = definition(key)
    if found is None:
        return key
    return found.label_en if current_lang().startswith("en") else found.label_zh


def parameter_value_text(value: str) -> str:
    """A parameter's stored text in words: 无 for none, 是/否 for a yes-or-no parameter; other
    values (amounts, rates, tiers) as entered."""
    key = str(value).strip().lower()
    if key == "":
        return QCoreApplication.translate("Labels", "无")
    if key == "true":
        return QCoreApplication.translate("Labels", "是")
    if key == "false":
        return QCoreApplication.translate("Labels", "否")
    return str(value)

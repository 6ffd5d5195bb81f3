"""Dated scheme parameters (OpenFisca-style): every key has a history of values with effective
dates; a pay run reads the snapshot in force on the quarter's last day."""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any, Callable, Iterable

from ruralperf.domain.entities import ParameterValue
from ruralperf.domain.money import D
from ruralperf.domain.numbers import parse_amount, parse_fraction, parse_int
from ruralperf.domain.trace import ParameterTrace, ParameterUse

BUILTIN_FROM = date(1900, 1, 1)
CAP_PREFIX = "cap."
DEFERRAL_PREFIX = "deferral.rate."


def _parse_bool(text: str) -> bool:
    t = str(text).strip().lower()
    if t in {"true", "1", "yes", "y", "是", "真"}:
        return True
    if t in {"false", "0", "no", "n", "否", "假", ""}:
        return False
    raise ValueError("not true/false")


def _optional(parser: Callable[[Any], Any]) -> Callable[[Any], Any]:
    def parse(text: Any) -> Any:
        if text is None or str(text).strip() in {"", "none", "无", "None"}:
            return None
        return parser(text)

    return parse


def _parse_date(text: Any) -> date:
    if isinstance(text, date):
        return text
    return date.fromisoformat(str(text).strip()[:10])


def _parse_ratio(text: Any) -> Decimal:
    return D(text) if not isinstance(text, str) or not text.strip().endswith(("%", "‰")) \
        else parse_fraction(text)


def _parse_share(text: Any) -> Decimal:
    """A share of pay between 0 and 1 (DOMAIN.md 3: `40`, `40%` and `0.4` all mean 40 %)."""
    share = parse_fraction(text)
    if not 0 <= share <= 1:
        raise ValueError("a share is between 0 and 100 %")
    return share


def parse_offsets(text: Any) -> tuple[int, ...]:
    """`4,8,12` -> (4, 8, 12): quarter offsets, positive whole numbers in ascending order."""
    parts = [p.strip() for p in str(text).replace("，", ",").replace("、", ",").replace(";", ",")
             .split(",") if p.strip()]
    offsets = tuple(parse_int(p) for p in parts)
    if not offsets or offsets[0] < 1 or list(offsets) != sorted(set(offsets)):
        raise ValueError("offsets must be positive and ascend")
    return offsets


REWARD_TO = ("manager", "event_staff")


def _parse_reward_to(text: Any) -> str:
    """`sol.reward_to`: the manager on the event date (second edition) or the event's staff."""
    t = str(text).strip().lower()
    aliases = {"manager": "manager", "管户信贷员": "manager", "event_staff": "event_staff",
               "事件经办人": "event_staff"}
    if t not in aliases:
        raise ValueError("manager or event_staff")
    return aliases[t]


def parse_tiers(text: Any) -> tuple[tuple[Decimal, Decimal | None], ...]:
    """`0:20;5000:50;...;500000:committee` -> ((0, 20), (5000, 50), ..., (500000, None))."""
    tiers = []
    for part in str(text).replace("；", ";").split(";"):
        if not part.strip():
            continue
        low, _, reward = part.partition(":")
        amount = None if reward.strip().lower() in {"committee", "委员会"} else parse_amount(reward)
        tiers.append((parse_amount(low), amount))
    if not tiers or tiers[0][0] != 0 or [t[0] for t in tiers] != sorted({t[0] for t in tiers}):
        raise ValueError("tiers must start at 0 and ascend")
    return tuple(tiers)


@dataclass(frozen=True)
class ParameterDef:
    key: str
    default: str
    parse: Callable[[Any], Any]
    label_zh: str
    label_en: str


def _d(key, default, parse, zh, en) -> ParameterDef:
    return ParameterDef(key, default, parse, zh, en)


DEFINITIONS: dict[str, ParameterDef] = {p.key: p for p in [
    _d("floating.base_monthly", "0.00", parse_amount, "浮动工资月基数", "Floating wage monthly base"),
    _d("floating.completion_cap", "1", _parse_ratio, "浮动工资完成率上限", "Floating wage completion cap"),
    _d("composite.floating_twice", "false", _parse_bool, "浮动工资两次乘完成率", "Apply p twice to floating wage"),
    _d("composite.indicator_cap", "", _optional(_parse_ratio), "单项完成率上限", "Cap on each indicator completion"),
    _d("composite.warn_completion", "3", _optional(_parse_ratio), "单项完成率预警阈值（超过即提示核对目标）",
       "Warn when an indicator's completion exceeds"),
    _d("handover.follows_loans", "true", _parse_bool, "季度内移交的贷款随贷款计算基期（不良压降、客户维护费）",
       "Handed-over loans take their base with them (NPL, maintenance)"),
    _d("composite.weight.interest", "0.40", parse_fraction, "权重：贷款收息", "Weight: interest"),
    _d("composite.weight.deposit", "0.20", parse_fraction, "权重：存款", "Weight: deposit"),
    _d("composite.weight.npl", "0.10", parse_fraction, "权重：不良压降", "Weight: NPL reduction"),
    _d("composite.weight.intermediate", "0.20", parse_fraction, "权重：中间业务", "Weight: intermediate business"),
    _d("composite.weight.quality", "0.10", parse_fraction, "权重：工作质量", "Weight: work quality"),
    _d("maintenance.base_fee", "30.00", parse_amount, "客户维护费（存量户）", "Maintenance fee per base household"),
    _d("maintenance.growth_fee", "90.00", parse_amount, "客户维护费（新增户）", "Maintenance fee per added household"),
    _d("maintenance.max_arrears_months", "3", parse_int, "正常贷款最多欠息月数", "Max months of unpaid interest for a normal loan"),
    _d("interest.rate", "0.002", parse_fraction, "利息收入奖励比例", "Interest income reward rate"),
    _d("loan_marketing.rate", "0.0015", parse_fraction, "贷款营销奖励比例", "Loan marketing reward rate"),
    _d("loan_marketing.expansion_factor", "0.5", parse_fraction, "存量扩大折算系数", "Expansion increment factor"),
    _d("loan_marketing.assist_share_min", "0.10", parse_fraction, "联动/接管最低分成", "Linked/taken-over minimum share"),
    _d("loan_marketing.assist_share_max", "0.30", parse_fraction, "联动/接管最高分成", "Linked/taken-over maximum share"),
    _d("deposit.rate", "0.002", parse_fraction, "存款营销奖励比例", "Deposit marketing reward rate"),
    _d("piece.bank_card", "5.00", parse_amount, "银行卡计件单价", "Bank card piece rate"),
    _d("piece.bank_card.min_balance", "100.00", parse_amount, "银行卡最低卡内余额", "Bank card minimum balance"),
    _d("piece.pos", "200.00", parse_amount, "POS 计件单价", "POS piece rate"),
    _d("piece.agency", "0.00", parse_amount, "代收代付计件单价", "Agency item piece rate"),
    _d("npl_recovery.rate", "0", parse_fraction, "不良清收奖励比例", "NPL recovery reward rate"),
    _d("limitation.switch_date", "2017-10-01", _parse_date, "三年时效施行日", "Three-year limitation from"),
    _d("limitation.old_years", "2", parse_int, "原诉讼时效（年）", "Old limitation period (years)"),
    _d("limitation.new_years", "3", parse_int, "新诉讼时效（年）", "New limitation period (years)"),
    _d("limitation.warn_days", "90", parse_int, "时效预警天数", "Limitation warning days"),
    _d("limitation.max_years", "20", parse_int, "最长保护期（年）", "Maximum period (years)"),
    _d("limitation.execution_years", "2", parse_int, "申请执行期间（年）", "Execution application period (years)"),
    _d("sol.reward_to", "manager", _parse_reward_to, "挽回时效奖励对象（管户信贷员/事件经办人）",
       "Restoration reward to (manager on the event date / event staff)"),
    _d("sol.legacy_cutoff", "2006-12-31", _parse_date, "历史遗留失时效截止日", "Legacy lapse cutoff"),
    _d("deferral.instalments", "4,8,12", parse_offsets, "延期支付发放季度（递延后第几个季度）",
       "Deferral instalments (quarters after the deferral)"),
    _d("sol.reward_tiers", "0:20;5000:50;20000:100;50000:150;200000:300;500000:committee",
       parse_tiers, "挽回时效奖励档次", "Restoration reward tiers"),
]}


def definition(key: str) -> ParameterDef | None:
    """The definition of a key; `cap.<position>` keys share one definition."""
    if key in DEFINITIONS:
        return DEFINITIONS[key]
    if key.startswith(CAP_PREFIX) and len(key) > len(CAP_PREFIX):
        position = key[len(CAP_PREFIX):]
        return ParameterDef(key, "", _optional(parse_amount), f"每月最高限额：{position}",
                            f"Monthly cap: {position}")
    if key.startswith(DEFERRAL_PREFIX) and len(key) > len(DEFERRAL_PREFIX):
        position = key[len(DEFERRAL_PREFIX):]
        return ParameterDef(key, "", _optional(_parse_share), f"延期支付比例：{position}",
                            f"Deferral rate: {position}")
    return None


def parse_value(key: str, raw: Any) -> Any:
    """Typed value of a raw parameter text; raises KeyError (unknown key) or ValueError."""
    spec = definition(key)
    if spec is None:
        raise KeyError(key)
    return spec.parse(raw)


@dataclass(frozen=True)
class Scheme:
    """Typed parameter values in force on one date, with their effective dates for tracing."""

    on: date
    values: dict[str, Any]
    raw: dict[str, str]
    since: dict[str, date] = field(default_factory=dict)

    def __getitem__(self, key: str) -> Any:
        if key in self.values:
            return self.values[key]
        spec = definition(key)
        if spec is None:
            raise KeyError(key)
        return spec.parse(spec.default)

    def traced(self) -> Scheme:
        """The same values, recording each one read (`trace()`); a traced scheme as it is."""
        return self if isinstance(self, TracedScheme) else TracedScheme(self)

    def trace(self) -> ParameterTrace | None:
        """What was read through this scheme; None unless it is `traced()`."""
        return None

    def text(self, key: str) -> str:
        """The value as shown in explanations."""
        spec = definition(key)
        return self.raw.get(key, spec.default if spec else "")

    def cap_for(self, position: str) -> Decimal | None:
        return self[CAP_PREFIX + position]

    def deferral_rate_for(self, position: str) -> Decimal | None:
        """DOMAIN.md 9.1: the share of the position's `net` deferred, or None (no deferral)."""
        return self[DEFERRAL_PREFIX + position]

    def defers(self) -> bool:
        """Whether some position has a deferral rate in force (DOMAIN.md 9.1 run warning)."""
        return any(k.startswith(DEFERRAL_PREFIX) and v is not None for k, v in self.values.items())


class TracedScheme(Scheme):
    """A `Scheme` that records every read (domain.trace). The record is no dataclass field, so
    comparisons and the inputs' fingerprint (ruralperf.services.fingerprint) see the values only."""

    _trace: ParameterTrace

    def __init__(self, scheme: Scheme) -> None:
        super().__init__(scheme.on, scheme.values, scheme.raw, scheme.since)
        object.__setattr__(self, "_trace", ParameterTrace())

    def __getitem__(self, key: str) -> Any:
        value = super().__getitem__(key)
        if not self._trace.has(key):  # the first read is the one kept: a run reads 40,000
            self._trace.record(ParameterUse(key, value, self.text(key), self.since.get(key)))
        return value

    def trace(self) -> ParameterTrace:
        return self._trace


class ParameterBook:
    """All dated values of all keys; `at(d)` gives the snapshot in force on d."""

    def __init__(self, values: Iterable[ParameterValue]):
        self._history: dict[str, list[tuple[date, str]]] = {}
        for key, spec in DEFINITIONS.items():
            self._history[key] = [(BUILTIN_FROM, spec.default)]
        for pv in sorted(values, key=lambda v: (v.key, v.effective_from)):
            history = self._history.setdefault(pv.key, [])
            history[:] = [h for h in history if h[0] != pv.effective_from]
            history.append((pv.effective_from, pv.value))
            history.sort()

    def history(self, key: str) -> list[tuple[date, str]]:
        return list(self._history.get(key, []))

    def keys(self) -> list[str]:
        return sorted(self._history)

    def at(self, on: date) -> Scheme:
        values: dict[str, Any] = {}
        raw: dict[str, str] = {}
        since: dict[str, date] = {}
        for key, history in self._history.items():
            i = bisect_right([h[0] for h in history], on)
            if i == 0:
                continue
            eff, text = history[i - 1]
            values[key] = parse_value(key, text)
            raw[key] = text
            since[key] = eff
        return Scheme(on, values, raw, since)

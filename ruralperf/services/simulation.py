"""What-if simulation of a scheme change (issue 20, 模拟测算).

The real engine runs on the real data of a quarter twice: with the parameters in force on the
quarter's end (now) and with a draft of changed values laid over them (as if effective on that
day). Nothing is written: no pay run, no audit entry, and month facts rebuilt for a stale month
are rolled back. A draft becomes real only through `adopt`, which imports the values as new
dated parameters (audited like every import).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from ruralperf.domain.money import ZERO
from ruralperf.domain.parameters import ParameterBook, definition
from ruralperf.domain.periods import Quarter
from ruralperf.domain.results import PayRunResult, StaffPay
from ruralperf.errors import UserError
from ruralperf.io.parse import parse_workbook
from ruralperf.io.reader import RawSheet

# what a comparison looks at, in the order a statement shows it (besides the components)
TOTAL_LINES = ("cap_reduction", "gross", "sol_penalty", "clawback_from_pay", "net", "deferred",
               "released", "paid")


@dataclass(frozen=True)
class Change:
    """One line of a staff member's pay that the draft moves."""

    key: str  # a component key (maintenance, interest...), "p", or one of TOTAL_LINES
    now: Decimal
    draft: Decimal

    @property
    def difference(self) -> Decimal:
        return self.draft - self.now


@dataclass(frozen=True)
class StaffComparison:
    staff_no: str
    name: str
    position: str
    net_now: Decimal
    net_draft: Decimal
    paid_now: Decimal
    paid_draft: Decimal
    changes: tuple[Change, ...]  # only the lines that moved

    @property
    def difference(self) -> Decimal:
        return self.net_draft - self.net_now

    @property
    def paid_difference(self) -> Decimal:
        return self.paid_draft - self.paid_now

    def moved_text(self, lang: str | None) -> str:
        """The lines that moved, in words: "利息收入奖励 5.57 → 8.35；…" (totals left out)."""
        sep = "; " if (lang or "").startswith("en") else "；"
        return sep.join(f"{line_label(c.key, lang)} {line_value(c.key, c.now)} → "
                        f"{line_value(c.key, c.draft)}" for c in self.changes
                        if c.key not in ("net", "paid", "gross"))


@dataclass(frozen=True)
class Simulation:
    quarter: Quarter
    draft: dict[str, str]  # key -> value text as typed
    current: dict[str, str]  # key -> value text in force on the quarter's end
    staff: tuple[StaffComparison, ...]  # largest change first
    now: PayRunResult
    with_draft: PayRunResult

    def total(self, field: str) -> Decimal:
        return sum((getattr(s, field) for s in self.staff), ZERO)

    @property
    def moved(self) -> tuple[StaffComparison, ...]:
        return tuple(s for s in self.staff if s.changes)

    def lines(self, lang: str | None) -> list[tuple[str, str, str]]:
        """The draft in words: (parameter, value in force, draft value)."""
        return [(parameter_label(k, lang), shown(self.current.get(k, ""), lang), shown(v, lang))
                for k, v in self.draft.items()]


# Keys only the engine reads (rules/engine.py and the rules it calls), never the loading of
# the quarter's data (computing.load_inputs): a draft of these reuses the loaded inputs, so a
# simulation costs one load and two computations instead of two of each.
ENGINE_ONLY = ("composite.", "floating.completion_cap", "maintenance.base_fee",
               "maintenance.growth_fee", "interest.rate", "loan_marketing.", "deposit.rate",
               "piece.", "npl_recovery.rate", "cap.")


def engine_only(draft: dict[str, str]) -> bool:
    return all(key.startswith(ENGINE_ONLY) for key in draft)


def scheme_with(values, draft: dict[str, str], quarter: Quarter):
    """The parameters in force on the quarter's end with the draft laid over them."""
    from ruralperf.domain.entities import ParameterValue

    book = ParameterBook([*values, *(ParameterValue(k, v, quarter.end_date)
                                     for k, v in draft.items())])
    return book.at(quarter.end_date)


def check_draft(draft: dict[str, str], quarter: Quarter) -> None:
    """Refuse a draft the import would refuse (unknown key, bad value), with its message."""
    if not draft:
        return
    rows: list[tuple[int, tuple]] = [(1, ("key", "value", "effective_from"))]
    rows += [(i + 2, (key, value, quarter.end_date)) for i, (key, value) in enumerate(draft.items())]
    problems = [p for p in parse_workbook([RawSheet("parameters", rows)]).problems
                if not p.warning]
    if problems:
        first = problems[0]
        raise UserError("simulation_bad_draft", key=list(draft)[(first.row or 2) - 2],
                        problem=first.text())


def current_values(book: ParameterBook, quarter: Quarter, keys) -> dict[str, str]:
    scheme = book.at(quarter.end_date)
    return {key: scheme.text(key) for key in keys}


def _lines(pay: StaffPay) -> dict[str, Decimal]:
    lines = dict(pay.assessed)
    lines["p"] = pay.p
    for key in TOTAL_LINES:
        lines[key] = getattr(pay, key)
    return lines


def compare(now: PayRunResult, with_draft: PayRunResult) -> tuple[StaffComparison, ...]:
    drafted = {s.staff_no: s for s in with_draft.staff}
    out = []
    for pay in now.staff:
        other = drafted[pay.staff_no]
        a, b = _lines(pay), _lines(other)
        changes = tuple(Change(k, a.get(k, ZERO), b.get(k, ZERO))
                        for k in dict.fromkeys([*a, *b]) if a.get(k, ZERO) != b.get(k, ZERO))
        out.append(StaffComparison(pay.staff_no, pay.name, pay.position, pay.net, other.net,
                                   pay.paid, other.paid, changes))
    out.sort(key=lambda c: (-abs(c.difference), -abs(c.paid_difference), c.staff_no))
    return tuple(out)


def adoption_rows(draft: dict[str, str], effective_from: date) -> list[tuple[int, tuple]]:
    """The draft as rows of the 参数 sheet, effective from the chosen day."""
    rows: list[tuple[int, tuple]] = [(1, ("key", "value", "effective_from"))]
    rows += [(i + 2, (key, value, effective_from)) for i, (key, value) in enumerate(draft.items())]
    return rows


def known_key(key: str) -> bool:
    return definition(key) is not None


LINE_LABELS: dict[str, tuple[str, str]] = {
    "p": ("综合任务完成率", "Composite completion"),
    "cap_reduction": ("最高限额扣减", "Cap reduction"),
    "gross": ("应发绩效", "Gross"),
    "sol_penalty": ("挽回时效处罚", "Restoration penalty"),
    "clawback_from_pay": ("追索扣回（从本季）", "Clawback from pay"),
    "net": ("应发合计", "Net"),
    "deferred": ("延期支付", "Deferred"),
    "released": ("本季发放的延期部分", "Released"),
    "paid": ("实发", "Paid"),
}


def line_label(key: str, lang: str | None) -> str:
    """A comparison line in words (a component, p, or a total)."""
    from ruralperf.reports.labels import COMPONENTS, pick

    table = COMPONENTS if key in COMPONENTS else LINE_LABELS
    return pick(table, key, lang)


def line_value(key: str, value: Decimal) -> str:
    """p as a percentage with two decimals, amounts with two."""
    if key == "p":
        return f"{(value * 100).quantize(Decimal('0.01'))}%"
    return f"{value:,.2f}"


def shown(value: str, lang: str | None) -> str:
    """A parameter value as shown: an empty one (no cap, no deferral) is 无."""
    if str(value).strip():
        return str(value)
    return "none" if (lang or "").startswith("en") else "无"


def parameter_label(key: str, lang: str | None) -> str:
    spec = definition(key)
    if spec is None:
        return key
    return spec.label_en if (lang or "").startswith("en") else spec.label_zh

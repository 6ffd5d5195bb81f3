"""What the charts draw, from the values the facade returns (a pay run, the runs of past
quarters, a limitation list). No Qt here: plain numbers, so the shaping is tested on its own.

Amounts are drawn as whole fen (`bar_fen`) and completions as integer basis points: the charts
draw whole numbers and label their axes in yuan or percent exactly, so no amount passes through a
float. Whole fen here is a chart unit only; money itself is a `Decimal` in the core and in the
window, and integer fen is its storage form in `ruralperf.db` alone."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from ruralperf.domain.periods import Month

# the components of a statement in the order it prints them (bank cards and POS last)
COMPONENT_ORDER = ("floating", "maintenance", "interest", "loan_marketing", "deposit_marketing",
                   "npl_recovery", "sol_reward", "agency", "bank_card", "pos")


def bar_fen(amount) -> int:
    """The bar height of a Decimal amount with two decimals: its whole fen (exact), the charts'
    drawing unit (not a stored amount)."""
    return int(amount * 100)


@dataclass(frozen=True)
class Series:
    key: str  # what it is (a component key, a staff number, "net"...)
    values: tuple[int | None, ...]  # None: nothing to draw there (a marker only)


@dataclass(frozen=True)
class BarData:
    categories: tuple[str, ...]  # the labels under the bars
    stacks: tuple[Series, ...]  # stacked from the axis up
    markers: Series | None = None  # a dot on each bar (e.g. net)
    line: int | None = None  # a horizontal reference line (e.g. 100 %)


def pay_composition(result) -> BarData:
    """Each staff member's assessed components stacked (the cap and deductions left out), with
    the net as a marker: what makes up this quarter's pay."""
    staff = list(result.staff)
    stacks = []
    for key in COMPONENT_ORDER:
        values = tuple(bar_fen(max(s.assessed.get(key, 0), 0)) for s in staff)
        if any(values):
            stacks.append(Series(key, values))
    return BarData(tuple(s.name or s.staff_no for s in staff), tuple(stacks),
                   Series("net", tuple(bar_fen(s.net) for s in staff)))


def completions(result) -> BarData:
    """Each staff member's composite completion p in basis points, against 100 %."""
    staff = list(result.staff)
    return BarData(tuple(s.name or s.staff_no for s in staff),
                   (Series("p", tuple(int(s.p * 10000) for s in staff)),), line=10000)


def quarter_history(runs) -> BarData:
    """`runs`: (quarter text, PayRunResult or io.stored_run.RunSummary or None) oldest first:
    the branch's net total of each quarter (a quarter without a run shows no bar)."""
    totals = tuple(bar_fen(sum((s.net for s in r.staff), 0)) if r is not None else 0
                   for _q, r in runs)
    paid = tuple(bar_fen(sum((s.paid for s in r.staff), 0)) if r is not None else None
                 for _q, r in runs)
    return BarData(tuple(q for q, _r in runs), (Series("net", totals),),
                   Series("paid", paid))


def months_ahead(today: date, count: int = 12) -> list[Month]:
    first = Month.of(today)
    return [first.shift(i) for i in range(count)]


def expiry_timeline(report, today: date, names: dict[str, str] | None = None,
                    count: int = 12) -> BarData:
    """Loans and guarantees whose period ends in each of the next `count` months, stacked by
    the officer who manages the loan (loans and guarantors counted alike)."""
    names = names or {}
    months = months_ahead(today, count)
    index = {m: i for i, m in enumerate(months)}
    counts: dict[str, list[int]] = defaultdict(lambda: [0] * count)
    for loan in report.loans:
        officer = loan.manager or ""
        ends = [loan.expiry] if loan.status in ("running", "warning", "restored") else []
        ends += [g.guarantee_end if g.status in ("running", "warning") else g.expiry
                 for g in getattr(loan, "guarantees", ()) if g.status in ("running", "warning")
                 or (g.status == "secured" and g.expiry is not None)]
        for end in ends:
            if end is None or end < today:
                continue
            i = index.get(Month.of(end))
            if i is not None:
                counts[officer][i] += 1
    officers = sorted(counts, key=lambda o: (-sum(counts[o]), o))
    return BarData(tuple(str(m) for m in months),
                   tuple(Series(names.get(o, o), tuple(counts[o])) for o in officers))

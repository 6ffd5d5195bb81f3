"""The demo branch while it is being generated: the calendar frame, staff, households and loans
with their repayment plans. Every date derives from the end month, never from the clock."""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from functools import cached_property
from datetime import date, timedelta
from decimal import Decimal

from ruralperf.domain.periods import Month, Quarter, add_years

SWITCH_DATE = date(2017, 10, 1)  # DOMAIN.md 7.1 default: 2 years before, 3 years after


@dataclass
class DemoStaff:
    staff_no: str
    name: str
    position: str
    coefficient: Decimal

    @property
    def is_officer(self) -> bool:
        return self.position != "综合柜员"


@dataclass
class DemoHousehold:
    household_no: str
    name: str
    id_number: str | None
    kind: str
    officer: str  # staff_no of the credit officer in charge when the household is created
    moves: list[tuple[date, str]] = field(default_factory=list)  # later changes of officer

    def officer_on(self, d: date) -> str:
        current = self.officer
        for when, staff_no in self.moves:
            if when <= d:
                current = staff_no
        return current


@dataclass
class DemoLoan:
    contract_no: str
    household_no: str
    amount: Decimal
    disbursed_on: date
    maturity_on: date
    nature: str
    customer_type: str
    manager_no: str
    increment: Decimal | None = None
    rate: Decimal = Decimal("0.0600")  # annual interest rate
    credits: list[tuple[str, str]] = field(default_factory=list)  # (staff_no, share text)
    moves: list[tuple[date, str]] = field(default_factory=list)  # reassignments
    due: date | None = None  # maturity after extensions (None: maturity_on)
    payoff: date | None = None  # the day the balance reaches 0 (None: still outstanding)
    repayments: list[tuple[date, Decimal]] = field(default_factory=list)  # principal paid
    late_months: set[str] = field(default_factory=set)  # months whose interest came late
    pays_interest: bool = True
    events: list[tuple] = field(default_factory=list)  # (date, kind, staff, amount, new_maturity)
    recoveries: list[tuple[str, date, Decimal]] = field(default_factory=list)  # (staff, date, amt)

    @property
    def effective_due(self) -> date:
        return self.due or self.maturity_on

    def manager_on(self, d: date) -> str:
        current = self.manager_no
        for when, staff_no in sorted(self.moves):
            if when <= d:
                current = staff_no
        return current

    def balance_on(self, d: date) -> Decimal:
        if self.payoff is not None and self.payoff <= d:
            return Decimal("0.00")
        paid = sum((a for when, a in self.repayments if when <= d), Decimal(0))
        return self.amount - paid


@dataclass
class Frame:
    """The generation frame: rng, ledger months, assessed quarters."""

    rng: random.Random
    end_month: Month
    months: list[Month]  # month-end ledger months, oldest first
    quarters: list[Quarter]  # the assessed quarters (targets), oldest first
    deposit_months: list[Month]  # months with deposit averages (covers previous quarters)

    @classmethod
    def build(cls, seed: int, end_month: Month, n_quarters: int = 8) -> "Frame":
        last_q = Quarter.of(end_month.end)
        if end_month != last_q.months[2]:
            last_q = last_q.previous
        quarters = [last_q]
        while len(quarters) < n_quarters:
            quarters.insert(0, quarters[0].previous)
        first = min(end_month.shift(-23), quarters[0].base_month)
        months = _month_range(first, end_month)
        deposit_months = _month_range(min(first, quarters[0].previous.months[0]), end_month)
        return cls(random.Random(seed), end_month, months, quarters, deposit_months)

    @cached_property
    def bounds(self) -> list[tuple[Month, date, date]]:
        """(month, first day, last day) of each ledger month."""
        return [(m, date(m.year, m.month, 1), m.end) for m in self.months]

    @property
    def start(self) -> date:
        return date(self.months[0].year, self.months[0].month, 1)

    @property
    def end(self) -> date:
        return self.end_month.end

    @property
    def last_quarter(self) -> Quarter:
        return self.quarters[-1]

    def rand_date(self, lo: date, hi: date) -> date:
        if hi <= lo:
            return lo
        return lo + timedelta(days=self.rng.randint(0, (hi - lo).days))


def _month_range(first: Month, last: Month) -> list[Month]:
    out = [first]
    while out[-1] < last:
        out.append(out[-1].shift(1))
    return out


def add_months(d: date, months: int) -> date:
    m = Month.of(d).shift(months)
    return date(m.year, m.month, min(d.day, m.days))


def period_end(anchor: date) -> date:
    """Expiry of a limitation period from `anchor`, before rolling to a working day."""
    years = 2 if add_years(anchor, 2) < SWITCH_DATE else 3
    return add_years(anchor, years)


def money(yuan: int | Decimal) -> Decimal:
    return Decimal(yuan).quantize(Decimal("0.01"))

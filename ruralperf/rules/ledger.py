"""What the month-end ledgers and interest income say per staff member: the households each one
maintains (DOMAIN.md 6.1), the NPL balance each one manages (4, `npl`) and the interest income
attributed to each one (4 `interest`, 6.2).

It is done in two steps. `MonthPass` (domain.ledger) reduces one month's rows, each attributed
to the loan's manager at that month end, to a `MonthFacts`; that reduction depends on no scheme
parameter, so the database keeps it per month (db.month_facts) and a pay run reads a few hundred
rows instead of every ledger row. `LedgerFacts.of` then applies the quarter's parameters to the
months the quarter reads. Months are `Month` values and amounts `Decimal` money (the database's
month facts are summed in integer fen and converted in `db.month_facts`).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Mapping

from ruralperf.domain.ledger import MonthFacts, MonthPass, Worst
from ruralperf.domain.money import ZERO
from ruralperf.domain.periods import Month, Quarter

__all__ = ["LedgerFacts", "MonthFacts", "MonthPass", "Worst", "maintained"]


def maintained(worst: Mapping[str, int | None], max_arrears: int) -> set[str]:
    """Households whose every outstanding loan managed by the staff member is normal: overdue
    days 0 and at most `maintenance.max_arrears_months` months of unpaid interest."""
    return {h for h, months in worst.items() if months is not None and months <= max_arrears}


@dataclass
class LedgerFacts:
    """A quarter's view: maintained households and NPL balance at the base and end months,
    interest income of the quarter's months."""

    maintained: dict[Month, dict[str, set[str]]] = field(default_factory=dict)  # month -> staff
    npl: dict[Month, dict[str, Decimal]] = field(default_factory=dict)  # month -> staff -> balance
    interest: dict[str, dict[Month, Decimal]] = field(default_factory=dict)  # staff -> month
    # staff -> the loans handed over to or by them in the quarter (rules.handover.Handover)
    handovers: dict[str, tuple] = field(default_factory=dict)

    def households(self, month: Month, staff_no: str) -> set[str]:
        return self.maintained.get(month, {}).get(staff_no, set())

    def npl_balance(self, month: Month, staff_no: str) -> Decimal:
        return self.npl.get(month, {}).get(staff_no, ZERO)

    @classmethod
    def of(cls, months: Mapping[Month, MonthFacts[Decimal]], quarter: Quarter, max_arrears: int
           ) -> "LedgerFacts":
        empty: MonthFacts[Decimal] = MonthFacts()
        out = cls()
        for month in (quarter.base_month, quarter.months[2]):
            got = months.get(month, empty)
            out.maintained[month] = {s: maintained(w, max_arrears)
                                     for s, w in got.households.items()}
            out.npl[month] = dict(got.npl)
        for month in quarter.months:
            for staff_no, total in months.get(month, empty).interest.items():
                out.interest.setdefault(staff_no, {})[month] = total
        return out

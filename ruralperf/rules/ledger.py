"""What the month-end ledgers and interest income say per staff member: the households each one
maintains (DOMAIN.md 6.1), the NPL balance each one manages (4, `npl`) and the interest income
attributed to each one (4 `interest`, 6.2).

It is done in two steps. `MonthPass` reduces one month's rows, each attributed to the loan's
manager at that month end, to a `MonthFacts`; that reduction depends on no scheme parameter, so
the database keeps it per month (db.month_facts) and a pay run reads a few hundred rows instead
of every ledger row. `LedgerFacts.of` then applies the quarter's parameters to the months the
quarter reads. Amounts are summed as given: `Decimal`s, or integer fen converted at the end.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Callable, Iterable, Mapping

from ruralperf.domain.entities import NPL_GRADES
from ruralperf.domain.money import ZERO
from ruralperf.domain.periods import Quarter

# household -> the most months of unpaid interest among the staff member's outstanding loans
# of it, or None when one of them is overdue (never "normal", whatever the parameter)
Worst = dict[str, "int | None"]


@dataclass
class MonthFacts:
    """One month end, per staff member: households with an outstanding loan the staff member
    manages (and how far from normal they are), NPL balance managed, interest income."""

    households: dict[str, Worst] = field(default_factory=dict)
    npl: dict[str, object] = field(default_factory=dict)
    interest: dict[str, object] = field(default_factory=dict)

    def staff(self) -> set[str]:
        return {*self.households, *self.npl, *self.interest}


def maintained(worst: Mapping[str, int | None], max_arrears: int) -> set[str]:
    """Households whose every outstanding loan managed by the staff member is normal: overdue
    days 0 and at most `maintenance.max_arrears_months` months of unpaid interest."""
    return {h for h, months in worst.items() if months is not None and months <= max_arrears}


class MonthPass:
    """Accumulates one month's ledger and interest rows; `facts()` gives the result."""

    def __init__(self, zero=ZERO):
        self.zero = zero
        self._worst: dict[tuple[str, str], int | None] = {}
        self._npl: dict[str, object] = {}
        self._interest: dict[str, object] = {}

    def snapshots(self, rows: Iterable[tuple], owners: Mapping[str, tuple[str, str]]) -> None:
        """rows: (contract, balance, overdue days, months of unpaid interest, grade);
        `owners`: contract -> (its manager at the month end, its household). Only outstanding
        loans (balance > 0) count for households; every NPL-graded one for the NPL balance.
        Unknown loans are skipped."""
        worst, npl, zero = self._worst, self._npl, self.zero
        for contract, balance, overdue_days, arrears, grade in rows:
            owner = owners.get(contract)
            if owner is None:
                continue
            if grade in NPL_GRADES:
                npl[owner[0]] = npl.get(owner[0], zero) + balance
            if balance > 0:
                if overdue_days != 0:
                    worst[owner] = None
                else:
                    before = worst.get(owner, -1)
                    if before is not None and arrears > before:
                        worst[owner] = arrears

    def interest(self, rows: Iterable[tuple[str, object]], managers: Mapping[str, str]) -> None:
        """rows: (contract, interest income), attributed to `managers`: contract -> staff."""
        totals, zero = self._interest, self.zero
        for contract, amount in rows:
            staff_no = managers.get(contract)
            if staff_no is not None:
                totals[staff_no] = totals.get(staff_no, zero) + amount

    def facts(self) -> MonthFacts:
        households: dict[str, Worst] = {}
        for (staff_no, household), months in self._worst.items():
            households.setdefault(staff_no, {})[household] = months
        return MonthFacts(households, dict(self._npl), dict(self._interest))


@dataclass
class LedgerFacts:
    """A quarter's view: maintained households and NPL balance at the base and end months,
    interest income of the quarter's months."""

    maintained: dict[str, dict[str, set[str]]] = field(default_factory=dict)  # month -> staff
    npl: dict[str, dict[str, Decimal]] = field(default_factory=dict)  # month -> staff -> balance
    interest: dict[str, dict[str, Decimal]] = field(default_factory=dict)  # staff -> month
    # staff -> the loans handed over to or by them in the quarter (rules.handover.Handover)
    handovers: dict[str, tuple] = field(default_factory=dict)

    def households(self, month: str, staff_no: str) -> set[str]:
        return self.maintained.get(month, {}).get(staff_no, set())

    def npl_balance(self, month: str, staff_no: str) -> Decimal:
        return self.npl.get(month, {}).get(staff_no, ZERO)

    @classmethod
    def of(cls, months: Mapping[str, MonthFacts], quarter: Quarter, max_arrears: int,
           amount: Callable[[object], Decimal] = lambda x: x) -> "LedgerFacts":
        empty = MonthFacts()
        out = cls()
        for month in (str(quarter.base_month), str(quarter.months[2])):
            got = months.get(month, empty)
            out.maintained[month] = {s: maintained(w, max_arrears)
                                     for s, w in got.households.items()}
            out.npl[month] = {s: amount(v) for s, v in got.npl.items()}
        for month in map(str, quarter.months):
            for staff_no, total in months.get(month, empty).interest.items():
                out.interest.setdefault(staff_no, {})[month] = amount(total)
        return out

"""What one month's ledger and interest rows say per staff member (DOMAIN.md 4 `npl`, 6.1,
6.2): `MonthPass` reduces the month's rows, each attributed to the loan's manager at that month
end, to a `MonthFacts`. The reduction reads no scheme parameter, so the database keeps it per
month (db.month_facts); `rules.ledger.LedgerFacts.of` applies a quarter's parameters to it."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Generic, Iterable, Mapping, TypeVar

from ruralperf.domain.entities import NPL_GRADES
from ruralperf.domain.money import ZERO

# household -> the most months of unpaid interest among the staff member's outstanding loans
# of it, or None when one of them is overdue (never "normal", whatever the parameter)
Worst = dict[str, "int | None"]
# the type of the amounts: integer fen (db.month_facts) or `Decimal` (the engine's own pass)
A = TypeVar("A")


@dataclass
class MonthFacts(Generic[A]):
    """One month end, per staff member: households with an outstanding loan the staff member
    manages (and how far from normal they are), NPL balance managed, interest income."""

    households: dict[str, Worst] = field(default_factory=dict)
    npl: dict[str, A] = field(default_factory=dict)
    interest: dict[str, A] = field(default_factory=dict)

    def staff(self) -> set[str]:
        return {*self.households, *self.npl, *self.interest}


class MonthPass:
    """Accumulates one month's ledger and interest rows; `facts()` gives the result."""

    def __init__(self, zero: Any = ZERO) -> None:  # 0 to sum integer fen
        self.zero = zero
        self._worst: dict[tuple[str, str], int | None] = {}
        self._npl: dict[str, Any] = {}  # fen or Decimal, as the rows give them
        self._interest: dict[str, Any] = {}

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

    def states(self, rows: Iterable[tuple], owners: Mapping[str, tuple[str, str]]) -> None:
        """`snapshots` on rows the database has reduced already (db.month_facts.compute):
        (contract, state, NPL balance), the state None for a loan not outstanding, -1 for an
        overdue one, else its months of unpaid interest; the NPL balance None unless the loan
        is NPL-graded. Rows with neither are not sent. The same facts, a third of the work."""
        worst, npl, zero = self._worst, self._npl, self.zero
        for contract, state, bad in rows:
            owner = owners.get(contract)
            if owner is None:
                continue
            if bad is not None:
                npl[owner[0]] = npl.get(owner[0], zero) + bad
            if state is not None:
                if state < 0:
                    worst[owner] = None
                else:
                    before = worst.get(owner, -1)
                    if before is not None and state > before:
                        worst[owner] = state

    def interest(self, rows: Iterable[tuple[str, object]], managers: Mapping[str, str]) -> None:
        """rows: (contract, interest income), attributed to `managers`: contract -> staff."""
        totals, zero = self._interest, self.zero
        for contract, amount in rows:
            staff_no = managers.get(contract)
            if staff_no is not None:
                totals[staff_no] = totals.get(staff_no, zero) + amount

    def facts(self) -> MonthFacts[Any]:
        households: dict[str, Worst] = {}
        for (staff_no, household), months in self._worst.items():
            households.setdefault(staff_no, {})[household] = months
        return MonthFacts(households, dict(self._npl), dict(self._interest))

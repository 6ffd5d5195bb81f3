"""What a quarter's month-end ledgers and interest income say per staff member, gathered in one
pass over rows: the households each one maintains (DOMAIN.md 6.1), the NPL balance each one
manages (4, `npl`) and the interest income attributed to each one (4 `interest`, 6.2).

The pure engine feeds the pass from loaded entities (`engine.ledger_facts`); the database's
load path feeds it raw column values straight from a query, so a county's hundreds of thousands
of ledger rows never become one object each. Amounts are summed as given: `Decimal`s, or
integer fen converted once at the end (`facts(amount=from_fen)`), which is the same number.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Callable, Iterable, Mapping

from ruralperf.domain.entities import NPL_GRADES
from ruralperf.domain.money import ZERO


@dataclass
class LedgerFacts:
    maintained: dict[str, dict[str, set[str]]] = field(default_factory=dict)  # month -> staff
    npl: dict[str, dict[str, Decimal]] = field(default_factory=dict)  # month -> staff -> balance
    interest: dict[str, dict[str, Decimal]] = field(default_factory=dict)  # staff -> month

    def households(self, month: str, staff_no: str) -> set[str]:
        return self.maintained.get(month, {}).get(staff_no, set())

    def npl_balance(self, month: str, staff_no: str) -> Decimal:
        return self.npl.get(month, {}).get(staff_no, ZERO)


class LedgerPass:
    """Accumulates ledger and interest rows; `facts()` gives the per-staff result."""

    def __init__(self, max_arrears: int, zero=ZERO):
        self.max_arrears = max_arrears
        self.zero = zero
        self._good: dict[str, dict[tuple[str, str], bool]] = {}
        self._npl: dict[str, dict[str, object]] = {}
        self._interest: dict[str, dict[str, object]] = {}

    def snapshots(self, month: str, rows: Iterable[tuple],
                  owners: Mapping[str, tuple[str, str]]) -> None:
        """rows: (contract, balance, overdue days, months of unpaid interest, grade) of the
        month's ledger; `owners`: contract -> (its manager at the month end, its household).
        A household is maintained when every outstanding (balance > 0) loan of it that the
        staff member manages is normal: overdue days 0 and at most
        `maintenance.max_arrears_months` months of unpaid interest. Unknown loans are skipped."""
        good = self._good.setdefault(month, {})
        npl = self._npl.setdefault(month, {})
        max_arrears, zero = self.max_arrears, self.zero
        for contract, balance, overdue_days, arrears, grade in rows:
            owner = owners.get(contract)
            if owner is None:
                continue
            if grade in NPL_GRADES:
                npl[owner[0]] = npl.get(owner[0], zero) + balance
            if balance > 0:
                if overdue_days != 0 or arrears > max_arrears:
                    good[owner] = False
                elif owner not in good:
                    good[owner] = True

    def interest(self, month: str, rows: Iterable[tuple[str, object]],
                 managers: Mapping[str, str]) -> None:
        """rows: (contract, interest income) of the month, attributed to the manager at the
        month end (`managers`: contract -> staff). Unknown loans are skipped."""
        totals: dict[str, object] = {}
        zero = self.zero
        for contract, amount in rows:
            staff_no = managers.get(contract)
            if staff_no is not None:
                totals[staff_no] = totals.get(staff_no, zero) + amount
        for staff_no, total in totals.items():
            months = self._interest.setdefault(staff_no, {})
            months[month] = months.get(month, zero) + total

    def facts(self, amount: Callable[[object], Decimal] = lambda x: x) -> LedgerFacts:
        maintained: dict[str, dict[str, set[str]]] = {}
        for month, good in self._good.items():
            by_staff: dict[str, set[str]] = defaultdict(set)
            for (staff_no, household), ok in good.items():
                if ok:
                    by_staff[staff_no].add(household)
            maintained[month] = dict(by_staff)
        return LedgerFacts(
            maintained,
            {m: {s: amount(v) for s, v in by.items()} for m, by in self._npl.items()},
            {s: {m: amount(v) for m, v in by.items()} for s, by in self._interest.items()})

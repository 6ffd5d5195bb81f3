"""Who manages a loan and what it owes on a date: the two histories the limitation rules read."""
from __future__ import annotations

from bisect import bisect_right
from datetime import date
from decimal import Decimal
from typing import Sequence

from ruralperf.domain.entities import Loan


class ManagerHistory:
    """Who manages a loan on a date: its first manager from disbursement, then reassignments."""

    def __init__(self, loan: Loan, reassignments: Sequence[tuple[date, str]] = ()):
        if not reassignments:  # most loans: their first manager only
            self._dates, self._staff = [loan.disbursed_on], [loan.manager_no]
            return
        entries = sorted([(loan.disbursed_on, loan.manager_no), *reassignments],
                         key=lambda e: e[0])
        self._dates = [e[0] for e in entries]
        self._staff = [e[1] for e in entries]

    @classmethod
    def of(cls, disbursed_on: date, manager_no: str,
           reassignments: Sequence[tuple[date, str]] = ()) -> "ManagerHistory":
        """The history from the two fields of a loan it reads (no whole `Loan` needed)."""
        history = cls.__new__(cls)
        entries = sorted([(disbursed_on, manager_no), *reassignments], key=lambda e: e[0])
        history._dates = [e[0] for e in entries]
        history._staff = [e[1] for e in entries]
        return history

    def on(self, d: date) -> str:
        i = bisect_right(self._dates, d)
        return self._staff[i - 1] if i else self._staff[0]

    def last_change(self, after: date, until: date) -> date:
        """The latest effective date in (after, until]; `until` when there is none."""
        i = bisect_right(self._dates, until)
        return self._dates[i - 1] if i and self._dates[i - 1] > after else until


class BalanceHistory:
    """Month-end balances of one loan: (month end date, balance), any order."""

    def __init__(self, points: Sequence[tuple[date, Decimal]] = ()):
        pts = sorted(points)
        self._dates = [p[0] for p in pts]
        self._balances = [p[1] for p in pts]

    def on(self, d: date) -> Decimal | None:
        """Balance of the latest snapshot on or before d, or None if there is none."""
        i = bisect_right(self._dates, d)
        return self._balances[i - 1] if i else None

    def latest_positive(self, d: date) -> Decimal | None:
        """Balance of the latest snapshot on or before d whose balance is > 0 (DOMAIN.md 7.3,
        the restored claim), or None."""
        i = bisect_right(self._dates, d)
        while i:
            i -= 1
            if self._balances[i] > 0:
                return self._balances[i]
        return None

    def positive_between(self, after: date, until: date) -> bool:
        """Some snapshot dated after `after` and on or before `until` has a balance > 0."""
        i, j = bisect_right(self._dates, after), bisect_right(self._dates, until)
        return any(b > 0 for b in self._balances[i:j])

"""Working days (DOMAIN.md 7.1): weekends and statutory holidays, honouring make-up working
days, from a holiday calendar that is data. Years the calendar does not cover fall back to
Saturdays and Sundays only, and are reported so the application can warn."""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Iterable


@dataclass(frozen=True)
class WorkCalendar:
    holidays: frozenset[date] = frozenset()
    workdays: frozenset[date] = frozenset()  # make-up working days on a weekend
    covered_years: frozenset[int] = frozenset()
    uncovered_seen: set[int] = field(default_factory=set, compare=False, hash=False)

    @classmethod
    def build(cls, days: Iterable[tuple[date, bool]], covered_years: Iterable[int]) -> "WorkCalendar":
        """`days`: (date, is_workday) pairs; is_workday False means a holiday."""
        holidays: set[date] = set()
        workdays: set[date] = set()
        for d, is_workday in days:
            (workdays if is_workday else holidays).add(d)
        return cls(frozenset(holidays), frozenset(workdays), frozenset(covered_years))

    def is_working_day(self, d: date) -> bool:
        if d.year not in self.covered_years:
            self.uncovered_seen.add(d.year)
            return d.weekday() < 5
        if d in self.workdays:
            return True
        if d in self.holidays:
            return False
        return d.weekday() < 5

    def fresh(self) -> "WorkCalendar":
        """The same calendar with its own, empty record of uncovered years."""
        return replace(self, uncovered_seen=set())

    def roll_forward(self, d: date) -> date:
        """d itself when it is a working day, else the next working day."""
        while not self.is_working_day(d):
            d += timedelta(days=1)
        return d


def weekend_only() -> WorkCalendar:
    return WorkCalendar()

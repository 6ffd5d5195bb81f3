"""A day of the holiday calendar (issue 23): a rest day (a statutory holiday) or a make-up
working day (调休上班日) on a weekend. The calendar's years are kept by `holidays.store`."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

REST_DAY, MAKE_UP_WORKDAY = "rest_day", "make_up_workday"
KINDS = (REST_DAY, MAKE_UP_WORKDAY)


@dataclass(frozen=True)
class HolidayDay:
    """A rest day (a statutory holiday) or a make-up working day (调休上班日) on a weekend."""

    day: date
    kind: str
    note: str = ""

    @property
    def is_workday(self) -> bool:
        return self.kind == MAKE_UP_WORKDAY

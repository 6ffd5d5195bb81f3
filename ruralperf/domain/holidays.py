"""A day of the holiday calendar (issue 23): a rest day (a statutory holiday) or a make-up
working day (调休上班日) on a weekend. The calendar's years are kept by `holidays.store`."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ruralperf.domain.enums import HolidayKind

REST_DAY, MAKE_UP_WORKDAY = HolidayKind.REST_DAY.value, HolidayKind.MAKE_UP_WORKDAY.value
KINDS = tuple(k.value for k in HolidayKind)


@dataclass(frozen=True)
class HolidayDay:
    """A rest day (a statutory holiday) or a make-up working day (调休上班日) on a weekend."""

    day: date
    kind: str
    note: str = ""

    @property
    def is_workday(self) -> bool:
        return self.kind == MAKE_UP_WORKDAY

"""The holiday calendar as data (DOMAIN.md 7.1): reading a year, where it came from, and
replacing a year's days in one audited step (the import sheet 节假日, the page, a paste).

The calendar is one table for the whole database (the State Council's calendar is the same for
every branch). A year is either built in (seeded from chinesecalendar, no audit entry) or was
last replaced by someone: its latest audit entry on `calendar_years` says who, when and from
which source. Days on or before the end of the latest approved quarter (of any branch, since
every branch's expiries read the same calendar) are frozen: a replacement that changes one of
them is refused until that quarter is reopened."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from ruralperf.calendar_seed import name_zh
from ruralperf.db import models as m
from ruralperf.domain.enums import HolidayKind
from ruralperf.domain.holidays import KINDS, MAKE_UP_WORKDAY, REST_DAY, HolidayDay
from ruralperf.domain.periods import Quarter
from ruralperf.errors import UserError
from ruralperf.domain.calendar import WorkCalendar
from ruralperf.security.audit import Change, append

NOTE_MAX = 50  # HolidayRow.name


@dataclass(frozen=True)
class YearSource:
    """Where a year's days come from: `builtin`, `missing`, or the audit source of the last
    replacement ("form", "import:<file>#<sha>", "paste:<file>") with its user and time."""

    kind: str
    source: str = ""
    user: str = ""
    at: str = ""

    @property
    def file(self) -> str:
        """The file an import or paste came from ("" for the page or the built-in calendar)."""
        detail = self.source.partition(":")[2]
        return detail.split("#", 1)[0]


@dataclass(frozen=True)
class Frozen:
    """Days on or before `until` belong to the approved `quarter` (or an earlier one)."""

    until: date | None = None
    quarter: Quarter | None = None

    def covers(self, day: date) -> bool:
        return self.until is not None and day <= self.until


@dataclass(frozen=True)
class CalendarYear:
    year: int
    covered: bool
    days: tuple[HolidayDay, ...]
    source: YearSource
    frozen: Frozen


def _day(row) -> HolidayDay:
    return HolidayDay(row.day, MAKE_UP_WORKDAY if row.is_workday else REST_DAY, name_zh(row.name))


def year_days(s: Session, year: int) -> list[HolidayDay]:
    rows = s.scalars(select(m.HolidayRow).where(m.HolidayRow.day >= date(year, 1, 1),
                                                m.HolidayRow.day <= date(year, 12, 31))
                     .order_by(m.HolidayRow.day)).all()
    return [_day(r) for r in rows]


def covered_years(s: Session) -> set[int]:
    return set(s.scalars(select(m.CalendarYearRow.year)))


def year_source(s: Session, year: int, covered: bool) -> YearSource:
    last = s.execute(select(m.AuditRow.source, m.AuditRow.user, m.AuditRow.at)
                     .where(m.AuditRow.table_name == "calendar_years",
                            m.AuditRow.record_key == str(year))
                     .order_by(m.AuditRow.seq.desc()).limit(1)).first()
    if last is not None:
        kind = last.source.partition(":")[0]
        return YearSource(kind, last.source, last.user, last.at)
    return YearSource("builtin" if covered else "missing")


def frozen(s: Session) -> Frozen:
    """The end of the latest approved quarter of any branch."""
    quarter = s.scalar(select(func.max(m.PayRunRow.quarter))
                       .where(m.PayRunRow.status == "approved"))
    if quarter is None:
        return Frozen()
    return Frozen(quarter.end_date, quarter)


def calendar_year(s: Session, year: int) -> CalendarYear:
    covered = year in covered_years(s)
    return CalendarYear(year, covered, tuple(year_days(s, year)), year_source(s, year, covered),
                        frozen(s))


def with_year(calendar: WorkCalendar, year: int, days: list[HolidayDay]) -> WorkCalendar:
    """`calendar` with `year` replaced by `days` (and covered)."""
    kept = [(d, False) for d in calendar.holidays if d.year != year]
    kept += [(d, True) for d in calendar.workdays if d.year != year]
    kept += [(d.day, d.is_workday) for d in days]
    return WorkCalendar.build(kept, calendar.covered_years | {year})


def day_problem(day: HolidayDay) -> tuple[str, dict] | None:
    """What is wrong with a day on its own (message code and parameters), or None."""
    if day.kind not in KINDS:
        return "bad_enum", {"value": day.kind, "choices": "/".join(k.zh for k in HolidayKind)}
    if day.kind == MAKE_UP_WORKDAY and day.day.weekday() < 5:
        return "holiday_makeup_weekday", {"day": day.day.isoformat()}
    if len(day.note) > NOTE_MAX:
        return "text_too_long", {"max": NOTE_MAX}
    return None


def _values(day: HolidayDay) -> dict:
    return {"kind": day.kind, "note": day.note}


def year_changes(year: int, old: list[HolidayDay], new: list[HolidayDay]) -> list[Change]:
    """The audit changes that turn `old` into `new` (days of `year`), day by day."""
    before, after = {d.day: d for d in old}, {d.day: d for d in new}
    changes = []
    for day in sorted(before.keys() | after.keys()):
        o, n = before.get(day), after.get(day)
        if o is not None and n is not None:
            if (o.kind, o.note) != (n.kind, n.note):
                changes.append(Change("update", "holidays", day.isoformat(), _values(o),
                                      _values(n)))
        elif n is not None:
            changes.append(Change("insert", "holidays", day.isoformat(), None, _values(n)))
        elif o is not None:
            changes.append(Change("delete", "holidays", day.isoformat(), _values(o), None))
    return changes


@dataclass(frozen=True)
class Replaced:
    year: int
    inserted: int
    updated: int  # changed or removed days
    unchanged: int
    newly_covered: bool

    @property
    def changed(self) -> bool:
        return bool(self.inserted or self.updated or self.newly_covered)


def locked_change(s: Session, changes: list[Change]) -> tuple[str, Quarter | None] | None:
    """(day, quarter) of the first change to a frozen day, or None."""
    lock = frozen(s)
    for ch in changes:
        # (`quarter` is set whenever `until` is: Frozen() or both, see `frozen`)
        if ch.table == "holidays" and lock.quarter is not None \
                and lock.covers(date.fromisoformat(ch.key)):
            return ch.key, lock.quarter
    return None


def write_year(s: Session, year: int, days: list[HolidayDay]) -> tuple[Replaced, list[Change]]:
    """Make `days` the complete calendar of `year` (inside the caller's write transaction);
    the audit changes are returned for the caller to append. Nothing is checked here."""
    old = year_days(s, year)
    changes = year_changes(year, old, days)
    newly = year not in covered_years(s)
    if not changes and not newly:
        return Replaced(year, 0, 0, len(days), False), []
    s.execute(delete(m.HolidayRow).where(m.HolidayRow.day >= date(year, 1, 1),
                                         m.HolidayRow.day <= date(year, 12, 31)))
    s.add_all(m.HolidayRow(day=d.day, is_workday=d.is_workday, name=d.note) for d in days)
    if newly:
        s.add(m.CalendarYearRow(year=year))
    s.flush()
    summary = {"rest_days": sum(not d.is_workday for d in days),
               "make_up_workdays": sum(d.is_workday for d in days)}
    year_change = Change("insert" if newly else "update", "calendar_years", str(year), None,
                         summary)
    inserted = sum(ch.action == "insert" for ch in changes)
    updated = sum(ch.action == "update" for ch in changes)
    return (Replaced(year, inserted, len(changes) - inserted, len(days) - inserted - updated,
                     newly), [year_change, *changes])


def check_year(year: int, days: list[HolidayDay]) -> None:
    """Raises UserError for a day outside `year`, a bad day or a day given twice."""
    for d in days:
        if d.day.year != year:
            raise UserError("holiday_wrong_year", day=d.day.isoformat(), year=year)
        problem = day_problem(d)
        if problem:
            raise UserError(problem[0], **problem[1])
    if len({d.day for d in days}) != len(days):
        raise UserError("holiday_duplicate_day")


def replace_year(s: Session, branch_id: int, user: str, source: str, year: int,
                 days: list[HolidayDay]) -> Replaced:
    """Check, then make `days` the complete calendar of `year`, audited under `source`.
    Raises UserError for a bad day or a change to a frozen day (nothing is written)."""
    check_year(year, days)
    replaced, changes = write_year(s, year, days)
    locked = locked_change(s, changes)
    if locked:
        raise UserError("holiday_locked", day=locked[0], quarter=locked[1])
    append(s, branch_id, user, source, changes)
    return replaced

"""The import sheet 节假日 [holidays] (WORKBOOK.md): each year that has rows in the workbook
replaces that year of the calendar entirely (ruralperf.holidays.store), inside the import's
transaction, audited with the import's source."""
from __future__ import annotations

from collections import defaultdict
from datetime import date

from sqlalchemy.orm import Session

from ruralperf.holidays.store import HolidayDay, frozen, write_year, year_changes, year_days
from ruralperf.io.apply import SheetCount
from ruralperf.io.parse import Parsed, ParsedSheet
from ruralperf.security.audit import Change

KEY = "holidays"


def _years(sheet: ParsedSheet) -> dict[int, list[tuple[int, HolidayDay]]]:
    """Row number and day of every row, by year."""
    by_year: dict[int, list[tuple[int, HolidayDay]]] = defaultdict(list)
    for row in sheet.rows:
        v = row.values
        by_year[v["date"].year].append(
            (row.number, HolidayDay(v["date"], v["kind"], v.get("note") or "")))
    return by_year


def check_locks(s: Session, parsed: Parsed) -> None:
    """An error for every day the import would change on or before the end of the latest
    approved quarter (at the day's row, or at the sheet for a day the workbook removes)."""
    sheet = parsed.sheets.get(KEY)
    lock = frozen(s)
    if sheet is None or lock.until is None:
        return
    for year, rows in sorted(_years(sheet).items()):
        if year > lock.until.year:
            continue
        numbers = {d.day.isoformat(): n for n, d in rows}
        for ch in year_changes(year, year_days(s, year), [d for _, d in rows]):
            if lock.covers(date.fromisoformat(ch.key)):
                parsed.error(sheet, numbers.get(ch.key), "date" if ch.key in numbers else None,
                             "holiday_locked", day=ch.key, quarter=lock.quarter)


def apply_sheet(s: Session, sheet: ParsedSheet) -> tuple[SheetCount, list[Change]]:
    inserted = updated = unchanged = 0
    changes: list[Change] = []
    for year, rows in sorted(_years(sheet).items()):
        replaced, year_changes_ = write_year(s, year, [d for _, d in rows])
        inserted += replaced.inserted
        updated += replaced.updated
        unchanged += replaced.unchanged
        changes += year_changes_
    return SheetCount(inserted, updated, unchanged), changes

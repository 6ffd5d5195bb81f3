"""The built-in holiday calendar, seeded from the `chinesecalendar` package (the State
Council's published years). Administrators extend it year by year in the application."""
from __future__ import annotations

from datetime import date


def builtin_days() -> tuple[list[tuple[date, bool, str]], list[int]]:
    """(day, is_workday, name) rows and the years they cover completely."""
    import chinese_calendar as cc

    days = [(d, False, str(name)) for d, name in cc.holidays.items()]
    days += [(d, True, str(name)) for d, name in cc.workdays.items()]
    years = sorted({d.year for d, _, _ in days})
    return sorted(days), years

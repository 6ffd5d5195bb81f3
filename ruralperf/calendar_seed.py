"""The built-in holiday calendar, seeded from the `chinesecalendar` package (the State
Council's published years). Administrators extend it year by year in the application
(ruralperf.holidays)."""
from __future__ import annotations

from datetime import date

# chinesecalendar names its holidays in English; screens and paper show Chinese.
NAMES_ZH = {"New Year's Day": "元旦", "Spring Festival": "春节", "Tomb-sweeping Day": "清明节",
            "Labour Day": "劳动节", "Dragon Boat Festival": "端午节", "National Day": "国庆节",
            "Mid-autumn Festival": "中秋节", "Anti-Fascist 70th Day": "抗战胜利纪念日"}


def name_zh(name: str) -> str:
    """A day's note in Chinese (the built-in English names of databases seeded earlier)."""
    return NAMES_ZH.get(name, name)


def builtin_days() -> tuple[list[tuple[date, bool, str]], list[int]]:
    """(day, is_workday, name) rows and the years they cover completely."""
    import chinese_calendar as cc

    days = [(d, False, name_zh(str(name))) for d, name in cc.holidays.items()]
    days += [(d, True, name_zh(str(name))) for d, name in cc.workdays.items()]
    years = sorted({d.year for d, _, _ in days})
    return sorted(days), years

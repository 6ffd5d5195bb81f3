"""A small branch whose loans' limitation periods end in 2027 (beyond the built-in calendar)."""
from __future__ import annotations

from datetime import date

import pytest

from ruralperf.holidays.store import MAKE_UP_WORKDAY, REST_DAY, HolidayDay
from ruralperf.io.reader import RawSheet

AS_OF = date(2026, 12, 2)


def sheet(title, headers, *rows):
    return RawSheet(title, [(1, tuple(headers))] + [(i + 2, tuple(r)) for i, r in enumerate(rows)])


# L1: maturity 2024-02-08 -> period end 2027-02-08 (a Monday, inside the 2027 Spring Festival
# entered below). L2: 2024-02-20 -> 2027-02-20, a Saturday that 2027 makes a working day.
# L3: 2024-06-01 -> 2027-06-01, a Tuesday nobody touches.
BRANCH = [
    sheet("staff", ["staff_no", "name", "position", "coefficient"], ("E1", "甲", "客户经理", "1")),
    sheet("households", ["household_no", "name"], ("H1", "一"), ("H2", "二"), ("H3", "三")),
    sheet("loans", ["contract_no", "household_no", "amount", "disbursed_on", "maturity_on",
                    "nature", "increment", "customer_type", "manager_no"],
          ("L1", "H1", "80000.00", "2023-02-08", "2024-02-08", "new", None, "self_developed", "E1"),
          ("L2", "H2", "30000.00", "2023-02-20", "2024-02-20", "new", None, "self_developed", "E1"),
          ("L3", "H3", "50000.00", "2023-06-01", "2024-06-01", "new", None, "self_developed", "E1")),
    sheet("credits", ["contract_no", "staff_no", "share"],
          ("L1", "E1", "100%"), ("L2", "E1", "100%"), ("L3", "E1", "100%")),
]


def spring_2027() -> list[HolidayDay]:
    """An imagined 2027 notice: 2-06..2-13 off, Sunday 2-14 and Saturday 2-20 worked."""
    days = [HolidayDay(date(2027, 2, d), REST_DAY, "春节") for d in range(6, 14)]
    return days + [HolidayDay(date(2027, 2, 14), MAKE_UP_WORKDAY, "春节"),
                   HolidayDay(date(2027, 2, 20), MAKE_UP_WORKDAY, "春节")]


@pytest.fixture
def branch_ws(workspace):
    report = workspace.import_sheets(BRANCH)
    assert report.ok, [p.message("en") for p in report.errors]
    return workspace

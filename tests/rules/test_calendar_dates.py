"""Money rounding, dates and the holiday calendar (DOMAIN.md 2, 3, 7.1)."""
from __future__ import annotations

import pytest

from ruralperf.domain.money import round2, round4
from ruralperf.domain.periods import Month, Quarter, add_years
from ruralperf.rules.calendar import WorkCalendar
from ruralperf.rules.limitation import expiry_date, period_years

from .builders import M, calendar, d, scheme


@pytest.mark.parametrize("x, expected", [
    ("0.125", "0.13"), ("0.124999", "0.12"), ("0.135", "0.14"), ("2.675", "2.68"),
    ("-0.125", "-0.13"), ("0.005", "0.01"), ("0.0049", "0.00"), ("100", "100.00"),
])
def test_round2_is_half_up(x, expected):
    assert str(round2(M(x))) == expected


@pytest.mark.parametrize("x, expected", [
    ("0.00005", "0.0001"), ("0.33335", "0.3334"), ("0.33334999", "0.3333"), ("1.00005", "1.0001"),
])
def test_round4_is_half_up(x, expected):
    assert str(round4(M(x))) == expected


def test_quarter_dates():
    q = Quarter.parse("2025Q3")
    assert (q.base_date, q.end_date, str(q.base_month)) == (d("2025-06-30"), d("2025-09-30"), "2025-06")
    q1 = Quarter.parse("2025q1")
    assert (q1.base_date, str(q1.previous), str(q1.base_month)) == (d("2024-12-31"), "2024Q4", "2024-12")
    assert [m.days for m in q.months] == [31, 31, 30]
    assert Month.parse("2024-02").end == d("2024-02-29")


@pytest.mark.parametrize("start, years, expected", [
    ("2020-02-29", 3, "2023-02-28"),  # 29 February becomes 28 February
    ("2020-02-29", 4, "2024-02-29"),
    ("2019-02-28", 1, "2020-02-28"),
    ("2022-03-15", 3, "2025-03-15"),
])
def test_add_years(start, years, expected):
    assert add_years(d(start), years) == d(expected)


def test_calendar_roll_forward():
    cal = calendar()
    assert cal.roll_forward(d("2025-03-15")) == d("2025-03-17")  # Saturday -> Monday
    assert cal.roll_forward(d("2025-10-01")) == d("2025-10-09")  # National Day 1-8 Oct 2025
    assert cal.roll_forward(d("2025-09-28")) == d("2025-09-28")  # Sunday make-up working day
    assert cal.roll_forward(d("2025-10-10")) == d("2025-10-10")
    assert cal.uncovered_seen == set()


def test_calendar_build_explicit_days():
    cal = WorkCalendar.build([(d("2030-05-06"), False), (d("2030-05-11"), True)], [2030])
    assert not cal.is_working_day(d("2030-05-06"))  # a Monday declared a holiday
    assert cal.is_working_day(d("2030-05-11"))  # a Saturday declared a working day
    assert not cal.is_working_day(d("2030-05-12"))  # ordinary Sunday
    assert cal.roll_forward(d("2030-05-04")) == d("2030-05-07")


def test_year_beyond_the_calendar_uses_weekends_only_and_is_reported():
    cal = calendar()
    # 2028-10-01 is a Sunday; the real National Day holiday is not known: weekends only.
    assert cal.roll_forward(d("2028-10-01")) == d("2028-10-02")
    assert cal.roll_forward(d("2028-10-03")) == d("2028-10-03")
    assert cal.uncovered_seen == {2028}


@pytest.mark.parametrize("anchor, years, expiry", [
    # add_years(a, 2) before 2017-10-01: the old 2-year period
    ("2015-09-29", 2, "2017-09-29"),
    ("2015-09-30", 2, "2017-09-30"),  # a Saturday, but a make-up working day in 2017
    ("2014-05-01", 2, "2016-05-03"),  # Labour Day 2016 (1-2 May; 1 May a Sunday)
    # add_years(a, 2) on or after 2017-10-01: the new 3-year period
    ("2015-10-01", 3, "2018-10-08"),  # 2018-10-01 is in the National Day holiday (1-7 Oct)
    ("2016-03-01", 3, "2019-03-01"),
    ("2022-03-15", 3, "2025-03-17"),  # expiry on a Saturday -> Monday
    ("2022-10-01", 3, "2025-10-09"),  # expiry on National Day -> after the holiday
    ("2020-02-29", 3, "2023-02-28"),  # 29 February
])
def test_expiry_date(anchor, years, expiry):
    s, cal = scheme(), calendar()
    assert period_years(d(anchor), s) == years
    assert expiry_date(d(anchor), s, cal) == d(expiry)


def test_limitation_parameters_are_used():
    s = scheme({"limitation.switch_date": "2020-01-01", "limitation.new_years": "4"})
    cal = calendar()
    assert period_years(d("2017-12-31"), s) == 2  # 2019-12-31 < 2020-01-01
    assert expiry_date(d("2018-01-02"), s, cal) == d("2022-01-04")  # 2 Jan Sunday, 3 Jan New Year holiday

"""Quarters, months and date arithmetic of DOMAIN.md section 2 and 7.1."""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

_QUARTER_RE = re.compile(r"^\s*(\d{4})\s*[Qq]\s*([1-4])\s*$")
_MONTH_RE = re.compile(r"^\s*(\d{4})-(\d{1,2})\s*$")


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


@dataclass(frozen=True, order=True)
class Month:
    year: int
    month: int

    def __post_init__(self) -> None:
        if not 1 <= self.month <= 12:
            raise ValueError(f"month out of range: {self.month}")

    @classmethod
    def parse(cls, text: str) -> "Month":
        m = _MONTH_RE.match(text or "")
        if not m:
            raise ValueError(f"not a month (YYYY-MM): {text!r}")
        return cls(int(m.group(1)), int(m.group(2)))

    @classmethod
    def of(cls, d: date) -> "Month":
        return cls(d.year, d.month)

    @property
    def end(self) -> date:
        return month_end(self.year, self.month)

    @property
    def days(self) -> int:
        return calendar.monthrange(self.year, self.month)[1]

    def shift(self, months: int) -> "Month":
        index = self.year * 12 + (self.month - 1) + months
        return Month(index // 12, index % 12 + 1)

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"


@dataclass(frozen=True, order=True)
class Quarter:
    year: int
    q: int

    def __post_init__(self) -> None:
        if not 1 <= self.q <= 4:
            raise ValueError(f"quarter out of range: {self.q}")

    @classmethod
    def parse(cls, text: str) -> "Quarter":
        m = _QUARTER_RE.match(text or "")
        if not m:
            raise ValueError(f"not a quarter (YYYYQn): {text!r}")
        return cls(int(m.group(1)), int(m.group(2)))

    @classmethod
    def of(cls, d: date) -> "Quarter":
        return cls(d.year, (d.month - 1) // 3 + 1)

    @property
    def months(self) -> tuple[Month, Month, Month]:
        first = Month(self.year, 3 * self.q - 2)
        return (first, first.shift(1), first.shift(2))

    @property
    def start(self) -> date:
        return date(self.year, 3 * self.q - 2, 1)

    @property
    def end_date(self) -> date:
        return self.months[2].end

    @property
    def base_date(self) -> date:
        """Last day of the month before the quarter."""
        return self.start - timedelta(days=1)

    @property
    def base_month(self) -> Month:
        return self.months[0].shift(-1)

    @property
    def previous(self) -> "Quarter":
        return Quarter(self.year, self.q - 1) if self.q > 1 else Quarter(self.year - 1, 4)

    @property
    def next(self) -> "Quarter":
        return Quarter(self.year, self.q + 1) if self.q < 4 else Quarter(self.year + 1, 1)

    def shift(self, quarters: int) -> "Quarter":
        """The quarter `quarters` later (earlier when negative): 2024Q1.shift(4) is 2025Q1."""
        index = self.year * 4 + self.q - 1 + quarters
        return Quarter(index // 4, index % 4 + 1)

    def contains(self, d: date) -> bool:
        return self.start <= d <= self.end_date

    def __str__(self) -> str:
        return f"{self.year}Q{self.q}"


def add_months(d: date, months: int) -> date:
    """The same day `months` later (or earlier, when negative), or the last day of that month
    when it has no such day (DOMAIN.md 2, 民法典 art. 202)."""
    index = d.year * 12 + d.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    if d.day <= 28:  # every month has the day (the limitation list calls this ~10^5 times)
        return date(year, month, d.day)
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def add_years(d: date, years: int) -> date:
    """add_months(d, 12 * years): same month and day; 29 February becomes 28 February."""
    return add_months(d, 12 * years)


def parse_date(text: str) -> date:
    return date.fromisoformat(text.strip())


def last_complete_quarter(today: date) -> Quarter:
    """The last quarter that ended before `today` (the one a pay run is usually for)."""
    return Quarter.of(today).previous

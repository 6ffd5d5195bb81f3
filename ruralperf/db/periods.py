"""Quarters and months in the record tables' text columns (`targets.quarter`,
`adjustments.quarter`, `snapshots.month`, `interest.month`, `deposits.month`, ...).

The record tables keep a period as its code ("2025Q3", "2025-07"), the form the workbook gives,
which sorts in time order as text. Code outside `db` passes and gets `Quarter`/`Month` values:
these helpers are the conversion at the SQL parameter and back. (The pay-run tables' quarters
are `db.types.QuarterCode` columns and convert by themselves.)
"""
from __future__ import annotations

from typing import Any, Iterable

from ruralperf.domain.periods import Month, Quarter


def code(period: Quarter | Month) -> str:
    """The column's form of a period: "2025Q3", "2025-07"."""
    return str(period)


def is_quarter(column: Any, quarter: Quarter) -> Any:
    """`column == quarter` on a text column."""
    return column == str(quarter)


def in_months(column: Any, months: Iterable[Month]) -> Any:
    """`column IN months` on a text column."""
    return column.in_(sorted({str(m) for m in months}))


def quarter_of(text: str) -> Quarter:
    """A quarter column's value as a `Quarter`."""
    return Quarter.parse(text)


def month_of(text: str) -> Month:
    """A month column's value as a `Month`."""
    return Month.parse(text)


def by_month(counts: Iterable[tuple[str, Any]]) -> dict[Month, Any]:
    """(month text, value) rows as a mapping by `Month`."""
    return {Month.parse(text): value for text, value in counts}

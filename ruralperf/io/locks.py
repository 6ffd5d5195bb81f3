"""Which approved quarter a record would change (DOMAIN.md periods), so that an import or a
form cannot alter the data under an approved pay run."""
from __future__ import annotations

from datetime import date

from ruralperf.domain.periods import Month, Quarter


def quarters_affected(sheet: str, values: dict, loan_disbursed: dict[str, date]) -> list[Quarter]:
    """The quarters whose pay run reads this record."""
    def of_month(text: str) -> Quarter:
        return Quarter.of(Month.parse(text).end)

    if sheet == "snapshots":  # month-end of the quarter, and base date of the next
        q = of_month(values["month"])
        return [q, q.next] if Month.parse(values["month"]) == q.months[2] else [q]
    if sheet == "interest":
        return [of_month(values["month"])]
    if sheet == "deposits":  # the quarter's average, and the previous-quarter average of the next
        q = of_month(values["month"])
        return [q, q.next]
    if sheet in ("items", "recoveries", "limitation_events", "clawbacks"):
        return [Quarter.of(values["date"])]
    if sheet in ("targets", "adjustments"):
        return [Quarter.parse(values["quarter"])]
    if sheet == "loans":
        return [Quarter.of(values["disbursed_on"])]
    if sheet == "credits":
        d = loan_disbursed.get(values["contract_no"])
        return [Quarter.of(d)] if d else []
    return []


def history_frozen_until(locked: set[Quarter]) -> date | None:
    """Dated settings (parameters, reassignments) on or before this day are frozen."""
    return max((q.end_date for q in locked), default=None)


def lock_conflict(sheet: str, values: dict, locked: set[Quarter],
                  loan_disbursed: dict[str, date]) -> Quarter | None:
    """The locked quarter this record would change, or None."""
    if not locked:
        return None
    if sheet in ("parameters", "reassignments"):
        frozen = history_frozen_until(locked)
        if values["effective_from"] <= frozen:
            return max(locked)
        return None
    for q in quarters_affected(sheet, values, loan_disbursed):
        if q in locked:
            return q
    return None

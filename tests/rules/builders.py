"""Small builders for rule tests: schemes, calendars, loans, events and whole `PayRunInputs`,
built directly (no database)."""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from functools import lru_cache

from ruralperf.calendar_seed import builtin_days
from ruralperf.domain.entities import (Credit, LimitationEvent, Loan, ParameterValue, Snapshot,
                                       Staff, Target)
from ruralperf.domain.parameters import ParameterBook, Scheme
from ruralperf.domain.periods import Month, Quarter
from ruralperf.rules.calendar import WorkCalendar
from ruralperf.rules.engine import PayRunInputs
from ruralperf.rules.limitation import BalanceHistory, ManagerHistory

Q3 = Quarter(2025, 3)
LONG_AGO = date(2000, 1, 1)


def d(text: str) -> date:
    return date.fromisoformat(text)


def M(text: str) -> Decimal:
    return Decimal(text)


def scheme(params: dict[str, str] | None = None, on: date = Q3.end_date) -> Scheme:
    """The built-in scheme with `params` (key -> raw text) in force since 2000, read on `on`."""
    values = [ParameterValue(k, v, LONG_AGO) for k, v in (params or {}).items()]
    return ParameterBook(values).at(on)


@lru_cache(maxsize=1)
def _builtin():
    days, years = builtin_days()
    return tuple((day, workday) for day, workday, _ in days), tuple(years)


def calendar() -> WorkCalendar:
    """A fresh copy of the built-in (chinesecalendar) holiday calendar, 2004-2026."""
    days, years = _builtin()
    return WorkCalendar.build(days, years)


def loan(contract="C1", household="H1", amount="100000.00", disbursed="2022-01-10",
         maturity="2022-12-31", nature="new", increment=None, customer_type="self_developed",
         manager="E1") -> Loan:
    return Loan(contract, household, M(amount), d(disbursed), d(maturity), nature,
                M(increment) if increment is not None else None, customer_type, manager)


def event(kind: str, on: str, staff: str | None = "E1", amount: str | None = None,
          new_maturity: str | None = None, contract: str = "C1") -> LimitationEvent:
    return LimitationEvent(contract, d(on), kind, staff,
                           M(amount) if amount is not None else None,
                           d(new_maturity) if new_maturity else None)


def balances(*points: tuple[str, str]) -> BalanceHistory:
    """(month-end date, balance) pairs."""
    return BalanceHistory([(d(p), M(b)) for p, b in points])


def snap(contract: str, month: str, balance: str = "10000.00", overdue: int = 0,
         arrears: int = 0, grade: str = "normal") -> Snapshot:
    return Snapshot(contract, Month.parse(month), M(balance), overdue, arrears, grade)


def _month(value: Month | str) -> Month:
    """Tests write months as text; the engine takes `Month` values."""
    return value if isinstance(value, Month) else Month.parse(value)


def staff(staff_no="E1", position="客户经理", coefficient="1", name=None) -> Staff:
    return Staff(staff_no, name or staff_no, position, M(coefficient))


def target(staff_no="E1", quarter=Q3, interest="1000.00", deposit="10000.00", npl="1000.00",
           intermediate=10, quality=100) -> Target:
    return Target(staff_no, quarter, M(interest), M(deposit), M(npl), intermediate, quality)


def full_deposits(staff_no: str, quarter: Quarter = Q3, value: str = "100000.00"
                  ) -> dict[str, dict[Month, Decimal]]:
    return {staff_no: {m: M(value) for m in (*quarter.previous.months, *quarter.months)}}


def inputs(*, quarter: Quarter = Q3, params: dict[str, str] | None = None, staff_list=None,
           loans=(), reassignments: dict[str, list[tuple[date, str]]] | None = None,
           credits: dict[str, list[Credit]] | None = None, snapshots=None, interest=(),
           deposits=None, items=(), recoveries=(), targets=None, adjustments=(),
           carried_in=None, restorations=(), scheme_obj: Scheme | None = None) -> PayRunInputs:
    """A pay run's inputs; every staff member gets full deposits and a target unless given."""
    staff_list = list(staff_list) if staff_list is not None else [staff()]
    loans_by = {ln.contract_no: ln for ln in loans}
    reassignments = reassignments or {}
    if deposits is None:
        deposits = {}
        for s in staff_list:
            deposits.update(full_deposits(s.staff_no, quarter))
    if targets is None:
        targets = {s.staff_no: target(s.staff_no, quarter) for s in staff_list}
    deposits = {s: {_month(mo): v for mo, v in months.items()} for s, months in deposits.items()}
    snaps: dict[Month, dict[str, Snapshot]] = {quarter.base_month: {}, quarter.months[2]: {}}
    for s in snapshots or ():
        snaps.setdefault(s.month, {})[s.contract_no] = s
    return PayRunInputs(
        quarter=quarter, scheme=scheme_obj or scheme(params, quarter.end_date),
        staff=staff_list, loans=loans_by,
        managers={c: ManagerHistory(ln, reassignments.get(c, ())) for c, ln in loans_by.items()},
        credits=credits or {}, snapshots=snaps,
        interest=[(c, _month(mo), a) for c, mo, a in interest], deposits=deposits,
        items=list(items), recoveries=list(recoveries), targets=targets,
        adjustments=list(adjustments), carried_in=carried_in or {},
        restorations=list(restorations))

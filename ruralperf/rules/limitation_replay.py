"""Replay of one loan's limitation events up to an as-of date (DOMAIN.md 7.1-7.3, 7.5, 7.6):
the running period and its expiry, the maximum date, suspensions, lapses, restorations and,
once a judgment is in force, the execution period."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Sequence

from ruralperf.domain.entities import LimitationEvent, Loan
from ruralperf.domain.parameters import Scheme
from ruralperf.domain.periods import add_months, add_years
from ruralperf.domain.results import Restoration
from ruralperf.domain.calendar import WorkCalendar
from ruralperf.domain.histories import BalanceHistory, ManagerHistory

# The debtor's own acts: they interrupt a running period and restore a lapsed one (7.2).
DEBTOR_ACTS = frozenset({"demand_signed", "partial_repayment", "acknowledgement"})
# Everything that interrupts a running period (a published demand cannot restore).
INTERRUPTING = DEBTOR_ACTS | {"demand_published"}
# Events of one loan on the same day are applied in this order (7.2).
SAME_DAY_ORDER = ("lapse_registered", "extension", "suspension", "demand_published",
                  "demand_signed", "partial_repayment", "acknowledgement", "guarantor_demand",
                  "lawsuit", "judgment", "execution_applied")
_RANK = {k: i for i, k in enumerate(SAME_DAY_ORDER)}
OPEN = date.max  # the end of a period while a suspension's obstacle lasts


def event_key(e: LimitationEvent) -> tuple:
    """Date order, then the same-day order; the remaining ties are broken by the other fields so
    the outcome never depends on the order in which rows arrive."""
    return (e.date, _RANK.get(e.kind, 99), e.guarantor or "", e.staff_no or "",
            e.amount if e.amount is not None else Decimal(-1), e.new_maturity or date.min,
            e.until or date.min)


def period_years(anchor: date, scheme: Scheme) -> int:
    """2 years if the old period would have ended before the switch date, else 3 (7.1)."""
    old = scheme["limitation.old_years"]
    if add_years(anchor, old) < scheme["limitation.switch_date"]:
        return old
    return scheme["limitation.new_years"]


def expiry_date(anchor: date, scheme: Scheme, calendar: WorkCalendar) -> date:
    """Last day of the period that starts at `anchor`, rolled to a working day."""
    return calendar.roll_forward(add_years(anchor, period_years(anchor, scheme)))


def suspended_end(end: date, until: date | None) -> date | None:
    """7.5: the end of a period of unrolled end `end` suspended by an obstacle that ended on
    `until` (None: it lasts): OPEN, the later end, or None when the suspension has no effect
    (the obstacle ended more than six months before the end)."""
    if until is None:
        return OPEN
    if end != OPEN and until < add_months(end, -6):
        return None
    return max(end, add_months(until, 6))


@dataclass
class Execution:
    """The execution period after a judgment (7.6)."""
    start: date  # the performance deadline (or the judgment's date)
    base: date  # unrolled deadline from the start or the latest interruption
    floor: date | None = None  # a suspension's end
    suspended: bool = False  # an obstacle that still lasts: no deadline
    deadline: date | None = None  # rolled; None while suspended
    applied: date | None = None
    lapse_date: date | None = None
    responsible: str | None = None

    @property
    def end(self) -> date:
        if self.suspended:
            return OPEN
        return max(self.base, self.floor) if self.floor else self.base


@dataclass
class Replay:
    loan: Loan
    managers: ManagerHistory
    balances: BalanceHistory
    scheme: Scheme
    calendar: WorkCalendar
    as_of: date
    maturity: date = date.min
    maximum: date = date.min
    anchor: date = date.min
    floor: date | None = None  # the suspended end kept for the running period
    suspended: date | None = None  # an obstacle that began then and still lasts
    end: date = date.min  # unrolled end of the running period
    expiry: date = date.min
    limit: str = "period"
    max_ended: bool = False  # a lawsuit was filed on or before the maximum date
    lapse_date: date | None = None
    responsible: str | None = None
    beyond: bool = False  # the lapse is beyond_maximum
    litigation: bool = False
    execution: Execution | None = None
    restorations: list[Restoration] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.maturity = self.anchor = self.loan.maturity_on
        self.maximum = add_years(self.maturity, self.scheme["limitation.max_years"])
        self._period()

    # -- the running period ----------------------------------------------------------------------

    def _period(self) -> None:
        end = OPEN if self.suspended else add_years(self.anchor,
                                                    period_years(self.anchor, self.scheme))
        if self.floor is not None and self.floor > end:
            end = self.floor
        self.end = end
        if not self.max_ended and self.maximum <= end:
            self.expiry, self.limit = self.maximum, "maximum"
        else:
            self.expiry, self.limit = self.calendar.roll_forward(end), "period"

    def _outstanding(self, on: date) -> bool:
        balance = self.balances.on(on)
        return balance is None or balance > 0 or self.balances.positive_between(on, self.as_of)

    def check_lapse(self, before: date) -> None:
        """Lapse on expiry + 1 when that day is before `before` (7.3)."""
        if self.execution is not None:
            self._check_execution(before)
            return
        if self.lapse_date or self.litigation or self.expiry >= before:
            return
        if not self._outstanding(self.expiry):
            return
        self.lapse_date = self.expiry + timedelta(days=1)
        if self.limit == "maximum":
            self.beyond, self.responsible = True, None
        else:
            self.responsible = self.managers.on(self.expiry)

    # -- events ----------------------------------------------------------------------------------

    def apply(self, ev: LimitationEvent) -> None:
        self.check_lapse(ev.date)
        if ev.kind == "judgment" or self.execution is not None:
            self._execution_event(ev)
            return
        if self.litigation:
            return
        lapsed = self.lapse_date
        kind = ev.kind
        if kind == "lapse_registered":
            self.lapse_date, self.responsible, self.beyond = ev.date, ev.staff_no, False
            self.expiry, self.limit = ev.date - timedelta(days=1), "period"
        elif lapsed is not None:
            if kind in DEBTOR_ACTS:
                self._restore(ev, lapsed)
        elif kind == "extension" and ev.new_maturity:
            self.maturity = ev.new_maturity
            self.maximum = add_years(ev.new_maturity, self.scheme["limitation.max_years"])
            self.anchor = max(self.anchor, ev.new_maturity)
            self._period()
        elif kind == "suspension":
            if ev.date <= self.expiry and ev.date <= self.maximum and not self.suspended:
                until = ev.until if ev.until and ev.until <= self.as_of else None
                end = suspended_end(self.end, until)
                if end == OPEN:
                    self.suspended = ev.date
                elif end is not None:
                    self.floor = end
                self._period()
        elif kind == "demand_published":
            if ev.date <= self.maximum:
                self._interrupt(ev.date)
        elif kind in DEBTOR_ACTS:
            self._move_maximum(ev.date)
            self._interrupt(ev.date)
        elif kind == "lawsuit":
            self.litigation = self.max_ended = True

    def _interrupt(self, on: date) -> None:
        if on > self.anchor:  # an event before maturity changes nothing
            self.anchor = on
            self._period()

    def _move_maximum(self, act: date) -> None:
        """A debtor's act after the maximum date is a new acknowledgement of the debt (7.2)."""
        if act > self.maximum:
            self.maximum = add_years(act, self.scheme["limitation.max_years"])

    def _restore(self, ev: LimitationEvent, lapsed: date) -> None:
        """`lapsed`: the lapse date (self.lapse_date) the debtor's act revives the loan from."""
        self._move_maximum(ev.date)
        if not self.beyond:  # a beyond_maximum loan revives without a restoration (7.3)
            amount = self.balances.latest_positive(ev.date)
            restorer = (self.managers.on(ev.date) if self.scheme["sol.reward_to"] == "manager"
                        else ev.staff_no)
            self.restorations.append(Restoration(
                self.loan.contract_no, self.loan.household_no, ev.date, restorer,
                amount if amount is not None else self.loan.amount, lapsed,
                self.responsible))
        self.lapse_date = self.responsible = None
        self.beyond = False
        self.anchor, self.floor = ev.date, None
        self._period()

    # -- after a judgment (7.6) ------------------------------------------------------------------

    def _execution_event(self, ev: LimitationEvent) -> None:
        years = self.scheme["limitation.execution_years"]
        if ev.kind == "judgment":
            start = ev.until or ev.date
            self.execution = Execution(start, add_years(start, years))
            self.lapse_date = self.responsible = None
            self.beyond = self.litigation = False
            self._deadline(self.execution)
            return
        x = self.execution
        assert x is not None, "an execution event after a judgment only"
        if x.applied or x.lapse_date:
            return  # in execution, or lapsed for good
        if ev.kind == "execution_applied":
            x.applied = ev.date
        elif ev.kind == "suspension" and not x.suspended:
            until = ev.until if ev.until and ev.until <= self.as_of else None
            end = suspended_end(x.end, until)
            if end == OPEN:
                x.suspended = True
            elif end is not None:
                x.floor = end
            self._deadline(x)
        elif ev.kind in INTERRUPTING and ev.date >= x.start:
            x.base = add_years(ev.date, years)
            self._deadline(x)

    def _deadline(self, x: Execution) -> None:
        x.deadline = None if x.suspended else self.calendar.roll_forward(x.end)

    def _check_execution(self, before: date) -> None:
        x = self.execution
        assert x is not None, "checked after a judgment only"
        if x.applied or x.lapse_date or x.deadline is None or x.deadline >= before:
            return
        x.lapse_date = x.deadline + timedelta(days=1)
        x.responsible = self.managers.on(x.deadline)


def replay(loan: Loan, events: Sequence[LimitationEvent], managers: ManagerHistory,
           balances: BalanceHistory, scheme: Scheme, calendar: WorkCalendar,
           as_of: date) -> Replay:
    """Apply the loan's events up to `as_of` in date and same-day order."""
    st = Replay(loan, managers, balances, scheme, calendar, as_of)
    for ev in sorted((e for e in events if e.date <= as_of), key=event_key):
        st.apply(ev)
    st.check_lapse(as_of)  # lapsed on as_of when expiry + 1 <= as_of
    return st

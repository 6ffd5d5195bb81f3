"""Statute of limitations (DOMAIN.md 7.1-7.3): expiry, event replay, lapse, restoration, status."""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Sequence

from ruralperf.domain.entities import EVENT_KINDS, LimitationEvent, Loan
from ruralperf.domain.parameters import Scheme
from ruralperf.domain.periods import add_years
from ruralperf.domain.results import LoanLimitation, Restoration
from ruralperf.rules.calendar import WorkCalendar

INTERRUPTING = frozenset({"demand_signed", "partial_repayment", "acknowledgement"})
# Order of events on the same day: registration first, then changes of maturity, then
# interruptions, and a lawsuit last.
_SAME_DAY_ORDER = {"lapse_registered": 0, "extension": 1, "demand_signed": 2,
                   "partial_repayment": 2, "acknowledgement": 2, "lawsuit": 3}
_KIND_RANK = {k: i for i, k in enumerate(EVENT_KINDS)}


def _event_key(e: LimitationEvent) -> tuple:
    """Date order, then the same-day order above; the remaining ties (two interrupting kinds on
    one day) are broken by the kind's place in DOMAIN.md 7.2, then staff and amount, so the
    outcome never depends on the order in which rows arrive."""
    return (e.date, _SAME_DAY_ORDER.get(e.kind, 9), _KIND_RANK.get(e.kind, 99), e.staff_no or "",
            e.amount if e.amount is not None else Decimal(-1), e.new_maturity or date.min)


def period_years(anchor: date, scheme: Scheme) -> int:
    """2 years if the old period would have ended before the switch date, else 3."""
    old = scheme["limitation.old_years"]
    if add_years(anchor, old) < scheme["limitation.switch_date"]:
        return old
    return scheme["limitation.new_years"]


def expiry_date(anchor: date, scheme: Scheme, calendar: WorkCalendar) -> date:
    """Last day of the period that starts at `anchor`, rolled to a working day."""
    return calendar.roll_forward(add_years(anchor, period_years(anchor, scheme)))


class ManagerHistory:
    """Who manages a loan on a date: its first manager from disbursement, then reassignments."""

    def __init__(self, loan: Loan, reassignments: Sequence[tuple[date, str]] = ()):
        entries = sorted([(loan.disbursed_on, loan.manager_no), *reassignments],
                         key=lambda e: e[0])
        self._dates = [e[0] for e in entries]
        self._staff = [e[1] for e in entries]

    def on(self, d: date) -> str:
        i = bisect_right(self._dates, d)
        return self._staff[i - 1] if i else self._staff[0]


class BalanceHistory:
    """Month-end balances of one loan: (month end date, balance), any order."""

    def __init__(self, points: Sequence[tuple[date, Decimal]] = ()):
        pts = sorted(points)
        self._dates = [p[0] for p in pts]
        self._balances = [p[1] for p in pts]

    def on(self, d: date) -> Decimal | None:
        """Balance of the latest snapshot on or before d, or None if there is none."""
        i = bisect_right(self._dates, d)
        return self._balances[i - 1] if i else None


@dataclass
class _Replay:
    maturity: date
    anchor: date
    expiry: date
    lapse_date: date | None = None
    responsible: str | None = None
    litigation: bool = False
    restorations: list[Restoration] | None = None


def replay(loan: Loan, events: Sequence[LimitationEvent], managers: ManagerHistory,
           balances: BalanceHistory, scheme: Scheme, calendar: WorkCalendar,
           as_of: date) -> _Replay:
    """Apply the loan's events up to `as_of` in date order (DOMAIN.md 7.2, 7.3)."""
    maturity = loan.maturity_on
    st = _Replay(maturity, maturity, expiry_date(maturity, scheme, calendar), restorations=[])

    def check_lapse(before: date) -> None:
        # Lapses on expiry + 1 when that day is before `before` and the loan is outstanding.
        if st.lapse_date is None and not st.litigation and st.expiry < before:
            balance = balances.on(st.expiry)
            if balance is None or balance > 0:
                st.lapse_date = st.expiry + timedelta(days=1)
                st.responsible = managers.on(st.expiry)

    ordered = sorted((e for e in events if e.date <= as_of), key=_event_key)
    for ev in ordered:
        if st.litigation:
            break
        check_lapse(ev.date)
        if ev.kind == "lapse_registered":
            st.lapse_date, st.responsible = ev.date, ev.staff_no
            st.expiry = ev.date - timedelta(days=1)
        elif ev.kind in INTERRUPTING:
            if st.lapse_date is None:
                if ev.date > st.anchor:
                    st.anchor = ev.date
                    st.expiry = expiry_date(st.anchor, scheme, calendar)
            else:
                amount = ev.amount
                if amount is None:
                    amount = balances.on(ev.date)
                if amount is None:
                    amount = loan.amount
                st.restorations.append(Restoration(
                    loan.contract_no, loan.household_no, ev.date, ev.staff_no, amount,
                    st.lapse_date, st.responsible))
                st.lapse_date = st.responsible = None
                st.anchor = ev.date
                st.expiry = expiry_date(st.anchor, scheme, calendar)
        elif ev.kind == "extension" and st.lapse_date is None and ev.new_maturity:
            st.maturity = ev.new_maturity
            if ev.new_maturity > st.anchor:
                st.anchor = ev.new_maturity
                st.expiry = expiry_date(st.anchor, scheme, calendar)
        elif ev.kind == "lawsuit" and st.lapse_date is None:
            st.litigation = True
    check_lapse(as_of + timedelta(days=1))
    if st.lapse_date is not None and st.lapse_date <= as_of:
        st.expiry = st.lapse_date - timedelta(days=1)
    return st


def loan_limitation(loan: Loan, events: Sequence[LimitationEvent], managers: ManagerHistory,
                    balances: BalanceHistory, scheme: Scheme, calendar: WorkCalendar,
                    as_of: date) -> LoanLimitation:
    """Status of one loan on `as_of` (DOMAIN.md 7.3, CLI.md `limitation`)."""
    st = replay(loan, events, managers, balances, scheme, calendar, as_of)
    balance = balances.on(as_of)
    lapsed = st.lapse_date is not None and st.lapse_date <= as_of
    days_left = None
    if balance is not None and balance == 0:
        status = "closed"
    elif st.litigation:
        status = "litigation"
    elif lapsed:
        status = "lapsed"
    elif st.restorations:
        status = "restored"
    else:
        days_left = (st.expiry - as_of).days
        status = "warning" if days_left <= scheme["limitation.warn_days"] else "running"
    accountability = (status == "lapsed" and st.lapse_date > scheme["sol.legacy_cutoff"]
                      and as_of >= date(st.lapse_date.year + 2, 1, 1))
    return LoanLimitation(
        contract_no=loan.contract_no, household_no=loan.household_no,
        manager=managers.on(as_of), status=status, expiry=st.expiry, days_left=days_left,
        lapse_date=st.lapse_date if lapsed else None,
        responsible=st.responsible if lapsed else None,
        restorations=tuple(st.restorations), accountability=accountability,
        maturity=st.maturity, balance=balance)


def may_be_listed(loan: Loan, events: Sequence[LimitationEvent], as_of: date) -> bool:
    """Cheap pre-filter for the limitation list: the contractual maturity or some extension's new
    maturity (up to as_of) is before as_of. Whether an extension took effect (not after a lapse
    or a lawsuit, DOMAIN.md 7.2) only the replay knows: the list keeps the rows whose
    `LoanLimitation.maturity` is before as_of."""
    return loan.maturity_on < as_of or any(
        ev.kind == "extension" and ev.new_maturity and ev.date <= as_of
        and ev.new_maturity < as_of for ev in events)


def is_listed(loan: Loan, events: Sequence[LimitationEvent], as_of: date) -> bool:
    """Listed when the maturity after extensions up to as_of is before as_of."""
    maturity = loan.maturity_on
    for ev in sorted(events, key=_event_key):
        if ev.kind == "extension" and ev.new_maturity and ev.date <= as_of:
            maturity = ev.new_maturity
    return maturity < as_of

"""Statute of limitations (DOMAIN.md 7.1-7.7): the status of a loan and its guarantees on a date.
The replay of events lives in `limitation_replay`, the guarantee period in `guarantees`."""
from __future__ import annotations

from datetime import date, timedelta
from typing import Sequence

from ruralperf.domain.entities import Guarantee, LimitationEvent, Loan
from ruralperf.domain.parameters import Scheme
from ruralperf.domain.results import LoanLimitation
from ruralperf.domain.calendar import WorkCalendar
from ruralperf.rules.guarantees import guarantee_limitation
from ruralperf.domain.histories import BalanceHistory, ManagerHistory
from ruralperf.rules.limitation_replay import (DEBTOR_ACTS, INTERRUPTING, Replay, event_key,
                                               expiry_date, period_years, replay)

__all__ = ["BalanceHistory", "ManagerHistory", "DEBTOR_ACTS", "INTERRUPTING", "Replay",
           "event_key", "expiry_date", "period_years", "replay", "loan_limitation",
           "may_be_listed", "is_listed"]


def loan_limitation(loan: Loan, events: Sequence[LimitationEvent], managers: ManagerHistory,
                    balances: BalanceHistory, scheme: Scheme, calendar: WorkCalendar,
                    as_of: date, guarantees: Sequence[Guarantee] = ()) -> LoanLimitation:
    """Status of one loan on `as_of` (DOMAIN.md 7.3, 7.6, 7.7, CLI.md `limitation`)."""
    st = replay(loan, events, managers, balances, scheme, calendar, as_of)
    balance = balances.on(as_of)
    x = st.execution
    expiry: date | None
    limit: str | None
    expiry, limit = st.expiry, st.limit
    days_left = lapse_date = responsible = deadline = None
    accountability = False
    if balance is not None and balance == 0:
        status = "closed"  # a lapse in force stays described (CLI.md)
        if st.lapse_date is not None and not st.beyond and x is None:
            lapse_date, responsible = st.lapse_date, st.responsible
    elif x is not None:
        deadline = expiry = x.deadline
        limit = "period" if deadline else None
        if x.applied:
            status = "execution"
        elif x.lapse_date:
            status, lapse_date, responsible = "execution_lapsed", x.lapse_date, x.responsible
            accountability = True
        else:
            status = "judgment"
            days_left = (deadline - as_of).days if deadline else None
    elif st.litigation:
        status = "litigation"
    elif st.lapse_date is not None and st.beyond:
        status, expiry, limit = "beyond_maximum", st.maximum, "maximum"
    elif st.lapse_date is not None:
        status, lapse_date, responsible = "lapsed", st.lapse_date, st.responsible
        expiry = st.lapse_date - timedelta(days=1)
        accountability = (lapse_date > scheme["sol.legacy_cutoff"]
                          and as_of >= date(lapse_date.year + 2, 1, 1))
    elif st.suspended:
        status, expiry, limit = "suspended", None, None
    elif st.restorations:
        status = "restored"
    else:
        days_left = (expiry - as_of).days
        status = "warning" if days_left <= scheme["limitation.warn_days"] else "running"
    closed = status == "closed"
    rows = tuple(guarantee_limitation(loan, g, events, managers, scheme, calendar, as_of, closed)
                 for g in sorted(guarantees, key=lambda g: g.guarantor))
    return LoanLimitation(
        contract_no=loan.contract_no, household_no=loan.household_no,
        manager=managers.on(as_of), status=status, expiry=expiry, days_left=days_left,
        lapse_date=lapse_date, responsible=responsible, restorations=tuple(st.restorations),
        accountability=accountability, maturity=st.maturity, balance=balance, limit=limit,
        maximum_date=st.maximum,
        execution_deadline=deadline if status in ("judgment", "execution",
                                                  "execution_lapsed") else None,
        guarantees=rows)


def may_be_listed(loan: Loan, events: Sequence[LimitationEvent], as_of: date,
                  guaranteed: bool = False) -> bool:
    """Cheap pre-filter for the limitation list: the contractual maturity or some extension's new
    maturity (up to as_of) is before as_of. Whether an extension took effect (not after a lapse
    or a lawsuit, DOMAIN.md 7.2) only the replay knows: the list keeps the rows whose
    `LoanLimitation.maturity` is before as_of, and guaranteed loans whose recorded maturity is."""
    return loan.maturity_on < as_of or any(
        ev.kind == "extension" and ev.new_maturity and ev.date <= as_of
        and ev.new_maturity < as_of for ev in events)


def is_listed(loan: Loan, events: Sequence[LimitationEvent], as_of: date,
              guaranteed: bool = False) -> bool:
    """Listed when the maturity after extensions up to as_of is before as_of, or the loan has a
    guarantee whose period has started (its recorded maturity is before as_of, CLI.md)."""
    if guaranteed and loan.maturity_on < as_of:
        return True
    maturity = loan.maturity_on
    for ev in sorted(events, key=event_key):
        if ev.kind == "extension" and ev.new_maturity and ev.date <= as_of:
            maturity = ev.new_maturity
    return maturity < as_of


def listed(row: LoanLimitation, loan: Loan, as_of: date) -> bool:
    """The limitation list's rule on a computed row (CLI.md)."""
    if row.maturity is None:  # `loan_limitation` always sets it
        raise ValueError(f"{row.contract_no}: a limitation row without its maturity")
    return row.maturity < as_of or (bool(row.guarantees) and loan.maturity_on < as_of)

"""Guarantees and the guarantee period (DOMAIN.md 7.7, 民法典 arts. 692-695)."""
from __future__ import annotations

from datetime import date, timedelta
from typing import Any, Sequence

from ruralperf.domain.entities import Guarantee, LimitationEvent, Loan
from ruralperf.domain.guarantees import SEVERITY, severity, soonest_days, worst_status
from ruralperf.domain.parameters import Scheme
from ruralperf.domain.periods import add_months
from ruralperf.domain.results import GuaranteeLimitation
from ruralperf.domain.calendar import WorkCalendar
from ruralperf.domain.histories import ManagerHistory
from ruralperf.rules.limitation_replay import expiry_date

DEFAULT_MONTHS = 6  # art. 692: no agreed period, or an unclear one
SECURING_GENERAL = frozenset({"lawsuit", "judgment"})
__all__ = ["guarantee_end", "guarantee_limitation", "lapse_day", "SEVERITY", "severity",
           "soonest_days", "worst_status"]


def guarantee_end(loan: Loan, guarantee: Guarantee, calendar: WorkCalendar) -> date:
    """The guarantee period runs from the maturity in the loan record (an extension without the
    guarantor's written consent does not move it, art. 695), rolled to a working day."""
    months = guarantee.period_months or DEFAULT_MONTHS
    return calendar.roll_forward(add_months(loan.maturity_on, months))


def guarantee_limitation(loan: Loan, guarantee: Guarantee, events: Sequence[LimitationEvent],
                         managers: ManagerHistory, scheme: Scheme, calendar: WorkCalendar,
                         as_of: date, loan_closed: bool) -> GuaranteeLimitation:
    """The guarantee's status on `as_of`: closed, released, guarantor_lapsed, secured, warning
    or running."""
    end = guarantee_end(loan, guarantee, calendar)
    base: dict[str, Any] = dict(guarantor=guarantee.guarantor, kind=guarantee.kind,
                                guarantee_end=end)
    if loan_closed:
        return GuaranteeLimitation(status="closed", **base)
    dated = sorted(e for e in (ev.date for ev in events if ev.date <= as_of
                               and _secures(ev, guarantee, loan, end)))
    if not dated:
        if end < as_of:
            return GuaranteeLimitation(status="released", responsible=managers.on(end),
                                       accountability=True, **base)
        days_left = (end - as_of).days
        status = "warning" if days_left <= scheme["limitation.warn_days"] else "running"
        return GuaranteeLimitation(status=status, days_left=days_left, **base)
    if guarantee.kind != "joint_several":
        return GuaranteeLimitation(status="secured", **base)
    # The guarantor's own limitation period runs from the demand; each later demand in time
    # interrupts it (the maximum date does not apply).
    demands = sorted(ev.date for ev in events if ev.kind == "guarantor_demand"
                     and ev.guarantor == guarantee.guarantor and dated[0] <= ev.date <= as_of)
    expiry = expiry_date(demands[0], scheme, calendar)
    for on in demands[1:]:
        if on > expiry:
            break
        expiry = expiry_date(on, scheme, calendar)
    if expiry < as_of:
        return GuaranteeLimitation(status="guarantor_lapsed", expiry=expiry,
                                   responsible=managers.on(expiry), accountability=True, **base)
    return GuaranteeLimitation(status="secured", expiry=expiry, **base)


def _secures(ev: LimitationEvent, guarantee: Guarantee, loan: Loan, end: date) -> bool:
    if guarantee.kind == "joint_several":
        return (ev.kind == "guarantor_demand" and ev.guarantor == guarantee.guarantor
                and loan.maturity_on <= ev.date <= end)
    return ev.kind in SECURING_GENERAL and ev.date <= end


def lapse_day(g: GuaranteeLimitation) -> date | None:
    """The day a released or lapsed guarantee was lost."""
    if g.status == "released":
        return g.guarantee_end + timedelta(days=1)
    if g.status == "guarantor_lapsed" and g.expiry:
        return g.expiry + timedelta(days=1)
    return None

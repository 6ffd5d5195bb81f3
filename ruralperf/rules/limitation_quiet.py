"""The limitation status of a loan with no event up to the as-of date (issue 17): what
`loan_limitation` gives it, without a replay. Such a loan's period runs from its recorded
maturity alone (DOMAIN.md 7.1), so its maximum date, expiry and the uncovered calendar years
the expiry looked at are computed once per maturity date and shared by every loan due that
day (a county has ~5,000 maturity dates for ~50,000 due loans). Its lapse and status then
follow from the balances and the manager on the expiry, as in `limitation_replay.Replay`."""
from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Sequence

from ruralperf.domain.entities import Guarantee, Loan
from ruralperf.domain.parameters import Scheme
from ruralperf.domain.periods import add_years
from ruralperf.domain.results import GuaranteeLimitation, LoanLimitation
from ruralperf.domain.calendar import WorkCalendar
from ruralperf.rules.guarantees import guarantee_limitation
from ruralperf.domain.histories import BalanceHistory, ManagerHistory
from ruralperf.rules.limitation_replay import period_years


class QuietLoans:
    """`status(...)` of loans without events on one as-of date, under one scheme and
    calendar. `calendar.uncovered_seen` receives the uncovered years each loan looked at."""

    def __init__(self, scheme: Scheme, calendar: WorkCalendar, as_of: date):
        self.scheme, self.calendar, self.as_of = scheme, calendar, as_of
        self._by_maturity: dict[date, tuple] = {}
        self._warn = scheme["limitation.warn_days"]
        self._cutoff = scheme["sol.legacy_cutoff"]

    def _period(self, maturity: date) -> tuple:
        """(maximum, expiry, limit, uncovered years) of a period that starts at `maturity`."""
        got = self._by_maturity.get(maturity)
        if got is None:
            scheme, cal = self.scheme, self.calendar.fresh()
            maximum = add_years(maturity, scheme["limitation.max_years"])
            end = add_years(maturity, period_years(maturity, scheme))
            if maximum <= end:
                expiry, limit = maximum, "maximum"
            else:
                expiry, limit = cal.roll_forward(end), "period"
            got = self._by_maturity[maturity] = (maximum, expiry, limit,
                                                 frozenset(cal.uncovered_seen))
        return got

    def expiry(self, maturity: date) -> date:
        """The expiry of a quiet loan due on `maturity` (what `status` reads the balances on)."""
        return self._period(maturity)[1]

    def status(self, loan: Loan, managers: ManagerHistory, balances: BalanceHistory,
               guarantees: Sequence[Guarantee] = ()) -> LoanLimitation:
        expiry = self._period(loan.maturity_on)[1]
        if expiry < self.as_of:
            on_expiry = balances.on(expiry)
            since = balances.positive_between(expiry, self.as_of)
        else:
            on_expiry, since = None, False
        return self.status_of(loan, managers, on_expiry, since, balances.on(self.as_of),
                              guarantees)

    def status_of(self, loan: Loan, managers: ManagerHistory, on_expiry: Decimal | None,
                  positive_since: bool, balance: Decimal | None,
                  guarantees: Sequence[Guarantee] = ()) -> LoanLimitation:
        """`status` from the three balances it reads: on the expiry (when that is before the
        as-of date), whether any month end after the expiry up to the as-of date is positive,
        and on the as-of date (`limitation_loads.quiet_balances` reads them in SQL)."""
        as_of, maturity = self.as_of, loan.maturity_on
        maximum, expiry, limit, uncovered = self._period(maturity)
        if uncovered:
            self.calendar.uncovered_seen.update(uncovered)
        lapse_date = responsible = days_left = None
        beyond = accountability = False
        if expiry < as_of:  # Replay.check_lapse(as_of)
            if on_expiry is None or on_expiry > 0 or positive_since:
                lapse_date = expiry + timedelta(days=1)
                if limit == "maximum":
                    beyond = True
                else:
                    responsible = managers.on(expiry)
        if balance is not None and balance == 0:
            status = "closed"  # a lapse in force stays described, not one beyond the maximum
            if beyond:
                lapse_date = None
        elif lapse_date is not None and beyond:
            status, expiry, limit, lapse_date = "beyond_maximum", maximum, "maximum", None
        elif lapse_date is not None:
            status = "lapsed"
            accountability = (lapse_date > self._cutoff
                              and as_of >= date(lapse_date.year + 2, 1, 1))
        else:
            days_left = (expiry - as_of).days
            status = "warning" if days_left <= self._warn else "running"
        rows: tuple[GuaranteeLimitation, ...] = ()
        if guarantees:
            closed = status == "closed"
            rows = tuple(guarantee_limitation(loan, g, (), managers, self.scheme, self.calendar,
                                              as_of, closed)
                         for g in sorted(guarantees, key=lambda g: g.guarantor))
        return LoanLimitation(
            contract_no=loan.contract_no, household_no=loan.household_no,
            manager=managers.on(as_of), status=status, expiry=expiry, days_left=days_left,
            lapse_date=lapse_date, responsible=responsible, restorations=(),
            accountability=accountability, maturity=maturity, balance=balance, limit=limit,
            maximum_date=maximum, execution_deadline=None, guarantees=rows)

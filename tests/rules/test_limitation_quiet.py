"""The shortcut for loans without events (rules.limitation_quiet, issue 17) gives exactly what
the replay gives: every field of the row, its guarantees, and the uncovered calendar years it
reports, over generated maturities, balances, reassignments, guarantees and as-of dates
(maximum dates included: maturities back to 2004, as-of dates to 2030, past the calendar)."""
from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from ruralperf.domain.entities import Guarantee, Loan
from ruralperf.rules.limitation import BalanceHistory, ManagerHistory, loan_limitation
from ruralperf.rules.limitation_quiet import QuietLoans

from .builders import calendar, scheme
from .strategies import dates

SCHEMES = (scheme(), scheme({"limitation.warn_days": "200"}))


@st.composite
def quiet_loans(draw):
    disbursed = draw(dates(date(1990, 1, 1), date(2026, 6, 30)))
    maturity = disbursed + timedelta(days=draw(st.integers(1, 2000)))
    loan = Loan("C1", "H1", Decimal("50000.00"), disbursed, maturity, "new", None,
                "self_developed", "E1")
    moves = [(draw(dates(disbursed - timedelta(days=30), date(2030, 12, 31))), f"E{i}")
             for i in range(2, 2 + draw(st.integers(0, 3)))]
    points, month_end = [], date(disbursed.year, disbursed.month, 28)
    while month_end < date(2031, 1, 1) and draw(st.integers(0, 5)) > 0:
        points.append((month_end, draw(st.sampled_from(
            [Decimal("0.00"), Decimal("5000.00"), Decimal("20000.00")]))))
        month_end += timedelta(days=draw(st.integers(28, 900)))
    guarantees = [Guarantee("C1", f"G{i}", draw(st.sampled_from(["joint_several", "general"])),
                            draw(st.one_of(st.none(), st.integers(1, 36))))
                  for i in range(draw(st.integers(0, 2)))]
    return loan, ManagerHistory(loan, moves), BalanceHistory(points), guarantees


@settings(max_examples=600, deadline=None)
@given(quiet_loans(), dates(date(1995, 1, 1), date(2030, 12, 31)), st.sampled_from(SCHEMES))
def test_the_shortcut_is_the_replay(case, as_of, sch):
    loan, managers, balances, guarantees = case
    slow_cal, fast_cal = calendar().fresh(), calendar().fresh()
    slow = loan_limitation(loan, (), managers, balances, sch, slow_cal, as_of, guarantees)
    quiet = QuietLoans(sch, fast_cal, as_of)
    assert quiet.status(loan, managers, balances, guarantees) == slow
    assert fast_cal.uncovered_seen == slow_cal.uncovered_seen
    fast_cal.uncovered_seen.clear()  # the second loan due that day: the shared period
    assert quiet.status(loan, managers, balances, guarantees) == slow
    assert fast_cal.uncovered_seen == slow_cal.uncovered_seen

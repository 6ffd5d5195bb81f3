"""Second-edition legal clocks (DOMAIN.md 7.1-7.3, 7.5, 7.6): the maximum period, published
demands, a zero balance followed by a positive one, suspension, judgment and the execution
period, the same-day order. Dates on weekends, holidays, leap days and month ends."""
from __future__ import annotations


import pytest

from ruralperf.domain.entities import LimitationEvent
from ruralperf.domain.periods import add_months, add_years
from ruralperf.rules.limitation import BalanceHistory, ManagerHistory, loan_limitation

from .builders import M, balances, calendar, d, loan, scheme


def ev(kind, on, staff="E1", amount=None, until=None, new_maturity=None, guarantor=None):
    return LimitationEvent("C1", d(on), kind, staff, M(amount) if amount else None,
                           d(new_maturity) if new_maturity else None,
                           d(until) if until else None, guarantor)


def status(ln, events=(), as_of="2025-09-30", bal=None, reassign=(), params=None):
    on = d(as_of)
    return loan_limitation(ln, list(events), ManagerHistory(ln, [(d(a), s) for a, s in reassign]),
                           bal or BalanceHistory(), scheme(params, on), calendar(), on)


# -- add_months (DOMAIN.md 2, art. 202) ----------------------------------------------------------

@pytest.mark.parametrize("start, months, expected", [
    ("2024-01-31", 1, "2024-02-29"),  # leap year: the last day of February
    ("2023-01-31", 1, "2023-02-28"),
    ("2024-08-31", -6, "2024-02-29"),
    ("2024-02-29", 12, "2025-02-28"),  # add_years(Feb 29, 1)
    ("2024-02-29", 240, "2044-02-29"),  # twenty years later is a leap year again
    ("2025-12-31", 2, "2026-02-28"),
    ("2025-03-31", -1, "2025-02-28"),
])
def test_add_months(start, months, expected):
    assert add_months(d(start), months) == d(expected)
    if months % 12 == 0:
        assert add_years(d(start), months // 12) == d(expected)


# -- 7.1 maximum period --------------------------------------------------------------------------

# Acknowledged every year from 2006 to 2024: the period never lapses, but the maximum date
# add_years(2005-08-31, 20) = 2025-08-31 (a Sunday, never rolled) comes first.
YEARLY = [ev("acknowledgement", f"{y}-08-31") for y in range(2006, 2025)]
OLD = dict(disbursed="2004-08-31", maturity="2005-08-31")


def test_maximum_date_caps_the_expiry_and_is_not_rolled():
    r = status(loan(**OLD), YEARLY, as_of="2025-08-31")
    assert (r.status, r.expiry, r.limit, r.maximum_date, r.days_left) == (
        "warning", d("2025-08-31"), "maximum", d("2025-08-31"), 0)


def test_beyond_maximum_the_day_after_nobody_responsible():
    r = status(loan(**OLD), YEARLY, as_of="2025-09-01")
    assert (r.status, r.expiry, r.limit, r.lapse_date, r.responsible, r.accountability) == (
        "beyond_maximum", d("2025-08-31"), "maximum", None, None, False)
    assert r.restorations == ()


def test_period_limit_when_maximum_is_later():
    r = status(loan(maturity="2023-06-30"))
    assert (r.limit, r.maximum_date, r.expiry) == ("period", d("2043-06-30"), d("2026-06-30"))


def test_leap_day_maturity():
    r = status(loan(disbursed="2019-02-28", maturity="2020-02-29"), as_of="2023-01-31")
    # add_years(2020-02-29, 3) = 2023-02-28 (Tuesday); maximum 2040-02-29
    assert (r.expiry, r.maximum_date, r.status) == (d("2023-02-28"), d("2040-02-29"), "warning")


def test_debtor_act_after_maximum_revives_without_restoration():
    acts = YEARLY + [ev("demand_signed", "2025-09-10", amount="100.00")]
    r = status(loan(**OLD), acts)
    # a new period from the act: 2028-09-10 is a Sunday; new maximum add_years(act, 20)
    assert (r.status, r.expiry, r.maximum_date, r.limit, r.days_left) == (
        "running", d("2028-09-11"), d("2045-09-10"), "period", 1077)
    assert r.restorations == ()


def test_published_demand_and_suspension_after_maximum_do_nothing():
    for late in (ev("demand_published", "2025-09-10"), ev("suspension", "2025-09-10")):
        assert status(loan(**OLD), YEARLY + [late]).status == "beyond_maximum"


def test_lapsed_before_maximum_stays_lapsed_and_act_after_restores():
    ln = loan(disbursed="2002-01-01", maturity="2003-05-01")
    lapsed = [ev("lapse_registered", "2005-06-30", staff="E9")]
    r = status(ln, lapsed)
    assert (r.status, r.lapse_date, r.responsible, r.limit) == (
        "lapsed", d("2005-06-30"), "E9", "period")
    r = status(ln, lapsed + [ev("demand_signed", "2025-07-15", staff="E4", amount="4999.99")],
               bal=balances(("2025-06-30", "5200.00")))
    (rest,) = r.restorations
    # the claim is the snapshot balance, the restorer the manager on the event date
    assert (rest.amount, rest.staff_no, rest.lapse_date) == (M("5200.00"), "E1", d("2005-06-30"))
    assert (r.status, r.maximum_date) == ("restored", d("2045-07-15"))


# -- 7.2 published demand, 7.3 zero then positive --------------------------------------------------

def test_published_demand_interrupts_but_cannot_restore():
    ln = loan(disbursed="2021-06-30", maturity="2022-06-30")  # expiry 2025-06-30
    r = status(ln, [ev("demand_published", "2025-06-30")])  # on the expiry day: in time
    assert (r.status, r.expiry) == ("running", d("2028-06-30"))
    r = status(ln, [ev("demand_published", "2025-07-01")])
    assert (r.status, r.lapse_date, r.restorations) == ("lapsed", d("2025-07-01"), ())


def test_zero_at_expiry_then_positive_lapses():
    ln = loan(disbursed="2021-06-30", maturity="2022-06-30")
    paid = balances(("2025-06-30", "0.00"))
    assert status(ln, bal=paid).status == "closed"
    again = balances(("2025-06-30", "0.00"), ("2025-08-31", "500.00"))
    r = status(ln, bal=again)
    assert (r.status, r.lapse_date, r.responsible) == ("lapsed", d("2025-07-01"), "E1")
    # as of a date before the positive month-end the zero still holds
    assert status(ln, bal=again, as_of="2025-07-31").status == "closed"


# -- 7.5 suspension ------------------------------------------------------------------------------

SUSP = dict(disbursed="2021-09-30", maturity="2022-09-30")  # E = 2025-09-30


def test_open_suspension_means_suspended_without_expiry():
    r = status(loan(**SUSP), [ev("suspension", "2025-05-01")])
    assert (r.status, r.expiry, r.days_left, r.limit) == ("suspended", None, None, None)
    assert status(loan(**SUSP), [ev("suspension", "2025-05-01")],
                  as_of="2026-01-10").status == "suspended"


def test_until_after_as_of_counts_as_open():
    r = status(loan(**SUSP), [ev("suspension", "2025-05-01", until="2025-12-01")])
    assert r.status == "suspended"


def test_suspension_ending_within_six_months_of_the_end_extends_it():
    r = status(loan(**SUSP), [ev("suspension", "2025-05-01", until="2025-06-15")])
    # max(2025-09-30, add_months(2025-06-15, 6) = 2025-12-15, a Monday)
    assert (r.status, r.expiry, r.days_left) == ("warning", d("2025-12-15"), 76)
    lapsed = status(loan(**SUSP), [ev("suspension", "2025-05-01", until="2025-06-15")],
                    as_of="2025-12-16")
    assert (lapsed.status, lapsed.lapse_date) == ("lapsed", d("2025-12-16"))


def test_suspension_ending_long_before_the_end_has_no_effect():
    # w = add_months(2025-09-30, -6) = 2025-03-30; the obstacle ended before it
    r = status(loan(**SUSP), [ev("suspension", "2025-01-05", until="2025-03-01")])
    assert r.expiry == d("2025-09-30")


def test_suspension_after_the_lapse_has_no_effect():
    r = status(loan(**SUSP), [ev("suspension", "2025-10-02")], as_of="2025-12-31")
    assert (r.status, r.lapse_date) == ("lapsed", d("2025-10-01"))


def test_interruption_after_a_suspension_starts_a_new_period():
    evs = [ev("suspension", "2025-05-01", until="2025-06-15"), ev("acknowledgement", "2025-10-20")]
    r = status(loan(**SUSP), evs, as_of="2025-12-31")
    assert (r.status, r.expiry) == ("running", d("2028-10-20"))


def test_suspension_before_maturity_uses_the_period_from_maturity():
    ln = loan(disbursed="2025-01-01", maturity="2025-11-28")
    r = status(ln, [ev("suspension", "2025-03-01", until="2025-09-01")], as_of="2025-12-31")
    assert r.expiry == d("2028-11-28")  # the obstacle ended long before 2028-05-28


# -- 7.6 judgment and the execution period -------------------------------------------------------

SUED = dict(disbursed="2019-06-30", maturity="2020-06-30")
JUDGED = [ev("lawsuit", "2022-01-10"), ev("judgment", "2023-03-01", until="2023-04-04")]


def test_judgment_starts_the_execution_period_rolled_over_qingming():
    # add_years(2023-04-04, 2) = 2025-04-04, 清明 (a holiday): rolled to Monday 2025-04-07
    r = status(loan(**SUED), JUDGED, as_of="2025-03-01")
    assert (r.status, r.execution_deadline, r.expiry, r.days_left, r.limit) == (
        "judgment", d("2025-04-07"), d("2025-04-07"), 37, "period")


def test_execution_lapsed_manager_on_deadline_responsible():
    r = status(loan(**SUED), JUDGED, reassign=[("2025-04-08", "E5")])
    assert (r.status, r.lapse_date, r.responsible, r.accountability, r.manager) == (
        "execution_lapsed", d("2025-04-08"), "E1", True, "E5")


def test_execution_applied_in_time():
    r = status(loan(**SUED), JUDGED + [ev("execution_applied", "2025-04-07")])
    assert (r.status, r.execution_deadline) == ("execution", d("2025-04-07"))


def test_execution_applied_without_judgment_is_ignored():
    r = status(loan(**SUED), [ev("lawsuit", "2022-01-10"), ev("execution_applied", "2023-01-10")])
    assert (r.status, r.execution_deadline) == ("litigation", None)


def test_interruption_after_the_performance_deadline_moves_the_execution_deadline():
    r = status(loan(**SUED), JUDGED + [ev("acknowledgement", "2024-06-01")])
    assert (r.status, r.execution_deadline) == ("judgment", d("2026-06-01"))
    early = status(loan(**SUED), JUDGED + [ev("acknowledgement", "2023-03-15")], as_of="2025-03-01")
    assert early.execution_deadline == d("2025-04-07")  # before the performance deadline


def test_judgment_after_a_lapse_ends_it_without_restoration():
    ln = loan(disbursed="2019-06-30", maturity="2020-06-30")  # lapsed 2023-07-01
    r = status(ln, [ev("judgment", "2024-05-06")])
    assert (r.status, r.execution_deadline, r.restorations) == ("judgment", d("2026-05-06"), ())


def test_lawsuit_after_lapse_has_no_effect():
    r = status(loan(**SUED), [ev("lawsuit", "2024-01-10")])
    assert r.status == "lapsed"


def test_open_suspension_of_the_execution_period():
    r = status(loan(**SUED), JUDGED + [ev("suspension", "2025-01-10")])
    assert (r.status, r.execution_deadline, r.days_left, r.expiry) == ("judgment", None, None, None)


# -- 7.2 same-day order --------------------------------------------------------------------------

def test_same_day_restoration_before_lawsuit_whatever_the_row_order():
    ln = loan(disbursed="2019-06-30", maturity="2020-06-30")  # lapsed 2023-07-01
    evs = [ev("lawsuit", "2025-08-01"), ev("acknowledgement", "2025-08-01")]
    for order in (evs, evs[::-1]):
        r = status(ln, order)
        assert r.status == "litigation" and len(r.restorations) == 1


def test_same_day_extension_before_demand():
    ln = loan(disbursed="2022-06-30", maturity="2023-06-30")
    evs = [ev("demand_signed", "2023-06-30"), ev("extension", "2023-06-30",
                                                  new_maturity="2024-06-28")]
    r = status(ln, evs)
    assert (r.expiry, r.maturity, r.maximum_date) == (d("2027-06-28"), d("2024-06-28"),
                                                       d("2044-06-28"))

"""Statute of limitations: events, lapse, restoration, status (DOMAIN.md 7.1-7.3, CLI.md)."""
from __future__ import annotations

import pytest

from ruralperf.rules.limitation import (BalanceHistory, ManagerHistory, is_listed,
                                        loan_limitation, may_be_listed)

from .builders import M, balances, calendar, d, event, loan, scheme

AS_OF = d("2025-09-30")


def status(ln, events=(), reassign=(), bal: BalanceHistory | None = None, as_of=AS_OF,
           params=None, cal=None):
    return loan_limitation(ln, list(events), ManagerHistory(ln, [(d(a), s) for a, s in reassign]),
                           bal or BalanceHistory(), scheme(params, as_of), cal or calendar(),
                           as_of)


# -- running and warning -------------------------------------------------------------------------

@pytest.mark.parametrize("maturity, expiry, days_left, state", [
    ("2022-11-10", "2025-11-10", 41, "warning"),
    ("2022-12-29", "2025-12-29", 90, "warning"),  # expiry - T == warn_days
    ("2022-12-30", "2025-12-30", 91, "running"),
    ("2023-06-30", "2026-06-30", 273, "running"),
    ("2022-09-30", "2025-09-30", 0, "warning"),  # expiry on the as-of day: still running
])
def test_running_and_warning(maturity, expiry, days_left, state):
    r = status(loan(maturity=maturity))
    assert (r.status, r.expiry, r.days_left) == (state, d(expiry), days_left)
    assert r.lapse_date is None and r.responsible is None and not r.accountability


def test_warn_days_parameter():
    r = status(loan(maturity="2022-12-30"), params={"limitation.warn_days": "120"})
    assert r.status == "warning"


def test_lapses_the_day_after_expiry():
    r = status(loan(maturity="2022-09-30"), as_of=d("2025-10-01"))
    assert (r.status, r.lapse_date, r.expiry, r.days_left) == (
        "lapsed", d("2025-10-01"), d("2025-09-30"), None)


# -- lapse and responsibility --------------------------------------------------------------------

LAPSING = dict(disbursed="2019-07-01", maturity="2020-06-30")  # expiry 2023-06-30 (a Friday)
MOVES = [("2023-01-01", "E2"), ("2023-07-15", "E3")]


def test_lapse_responsible_is_manager_on_expiry_date():
    r = status(loan(**LAPSING), reassign=MOVES)
    assert (r.status, r.lapse_date, r.expiry) == ("lapsed", d("2023-07-01"), d("2023-06-30"))
    assert (r.responsible, r.manager) == ("E2", "E3")
    assert r.days_left is None


def test_no_snapshot_counts_as_outstanding_zero_balance_does_not_lapse():
    assert status(loan(**LAPSING)).status == "lapsed"
    # repaid before the expiry: no lapse; its latest snapshot says 0 -> closed
    r = status(loan(**LAPSING), bal=balances(("2023-05-31", "0.00")))
    assert (r.status, r.lapse_date) == ("closed", None)
    # balance > 0 at the latest snapshot on or before the expiry date: lapses
    r = status(loan(**LAPSING), bal=balances(("2023-05-31", "100.00"), ("2025-08-31", "100.00")))
    assert r.status == "lapsed"


def test_closed_status():
    r = status(loan(**LAPSING), bal=balances(("2023-05-31", "5000.00"), ("2025-08-31", "0.00")))
    assert r.status == "closed" and r.balance == M("0.00")
    # a snapshot after the as-of date is not looked at
    r = status(loan(**LAPSING), bal=balances(("2023-05-31", "5000.00"), ("2025-10-31", "0.00")))
    assert r.status == "lapsed"


@pytest.mark.parametrize("as_of, listed", [
    ("2024-12-31", False), ("2025-01-01", True), ("2025-09-30", True),
])
def test_accountability_from_1_january_two_years_after_the_lapse_year(as_of, listed):
    r = status(loan(**LAPSING), reassign=MOVES, as_of=d(as_of))
    assert r.status == "lapsed" and r.accountability is listed


def test_legacy_lapse_is_not_listed_for_accountability():
    ln = loan(disbursed="2002-01-01", maturity="2003-05-01")  # old 2 years: 2005-05-01 in the Labour Day holiday, 8 May a make-up working day
    r = status(ln)
    assert r.status == "lapsed" and r.lapse_date == d("2005-05-09") and not r.accountability


# -- events --------------------------------------------------------------------------------------

def test_event_on_the_expiry_day_is_in_time():
    ln = loan(disbursed="2021-03-15", maturity="2022-03-15")  # expiry 2025-03-17 (15th a Saturday)
    cal = calendar()
    r = status(ln, [event("demand_signed", "2025-03-17")], cal=cal)
    # new period from 2025-03-17; 2028 is beyond the calendar: weekends only (a Friday)
    assert (r.status, r.expiry, r.restorations) == ("running", d("2028-03-17"), ())
    assert 2028 in cal.uncovered_seen
    # on the Sunday between the nominal day and the rolled expiry: also in time
    r = status(ln, [event("demand_signed", "2025-03-16")])
    assert (r.status, r.expiry) == ("running", d("2028-03-16"))


def test_event_the_day_after_expiry_restores():
    ln = loan(disbursed="2021-03-15", maturity="2022-03-15")
    r = status(ln, [event("demand_signed", "2025-03-18", staff="E7")], reassign=[("2024-01-01", "E2")],
               bal=balances(("2025-02-28", "6000.00")))
    assert r.status == "restored" and r.days_left is None
    (rest,) = r.restorations
    # The restorer is the manager on the event date (sol.reward_to = manager), not the event's
    # staff E7; the first edition's reading is a parameter value.
    assert (rest.date, rest.staff_no, rest.amount, rest.lapse_date, rest.responsible) == (
        d("2025-03-18"), "E2", M("6000.00"), d("2025-03-18"), "E2")
    assert r.expiry == d("2028-03-20")  # 2028-03-18 is a Saturday
    r = status(ln, [event("demand_signed", "2025-03-18", staff="E7")], reassign=[("2024-01-01", "E2")],
               bal=balances(("2025-02-28", "6000.00")), params={"sol.reward_to": "event_staff"})
    assert r.restorations[0].staff_no == "E7"


def test_interruption_before_maturity_changes_nothing():
    r = status(loan(maturity="2023-06-30"), [event("demand_signed", "2023-01-10")])
    assert r.expiry == d("2026-06-30")


def test_interruption_moves_the_anchor_then_lapse():
    ln = loan(disbursed="2018-06-30", maturity="2019-06-30")
    r = status(ln, [event("partial_repayment", "2021-03-01", amount="500.00")])
    assert (r.status, r.lapse_date) == ("lapsed", d("2024-03-02"))


@pytest.mark.parametrize("amount, snapshots, expected", [
    # The claim restored is the balance, not a partial repayment's cash (7.3, second edition).
    ("3000.00", [("2025-07-31", "8000.00")], "8000.00"),
    (None, [("2025-07-31", "8000.00"), ("2025-08-31", "7000.00")], "8000.00"),  # latest <= date
    (None, [], "100000.00"),  # no snapshot: the loan amount
    # the latest snapshot whose balance is > 0 (a zero month-end is skipped)
    (None, [("2025-06-30", "9000.00"), ("2025-07-31", "0.00"), ("2025-08-31", "5.00")], "9000.00"),
    (None, [("2025-07-31", "0.00"), ("2025-08-31", "5.00")], "100000.00"),
])
def test_restoration_amount(amount, snapshots, expected):
    r = status(loan(**LAPSING), [event("acknowledgement", "2025-08-15", staff="E4", amount=amount)],
               reassign=MOVES, bal=balances(*snapshots))
    (rest,) = r.restorations
    assert rest.amount == M(expected)
    # restorer: E3 manages the loan on 2025-08-15 (the event's staff is E4)
    assert (rest.lapse_date, rest.responsible, rest.staff_no) == (d("2023-07-01"), "E2", "E3")
    assert r.status == "restored" and r.lapse_date is None and not r.accountability


def test_lapse_restore_lapse_again():
    ln = loan(disbursed="2014-01-10", maturity="2015-01-10")  # old law: expiry 2017-01-10
    r = status(ln, [event("acknowledgement", "2018-05-02", staff="E5")],
               reassign=[("2020-01-01", "E6")])
    (rest,) = r.restorations
    assert (rest.lapse_date, rest.responsible) == (d("2017-01-11"), "E1")
    # new 3-year period from 2018-05-02: 2021-05-02 in the Labour Day holiday -> 2021-05-06
    assert (r.status, r.lapse_date, r.responsible) == ("lapsed", d("2021-05-07"), "E6")
    assert r.accountability  # lapse year 2021 -> listed from 2023-01-01


def test_lapse_registered_replaces_a_computed_lapse():
    r = status(loan(**LAPSING), [event("lapse_registered", "2024-02-01", staff="E9")],
               reassign=MOVES)
    assert (r.status, r.lapse_date, r.responsible, r.expiry) == (
        "lapsed", d("2024-02-01"), "E9", d("2024-01-31"))
    assert not r.accountability  # lapse year 2024: listed only from 2026-01-01
    assert status(loan(**LAPSING), [event("lapse_registered", "2024-02-01", staff="E9")],
                  as_of=d("2026-01-01")).accountability


def test_lapse_registered_on_a_running_loan_and_then_restored():
    ln = loan(maturity="2024-12-31")
    evs = [event("lapse_registered", "2025-02-10", staff="E9"),
           event("demand_signed", "2025-08-01", staff="E3", amount="20000.00")]
    r = status(ln, evs[:1])
    assert (r.status, r.lapse_date, r.responsible) == ("lapsed", d("2025-02-10"), "E9")
    r = status(ln, evs)
    (rest,) = r.restorations
    assert (rest.lapse_date, rest.responsible, rest.staff_no, rest.amount) == (
        d("2025-02-10"), "E9", "E1", M("100000.00"))  # manager E1; no snapshot: loan amount
    assert r.status == "restored"


def test_legacy_history_registered():
    ln = loan(disbursed="2002-01-01", maturity="2003-05-01")
    r = status(ln, [event("lapse_registered", "2005-06-01", staff="E9"),
                    event("acknowledgement", "2025-08-01", staff="E1", amount="1000.00")])
    (rest,) = r.restorations
    assert rest.legacy(scheme()["sol.legacy_cutoff"])


def test_extension_moves_maturity_and_anchor():
    ln = loan(disbursed="2021-06-30", maturity="2022-06-30")
    r = status(ln, [event("extension", "2022-06-20", staff=None, new_maturity="2023-06-30")])
    assert (r.maturity, r.expiry, r.status) == (d("2023-06-30"), d("2026-06-30"), "running")
    # an extension whose new maturity is before the current anchor does not shorten the period
    r = status(ln, [event("demand_signed", "2023-08-01"),
                    event("extension", "2023-09-01", staff=None, new_maturity="2023-07-31")])
    assert (r.maturity, r.expiry) == (d("2023-07-31"), d("2026-08-03"))  # 2026-08-01 Saturday


def test_extension_after_the_lapse_has_no_effect():
    r = status(loan(**LAPSING),
               [event("extension", "2024-01-05", staff=None, new_maturity="2025-12-31")])
    assert (r.status, r.lapse_date, r.maturity) == ("lapsed", d("2023-07-01"), d("2020-06-30"))


def test_extension_decides_whether_listed():
    ln = loan(disbursed="2024-06-30", maturity="2025-06-30")
    ext = [event("extension", "2025-06-20", staff=None, new_maturity="2026-06-30")]
    assert is_listed(ln, [], AS_OF)
    assert not is_listed(ln, ext, AS_OF)
    assert not is_listed(loan(maturity="2025-09-30"), [], AS_OF)  # due on the as-of day: not yet


def test_may_be_listed_keeps_loans_whose_extension_may_not_count():
    ln = loan(**LAPSING)
    late = [event("extension", "2024-01-05", staff=None, new_maturity="2026-01-05")]
    assert may_be_listed(ln, late, AS_OF) and not is_listed(ln, late, AS_OF)
    assert status(ln, late).maturity < AS_OF  # the lapse came first: still due, and lapsed
    early = [event("extension", "2025-06-20", staff=None, new_maturity="2025-08-31")]
    assert may_be_listed(loan(maturity="2025-12-31"), early, AS_OF)
    assert not may_be_listed(loan(maturity="2025-12-31"), [], AS_OF)


def test_lawsuit_stops_tracking():
    r = status(loan(**LAPSING), [event("lawsuit", "2023-03-01", staff=None),
                                 event("acknowledgement", "2025-01-10", staff="E4")])
    assert (r.status, r.lapse_date, r.restorations, r.days_left) == ("litigation", None, (), None)
    # a lawsuit after the lapse changes nothing
    r = status(loan(**LAPSING), [event("lawsuit", "2024-03-01", staff=None)])
    assert (r.status, r.lapse_date) == ("lapsed", d("2023-07-01"))


def test_events_after_the_as_of_date_are_ignored():
    r = status(loan(**LAPSING), [event("acknowledgement", "2025-10-15", staff="E4")])
    assert r.status == "lapsed" and r.restorations == ()


def test_switch_date_boundary_through_events():
    # an interruption on 2015-09-29: 2017-09-29 < 2017-10-01 -> old 2 years -> lapse 2017-09-30
    ln = loan(disbursed="2013-01-01", maturity="2014-01-01")
    r = status(ln, [event("demand_signed", "2015-09-29")])
    assert r.lapse_date == d("2017-09-30")
    # one on 2015-10-08: 2017-10-08 >= 2017-10-01 -> 3 years -> 2018-10-08 (a Monday)
    r = status(ln, [event("demand_signed", "2015-10-08")])
    assert r.lapse_date == d("2018-10-09")


def test_beyond_calendar_expiry_reported():
    cal = calendar()
    r = status(loan(maturity="2025-10-01"), as_of=d("2025-10-02"), cal=cal)  # expiry 2028-10-02
    assert r.expiry == d("2028-10-02") and cal.uncovered_seen == {2028}

"""Guarantees and the guarantee period (DOMAIN.md 7.7)."""
from __future__ import annotations

import pytest

from ruralperf.domain.entities import Guarantee

from ruralperf.rules.limitation import BalanceHistory, ManagerHistory, loan_limitation

from .builders import balances, calendar, d, loan, scheme
from .test_legal_clocks import ev

MARCH = dict(disbursed="2024-03-31", maturity="2025-03-31")  # + 6 months = 2025-09-30 (Tue)


def gstatus(ln, guarantees, events=(), as_of="2025-09-30", **kw):
    on = d(as_of)
    r = loan_limitation(ln, list(events), ManagerHistory(ln, [(d(a), s) for a, s in
                                                          kw.get("reassign", ())]),
                        kw.get("bal") or BalanceHistory(), scheme(kw.get("params"), on),
                        calendar(), on, guarantees)
    return r


G = Guarantee("C1", "王五", "joint_several")
GEN = Guarantee("C1", "赵六", "general", 3)


def test_running_warning_and_days_left():
    (g,) = gstatus(loan(**MARCH), [G], as_of="2025-06-30").guarantees
    assert (g.status, g.guarantee_end, g.days_left, g.expiry) == (
        "running", d("2025-09-30"), 92, None)
    (g,) = gstatus(loan(**MARCH), [G]).guarantees
    assert (g.status, g.days_left) == ("warning", 0)


def test_released_the_day_after_manager_on_end_responsible():
    r = gstatus(loan(**MARCH), [G], as_of="2025-10-01", reassign=[("2025-10-01", "E7")])
    (g,) = r.guarantees
    assert (g.status, g.responsible, g.accountability, g.days_left) == (
        "released", "E1", True, None)


def test_extension_does_not_move_the_guarantee_period():
    evs = [ev("extension", "2025-03-20", new_maturity="2026-03-31")]
    r = gstatus(loan(**MARCH), [G], evs, as_of="2025-10-15")
    assert r.status == "running" and r.guarantees[0].status == "released"


@pytest.mark.parametrize("maturity, months, end", [
    ("2024-10-05", None, "2025-04-07"),  # 2025-04-05 is a Saturday after 清明
    ("2025-01-31", 1, "2025-02-28"),  # month end
    ("2024-08-31", 6, "2025-02-28"),
    ("2023-08-29", 6, "2024-02-29"),  # leap day (a Thursday)
])
def test_guarantee_end(maturity, months, end):
    g = Guarantee("C1", "王五", "joint_several", months)
    ln = loan(disbursed="2020-01-01", maturity=maturity)
    assert gstatus(ln, [g], as_of="2020-06-30").guarantees[0].guarantee_end == d(end)


def test_demand_in_time_secures_and_starts_the_guarantors_period():
    evs = [ev("guarantor_demand", "2025-06-01", guarantor="王五")]
    (g,) = gstatus(loan(**MARCH), [G], evs, as_of="2025-12-31").guarantees
    assert (g.status, g.expiry, g.responsible, g.accountability) == (
        "secured", d("2028-06-01"), None, False)


def test_demand_before_maturity_or_for_another_guarantor_does_nothing():
    evs = [ev("guarantor_demand", "2025-03-01", guarantor="王五"),
           ev("guarantor_demand", "2025-06-01", guarantor="李四")]
    (g,) = gstatus(loan(**MARCH), [G], evs, as_of="2025-12-31").guarantees
    assert g.status == "released"


def test_guarantor_lapsed_after_own_period():
    ln = loan(disbursed="2019-12-31", maturity="2020-12-31")
    evs = [ev("guarantor_demand", "2021-03-01", guarantor="王五")]
    (g,) = gstatus(ln, [G], evs, reassign=[("2022-01-01", "E3")]).guarantees
    assert (g.status, g.expiry, g.responsible, g.accountability) == (
        "guarantor_lapsed", d("2024-03-01"), "E3", True)
    later = evs + [ev("guarantor_demand", "2024-02-20", guarantor="王五")]
    (g,) = gstatus(ln, [G], later).guarantees
    assert (g.status, g.expiry) == ("secured", d("2027-02-22"))  # 2027-02-20 is a Saturday


def test_general_guarantee_secured_by_a_lawsuit_in_time():
    # 3 months from 2025-03-31 = 2025-06-30
    (g,) = gstatus(loan(**MARCH), [GEN], [ev("lawsuit", "2025-06-30")]).guarantees
    assert (g.status, g.expiry, g.guarantee_end) == ("secured", None, d("2025-06-30"))
    (g,) = gstatus(loan(**MARCH), [GEN], [ev("lawsuit", "2025-07-01")]).guarantees
    assert g.status == "released"


def test_closed_loan_closes_its_guarantees_sorted_by_guarantor():
    r = gstatus(loan(**MARCH), [G, GEN], bal=balances(("2025-08-31", "0.00")))
    assert r.status == "closed"
    assert [(g.guarantor, g.status) for g in r.guarantees] == [("王五", "closed"),
                                                               ("赵六", "closed")]

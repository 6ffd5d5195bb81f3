"""Pay components with hand-computed numbers (DOMAIN.md 5.1, 6.1-6.6), through the engine."""
from __future__ import annotations

import pytest

from ruralperf.domain.entities import Credit, Item, Recovery
from ruralperf.rules import components as C
from ruralperf.rules.engine import compute_pay_run

from .builders import M, d, inputs, loan, scheme, snap, staff, target


def run(**kw):
    return compute_pay_run(inputs(**kw))


def one(**kw):
    (s,) = run(**kw).staff
    return s


# -- 5.1 floating wage ---------------------------------------------------------------------------

def test_floating_wage_base():
    s = scheme({"floating.base_monthly": "1333.33"})
    assert C.floating_wage(s, M("1.15")).amount == M("4599.99")  # 1333.33 x 3 x 1.15 = 4599.9885


# -- 6.1 maintenance -----------------------------------------------------------------------------

def _households(n: int, month: str, manager="E1", prefix="H", **snap_kw):
    loans = [loan(f"{prefix}{i}L", f"{prefix}{i}", disbursed="2024-01-05",
                  maturity="2027-01-05", manager=manager) for i in range(n)]
    snaps = [snap(f"{prefix}{i}L", month, **snap_kw) for i in range(n)]
    return loans, snaps


@pytest.mark.parametrize("base, end, expected", [
    (5, 7, "330.00"),  # 30 x 5 + 90 x 2
    (7, 5, "150.00"),  # fewer households: 30 x 5, no negative growth
    (0, 3, "270.00"),
    (4, 4, "120.00"),
])
def test_maintenance_base_and_growth(base, end, expected):
    loans, snaps = _households(max(base, end), "2025-06")
    snaps = snaps[:base] + [snap(ln.contract_no, "2025-09") for ln in loans[:end]]
    s = one(loans=loans, snapshots=snaps)
    assert s.base["maintenance"] == M(expected)
    assert sum(x.amount for x in s.details["maintenance"]) == M(expected)


def test_maintenance_household_needs_every_managed_outstanding_loan_normal():
    loans = [
        loan("A1", "HA", manager="E1"), loan("A2", "HA", manager="E1"),  # one overdue -> out
        loan("B1", "HB", manager="E1"), loan("B2", "HB", manager="E2"),  # E2's bad loan: E1 keeps HB
        loan("C1", "HC", manager="E1"), loan("C2", "HC", manager="E1"),  # repaid loan ignored
        loan("D1", "HD", manager="E1"),  # 3 months of arrears is still normal
        loan("F1", "HF", manager="E1"),  # 4 months is not
        loan("G1", "HG", manager="E1"),  # special mention grade but normal by the rule
    ]
    end = "2025-09"
    snaps = [snap("A1", end), snap("A2", end, overdue=5),
             snap("B1", end), snap("B2", end, overdue=40, arrears=5, grade="substandard"),
             snap("C1", end), snap("C2", end, balance="0.00", overdue=10, arrears=6),
             snap("D1", end, arrears=3), snap("F1", end, arrears=4),
             snap("G1", end, grade="special_mention")]
    r = run(staff_list=[staff("E1"), staff("E2")], loans=loans, snapshots=snaps)
    e1, e2 = r.staff
    assert e1.details["maintenance"][0].inputs_dict()["end_list"] == "HB,HC,HD,HG"
    assert e1.base["maintenance"] == M("360.00")  # 4 new households x 90
    assert e2.base["maintenance"] == M("0.00")


def test_maintenance_max_arrears_parameter():
    loans, snaps = _households(1, "2025-09", arrears=4)
    s = one(loans=loans, snapshots=snaps, params={"maintenance.max_arrears_months": "4"})
    assert s.base["maintenance"] == M("90.00")


@pytest.mark.parametrize("follows, e1_fee, e2_fee", [
    ("true", "30.00", "30.00"),  # second edition: the handed-over household is in E2's base
    ("false", "30.00", "90.00"),  # first edition: E1 base 2, end 1; E2 base 0, end 1 (+90)
])
def test_maintenance_handover_rule(follows, e1_fee, e2_fee):
    """DOMAIN.md 2 and 6.1: taking over a normal household earns no growth fee."""
    loans, snaps = _households(2, "2025-06")
    snaps += [snap(ln.contract_no, "2025-09") for ln in loans]
    r = run(staff_list=[staff("E1"), staff("E2")], loans=loans, snapshots=snaps,
            reassignments={"H0L": [(d("2025-08-01"), "E2")]},
            params={"handover.follows_loans": follows})
    e1, e2 = r.staff
    assert e1.base["maintenance"] == M(e1_fee)
    assert e2.base["maintenance"] == M(e2_fee)
    named = e2.details["maintenance"][0].inputs_dict()
    assert named["handovers"] == "H0L E1→E2 2025-08-01"
    assert named["base_follows_loans"] == ("yes" if follows == "true" else "no")


# -- 6.2 interest --------------------------------------------------------------------------------

def test_interest_attributed_to_month_end_manager_and_rounded_per_month():
    loans = [loan("C1", disbursed="2024-01-05", maturity="2027-01-05", manager="E1")]
    interest = [("C1", "2025-07", M("62.50")), ("C1", "2025-08", M("1000.00")),
                ("C1", "2025-09", M("10.24"))]
    r = run(staff_list=[staff("E1"), staff("E2")], loans=loans, interest=interest,
            reassignments={"C1": [(d("2025-08-31"), "E2"), (d("2025-09-15"), "E1")]})
    e1, e2 = r.staff
    # July 62.50 x 0.002 = 0.125 -> 0.13; September 10.24 x 0.002 = 0.02048 -> 0.02
    assert [x.amount for x in e1.details["interest"]] == [M("0.13"), M("0.00"), M("0.02")]
    assert e1.base["interest"] == M("0.15")
    assert e1.indicators["interest"].actual == M("72.74")
    assert e2.base["interest"] == M("2.00") and e2.indicators["interest"].actual == M("1000.00")


# -- 6.3 loan marketing --------------------------------------------------------------------------

def _mk(contract, nature, customer_type, shares, amount="100000.00", increment=None,
        disbursed="2025-08-10"):
    ln = loan(contract, "H" + contract, amount=amount, disbursed=disbursed,
              maturity="2026-08-10", nature=nature, increment=increment,
              customer_type=customer_type, manager="E1")
    return ln, [Credit(contract, s, M(share)) for s, share in shares]


def test_loan_marketing_by_nature_and_share():
    cases = [
        _mk("N1", "new", "self_developed", [("E1", "1")]),  # 100000 x 0.0015 = 150
        _mk("X1", "expansion", "self_developed", [("E1", "1")], amount="300000.00",
            increment="40000.00"),  # 40000 x 0.5 x 0.0015 = 30
        _mk("R1", "refinance", "self_developed", [("E1", "1")]),  # 0
        _mk("S1", "restructure", "self_developed", [("E1", "1")]),  # 0
        _mk("J1", "new", "joint", [("E1", "0.6"), ("E2", "0.4")], amount="12345.67"),
        _mk("L1", "new", "linked", [("E2", "0.3")]),
        _mk("T1", "new", "taken_over", [("E1", "0.1"), ("E2", "0.25")], amount="50000.00"),
        _mk("O1", "new", "self_developed", [("E1", "1")], disbursed="2025-06-30"),  # not in Q3
    ]
    r = run(staff_list=[staff("E1"), staff("E2")], loans=[c[0] for c in cases],
            credits={c[0].contract_no: c[1] for c in cases})
    e1, e2 = r.staff
    lines1 = {x.inputs_dict()["contract_no"]: x.amount for x in e1.details["loan_marketing"]}
    lines2 = {x.inputs_dict()["contract_no"]: x.amount for x in e2.details["loan_marketing"]}
    # 12345.67 x 0.0015 = 18.518505: x 0.6 = 11.111103 -> 11.11; x 0.4 = 7.407402 -> 7.41
    assert lines1 == {"N1": M("150.00"), "X1": M("30.00"), "R1": M("0.00"), "S1": M("0.00"),
                      "J1": M("11.11"), "T1": M("7.50")}
    assert lines2 == {"J1": M("7.41"), "L1": M("45.00"), "T1": M("18.75")}
    assert e1.base["loan_marketing"] == M("198.61")
    assert e2.base["loan_marketing"] == M("71.16")


def test_loan_marketing_half_up_line():
    # 500.00 x 0.0015 x 50% = 0.375 -> 0.38 for each credit (sum 0.76, loan reward 0.75)
    ln, credits = _mk("J2", "new", "joint", [("E1", "0.5"), ("E2", "0.5")], amount="500.00")
    r = run(staff_list=[staff("E1"), staff("E2")], loans=[ln], credits={"J2": credits})
    assert [s.base["loan_marketing"] for s in r.staff] == [M("0.38"), M("0.38")]


# -- 6.4 deposit marketing -----------------------------------------------------------------------

def _deposits(values):
    months = ["2025-04", "2025-05", "2025-06", "2025-07", "2025-08", "2025-09"]
    return {"E1": {m: M(v) for m, v in zip(months, values) if v is not None}}


def test_deposit_day_weighted_average():
    s = one(deposits=_deposits(["100000.00"] * 3 + ["130000.00", "100000.00", "100000.00"]))
    # Q3 = (130000 x 31 + 100000 x 31 + 100000 x 30) / 92 = 110108.6956...; Q2 = 100000
    # increase x 0.002 = 20.217391... -> 20.22 (a plain mean would give 20.00)
    assert s.base["deposit_marketing"] == M("20.22")
    assert s.indicators["deposit"].actual == M(10130000) / 92 - M("100000")
    # the previous quarter is day-weighted too: (90000 x 30 + 120000 x 31 + 90000 x 30) / 91
    s = one(deposits=_deposits(["90000.00", "120000.00", "90000.00"] + ["100000.00"] * 3))
    assert s.indicators["deposit"].actual == M(100000) - M(9120000) / 91
    assert s.base["deposit_marketing"] == M("0.00")  # a decrease earns nothing
    assert s.indicators["deposit"].actual < 0


def test_deposit_missing_month_is_blocking_and_counts_as_no_increase():
    s = one(deposits=_deposits(["100000.00", None, "100000.00", "500000.00", "500000.00",
                                "500000.00"]))
    assert [e.key for e in s.errors] == ["deposit_missing:2025-05"]
    assert s.base["deposit_marketing"] == M("0.00")
    assert s.indicators["deposit"].actual == 0
    assert s.indicators["deposit"].completion == 0
    r = compute_pay_run(inputs(deposits={}))
    assert r.blocking and len(r.staff[0].errors) == 6


# -- 6.5 intermediate business -------------------------------------------------------------------

def test_bank_card_min_balance_pos_and_agency():
    items = [Item("E1", d("2025-07-03"), "bank_card", 3, M("100.00")),
             Item("E1", d("2025-07-04"), "bank_card", 2, M("99.99")),
             Item("E1", d("2025-08-01"), "pos", 1),
             Item("E1", d("2025-08-02"), "agency", 4),
             Item("E1", d("2025-06-30"), "pos", 5)]  # outside the quarter
    s = one(items=items)
    assert (s.base["bank_card"], s.base["pos"], s.base["agency"]) == (
        M("15.00"), M("200.00"), M("0.00"))
    assert s.indicators["intermediate"].actual == 8  # 3 qualifying cards + 1 POS + 4 agency
    s = one(items=items, params={"piece.agency": "2.50", "piece.bank_card.min_balance": "50.00"})
    assert (s.base["bank_card"], s.base["agency"]) == (M("25.00"), M("10.00"))
    assert s.indicators["intermediate"].actual == 10


# -- 6.6 NPL recovery ----------------------------------------------------------------------------

def test_npl_recovery_rate():
    recs = [Recovery("C1", "E1", d("2025-08-08"), M("12345.67")),
            Recovery("C2", "E1", d("2025-09-09"), M("100.10"))]
    s = one(recoveries=recs)
    assert s.base["npl_recovery"] == M("0.00")
    assert [w.code for w in s.warnings] == ["npl_rate_not_configured"]
    s = one(recoveries=recs, params={"npl_recovery.rate": "5%"})
    # 617.2835 -> 617.28; 5.005 -> 5.01
    assert [x.amount for x in s.details["npl_recovery"]] == [M("617.28"), M("5.01")]
    assert s.base["npl_recovery"] == M("622.29") and s.warnings == ()


# -- NPL indicator -------------------------------------------------------------------------------

@pytest.mark.parametrize("follows, e1_actual, e2_actual", [
    # second edition: P2 (loss 2000 at both dates) moves to E2 with its base:
    # E1 8000 - (3000 + 1500), E2 2000 - 2000
    ("true", "3500.00", "0.00"),
    # first edition: E1 (8000 + 2000) - (3000 + 1500), E2 0 - 2000
    ("false", "5500.00", "-2000.00"),
])
def test_npl_reduction_indicator(follows, e1_actual, e2_actual):
    loans = [loan("P1", "H1", manager="E1"), loan("P2", "H2", manager="E1"),
             loan("P3", "H3", manager="E1")]
    snaps = [snap("P1", "2025-06", balance="8000.00", grade="substandard"),
             snap("P2", "2025-06", balance="2000.00", grade="loss"),
             snap("P3", "2025-06", balance="9000.00", grade="special_mention"),
             snap("P1", "2025-09", balance="3000.00", grade="doubtful"),
             snap("P2", "2025-09", balance="2000.00", grade="loss"),
             snap("P3", "2025-09", balance="1500.00", grade="substandard")]
    r = run(staff_list=[staff("E1"), staff("E2")], loans=loans, snapshots=snaps,
            reassignments={"P2": [(d("2025-09-01"), "E2")]},
            targets={"E1": target("E1", npl="2000.00"), "E2": target("E2", npl="0.00")},
            params={"handover.follows_loans": follows})
    e1, e2 = r.staff
    assert e1.indicators["npl"].actual == M(e1_actual)
    assert e2.indicators["npl"].actual == M(e2_actual)
    assert e2.indicators["npl"].completion == (1 if follows == "true" else 0)  # target 0
    inputs = dict(e2.indicators["npl"].inputs)
    assert inputs["handovers"] == "P2 E1→E2 2025-09-01"
    assert inputs["npl_end"] == "2000.00"


def test_handing_over_a_bad_loan_is_no_npl_decrease():
    """The probe of issue 16: handing one NPL loan to a colleague gave completion 3.0."""
    loans = [loan("B1", "H1", manager="E1")]
    snaps = [snap("B1", "2025-06", balance="6000.00", grade="loss"),
             snap("B1", "2025-09", balance="6000.00", grade="loss")]
    r = run(staff_list=[staff("E1"), staff("E2")], loans=loans, snapshots=snaps,
            reassignments={"B1": [(d("2025-07-15"), "E2")]},
            targets={"E1": target("E1", npl="2000.00"), "E2": target("E2", npl="2000.00")})
    e1, e2 = r.staff
    assert e1.indicators["npl"].actual == 0 and e1.indicators["npl"].completion == 0
    assert e2.indicators["npl"].actual == 0


def test_an_extreme_completion_warns_and_changes_nothing():
    """DOMAIN.md 4: a completion strictly above composite.warn_completion (3) warns."""
    loans = [loan("B1", "H1", manager="E1")]
    snaps = [snap("B1", "2025-06", balance="16280.00", grade="loss"),
             snap("B1", "2025-09", balance="0.00", grade="loss")]
    base = dict(staff_list=[staff("E1")], loans=loans, snapshots=snaps,
                targets={"E1": target("E1", npl="2000.00")})
    e1 = run(**base).staff[0]
    assert e1.indicators["npl"].completion == M("8.1400")
    assert [(w.code, w.subject, w.param("completion")) for w in e1.warnings] == [
        ("completion_extreme", "npl", "814%")]
    exactly_three = run(**{**base, "snapshots": [snap("B1", "2025-06", balance="6000.00",
                                                      grade="loss")]}).staff[0]
    assert exactly_three.indicators["npl"].completion == 3 and not exactly_three.warnings
    silent = run(**base, params={"composite.warn_completion": ""}).staff[0]
    assert not silent.warnings and silent.net == e1.net



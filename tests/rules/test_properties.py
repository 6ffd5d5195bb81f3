"""Property tests over generated branches, built directly as `PayRunInputs` (DOMAIN.md 3-7.4)."""
from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from ruralperf.domain.entities import Credit, Item, Loan, Snapshot
from ruralperf.domain.money import CENT, ZERO, round2, round4
from ruralperf.domain.periods import Month
from ruralperf.domain.results import ALL_KEYS, INDICATORS, OUTSIDE_CAP, StaffPay
from ruralperf.io.jsonout import payrun_from_json, payrun_json
from ruralperf.rules import components as C
from ruralperf.rules.composite import completion, composite
from ruralperf.rules.engine import compute_pay_run
from ruralperf.rules.limitation import ManagerHistory

from .builders import scheme
from .strategies import BASE_MONTH, END_MONTH, branches, money

SETTINGS = settings(max_examples=60, deadline=None)


def check_statement(s: StaffPay) -> None:
    """Every statement adds up, to the fen (DOMAIN.md 3, 5.3)."""
    for k in ALL_KEYS:
        for line in s.details[k]:
            assert line.amount == round2(line.amount) and line.amount.as_tuple().exponent == -2
        assert s.base[k] == sum((x.amount for x in s.details[k]), ZERO), k
    for k in ALL_KEYS:
        if k != "floating":
            assert s.assessed[k] == round2(s.base[k] * s.p), k
    capped = sum((v for k, v in s.assessed.items() if k not in OUTSIDE_CAP), ZERO)
    expected_reduction = max(ZERO, capped - 3 * s.cap) if s.cap is not None else ZERO  # monthly
    assert s.cap_reduction == expected_reduction and s.cap_reduction >= 0
    assert s.gross == sum(s.assessed.values(), ZERO) - s.cap_reduction
    assert s.sol_penalty == sum((x.amount for x in s.penalty_lines), ZERO)
    assert s.adjustments == sum((a for a, _ in s.adjustment_lines), ZERO)
    assert s.net - s.carry_to_next == s.gross - s.sol_penalty - s.carried_in + s.adjustments
    assert s.net >= 0 and s.carry_to_next >= 0 and (s.net == 0 or s.carry_to_next == 0)
    for v in (s.gross, s.net, s.carry_to_next, s.cap_reduction, *s.assessed.values()):
        assert v == v.quantize(CENT)
    if s.indicators:
        assert s.p == round4(sum((i.weight * i.completion for i in s.indicators.values()), ZERO))
    else:
        assert s.p == 0 and any(e.code == "targets_missing" for e in s.errors)


@SETTINGS
@given(branches())
def test_every_statement_adds_up(branch):
    result = compute_pay_run(branch.inputs())
    assert [s.staff_no for s in result.staff] == sorted(x.staff_no for x in branch.staff)
    for s in result.staff:
        check_statement(s)
    # a penalty mirrors the reward of the same group (the restorer may have left the staff)
    for s in result.staff:
        for line in s.penalty_lines:
            assert line.inputs_dict()["responsible"] == s.staff_no
            assert line.inputs_dict()["restorer"] != s.staff_no
            assert line.inputs_dict()["legacy"] == "no"


@SETTINGS
@given(branches(), st.randoms(use_true_random=False))
def test_recomputing_gives_identical_results(branch, rnd):
    first = payrun_json(compute_pay_run(branch.inputs()))
    assert payrun_json(compute_pay_run(branch.inputs())) == first
    # the order in which rows arrive does not matter
    inputs = branch.inputs()
    for name in ("staff", "interest", "items", "recoveries", "adjustments", "restorations"):
        rnd.shuffle(getattr(inputs, name))
    inputs.loans = dict(rnd.sample(list(inputs.loans.items()), len(inputs.loans)))
    inputs.credits = dict(rnd.sample(list(inputs.credits.items()), len(inputs.credits)))
    assert payrun_json(compute_pay_run(inputs)) == first
    # and the stored form reads back to the same result
    assert payrun_json(payrun_from_json(first)) == first


# -- joint loans -------------------------------------------------------------------------------

@SETTINGS
@given(money("0.01", "9999999"), st.data())
def test_joint_credit_lines_pay_the_loan_reward_up_to_rounding(amount, data):
    """Each line is round2(R x share_i) with R = basis x rate and shares summing to exactly 1.
    With half-up rounding of positive x, e_i = round2(x_i) - x_i lies in (-0.005, 0.005], so
    sum(lines) - round2(R) = sum(e_i) - e_0 lies strictly within +-0.005 (n + 1). Being a whole
    number of fen it is at most 0.01 x floor(n / 2) in size: 0 for one credit, one fen for two
    or three, two fen for four or five... (tight: two 50 % credits of R = 0.01 pay 0.02)."""
    n = data.draw(st.integers(1, 8))
    cuts = sorted(data.draw(st.lists(st.integers(1, 9999), min_size=n - 1, max_size=n - 1,
                                     unique=True)))
    bounds = [0, *cuts, 10000]
    shares = [Decimal(b - a).scaleb(-4) for a, b in zip(bounds, bounds[1:])]
    assert sum(shares) == 1
    nature = data.draw(st.sampled_from(["new", "expansion"]))
    increment = data.draw(money("0.01", str(amount))) if nature == "expansion" else None
    loan = Loan("J", "H", amount, date(2025, 8, 1), date(2026, 8, 1), nature, increment,
                "joint" if n > 1 else "self_developed", "E1")
    s = scheme()
    lines = [C.loan_marketing(s, loan, Credit("J", f"E{i}", share))
             for i, share in enumerate(shares)]
    reward = C.marketing_basis(s, loan) * s["loan_marketing.rate"]
    total = sum(x.amount for x in lines)
    assert abs(total - round2(reward)) <= Decimal("0.01") * (n // 2)
    assert abs(total - reward) <= Decimal("0.005") * n  # each line errs by at most half a fen


def test_joint_bound_is_tight():
    loan = Loan("J", "H", Decimal("6.67"), date(2025, 8, 1), date(2026, 8, 1), "new", None,
                "joint", "E1")  # R = 0.010005
    lines = [C.loan_marketing(scheme(), loan, Credit("J", s, Decimal("0.5"))) for s in "AB"]
    assert [x.amount for x in lines] == [Decimal("0.01"), Decimal("0.01")]  # vs round2(R) 0.01


# -- monotonicity of p --------------------------------------------------------------------------

weights = st.integers(0, 100).map(lambda n: Decimal(n).scaleb(-2))


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.sampled_from(INDICATORS), money("-100000", "100000"),
                       min_size=5, max_size=5),
       st.dictionaries(st.sampled_from(INDICATORS), money("-100000", "100000"),
                       min_size=5, max_size=5),
       st.dictionaries(st.sampled_from(INDICATORS), weights, min_size=5, max_size=5),
       st.sampled_from(INDICATORS), money("0", "100000"),
       st.one_of(st.none(), st.sampled_from([Decimal("1"), Decimal("1.2"), Decimal("0.5")])))
def test_raising_one_actual_never_lowers_p(actuals, targets, w, key, delta, cap):
    def p(acts):
        return composite({k: completion(acts[k], targets[k], cap) for k in INDICATORS}, w)

    assert p({**actuals, key: actuals[key] + delta}) >= p(actuals)


@SETTINGS
@given(branches(restorations=False, carried=False), st.data())
def test_raising_an_actual_in_a_branch_never_lowers_p(branch, data):
    """Raise one indicator's actual of one staff member through the inputs themselves."""
    inputs = branch.inputs()
    with_targets = sorted(inputs.targets)
    if not with_targets:
        return
    who = data.draw(st.sampled_from(with_targets))
    before = compute_pay_run(inputs).for_staff(who)
    how = data.draw(st.sampled_from(["interest", "deposit", "npl", "intermediate", "quality"]))
    raised = branch.inputs()
    if how == "interest":  # more interest on a loan the staff member manages at a month end
        new = Loan("ZZ1", "HZ", Decimal("1000.00"), date(2020, 1, 1), date(2030, 1, 1), "new",
                   None, "self_developed", who)
        raised.loans["ZZ1"] = new
        raised.managers["ZZ1"] = ManagerHistory(new)
        raised.interest.append(("ZZ1", data.draw(st.sampled_from([Month(2025, 7), Month(2025, 8),
                                                                  Month(2025, 9)])),
                                data.draw(money("0.01", "50000"))))
    elif how == "deposit":
        months = raised.deposits.setdefault(who, {})
        month = data.draw(st.sampled_from([Month(2025, 7), Month(2025, 8), Month(2025, 9)]))
        if month in months:
            months[month] += data.draw(money("0", "1000000"))
    elif how == "npl":  # an NPL loan managed at the base date and repaid by the end date
        new = Loan("ZZ2", "HZ", Decimal("5000.00"), date(2020, 1, 1), date(2030, 1, 1), "new",
                   None, "self_developed", who)
        raised.loans["ZZ2"] = new
        raised.managers["ZZ2"] = ManagerHistory(new)
        raised.snapshots[BASE_MONTH]["ZZ2"] = Snapshot("ZZ2", BASE_MONTH,
                                                       data.draw(money("0.01", "5000")), 100, 4,
                                                       "doubtful")
        raised.snapshots[END_MONTH]["ZZ2"] = Snapshot("ZZ2", END_MONTH, Decimal("0.00"), 0, 0,
                                                      "normal")
    elif how == "intermediate":
        raised.items.append(Item(who, date(2025, 9, 30), "pos", data.draw(st.integers(1, 3))))
    else:
        t = raised.targets[who]
        raised.targets[who] = replace(t, quality=data.draw(st.integers(t.quality, 100)))
    after = compute_pay_run(raised).for_staff(who)
    assert after.p >= before.p

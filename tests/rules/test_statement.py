"""From components to net pay (DOMAIN.md 4, 5.1, 5.3, 7.4) and parameter dating (preamble)."""
from __future__ import annotations

from datetime import date

from ruralperf.domain.entities import Adjustment, Item, ParameterValue
from ruralperf.domain.parameters import ParameterBook
from ruralperf.domain.periods import Quarter
from ruralperf.domain.results import Restoration
from ruralperf.rules.engine import compute_pay_run

from .builders import M, Q3, d, inputs, loan, snap, staff, target

PERFECT = dict(interest="0.00", deposit="0.00", npl="0.00", intermediate=0, quality=100)


def one(**kw):
    (s,) = compute_pay_run(inputs(**kw)).staff
    return s


def tgt(**kw):
    return {"E1": target("E1", **{**PERFECT, **kw})}


def test_floating_wage_with_p_below_and_above_one():
    params = {"floating.base_monthly": "1200.00"}
    # p = 0.4 x 0 (interest 0 of 1000) + 0.2 + 0.1 + 0.2 + 0.1 x 0.9 = 0.5900
    s = one(params=params, staff_list=[staff(coefficient="1.25")],
            targets=tgt(interest="1000.00", quality=90))
    assert s.p == M("0.5900")
    assert s.base["floating"] == M("4500.00")  # 1200 x 3 x 1.25
    assert s.assessed["floating"] == M("2655.00")
    # p = 1.2 (interest 2000 of 1000 -> completion 2): floating capped at 1, others x p
    loans = [loan("C1", disbursed="2024-01-05", maturity="2027-01-05")]
    s = one(params=params, staff_list=[staff(coefficient="1.25")], loans=loans,
            interest=[("C1", "2025-08", M("2000.00"))], targets=tgt(interest="1000.00"))
    assert s.p == M("1.4000")
    assert s.assessed["floating"] == M("4500.00")
    assert s.assessed["interest"] == M("5.60")  # 4.00 x 1.4


def test_floating_twice_and_completion_cap():
    params = {"floating.base_monthly": "1200.00", "composite.floating_twice": "true"}
    s = one(params=params, targets=tgt(interest="1000.00", quality=90))  # p = 0.59
    assert s.assessed["floating"] == M("1253.16")  # 3600 x 0.59 x 0.59 = 1253.16
    loans = [loan("C1", disbursed="2024-01-05", maturity="2027-01-05")]
    s = one(params=params, loans=loans, interest=[("C1", "2025-08", M("2000.00"))],
            targets=tgt(interest="1000.00"))  # p = 1.4
    assert s.assessed["floating"] == M("5040.00")  # 3600 x min(1.4, 1) x 1.4
    params = {"floating.base_monthly": "1200.00", "floating.completion_cap": "1.1"}
    s = one(params=params, loans=loans, interest=[("C1", "2025-08", M("2000.00"))],
            targets=tgt(interest="1000.00"))
    assert s.assessed["floating"] == M("3960.00")  # 3600 x 1.1


def test_indicator_cap_in_a_pay_run():
    loans = [loan("C1", disbursed="2024-01-05", maturity="2027-01-05")]
    kw = dict(loans=loans, interest=[("C1", "2025-08", M("2000.00"))],
              targets=tgt(interest="1000.00"))
    assert one(**kw).p == M("1.4000")
    s = one(params={"composite.indicator_cap": "1.2"}, **kw)
    assert s.indicators["interest"].completion == M("1.2000") and s.p == M("1.0800")


def test_no_targets_gives_p_zero_and_a_blocking_error():
    s = one(params={"floating.base_monthly": "1000.00"}, targets={},
            items=[Item("E1", d("2025-07-01"), "pos", 1)])
    assert s.p == M("0.0000") and s.indicators == {}
    assert [e.code for e in s.errors] == ["targets_missing"]
    assert s.base["pos"] == M("200.00") and s.assessed["pos"] == M("0.00") and s.net == 0


def test_cap_is_monthly_and_excludes_bank_card_and_pos():
    """DOMAIN.md 5.3 step 2 (second edition): the quarter's cap is 3 x cap.<position>."""
    items = [Item("E1", d("2025-07-01"), "pos", 2), Item("E1", d("2025-07-02"), "bank_card", 4,
                                                          M("500.00"))]
    loans = [loan(f"C{i}", f"H{i}", disbursed="2024-01-05", maturity="2027-01-05")
             for i in range(5)]
    snaps = [snap(f"C{i}", "2025-09") for i in range(5)]
    params = {"floating.base_monthly": "300.00", "cap.主管": "333.33"}
    s = one(params=params, staff_list=[staff(position="主管")], loans=loans, snapshots=snaps,
            items=items, targets=tgt())  # p = 1
    # floating 900 + maintenance 450 = 1350 under the cap (3 x 333.33 = 999.99); pos 400 + cards
    # 20 outside
    assert s.p == M("1.0000") and s.cap == M("333.33") and s.quarter_cap == M("999.99")
    assert s.cap_reduction == M("350.01")
    assert s.gross == M("1419.99")  # 900 + 450 + 400 + 20 - 350.01
    # another position has no cap
    s = one(params=params, staff_list=[staff(position="客户经理")], loans=loans, snapshots=snaps,
            items=items, targets=tgt())
    assert s.cap is None and s.cap_reduction == 0 and s.gross == M("1770.00")
    # a cap that is not reached reduces nothing
    s = one(params={**params, "cap.主管": "5000.00"}, staff_list=[staff(position="主管")],
            loans=loans, snapshots=snaps, items=items, targets=tgt())
    assert s.cap_reduction == 0
    # exactly at three months' cap: nothing taken; one fen below: one fen taken
    s = one(params={**params, "cap.主管": "450.00"}, staff_list=[staff(position="主管")],
            loans=loans, snapshots=snaps, items=items, targets=tgt())
    assert s.cap_reduction == 0 and s.gross == M("1770.00")


def _restoration(staff_no, responsible, amount, lapse="2023-07-01", household="H9"):
    return Restoration("C9", household, d("2025-08-20"), staff_no, M(amount), d(lapse), responsible)


def test_negative_net_is_carried_forward():
    restorations = [_restoration("E2", "E1", "250000.00")]  # 300 to E2, penalty 300 on E1
    r = compute_pay_run(inputs(
        params={"floating.base_monthly": "50.00"}, staff_list=[staff("E1"), staff("E2")],
        restorations=restorations, carried_in={"E1": M("20.50")},
        adjustments=[Adjustment("E1", Quarter(2025, 3), M("100.00"), "补发"),
                     Adjustment("E1", Quarter(2025, 3), M("-10.00"), "扣回"),
                     Adjustment("E1", Quarter(2025, 2), M("999.00"), "another quarter")],
        targets={"E1": target("E1", **PERFECT), "E2": target("E2", **PERFECT)}))
    e1, e2 = r.staff
    assert e1.gross == M("150.00") and e1.sol_penalty == M("300.00")
    assert e1.adjustments == M("90.00") and len(e1.adjustment_lines) == 2
    # 150 - 300 - 20.50 + 90 = -80.50
    assert (e1.net, e1.carry_to_next) == (M("0.00"), M("80.50"))
    assert e2.base["sol_reward"] == M("300.00") and e2.gross == M("450.00")
    assert (e2.net, e2.carry_to_next) == (M("450.00"), M("0.00"))


def test_sol_penalty_is_not_multiplied_by_p_reward_is():
    restorations = [_restoration("E2", "E1", "6000.00")]  # tier 50
    r = compute_pay_run(inputs(
        staff_list=[staff("E1"), staff("E2")], restorations=restorations,
        adjustments=[Adjustment("E1", Quarter(2025, 3), M("70.00"), "x")],
        targets={"E1": target("E1", **{**PERFECT, "quality": 50}),
                 "E2": target("E2", **{**PERFECT, "quality": 50})}))  # p = 0.95
    e1, e2 = r.staff
    assert e2.assessed["sol_reward"] == M("47.50")
    assert e1.sol_penalty == M("50.00") and (e1.net, e1.carry_to_next) == (M("20.00"), 0)


def test_restoration_outside_quarter_ignored_and_same_staff_nothing():
    rs = [Restoration("C9", "H9", d("2025-06-30"), "E2", M("6000.00"), d("2023-07-01"), "E1"),
          _restoration("E1", "E1", "6000.00")]
    r = compute_pay_run(inputs(staff_list=[staff("E1"), staff("E2")], restorations=rs))
    assert all(s.base["sol_reward"] == 0 and s.sol_penalty == 0 for s in r.staff)


def test_committee_case_in_a_pay_run():
    r = compute_pay_run(inputs(staff_list=[staff("E1"), staff("E2")],
                               restorations=[_restoration("E2", "E1", "500000.00")]))
    e1, e2 = r.staff
    assert e2.details["sol_reward"][0].flag == "committee" and e2.base["sol_reward"] == 0
    assert [w.key for w in e2.warnings] == ["committee:H9"]
    assert e1.sol_penalty == 0


def test_parameters_changed_after_the_quarter_end_are_not_applied():
    book = ParameterBook([
        ParameterValue("interest.rate", "0.003", date(2025, 7, 15)),  # in force on 30 Sep
        ParameterValue("interest.rate", "0.010", date(2025, 10, 1)),  # after the quarter
        ParameterValue("floating.base_monthly", "1000.00", date(2025, 9, 30)),
        ParameterValue("floating.base_monthly", "2000.00", date(2025, 10, 1)),
    ])
    loans = [loan("C1", disbursed="2024-01-05", maturity="2027-01-05")]
    s = one(scheme_obj=book.at(Q3.end_date), loans=loans,
            interest=[("C1", "2025-07", M("1000.00"))], targets=tgt(interest="1000.00"))
    assert s.base["interest"] == M("3.00")  # July too: the value on the quarter's last day
    assert s.base["floating"] == M("3000.00")
    assert book.at(Q3.end_date).since["interest.rate"] == date(2025, 7, 15)

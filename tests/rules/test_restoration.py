"""Restoration rewards and penalties (DOMAIN.md 7.4)."""
from __future__ import annotations

from decimal import Decimal

import pytest

from ruralperf.domain.results import Restoration
from ruralperf.rules.restoration import restoration_outcome, tier_reward

from .builders import M, d, scheme


def rest(amount, staff="E1", responsible="E2", household="H1", contract="C1",
         on="2025-08-01", lapse="2023-07-01") -> Restoration:
    return Restoration(contract, household, d(on), staff, M(amount), d(lapse), responsible)


TIERS = scheme()["sol.reward_tiers"]


@pytest.mark.parametrize("amount, reward", [
    ("0.00", "20"), ("4999.99", "20"), ("5000.00", "50"), ("19999.99", "50"),
    ("20000.00", "100"), ("49999.99", "100"), ("50000.00", "150"), ("199999.99", "150"),
    ("200000.00", "300"), ("499999.99", "300"), ("500000.00", None), ("3000000.00", None),
])
def test_tier_boundaries(amount, reward):
    assert tier_reward(M(amount), TIERS) == (M(reward) if reward else None)


def amounts(lines):
    return {k: [x.amount for x in v] for k, v in lines.items()}


def test_reward_and_equal_penalty_when_restorer_differs():
    out = restoration_outcome([rest("12000.00")], scheme())
    assert amounts(out.rewards) == {"E1": [M("50.00")]}
    assert amounts(out.penalties) == {"E2": [M("50.00")]}
    assert out.penalties["E2"][0].flag == "penalty"


def test_restorer_equals_responsible_neither_reward_nor_penalty():
    out = restoration_outcome([rest("12000.00", staff="E2", responsible="E2")], scheme())
    assert out.rewards == {} and out.penalties == {} and out.warnings == {}


def test_legacy_rewards_restorer_without_penalty():
    out = restoration_outcome([rest("12000.00", lapse="2006-12-31")], scheme())
    assert amounts(out.rewards) == {"E1": [M("50.00")]} and out.penalties == {}
    # legacy and restored by the (historical) responsible staff member: still rewarded
    out = restoration_outcome([rest("12000.00", staff="E2", lapse="2005-01-01")], scheme())
    assert amounts(out.rewards) == {"E2": [M("50.00")]} and out.penalties == {}
    # the day after the cutoff is not legacy
    out = restoration_outcome([rest("12000.00", lapse="2007-01-01")], scheme())
    assert amounts(out.penalties) == {"E2": [M("50.00")]}


def test_legacy_cutoff_parameter():
    out = restoration_outcome([rest("12000.00", lapse="2007-06-30")],
                              scheme({"sol.legacy_cutoff": "2010-12-31"}))
    assert out.penalties == {}


def test_group_amount_is_the_sum_per_household_restorer_responsible_legacy():
    rs = [rest("3000.00", contract="C1"), rest("2500.00", contract="C2", on="2025-09-02"),
          rest("4000.00", household="H2", contract="C3"),
          rest("1000.00", contract="C4", lapse="2001-01-01"),
          rest("2000.00", contract="C5", responsible="E3")]
    out = restoration_outcome(rs, scheme())
    by_household = sorted((x.inputs_dict()["household"], x.inputs_dict()["group_amount"],
                           x.inputs_dict()["legacy"], x.amount) for x in out.rewards["E1"])
    assert by_household == [("H1", "1000.00", "yes", M("20")), ("H1", "2000.00", "no", M("20")),
                            ("H1", "5500.00", "no", M("50")), ("H2", "4000.00", "no", M("20"))]
    assert sorted(amounts(out.penalties)["E2"]) == [M("20"), M("50")]
    assert amounts(out.penalties)["E3"] == [M("20")]


def test_committee_tier_is_a_flagged_zero_line_with_a_warning_and_no_penalty():
    out = restoration_outcome([rest("300000.00", contract="C1"), rest("200000.00", contract="C2")],
                              scheme())
    (line,) = out.rewards["E1"]
    assert (line.amount, line.flag) == (Decimal("0.00"), "committee")
    assert [w.code for w in out.warnings["E1"]] == ["committee"]
    assert out.penalties == {}


def test_tiers_parameter():
    s = scheme({"sol.reward_tiers": "0:10;1000:25;10000:committee"})
    out = restoration_outcome([rest("999.99", household="H1"), rest("1000.00", household="H2"),
                               rest("10000.00", household="H3")], s)
    assert sorted(x.amount for x in out.rewards["E1"]) == [M("0"), M("10"), M("25")]

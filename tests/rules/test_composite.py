"""Composite task completion (DOMAIN.md 4)."""
from __future__ import annotations

import pytest

from ruralperf.rules.composite import completion, composite

from .builders import M, scheme


@pytest.mark.parametrize("actual, target, expected", [
    ("2760.00", "3000.00", "0.9200"),
    ("1", "3", "0.3333"),
    ("2", "3", "0.6667"),
    ("1", "20000", "0.0001"),  # 0.00005 half up
    ("0.99", "20000", "0.0000"),  # 0.0000495
    ("-1200.00", "500000.00", "0.0000"),  # never negative
    ("12000.00", "10000.00", "1.2000"),  # not capped by default
    # target <= 0: 1 when actual >= target, else 0
    ("0", "0", "1.0000"), ("-1", "0", "0.0000"), ("-5000.00", "-5000.00", "1.0000"),
    ("-5000.01", "-5000.00", "0.0000"), ("3", "-10", "1.0000"),
])
def test_completion(actual, target, expected):
    assert str(completion(M(actual), M(target))) == expected


@pytest.mark.parametrize("actual, target, cap, expected", [
    ("15000", "10000", "1.2", "1.2000"),
    ("11000", "10000", "1.2", "1.1000"),
    ("15000", "10000", "1", "1.0000"),
    ("0", "0", "0.8", "0.8000"),  # the cap applies to the target <= 0 case too
])
def test_indicator_cap(actual, target, cap, expected):
    assert str(completion(M(actual), M(target), M(cap))) == expected


def test_indicator_cap_parameter_parses():
    assert scheme()["composite.indicator_cap"] is None
    assert scheme({"composite.indicator_cap": "120%"})["composite.indicator_cap"] == M("1.2")
    assert scheme({"composite.indicator_cap": "1.5"})["composite.indicator_cap"] == M("1.5")


def test_p_is_rounded_weighted_sum():
    s = scheme()
    weights = {k: s[f"composite.weight.{k}"] for k in
               ("interest", "deposit", "npl", "intermediate", "quality")}
    comps = {"interest": M("0.9200"), "deposit": M("1.3261"), "npl": M("1.0000"),
             "intermediate": M("0.9000"), "quality": M("0.9500")}
    # 0.368 + 0.26522 + 0.1 + 0.18 + 0.095 = 1.00822
    assert str(composite(comps, weights)) == "1.0082"
    comps = {k: M("0.33335") for k in comps}  # weights sum to 1 -> 0.33335 -> half up
    assert str(composite(comps, weights)) == "0.3334"

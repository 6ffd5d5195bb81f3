"""Money round-trips exactly (DOMAIN.md §3): Decimal -> integer fen -> Decimal, rounded half
up, never from a float. Through the database column and a whole import: tests/db/test_money_columns.py."""
from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ruralperf.domain.money import D, from_fen, money_str, round2, to_fen

AMOUNTS = st.decimals(min_value=Decimal("-9999999999999.99"),
                      max_value=Decimal("9999999999999.99"), places=2,
                      allow_nan=False, allow_infinity=False)


@given(AMOUNTS)
def test_fen_round_trip(amount):
    fen = to_fen(amount)
    assert isinstance(fen, int)
    assert from_fen(fen) == amount
    assert str(from_fen(fen)) == money_str(amount)  # always exactly two decimals


@given(st.integers(min_value=-(10**15), max_value=10**15))
def test_fen_to_amount_to_fen(fen):
    assert to_fen(from_fen(fen)) == fen


@given(st.decimals(min_value=Decimal("-1000"), max_value=Decimal("1000"), places=3,
                   allow_nan=False, allow_infinity=False))
def test_three_decimals_never_silently_become_fen(amount):
    if amount == amount.quantize(Decimal("0.01")):
        assert from_fen(to_fen(amount)) == amount
    else:
        with pytest.raises(ValueError):
            to_fen(amount)


@given(st.decimals(min_value=Decimal("-1000"), max_value=Decimal("1000"), places=6,
                   allow_nan=False, allow_infinity=False))
def test_round2_is_half_up(x):
    r = round2(x)
    assert r == r.quantize(Decimal("0.01"))
    assert abs(r - x) <= Decimal("0.005")
    if abs(r - x) == Decimal("0.005"):
        assert abs(r) > abs(x)  # a half goes away from zero


@pytest.mark.parametrize("x, expected", [("0.125", "0.13"), ("-0.125", "-0.13"), ("2.675", "2.68"),
                                         ("1.005", "1.01"), ("0.004999", "0.00")])
def test_round2_examples(x, expected):
    assert str(round2(Decimal(x))) == expected


def test_floats_are_refused():
    with pytest.raises(TypeError):
        D(0.1)

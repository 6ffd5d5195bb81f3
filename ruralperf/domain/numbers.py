"""Parsing of user-entered numbers: amounts, percentages, rates (DOMAIN.md section 3).

Each parser takes text or an exact Decimal/int and returns a Decimal, or raises ValueError with
a short English reason (callers turn it into a localised message).
"""
from __future__ import annotations

from decimal import Decimal

from ruralperf.domain.money import D

_HUNDRED = Decimal(100)
_THOUSAND = Decimal(1000)


def parse_amount(value: str | int | Decimal, *, allow_negative: bool = True) -> Decimal:
    """An amount in yuan with at most two decimals."""
    amount = D(value)
    if amount != amount.quantize(Decimal("0.01")):
        raise ValueError("more than two decimals")
    if not allow_negative and amount < 0:
        raise ValueError("negative")
    return amount.quantize(Decimal("0.01"))


def parse_fraction(value: str | int | Decimal) -> Decimal:
    """A share or rate: `60`, `60%`, `0.6` all mean 0.6; `1.5‰` means 0.0015.

    A bare number greater than 1 is read as a percentage.
    """
    if isinstance(value, str):
        text = value.strip().replace("％", "%")
        if text.endswith("%"):
            return D(text[:-1]) / _HUNDRED
        if text.endswith("‰"):
            return D(text[:-1]) / _THOUSAND
        number = D(text)
    else:
        number = D(value)
    return number / _HUNDRED if number > 1 else number


def parse_int(value: str | int | Decimal) -> int:
    number = D(value)
    if number != number.to_integral_value():
        raise ValueError("not a whole number")
    return int(number)

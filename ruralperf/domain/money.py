"""Exact money. Every amount is a `Decimal`; the database stores integer fen.

`D()` is the one way to make a Decimal from user or stored data; it refuses floats so that a
float can never silently enter a computation.
"""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

CENT = Decimal("0.01")
BASIS = Decimal("0.0001")
ZERO = Decimal("0.00")


def D(value: str | int | Decimal) -> Decimal:
    """Make an exact Decimal. Floats are refused: they are not exact."""
    if isinstance(value, bool) or isinstance(value, float):
        raise TypeError(f"refusing a {type(value).__name__} as an exact amount: {value!r}")
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return Decimal(value)
    try:
        result = Decimal(str(value).strip().replace(",", ""))
    except InvalidOperation as exc:
        raise ValueError(f"not a number: {value!r}") from exc
    if not result.is_finite():
        raise ValueError(f"not a finite number: {value!r}")
    return result


def round2(x: Decimal) -> Decimal:
    """Round to the fen, half up (0.125 -> 0.13, -0.125 -> -0.13)."""
    return x.quantize(CENT, rounding=ROUND_HALF_UP)


def round4(x: Decimal) -> Decimal:
    """Round to 0.0001, half up."""
    return x.quantize(BASIS, rounding=ROUND_HALF_UP)


def to_fen(amount: Decimal) -> int:
    """Integer fen of an amount that has at most two decimals (raises otherwise)."""
    fen = amount * 100
    if fen != fen.to_integral_value():
        raise ValueError(f"amount has more than two decimals: {amount}")
    return int(fen)


def from_fen(fen: int) -> Decimal:
    return (Decimal(int(fen)) / 100).quantize(CENT)


def money_str(amount: Decimal) -> str:
    """Machine form: exactly two decimals, no separators ("4622.67"); never "-0.00"."""
    value = round2(amount)
    return f"{value if value else abs(value):.2f}"


def ratio_str(value: Decimal) -> str:
    """Machine form of p and completions: exactly four decimals; never "-0.0000"."""
    value = round4(value)
    return f"{value if value else abs(value):.4f}"


def ratio_percent(value: Decimal) -> str:
    """Display form of p and completions, as a clerk reads them: the four-decimal ratio as a
    percentage with two decimals ("1.0082" -> "100.82%", exactly)."""
    return f"{Decimal(ratio_str(value)) * 100:.2f}%"


def money_display(amount: Decimal) -> str:
    """Display form with thousands separators ("4,622.67")."""
    value = round2(amount)
    return f"{value if value else abs(value):,.2f}"


def plain_decimal(value: Decimal) -> str:
    """A decimal without exponent or trailing zeros ("1.5", "0.0015", "100")."""
    text = format(value.normalize(), "f")
    return text

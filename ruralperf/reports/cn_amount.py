"""Amounts in Chinese capital numerals (大写金额), as written on vouchers and pay statements.

`cn_capital(Decimal("4622.67"))` -> "肆仟陆佰贰拾贰元陆角柒分".

Conventions (those of the People's Bank of China's rules for writing amounts):
- tens are written with the digit: 10 -> 壹拾元;
- one 零 stands for any run of zeros between two non-zero digits, also across 万 and 亿
  (100,010,000.00 -> 壹亿零壹万元整); zeros at the end of the yuan part are not written;
- a whole amount ends with 整 (1,000,000.00 -> 壹佰万元整, 0.00 -> 零元整); an amount with 角 and
  no 分 does not (100.50 -> 壹佰元伍角);
- 角 zero and 分 non-zero: 零 between 元 and 分 (10.05 -> 壹拾元零伍分); below one yuan the 元 is
  left out (0.05 -> 伍分).

Written by hand because cn2an truncates past two decimals; negative amounts, floats, more than two
decimals and amounts of 10^16 yuan or more are refused.
"""
from __future__ import annotations

from decimal import Decimal

DIGITS = "零壹贰叁肆伍陆柒捌玖"
_UNITS = ("", "拾", "佰", "仟")
LIMIT = Decimal(10) ** 16  # up to 9,999,9999,9999,9999.99 (仟万亿)


def _four(n: int) -> str:
    """0 < n < 10000, without leading 零: 1010 -> 壹仟零壹拾."""
    out: list[str] = []
    zero = False
    for pos in range(3, -1, -1):
        d = n // 10 ** pos % 10
        if d == 0:
            zero = bool(out)
        else:
            if zero:
                out.append("零")
            out.append(DIGITS[d] + _UNITS[pos])
            zero = False
    return "".join(out)


def _integer(n: int) -> str:
    """0 < n < 10^16, by groups of four digits; 亿 may carry a 万 group above it."""
    if n >= 10 ** 8:
        high, low = divmod(n, 10 ** 8)
        return _integer(high) + "亿" + (("零" if low < 10 ** 7 else "") + _integer(low) if low else "")
    if n >= 10 ** 4:
        high, low = divmod(n, 10 ** 4)
        return _four(high) + "万" + (("零" if low < 1000 else "") + _four(low) if low else "")
    return _four(n)


def cn_capital(amount: Decimal) -> str:
    """The amount in capital numerals; see the module docstring for the conventions."""
    if not isinstance(amount, Decimal):
        if isinstance(amount, (bool, float)) or not isinstance(amount, (int, str)):
            raise TypeError(f"an exact amount is required, not {type(amount).__name__}")
        amount = Decimal(amount)
    if not amount.is_finite() or amount < 0:
        raise ValueError(f"only amounts of 0 or more can be written in capitals: {amount}")
    fen = amount * 100
    if fen != fen.to_integral_value():
        raise ValueError(f"amount has more than two decimals: {amount}")
    if amount >= LIMIT:
        raise ValueError(f"amount too large for capital numerals: {amount}")
    yuan, rest = divmod(int(fen), 100)
    jiao, fen_ = divmod(rest, 10)
    head = _integer(yuan) + "元" if yuan else ""
    if not jiao and not fen_:
        return (head or "零元") + "整"
    tail = DIGITS[jiao] + "角" if jiao else ("零" if yuan else "")
    return head + tail + (DIGITS[fen_] + "分" if fen_ else "")

"""Capital numerals (大写金额): fixed cases, refusals, and properties over random amounts."""
from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ruralperf.reports.cn_amount import DIGITS, LIMIT, cn_capital

CASES = [
    ("0.00", "零元整"),
    ("0.05", "伍分"),
    ("0.50", "伍角"),
    ("0.55", "伍角伍分"),
    ("1", "壹元整"),
    ("10", "壹拾元整"),
    ("10.05", "壹拾元零伍分"),
    ("11", "壹拾壹元整"),
    ("100.50", "壹佰元伍角"),
    ("101", "壹佰零壹元整"),
    ("110", "壹佰壹拾元整"),
    ("1000.50", "壹仟元伍角"),
    ("1010.01", "壹仟零壹拾元零壹分"),
    ("4622.67", "肆仟陆佰贰拾贰元陆角柒分"),
    ("10005", "壹万零伍元整"),
    ("10500", "壹万零伍佰元整"),
    ("15000", "壹万伍仟元整"),
    ("100000", "壹拾万元整"),
    ("1000000.00", "壹佰万元整"),
    ("1000001", "壹佰万零壹元整"),
    ("12345678.90", "壹仟贰佰叁拾肆万伍仟陆佰柒拾捌元玖角"),
    ("100000000", "壹亿元整"),
    ("100000001", "壹亿零壹元整"),
    ("100010000.00", "壹亿零壹万元整"),
    ("110000000", "壹亿壹仟万元整"),
    ("1000000000000", "壹万亿元整"),
    ("1000100000000", "壹万零壹亿元整"),
    ("9999999999999999.99", "玖仟玖佰玖拾玖万玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"),
]


@pytest.mark.parametrize("amount, words", CASES)
def test_examples(amount, words):
    assert cn_capital(Decimal(amount)) == words


def test_trailing_zero_decimals_are_fine():
    assert cn_capital(Decimal("4.500")) == "肆元伍角"
    assert cn_capital(Decimal("7.00")) == cn_capital(Decimal("7")) == "柒元整"
    assert cn_capital(5) == "伍元整"


@pytest.mark.parametrize("bad", [Decimal("-0.01"), Decimal("-100"), Decimal("0.001"),
                                 Decimal("1.005"), LIMIT, Decimal("NaN"), Decimal("Infinity")])
def test_refused_values(bad):
    with pytest.raises(ValueError):
        cn_capital(bad)


def test_float_refused():
    with pytest.raises(TypeError):
        cn_capital(1.5)


# -- parse back: an independent reader of capital numerals ------------------------------------

_VALUE = {ch: i for i, ch in enumerate(DIGITS)}
_UNIT = {"拾": 10, "佰": 100, "仟": 1000}


def _group(text: str) -> int:
    """A section below 万: digits with 拾/佰/仟, zeros skipped."""
    total, digit = 0, 0
    for ch in text:
        if ch in _VALUE:
            digit = _VALUE[ch]
        elif ch in _UNIT:
            assert digit, f"unit without digit in {text!r}"
            total += digit * _UNIT[ch]
            digit = 0
        else:
            raise AssertionError(f"unexpected {ch!r} in {text!r}")
    return total + digit


def _below_yi(text: str) -> int:
    high, sep, low = text.partition("万")
    return _group(high) * 10 ** 4 + _group(low) if sep else _group(text)


def parse(words: str) -> Decimal:
    body = words.removesuffix("整")
    yuan_text, sep, frac = body.partition("元")
    if not sep:
        yuan_text, frac = "", body
    high, sep, low = yuan_text.partition("亿")
    yuan = _below_yi(high) * 10 ** 8 + _below_yi(low) if sep else _below_yi(yuan_text)
    jiao = fen = 0
    digit = 0
    for ch in frac:
        if ch in _VALUE:
            digit = _VALUE[ch]
        elif ch == "角":
            jiao, digit = digit, 0
        elif ch == "分":
            fen, digit = digit, 0
        else:
            raise AssertionError(f"unexpected {ch!r} in {words!r}")
    return Decimal(yuan) + Decimal(jiao) / 10 + Decimal(fen) / 100


fens = st.one_of(st.integers(0, 10 ** 6), st.integers(0, 10 ** 12),
                 st.integers(0, int(LIMIT * 100) - 1))


@settings(max_examples=2000, deadline=None)
@given(fens)
def test_parse_back(fen):
    amount = Decimal(fen) / 100
    assert parse(cn_capital(amount)) == amount


@settings(max_examples=2000, deadline=None)
@given(fens)
def test_structure(fen):
    amount = Decimal(fen) / 100
    words = cn_capital(amount)
    assert "零零" not in words
    assert words.endswith(("整", "角", "分"))
    assert words.endswith("整") == (fen % 100 == 0)
    assert ("元" in words) == (fen >= 100 or fen == 0)
    if fen:
        assert not words.startswith("零")
        for unit in ("元", "万", "亿", "角"):
            assert "零" + unit not in words
    assert set(words) <= set(DIGITS + "拾佰仟万亿元角分整")
    # 亿 at most once; 万 never right after 亿 (a zero 万 group is skipped)
    assert words.count("亿") <= 1
    assert "亿万" not in words


@settings(max_examples=500, deadline=None)
@given(st.integers(0, 10 ** 10), st.integers(1, 99))
def test_cents_change_only_the_tail(yuan, cents):
    whole = cn_capital(Decimal(yuan))
    with_cents = cn_capital(Decimal(yuan) + Decimal(cents) / 100)
    if yuan:
        assert with_cents.startswith(whole.removesuffix("整"))
    assert with_cents.endswith(("角", "分"))

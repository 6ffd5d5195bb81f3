"""Turning one workbook cell into a typed value, or a problem code (WORKBOOK.md rules)."""
from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal
from functools import partial
from typing import Callable

from ruralperf.domain.money import D
from ruralperf.domain.numbers import parse_fraction
from ruralperf.domain.periods import Month, Quarter
from ruralperf.io.sheets import ENUMS

MAX_TEXT = 200
MIN_DATE, MAX_DATE = date(1900, 1, 1), date(2100, 12, 31)
# Excel's day 60 is a 1900-02-29 that never existed: serials before it are off by one day.
FIRST_RELIABLE_DATE = date(1900, 3, 1)
# Control characters (NUL, form feed...; tab and line breaks are allowed in free text) and
# invisible format characters (zero-width space and joiners, direction marks, BOM) that make
# one text look like another.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
# In a number (工号, 客户号, 合同号): full-width forms, the ideographic space, any white space.
_NOT_PLAIN_CODE = re.compile(r"[\uff01-\uff5e\u3000\s]")
# Numbers beyond these magnitudes are typing accidents ("1e30"); refusing them early keeps
# Decimal.quantize from raising and the stored decimal text short.
MAX_ADJUSTED_EXPONENT, MIN_ADJUSTED_EXPONENT = 15, -20
_DATE_TEXT = re.compile(
    r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$")


class FormulaWithoutValue:
    """Marker for a formula cell that has no cached value: never read as empty or 0."""

    def __repr__(self) -> str:
        return "<formula without value>"


FORMULA = FormulaWithoutValue()


class CellProblem(Exception):
    def __init__(self, code: str, **params):
        super().__init__(code)
        self.code = code
        self.params = params


def show(value) -> str:
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    return str(value)


def number(value) -> Decimal:
    """An exact Decimal from a cell: Excel numbers arrive as binary floats, so the shortest
    repr (what the user typed) is taken, never the binary expansion."""
    if isinstance(value, bool):
        raise CellProblem("not_a_number", value=show(value))
    if isinstance(value, float):
        value = repr(value)
    try:
        result = D(value)
    except (ValueError, TypeError):
        raise CellProblem("not_a_number", value=show(value)) from None
    if result and not MIN_ADJUSTED_EXPONENT <= result.adjusted() <= MAX_ADJUSTED_EXPONENT:
        raise CellProblem("not_a_number", value=show(value))
    return result


def to_text(value) -> str:
    if isinstance(value, float) and abs(value) >= 1e15:
        # An account, contract or ID number typed as a number: Excel keeps 15 significant
        # digits, so the rest is already lost; importing it would give some other number.
        raise CellProblem("number_lost_digits", value=show(value))
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, datetime):
        value = value.date() if value.time() == datetime.min.time() else value
    text = str(value).strip()
    if len(text) > MAX_TEXT:
        raise CellProblem("text_too_long", max=MAX_TEXT)
    if _CONTROL.search(text):
        raise CellProblem("text_control_chars")
    if _INVISIBLE.search(text):
        raise CellProblem("text_invisible_chars")
    return text


def to_code(value) -> str:
    """A staff, household or contract number: plain text that cannot pass for another one
    (no full-width 'Ｅ００１', no inner space); refused, never converted."""
    if value.__class__ is str and value.isascii() and value.isalnum() and len(value) <= MAX_TEXT:
        return value  # letters and digits only: what to_text and the check below would pass
    text = to_text(value)
    if _NOT_PLAIN_CODE.search(text):
        raise CellProblem("code_not_plain", value=text)
    return text


def to_amount(value, kind: str) -> Decimal:
    amount = number(value)
    if abs(amount) >= Decimal("1e13"):
        raise CellProblem("not_a_number", value=show(value))
    if amount != amount.quantize(Decimal("0.01")):
        raise CellProblem("too_many_decimals", value=show(value))
    if kind == "amount_pos" and amount <= 0:
        raise CellProblem("must_be_positive", value=show(value))
    if kind == "amount_nonneg" and amount < 0:
        raise CellProblem("must_be_nonneg", value=show(value))
    return amount.quantize(Decimal("0.01"))


def to_int(value, kind: str) -> int:
    n = number(value)
    if n != n.to_integral_value():
        raise CellProblem("not_whole", value=show(value))
    if kind == "int_pos" and n <= 0:
        raise CellProblem("must_be_positive", value=show(value))
    if n < 0:
        raise CellProblem("must_be_nonneg", value=show(value))
    if n > 10**9:
        raise CellProblem("not_a_number", value=show(value))
    return int(n)


def to_date(value) -> date:
    if isinstance(value, datetime):
        d = value.date()
    elif isinstance(value, date):
        d = value
    elif isinstance(value, str):
        # Only year-month-day text (2025-07-01, 2025/7/1, 2025.07.01, optionally with a time):
        # date.fromisoformat would also take week dates such as "2025-W01" as some other day.
        m = _DATE_TEXT.match(value.strip())
        if m is None:
            raise CellProblem("not_a_date", value=show(value))
        try:
            d = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            raise CellProblem("not_a_date", value=show(value)) from None
    else:
        raise CellProblem("not_a_date", value=show(value))
    if not MIN_DATE <= d <= MAX_DATE:
        raise CellProblem("date_out_of_range", value=show(value))
    if d < FIRST_RELIABLE_DATE:
        raise CellProblem("date_before_1900_march", value=show(value))
    return d


def to_month(value) -> str:
    if isinstance(value, (datetime, date)):
        return str(Month.of(to_date(value)))
    if isinstance(value, (int, float, Decimal)):
        # A number is neither YYYY-MM text nor a date: Excel turns a typed 2025.10 into 2025.1,
        # which must not be read as January.
        raise CellProblem("not_a_month", value=show(value))
    text = str(value).strip().replace("/", "-").replace(".", "-")
    try:
        month = Month.parse(text)
    except ValueError:
        raise CellProblem("not_a_month", value=show(value)) from None
    if not 1900 <= month.year <= 2100:
        raise CellProblem("date_out_of_range", value=show(value))
    return str(month)


def to_quarter(value) -> str:
    try:
        return str(Quarter.parse(str(value)))
    except ValueError:
        raise CellProblem("not_a_quarter", value=show(value)) from None


def to_enum(value, name: str) -> str:
    table = ENUMS[name]
    text = str(value).strip()
    if text in table:
        return table[text]
    lowered = text.lower()
    for english in table.values():
        if english.lower() == lowered:
            return english
    choices = "/".join(table)
    raise CellProblem("bad_enum", value=show(value), choices=choices)


def to_fraction(value) -> Decimal:
    try:
        share = parse_fraction(value if isinstance(value, str) else number(value))
    except (ValueError, TypeError):
        raise CellProblem("bad_fraction", value=show(value)) from None
    if not 0 < share <= 1 or share.adjusted() < MIN_ADJUSTED_EXPONENT:
        raise CellProblem("bad_fraction", value=show(value))
    return share


def to_coefficient(value) -> Decimal:
    n = number(value)
    if n <= 0:
        raise CellProblem("must_be_positive", value=show(value))
    return n


def to_score(value) -> int:
    n = number(value)
    if n != n.to_integral_value() or not 0 <= n <= 100:
        raise CellProblem("bad_score", value=show(value))
    return int(n)


_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"
_ID_RE = re.compile(r"^\d{17}[\dXx]$")


def id_check_digit(first17: str) -> str:
    return _ID_CHECK[sum(int(c) * w for c, w in zip(first17, _ID_WEIGHTS)) % 11]


def to_id_number(value) -> str:
    text = to_text(value).upper()
    # Length 18, or digits (a final X included) longer than a 15-digit old ID: meant as a
    # resident ID, so it must have the right form and check digit.
    if len(text) == 18 or (text[:-1].isdigit() and text[-1] in "0123456789X" and len(text) > 15):
        if not _ID_RE.match(text):
            raise CellProblem("bad_id_format", value=text)
        if id_check_digit(text[:17]) != text[17]:
            raise CellProblem("bad_id_number", value=text)
    return text


def _param_value(value) -> str:
    if isinstance(value, (datetime, date)):
        return to_date(value).isoformat()
    if isinstance(value, float):
        return repr(value) if not value.is_integer() else str(int(value))
    return str(value).strip()


_FIXED: dict[str, Callable[[object], object]] = {
    "text": to_text, "date": to_date, "month": to_month, "quarter": to_quarter,
    "fraction": to_fraction, "coefficient": to_coefficient, "score": to_score,
    "id_number": to_id_number, "param_value": _param_value,
}
# Kinds whose cells repeat a lot in a ledger (months, enumerations, small numbers): worth
# remembering a cell's typed value (`parse` keeps one memo per column).
REPEATING = frozenset({"date", "month", "quarter", "fraction", "coefficient", "score",
                       "amount", "amount_nonneg", "amount_pos", "int_nonneg", "int_pos"})


def repeats(kind: str) -> bool:
    return kind in REPEATING or kind.startswith("enum:")


def converter(kind: str) -> Callable[[object], object]:
    """The typed value of a non-empty cell for a column kind, as a function (resolved once per
    column, not once per cell). Raises CellProblem."""
    if kind in _FIXED:
        return _FIXED[kind]
    if kind == "code":
        return to_code
    if kind.startswith("amount"):
        return partial(to_amount, kind=kind)
    if kind.startswith("int_"):
        return partial(to_int, kind=kind)
    if kind.startswith("enum:"):
        return partial(to_enum, name=kind[5:])
    raise ValueError(f"unknown column kind {kind}")


def convert(value, kind: str):
    """Typed value of a non-empty cell for a column kind."""
    return converter(kind)(value)

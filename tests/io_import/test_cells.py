"""Cell conversion (ruralperf.io.cells): the typed value of one workbook cell, or a problem code."""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ruralperf.io import cells
from ruralperf.io.cells import CellProblem, convert
from ruralperf.io.sheets import ENUMS


def problem(value, kind) -> str:
    with pytest.raises(CellProblem) as info:
        convert(value, kind)
    return info.value.code


@pytest.mark.parametrize("value, expected", [
    (60, "0.6"), ("60", "0.6"), ("60%", "0.6"), (" 60 % ", "0.6"), ("60％", "0.6"), (0.6, "0.6"),
    ("0.6", "0.6"), (1, "1"), ("100%", "1"), (100, "1"), ("1.5‰", "0.0015"), ("0.2%", "0.002"),
    (1.5, "0.015"), ("33.33%", "0.3333"), (0.1, "0.1"),
])
def test_fraction_forms(value, expected):
    assert convert(value, "fraction") == Decimal(expected)


@pytest.mark.parametrize("value", [0, "0%", -10, "-0.5", 100.01, "101%", "1001‰", "abc", "%",
                                   "NaN", "Infinity", "1e-999999999", "1e-30%"])
def test_fraction_rejects(value):
    assert problem(value, "fraction") == "bad_fraction"


@pytest.mark.parametrize("name", sorted(ENUMS))
def test_enumerations_accept_the_chinese_word_and_the_english_identifier(name):
    for zh, en in ENUMS[name].items():
        assert convert(zh, f"enum:{name}") == en
        assert convert(f" {zh} ", f"enum:{name}") == en
        assert convert(en, f"enum:{name}") == en
        assert convert(en.upper(), f"enum:{name}") == en


def test_enumerations_are_those_of_the_workbook_spec():
    assert ENUMS["nature"] == {"新增": "new", "存量扩大": "expansion", "借新还旧": "refinance",
                               "重组": "restructure"}
    assert ENUMS["customer_type"] == {"自主开发型": "self_developed", "联合型": "joint",
                                      "联动型": "linked", "接管型": "taken_over"}
    assert ENUMS["grade"] == {"正常": "normal", "关注": "special_mention", "次级": "substandard",
                              "可疑": "doubtful", "损失": "loss"}
    assert ENUMS["item"] == {"银行卡": "bank_card", "POS": "pos", "代收代付": "agency"}
    assert ENUMS["event"] == {"催收签收": "demand_signed", "部分还款": "partial_repayment",
                              "债务确认": "acknowledgement", "起诉": "lawsuit", "展期": "extension",
                              "失时效登记": "lapse_registered", "公告催收": "demand_published",
                              "时效中止": "suspension", "判决生效": "judgment",
                              "申请执行": "execution_applied", "催收保证人": "guarantor_demand"}
    assert ENUMS["guarantee_kind"] == {"连带责任保证": "joint_several", "一般保证": "general"}


def test_bad_enumeration_names_the_choices():
    with pytest.raises(CellProblem) as info:
        convert("贷款", "enum:nature")
    assert info.value.code == "bad_enum"
    assert info.value.params == {"value": "贷款", "choices": "新增/存量扩大/借新还旧/重组"}


@pytest.mark.parametrize("value, expected", [
    (100, "100.00"), (100.5, "100.50"), ("1,234.56", "1234.56"), (" 7 ", "7.00"),
    (0.1, "0.10"), (1234567.89, "1234567.89"), (-0.01, "-0.01"), ("1.50", "1.50"),
    ("1.500", "1.50"), (9999999999999.99, "9999999999999.99"),
])
def test_amounts(value, expected):
    result = convert(value, "amount")
    assert result == Decimal(expected) and str(result) == expected


@pytest.mark.parametrize("value, code", [
    (1.001, "too_many_decimals"), ("0.005", "too_many_decimals"), ("1e-30", "not_a_number"),
    ("1e30", "not_a_number"), (1e13, "not_a_number"), ("abc", "not_a_number"),
    ("¥100", "not_a_number"), (False, "not_a_number"), (datetime(2025, 1, 1), "not_a_number"),
])
def test_amounts_rejected(value, code):
    assert problem(value, "amount") == code


@given(st.decimals(min_value=Decimal("-9999999999999.99"), max_value=Decimal("9999999999999.99"),
                   places=2, allow_nan=False, allow_infinity=False))
def test_amount_typed_in_excel_is_read_exactly(amount):
    """Excel stores a typed amount as a binary double; the importer reads back what was typed."""
    assert convert(float(amount), "amount") == amount
    assert convert(str(amount), "amount") == amount


@given(st.decimals(min_value=Decimal("-999999"), max_value=Decimal("999999"), places=3,
                   allow_nan=False, allow_infinity=False))
def test_amounts_with_three_decimals_are_rejected(amount):
    if amount != amount.quantize(Decimal("0.01")):
        assert problem(float(amount), "amount") == "too_many_decimals"
        assert problem(str(amount), "amount") == "too_many_decimals"


@pytest.mark.parametrize("value, expected", [
    (datetime(2025, 7, 1), date(2025, 7, 1)), (datetime(2025, 7, 1, 13, 5), date(2025, 7, 1)),
    (date(2025, 7, 1), date(2025, 7, 1)), ("2025-07-01", date(2025, 7, 1)),
    ("2025/7/1", date(2025, 7, 1)), ("2025.07.01", date(2025, 7, 1)),
    (" 2025-07-01 ", date(2025, 7, 1)), ("2025-07-01 00:00:00", date(2025, 7, 1)),
    ("2024-02-29", date(2024, 2, 29)),
])
def test_dates(value, expected):
    assert convert(value, "date") == expected


@pytest.mark.parametrize("value, code", [
    ("2025-02-29", "not_a_date"), ("2025-7", "not_a_date"), ("07/01/2025", "not_a_date"),
    ("2025-W27", "not_a_date"), ("2025W271", "not_a_date"), ("2025-182", "not_a_date"),
    (45839, "not_a_date"), ("1899-12-31", "date_out_of_range"),
    (datetime(2101, 1, 1), "date_out_of_range"),
])
def test_dates_rejected(value, code):
    assert problem(value, "date") == code


@pytest.mark.parametrize("value, expected", [
    ("2025-09", "2025-09"), ("2025-9", "2025-09"), ("2025/09", "2025-09"), ("2025.09", "2025-09"),
    (datetime(2025, 9, 30), "2025-09"), (datetime(2025, 9, 1), "2025-09"),
])
def test_months(value, expected):
    assert convert(value, "month") == expected


@pytest.mark.parametrize("value", ["2025-13", "2025-00", "202509", 202509, 2025.1, 2025.09,
                                   "Sep 2025", "2025-09-30"])
def test_months_rejected(value):
    assert problem(value, "month") == "not_a_month"


@pytest.mark.parametrize("value, expected", [("2025Q3", "2025Q3"), ("2025q3", "2025Q3"),
                                             (" 2025 Q 3 ", "2025Q3")])
def test_quarters(value, expected):
    assert convert(value, "quarter") == expected


@pytest.mark.parametrize("value", ["2025Q0", "2025Q5", "2025-3", "25Q3", 20253])
def test_quarters_rejected(value):
    assert problem(value, "quarter") == "not_a_quarter"


@pytest.mark.parametrize("value, kind, expected", [
    (3, "int_pos", 3), (3.0, "int_pos", 3), ("3", "int_pos", 3), (0, "int_nonneg", 0),
    (95, "score", 95), (0, "score", 0), (100.0, "score", 100),
    (1.2, "coefficient", Decimal("1.2")), ("0.85", "coefficient", Decimal("0.85")),
    (1001.0, "text", "1001"), (999999999999999.0, "text", "999999999999999"),
    (110105194912310020, "text", "110105194912310020"), ("  E001 ", "text", "E001"), (datetime(2025, 1, 2), "text", "2025-01-02"),
    (0.0015, "param_value", "0.0015"), (1000.0, "param_value", "1000"),
    (datetime(2025, 1, 1), "param_value", "2025-01-01"), (" 1.5‰ ", "param_value", "1.5‰"),
])
def test_other_kinds(value, kind, expected):
    assert convert(value, kind) == expected


@pytest.mark.parametrize("value, kind, code", [
    (0, "int_pos", "must_be_positive"), (-1, "int_nonneg", "must_be_nonneg"),
    (2.5, "int_nonneg", "not_whole"), (10**10, "int_nonneg", "not_a_number"),
    (-5, "coefficient", "must_be_positive"), (101, "score", "bad_score"), (-1, "score", "bad_score"),
    ("x" * 201, "text", "text_too_long"), (1e15, "text", "number_lost_digits"),
    (6.228480402564890e18, "text", "number_lost_digits"),
    (1.1010519491231002e17, "id_number", "number_lost_digits"),
])
def test_other_kinds_rejected(value, kind, code):
    assert problem(value, kind) == code


# -- resident ID numbers ------------------------------------------------------------------------
@pytest.mark.parametrize("value, expected", [
    ("11010519491231002X", "11010519491231002X"), ("11010519491231002x", "11010519491231002X"),
    ("110105194912310", "110105194912310"),  # a 15-digit first-generation ID has no check digit
    ("G12345678", "G12345678"),  # not a resident ID (a passport): no check
])
def test_id_numbers_accepted(value, expected):
    assert convert(value, "id_number") == expected


@given(st.text(alphabet="0123456789", min_size=17, max_size=17))
def test_id_check_digit(first17):
    """The ISO 7064 MOD 11-2 check: exactly one last character of 0-9, X is accepted."""
    weights = [2 ** (17 - i) % 11 for i in range(17)]
    check = "10X98765432"[sum(int(c) * w for c, w in zip(first17, weights)) % 11]
    assert convert(first17 + check, "id_number") == first17 + check
    for other in "0123456789X":
        if other != check:
            assert problem(first17 + other, "id_number") == "bad_id_number"


@pytest.mark.parametrize("value", ["1101051949123100", "11010519491231002", "110105194912310021X",
                                   "1101051949123100XX", "11010519491231002Y"])
def test_id_numbers_with_a_wrong_format(value):
    assert problem(value, "id_number") == "bad_id_format"


def test_formula_marker_is_not_empty():
    assert cells.FORMULA is not None and repr(cells.FORMULA) == "<formula without value>"

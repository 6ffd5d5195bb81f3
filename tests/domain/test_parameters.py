"""Scheme parameters in force on a date: the value with the latest effective date on or before
that day; the built-in default before any stored value."""
from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from ruralperf.domain.entities import ParameterValue
from ruralperf.domain.parameters import BUILTIN_FROM, DEFINITIONS, ParameterBook


def test_builtin_defaults_when_nothing_is_stored():
    scheme = ParameterBook([]).at(date(2025, 9, 30))
    assert scheme["interest.rate"] == Decimal("0.002")
    assert scheme["loan_marketing.rate"] == Decimal("0.0015")
    assert scheme["loan_marketing.assist_share_min"] == Decimal("0.10")
    assert scheme["loan_marketing.assist_share_max"] == Decimal("0.30")
    assert scheme["maintenance.base_fee"] == Decimal("30.00")
    assert scheme["maintenance.growth_fee"] == Decimal("90.00")
    assert scheme["piece.bank_card.min_balance"] == Decimal("100.00")
    assert scheme["limitation.switch_date"] == date(2017, 10, 1)
    assert scheme["sol.legacy_cutoff"] == date(2006, 12, 31)
    assert scheme["composite.floating_twice"] is False
    assert scheme["composite.indicator_cap"] is None
    assert scheme["cap.客户经理"] is None
    assert all(scheme.since[k] == BUILTIN_FROM for k in DEFINITIONS)


def test_value_in_force_on_each_side_of_its_effective_date():
    book = ParameterBook([ParameterValue("interest.rate", "0.3%", date(2025, 10, 1)),
                          ParameterValue("interest.rate", "2.5‰", date(2025, 1, 1)),
                          ParameterValue("cap.个人客户经理", "3000", date(2025, 1, 1))])
    assert book.at(date(2024, 12, 31))["interest.rate"] == Decimal("0.002")
    assert book.at(date(2025, 1, 1))["interest.rate"] == Decimal("0.0025")
    assert book.at(date(2025, 9, 30))["interest.rate"] == Decimal("0.0025")
    assert book.at(date(2025, 9, 30)).since["interest.rate"] == date(2025, 1, 1)
    assert book.at(date(2025, 10, 1))["interest.rate"] == Decimal("0.003")
    assert book.at(date(2030, 1, 1))["interest.rate"] == Decimal("0.003")
    assert book.at(date(2024, 12, 31)).cap_for("个人客户经理") is None
    assert book.at(date(2025, 1, 1)).cap_for("个人客户经理") == Decimal("3000.00")
    assert book.at(date(2025, 1, 1)).text("interest.rate") == "2.5‰"


def test_order_of_stored_values_does_not_matter():
    values = [ParameterValue("deposit.rate", v, date(2025, m, 1)) for v, m in
              [("0.001", 4), ("0.003", 10), ("0.002", 7)]]
    for book in (ParameterBook(values), ParameterBook(list(reversed(values)))):
        assert [book.at(date(2025, m, 1))["deposit.rate"] for m in (3, 4, 7, 10)] == \
            [Decimal("0.002"), Decimal("0.001"), Decimal("0.002"), Decimal("0.003")]


def test_imported_parameters_are_in_force_from_their_date(golden_ws):
    """The golden workbook sets interest.rate to 0.3% from 2025-10-01: the 2025Q3 pay run
    (end date 2025-09-30) still uses 0.2%."""
    day = date(2025, 10, 1)
    assert golden_ws.scheme_on(day - timedelta(days=1))["interest.rate"] == Decimal("0.002")
    assert golden_ws.scheme_on(day)["interest.rate"] == Decimal("0.003")
    assert golden_ws.scheme_on(date(2024, 12, 31))["floating.base_monthly"] == Decimal("0.00")
    assert golden_ws.scheme_on(date(2025, 1, 1))["floating.base_monthly"] == Decimal("1000.00")
    assert golden_ws.scheme_on(date(2025, 9, 30))["npl_recovery.rate"] == Decimal("0.02")
    assert golden_ws.scheme_on(date(2025, 6, 30))["piece.agency"] == Decimal("0.00")
    assert golden_ws.scheme_on(date(2025, 7, 1))["piece.agency"] == Decimal("2.00")


@pytest.mark.parametrize("value, expected", [("1.5‰", Decimal("0.0015")), ("0.15%", Decimal("0.0015")),
                                             ("0.0015", Decimal("0.0015"))])
def test_rate_forms(value, expected):
    book = ParameterBook([ParameterValue("loan_marketing.rate", value, date(2025, 1, 1))])
    assert book.at(date(2025, 1, 1))["loan_marketing.rate"] == expected


def test_reimporting_a_parameter_with_a_new_value_replaces_it(golden_ws, tmp_path):
    from tests.io_import.helpers import write_workbook

    path = write_workbook(tmp_path / "p.xlsx", {"参数": [["参数", "值", "生效日期"],
                                                      ["interest.rate", "0.25%", "2025-10-01"]]})
    report = golden_ws.import_workbook(path)
    assert report.ok and report.counts["parameters"].updated == 1
    assert golden_ws.scheme_on(date(2025, 10, 1))["interest.rate"] == Decimal("0.0025")
    assert golden_ws.parameter_book().history("interest.rate") == [
        (BUILTIN_FROM, "0.002"), (date(2025, 10, 1), "0.25%")]

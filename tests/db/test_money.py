"""Money round-trips exactly (DOMAIN.md §3): Decimal -> integer fen -> Decimal, through the
database column type, and from an amount typed in Excel through a whole import."""
from __future__ import annotations

import tempfile
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import Column, Integer, MetaData, Table, create_engine, insert, select, text

from ruralperf.db.types import DecimalText, Money
from ruralperf.domain.money import D, from_fen, money_str, round2, to_fen
from tests import pg_databases as pg

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
    with pytest.raises(TypeError):
        Money().process_bind_param(0.1, None)


@pytest.fixture(scope="module")
def money_table():
    engine = create_engine("sqlite://")
    table = Table("t", MetaData(), Column("id", Integer, primary_key=True),
                  Column("amount", Money), Column("share", DecimalText))
    table.metadata.create_all(engine)
    yield engine, table
    engine.dispose()


@given(amount=AMOUNTS, share=st.decimals(min_value=Decimal("0.0001"), max_value=Decimal("1"),
                                         places=6, allow_nan=False, allow_infinity=False))
def test_database_column_types_round_trip(money_table, amount, share):
    engine, table = money_table
    with engine.begin() as conn:
        conn.execute(table.delete())
        conn.execute(insert(table), {"amount": amount, "share": share})
        row = conn.execute(select(table.c.amount, table.c.share)).one()
        raw = conn.execute(text("SELECT amount, typeof(amount), typeof(share) FROM t")).one()
    assert row.amount == amount and str(row.amount) == money_str(amount)
    assert row.share == share
    assert raw == (to_fen(amount), "integer", "text")


@settings(max_examples=12, deadline=None)
@given(st.lists(AMOUNTS, min_size=1, max_size=30))
def test_amounts_typed_in_excel_survive_an_import(_template_db, amounts):
    """Excel keeps a typed amount as a binary double; after import and reading back through the
    ORM the amount is exactly what was typed."""
    import openpyxl

    from ruralperf.db import models as m
    from ruralperf.db.engine import read_session
    from ruralperf.workspace import Workspace

    with tempfile.TemporaryDirectory() as folder:
        db = pg.clone(_template_db, folder, "t.db")
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = "员工"
        ws.append(["工号", "姓名", "岗位", "岗位系数"])
        ws.append(["S1", "张三", "客户经理", 1])
        adjustments = wb.create_sheet("调整")
        adjustments.append(["工号", "季度", "金额", "事由"])
        for i, amount in enumerate(amounts):
            adjustments.append(["S1", "2025Q3", float(amount), f"第{i}笔"])
        wb.save(Path(folder) / "a.xlsx")
        with Workspace.open(db) as workspace:
            report = workspace.import_workbook(Path(folder) / "a.xlsx")
            assert report.ok, [p.message("en") for p in report.errors]
            with read_session(workspace.engine) as s:
                stored = dict(s.execute(select(m.AdjustmentRow.reason, m.AdjustmentRow.amount)).all())
    assert [stored[f"第{i}笔"] for i in range(len(amounts))] == amounts

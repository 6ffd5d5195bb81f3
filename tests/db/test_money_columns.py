"""Money round-trips exactly through the database column types (integer fen, decimal text) and
from an amount typed in Excel through a whole import (DOMAIN.md §3); the arithmetic itself is
tested in tests/domain/test_money.py."""
from __future__ import annotations

import tempfile
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import Column, Integer, MetaData, Table, create_engine, insert, select, text

from ruralperf.db.types import DecimalText, Money
from ruralperf.domain.money import money_str, to_fen
from tests import pg_databases as pg
from tests.domain.test_money import AMOUNTS


def test_the_money_column_refuses_floats():
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

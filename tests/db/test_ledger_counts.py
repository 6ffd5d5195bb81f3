"""Each month's ledger and interest row counts in `ledger_months` (migration 0011) always equal
the rows there are: whatever inserts, moves or deletes a row (here plain SQL, an import, a loan
deleted with its rows), the database's triggers keep them, and the home page reads them."""
from __future__ import annotations

import pytest
from sqlalchemy import inspect, text

from ruralperf.db.engine import read_session, write_session
from ruralperf.domain.periods import Month, Quarter
from tests.db.test_month_facts import CHANGES, _dates

B = 1


def _kept(engine) -> dict[tuple[str, str], int]:
    with read_session(engine) as s:
        rows = s.execute(text("SELECT month, snapshot_rows, interest_rows FROM ledger_months "
                              "WHERE branch_id = :b"), {"b": B}).all()
    return {(table, month): n for month, ledger, income in rows
            for table, n in (("snapshots", ledger), ("interest_income", income)) if n}


def _counted(engine) -> dict[tuple[str, str], int]:
    out = {}
    with read_session(engine) as s:
        for table in ("snapshots", "interest_income"):
            out |= {(table, month): n for month, n in s.execute(text(
                f"SELECT month, count(*) FROM {table} WHERE branch_id = :b GROUP BY month"),
                {"b": B})}
    return out


def test_an_import_leaves_every_month_counted(golden_ws):
    kept = _kept(golden_ws.engine)
    assert kept == _counted(golden_ws.engine)
    assert kept[("snapshots", "2025-09")] > 0 and kept[("interest_income", "2025-09")] > 0


@pytest.mark.parametrize("change", sorted(set(CHANGES) | {"two months at once",
                                                         "every ledger row deleted"}))
def test_any_change_keeps_the_counts(golden_ws, change):
    statement = {
        "two months at once": "UPDATE snapshots SET month = CASE month WHEN '2025-06' THEN "
                              "'2025-04' ELSE '2025-10' END WHERE month IN ('2025-06', '2025-09')",
        "every ledger row deleted": "DELETE FROM snapshots",
    }.get(change) or CHANGES[change]
    engine = golden_ws.engine
    with write_session(engine) as s:
        done = s.execute(text(statement.replace("'2025-09-10'", ":d").replace(
            "'2020-01-01'", ":e").replace("'2025-05-01'", ":f")),
            {"d": "2025-09-10", "e": "2020-01-01", "f": "2025-05-01"}
            if engine.dialect.name == "sqlite" else _dates())
        assert done.rowcount != 0
    assert _kept(engine) == _counted(engine)


def test_a_rolled_back_change_leaves_the_counts(golden_ws):
    engine = golden_ws.engine
    before = _kept(engine)
    with pytest.raises(RuntimeError), write_session(engine) as s:
        s.execute(text("DELETE FROM interest_income WHERE month = '2025-08'"))
        raise RuntimeError("the clerk cancels")
    assert _kept(engine) == before == _counted(engine)


def test_the_home_page_shows_the_kept_counts(golden_ws):
    """The coverage rows are the triggers' counts: a row typed by plain SQL shows at once."""
    coverage = {c.month: c for c in golden_ws.overview.completeness(Quarter(2025, 3)).months}
    counted = _counted(golden_ws.engine)
    for month, c in coverage.items():
        assert c.snapshots == counted.get(("snapshots", str(month)), 0)
        assert c.interest == counted.get(("interest_income", str(month)), 0)
    with write_session(golden_ws.engine) as s:
        s.execute(text("DELETE FROM snapshots WHERE month = '2025-09' AND contract_no = "
                       "(SELECT min(contract_no) FROM snapshots WHERE month = '2025-09')"))
    after = {c.month: c for c in golden_ws.overview.completeness(Quarter(2025, 3)).months}
    september = Month(2025, 9)
    assert after[september].snapshots == coverage[september].snapshots - 1


def test_a_database_from_before_the_counts_is_counted_when_opened(golden_db):
    """Downgraded to 0010 (no counts, the old triggers), changed, and opened again: the
    migration counts every month, and the triggers go on from there."""
    from alembic import command

    from ruralperf.db.engine import alembic_config, make_engine
    from ruralperf.workspace import Workspace

    engine = make_engine(str(golden_db))
    try:
        command.downgrade(alembic_config(engine), "0010")
        with engine.begin() as conn:
            assert "snapshot_rows" not in {c["name"] for c in
                                           inspect(conn).get_columns("ledger_months")}
            conn.exec_driver_sql("DELETE FROM interest_income WHERE month = '2025-07'")
            # 0004's triggers are back: the change marks its month stale
            assert conn.exec_driver_sql("SELECT stale FROM ledger_months WHERE month = "
                                        "'2025-07'").scalar() == 1
    finally:
        engine.dispose()
    with Workspace.open(golden_db) as ws:
        assert _kept(ws.engine) == _counted(ws.engine)
        with write_session(ws.engine) as s:
            s.execute(text("DELETE FROM snapshots WHERE month = '2025-08'"))
        assert _kept(ws.engine) == _counted(ws.engine)

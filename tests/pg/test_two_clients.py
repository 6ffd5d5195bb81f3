"""Two desktop clients on one PostgreSQL database at the same moment (two processes started
together on a barrier): nobody's update is lost. Write transactions take turns (engine.py), so
two imports of the same rows upsert instead of colliding, and a form saved over a record that
another client changed since it was opened is refused instead of undoing that change.

Runs when RURALPERF_TEST_DB names a PostgreSQL server (.ci/run starts one)."""
from __future__ import annotations

import multiprocessing
from decimal import Decimal

import pytest

from tests import pg_databases as pg
from tests.conftest import GOLDEN_WORKBOOK
from tests.io_import.helpers import write_workbook
from ruralperf.domain.periods import Quarter

pytestmark = pytest.mark.skipif(not pg.ON_POSTGRES,
                                reason="needs RURALPERF_TEST_DB=postgresql://...")
CTX = multiprocessing.get_context("spawn")


def _run_together(target, jobs: list[tuple]) -> list:
    """Run target(barrier, *job) in one process per job, released at the same moment."""
    barrier, results = CTX.Barrier(len(jobs)), CTX.Queue()
    procs = [CTX.Process(target=_child, args=(target, barrier, results, i, job))
             for i, job in enumerate(jobs)]
    for p in procs:
        p.start()
    out = dict(results.get(timeout=120) for _ in procs)
    for p in procs:
        p.join(30)
    return [out[i] for i in range(len(jobs))]


def _child(target, barrier, results, index, job):
    try:
        results.put((index, target(barrier, *job)))
    except BaseException as exc:  # reported to the test, which fails with it
        results.put((index, f"{type(exc).__name__}: {exc}"))


def _import(barrier, url: str, workbook: str):
    from ruralperf.workspace import Workspace

    with Workspace.open(url) as ws:
        barrier.wait()
        report = ws.import_workbook(workbook)
        return {k: (c.inserted, c.updated, c.unchanged) for k, c in report.counts.items()} \
            if report.ok else [p.message("en") for p in report.errors[:3]]


def _ledger(path, contracts: list[str], balance: int, months: int):
    rows = [["合同号", "月份", "贷款余额", "逾期天数", "欠息月数", "五级分类"]]
    # months from 2026-01, after every golden loan was disbursed (a month-end row of a loan
    # not yet disbursed is refused) and after the golden ledger's last month
    rows += [[c, f"{2026 + m // 12}-{m % 12 + 1:02d}", balance, 0, 0, "正常"]
             for c in contracts for m in range(months)]
    return str(write_workbook(path, {"月末台账": rows}))


def _snapshot_entries(db) -> dict[str, int]:
    """Audit entries of snapshots per action; a bulk entry (issue 22) counts the rows it
    inserted, as insertions."""
    import json

    counts = dict(pg.query(db, "SELECT action, count(*) FROM audit_log "
                               "WHERE table_name = 'snapshots' AND action <> 'bulk_insert' "
                               "GROUP BY action"))
    bulk = sum(json.loads(v)["rows"] for (v,) in pg.query(
        db, "SELECT new_values FROM audit_log WHERE table_name = 'snapshots' "
            "AND action = 'bulk_insert'"))
    counts["insert"] = counts.get("insert", 0) + bulk
    return counts


def test_two_imports_of_the_same_rows_at_once(golden_db, tmp_path):
    from ruralperf.workspace import Workspace

    contracts = [r[0] for r in pg.query(golden_db, "SELECT contract_no FROM loans")]
    first = _ledger(tmp_path / "a.xlsx", contracts, 1000, 300)
    second = _ledger(tmp_path / "b.xlsx", contracts, 2000, 300)
    n = len(contracts) * 300
    before = _snapshot_entries(golden_db)
    a, b = _run_together(_import, [(golden_db, first), (golden_db, second)])
    assert isinstance(a, dict) and isinstance(b, dict), (a, b)
    # One went first and inserted every row; the other found them and updated each one.
    assert sorted([a["snapshots"], b["snapshots"]]) == [(0, n, 0), (n, 0, 0)]
    later = 2000 if b["snapshots"] == (0, n, 0) else 1000
    balances = pg.query(golden_db, "SELECT DISTINCT balance FROM snapshots WHERE month >= '2026-01'")
    assert balances == [(later * 100,)]
    with Workspace.open(golden_db) as ws:
        assert ws.verify_audit().ok
    after = _snapshot_entries(golden_db)
    # both changes are in the trail: n insertions, then n updates naming the values replaced
    assert {k: after.get(k, 0) - before.get(k, 0) for k in ("insert", "update")} == \
        {"insert": n, "update": n}


def _edit(barrier, url: str, change: dict):
    from ruralperf.workspace import Workspace

    with Workspace.open(url) as ws:
        shown = ws.browse.find("staff", staff_no="E001")
        expected = {k: shown[k] for k in ("staff_no", "name", "position", "coefficient")}
        barrier.wait()
        result = ws.records.save("staff", {**expected, **change}, row_id=shown["id"],
                                 expected=expected)
        return "saved" if result.ok else [p.code for p in result.problems]


def test_two_clients_editing_the_same_record(golden_db):
    a, b = _run_together(_edit, [(golden_db, {"name": "甲改"}),
                                 (golden_db, {"coefficient": Decimal("1.7")})])
    assert sorted(map(str, [a, b])) == ["['record_changed']", "saved"], (a, b)
    ((name, coefficient),) = pg.query(golden_db, "SELECT name, coefficient FROM staff "
                                                 "WHERE staff_no = 'E001'")
    # Exactly the saved edit is in; the refused one was not written over it (nor was it
    # written with the other client's stale values).
    assert (name == "甲改") != (coefficient == "1.7")


def _pay_run(barrier, url: str):
    from ruralperf.workspace import Workspace

    with Workspace.open(url) as ws:
        barrier.wait()
        return str(ws.compute_pay_run(Quarter(2025, 3)).total("net"))


def test_two_clients_saving_the_same_pay_run(golden_db):
    a, b = _run_together(_pay_run, [(golden_db,), (golden_db,)])
    assert a == b and "Error" not in a
    # The later save replaced the earlier draft (a draft is replaced, not versioned); both
    # computations are in the audit trail, each after the other.
    assert pg.query(golden_db, "SELECT version, status FROM pay_runs") == [(1, "draft")]
    assert pg.query(golden_db, "SELECT count(*) FROM audit_log WHERE table_name = 'pay_runs'"
                               " AND action = 'compute'") == [(2,)]


def _open(barrier, url: str):
    from ruralperf.workspace import Workspace

    barrier.wait()
    with Workspace.open(url, branch_code="0007") as ws:
        return ws.branch_id


def test_two_clients_creating_the_schema_at_once():
    url = pg.create()
    a, b = _run_together(_open, [(url,), (url,)])
    assert a == b and isinstance(a, int)
    assert pg.query(url, "SELECT count(*) FROM branches WHERE code = '0007'") == [(1,)]
    assert pg.query(url, "SELECT count(*) > 0 FROM calendar_years") == [(1,)]


def test_the_golden_branch_on_postgresql(golden_db):
    from ruralperf.workspace import Workspace

    with Workspace.open(golden_db) as ws:
        report = ws.import_workbook(GOLDEN_WORKBOOK)
        assert report.ok and not report.changed

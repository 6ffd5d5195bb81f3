"""One database, several branches (a county union on PostgreSQL): each client chooses its branch
at start (`--branch CODE` or RURALPERF_BRANCH) and sees only that branch's records."""
from __future__ import annotations

import contextlib
import io
import json

from ruralperf.cli import main
from tests import pg_databases as pg
from tests.conftest import GOLDEN_WORKBOOK


def _cli(db, *argv) -> tuple[int, str]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main(["--db", str(db), *argv])
    return code, out.getvalue()


def test_each_branch_sees_only_its_own_records(db_path, monkeypatch):
    assert _cli(db_path, "--branch", "0002", "import", str(GOLDEN_WORKBOOK))[0] == 0
    code, text = _cli(db_path, "--branch", "0002", "payrun", "2025Q3", "--json")
    assert code == 0 and len(json.loads(text)["staff"]) == 5
    code, text = _cli(db_path, "payrun", "2025Q3", "--json")  # the first branch: nothing
    assert code == 0 and json.loads(text)["staff"] == []
    monkeypatch.setenv("RURALPERF_BRANCH", "0002")
    code, text = _cli(db_path, "limitation", "--as-of", "2025-09-30", "--json")
    assert code == 0 and json.loads(text)["loans"]
    assert pg.query(db_path, "SELECT code FROM branches ORDER BY id") == [("0001",), ("0002",)]
    assert pg.query(db_path, "SELECT DISTINCT branch_id FROM loans") == [(2,)]

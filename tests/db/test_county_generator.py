"""The benchmarks' county generator (benchmarks/generate.py) makes valid branch data: a branch
written as an import workbook passes every rule of the import, and the database the generator
loads directly (bypassing the import) gives the same pay run and limitation list."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from ruralperf.io.jsonout import payrun_json
from ruralperf.workspace import Workspace
from ruralperf.domain.periods import Quarter
from tests import pg_databases as pg
from tests.conftest import REPO

sys.path.insert(0, str(REPO / "benchmarks"))

from county_load import load_county  # noqa: E402
from county_model import Scale  # noqa: E402
from county_workbooks import write_branch_workbook  # noqa: E402

TINY = Scale(branches=2, staff=12, households=120, loans=200, months=9)


def test_direct_load_equals_the_import_of_the_same_branch(tmp_path, _template_db):
    direct = pg.create() if pg.ON_POSTGRES else str(tmp_path / "direct.db")
    load_county(direct, TINY, seed=3, progress=lambda _m: None)
    workbook = tmp_path / "branch_0002.xlsx"
    write_branch_workbook(workbook, TINY, 3, 2)
    with Workspace.open(pg.clone(_template_db, tmp_path, "imported.db")) as ws:
        report = ws.import_workbook(workbook)
        assert report.ok, [p.message("en") for p in report.errors[:5]]
        imported = (payrun_json(ws.compute_pay_run(Quarter(2025, 3), save=False)),
                    ws.limitation(date(2025, 9, 30)))
    with Workspace.open(direct, branch_code="0002") as ws:
        loaded = (payrun_json(ws.compute_pay_run(Quarter(2025, 3), save=False)),
                  ws.limitation(date(2025, 9, 30)))
    assert len(loaded[0]["staff"]) == 6 and loaded[1].loans
    assert loaded == imported
    assert Path(workbook).stat().st_size > 0

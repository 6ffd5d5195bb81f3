"""Fixtures of the import tests: a database holding the minimal workbook (a private copy per
test), and a way to import a {sheet: rows} workbook into it."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests import pg_databases as pg
from tests.io_import.helpers import minimal, write_workbook


@pytest.fixture(scope="session")
def _base_db(tmp_path_factory, _template_db) -> Path:
    from ruralperf.workspace import Workspace

    folder = tmp_path_factory.mktemp("base")
    path = pg.clone(_template_db, folder, "base.db")
    with Workspace.open(path) as ws:
        report = ws.import_workbook(write_workbook(folder / "minimal.xlsx", minimal()))
        assert report.ok, [p.message() for p in report.errors]
    return path


@pytest.fixture
def base_db(tmp_path, _base_db) -> Path:
    """A private database holding the minimal workbook of helpers.MINIMAL."""
    return pg.clone(_base_db, tmp_path, "base.db")


@pytest.fixture
def base_ws(base_db):
    from ruralperf.workspace import Workspace

    ws = Workspace.open(base_db)
    yield ws
    ws.close()


@pytest.fixture
def import_sheets(tmp_path):
    """import_sheets(ws, sheets, **kw): write the sheets as an .xlsx and import the file."""
    counter = iter(range(1_000_000))

    def run(ws, sheets: dict, **kwargs):
        path = write_workbook(tmp_path / f"book{next(counter)}.xlsx", sheets)
        return ws.import_workbook(path, **kwargs)

    return run

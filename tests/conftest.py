"""Shared fixtures. Qt runs offscreen; every test gets its own database copied from one
migrated template (fast and isolated). With RURALPERF_TEST_DB=postgresql://... the database
fixtures give PostgreSQL databases instead (tests/pg_databases.py); SQLite is the default."""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("RURALPERF_LANG", "zh_CN")
_SESSION_DATA = Path(tempfile.mkdtemp(prefix="ruralperf-tests-")) / "data"
os.environ["XDG_DATA_HOME"] = str(_SESSION_DATA)  # never the user's own folder

import pytest

from tests import pg_databases as pg

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
GOLDEN = SHARED / "golden2"  # the second edition (issues 16, 17); ../shared/golden retired
GOLDEN_WORKBOOK = GOLDEN / "branch_2025q3.xlsx"


@pytest.fixture(scope="session")
def _session_profile() -> Path:
    """The user data folder of the session's template databases (set when this file is read,
    so that every session-wide fixture writes there): its audit key (audit.key,
    ruralperf.security.audit_key) is the one every test's own folder starts with, so the
    templates' keyed audit chains verify in every test."""
    from ruralperf.security.audit_key import key_for

    key_for("sqlite:///template.db")  # creates audit.key
    yield _SESSION_DATA
    shutil.rmtree(_SESSION_DATA.parent, ignore_errors=True)


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory, monkeypatch, _session_profile):
    """Each test gets its own user data folder holding a copy of the session's audit key (a
    test about another computer removes it)."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("RURALPERF_LOG", str(home / "ruralperf.log"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.delenv("RURALPERF_DB", raising=False)
    for var in ("RURALPERF_AUDIT_KEY", "RURALPERF_AUDIT_KEY_FILE"):
        monkeypatch.delenv(var, raising=False)
    (home / "data" / "ruralperf").mkdir(parents=True)
    shutil.copy(_session_profile / "ruralperf" / "audit.key", home / "data" / "ruralperf")


def pytest_collection_modifyitems(config, items):
    if pg.ON_POSTGRES:
        skip = pytest.mark.skip(reason="SQLite only (a file, its PRAGMAs or its backups)")
        for item in items:
            if "sqlite_only" in item.keywords:
                item.add_marker(skip)


@pytest.fixture(scope="session", autouse=True)
def _postgres_databases():
    """Drops the PostgreSQL test databases at the end (nothing to do on SQLite)."""
    yield
    pg.drop_all()


@pytest.fixture(scope="session")
def _template_db(tmp_path_factory, _session_profile) -> Path:
    from ruralperf.workspace import Workspace

    path = pg.create() if pg.ON_POSTGRES else tmp_path_factory.mktemp("template") / "empty.db"
    Workspace.open(path).close()
    return path


@pytest.fixture(scope="session")
def _golden_db(tmp_path_factory, _template_db, _session_profile) -> Path:
    from ruralperf.workspace import Workspace

    path = pg.clone(_template_db, tmp_path_factory.mktemp("golden"), "golden.db")
    with Workspace.open(path) as ws:
        report = ws.import_workbook(GOLDEN_WORKBOOK)
        assert report.ok, [p.message() for p in report.errors]
    return path


@pytest.fixture
def db_path(tmp_path, _template_db) -> Path:
    """A fresh, migrated, empty database file (or PostgreSQL database)."""
    return pg.clone(_template_db, tmp_path, "test.db")


@pytest.fixture
def workspace(db_path):
    from ruralperf.workspace import Workspace

    ws = Workspace.open(db_path)
    yield ws
    ws.close()


@pytest.fixture
def golden_db(tmp_path, _golden_db) -> Path:
    """A database holding the golden branch workbook (a private copy)."""
    return pg.clone(_golden_db, tmp_path, "golden.db")


@pytest.fixture
def golden_ws(golden_db):
    from ruralperf.workspace import Workspace

    ws = Workspace.open(golden_db)
    yield ws
    ws.close()


# -- Qt fixtures shared by the GUI test folders (Qt is imported only when a test asks) --------
@pytest.fixture
def settings(tmp_path):
    """Private QSettings for one test (never the user's)."""
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat)


@pytest.fixture
def make_ctx(qapp, qtbot, settings):
    """`make_ctx(db_path)`: an AppContext on the database; at the end the worker is waited
    idle (no background callback outlives its widgets) and the workspace closed."""
    from ruralperf.workspace import Workspace
    from ui.context import AppContext

    made = []

    def make(db_path):
        ctx = AppContext(Workspace.open(db_path), settings)
        made.append(ctx)
        return ctx

    yield make
    for ctx in made:
        qtbot.waitUntil(lambda: not ctx.tasks.busy(), timeout=20000)
        ctx.tasks.wait()
        ctx.workspace.close()

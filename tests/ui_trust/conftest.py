"""Fixtures of the trust GUI tests (audit, backups, pay-run workflow, printing, roles): an
AppContext on a private database with private settings; at the end the worker is waited idle
and the context's workspace (which a restore replaces) is closed."""
from __future__ import annotations

import shutil

import pytest

from tests.trust.conftest import completing_sheets
from ruralperf.domain.periods import Quarter

PASSWORD = "secret-123"


@pytest.fixture
def make_ctx(qapp, qtbot, settings):
    from ruralperf.workspace import Workspace
    from ui.context import AppContext

    made = []

    def make(db_path, login: str | None = None):
        ws = Workspace.open(db_path)
        if login:
            ws.login(login, PASSWORD)
        ctx = AppContext(ws, settings)
        made.append(ctx)
        return ctx

    yield make
    for ctx in made:
        qtbot.waitUntil(lambda: not ctx.tasks.busy(), timeout=20000)
        ctx.tasks.wait()
        ctx.workspace.close()


@pytest.fixture
def idle(qtbot):
    """`idle(ctx)`: wait until the background worker has finished and delivered."""
    def wait(ctx, timeout: int = 15000):
        qtbot.waitUntil(lambda: not ctx.tasks.busy(), timeout=timeout)
    return wait


def _make_approvable(path) -> None:
    from ruralperf.workspace import Workspace

    with Workspace.open(path) as ws:
        report = ws.import_sheets(completing_sheets())
        assert report.ok, [p.message() for p in report.errors]


def _add_accounts(path) -> None:
    from ruralperf.workspace import Workspace

    with Workspace.open(path) as ws:
        ws.add_user("boss", PASSWORD, "admin", "主任")
        ws.add_user("li", PASSWORD, "officer", "李娜", staff_no="E002")
        ws.add_user("audit", PASSWORD, "auditor", "审计员")
        ws.compute_pay_run(Quarter(2025, 3))


@pytest.fixture(scope="session")
def _approvable_template(tmp_path_factory, _golden_db):
    path = tmp_path_factory.mktemp("approvable") / "approvable.db"
    shutil.copy(_golden_db, path)
    _make_approvable(path)
    return path


@pytest.fixture(scope="session")
def _accounts_template(tmp_path_factory, _approvable_template):
    path = tmp_path_factory.mktemp("accounts") / "accounts.db"
    shutil.copy(_approvable_template, path)
    _add_accounts(path)
    return path


@pytest.fixture
def approvable_db(tmp_path, _approvable_template):
    """The golden branch plus E005's missing targets and deposits: no blocking errors."""
    path = tmp_path / "approvable.db"
    shutil.copy(_approvable_template, path)
    return path


@pytest.fixture
def golden_ctx(make_ctx, golden_db):
    return make_ctx(golden_db)


@pytest.fixture
def approvable_ctx(make_ctx, approvable_db):
    return make_ctx(approvable_db)


@pytest.fixture
def accounts_db(tmp_path, _accounts_template):
    """The approvable branch with accounts: an administrator "boss", a credit officer "li"
    (staff E002), an auditor "audit"; the 2025Q3 run computed by boss."""
    path = tmp_path / "accounts.db"
    shutil.copy(_accounts_template, path)
    return path

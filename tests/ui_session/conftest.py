"""Fixtures of the session tests: a database opened exclusively as the application opens it,
a Session on it with private settings, shut down (and its file lock released) at the end."""
from __future__ import annotations

import shutil

import pytest

ADMIN, ADMIN_PASSWORD = "admin", "secret12"
OFFICER, OFFICER_PASSWORD = "li", "officer1"
AUDITOR, AUDITOR_PASSWORD = "wang", "auditor1"


@pytest.fixture(scope="session")
def _accounts_template(tmp_path_factory, _template_db):
    from ruralperf.workspace import Workspace

    path = tmp_path_factory.mktemp("accounts") / "accounts.db"
    shutil.copy(_template_db, path)
    with Workspace.open(path) as ws:
        ws.add_user(ADMIN, ADMIN_PASSWORD, "admin", "张会计")
        ws.add_user(OFFICER, OFFICER_PASSWORD, "officer", "李客户经理", "E001")
        ws.add_user(AUDITOR, AUDITOR_PASSWORD, "auditor", "王审计")
    return path


@pytest.fixture
def accounts_db(tmp_path, _accounts_template):
    """A database with an administrator, a credit officer and an auditor (a private copy)."""
    path = tmp_path / "accounts.db"
    shutil.copy(_accounts_template, path)
    return path


@pytest.fixture
def make_session(qapp, qtbot, settings):
    """`make_session(db_path)`: (Session, AppContext) on the database, not started."""
    from ruralperf.workspace import Workspace
    from ui.context import AppContext
    from ui.session.controller import Session

    made = []

    def make(db_path):
        ctx = AppContext(Workspace.open(db_path, exclusive=True), settings)
        session = Session(ctx, "zh_CN", remember_geometry=False)
        made.append((session, ctx))
        return session, ctx

    yield make
    for session, ctx in made:
        qtbot.waitUntil(lambda: not ctx.tasks.busy(), timeout=20000)
        session.shutdown(backup=False)
        qapp.processEvents()


@pytest.fixture
def logged_in(make_session, accounts_db, qtbot):
    """A session whose administrator has logged in: (session, ctx, window)."""
    session, ctx = make_session(accounts_db)
    session.start()
    login = session.login
    login.username.setText(ADMIN)
    login.password.setText(ADMIN_PASSWORD)
    login.try_login()
    qtbot.waitUntil(lambda: session.window is not None, timeout=10000)
    window = session.window
    qtbot.waitUntil(lambda: window.ready and not ctx.tasks.busy(), timeout=20000)
    return session, ctx, window

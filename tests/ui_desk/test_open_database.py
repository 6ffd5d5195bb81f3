"""Issue 13.14: 文件 > 打开数据库… (Ctrl+O) and 最近打开的数据库 open another database the way
start-up does (exclusive, checked, then the login of *that* database, offering its own last
user); a file that is gone gets a clear Chinese message and leaves the current one open."""
from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from ruralperf.safety.guard import DatabaseInUse
from ruralperf.workspace import Workspace
from tests.ui_session.conftest import (ADMIN, ADMIN_PASSWORD, OFFICER, OFFICER_PASSWORD,
                                       _accounts_template, accounts_db)  # noqa: F401
from ui.session.desk import MAX_RECENT, Desk, recent_databases, remember_database

pytestmark = pytest.mark.gui


def log_in(qtbot, desk, name: str, password: str):
    """Type the user name (unless offered) and the password, then Enter."""
    login = desk.session.login
    assert login is not None and login.isVisible()
    if login.username.text() != name:
        login.username.setFocus()
        login.username.selectAll()
        qtbot.keyClicks(login.username, name)
        qtbot.keyClick(login.username, Qt.Key_Tab)
    login.password.setFocus()
    qtbot.keyClicks(login.password, password)
    qtbot.keyClick(login.password, Qt.Key_Return)
    qtbot.waitUntil(lambda: desk.session.window is not None, timeout=10000)
    window = desk.session.window
    qtbot.waitUntil(lambda: window.ready and not desk.session.ctx.tasks.busy(), timeout=20000)
    return window


@pytest.fixture
def desk(qapp, qtbot, settings, accounts_db):
    desk = Desk(settings, "zh_CN", remember_geometry=False)
    desk.start(Workspace.open(accounts_db, exclusive=True))
    yield desk
    if desk.session is not None:
        qtbot.waitUntil(lambda: not desk.session.ctx.tasks.busy(), timeout=20000)
        desk.session.shutdown(backup=False)
    qapp.processEvents()


def test_open_another_database_and_come_back(qtbot, desk, accounts_db, tmp_path, monkeypatch):
    other = tmp_path / "其他网点.db"
    shutil.copy(accounts_db, other)
    window = log_in(qtbot, desk, ADMIN, ADMIN_PASSWORD)
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(other), "")))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    qtbot.keyClick(window, Qt.Key_O, Qt.ControlModifier)  # 打开数据库…
    qtbot.waitUntil(lambda: desk.session.login is not None, timeout=10000)
    assert desk.session.ctx.workspace.path == other.resolve()
    assert not window.isVisible()
    with pytest.raises(DatabaseInUse):  # the other database is open exclusively, as at start
        Workspace.open(other, exclusive=True)
    Workspace.open(accounts_db, exclusive=True).close()  # the first one is closed, unlocked
    # the last user of the first database is not offered for this one
    assert desk.session.login.username.text() == ""
    window = log_in(qtbot, desk, OFFICER, OFFICER_PASSWORD)
    assert "数据库：" in window.db_label.text() and "其他网点" in window.db_label.text()
    # 最近打开的数据库: the first one (not the one open now)
    window.fill_recent_menu()
    actions = [a for a in window.recent_menu.actions() if a.data()]
    assert [a.data() for a in actions] == [str(accounts_db.resolve())]
    assert actions[0].text() == f"&1 {accounts_db.resolve()}"
    actions[0].trigger()
    qtbot.waitUntil(lambda: desk.session.login is not None, timeout=10000)
    assert desk.session.ctx.workspace.path == accounts_db.resolve()
    assert desk.session.login.username.text() == ADMIN  # this database's last user
    log_in(qtbot, desk, ADMIN, ADMIN_PASSWORD)
    assert recent_databases(desk.settings)[:2] == [str(accounts_db.resolve()),
                                                  str(other.resolve())]


def test_a_missing_file_is_said_in_chinese_and_the_current_stays(qtbot, desk, accounts_db,
                                                                 tmp_path):
    window = log_in(qtbot, desk, ADMIN, ADMIN_PASSWORD)
    gone = tmp_path / "搬走了.db"
    remember_database(desk.settings, str(gone))
    window.fill_recent_menu()
    action = next(a for a in window.recent_menu.actions() if a.data() == str(gone.resolve()))
    action.trigger()
    box = desk.message
    assert box is not None and box.isVisible()
    assert "找不到数据库文件" in box.text() and str(gone) in box.text()
    assert "仍在使用当前的数据库" in box.text()
    qtbot.keyClick(box, Qt.Key_Return)
    assert desk.session.window is window and window.isVisible()
    assert desk.session.ctx.workspace.path == accounts_db.resolve()
    assert str(gone.resolve()) not in recent_databases(desk.settings)


def test_at_most_five_recent_databases(settings, tmp_path):
    for i in range(7):
        remember_database(settings, str(tmp_path / f"{i}.db"))
    remember_database(settings, str(tmp_path / "3.db"))
    assert recent_databases(settings) == [str(tmp_path / f"{i}.db")
                                          for i in (3, 6, 5, 4, 2)][:MAX_RECENT]

"""Issue 6, safety on open and close: a second copy is told the file is in use, a damaged file
is reported with its newest good backup and left untouched, a network share is warned about
once, and closing takes a backup (a failing backup is shown, never lost)."""
from __future__ import annotations

import shutil

import pytest
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox

from ruralperf.safety.backup import BackupFailed, backup_dir, take_backup
from ruralperf.workspace import Workspace
from tests.ui_session.conftest import ADMIN, ADMIN_PASSWORD
from ui.main_window import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def boxes(monkeypatch):
    """Message boxes shown with exec() are recorded instead of blocking; `boxes.click` names
    the button text to press in the next one."""
    class Shown(list):
        click = ""

    shown = Shown()

    def fake_exec(box):
        shown.append(box)
        wanted = shown.click
        for button in box.buttons():
            if wanted and button.text() == wanted:
                button.click()
                return 0
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return shown


@pytest.fixture
def opened_urls(monkeypatch):
    urls = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url) or True)
    return urls


def _windows() -> list[MainWindow]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)
            and w.isVisible()]


def test_second_copy_is_told_the_file_is_in_use(qtbot, db_path, boxes):
    from ui.app import run

    before = db_path.read_bytes()
    first = Workspace.open(db_path, exclusive=True)  # the running copy
    try:
        code = run(db=str(db_path))
    finally:
        first.close()
    assert code == 1
    assert len(boxes) == 1
    assert boxes[0].windowTitle() == "数据库正在使用"
    assert "另一个 ruralperf 窗口" in boxes[0].text() and str(db_path) in boxes[0].text()
    assert "不会打开" in boxes[0].informativeText()
    assert _windows() == []
    assert db_path.read_bytes() == before


def test_damaged_file_is_reported_with_the_newest_good_backup(qtbot, db_path, boxes,
                                                              opened_urls):
    from ui.app import run

    good = take_backup(db_path, "manual")
    damaged = bytearray(db_path.read_bytes())
    damaged[0:16] = b"not a database!!"
    db_path.write_bytes(bytes(damaged))
    boxes.click = "打开备份文件夹"
    assert run(db=str(db_path)) == 1
    box = boxes[0]
    assert box.windowTitle() == "数据库已损坏"
    assert "已损坏" in box.text() and str(good.path) in box.text()
    assert "不会删除" in box.informativeText()
    assert [u.toLocalFile() for u in opened_urls] == [str(backup_dir(db_path))]
    assert db_path.read_bytes() == bytes(damaged)  # never overwritten
    assert good.path.exists()
    assert _windows() == []


def test_damaged_file_without_backup(qtbot, tmp_path, boxes):
    from ui.app import run

    path = tmp_path / "broken.db"
    path.write_bytes(b"x" * 4096)
    assert run(db=str(path)) == 1
    assert "没有找到完好的备份" in boxes[0].text()
    open_button = [b for b in boxes[0].buttons() if b.text() == "打开备份文件夹"][0]
    assert not open_button.isEnabled()  # there is no backup folder to open
    assert path.read_bytes() == b"x" * 4096


def test_network_share_is_warned_about_once(qtbot, logged_in):
    session, ctx, window = logged_in
    assert session.warnings == []
    ctx.workspace.warnings.append("network_share")
    session._warned = False  # as if the database had been opened from a share
    session._close_window()
    session.open_window()
    assert len(session.warnings) == 1
    assert "网络共享" in session.warnings[0].text() and session.warnings[0].isVisible()
    session.warnings[0].accept()
    session._close_window()
    session.open_window()
    assert len(session.warnings) == 1  # once per start


def test_closing_takes_a_backup(qtbot, make_session, accounts_db):
    session, ctx = make_session(accounts_db)
    assert not backup_dir(accounts_db).exists() or not list(
        backup_dir(accounts_db).glob("*-close.db"))
    session.start()
    session.login.username.setText(ADMIN)
    session.login.password.setText(ADMIN_PASSWORD)
    session.login.try_login()
    qtbot.waitUntil(lambda: session.window is not None, timeout=10000)
    qtbot.waitUntil(lambda: not ctx.tasks.busy(), timeout=20000)
    assert session.shutdown(backup=True)
    assert len(list(backup_dir(accounts_db).glob("*-close.db"))) == 1
    again = Workspace.open(accounts_db, exclusive=True)  # the file lock was released
    again.close()


def test_a_failing_backup_on_close_is_shown(qtbot, make_session, db_path, monkeypatch):
    session, ctx = make_session(db_path)
    warned = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, text, *a: warned.append((title, text)))

    def fail(reason="close"):
        raise BackupFailed("disk full")

    monkeypatch.setattr(ctx.workspace, "_auto_backup", fail)
    assert not session.shutdown(backup=True)
    assert warned and warned[0][0] == "关闭时备份失败" and "disk full" in warned[0][1]
    again = Workspace.open(db_path, exclusive=True)  # the lock is released all the same
    again.close()


def test_screenshot_of_a_database_with_accounts(qtbot, accounts_db, tmp_path, monkeypatch,
                                                capsys):
    from PySide6.QtGui import QImage

    from ui.app import run

    monkeypatch.delenv("RURALPERF_USER", raising=False)
    monkeypatch.delenv("RURALPERF_PASSWORD", raising=False)
    out = tmp_path / "home.png"
    assert run(db=str(accounts_db), screenshot=str(out)) == 1  # no login: nothing shown
    assert "登录" in capsys.readouterr().err and not out.exists()
    monkeypatch.setenv("RURALPERF_USER", ADMIN)
    monkeypatch.setenv("RURALPERF_PASSWORD", ADMIN_PASSWORD)
    assert run(db=str(accounts_db), screenshot=str(out)) == 0
    assert QImage(str(out)).width() == 1366


def test_first_copy_still_opens_after_a_refused_second(qtbot, db_path, boxes):
    """The refused copy leaves no lock or file behind that would stop the next start."""
    from ui.app import run

    first = Workspace.open(db_path, exclusive=True)
    try:
        assert run(db=str(db_path)) == 1
    finally:
        first.close()
    shutil.copy(db_path, db_path.with_suffix(".copy"))
    again = Workspace.open(db_path, exclusive=True)
    again.close()


def test_the_application_from_login_to_close(qtbot, accounts_db, tmp_path):
    """`ui.app.run` itself: the login dialog, the window, closing it, the backup on close."""
    from PySide6.QtCore import QSettings, QTimer

    from ui.app import run
    from ui.session.login import LoginDialog

    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(tmp_path / "cfg"))
    QSettings.setPath(QSettings.NativeFormat, QSettings.UserScope, str(tmp_path / "cfg"))
    app = QApplication.instance()
    seen = {}

    def log_in():
        dialogs = [w for w in app.topLevelWidgets() if isinstance(w, LoginDialog)
                   and w.isVisible()]
        if not dialogs:
            QTimer.singleShot(50, log_in)
            return
        seen["login"] = True
        dialogs[0].username.setText(ADMIN)
        dialogs[0].password.setText(ADMIN_PASSWORD)
        dialogs[0].try_login()
        QTimer.singleShot(50, close_window)

    def close_window():
        windows = _windows()
        if not windows or not windows[0].ready:
            QTimer.singleShot(50, close_window)
            return
        seen["window"] = windows[0].user_label.text()
        windows[0].close()

    QTimer.singleShot(0, log_in)
    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(lambda: app.exit(3))
    guard.start(30000)
    try:
        code = run(db=str(accounts_db), lang="zh_CN")
    finally:
        guard.stop()
    assert code == 0
    assert seen == {"login": True, "window": "用户：张会计（管理员）"}
    assert len(list(backup_dir(accounts_db).glob("*-close.db"))) == 1
    assert app.quitOnLastWindowClosed()  # restored
    Workspace.open(accounts_db, exclusive=True).close()  # the lock was released

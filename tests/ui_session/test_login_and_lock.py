"""Issue 6: logging in at start, the idle lock, switching users; roles follow the user."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui_session.conftest import (ADMIN, ADMIN_PASSWORD, AUDITOR, AUDITOR_PASSWORD,
                                       OFFICER, OFFICER_PASSWORD)
from ui.session.login import LockScreen, LoginDialog

pytestmark = pytest.mark.gui


def _try(qtbot, dialog: LoginDialog, name: str | None, password: str) -> None:
    if name is not None:
        dialog.username.setText(name)
    dialog.password.setText(password)
    dialog.login_button.click()
    qtbot.waitUntil(lambda: not dialog._checking, timeout=10000)


def test_login_refuses_a_wrong_password_and_accepts_the_right_one(qtbot, make_session,
                                                                  accounts_db):
    session, ctx = make_session(accounts_db)
    session.start()
    login = session.login
    assert isinstance(login, LoginDialog) and login.isVisible() and session.wizard is None
    assert ctx.workspace.user is None
    qtbot.waitUntil(lambda: "3301" in login.subheading.text() or "0001" in
                    login.subheading.text(), timeout=5000)
    _try(qtbot, login, ADMIN, "wrong-password")
    assert "错误" in login.message.text()
    assert session.window is None and ctx.workspace.user is None
    assert login.password.text() == ""
    _try(qtbot, login, ADMIN, ADMIN_PASSWORD)
    qtbot.waitUntil(lambda: session.window is not None, timeout=10000)
    assert ctx.workspace.user.username == ADMIN
    assert "张会计" in session.window.user_label.text()
    assert ctx.settings.value(session._last_user_key()) == ADMIN


def test_three_failures_make_the_user_wait(qtbot, make_session, accounts_db, monkeypatch):
    monkeypatch.setattr(LoginDialog, "FAIL_DELAY_MS", 300)
    session, _ctx = make_session(accounts_db)
    session.start()
    login = session.login
    for _ in range(2):
        _try(qtbot, login, ADMIN, "nope-nope")
        assert not login.waiting()
    _try(qtbot, login, ADMIN, "nope-nope")
    assert login.waiting()
    assert not login.login_button.isEnabled() and not login.password.isEnabled()
    assert "3 次" in login.message.text()
    login.try_login()  # ignored while waiting
    assert not login._checking
    qtbot.waitUntil(lambda: login.login_button.isEnabled(), timeout=3000)
    _try(qtbot, login, ADMIN, ADMIN_PASSWORD)
    qtbot.waitUntil(lambda: session.window is not None, timeout=10000)


def test_escape_at_login_quits(qtbot, make_session, accounts_db):
    session, _ctx = make_session(accounts_db)
    session.start()
    with qtbot.waitSignal(session.quit_requested, timeout=5000):
        qtbot.keyClick(session.login, Qt.Key_Escape)
    assert session.window is None


def test_last_user_is_offered(qtbot, make_session, accounts_db, settings, tmp_path):
    import shutil

    session, _ctx = make_session(accounts_db)
    settings.setValue(session._last_user_key(), OFFICER)
    session.start()
    assert session.login.username.text() == OFFICER
    # per database: another branch's database does not offer this one's user (issue 13.14)
    other_db = tmp_path / "other.db"
    shutil.copy(accounts_db, other_db)
    other, _ctx2 = make_session(other_db)
    other.start()
    assert other.login.username.text() == ""


def test_idle_lock_appears_and_unlocks_with_the_password(qtbot, logged_in):
    session, ctx, window = logged_in
    idle = session.idle
    assert idle.minutes == 15 and idle.active()  # the default
    idle.set_interval_ms(300)
    qtbot.waitUntil(lambda: session.lock_screen is not None, timeout=5000)
    screen = session.lock_screen
    assert isinstance(screen, LockScreen) and screen.isVisible()
    assert screen.windowModality() == Qt.ApplicationModal
    assert screen.geometry() == window.geometry()  # it covers the window
    assert screen.username.isReadOnly() and screen.username.text() == ADMIN
    assert not idle.active()
    qtbot.keyClick(screen, Qt.Key_Escape)  # Esc never unlocks
    screen.close()
    assert screen.isVisible() and session.lock_screen is screen
    _try(qtbot, screen, None, "wrong-password")
    assert session.lock_screen is screen and "错误" in screen.message.text()
    _try(qtbot, screen, None, ADMIN_PASSWORD)
    qtbot.waitUntil(lambda: session.lock_screen is None, timeout=5000)
    assert session.window is window and window.isVisible()
    assert not idle.is_locked and idle.active()  # watching again


def test_input_keeps_the_lock_away(qtbot, logged_in):
    session, _ctx, window = logged_in
    session.idle.set_interval_ms(1500)
    for _ in range(20):
        qtbot.keyClick(window.nav, Qt.Key_Down)
        qtbot.wait(100)
    assert session.lock_screen is None
    qtbot.waitUntil(lambda: session.lock_screen is not None, timeout=5000)


def test_zero_minutes_switches_the_lock_off(qtbot, logged_in):
    session, _ctx, _window = logged_in
    session.idle.set_minutes(0)
    assert not session.idle.active()
    qtbot.wait(100)
    assert session.lock_screen is None


def test_menu_lock_and_switching_user_at_the_lock_screen(qtbot, logged_in):
    session, ctx, window = logged_in
    window.lock_action.trigger()
    screen = session.lock_screen
    assert screen is not None and session.idle.is_locked
    screen.switch_button.click()
    assert not screen.username.isReadOnly() and screen.username.text() == ""
    _try(qtbot, screen, AUDITOR, AUDITOR_PASSWORD)
    qtbot.waitUntil(lambda: session.window is not None and session.window is not window,
                    timeout=10000)
    new = session.window
    assert ctx.workspace.user.username == AUDITOR
    assert "审计员" in new.user_label.text()
    assert not new.users_action.isEnabled()  # only administrators manage users
    assert session.lock_screen is None and not session.idle.is_locked


def test_switch_user_from_the_file_menu(qtbot, logged_in):
    session, ctx, window = logged_in
    window.switch_user_action.trigger()
    assert session.window is None and not window.isVisible()
    assert ctx.workspace.user is None
    login = session.login
    assert login is not None and login.isVisible()
    _try(qtbot, login, OFFICER, OFFICER_PASSWORD)
    qtbot.waitUntil(lambda: session.window is not None, timeout=10000)
    assert ctx.workspace.user.role == "officer"
    new = session.window
    assert "客户经理" in new.user_label.text()
    qtbot.waitUntil(lambda: new.ready and not ctx.tasks.busy(), timeout=20000)
    qtbot.wait(50)  # the old window is deleted; nothing of it may answer the signals below
    ctx.data_changed.emit("*")
    for key in ("loans", "limitation", "payrun", "home"):
        ctx.navigate.emit(key, "")
        qtbot.waitUntil(lambda: not ctx.tasks.busy(), timeout=20000)
    assert new.current_key() == "home"


def test_closing_the_window_quits(qtbot, logged_in):
    session, _ctx, window = logged_in
    with qtbot.waitSignal(session.quit_requested, timeout=5000):
        window.close()


def test_quit_from_the_lock_screen(qtbot, logged_in):
    session, _ctx, _window = logged_in
    screen = session.lock()
    with qtbot.waitSignal(session.quit_requested, timeout=5000):
        screen.quit_button.click()

"""Issue 14.3 in the window: an administrator resets a password, disables an account and
changes a role in 用户管理; anyone changes his own password (设置 → 修改密码). Typed like a
clerk: clicks on the list, keyClicks, Tab and Enter."""
from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.ui_session.conftest import ADMIN, ADMIN_PASSWORD, OFFICER, OFFICER_PASSWORD

pytestmark = pytest.mark.gui


def _click_row(qtbot, table, username):
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == username)
    rect = table.visualItemRect(table.item(row, 0))
    QTest.mouseClick(table.viewport(), Qt.LeftButton, pos=rect.center())


def _session_as(make_session, accounts_db, qtbot, name, password):
    session, ctx = make_session(accounts_db)
    session.start()
    login = session.login
    login.username.setFocus()
    QTest.keyClicks(login.username, name)
    QTest.keyClick(login.username, Qt.Key_Tab)
    QTest.keyClicks(login.password, password)
    QTest.keyClick(login.password, Qt.Key_Return)
    qtbot.waitUntil(lambda: session.window is not None, timeout=10000)
    window = session.window
    qtbot.waitUntil(lambda: window.ready and not ctx.tasks.busy(), timeout=20000)
    return session, ctx, window


def test_administrator_disables_resets_and_changes_a_role(qtbot, make_session, accounts_db):
    _s, ctx, window = _session_as(make_session, accounts_db, qtbot, ADMIN, ADMIN_PASSWORD)
    dialog = window.open_users()
    qtbot.waitUntil(lambda: len(dialog.users) == 3, timeout=5000)
    assert not dialog.chosen_box.isEnabled()
    _click_row(qtbot, dialog.table, OFFICER)
    assert dialog.chosen_box.isEnabled() and dialog.active_button.text() == "停用"
    QTest.mouseClick(dialog.active_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: "已停用" in dialog.message.text(), timeout=10000)
    qtbot.waitUntil(lambda: not ctx.tasks.busy(), timeout=10000)
    states = {dialog.table.item(r, 0).text(): dialog.table.item(r, 4).text()
              for r in range(dialog.table.rowCount())}
    assert states[OFFICER] == "已停用"
    assert not {u.username: u.active for u in ctx.workspace.users(True)}[OFFICER]

    _click_row(qtbot, dialog.table, OFFICER)
    QTest.mouseClick(dialog.active_button, Qt.LeftButton)  # 启用 again
    qtbot.waitUntil(lambda: "已启用" in dialog.message.text(), timeout=10000)
    qtbot.waitUntil(lambda: not ctx.tasks.busy(), timeout=10000)

    _click_row(qtbot, dialog.table, OFFICER)
    QTest.mouseClick(dialog.reset_button, Qt.LeftButton)
    reset = dialog.password_dialog
    qtbot.waitUntil(reset.isVisible, timeout=5000)
    reset.new.setFocus()
    QTest.keyClicks(reset.new, "fresh-pw1")
    QTest.keyClick(reset.new, Qt.Key_Tab)
    QTest.keyClicks(reset.again, "fresh-pw1")
    QTest.keyClick(reset.again, Qt.Key_Return)
    qtbot.waitUntil(lambda: "已重置" in dialog.message.text(), timeout=10000)

    _click_row(qtbot, dialog.table, OFFICER)
    dialog.new_role.setFocus()
    dialog.new_role.setCurrentIndex(dialog.new_role.findData("auditor"))
    QTest.mouseClick(dialog.role_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: "审计员" in dialog.message.text(), timeout=10000)
    qtbot.waitUntil(lambda: not ctx.tasks.busy(), timeout=10000)
    li = next(u for u in ctx.workspace.users() if u.username == OFFICER)
    assert li.role == "auditor"
    assert ctx.workspace.login(OFFICER, "fresh-pw1").username == OFFICER
    dialog.close()


def test_officer_changes_his_own_password(qtbot, make_session, accounts_db):
    _s, ctx, window = _session_as(make_session, accounts_db, qtbot, OFFICER, OFFICER_PASSWORD)
    assert window.password_action.isEnabled() and not window.users_action.isEnabled()
    from ui.session.password_dialog import PasswordDialog

    window.password_action.trigger()
    dialog = next(d for d in window.findChildren(PasswordDialog) if d.isVisible())
    QTest.keyClicks(dialog.old, "wrong-one")
    QTest.keyClick(dialog.old, Qt.Key_Tab)
    QTest.keyClicks(dialog.new, "newpass9")
    QTest.keyClick(dialog.new, Qt.Key_Tab)
    QTest.keyClicks(dialog.again, "newpass9")
    QTest.keyClick(dialog.again, Qt.Key_Return)
    qtbot.waitUntil(lambda: "原密码不正确" in dialog.message.text(), timeout=10000)
    assert dialog.isVisible()
    QTest.keyClicks(dialog.old, OFFICER_PASSWORD)
    QTest.keyClick(dialog.old, Qt.Key_Return)
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible(),
                    timeout=10000)  # accepted, closed (and deleted)
    assert ctx.workspace.login(OFFICER, "newpass9").username == OFFICER

"""User management, the idle-lock setting and the About dialog."""
from __future__ import annotations

import pytest
from PySide6.QtGui import QDesktopServices

from ruralperf import __version__
from ruralperf.safety.backup import backup_dir
from tests.ui_session.conftest import AUDITOR, AUDITOR_PASSWORD

pytestmark = pytest.mark.gui


def test_administrator_adds_users(qtbot, logged_in):
    _session, ctx, window = logged_in
    dialog = window.open_users()
    qtbot.waitUntil(lambda: len(dialog.users) == 3, timeout=5000)
    assert dialog.table.rowCount() == 3
    roles = {dialog.table.item(r, 0).text(): dialog.table.item(r, 2).text()
             for r in range(3)}
    assert roles == {"admin": "管理员", "li": "客户经理", "wang": "审计员"}
    dialog.username.setText("zhao")
    dialog.display_name.setText("赵客户经理")
    dialog.role.setCurrentIndex(dialog.role.findData("officer"))
    dialog.password.setText("officer2")
    dialog.confirm.setText("officer2")
    dialog.add_user()
    assert "工号" in dialog.message.text()  # an officer needs a staff number
    dialog.staff_no.setText("E002")
    dialog.confirm.setText("other")
    dialog.add_user()
    assert "不一致" in dialog.message.text()
    dialog.confirm.setText("officer2")
    dialog.add_user()
    qtbot.waitUntil(lambda: len(dialog.users) == 4, timeout=10000)
    assert "zhao" in dialog.message.text()
    zhao = next(u for u in ctx.workspace.users() if u.username == "zhao")
    assert (zhao.role, zhao.staff_no) == ("officer", "E002")
    dialog.username.setText("zhao")
    dialog.role.setCurrentIndex(dialog.role.findData("auditor"))
    assert not dialog.staff_no.isEnabled()
    dialog.password.setText("auditor2")
    dialog.confirm.setText("auditor2")
    dialog.add_user()
    qtbot.waitUntil(lambda: dialog.add_button.isEnabled(), timeout=10000)
    assert "已存在" in dialog.message.text()  # the core's message
    dialog.close()


def test_others_cannot_add_users(qtbot, logged_in):
    session, ctx, window = logged_in
    window.switch_user_action.trigger()
    session.login.username.setText(AUDITOR)
    session.login.password.setText(AUDITOR_PASSWORD)
    session.login.try_login()
    qtbot.waitUntil(lambda: session.window is not None, timeout=10000)
    window = session.window
    assert not window.users_action.isEnabled()
    dialog = window.open_users()  # even if opened, the form is off (and the core refuses)
    assert not dialog.add_button.isEnabled()
    assert "只有管理员" in dialog.message.text()
    dialog.close()
    settings = window.open_settings()
    assert settings.idle_minutes is not None and not settings.idle_minutes.isEnabled()
    assert settings.chosen_idle_minutes() is None
    settings.close()


def test_administrator_sets_the_idle_time(qtbot, logged_in):
    session, ctx, window = logged_in
    qtbot.waitUntil(lambda: not ctx.tasks.busy())
    dialog = window.open_settings()
    assert dialog.idle_minutes.value() == 15 and dialog.idle_minutes.isEnabled()
    dialog.idle_minutes.setValue(5)
    dialog.accept()
    qtbot.waitUntil(lambda: session.idle.minutes == 5, timeout=5000)
    assert ctx.workspace.setting("idle_lock_minutes") == "5"
    assert session.idle.interval_ms == 5 * 60_000
    # the next session reads it back
    window.switch_user_action.trigger()
    session.login.username.setText("admin")
    session.login.password.setText("secret12")
    session.idle.set_minutes(15)
    session.login.try_login()
    qtbot.waitUntil(lambda: session.window is not None, timeout=10000)
    qtbot.waitUntil(lambda: session.idle.minutes == 5, timeout=5000)


def test_about_shows_version_and_folders(qtbot, logged_in, monkeypatch):
    _session, ctx, window = logged_in
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    dialog = window.about()
    assert dialog.fields["version"].text() == __version__
    assert dialog.fields["database"].text() == str(ctx.workspace.path)
    assert dialog.fields["backups"].text() == str(backup_dir(ctx.workspace.path))
    assert dialog.fields["log"].text().endswith("ruralperf.log")
    assert dialog.fields["qt"].text().startswith("6.")
    dialog.open_backups_button.click()
    dialog.open_log_button.click()
    dialog.open_db_button.click()
    assert [u.toLocalFile() for u in opened] == [
        str(backup_dir(ctx.workspace.path)), str(dialog.log_file.parent),
        str(ctx.workspace.path.parent)]
    dialog.close()

"""Backups page: a backup now is listed; restoring it brings the data back (the pages then
use the reopened workspace); credit officers may neither back up nor restore."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from ui.trust.backups_page import BackupsPage
from ruralperf.domain.periods import Quarter

pytestmark = pytest.mark.gui


@pytest.fixture
def page(qtbot, approvable_ctx, idle):
    page = BackupsPage(approvable_ctx)
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    page.refresh()
    idle(approvable_ctx)
    return page


def _backup_now(page, ctx, idle):
    before = page.table.rowCount()
    page.backup_button.click()
    idle(ctx)
    assert page.table.rowCount() == before + 1
    return page.backups[0]


def test_backup_now_is_listed(page, approvable_ctx, idle):
    backup = _backup_now(page, approvable_ctx, idle)
    assert backup.reason == "manual" and backup.path.exists()
    assert page.table.item(0, 1).text() == "手动备份"
    assert page.table.item(0, 3).text() == backup.path.name
    assert "已备份" in page.status.text()
    assert str(backup.path.parent) in page.intro.text()


def test_restore_brings_the_data_back(qtbot, page, approvable_ctx, idle):
    ctx = approvable_ctx
    old = ctx.workspace
    backup = _backup_now(page, ctx, idle)
    ctx.run(lambda progress: old.compute_pay_run(Quarter(2025, 3)))  # a change after the backup
    idle(ctx)
    assert old.stored_pay_run(Quarter(2025, 3)) is not None
    page.refresh()
    idle(ctx)
    page.select(backup)
    assert page.restore_button.isEnabled()
    with qtbot.waitSignal(ctx.data_changed) as changed:
        box = page.restore_selected()
        box.restore_button.click()
        idle(ctx)
    assert changed.args == ["*"]
    assert ctx.workspace is not old  # reopened on the restored file
    assert ctx.workspace.stored_pay_run(Quarter(2025, 3)) is None  # the run computed later is gone
    assert ctx.workspace.user is not None and ctx.workspace.can("restore")
    assert "已从备份恢复" in page.status.text()
    page.message.close()
    idle(ctx)
    reasons = [b.reason for b in page.backups]
    assert "before-restore" in reasons  # the data as it was, kept
    # and it can be restored back
    undo = next(b for b in page.backups if b.reason == "before-restore")
    page.restore(undo)
    idle(ctx)
    assert ctx.workspace.stored_pay_run(Quarter(2025, 3)) is not None


def test_a_damaged_backup_is_refused_and_nothing_changes(page, approvable_ctx, idle):
    ctx = approvable_ctx
    backup = _backup_now(page, ctx, idle)
    backup.path.write_bytes(b"not a database")
    page.restore(backup)
    idle(ctx)
    assert "恢复失败" in page.status.text()
    assert ctx.workspace.stored_pay_run(Quarter(2025, 3)) is None and ctx.workspace.can("view")
    assert len(ctx.workspace.overview.staff_names()) == 5
    page.message.close()


def test_officers_can_neither_back_up_nor_restore(qtbot, make_ctx, accounts_db, idle):
    ctx = make_ctx(accounts_db, login="li")
    page = BackupsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    idle(ctx)
    assert not page.backup_button.isEnabled()
    assert not page.restore_button.isVisible()
    page.backup_now()
    page.restore_selected()
    idle(ctx)
    assert page.confirm_box is None


def test_the_signed_in_user_carries_over(qtbot, make_ctx, accounts_db, idle):
    ctx = make_ctx(accounts_db, login="boss")
    page = BackupsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    idle(ctx)
    backup = _backup_now(page, ctx, idle)
    page.restore(backup)
    idle(ctx)
    assert ctx.workspace.user.username == "boss" and ctx.workspace.can("restore")
    page.message.close()


class Window(QWidget):
    """Stands for the main window: the session logs in again on `switch_user_requested`."""

    switch_user_requested = Signal()


def test_a_user_missing_from_the_backup_must_sign_in_again(qtbot, make_ctx, accounts_db, idle):
    from tests.ui_trust.conftest import PASSWORD

    ctx = make_ctx(accounts_db, login="boss")
    window = Window()
    qtbot.addWidget(window)
    page = BackupsPage(ctx, window)
    window.show()
    page.refresh()
    idle(ctx)
    backup = _backup_now(page, ctx, idle)
    ctx.workspace.add_user("deputy", PASSWORD, "admin")
    ctx.workspace.login("deputy", PASSWORD)
    page.restore(backup)
    idle(ctx)
    assert ctx.workspace.user is None and not ctx.workspace.can("view")
    assert "重新登录" in page.status.text()
    with qtbot.waitSignal(window.switch_user_requested):
        page.message.accept()


def test_after_a_restore_the_main_window_shows_the_restored_data(qtbot, approvable_ctx, idle):
    from ui.main_window import MainWindow

    ctx = approvable_ctx
    window = MainWindow(ctx, remember_geometry=False)
    qtbot.addWidget(window)
    window.show()
    idle(ctx)
    window.show_page("backups")
    idle(ctx)
    backups = window.pages["backups"]
    backup = _backup_now(backups, ctx, idle)
    window.show_page("payrun")
    idle(ctx)
    payrun = window.pages["payrun"]
    payrun.compute_button.click()
    idle(ctx)
    assert payrun.stored is not None
    window.show_page("backups")
    backups.restore(backup)
    idle(ctx)
    backups.message.close()
    window.show_page("payrun")  # stale since data_changed("*"): reloads from the restored file
    idle(ctx)
    assert payrun.stored is None and payrun.badge.text() == "尚未核算"

"""Issue 13.2: the first-run wizard finishes with its defaults (the prefilled user name
"admin"), and a disabled button says why it is disabled."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

pytestmark = pytest.mark.gui


def test_admin_page_with_the_prefilled_name_and_typed_passwords(qtbot, make_session, db_path):
    session, ctx = make_session(db_path)
    session.start()
    wizard = session.wizard
    branch = wizard.branch_page
    next_button = wizard.button(QWizard.NextButton)
    assert not next_button.isEnabled()
    assert "网点名称" in branch.hint.text()  # says why
    branch.name.setFocus()
    branch.name.insert("青山信用社")  # committed by the input method
    qtbot.keyClick(branch.name, Qt.Key_Tab)
    qtbot.keyClicks(branch.code, "0001")
    assert next_button.isEnabled() and not branch.hint.isVisible()
    qtbot.keyClick(branch.code, Qt.Key_Return)
    assert wizard.currentId() == wizard.PAGE_ADMIN

    page = wizard.admin_page
    commit = wizard.button(QWizard.CommitButton)
    assert page.username.text() == "admin"
    assert not commit.isEnabled() and "密码至少 6 位" in page.hint.text()
    page.password.setFocus()
    qtbot.keyClicks(page.password, "secret12")
    assert not commit.isEnabled() and "确认密码" in page.hint.text()
    qtbot.keyClick(page.password, Qt.Key_Tab)
    qtbot.keyClicks(page.confirm, "secret1")
    assert "不一致" in page.hint.text()
    qtbot.keyClicks(page.confirm, "2")
    assert commit.isEnabled() and not page.hint.isVisible()
    qtbot.keyClick(page.confirm, Qt.Key_Return)  # 创建管理员
    qtbot.waitUntil(lambda: wizard.currentId() == wizard.PAGE_DATA, timeout=10000)
    assert wizard.admin is not None and wizard.admin.username == "admin"
    assert [u.username for u in ctx.workspace.users()] == ["admin"]

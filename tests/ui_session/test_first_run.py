"""Issue 8 acceptance: the first-run wizard, walked page by page to the main window's home
page (branch, administrator, data choice, the scheme values a first pay run needs)."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QWizard

from ui.main_window import MainWindow
from ui.session.wizard import FirstRunWizard

pytestmark = pytest.mark.gui


def _walk_to_data_page(qtbot, wizard: FirstRunWizard) -> None:
    assert wizard.currentId() == wizard.PAGE_BRANCH
    assert not wizard.button(QWizard.NextButton).isEnabled()  # both fields are required
    wizard.branch_page.name.setText("青山信用社营业部")
    qtbot.keyClicks(wizard.branch_page.code, "3301 x")  # the space is refused by the validator
    assert wizard.branch_page.code.text() == "3301x"
    wizard.branch_page.code.setText("3301")
    wizard.next()
    assert wizard.currentId() == wizard.PAGE_ADMIN
    page = wizard.admin_page
    page.username.setText("zhang")
    page.display_name.setText("张会计")
    page.password.setText("short")
    page.confirm.setText("short")
    wizard.next()
    assert wizard.currentId() == wizard.PAGE_ADMIN and "至少 6 位" in page.hint.text()
    page.password.setText("secret12")
    page.confirm.setText("secret21")
    wizard.next()
    assert "不一致" in page.error.text()
    page.confirm.setText("secret12")
    wizard.next()  # the account is written in the background, then the wizard moves on
    qtbot.waitUntil(lambda: wizard.currentId() == wizard.PAGE_DATA, timeout=10000)
    assert wizard.admin is not None and wizard.admin.role == "admin"


def _finish_scheme_page(qtbot, wizard: FirstRunWizard, base: str, rate: str) -> None:
    page = wizard.scheme_page
    qtbot.waitUntil(lambda: wizard.currentId() == wizard.PAGE_SCHEME, timeout=30000)
    qtbot.waitUntil(lambda: page.scheme is not None, timeout=10000)
    qtbot.keyClicks(page.base, "1800.505")  # kept as typed; 完成 refuses it with the reason
    assert page.base.text() == "1800.505"
    page.base.setText(base)
    page.rate.setText(rate)
    page.effective_from.setDate(page.effective_from.date().addYears(-5))
    wizard.button(QWizard.FinishButton).click()


def test_first_run_wizard_walks_to_the_home_page(qtbot, make_session, db_path, tmp_path):
    session, ctx = make_session(db_path)
    shown = []
    session.window_shown.connect(shown.append)
    session.start()
    wizard = session.wizard
    assert isinstance(wizard, FirstRunWizard) and wizard.isVisible()
    assert session.login is None and session.window is None
    _walk_to_data_page(qtbot, wizard)

    data = wizard.data_page
    assert data.empty.isChecked()  # the safe default: nothing is loaded without asking
    target = tmp_path / "模板" / "导入模板.xlsx"
    data.template_path.setText(str(target))
    data.open_import.setChecked(False)
    wizard.next()

    scheme = wizard.scheme_page
    qtbot.waitUntil(lambda: scheme.scheme is not None, timeout=20000)
    assert "未设置" in scheme.base_current.text() and "未设置" in scheme.rate_current.text()
    labels = [scheme.table.item(r, 0).text() for r in range(scheme.table.rowCount())]
    assert labels[:2] == ["浮动工资月基数", "不良清收奖励比例"]
    _finish_scheme_page(qtbot, wizard, "1800.50", "2.5")

    qtbot.waitUntil(lambda: session.window is not None, timeout=10000)
    window = session.window
    assert shown == [window] and isinstance(window, MainWindow) and window.isVisible()
    qtbot.waitUntil(lambda: window.ready and not ctx.tasks.busy(), timeout=20000)
    assert window.current_key() == "home"
    assert session.wizard is None

    ws = ctx.workspace
    assert [(u.username, u.display_name, u.role) for u in ws.users()] == [
        ("zhang", "张会计", "admin")]
    assert ws.user.username == "zhang"
    assert ws.branch == ("3301", "青山信用社营业部")
    assert target.is_file()
    scheme_now = ws.scheme_on(date.today())
    assert scheme_now["floating.base_monthly"] == Decimal("1800.50")
    assert scheme_now["npl_recovery.rate"] == Decimal("0.025")
    assert "张会计" in window.user_label.text() and "管理员" in window.user_label.text()
    assert window.users_action.isEnabled()


def test_first_run_with_demo_data(qtbot, make_session, db_path):
    session, ctx = make_session(db_path)
    session.start()
    wizard = session.wizard
    _walk_to_data_page(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.data_page.demo.isEnabled(), timeout=10000)  # empty database
    wizard.data_page.demo.setChecked(True)
    assert not wizard.data_page.template_path.isEnabled()
    wizard.next()
    assert wizard.data_page.busy and not wizard.button(QWizard.CancelButton).isEnabled()
    qtbot.waitUntil(lambda: wizard.currentId() == wizard.PAGE_SCHEME, timeout=60000)
    assert wizard.demo_loaded
    page = wizard.scheme_page
    qtbot.waitUntil(lambda: page.scheme is not None, timeout=10000)
    assert "1,500.00" in page.base_current.text()  # the demo's values are shown as current
    wizard.button(QWizard.FinishButton).click()  # nothing entered: the values stay
    qtbot.waitUntil(lambda: session.window is not None, timeout=10000)
    window = session.window
    qtbot.waitUntil(lambda: window.ready and not ctx.tasks.busy(), timeout=20000)
    assert window.current_key() == "home"
    assert window.pages["home"].facts is not None


def test_cancel_before_the_administrator_exists_quits(qtbot, make_session, db_path):
    session, ctx = make_session(db_path)
    session.start()
    with qtbot.waitSignal(session.quit_requested, timeout=5000):
        session.wizard.reject()
    assert session.window is None
    assert not ctx.workspace.has_users()


def test_cancel_after_the_administrator_exists_opens_the_window(qtbot, make_session, db_path):
    session, ctx = make_session(db_path)
    session.start()
    wizard = session.wizard
    _walk_to_data_page(qtbot, wizard)
    wizard.reject()
    qtbot.waitUntil(lambda: session.window is not None, timeout=10000)
    assert ctx.workspace.user.username == "zhang"


def test_template_choice_opens_the_import_wizard(qtbot, make_session, db_path, tmp_path,
                                                 monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    session, ctx = make_session(db_path)
    session.start()
    wizard = session.wizard
    _walk_to_data_page(qtbot, wizard)
    wizard.data_page.template_path.setText(str(tmp_path / "t"))  # .xlsx is added
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == wizard.PAGE_SCHEME, timeout=20000)
    assert wizard.template == tmp_path / "t.xlsx" and wizard.template.is_file()
    wizard.button(QWizard.FinishButton).click()
    qtbot.waitUntil(lambda: session.window is not None, timeout=10000)
    window = session.window
    assert window.current_key() == "import"
    qtbot.waitUntil(lambda: window.pages["import"].wizard is not None, timeout=5000)
    window.pages["import"].wizard.close()


def test_no_demo_data_into_a_database_that_has_data(qtbot, make_session, golden_db):
    """A database with records but no accounts (made with the command line) gets the wizard,
    but the demo cannot be mixed into its data."""
    session, _ctx = make_session(golden_db)
    session.start()
    wizard = session.wizard
    _walk_to_data_page(qtbot, wizard)
    data = wizard.data_page
    qtbot.waitUntil(lambda: "已经有数据" in data.demo_note.text(), timeout=10000)
    assert not data.demo.isEnabled() and data.empty.isChecked()
    assert data.template_path.isEnabled()

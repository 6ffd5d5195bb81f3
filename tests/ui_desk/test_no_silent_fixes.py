"""Issue 13.9: what a clerk types is kept as typed; what cannot be saved is refused with the
reason (forms, the targets grid, the first-run wizard's amounts), never "fixed" silently."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from tests.ui_records.conftest import idle
from ui.records.forms import record_dialog
from ruralperf.domain.periods import Quarter

pytestmark = pytest.mark.gui


def _dialog(qtbot, ctx, table):
    dialog = record_dialog(ctx, table)
    qtbot.addWidget(dialog)
    dialog.show()
    idle(qtbot, ctx)
    return dialog


@pytest.mark.parametrize("table,field,typed,reason", [
    ("loans", "amount", "-1.2", "必须大于 0"),
    ("loans", "amount", "-50000", "必须大于 0"),
    ("adjustments", "amount", "1000.555", "最多两位小数"),
    ("snapshots", "balance", "-3", "不能为负"),
])
def test_a_form_keeps_the_text_and_says_why(qtbot, golden_ctx, table, field, typed, reason):
    ctx = golden_ctx
    dialog = _dialog(qtbot, ctx, table)
    editor = dialog.editors[field]
    editor.setFocus()
    qtbot.keyClicks(editor, typed)
    assert editor.text() == typed  # nothing dropped
    label = dialog.errors[field]
    qtbot.waitUntil(label.isVisible, timeout=3000)  # as you type
    assert reason in label.text()
    before = ctx.workspace.browse.count(table)
    qtbot.keyClick(editor, Qt.Key_Return)
    idle(qtbot, ctx)
    assert dialog.isVisible() and editor.text() == typed
    assert ctx.workspace.browse.count(table) == before


def test_a_target_score_of_150_is_marked_with_the_reason(qtbot, golden_ctx):
    from ui.records.targets_page import BAD, FIXED_COLUMNS, TargetsPage
    from ui.records.target_delegate import INDICATORS

    ctx = golden_ctx
    page = TargetsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()
    page.quarter.set_value("2025Q3")
    qtbot.waitUntil(lambda: str(page._quarter_shown) == "2025Q3" and page.grid.rowCount() > 0
                    and not ctx.tasks.busy(), timeout=10000)
    column = len(FIXED_COLUMNS) + INDICATORS.index("quality")
    page.grid.setFocus()
    page.grid.setCurrentCell(0, column)
    qtbot.keyClick(page.grid, Qt.Key_F2)  # edit the cell
    editors = [w for w in page.grid.viewport().findChildren(QLineEdit) if w.isVisible()]
    assert len(editors) == 1
    editor = editors[0]
    editor.selectAll()
    qtbot.keyClicks(editor, "150")
    qtbot.keyClick(editor, Qt.Key_Return)  # the view commits it (queued)
    item = page.grid.item(0, column)
    qtbot.waitUntil(lambda: item.text() != "95", timeout=3000)
    assert item.text() == "150"  # kept as typed
    assert item.background() == BAD and "0–100" in item.toolTip()
    assert "工作质量得分" in page.status.text() and "0–100" in page.status.text()
    before = ctx.workspace.browse.targets_grid(Quarter(2025, 3))
    page.save_button.click()
    idle(qtbot, ctx)
    assert ctx.workspace.browse.targets_grid(Quarter(2025, 3)) == before
    assert "未保存" in page.status.text() and "0–100" in page.status.text()


def test_the_wizard_refuses_a_third_decimal_with_a_message(qtbot, make_session, db_path,
                                                           tmp_path):
    from PySide6.QtWidgets import QWizard

    from tests.ui_session.test_first_run import _walk_to_data_page

    session, _ctx = make_session(db_path)
    session.start()
    wizard = session.wizard
    _walk_to_data_page(qtbot, wizard)
    wizard.data_page.template_path.setText(str(tmp_path / "模板.xlsx"))
    wizard.data_page.open_import.setChecked(False)
    wizard.next()
    page = wizard.scheme_page
    qtbot.waitUntil(lambda: wizard.currentId() == wizard.PAGE_SCHEME, timeout=30000)
    qtbot.waitUntil(lambda: page.scheme is not None, timeout=10000)
    page.base.setFocus()
    qtbot.keyClicks(page.base, "1800.505")
    assert page.base.text() == "1800.505"
    wizard.button(QWizard.FinishButton).click()
    assert wizard.isVisible() and "最多两位小数：1800.505" in page.error.text()
    page.base.clear()
    qtbot.keyClicks(page.rate, "-2")
    wizard.button(QWizard.FinishButton).click()
    assert wizard.isVisible() and "-2" in page.error.text()
    wizard.reject()

"""Issue 13.7: after a reassignment the loans list and the detail pane show the manager in
force today; the detail pane keeps the history."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from tests.ui_desk.keyboard import type_text  # noqa: F401
from tests.ui_records.conftest import idle, open_page
from ui.records.loans_page import LoansPage

pytestmark = pytest.mark.gui


def test_the_list_and_the_detail_show_todays_manager(qtbot, golden_ctx):
    ctx = golden_ctx
    page = open_page(qtbot, LoansPage(ctx), rows=1)
    qtbot.keyClicks(page.search, "C001")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    before = page.model.row(0)
    assert before["current_manager_no"] == before["manager_no"] == "E001"
    keys = [c.key for c in page.model.columns]
    assert "current_manager_name" in keys and "manager_name" not in keys
    page.view.selectRow(0)
    qtbot.waitUntil(lambda: page.detail.detail is not None, timeout=5000)

    # 管户变更 from the detail pane, typed: E002 from yesterday
    page.open_detail_form("reassignments", None)
    dialog = page.last_dialog
    idle(qtbot, ctx)
    qtbot.keyClicks(dialog.editors["staff_no"].line, "E002")
    date_field = dialog.editors["effective_from"]
    date_field.line.setFocus()
    date_field.line.selectAll()
    qtbot.keyClicks(date_field.line, (date.today() - timedelta(days=1)).isoformat())
    with qtbot.waitSignal(ctx.data_changed, timeout=5000):
        qtbot.keyClick(date_field.line, Qt.Key_Return)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1
                    and page.model.row(0)["current_manager_no"] == "E002", timeout=10000)
    column = keys.index("current_manager_name")
    assert page.model.index(0, column).data() == ctx.workspace.browse.find(
        "staff", staff_no="E002")["name"]
    page.view.selectRow(0)
    qtbot.waitUntil(lambda: page.detail.detail is not None and
                    page.detail.detail.loan["current_manager_no"] == "E002", timeout=5000)
    assert "现管户" in page.detail.heading.text() and "E002" in page.detail.heading.text()
    managers = [m["staff_no"] for m in page.detail.detail.managers]
    assert managers[0] == "E001" and managers[-1] == "E002"  # the history stays
    idle(qtbot, ctx)

"""Issue 13.14: tables have a right-click menu (open, copy rows, copy cell, export), Ctrl+C
copies the selected rows as tab-separated text that pastes into Excel, buttons show their
shortcuts."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from tests.ui_records.conftest import idle, open_page
from ui.records.pages import StaffPage

pytestmark = pytest.mark.gui


def test_ctrl_c_copies_the_selected_rows_as_tab_separated_text(qtbot, golden_ctx):
    page = open_page(qtbot, StaffPage(golden_ctx), rows=3)
    view = page.view
    rect = view.visualRect(page.model.index(0, 0))
    qtbot.mouseClick(view.viewport(), Qt.LeftButton, pos=rect.center())
    rect = view.visualRect(page.model.index(2, 0))
    qtbot.mouseClick(view.viewport(), Qt.LeftButton, Qt.ShiftModifier, rect.center())
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(view, Qt.Key_C, Qt.ControlModifier)
    lines = QGuiApplication.clipboard().text().split("\n")
    assert len(lines) == 3
    first = [page.model.index(0, c).data() or "" for c in range(page.model.columnCount())]
    assert lines[0].split("\t") == [str(x) for x in first]
    assert lines[0].startswith(page.model.row(0)["staff_no"] + "\t")


def test_the_right_click_menu(qtbot, golden_ctx, monkeypatch):
    page = open_page(qtbot, StaffPage(golden_ctx), rows=1)
    view = page.view
    idle(qtbot, golden_ctx)
    rect = view.visualRect(page.model.index(0, 1))
    qtbot.mouseClick(view.viewport(), Qt.LeftButton, pos=rect.center())
    view.customContextMenuRequested.emit(rect.center())  # the right click
    menu = page.table_actions.menu
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == ["打开", "复制所选行", "复制单元格", "导出当前视图…"]
    menu.close()
    page.table_actions.copy_cell.trigger()
    assert QGuiApplication.clipboard().text() == page.model.index(0, 1).data()
    opened = []
    monkeypatch.setattr(page, "open_form", lambda row: opened.append(row))
    page.table_actions.open_action.trigger()
    assert opened and opened[0]["staff_no"] == page.model.row(0)["staff_no"]
    idle(qtbot, golden_ctx)


def test_buttons_show_their_shortcuts(qtbot, golden_ctx):
    page = open_page(qtbot, StaffPage(golden_ctx), rows=1)
    assert "Ctrl+N" in page.add_button.toolTip()
    assert "Del" in page.delete_button.toolTip()

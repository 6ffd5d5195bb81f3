"""Issue 13.3: double-clicking a row opens one edit form; a second request raises it, and
saving it is not refused as someone else's change."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui_records.conftest import idle, open_page
from ui.records.forms.record_form import RecordDialog
from ui.records.loans_page import LoansPage
from ui.records.pages import StaffPage

pytestmark = pytest.mark.gui


def _open_forms():
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, RecordDialog) and w.isVisible()]


def _double_click_row(qtbot, view, row: int) -> None:
    """Press, release, then the double-click, as the system sends a real double-click."""
    rect = view.visualRect(view.model().index(row, 1))
    qtbot.mouseClick(view.viewport(), Qt.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.LeftButton, pos=rect.center())


def test_double_click_opens_one_form_and_it_saves(qtbot, golden_ctx, message_boxes):
    ctx = golden_ctx
    page = open_page(qtbot, StaffPage(ctx), rows=1)
    _double_click_row(qtbot, page.view, 0)
    idle(qtbot, ctx)
    assert len(_open_forms()) == 1
    dialog = _open_forms()[0]
    _double_click_row(qtbot, page.view, 0)  # again, while it is open
    qtbot.keyClick(page.view, Qt.Key_Return)  # and Enter on the row
    idle(qtbot, ctx)
    assert _open_forms() == [dialog]
    name = dialog.editors["position"]
    name.setFocus()
    name.selectAll()
    qtbot.keyClicks(name, "Director")
    with qtbot.waitSignal(ctx.data_changed, timeout=5000):
        qtbot.keyClick(name, Qt.Key_Return)
    qtbot.waitUntil(lambda: not _open_forms(), timeout=5000)
    assert not [t for _k, t in message_boxes if "其他用户" in t]
    staff_no = page.model.row(0)["staff_no"]
    assert ctx.workspace.browse.find("staff", staff_no=staff_no)["position"] == "Director"


def test_double_click_on_a_loan_opens_one_form(qtbot, golden_ctx):
    ctx = golden_ctx
    page = open_page(qtbot, LoansPage(ctx), rows=1)
    _double_click_row(qtbot, page.view, 0)
    _double_click_row(qtbot, page.view, 0)
    idle(qtbot, ctx)
    forms = _open_forms()
    assert len(forms) == 1
    forms[0].reject()

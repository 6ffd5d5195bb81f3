"""Issue 13.1: every date field reads what the clerk types, in the forms they type, from any
cursor position; it shows what will be saved and refuses (with a message) what it cannot read."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from tests.ui_desk.keyboard import type_text
from tests.ui_records.conftest import idle
from ui.records.forms import record_dialog
from ui.widgets.date_edit import DateEdit, read_day, read_month

pytestmark = pytest.mark.gui


def _dialog(qtbot, ctx, table):
    dialog = record_dialog(ctx, table)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=3000)
    idle(qtbot, ctx)
    return dialog


def _tab_into(qtbot, start, target: DateEdit) -> None:
    start.setFocus()
    for _ in range(12):
        if QApplication.focusWidget() is target.line:
            return
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Tab)
    pytest.fail("Tab never reached the date field")


@pytest.mark.parametrize("typed", ["2025-08-01", "2025/08/01", "20250801", "2025年8月1日",
                                   "2025-8-1", "２０２５－０８－０１"])
def test_each_accepted_form_is_read_as_typed(typed):
    assert read_day(typed) == date(2025, 8, 1)


@pytest.mark.parametrize("typed", ["2025-13-01", "2025-02-30", "2025081", "08/01/2025",
                                   "2025-08", "2025年8月32日", "1899-12-31", "abc"])
def test_what_cannot_be_read_is_not_guessed(typed):
    assert read_day(typed) is None


def test_month_fields():
    assert [str(read_month(t)) for t in ("2025-08", "2025/8", "202508", "2025年8月")] == \
        ["2025-08"] * 4
    assert read_month("2025-13") is None and read_month("2025-08-01") is None


def test_tab_into_disbursed_on_and_type_a_dash_date(qtbot, golden_ctx):
    dialog = _dialog(qtbot, golden_ctx, "loans")
    field = dialog.editors["disbursed_on"]
    _tab_into(qtbot, dialog.editors["amount"], field)
    qtbot.keyClicks(field.line, "2025-08-01")
    assert field.value() == date(2025, 8, 1)
    assert field.note.text() == "2025年8月1日"  # what will be saved
    qtbot.keyClick(field.line, Qt.Key_Tab)
    assert field.text() == "2025-08-01"


@pytest.mark.parametrize("typed", ["2025-09-01", "2025/09/01", "20250901", "2025年9月1日"])
def test_click_anywhere_in_a_reassignment_date_and_type(qtbot, golden_ctx, typed):
    dialog = _dialog(qtbot, golden_ctx, "reassignments")
    field = dialog.editors["effective_from"]
    field.setDate(date(2025, 12, 8))
    line = field.line
    # a click in the middle of the text puts the cursor there; typing still replaces the date
    qtbot.mouseClick(line, Qt.LeftButton, pos=QPoint(line.width() // 2, line.height() // 2))
    qtbot.waitUntil(line.hasSelectedText, timeout=2000)
    type_text(qtbot, line, typed)
    assert field.value() == date(2025, 9, 1)
    qtbot.keyClick(line, Qt.Key_Return)
    assert field.text() == "2025-09-01"


def test_an_unreadable_date_is_refused_with_a_message(qtbot, golden_ctx):
    ctx = golden_ctx
    dialog = _dialog(qtbot, ctx, "reassignments")
    qtbot.keyClicks(dialog.editors["contract_no"].line, "C001")
    qtbot.keyClicks(dialog.editors["staff_no"].line, "E002")
    field = dialog.editors["effective_from"]
    _tab_into(qtbot, dialog.editors["staff_no"].line, field)
    qtbot.keyClicks(field.line, "2025-13-01")
    assert field.value() is None and field.note.text() == "无法识别"
    before = ctx.workspace.browse.count("reassignments")
    qtbot.keyClick(field.line, Qt.Key_Return)  # Enter saves
    idle(qtbot, ctx)
    assert dialog.isVisible()
    assert "无法识别的日期“2025-13-01”" in dialog.errors["effective_from"].text()
    assert field.text() == "2025-13-01"  # kept as typed, not corrected
    assert ctx.workspace.browse.count("reassignments") == before


def test_the_calendar_button_picks_a_day(qtbot, golden_ctx):
    dialog = _dialog(qtbot, golden_ctx, "loans")
    field = dialog.editors["maturity_on"]
    field.line.setFocus()
    qtbot.keyClick(field.line, Qt.Key_Down, Qt.AltModifier)
    assert field.calendar.isVisible()
    from PySide6.QtCore import QDate
    field.calendar.setSelectedDate(QDate(2026, 3, 5))
    from PySide6.QtWidgets import QTableView
    qtbot.keyClick(field.calendar.findChild(QTableView), Qt.Key_Return)
    assert field.value() == date(2026, 3, 5) and not field.calendar.isVisible()


def test_limitation_as_of_date_is_typed(qtbot, golden_ctx):
    from ui.workflow.limitation_page import LimitationPage

    page = LimitationPage(golden_ctx)
    qtbot.addWidget(page)
    page.show()
    idle(qtbot, golden_ctx)
    page.as_of.line.setFocus()
    qtbot.waitUntil(page.as_of.line.hasSelectedText, timeout=2000)
    type_text(qtbot, page.as_of.line, "2025年9月30日")
    assert page.as_of_date() == date(2025, 9, 30)

"""The page 节假日, used like a clerk: type the year, paste the State Council's notice, click a
Saturday to make it a working day, save after reading which expiries move; approved quarters
are read-only; a credit officer only reads."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ui.records.holidays_page import HolidaysPage

from .conftest import AS_OF
from .test_calendar_year import approve_quarter

NOTICE = "二、春节：2月6日（星期六）至13日（星期六）放假调休，共8天。2月14日（星期日）上班。"


@pytest.fixture
def page(qtbot, make_ctx, branch_ws):
    db = branch_ws.db
    branch_ws.close()
    ctx = make_ctx(db)
    page = HolidaysPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 740)
    page.show()
    idle(qtbot, ctx)
    return page


def idle(qtbot, ctx) -> None:
    qtbot.waitUntil(lambda: not ctx.tasks.busy(), timeout=20000)


def type_year(qtbot, page, year: int) -> None:
    page.year_box.setFocus()
    page.year_box.selectAll()
    QTest.keyClicks(page.year_box, str(year))
    QTest.keyClick(page.year_box, Qt.Key_Return)
    qtbot.waitUntil(lambda: page.year_data is not None and page.year_data.year == year,
                    timeout=20000)


def paste_text(widget, text: str) -> None:
    """What the clerk does: copy the notice elsewhere, then Ctrl+V into the box."""
    QApplication.clipboard().setText(text)
    widget.setFocus()
    QTest.keyClick(widget, Qt.Key_V, Qt.ControlModifier)
    assert widget.toPlainText().endswith(text)


def click_day(page, day: date) -> None:
    grid, row, col = page.grid.cell_of(day)
    rect = grid.visualRect(grid.model().index(row, col))
    QTest.mouseClick(grid.viewport(), Qt.LeftButton, pos=rect.center())


def test_a_clerk_enters_2027_from_the_notice_and_a_click(qtbot, page):
    type_year(qtbot, page, 2027)
    assert "尚未录入" in page.source.text()
    paste_text(page.paste, NOTICE)
    QTest.mouseClick(page.read_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: page.changes.count() == 9, timeout=20000)
    assert page.changes.item(0).text().startswith("2027-02-06 周六")
    click_day(page, date(2027, 2, 20))  # a Saturday: becomes a make-up working day
    assert page.draft[date(2027, 2, 20)].kind == "make_up_workday"
    assert page.changes.count() == 10
    QTest.mouseClick(page.save_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: getattr(page, "dialog", None) is not None
                    and page.dialog.isVisible(), timeout=30000)
    table = page.dialog.table
    rows = {(table.item(r, 0).text(), table.item(r, 1).text(), table.item(r, 3).text(),
             table.item(r, 4).text()) for r in range(table.rowCount())}
    assert ("今日时效清单", "L1", "2027-02-08", "2027-02-14") in rows
    assert ("今日时效清单", "L2", "2027-02-22", "2027-02-20") in rows
    QTest.mouseClick(page.dialog.save_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: page.year_data.covered, timeout=20000)
    assert page.changes.count() == 0 and "录入" in page.source.text()
    expiry = {r.contract_no: r.expiry for r in page.ctx.workspace.limitation(AS_OF).loans}
    assert expiry["L1"] == date(2027, 2, 14) and expiry["L2"] == date(2027, 2, 20)


def test_cancelling_the_preview_saves_nothing(qtbot, page):
    type_year(qtbot, page, 2027)
    click_day(page, date(2027, 2, 8))
    grid, row, col = page.grid.cell_of(date(2027, 2, 9))
    grid.setFocus()
    grid.setCurrentCell(row, col)
    QTest.keyClick(grid, Qt.Key_Space)  # the keyboard does what the mouse does
    assert set(page.draft) == {date(2027, 2, 8), date(2027, 2, 9)}
    QTest.mouseClick(page.save_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: getattr(page, "dialog", None) is not None
                    and page.dialog.isVisible(), timeout=30000)
    QTest.keyClick(page.dialog, Qt.Key_Escape)
    idle(qtbot, page.ctx)
    assert not page.ctx.workspace.holidays.year(2027).covered
    assert page.changes.count() == 2  # the draft is still there to correct


def test_an_unreadable_paste_is_refused_with_its_fragment(qtbot, page):
    type_year(qtbot, page, 2027)
    paste_text(page.paste, "2月14号上班")
    QTest.mouseClick(page.read_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: "2月14号上班" in page.status.text(), timeout=20000)
    assert page.changes.count() == 0


def test_days_of_an_approved_quarter_are_read_only(qtbot, page):
    approve_quarter(page.ctx.workspace, "2026Q1")
    type_year(qtbot, page, 2026)
    assert "2026-03-31" in page.frozen.text()
    click_day(page, date(2026, 3, 2))
    assert page.changes.count() == 0 and "2026Q1" in page.status.text()
    click_day(page, date(2026, 4, 1))  # after the quarter: allowed
    assert page.changes.count() == 1


def test_a_credit_officer_only_reads(qtbot, page):
    ws = page.ctx.workspace
    ws.add_user("boss", "secret-1", "admin")
    ws.add_user("li", "secret-2", "officer")
    ws.login("li", "secret-2")
    type_year(qtbot, page, 2026)
    assert "只读" in page.status.text() and not page.read_button.isEnabled()
    click_day(page, date(2026, 12, 1))
    assert page.changes.count() == 0 and not page.save_button.isEnabled()


def test_the_missing_year_warning_links_to_the_page(qtbot, page):
    from ruralperf.domain.results import Finding
    from ui.workflow.fix_links import fix_target
    from ui.workflow.limitation_page import LimitationPage

    assert fix_target(Finding("calendar_missing", "2027")) == ("holidays", "2027")
    limitation = LimitationPage(page.ctx)
    qtbot.addWidget(limitation)
    limitation.show()
    limitation.refresh()  # the main window does this when the page is shown
    qtbot.waitUntil(lambda: "2027" in limitation.footer.text(), timeout=30000)
    assert 'href="holidays:2027"' in limitation.footer.text()
    with qtbot.waitSignal(page.ctx.navigate) as signal:
        limitation.footer.linkActivated.emit("holidays:2027")
    assert signal.args == ["holidays", "2027"]
    page.show_record("2028")  # where the main window sends the link
    qtbot.waitUntil(lambda: page.year_data.year == 2028, timeout=20000)


def test_the_audit_view_names_calendar_entries_in_words(qapp):
    from ui.trust.audit_model import audit_table_label, source_label, values_text

    assert audit_table_label("calendar_years") == "节假日年度"
    assert source_label("paste:notice.txt") == "粘贴录入：notice.txt"
    assert values_text('{"kind":"rest_day","note":"春节"}', table="holidays") == \
        "类型: rest_day; 说明: 春节"
    assert values_text('{"make_up_workdays":1,"rest_days":8}', table="calendar_years") == \
        "调休上班日天数: 1; 休息日天数: 8"


def test_one_day_read_is_singular_in_english(qtbot, page, qapp, monkeypatch):
    """Issue 13.11: "1 day read", not "1 days read"."""
    from PySide6.QtCore import QLocale

    from ui.i18n import install_language, remove_language

    monkeypatch.setenv("RURALPERF_LANG", "zh_CN")
    translators = install_language(qapp, "en")
    try:
        type_year(qtbot, page, 2027)
        paste_text(page.paste, "2027年5月3日放假")
        QTest.mouseClick(page.read_button, Qt.LeftButton)
        qtbot.waitUntil(lambda: page.changes.count() == 1, timeout=20000)
        assert page.status.text().startswith("1 day read;"), page.status.text()
    finally:
        remove_language(qapp, translators)
        QLocale.setDefault(QLocale(QLocale.Chinese, QLocale.China))

"""Issue 20: the 模拟测算 page as an administrator uses it: type a draft value into the table,
run, read the comparison, keep the draft by name, adopt it with an effective date."""
from __future__ import annotations


import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QLineEdit

from ruralperf.domain.periods import Quarter
from ui.workflow.quarter import QuarterState
from ui.workflow.simulation_page import SimulationPage

pytestmark = pytest.mark.gui


def _page(qtbot, ctx, idle):
    page = SimulationPage(ctx, QuarterState(Quarter.parse("2025Q3")))
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    page.refresh()
    qtbot.waitUntil(lambda: page.params.rowCount() > 20, timeout=10000)
    idle(ctx)
    return page


def _type_draft(qtbot, page, label: str, text: str) -> None:
    table = page.params
    row = next(i for i in range(table.rowCount()) if table.item(i, 0).text() == label)
    table.scrollToItem(table.item(row, 2))
    cell = table.visualItemRect(table.item(row, 2)).center()
    qtbot.mouseDClick(table.viewport(), Qt.LeftButton, pos=cell)  # edit the 模拟值 cell

    def editors():
        return [e for e in table.viewport().findChildren(QLineEdit) if e.isVisible()]

    qtbot.waitUntil(lambda: bool(editors()), timeout=3000)
    editor = editors()[-1]
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key_Return)  # the delegate commits on the next event loop turn
    qtbot.waitUntil(lambda: table.item(row, 2).text() == text, timeout=3000)


def test_type_a_rate_run_and_read_the_comparison(qtbot, golden_ctx, idle):
    page = _page(qtbot, golden_ctx, idle)
    assert not page.adopt_button.isEnabled()
    _type_draft(qtbot, page, "利息收入奖励比例", "0.003")
    assert page.draft_values() == {"interest.rate": "0.003"}
    qtbot.mouseClick(page.run_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: bool(page.results), timeout=20000)
    table = page.results_table
    assert table.rowCount() == 5
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers[:5] == ["工号", "姓名", "现行应发", "当前草稿 应发", "当前草稿 差额"]
    moved = [table.item(r, table.columnCount() - 1).text() for r in range(5)]
    assert any("利息收入奖励" in text for text in moved)
    assert "有变动" in page.totals.text() and "结果未写入数据库" in page.status.text()


def test_a_bad_value_is_refused_with_its_parameter(qtbot, golden_ctx, idle):
    page = _page(qtbot, golden_ctx, idle)
    _type_draft(qtbot, page, "利息收入奖励比例", "abc")
    qtbot.mouseClick(page.run_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: "interest.rate" in page.status.text(), timeout=20000)
    assert page.results == []


def test_keep_a_draft_by_name_and_adopt_it(qtbot, golden_ctx, idle, monkeypatch):
    page = _page(qtbot, golden_ctx, idle)
    _type_draft(qtbot, page, "利息收入奖励比例", "0.003")
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("加息方案", True)))
    qtbot.mouseClick(page.save_button, Qt.LeftButton)
    assert page.draft_combo.currentText() == "加息方案"
    assert page.drafts.load("加息方案") == {"interest.rate": "0.003"}
    qtbot.mouseClick(page.run_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: page.adopt_button.isEnabled(), timeout=20000)
    qtbot.mouseClick(page.adopt_button, Qt.LeftButton)
    dialog = page.adopt_dialog
    assert "利息收入奖励比例：0.002 → 0.003" in dialog.findChildren(type(page.status))[0].text()
    dialog.date.line.selectAll()
    qtbot.keyClicks(dialog.date.line, "2025/07/01")
    ok = [b for b in dialog.findChildren(type(page.run_button)) if b.text() == "确认采用"][0]
    qtbot.mouseClick(ok, Qt.LeftButton)
    qtbot.waitUntil(lambda: "已采用" in page.status.text(), timeout=20000)
    book = golden_ctx.workspace.parameter_book()
    assert ("2025-07-01", "0.003") in [(d.isoformat(), v) for d, v in book.history("interest.rate")]


def test_the_page_is_in_the_navigation_under_assessment(golden_ctx):
    from ui.navigation import NAVIGATION, build_pages

    assert "simulation" in dict(NAVIGATION)["assessment"]
    pages = build_pages(golden_ctx, QuarterState(Quarter.parse("2025Q3")))
    assert isinstance(pages["simulation"], SimulationPage)

"""Issue 13.8: the limitation tables show whole texts and amounts, list the most urgent first
(days left, then amount), and each row says what to do and by when."""
from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from tests.ui_records.conftest import idle
from ui.workflow.limitation_model import COLUMNS
from ui.workflow.limitation_page import LimitationPage

pytestmark = pytest.mark.gui


@pytest.fixture
def page(qtbot, golden_ctx):
    page = LimitationPage(golden_ctx)
    qtbot.addWidget(page)
    page.resize(1100, 600)  # what is left of 1366x768 beside the navigation
    page.show()
    idle(qtbot, golden_ctx)
    line = page.as_of.line
    line.setFocus()
    qtbot.waitUntil(line.hasSelectedText, timeout=2000)
    qtbot.keyClicks(line, "2025-09-30")
    qtbot.keyClick(line, Qt.Key_Return)
    qtbot.waitUntil(lambda: page.tabs.tabText(0) == "须签收 (2)", timeout=10000)
    idle(qtbot, golden_ctx)
    return page


def test_most_urgent_first_with_what_to_do_by_when(qtbot, page):
    proxy = page.proxy
    todo = COLUMNS.index("todo")
    rows = [proxy.mapToSource(proxy.index(r, 0)).row() for r in range(proxy.rowCount())]
    loans = [page.model.loan_at(r) for r in rows]
    keys = [(x.days_left, -(x.balance or 0)) for x in loans]
    assert keys == sorted(keys)
    first = loans[0]
    text = proxy.index(0, todo).data()
    expiry = first.expiry
    assert text == f"催收签收，须在 {expiry.isoformat()} 前；逾期自 " \
                   f"{(expiry + timedelta(days=1)).isoformat()} 起追责"


def test_nothing_is_cut_off(qtbot, page):
    page.tabs.setCurrentIndex(page.tabs.count() - 1)  # 全部
    view, header = page.view, page.view.horizontalHeader()
    for column in range(page.proxy.columnCount()):
        if view.isColumnHidden(column):
            continue
        assert header.sectionSize(column) >= view.sizeHintForColumn(column), COLUMNS[column]
        assert header.sectionSize(column) >= header.sectionSizeFromContents(column).width()

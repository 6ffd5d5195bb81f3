"""Statute-of-limitations page on the golden branch as of 2025-09-30."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from ui.workflow.limitation_page import LimitationPage

pytestmark = pytest.mark.gui


@pytest.fixture
def page(qtbot, golden_ctx, idle):
    page = LimitationPage(golden_ctx)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    page.set_as_of(date(2025, 9, 30))
    idle(golden_ctx)
    return page


def test_warnings_on_the_as_of_date(page):
    assert page.as_of.text() == "2025-09-30"
    assert page.visible_contracts() == ["C026", "C025"]  # the most urgent first (issue 13.8)
    assert page.tabs.tabText(0) == "须签收 (2)"
    assert "合同 C026" in page.signing.lead.text() and "剩 9 天" in page.signing.lead.text()


def test_status_tabs_and_manager_filter(page):
    page.set_tab("lapsed")
    assert page.visible_contracts() == ["C027"]
    page.set_tab("restored")
    assert sorted(page.visible_contracts()) == ["C020", "C021", "C022", "C023"]
    page.set_tab("litigation")
    assert page.visible_contracts() == ["C028"]
    page.set_tab("accountability")
    assert page.visible_contracts() == ["C027"]
    page.set_tab("all")
    assert len(page.visible_contracts()) == 15
    page.manager.setCurrentIndex(page.manager.findData("E003"))
    assert sorted(page.visible_contracts()) == ["C020", "C024", "C025", "C029"]
    assert page.manager.currentText() == "E003 王强"


def test_double_click_opens_the_loan(qtbot, page, golden_ctx):
    index = page.proxy.index(1, 0)
    rect = page.view.visualRect(index)
    with qtbot.waitSignal(golden_ctx.navigate) as signal:
        qtbot.mouseClick(page.view.viewport(), Qt.LeftButton, pos=rect.center())
        qtbot.mouseDClick(page.view.viewport(), Qt.LeftButton, pos=rect.center())
    assert signal.args == ["loans", "C025"]


def test_changing_the_date_reloads(qtbot, page, golden_ctx, idle):
    page.as_of.setDate(page.as_of.date().addYears(1))  # debounced reload
    qtbot.waitUntil(lambda: page.tabs.tabText(0) != "须签收 (2)", timeout=10000)
    idle(golden_ctx)
    assert "C025" not in page.visible_contracts()

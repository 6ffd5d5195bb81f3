"""Recording a returned receipt from the limitation page, typed like a clerk: the loan leaves
the "to be signed" list at once (issue 17)."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.ui_desk.keyboard import type_text
from ui.workflow.limitation_page import LimitationPage

pytestmark = pytest.mark.gui


@pytest.fixture
def page(qtbot, golden_ctx, idle):
    page = LimitationPage(golden_ctx)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    page.set_as_of(date(2025, 9, 30))
    idle(golden_ctx)
    return page


def test_receipt_moves_the_loan_out_of_to_sign(qtbot, page, golden_ctx, idle):
    assert page.visible_contracts() == ["C026", "C025"]  # the most urgent first
    row = page.visible_contracts().index("C026")
    rect = page.view.visualRect(page.proxy.index(row, 0))
    qtbot.mouseClick(page.view.viewport(), Qt.LeftButton, pos=rect.center())
    assert page.signing.receipt_button.isEnabled()
    qtbot.mouseClick(page.signing.receipt_button, Qt.LeftButton)
    dialog = page.signing.dialog
    qtbot.waitExposed(dialog)
    dialog.signed_on.line.setFocus()
    dialog.signed_on.line.selectAll()
    QTest.keyClicks(dialog.signed_on.line, "2025/9/20")
    QTest.keyClick(dialog.signed_on.line, Qt.Key_Tab)
    dialog.signer.setFocus()
    type_text(qtbot, dialog.signer, "张三")
    with qtbot.waitSignal(dialog.recorded, timeout=10000):
        QTest.keyClick(dialog.signer, Qt.Key_Return)
    idle(golden_ctx)
    qtbot.waitUntil(lambda: page.visible_contracts() == ["C025"], timeout=10000)
    page.set_tab("all")
    c026 = next(x for x in page.model.loans() if x.contract_no == "C026")
    assert (c026.status, c026.expiry) == ("running", date(2028, 9, 20))


def test_receipt_needs_a_signer(qtbot, page):
    page.view.selectRow(0)
    dialog = page.signing.record_receipt()
    qtbot.waitExposed(dialog)
    QTest.keyClick(dialog.signer, Qt.Key_Return)
    assert dialog.isVisible() and dialog.message.text() == "请填写签收人"
    QTest.keyClick(dialog, Qt.Key_Escape)
    assert not dialog.isVisible()


def test_to_sign_list_prints_the_chosen_officer(qtbot, page, golden_ctx, idle, monkeypatch):
    """The clerk picks an officer and clicks 须签收清单…: the preview shows that officer's list."""
    import ui.workflow.limitation_actions as actions

    made = []
    monkeypatch.setattr(actions, "preview_dialog",
                        lambda parent, pages: made.append(pages) or _Closed())
    asked = []
    real = golden_ctx.workspace.to_sign_pdf
    monkeypatch.setattr(golden_ctx.workspace, "to_sign_pdf",
                        lambda as_of, officer=None, lang="zh_CN":
                        asked.append((as_of, officer, lang)) or real(as_of, officer, lang))
    combo = page.manager
    officer = combo.itemData(1)
    combo.setFocus()
    QTest.keyClick(combo, Qt.Key_Down)
    assert combo.currentData() == officer
    QTest.mouseClick(page.signing.list_button, Qt.LeftButton)
    idle(golden_ctx)
    qtbot.waitUntil(lambda: bool(made), timeout=10000)
    assert asked == [(date(2025, 9, 30), officer, "zh_CN")]
    assert made[0].title == "须签收清单 2025-09-30" and page.signing.list_button.isEnabled()


class _Closed:
    def open(self):
        pass

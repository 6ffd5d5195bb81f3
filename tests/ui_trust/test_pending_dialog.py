"""Issue 14.1 in the window: 设置 → 待确认录入 lists the credit officers' entries; the
administrator selects rows with the mouse and clicks 确认 or 退回; the limitation list marks
a loan whose status counts a pending event 待确认."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.ui_trust.conftest import PASSWORD

pytestmark = pytest.mark.gui


def _officer_enters(db_path):
    from ruralperf.workspace import Workspace

    with Workspace.open(db_path) as ws:
        ws.login("li", PASSWORD)
        row = ws.browse.find("deposits", staff_no="E002", month="2025-09")
        assert ws.records.save("deposits", {"staff_no": "E002", "month": "2025-09",
                                            "daily_avg": Decimal("9999999")},
                               row_id=row["id"]).ok
        assert ws.records.save("items", {"staff_no": "E002", "date": "2025-09-03",
                                         "item": "bank_card", "qty": 5,
                                         "card_balance": "100"}).ok
        assert ws.records.save("limitation_events", {
            "contract_no": "C020", "date": "2025-09-20", "kind": "demand_signed",
            "staff_no": "E002"}).ok


def _click_row(table, row):
    rect = table.visualItemRect(table.item(row, 0))
    QTest.mouseClick(table.viewport(), Qt.LeftButton, pos=rect.center())


def test_administrator_confirms_and_sends_back(qtbot, make_ctx, accounts_db, idle):
    from ui.trust.pending_dialog import PendingDialog

    _officer_enters(accounts_db)
    ctx = make_ctx(accounts_db, login="boss")
    dialog = PendingDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    idle(ctx)
    assert dialog.table.rowCount() == 3
    kinds = [dialog.table.item(r, 0).text() for r in range(3)]
    assert kinds == ["存款日均", "中间业务", "时效事件"]
    assert "银行卡" in dialog.table.item(1, 2).text()  # Chinese words, not identifiers
    QTest.mouseClick(dialog.confirm_button, Qt.LeftButton)
    assert "请先选择" in dialog.message.text()
    _click_row(dialog.table, 1)  # the new item: sent back, i.e. removed
    QTest.mouseClick(dialog.send_back_button, Qt.LeftButton)
    idle(ctx)
    assert "已退回 1 条" in dialog.message.text()
    assert dialog.table.rowCount() == 2
    _click_row(dialog.table, 0)
    QTest.mouseClick(dialog.table.viewport(), Qt.LeftButton, Qt.ShiftModifier,
                     dialog.table.visualItemRect(dialog.table.item(1, 0)).center())
    QTest.mouseClick(dialog.confirm_button, Qt.LeftButton)
    idle(ctx)
    assert "已确认 2 条" in dialog.message.text()
    assert dialog.table.rowCount() == 0
    assert ctx.workspace.pending_entries() == []


def test_officer_sees_no_confirm_buttons(qtbot, make_ctx, accounts_db, idle):
    from ui.trust.pending_dialog import PendingDialog

    ctx = make_ctx(accounts_db, login="audit")
    dialog = PendingDialog(ctx)
    qtbot.addWidget(dialog)
    idle(ctx)
    assert not dialog.confirm_button.isEnabled() and not dialog.send_back_button.isEnabled()


def test_limitation_list_marks_pending(qtbot, make_ctx, accounts_db, idle):
    from ui.workflow.limitation_model import COLUMNS, LimitationModel

    _officer_enters(accounts_db)
    ctx = make_ctx(accounts_db, login="boss")
    report = ctx.workspace.limitation(date(2025, 9, 30))
    model = LimitationModel()
    model.set_loans(report.loans, {}, report.pending)
    status = COLUMNS.index("status")
    texts = {model.loan_at(r).contract_no: model.index(r, status).data()
             for r in range(model.rowCount())}
    assert "待确认" in texts["C020"]
    assert not any("待确认" in t for c, t in texts.items() if c != "C020")

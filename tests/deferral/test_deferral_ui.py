"""The 追索扣回 page (administrators only, typed like a clerk) with its evidence pane, and the
延期支付台账 page reconciling with the approved runs."""
from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from tests.deferral.scenario import QUARTERS, scenario_sheets
from tests.ui_records.conftest import idle, message_boxes, open_page  # noqa: F401
from ui.records.forms import record_dialog
from ruralperf.domain.periods import Quarter

pytestmark = pytest.mark.gui


@pytest.fixture
def scenario_db(db_path):
    from ruralperf.workspace import Workspace

    with Workspace.open(db_path) as ws:
        assert ws.import_sheets(scenario_sheets()).ok
        for quarter in list(QUARTERS)[:4]:  # 2026Q2 stays open for new clawbacks
            ws.compute_pay_run(Quarter.parse(quarter))
            ws.approve_pay_run(Quarter.parse(quarter), reason="一名管理员")
    return db_path


def test_an_administrator_types_a_clawback_and_sees_it_listed(qtbot, make_ctx, scenario_db):
    from ui.records.clawbacks_page import ClawbacksPage

    ctx = make_ctx(scenario_db)
    page = open_page(qtbot, ClawbacksPage(ctx), rows=2)
    assert page.add_button.isEnabled()
    dialog = record_dialog(ctx, "clawbacks")
    qtbot.addWidget(dialog)
    dialog.show()
    idle(qtbot, ctx)
    e = dialog.editors
    e["staff_no"].line.setFocus()
    qtbot.keyClicks(e["staff_no"].line, "E001")
    e["date"].line.setFocus()
    qtbot.keyClick(e["date"].line, Qt.Key_A, Qt.ControlModifier)  # replace today's date
    qtbot.keyClicks(e["date"].line, "2026/6/10")
    qtbot.keyClick(e["date"].line, Qt.Key_Tab)
    qtbot.keyClicks(e["amount"], "250.5")
    dialog.save_button.click()  # no reason yet: refused, said beside the field
    assert dialog.errors["reason"].text() == "必填项为空"
    e["reason"].setFocus()
    e["reason"].insert("违规发放贷款形成不良")  # typed through the input method
    with qtbot.waitSignal(ctx.data_changed, timeout=5000):
        qtbot.keyClick(e["amount"], Qt.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=5000)
    run = ctx.workspace.compute_pay_run(Quarter(2026, 2), save=False).for_staff("E001")
    assert run.clawback == Decimal("7250.50")

    page.view.selectRow(0)
    qtbot.waitUntil(lambda: "E001" in page.evidence.title.text(), timeout=5000)
    assert page.evidence.table.rowCount() == 0  # the scenario has no loans


def test_an_officer_cannot_enter_clawbacks(qtbot, make_ctx, scenario_db):
    from ruralperf.workspace import Workspace
    from ui.records.clawbacks_page import ClawbacksPage

    with Workspace.open(scenario_db) as ws:
        ws.add_user("boss", "secret-1", "admin")
        ws.add_user("li", "secret-2", "officer", staff_no="E001")
    ctx = make_ctx(scenario_db)
    ctx.workspace.login("li", "secret-2")
    page = open_page(qtbot, ClawbacksPage(ctx), rows=2)
    assert not page.add_button.isEnabled()
    result = ctx.workspace.records.save("clawbacks", {
        "staff_no": "E001", "date": "2026-06-10", "amount": "10", "reason": "x"})
    assert not result.ok


def test_the_ledger_page_lists_the_parts_and_says_they_reconcile(qtbot, make_ctx, scenario_db):
    from ui.workflow.deferral_ledger_page import DeferralLedgerPage

    ctx = make_ctx(scenario_db)
    page = DeferralLedgerPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitUntil(lambda: page.table.rowCount() == 13, timeout=10000)  # 12 parts + totals
    assert page.staff.currentText() == "E001 张三"
    assert page.table.item(0, 0).text() == "2024年第1季度"
    assert page.table.item(12, 2).text() == "12,800.00"
    assert page.table.item(12, 5).text() == "5,933.34"  # the balance after 2026Q1
    assert "核对一致" in page.status.text()


def test_the_pay_run_page_shows_deferral_and_explains_paid(qtbot, make_ctx, scenario_db):
    from ui.workflow.payrun_model import COLUMNS, PayRunModel

    ctx = make_ctx(scenario_db)
    result = ctx.workspace.compute_pay_run(Quarter(2026, 2), save=False)
    model = PayRunModel()
    model.set_result(result)
    keys = [model.column_key(c) for c in range(model.columnCount())]
    assert keys[-5:] == ["clawback", "deferred", "released", "paid", "deferred_balance"]
    assert model.headerData(keys.index("net"), Qt.Horizontal) == "本季绩效"
    assert model.data(model.index(0, keys.index("paid"))) == "1,760.00"
    from ui.workflow.explain import explain

    ex = explain(result, result.for_staff("E001"), "paid")
    summary = dict(ex.summary)
    assert summary["− 追索扣回（从本季绩效扣减）"] == "1,066.66"
    assert summary["= 实发"] == "1,760.00" and summary["延期支付余额"] == "1,173.34"
    assert ex.rows[0][:4] == ["2026-05-20", "7,000.00", "5,933.34", "1,066.66"]
    # without deferral the columns are the old ones
    model.set_result(ctx.workspace.compute_pay_run(Quarter(2026, 2), save=False).__class__(
        "2026Q2", result.scheme_date, {}, ()))
    assert model.columnCount() == len(COLUMNS)

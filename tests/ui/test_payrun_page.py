"""Pay run page: compute 2025Q3 of the golden branch, read net pay from the table, open the
explanation of a cell, follow a blocking error to the page that fixes it."""
from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from ruralperf.domain.periods import Quarter
from ui.widgets.amounts import VALUE_ROLE
from ui.workflow.payrun_page import PayRunPage
from ui.workflow.quarter import QuarterState

pytestmark = pytest.mark.gui


@pytest.fixture
def page(qtbot, golden_ctx, idle):
    page = PayRunPage(golden_ctx, QuarterState(Quarter(2025, 3)))
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    page.refresh()
    idle(golden_ctx)
    return page


def _compute(qtbot, page):
    page.compute_button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0 and page.compute_button.isEnabled(),
                    timeout=10000)


def test_nothing_stored_before_computing(page):
    assert page.model.rowCount() == 0
    assert "2025Q3" in page.status.text()


def test_compute_shows_net_pay_with_separators(qtbot, page):
    _compute(qtbot, page)
    model = page.model
    row, net = model.row_of("E001"), model.column_of("net")
    assert model.index(row, net).data() == "4,652.92"
    assert model.index(row, net).data(VALUE_ROLE) == Decimal("4652.92")
    assert model.index(row, model.column_of("p")).data() == "100.82%"  # a percentage (issue 13.10)
    assert model.index(model.row_of("E004"), model.column_of("carry_to_next")).data() == "906.76"
    totals = model.rowCount() - 1
    assert model.index(totals, 0).data() == "合计"


def test_double_click_explains_the_maintenance_fee(qtbot, page):
    _compute(qtbot, page)
    index = page.model.index(page.model.row_of("E001"), page.model.column_of("maintenance"))
    page.view.scrollTo(index)
    rect = page.view.visualRect(index)
    qtbot.mouseClick(page.view.viewport(), Qt.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.view.viewport(), Qt.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: bool(page.dialogs))
    dialog = page.dialogs[-1]
    summary = dict(dialog.explanation.summary)
    assert "240.00" in summary.values() and "241.97" in summary.values()
    assert "100.82%" in summary.values()
    rules = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert rules == ["6.1", "6.1"]
    formulas = [dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())]
    assert "30.00 × min(2, 4)" in formulas
    params = dialog.table.item(0, 4).text()
    assert "30.00" in params and "客户维护费" in params  # parameter names in words
    dialog.close()


def test_explanations_of_p_and_net(qtbot, page):
    _compute(qtbot, page)
    row = page.model.row_of("E001")
    p = page.explain(row, page.model.column_of("p"))
    assert p.table.rowCount() == 5
    net = page.explain(row, page.model.column_of("net"))
    assert net.table is None and "4,652.92" in net.summary_text()
    for dialog in (p, net):
        dialog.close()


def test_blocking_errors_link_to_the_page_that_fixes_them(qtbot, page, golden_ctx):
    _compute(qtbot, page)
    rows = page.findings.rows()
    errors = [r for r in rows if r.error]
    assert {r.target for r in errors} == {("targets", "E005"), ("deposits", "E005")}
    index = next(i for i, r in enumerate(rows) if r.target == ("targets", "E005"))
    with qtbot.waitSignal(golden_ctx.navigate) as signal:
        page.findings.follow(index)
    assert signal.args == ["targets", "E005"]
    committee = next(r for r in rows if not r.error and r.target and r.target[0] == "adjustments")
    assert committee.who.startswith("E001")


def test_a_saved_run_is_shown_before_recomputing(qtbot, page, golden_ctx, idle):
    _compute(qtbot, page)
    again = PayRunPage(golden_ctx, QuarterState(Quarter(2025, 3)))
    qtbot.addWidget(again)
    again.refresh()
    idle(golden_ctx)
    assert again.stored is not None and again.stored.label == "2025Q3-v1"
    assert "2025Q3-v1" in again.status.text() and "草稿" in again.status.text()
    model = again.model
    assert model.index(model.row_of("E001"), model.column_of("net")).data() == "4,652.92"

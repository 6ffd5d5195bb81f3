"""The loans list shows each loan's guarantees (issue 17): a 担保 column with how many, the
worst status of their guarantee periods and the guarantors; the detail pane lists them."""
from __future__ import annotations

from PySide6.QtCore import Qt

from tests.rules.test_guarantees_workspace import _branch
from tests.ui_records.conftest import idle, open_page
from ui.records.loans_page import LoansPage


def _column(page, title: str) -> int:
    return next(i for i in range(page.model.columnCount())
                if page.model.headerData(i, Qt.Horizontal) == title)


def test_loans_list_shows_guarantees_beside_each_loan(qtbot, make_ctx, db_path):
    ctx = make_ctx(db_path)
    _branch(ctx.workspace)
    page = open_page(qtbot, LoansPage(ctx), rows=3)
    col = _column(page, "担保")
    cells = {page.model.row(r)["contract_no"]: page.model.index(r, col).data()
             for r in range(page.model.rowCount())}
    assert cells == {"G1": "2 · 保证人免责：王五、赵六", "G2": "1 · 保证人免责：钱七", "G3": ""}
    g1 = page.model.find_row("contract_no", "G1")
    assert page.model.index(g1, col).data(Qt.ForegroundRole).color().name() == "#b42318"

    # the clerk looks for G1 and opens it: the detail pane lists the guarantors
    qtbot.keyClicks(page.search, "G1")
    qtbot.keyClick(page.search, Qt.Key_Return)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    page.view.setFocus()
    page.view.selectRow(0)
    qtbot.waitUntil(lambda: page.detail.detail is not None, timeout=5000)
    idle(qtbot, ctx)
    detail = page.detail
    assert "担保 2 人，最差：保证人免责" in detail.status.text()
    assert detail.tables["guarantees"].grid.rowCount() == 2
    assert detail.tabs.tabText(detail.tabs.indexOf(detail.tables["guarantees"])) == "担保 (2)"


def test_limitation_list_column_counts_guarantees_worst_first(qtbot, make_ctx, db_path):
    from datetime import date

    from ui.widgets.amounts import VALUE_ROLE
    from ui.workflow.limitation_model import COLUMNS, LimitationFilter, LimitationModel

    ctx = make_ctx(db_path)
    _branch(ctx.workspace)
    model = LimitationModel()
    model.set_loans(ctx.workspace.limitation(date(2025, 10, 15)).loans, {})
    col = COLUMNS.index("guarantees")
    assert model.headerData(col, Qt.Horizontal) == "担保"
    texts = {model.loan_at(r).contract_no: model.index(r, col).data()
             for r in range(model.rowCount())}
    assert texts["G1"] == "2 · 保证人免责：王五 已主张保证责任；赵六 保证人免责"
    proxy = LimitationFilter()
    proxy.setSourceModel(model)
    proxy.set_filter(tab="all")
    proxy.sort(col, Qt.AscendingOrder)
    assert proxy.index(0, col).data(VALUE_ROLE)[0] == 1  # released first

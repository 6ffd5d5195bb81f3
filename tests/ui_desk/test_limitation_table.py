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


def test_a_guarantee_to_demand_soon_puts_its_loan_first(qtbot):
    """须签收 soonest first (issue 17): a loan whose own period runs 972 more days but whose
    guarantor must be demanded within 20 comes before a loan with 53 days left, and says why."""
    from datetime import date
    from decimal import Decimal

    from ruralperf.domain.results import GuaranteeLimitation, LoanLimitation
    from ui.workflow.limitation_model import LimitationModel

    soon = GuaranteeLimitation("谭庆", "joint_several", date(2026, 12, 23), "warning", 20)
    calm = GuaranteeLimitation("崔东", "joint_several", date(2027, 6, 1), "running", 200)
    rows = [LoanLimitation("A", "H1", "E1", "warning", date(2027, 1, 25), 53, None, None,
                           balance=Decimal("50000.00")),
            LoanLimitation("B", "H2", "E1", "running", date(2029, 9, 24), 972, None, None,
                           balance=Decimal("26600.00"), guarantees=(soon,)),
            LoanLimitation("C", "H3", "E1", "running", date(2029, 9, 1), 900, None, None,
                           balance=Decimal("10.00"), guarantees=(calm,))]
    model = LimitationModel()
    model.set_loans(rows, {})
    days = COLUMNS.index("days_left")
    shown = [(model.loan_at(r).contract_no, model.index(r, days).data())
             for r in range(model.rowCount())]
    assert shown == [("B", "972（保证人 20）"), ("A", "53"), ("C", "900")]

"""Home page: completeness, pay-run state with blocking errors, limitation deadlines; an
empty database offers demo data."""
from __future__ import annotations

from datetime import date

import pytest

from ruralperf.domain.periods import Quarter
from ui.workflow.home_page import HomePage
from ui.workflow.quarter import QuarterState

pytestmark = pytest.mark.gui


def _page(qtbot, ctx, idle, quarter=Quarter(2025, 3)) -> HomePage:
    page = HomePage(ctx, QuarterState(quarter))
    page.today = lambda: date(2025, 9, 30)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    page.refresh()
    idle(ctx)
    return page


def test_empty_database_offers_demo_data(qtbot, empty_ctx, idle):
    page = _page(qtbot, empty_ctx, idle)
    assert page.empty_banner.isVisible()
    assert not page.completeness.isVisible()
    with qtbot.waitSignal(empty_ctx.navigate) as signal:
        next(b for b in page.empty_banner.findChildren(type(page.demo_button))
             if b is not page.demo_button).click()
    assert signal.args == ["import", "open"]


def test_completeness_and_limitation_of_the_golden_quarter(qtbot, golden_ctx, idle):
    page = _page(qtbot, golden_ctx, idle)
    assert not page.empty_banner.isVisible()
    table = page.completeness.table
    headers = [table.horizontalHeaderItem(c).text() for c in range(6)]
    assert headers == ["2025-04", "2025-05", "2025-06", "2025-07", "2025-08", "2025-09"]
    assert table.item(0, 2).text() == "20" and table.item(0, 5).text() == "25"
    assert table.item(2, 3).text() == "4/5" and "E005" in table.item(2, 3).toolTip()
    assert "E005 孙丽" in page.completeness.targets.text()
    assert page.pay_run.status.text() == "本季度尚未核算。"
    tiles = page.limitation.tiles
    assert (tiles["due30"].text(), tiles["due90"].text(), tiles["lapsed"].text()) == ("1", "1", "1")
    listed = [page.limitation.table.item(r, 0).text()
              for r in range(page.limitation.table.rowCount())]
    assert listed == ["C026", "C025", "C027"]
    assert page.limitation.lead.text() == "须签收：2 笔贷款、0 名保证人（按剩余天数排列）"


def test_blocking_errors_after_a_pay_run(qtbot, golden_ctx, idle):
    golden_ctx.run(lambda progress: golden_ctx.workspace.compute_pay_run(Quarter(2025, 3)))
    idle(golden_ctx)
    page = _page(qtbot, golden_ctx, idle)
    assert "草稿" in page.pay_run.status.text()
    rows = page.pay_run.findings.rows()
    assert {r.target for r in rows if r.error} == {("targets", "E005"), ("deposits", "E005")}
    with qtbot.waitSignal(golden_ctx.navigate) as signal:
        page.pay_run.findings.follow(next(i for i, r in enumerate(rows) if r.error))
    assert signal.args[1] == "E005"


def test_demo_button_loads_demo_data(qtbot, empty_ctx, idle, monkeypatch):
    from ui.workflow import home_page

    if not home_page.demo_available():
        pytest.skip("ruralperf.io.demo is not there yet")
    import ruralperf.io.demo as demo

    original = demo.demo_sheets
    monkeypatch.setattr(demo, "demo_sheets", lambda: original(staff=4, loans=60, seed=1))
    page = _page(qtbot, empty_ctx, idle)
    with qtbot.waitSignal(empty_ctx.data_changed, timeout=30000) as changed:
        page.demo_button.click()
    assert changed.args == ["*"]
    assert not empty_ctx.workspace.overview.is_empty()



def test_the_limitation_card_lists_the_most_urgent_only(qtbot):
    """Issue 22: a county's summary has 20,000 items; the card shows the first 200 and says how
    many more the limitation page lists."""
    from datetime import date

    from ruralperf.rules.signatures import ToSign
    from ruralperf.services.overview import LimitationSummary
    from ui.workflow.home_cards import CARD_ROWS, LimitationCard

    went = []
    card = LimitationCard(lambda page, record: went.append((page, record)))
    qtbot.addWidget(card)
    items = tuple(ToSign(f"C{i:05d}", None, "E001", date(2026, 1, 1), i) for i in range(250))
    card.set_data(LimitationSummary(date(2025, 12, 1), {30: (), 60: (), 90: ()}, (), (), 0, (),
                                    items), {})
    assert card.table.rowCount() == CARD_ROWS + 1
    assert card.table.item(0, 0).text() == "C00000"
    assert card.table.item(CARD_ROWS, 0).text() == "另有 50 项，见时效管理"
    card.table.cellDoubleClicked.emit(CARD_ROWS, 0)
    card.table.cellDoubleClicked.emit(3, 0)
    assert went == [("limitation", ""), ("loans", "C00003")]

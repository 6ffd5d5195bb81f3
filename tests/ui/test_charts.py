"""Issue 20, pictures: what the charts draw comes from the facade's values, exactly (integer
fen and basis points), and the charts open from their pages and save as PNG."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from ruralperf.domain.periods import Quarter
from ui.charts import data as chart_data
from ui.charts.bar_chart import ValueAxis

pytestmark = pytest.mark.gui
Q = Quarter(2025, 3)


def test_pay_composition_stacks_each_staff_members_components_exactly(golden_ws):
    result = golden_ws.compute_pay_run(Q, save=False)
    data = chart_data.pay_composition(result)
    assert data.categories == tuple(s.name for s in result.staff)
    for i, staff in enumerate(result.staff):
        stacked = sum(series.values[i] for series in data.stacks)
        assert Decimal(stacked) / 100 == sum(v for v in staff.assessed.values() if v > 0)
        assert Decimal(data.markers.values[i]) / 100 == staff.net
    assert all(isinstance(v, int) for series in data.stacks for v in series.values)


def test_completions_are_basis_points_against_100_percent(golden_ws):
    result = golden_ws.compute_pay_run(Q, save=False)
    data = chart_data.completions(result)
    assert data.line == 10000
    assert [Decimal(v) / 10000 for v in data.stacks[0].values] == [s.p for s in result.staff]


def test_history_has_a_bar_for_each_of_five_quarters(golden_ws):
    golden_ws.compute_pay_run(Q)
    runs = [(str(q), (r.result if (r := golden_ws.stored_pay_run(q)) else None))
            for q in (Quarter.parse("2024Q3"), Quarter.parse("2024Q4"), Quarter.parse("2025Q1"),
                      Quarter.parse("2025Q2"), Q)]
    data = chart_data.quarter_history(runs)
    assert data.categories == ("2024Q3", "2024Q4", "2025Q1", "2025Q2", str(Q))
    net = sum(s.net for s in golden_ws.stored_pay_run(Q).result.staff)
    assert data.stacks[0].values == (0, 0, 0, 0, int(net * 100))


def test_expiry_timeline_counts_loans_by_month_and_officer(golden_ws):
    report = golden_ws.limitation(date(2025, 9, 30))
    data = chart_data.expiry_timeline(report, date(2025, 9, 30))
    assert data.categories[0] == "2025-09" and len(data.categories) == 12
    expected = sum(1 for loan in report.loans if loan.status in ("running", "warning", "restored")
                   and loan.expiry and date(2025, 9, 30) <= loan.expiry < date(2026, 9, 1))
    loans_counted = sum(sum(s.values) for s in data.stacks)
    assert loans_counted >= expected


def test_value_axis_labels_yuan_and_percent_exactly(qapp):
    assert ValueAxis("fen").tickStrings([123456789], 1, 1) == ["1,234,568"]
    assert ValueAxis("basis_points").tickStrings([10000, 8250], 1, 1) == ["100%", "82%"]


def test_the_pay_run_page_opens_its_charts_and_saves_a_png(qtbot, golden_ctx, idle, tmp_path,
                                                            monkeypatch):
    from ui.workflow.payrun_page import PayRunPage
    from ui.workflow.quarter import QuarterState

    golden_ctx.workspace.compute_pay_run(Q)
    page = PayRunPage(golden_ctx, QuarterState(Q))
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    qtbot.waitUntil(lambda: page.chart_button.isEnabled(), timeout=10000)
    qtbot.mouseClick(page.chart_button, Qt.LeftButton)
    dialog = page.charts
    qtbot.addWidget(dialog)
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == ["应发构成", "完成率"]
    out = tmp_path / "chart.png"
    monkeypatch.setattr("ui.charts.chart_dialog.choose_file", lambda *a, **k: str(out))
    qtbot.mouseClick(dialog.save_button, Qt.LeftButton)
    assert out.stat().st_size > 1000 and "已保存" in dialog.status.text()
    idle(golden_ctx)


def test_the_home_page_shows_this_quarter_beside_the_four_before(qtbot, golden_ctx, idle):
    from ui.workflow.home_page import HomePage
    from ui.workflow.quarter import QuarterState

    golden_ctx.workspace.compute_pay_run(Q)
    page = HomePage(golden_ctx, QuarterState(Q))
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    qtbot.waitUntil(lambda: page.history.isVisible(), timeout=10000)
    assert page.history.chart.data.categories[-1] == str(Q)
    idle(golden_ctx)


def test_the_limitation_page_opens_the_timeline(qtbot, golden_ctx, idle):
    from ui.workflow.limitation_page import LimitationPage

    page = LimitationPage(golden_ctx)
    qtbot.addWidget(page)
    page.show()
    page.set_as_of(date(2025, 9, 30))
    qtbot.waitUntil(lambda: page.chart_button.isEnabled(), timeout=10000)
    qtbot.mouseClick(page.chart_button, Qt.LeftButton)
    qtbot.addWidget(page.timeline)
    assert page.timeline.chart().data.categories[0] == "2025-09"
    idle(golden_ctx)


def test_chart_texts_are_translated_to_english(qapp, monkeypatch):
    from ui.charts.chart_dialog import component_labels, tr
    from ui.i18n import install_language, remove_language

    monkeypatch.setenv("RURALPERF_LANG", "zh_CN")  # restored after: later tests read Chinese
    translators = install_language(qapp, "en")
    try:
        assert component_labels()["floating"] == "Floating wage"
        assert tr("到期时间轴") == "Expiry timeline"
    finally:
        remove_language(qapp, translators)

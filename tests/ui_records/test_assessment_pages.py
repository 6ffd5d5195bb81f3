"""The targets grid (staff × indicators, edited in place, saved in one transaction) and the
parameters page (dated histories, built-in default first, add a value from a date)."""
from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QDate

from tests.ui_records.conftest import idle
from ui.records.parameters_page import ParametersPage
from ui.records.targets_page import FIXED_COLUMNS, TargetsPage
from ruralperf.domain.periods import Quarter

pytestmark = pytest.mark.gui


def _show(qtbot, page):
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    idle(qtbot, page.ctx)
    return page


def _cell(page, staff_no: str, key: str):
    from ui.records.target_delegate import INDICATORS

    row = next(i for i, r in enumerate(page.rows) if r["staff_no"] == staff_no)
    return page.grid.item(row, len(FIXED_COLUMNS) + INDICATORS.index(key))


def test_targets_grid_opens_on_the_newest_quarter_with_targets(qtbot, golden_ctx):
    page = _show(qtbot, TargetsPage(golden_ctx))
    qtbot.waitUntil(lambda: page.grid.rowCount() == 5, timeout=5000)
    assert page.quarter.value() == "2025Q3"
    assert _cell(page, "E001", "deposit").text() == "150,000.00"
    assert _cell(page, "E005", "interest").text() == ""  # E005 has no targets
    assert not page.is_dirty()


def test_cells_are_checked_and_the_quarter_saved_at_once(qtbot, golden_ctx):
    page = _show(qtbot, TargetsPage(golden_ctx))
    qtbot.waitUntil(lambda: page.grid.rowCount() == 5, timeout=5000)
    cell = _cell(page, "E005", "quality")
    cell.setText("120")
    assert cell.toolTip().startswith("得分应为 0–100 的整数")
    cell.setText("90")
    assert cell.toolTip() == ""
    for key, text in (("interest", "800"), ("deposit", "-1,000.50"), ("npl", "0"),
                      ("intermediate", "2")):
        _cell(page, "E005", key).setText(text)
    _cell(page, "E001", "quality").setText("101")  # one bad cell: nothing is saved
    assert page.is_dirty()
    page.save()
    idle(qtbot, golden_ctx)
    assert "未保存" in page.status.text()
    assert _cell(page, "E001", "quality").toolTip().startswith("得分应为")
    browse = golden_ctx.workspace.browse
    assert browse.count("targets", filters={"quarter": "2025Q3"}) == 4
    _cell(page, "E001", "quality").setText("95")
    with qtbot.waitSignal(golden_ctx.data_changed, timeout=5000):
        page.save()
    idle(qtbot, golden_ctx)
    e005 = next(r for r in browse.targets_grid(Quarter(2025, 3)) if r["staff_no"] == "E005")
    assert (e005["deposit"], e005["quality"]) == (Decimal("-1000.50"), 90)
    assert not page.is_dirty()


def test_changing_quarter_with_unsaved_cells_asks_first(qtbot, golden_ctx, monkeypatch):
    page = _show(qtbot, TargetsPage(golden_ctx))
    qtbot.waitUntil(lambda: page.grid.rowCount() == 5, timeout=5000)
    _cell(page, "E005", "npl").setText("5")
    monkeypatch.setattr(page, "ask_discard", lambda: False)
    page.quarter.set_value("2025Q4")
    assert page.quarter.value() == "2025Q3" and page.is_dirty()
    page.copy_button.click()  # copying the previous quarter keeps the edits unsaved
    idle(qtbot, golden_ctx)
    assert page.is_dirty() and _cell(page, "E005", "npl").text() == "5"


def test_copy_previous_quarter_fills_empty_rows(qtbot, golden_ctx):
    page = _show(qtbot, TargetsPage(golden_ctx))
    qtbot.waitUntil(lambda: page.grid.rowCount() == 5, timeout=5000)
    page.quarter.set_value("2025Q4")
    qtbot.waitUntil(lambda: page.status.text().startswith("2025Q4"), timeout=5000)
    page.copy_button.click()
    qtbot.waitUntil(lambda: _cell(page, "E001", "deposit").text() == "150,000.00",
                    timeout=5000)
    assert page.is_dirty() and "4 名员工" in page.status.text()


def test_parameters_show_dated_histories_and_take_new_values(qtbot, golden_ctx):
    page = _show(qtbot, ParametersPage(golden_ctx))
    qtbot.waitUntil(lambda: page.key_grid.rowCount() > 30, timeout=5000)
    row = next(i for i, k in enumerate(page.keys) if k["key"] == "interest.rate")
    page.key_grid.selectRow(row)
    qtbot.waitUntil(lambda: "interest.rate" in page.heading.text(), timeout=5000)
    assert page.history_grid.rowCount() == 2
    assert page.history_grid.item(0, 2).text() == "内置默认"
    assert page.history_grid.item(1, 0).text() == "2025-10-01"
    dialog = page.add_value()
    assert dialog.editors["key"].value() == "interest.rate"
    assert not dialog.editors["key"].isEnabled()
    dialog.editors["value"].setText("0.25%")
    dialog.editors["effective_from"].setDate(QDate(2026, 1, 1))
    dialog.save_button.click()
    qtbot.waitUntil(lambda: page.history_grid.rowCount() == 3, timeout=5000)
    assert page.history_grid.item(2, 1).text() == "0.25%"
    page.history_grid.selectRow(0)
    assert not page.delete_button.isEnabled()  # the built-in default stays
    page.history_grid.selectRow(2)
    assert page.delete_button.isEnabled()
    page.delete_value()
    qtbot.waitUntil(lambda: page.history_grid.rowCount() == 2, timeout=5000)


def test_links_from_findings_focus_the_record(qtbot, golden_ctx):
    targets = TargetsPage(golden_ctx)
    targets.show_record("E005 2025Q4")  # before the page is shown: applied when loaded
    _show(qtbot, targets)
    qtbot.waitUntil(lambda: targets.grid.currentRow() >= 0, timeout=5000)
    assert targets.quarter.value() == "2025Q4"
    assert targets.rows[targets.grid.currentRow()]["staff_no"] == "E005"
    params = _show(qtbot, ParametersPage(golden_ctx))
    params.show_record("npl_recovery.rate")
    qtbot.waitUntil(lambda: "npl_recovery.rate" in params.heading.text(), timeout=5000)


def test_yes_or_no_parameters_read_in_words(qtbot, golden_ctx):
    """No true/false on a Chinese screen: the handover rule's value reads 是, its history too."""
    page = _show(qtbot, ParametersPage(golden_ctx))
    qtbot.waitUntil(lambda: page.key_grid.rowCount() > 30, timeout=5000)
    row = next(i for i, k in enumerate(page.keys) if k["key"] == "handover.follows_loans")
    assert page.key_grid.item(row, 2).text() == "是"
    page.key_grid.setFocus()
    page.key_grid.setCurrentCell(row, 0)
    qtbot.waitUntil(lambda: "handover.follows_loans" in page.heading.text(), timeout=5000)
    assert page.history_grid.item(0, 1).text() == "是"
    texts = [page.key_grid.item(r, 2).text() for r in range(page.key_grid.rowCount())]
    assert "true" not in texts and "false" not in texts

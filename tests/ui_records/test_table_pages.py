"""Data pages: lazy loading in batches on the worker, search/sort/filter by the database,
navigation to a record, export of the current view, deletion messages, refresh on change."""
from __future__ import annotations

import threading

import openpyxl
import pytest
from PySide6.QtCore import Qt

from tests.ui_records.conftest import idle, open_page
from ui.records import PAGE_KEYS, record_pages
from ui.records.loans_page import LoansPage
from ui.records.pages import StaffPage
from ui.records.table_model import BATCH

pytestmark = pytest.mark.gui


def test_record_pages_in_navigation_order(qtbot, golden_ctx):
    pages = record_pages(golden_ctx)
    for page in pages:
        qtbot.addWidget(page)
    assert tuple(p.key for p in pages) == PAGE_KEYS
    assert [p.title() for p in pages][:3] == ["员工", "借款户", "贷款"]


def test_rows_arrive_in_batches_from_the_worker(qtbot, sample_ctx, monkeypatch):
    browse = sample_ctx.workspace.browse
    threads, original = [], browse.page

    def page(*args, **kwargs):
        threads.append(threading.current_thread() is threading.main_thread())
        return original(*args, **kwargs)

    monkeypatch.setattr(browse, "page", page)
    view = LoansPage(sample_ctx)
    assert view.model.rowCount() == 0  # nothing is read on the UI thread while building
    open_page(qtbot, view, rows=BATCH)
    model = view.model
    assert (model.rowCount(), model.total) == (BATCH, 400)
    assert model.canFetchMore()
    view.view.scrollToBottom()  # the view asks for more
    qtbot.waitUntil(lambda: model.rowCount() == 2 * BATCH, timeout=5000)
    assert not model.canFetchMore()
    assert view.status.text() == "共 400 条，已显示 400 条"
    assert threads and not any(threads)
    amount = next(i for i, c in enumerate(model.columns) if c.key == "amount")
    assert model.data(model.index(0, amount), Qt.TextAlignmentRole) & Qt.AlignRight
    assert "," in model.data(model.index(0, amount))
    disbursed = next(i for i, c in enumerate(model.columns) if c.key == "disbursed_on")
    assert len(model.data(model.index(0, disbursed))) == 10  # YYYY-MM-DD


def test_search_by_pinyin_initials_is_debounced_and_done_by_the_database(qtbot, sample_ctx):
    page = open_page(qtbot, StaffPage(sample_ctx), rows=5)
    qtbot.keyClicks(page.search, "zw")
    assert page.model.rowCount() == 5  # not yet: the search waits for a pause in typing
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5000)
    assert {page.model.row(i)["name"] for i in range(2)} == {"张伟", "曾伟"}
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 5, timeout=5000)


def test_header_click_sorts_in_the_database(qtbot, sample_ctx):
    page = open_page(qtbot, LoansPage(sample_ctx), rows=BATCH)
    column = next(i for i, c in enumerate(page.model.columns) if c.key == "amount")
    page.view.sortByColumn(column, Qt.DescendingOrder)
    qtbot.waitUntil(lambda: page.model.sort_key == "amount" and page.model.rowCount() == BATCH,
                    timeout=5000)
    idle(qtbot, sample_ctx)
    everything, _ = sample_ctx.workspace.browse.page("loans", limit=1000)
    top = max(everything, key=lambda r: r["amount"])
    assert page.model.row(0)["amount"] == top["amount"]  # beyond the rows loaded before
    amounts = [page.model.row(i)["amount"] for i in range(page.model.rowCount())]
    assert amounts == sorted(amounts, reverse=True)


def test_filters_and_navigation_to_a_record(qtbot, sample_ctx):
    page = open_page(qtbot, LoansPage(sample_ctx), rows=BATCH)
    combo = page.filter_combos["customer_type"]
    combo.setCurrentIndex(combo.findData("joint"))
    qtbot.waitUntil(lambda: page.model.total == 100, timeout=5000)
    assert {page.model.row(i)["customer_type"] for i in range(page.model.rowCount())} == \
        {"joint"}
    page.show_record("C00321")
    qtbot.waitUntil(lambda: page.selected_row() is not None, timeout=5000)
    assert page.selected_row()["contract_no"] == "C00321"
    assert combo.currentData() is None  # navigation clears the filters
    qtbot.waitUntil(lambda: page.detail.detail is not None, timeout=5000)
    assert page.detail.detail.loan["contract_no"] == "C00321"


def test_export_writes_every_row_of_the_current_view(qtbot, sample_ctx, tmp_path):
    page = open_page(qtbot, LoansPage(sample_ctx), rows=BATCH)
    column = next(i for i, c in enumerate(page.model.columns) if c.key == "amount")
    page.view.sortByColumn(column, Qt.AscendingOrder)
    qtbot.waitUntil(lambda: page.model.sort_key == "amount", timeout=5000)
    idle(qtbot, sample_ctx)
    assert page.model.rowCount() == BATCH  # only the first batch is on screen
    target = tmp_path / "view.xlsx"
    page.exporter.start(str(target))
    qtbot.waitUntil(lambda: page.exporter.task is None, timeout=20000)
    assert page.status.text().startswith("已导出 400 行")
    sheet = openpyxl.load_workbook(target, read_only=True).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:4] == ("合同号", "客户号", "户名", "贷款金额")
    assert len(rows) == 401
    amounts = [r[3] for r in rows[1:]]
    assert amounts == sorted(amounts)
    assert rows[1][8] in ("自主开发型", "联合型", "联动型", "接管型")


def test_deleting_a_referenced_staff_member_explains_why(qtbot, golden_ctx, message_boxes):
    page = open_page(qtbot, StaffPage(golden_ctx), rows=5)
    page.view.selectRow(0)
    page.delete_record()
    idle(qtbot, golden_ctx)
    assert message_boxes[0][0] == "question"
    assert message_boxes[-1][0] == "warning"
    assert message_boxes[-1][1].startswith("不能删除员工 E001：仍被")
    assert golden_ctx.workspace.browse.count("staff") == 5


def test_pages_reload_when_their_data_changed(qtbot, golden_ctx):
    page = open_page(qtbot, StaffPage(golden_ctx), rows=5)
    golden_ctx.workspace.records.save("staff", {"staff_no": "E009", "name": "单田芳",
                                                "position": "综合柜员", "coefficient": "1"})
    golden_ctx.data_changed.emit("staff")
    qtbot.waitUntil(lambda: page.model.rowCount() == 6, timeout=5000)
    loans = open_page(qtbot, LoansPage(golden_ctx), rows=5)
    before = loans.model.rowCount()
    loans.hide()
    golden_ctx.data_changed.emit("households")  # hidden: only marked stale
    idle(qtbot, golden_ctx)
    assert loans._stale
    loans.show()
    qtbot.waitUntil(lambda: not loans._stale and loans.model.rowCount() == before, timeout=5000)


def test_loan_detail_pane_shows_status_and_related_records(qtbot, golden_ctx):
    page = open_page(qtbot, LoansPage(golden_ctx), rows=20)
    row = page.model.find_row("contract_no", "C028")  # in litigation
    page.view.selectRow(row)
    qtbot.waitUntil(lambda: page.detail.detail is not None, timeout=5000)
    detail = page.detail
    assert "C028" in detail.heading.text()
    assert "诉讼中" in detail.status.text()
    assert detail.tables["events"].grid.rowCount() == 2
    assert detail.tables["snapshots"].grid.rowCount() == 2
    assert detail.tabs.tabText(detail.tabs.indexOf(detail.tables["events"])) == "时效事件 (2)"


def test_buttons_follow_the_users_rights(qtbot, golden_ctx):
    from ruralperf.security.users import User

    golden_ctx.workspace.user = User("audit", "审计", "auditor")
    page = open_page(qtbot, StaffPage(golden_ctx), rows=5)
    page.view.selectRow(0)
    assert not page.add_button.isEnabled() and not page.delete_button.isEnabled()
    assert page.export_button.isEnabled()
    golden_ctx.workspace.user = User("li", "李娜", "officer")
    page.refresh()
    page.view.selectRow(1)
    assert page.add_button.isEnabled() and page.edit_button.isEnabled()

"""Audit trail viewer: entries after an import, newest first, paged as the user scrolls,
filtered by table, exported to .xlsx, the hash chain verified; hidden from credit officers."""
from __future__ import annotations

import pytest
from openpyxl import load_workbook

from ruralperf.services.audit_view import AuditFilter
from ui.trust.audit_page import AuditPage

pytestmark = pytest.mark.gui


@pytest.fixture
def page(qtbot, golden_ctx, idle):
    page = AuditPage(golden_ctx)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    page.refresh()
    idle(golden_ctx)
    return page


def test_entries_of_the_import_newest_first(page, golden_ctx):
    _rows, total = golden_ctx.workspace.audit_view.page(AuditFilter(), 0, 1)
    assert total > 200 and page.model.total() == total
    entries = page.entries()
    assert len(entries) == 200  # the first batch; more as the user scrolls
    assert [e["seq"] for e in entries] == sorted((e["seq"] for e in entries), reverse=True)
    assert entries[0]["source"].startswith("import:")
    assert "共 %s 条" % f"{total:,}" in page.count.text()
    assert page.model.index(0, 4).data() == "新增"  # actions in words


def test_scrolling_loads_the_rest(page, golden_ctx, idle):
    page.view.scrollToBottom()
    page.model.fetchMore()
    idle(golden_ctx)
    assert page.model.rowCount() == page.model.total()


def test_filter_by_table(page, golden_ctx, idle):
    assert page.table.findData("targets") > 0  # the choices come from the trail
    page.table.setCurrentIndex(page.table.findData("targets"))
    idle(golden_ctx)
    entries = page.entries()
    assert entries and {e["table_name"] for e in entries} == {"targets"}
    assert page.model.total() == golden_ctx.workspace.audit_view.page(
        AuditFilter(table="targets"))[1]
    page.set_filter(table="targets", text="E001")
    idle(golden_ctx)
    assert [e["record_key"] for e in page.entries()] == ["E001/2025Q3"]
    page.clear_filter()
    idle(golden_ctx)
    assert page.model.rowCount() == 200


def test_export_xlsx_of_the_filter(page, golden_ctx, idle, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "audit"  # the suffix is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    page.set_filter(table="targets")
    idle(golden_ctx)
    page.export_button.click()
    idle(golden_ctx)
    path = tmp_path / "audit.xlsx"
    assert path.exists() and "已导出" in page.count.text()
    sheet = load_workbook(path).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("序号", "时间", "用户")
    assert len(rows) - 1 == page.model.total()
    assert {r[5] for r in rows[1:]} == {"targets"}


def test_verify_the_chain(page, golden_ctx, idle):
    page.verify_button.click()
    idle(golden_ctx)
    assert page.verify_result[0] == "ok" and "完整" in page.count.text()


def test_officers_see_a_notice(qtbot, make_ctx, accounts_db, idle):
    ctx = make_ctx(accounts_db, login="li")
    page = AuditPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    idle(ctx)
    assert page.notice.isVisible() and not page.body.isVisible()
    assert page.model.rowCount() == 0


def test_auditors_read_the_trail(qtbot, make_ctx, accounts_db, idle):
    ctx = make_ctx(accounts_db, login="audit")
    page = AuditPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    idle(ctx)
    assert not page.notice.isVisible() and page.model.rowCount() > 0
    assert page.user.findData("boss") > 0

"""Issue 17: a list not yet computed shows its rows to be signed (须签收) of the loans without
events as soon as they are known, before the other loans are replayed; then the whole list."""
from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt

from ruralperf.db import limitation_loads
from tests.ui_records.conftest import idle
from ui.workflow.limitation_page import LimitationPage

pytestmark = pytest.mark.gui


@pytest.fixture
def held_replay(monkeypatch):
    """The replayed loans' ledgers are read only after `release.set()`."""
    release = threading.Event()
    real = limitation_loads.replay_balances

    def held(*args, **kwargs):
        release.wait(30)
        return real(*args, **kwargs)

    monkeypatch.setattr(limitation_loads, "replay_balances", held)
    yield release
    release.set()


def _type_date(qtbot, page, text):
    line = page.as_of.line
    line.setFocus()
    line.selectAll()
    qtbot.keyClicks(line, text)
    qtbot.keyClick(line, Qt.Key_Return)


def _contracts(page):
    return sorted(page.model.loan_at(r).contract_no for r in range(page.model.rowCount()))


def test_the_rows_to_sign_come_first_then_the_whole_list(qtbot, golden_ctx, held_replay):
    page = LimitationPage(golden_ctx)
    qtbot.addWidget(page)
    page.show()
    idle(qtbot, golden_ctx)
    _type_date(qtbot, page, "2025-09-30")
    qtbot.waitUntil(lambda: page.first_rows_shown is not None, timeout=10000)
    # the replay still waits: only the rows to be signed of the quiet loans are shown
    assert _contracts(page) == ["C025", "C026"]
    assert page.tabs.tabText(0) == "须签收…"
    assert page.signing.lead.text() == "须签收：已列出 2 项，其余贷款正在计算…"
    assert golden_ctx.tasks.busy()
    held_replay.set()
    qtbot.waitUntil(lambda: page.tabs.tabText(0) == "须签收 (2)", timeout=10000)
    idle(qtbot, golden_ctx)
    assert page.model.rowCount() > 2  # the whole list, every tab
    assert page.tabs.tabText(page.tabs.count() - 1).startswith("全部 (")
    assert page.proxy.rowCount() == 2  # the 须签收 tab


def test_a_replayed_loan_to_sign_comes_with_the_rest(qtbot, golden_ctx, held_replay):
    page = LimitationPage(golden_ctx)
    qtbot.addWidget(page)
    page.show()
    idle(qtbot, golden_ctx)
    _type_date(qtbot, page, "2026-03-31")
    qtbot.waitUntil(lambda: page.first_rows_shown is not None, timeout=10000)
    assert _contracts(page) == []  # C024 has events: known after its replay
    assert page.signing.lead.text() == "须签收：已列出 0 项，其余贷款正在计算…"
    held_replay.set()
    qtbot.waitUntil(lambda: page.tabs.tabText(0) == "须签收 (1)", timeout=10000)
    idle(qtbot, golden_ctx)
    assert [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())] == ["C024"]

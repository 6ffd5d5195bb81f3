"""Issue 15: the limitation list shows progress with a count while it computes, and a second
view of the same date (no data changed) is instant, from a cache."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui_records.conftest import idle
from ui.workflow.limitation_page import LimitationPage

pytestmark = pytest.mark.gui


def _type_date(qtbot, page, text):
    line = page.as_of.line
    line.setFocus()
    line.selectAll()
    qtbot.keyClicks(line, text)
    qtbot.keyClick(line, Qt.Key_Return)


def test_progress_count_and_a_cached_second_view(qtbot, golden_ctx, monkeypatch):
    ws = golden_ctx.workspace
    calls = []
    original = ws.limitation

    def counting(as_of, contracts=None, progress=None, **options):
        calls.append(as_of)
        return original(as_of, contracts, progress, **options)

    monkeypatch.setattr(ws, "limitation", counting)
    page = LimitationPage(golden_ctx)
    qtbot.addWidget(page)
    page.show()
    idle(qtbot, golden_ctx)
    _type_date(qtbot, page, "2025-09-30")
    qtbot.waitUntil(lambda: page.tabs.tabText(0) == "须签收 (2)", timeout=10000)
    idle(qtbot, golden_ctx)
    assert "正在计算诉讼时效：" in page.progress_shown and " / " in page.progress_shown
    assert page.progress_shown.endswith(" 笔")
    _type_date(qtbot, page, "2026-09-30")
    qtbot.waitUntil(lambda: page.tabs.tabText(0) != "须签收 (2)", timeout=10000)
    idle(qtbot, golden_ctx)
    count = len(calls)
    _type_date(qtbot, page, "2025-09-30")  # back to the first date
    qtbot.waitUntil(lambda: page.tabs.tabText(0) == "须签收 (2)", timeout=10000)
    assert len(calls) == count  # from the cache, not computed again
    golden_ctx.data_changed.emit("limitation_events")  # a change: computed again
    page.refresh()
    idle(qtbot, golden_ctx)
    assert len(calls) == count + 1

"""Issue 13.5: a refused save says why the first time; a record of an approved (locked)
quarter opens read-only with the reason."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui_desk.keyboard import type_text
from tests.ui_records.conftest import idle, open_page
from tests.ui_trust.conftest import _approvable_template, approvable_db  # noqa: F401
from ui.records.forms import record_dialog
from ui.records.pages import AdjustmentsPage
from ruralperf.domain.periods import Quarter

pytestmark = pytest.mark.gui


@pytest.fixture
def locked_ctx(make_ctx, approvable_db):
    """The approvable golden branch with 2025Q3 approved (locked)."""
    from ruralperf.workspace import Workspace

    with Workspace.open(approvable_db) as ws:
        ws.compute_pay_run(Quarter(2025, 3))
        ws.submit_pay_run(Quarter(2025, 3))
        ws.approve_pay_run(Quarter(2025, 3), reason="本网点仅一名管理员")
    return make_ctx(approvable_db)


def test_a_new_record_in_a_locked_quarter_says_why_the_first_time(qtbot, locked_ctx):
    ctx = locked_ctx
    dialog = record_dialog(ctx, "adjustments")
    qtbot.addWidget(dialog)
    dialog.show()
    idle(qtbot, ctx)
    e = dialog.editors
    e["staff_no"].line.setFocus()
    qtbot.keyClicks(e["staff_no"].line, "E001")
    e["quarter"].lineEdit().selectAll()
    qtbot.keyClicks(e["quarter"].lineEdit(), "2025Q3")
    qtbot.keyClicks(e["amount"], "100")
    qtbot.keyClick(e["amount"], Qt.Key_Tab)
    type_text(qtbot, e["reason"], "补发")
    before = ctx.workspace.browse.count("adjustments")
    qtbot.keyClick(e["reason"], Qt.Key_Return)  # at once, as a quick clerk does
    idle(qtbot, ctx)
    qtbot.waitUntil(lambda: not dialog._validate_timer.isActive(), timeout=3000)
    assert dialog.isVisible()
    assert "已审批锁定" in dialog.banner.text() and dialog.banner.isVisible()
    assert ctx.workspace.browse.count("adjustments") == before


def test_a_record_of_a_locked_quarter_opens_read_only(qtbot, locked_ctx):
    ctx = locked_ctx
    page = open_page(qtbot, AdjustmentsPage(ctx), rows=1)
    rows = [page.model.row(i) for i in range(page.model.rowCount())]
    index = next(i for i, r in enumerate(rows) if r["quarter"] == "2025Q3")
    page.view.selectRow(index)
    qtbot.keyClick(page.view, Qt.Key_Return)
    idle(qtbot, ctx)
    dialog = page.findChild(type(record_dialog(ctx, "adjustments")))
    dialogs = [d for d in page.findChildren(type(dialog)) if d.isVisible()]
    assert len(dialogs) == 1
    dialog = dialogs[0]
    qtbot.waitUntil(lambda: dialog.read_only is not None, timeout=5000)
    assert "只读" in dialog.windowTitle()
    assert "已审批锁定" in dialog.banner.text() and dialog.banner.isVisible()
    assert not dialog.editors["amount"].isEnabled() and not dialog.save_button.isVisible()
    qtbot.keyClick(dialog, Qt.Key_Escape)  # nothing to lose: closes without a question
    assert not dialog.isVisible()

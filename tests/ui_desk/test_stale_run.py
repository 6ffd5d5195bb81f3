"""Issue 13.12: a draft computed before the data changed says it is out of date and offers to
compute again (instead of listing the old data's errors); the approve dialog lists the open
items the committee decides."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from ruralperf.domain.periods import Quarter
from tests.ui_records.conftest import idle
from tests.ui_trust.conftest import _approvable_template, approvable_ctx, approvable_db  # noqa: F401
from ui.workflow.payrun_page import PayRunPage
from ui.workflow.quarter import QuarterState

pytestmark = pytest.mark.gui


def press(qtbot, button) -> None:
    button.setFocus(Qt.TabFocusReason)
    qtbot.keyClick(button, Qt.Key_Space)


def _page(qtbot, ctx):
    page = PayRunPage(ctx, QuarterState(Quarter(2025, 3)))
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    page.refresh()
    idle(qtbot, ctx, 30000)
    press(qtbot, page.compute_button)
    idle(qtbot, ctx, 30000)
    assert page.stored is not None and page.stored.version == 1
    return page


def test_old_errors_give_way_to_a_stale_notice(qtbot, golden_ctx):
    """The golden branch's draft has blocking errors (E005's missing data); after the data
    changes, they are not listed as if still to fix."""
    page = _page(qtbot, golden_ctx)
    assert page.state.blocking and page.findings.isVisible()
    golden_ctx.workspace.adopt_draft({"interest.rate": "0.003"}, date(2025, 7, 1))
    page.refresh()
    idle(qtbot, golden_ctx, 30000)
    assert page.state.stale and page.stale_banner.isVisible()
    assert page.findings.isHidden()


def test_a_stale_draft_says_so_and_recomputes(qtbot, approvable_ctx):
    golden_ctx = approvable_ctx
    page = _page(qtbot, golden_ctx)
    assert not page.state.stale and page.stale_banner.isHidden()
    assert page.workflow.approve_button.isEnabled()
    # someone changes the data the draft read (a parameter in force in the quarter)
    golden_ctx.workspace.adopt_draft({"interest.rate": "0.003"}, date(2025, 7, 1))
    page.refresh()
    idle(qtbot, golden_ctx, 30000)
    assert page.state.stale
    assert page.stale_banner.isVisible()
    assert "2025Q3-v1" in page.stale_banner.text.text() and "旧数据" in page.stale_banner.text.text()
    assert page.findings.isHidden()  # the old errors are not shown as if still to fix
    assert not page.workflow.approve_button.isEnabled()
    assert "数据已有修改" in page.workflow.approve_button.toolTip()
    assert "数据已有修改" in page.workflow.submit_button.toolTip()
    old = page.stored.inputs_fingerprint
    press(qtbot, page.stale_banner.button)  # 重新计算
    idle(qtbot, golden_ctx, 30000)
    assert page.stored.inputs_fingerprint != old  # the draft now reads today's data
    assert not page.state.stale and page.stale_banner.isHidden()
    assert page.workflow.approve_button.isEnabled()


def test_the_approve_dialog_lists_the_committee_items(qtbot, approvable_ctx):
    page = _page(qtbot, approvable_ctx)
    press(qtbot, page.workflow.approve_button)
    dialog = page.workflow.dialog
    assert dialog is not None and dialog.isVisible()
    text = _html(dialog)
    assert "须由考核委员会决定的事项（1 项）" in text
    assert "E001 张伟：" in text and "H15" in text and "委员会" in text
    qtbot.keyClick(dialog, Qt.Key_Escape)
    assert not dialog.isVisible()


def _html(dialog) -> str:
    from PySide6.QtWidgets import QLabel

    return "\n".join(label.text() for label in dialog.findChildren(QLabel))

"""The pay-run workflow through the page's buttons: compute -> approve (a one-administrator
branch approves its own run with a written reason) -> locked -> reopen with a reason -> version
2; submitting; blocking errors; what auditors and credit officers are offered."""
from __future__ import annotations

import pytest

from ruralperf.domain.periods import Quarter
from ui.workflow.payrun_page import PayRunPage
from ui.workflow.quarter import QuarterState

pytestmark = pytest.mark.gui


def _page(qtbot, ctx, idle):
    page = PayRunPage(ctx, QuarterState(Quarter(2025, 3)))
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    page.refresh()
    idle(ctx)
    return page


def _compute(qtbot, page, ctx, idle):
    page.compute_button.click()
    idle(ctx)
    assert page.stored is not None


@pytest.fixture
def page(qtbot, approvable_ctx, idle):
    return _page(qtbot, approvable_ctx, idle)


def test_approve_with_a_reason_then_reopen_as_version_2(qtbot, page, approvable_ctx, idle):
    ctx = approvable_ctx
    assert page.badge.text() == "尚未核算" and not page.workflow.approve_button.isEnabled()
    _compute(qtbot, page, ctx, idle)
    assert page.stored.label == "2025Q3-v1" and page.badge.text() == "草稿"
    assert page.workflow.approve_button.isEnabled() and page.workflow.submit_button.isEnabled()
    assert not page.workflow.reopen_button.isEnabled()

    dialog = page.workflow.approve()  # the computer approves: a one-admin branch needs a reason
    assert dialog.required and not dialog.ok_button.isEnabled()
    dialog.reason.setPlainText("本网点只有一名管理员，经主任同意自行审批")
    assert dialog.ok_button.isEnabled()
    dialog.ok_button.click()
    idle(ctx)
    assert page.badge.text() == "已审批" and "已审批" in page.status.text()
    assert "经主任同意自行审批" in page.status.text()
    assert page.stored.status == "approved" and page.stored.approved_by == "admin"
    assert not page.compute_button.isEnabled() and "锁定" in page.compute_button.toolTip()
    assert not page.workflow.approve_button.isEnabled()
    assert not page.workflow.submit_button.isEnabled()
    assert page.workflow.reopen_button.isEnabled()
    assert ctx.workspace.locked_quarters() == {Quarter(2025, 3)}

    dialog = page.workflow.reopen()
    assert dialog.required and not dialog.ok_button.isEnabled()
    dialog.reason.setPlainText("E003 存款日均更正")
    dialog.ok_button.click()
    idle(ctx)
    assert page.stored.label == "2025Q3-v2" and page.stored.status == "draft"
    assert page.badge.text() == "草稿" and page.compute_button.isEnabled()
    assert ctx.workspace.locked_quarters() == set()
    versions = [page.version_combo.itemText(i) for i in range(page.version_combo.count())]
    assert versions == ["v2 草稿", "v1 已作废"]
    assert page.version_combo.isEnabled()

    page.version_combo.setCurrentIndex(1)  # the approved version stays readable
    page.version_combo.activated.emit(1)
    idle(ctx)
    assert page.stored.label == "2025Q3-v1" and page.stored.status == "superseded"
    assert "历史版本" in page.status.text()
    assert page.model.rowCount() == 6


def test_cancelling_the_reason_changes_nothing(qtbot, page, approvable_ctx, idle):
    _compute(qtbot, page, approvable_ctx, idle)
    page.workflow.approve().reject()
    idle(approvable_ctx)
    assert page.stored.status == "draft"


def test_submit_then_approve(qtbot, page, approvable_ctx, idle):
    _compute(qtbot, page, approvable_ctx, idle)
    page.workflow.submit_button.click()
    idle(approvable_ctx)
    assert page.badge.text() == "已提交" and not page.workflow.submit_button.isEnabled()
    assert page.workflow.approve_button.isEnabled()
    page.workflow.approve("唯一管理员自行审批")
    idle(approvable_ctx)
    assert page.stored.status == "approved"


def test_blocking_errors_prevent_submitting_and_approving(qtbot, golden_ctx, idle):
    page = _page(qtbot, golden_ctx, idle)
    _compute(qtbot, page, golden_ctx, idle)
    assert page.stored.result.blocking
    for button in (page.workflow.submit_button, page.workflow.approve_button):
        assert button.isVisible() and not button.isEnabled()
        assert "阻断性错误" in button.toolTip()


def test_a_second_administrator_must_approve(qtbot, make_ctx, accounts_db, idle):
    from tests.ui_trust.conftest import PASSWORD

    with_second = make_ctx(accounts_db, login="boss")
    with_second.workspace.add_user("deputy", PASSWORD, "admin")
    page = _page(qtbot, with_second, idle)
    button = page.workflow.approve_button
    assert not button.isEnabled() and "另一名管理员" in button.toolTip()
    with_second.workspace.login("deputy", PASSWORD)
    page.refresh()
    idle(with_second)
    assert not button.isEnabled()  # a draft: approving it would make him its submitter too
    with_second.workspace.login("boss", PASSWORD)
    page.refresh()
    idle(with_second)
    page.workflow.submit_button.click()
    idle(with_second)
    with_second.workspace.login("deputy", PASSWORD)
    page.refresh()
    idle(with_second)
    assert button.isEnabled()
    dialog = page.workflow.approve()
    assert not dialog.required and dialog.ok_button.isEnabled()  # a reason is optional
    dialog.ok_button.click()
    idle(with_second)
    assert page.stored.status == "approved" and page.stored.approved_by == "deputy"


def test_auditors_read_and_print_but_change_nothing(qtbot, make_ctx, accounts_db, idle):
    ctx = make_ctx(accounts_db, login="audit")
    page = _page(qtbot, ctx, idle)
    assert page.model.rowCount() == 6  # everyone and the totals
    for button in (page.compute_button, *page.workflow.buttons):
        assert not button.isVisible()
    assert page.output.preview_button.isEnabled()
    assert page.output.actions["preview", "all"].isVisible()
    assert page.output.save_all_button.isVisible()


def test_an_officer_sees_only_their_own_row(qtbot, make_ctx, accounts_db, idle):
    ctx = make_ctx(accounts_db, login="li")
    page = _page(qtbot, ctx, idle)
    assert page.model.rowCount() == 2  # E002 and the totals row
    assert page.model.staff_at(0).staff_no == "E002"
    assert all(row.who.startswith("E002") for row in page.findings.rows())
    assert "仅显示本人" in page.status.text()
    for button in (page.compute_button, *page.workflow.buttons):
        assert not button.isVisible()
    assert page.selected_staff() == ["E002"]
    mine = page.output.actions["preview", "selected"]
    assert mine.isEnabled() and mine.text() == "我的工资条"
    for kind in ("all", "summary"):
        assert not page.output.actions["preview", kind].isVisible()
    assert not page.output.save_all_button.isVisible()
    assert not page.output.export_button.isVisible()


def test_an_officer_without_a_staff_record_sees_no_rows(qtbot, make_ctx, accounts_db, idle):
    from ruralperf.workspace import Workspace
    from tests.ui_trust.conftest import PASSWORD

    with Workspace.open(accounts_db) as ws:
        ws.login("boss", PASSWORD)
        ws.add_user("wang", PASSWORD, "officer")
    ctx = make_ctx(accounts_db, login="wang")
    page = _page(qtbot, ctx, idle)
    assert page.model.rowCount() == 0
    assert not page.output.actions["preview", "selected"].isEnabled()

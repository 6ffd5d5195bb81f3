"""Role-aware controls: `allowed`, guards that follow the user each time a page is shown,
the import page and the demo button for roles that may not import, and the System pages in
the navigation."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPushButton, QWidget

from ui.trust.permissions import allowed, guard, own_staff_no, own_staff_only

pytestmark = pytest.mark.gui


def test_allowed_follows_the_signed_in_user(make_ctx, accounts_db):
    from tests.ui_trust.conftest import PASSWORD

    ctx = make_ctx(accounts_db, login="li")
    assert allowed(ctx, "enter_data") and not allowed(ctx, "compute")
    assert own_staff_only(ctx) and own_staff_no(ctx) == "E002"
    ctx.workspace.login("audit", PASSWORD)
    assert allowed(ctx, "audit") and not allowed(ctx, "enter_data")
    assert not own_staff_only(ctx)


def test_a_guard_is_applied_again_when_the_page_is_shown(qtbot, make_ctx, accounts_db):
    from tests.ui_trust.conftest import PASSWORD

    ctx = make_ctx(accounts_db, login="li")
    page = QWidget()
    qtbot.addWidget(page)
    button = QPushButton("导入", page)
    assert not guard(button, ctx, "import", page=page)
    assert not button.isEnabled() and button.toolTip() == "当前用户无权执行此操作"
    ctx.workspace.login("boss", PASSWORD)
    page.show()
    assert button.isEnabled() and button.toolTip() == ""
    page.hide()
    button.setEnabled(False)  # the page's own reason (busy): a guard leaves it alone
    page.show()
    assert not button.isEnabled()


def test_pages_for_an_officer(qtbot, make_ctx, accounts_db):
    from ui.navigation import NAVIGATION, build_pages, nav_label
    from ui.workflow.quarter import QuarterState

    ctx = make_ctx(accounts_db, login="li")
    pages = build_pages(ctx, QuarterState())
    for page in pages.values():
        qtbot.addWidget(page)
    assert ("system", ("audit", "backups")) in NAVIGATION
    assert [nav_label(k) for k in ("system", "audit", "backups")] == ["系统", "审计日志", "数据备份"]
    assert pages["audit"].title() == "审计日志" and pages["backups"].title() == "数据备份"
    assert not pages["import"].start_button.isEnabled()
    demo = getattr(pages["home"], "demo_button", None)
    assert demo is None or not demo.isEnabled()


def test_pages_for_an_administrator(qtbot, make_ctx, accounts_db):
    from ui.navigation import build_pages
    from ui.workflow.quarter import QuarterState

    ctx = make_ctx(accounts_db, login="boss")
    pages = build_pages(ctx, QuarterState())
    for page in pages.values():
        qtbot.addWidget(page)
    assert pages["import"].start_button.isEnabled()

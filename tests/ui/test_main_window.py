"""The main window: navigation, the default quarter, links between pages, settings and the
English interface, placeholders when the data pages are missing, screenshots."""
from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox

from ruralperf.domain.periods import Quarter
from ui.main_window import KEY_ROLE, MainWindow
from ui.navigation import RECORD_KEYS

pytestmark = pytest.mark.gui


def _window(qtbot, ctx, lang="zh_CN") -> MainWindow:
    window = MainWindow(ctx, lang, remember_geometry=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.ready and not ctx.tasks.busy(), timeout=20000)
    return window


def _nav_labels(window: MainWindow) -> list[str]:
    labels = []
    for i in range(window.nav.topLevelItemCount()):
        item = window.nav.topLevelItem(i)
        labels.append(item.text(0))
        labels += [item.child(j).text(0) for j in range(item.childCount())]
    return labels


def test_navigation_groups_and_default_quarter(qtbot, golden_ctx):
    window = _window(qtbot, golden_ctx)
    assert _nav_labels(window)[:3] == ["首页", "数据", "员工"]
    assert {"时效管理", "考核", "任务目标", "调整", "方案参数", "绩效核算", "导入"} <= set(
        _nav_labels(window))
    assert window.quarter.quarter == Quarter(2025, 3)  # the newest quarter with data
    assert window.quarter_label.text() == "当前季度：2025Q3"
    assert window.current_key() == "home"
    assert window.pages["home"].facts.completeness.missing_targets == ("E005",)
    assert golden_ctx.workspace.db in window.db_label.text()
    for key in RECORD_KEYS:
        assert key in window.pages


def test_clicking_navigation_and_following_links(qtbot, golden_ctx):
    window = _window(qtbot, golden_ctx)
    item = next(i for i in window._nav_items.values() if i.data(0, KEY_ROLE) == "limitation")
    window.nav.setCurrentItem(item)
    assert window.current_key() == "limitation"
    assert window.page_title.text() == "时效管理"
    qtbot.waitUntil(lambda: not golden_ctx.tasks.busy())
    golden_ctx.navigate.emit("payrun", "")
    assert window.current_key() == "payrun"
    assert window.nav.currentItem().data(0, KEY_ROLE) == "payrun"
    qtbot.waitUntil(lambda: not golden_ctx.tasks.busy())


def test_quarter_change_reloads_the_visible_page(qtbot, golden_ctx):
    window = _window(qtbot, golden_ctx)
    window.quarter_combo.set_quarter(Quarter(2025, 2))
    qtbot.waitUntil(lambda: window.pages["home"].facts.quarter == Quarter(2025, 2),
                    timeout=10000)
    assert window.pages["payrun"].quarter_combo.quarter() == Quarter(2025, 2)


def test_settings_switch_to_english(qtbot, qapp, golden_ctx, monkeypatch):
    from ui.i18n import install_language, remove_language, saved_language

    window = _window(qtbot, golden_ctx)
    dialog = window.open_settings()
    notes = [label.text() for label in dialog.findChildren(type(window.page_title))]
    assert any("重新启动" in text for text in notes)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.Ok).click()
    assert saved_language(golden_ctx.settings) == "en"
    # takes effect on restart: a new window under the English translators
    monkeypatch.setenv("RURALPERF_LANG", "zh_CN")
    translators = install_language(qapp, "en")
    try:
        assert translators, "ruralperf_en.qm not found: run resources/translations/update.sh"
        english = _window(qtbot, golden_ctx, "en")
        labels = _nav_labels(english)
        assert {"Home", "Loans", "Pay run", "Limitation", "Import"} <= set(labels)
        assert english.quarter_label.text() == "Current quarter: 2025Q3"
        assert english.menuBar().actions()[0].text() == "&File"
    finally:
        remove_language(qapp, translators)


def test_placeholders_when_the_data_pages_are_missing(qtbot, golden_ctx, monkeypatch):
    monkeypatch.setitem(sys.modules, "ui.records", None)  # import fails
    window = _window(qtbot, golden_ctx)
    for key in RECORD_KEYS:
        assert type(window.pages[key]).__name__ == "PlaceholderPage"
    window.show_page("loans", "C001")
    assert window.current_key() == "loans"


def test_screenshot_of_a_page(qtbot, qapp, golden_ctx, tmp_path):
    from PySide6.QtGui import QImage

    from ui.app import take_screenshot

    window = MainWindow(golden_ctx, "zh_CN", remember_geometry=False)
    qtbot.addWidget(window)
    out = tmp_path / "limitation.png"
    assert take_screenshot(qapp, window, str(out), "limitation") == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1366, 768)
    assert window.pages["limitation"].model.rowCount() > 0
    assert take_screenshot(qapp, window, str(tmp_path / "x.png"), "nope") == 2


def test_the_header_quarter_picker_only_where_it_applies(qtbot, golden_ctx):
    window = _window(qtbot, golden_ctx)
    assert window.quarter_combo.isVisible()  # home follows the quarter
    window.show_page("payrun")  # has its own picker
    assert not window.quarter_combo.isVisible()
    window.show_page("staff")
    assert not window.quarter_combo.isVisible()
    qtbot.waitUntil(lambda: not golden_ctx.tasks.busy())


def test_data_pages_refresh_themselves(qtbot, golden_ctx, monkeypatch):
    """ui.records pages reload on show and on data_changed: the window must not reload them
    a second time (two loads in flight can show the wrong quarter)."""
    from ui.pages.base import Page

    class Counting(Page):
        key = "staff"
        calls = 0

        def title(self):
            return "员工"

        def refresh(self):
            Counting.calls += 1

    monkeypatch.setattr("ui.navigation.load_record_classes", lambda: [Counting])
    window = _window(qtbot, golden_ctx)
    window.show_page("staff")
    golden_ctx.data_changed.emit("*")
    qtbot.waitUntil(lambda: not golden_ctx.tasks.busy())
    assert Counting.calls == 0
    assert type(window.pages["loans"]).__name__ == "PlaceholderPage"


def test_window_geometry_is_remembered(qtbot, golden_ctx):
    from ui.main_window import GEOMETRY_KEY

    window = MainWindow(golden_ctx, "zh_CN", remember_geometry=True)
    qtbot.addWidget(window)
    window.resize(1000, 700)
    window.show()
    qtbot.waitUntil(lambda: window.ready and not golden_ctx.tasks.busy(), timeout=20000)
    window.close()
    assert golden_ctx.settings.value(window._geometry_key(GEOMETRY_KEY))
    again = MainWindow(golden_ctx, "zh_CN", remember_geometry=True)
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: again.ready and not golden_ctx.tasks.busy(), timeout=20000)
    assert again.width() <= 1000  # restored (the offscreen screen may clamp it further)


def test_pages_are_built_when_first_shown(qtbot, golden_ctx):
    """Issue 22: the window opens with the home page alone built; a page clicked in the
    navigation is built then, joins the stack, and loads (a workflow page: refreshed by the
    window; a data page: by itself), and a second visit reuses it."""
    window = _window(qtbot, golden_ctx)
    assert list(window.pages.built()) == ["home"] and window.stack.count() == 1
    assert "limitation" in window.pages and list(window.pages.built()) == ["home"]
    item = window._nav_items["limitation"]
    rect = window.nav.visualItemRect(item)
    QTest.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_key() == "limitation" and window.stack.count() == 2
    page = window.pages["limitation"]
    qtbot.waitUntil(lambda: not golden_ctx.tasks.busy(), timeout=20000)
    assert "limitation" in window._managed and "limitation" not in window._stale
    window.show_page("staff")
    staff = window.pages["staff"]
    qtbot.waitUntil(lambda: staff.model.rowCount() > 0, timeout=20000)
    assert "staff" not in window._managed  # it refreshes itself
    window.show_page("limitation")
    assert window.pages["limitation"] is page and window.stack.count() == 3


def test_a_page_that_fails_to_build_shows_a_placeholder(qtbot, golden_ctx, monkeypatch):
    def broken(*_args):
        raise RuntimeError("a broken page")

    monkeypatch.setattr("ui.workflow.deferral_ledger_page.DeferralLedgerPage", broken)
    window = _window(qtbot, golden_ctx)
    window.show_page("deferral_ledger")
    assert type(window.pages["deferral_ledger"]).__name__ == "PlaceholderPage"
    assert window.current_key() == "deferral_ledger"


def test_a_page_reached_by_keyboard_is_built_then(qtbot, golden_ctx):
    """A clerk moves down the navigation with the arrow keys: each page is built as the
    selection reaches it, not before."""
    window = _window(qtbot, golden_ctx)
    window.nav.setFocus()
    QTest.keyClick(window.nav, Qt.Key.Key_Down)  # 数据 (a group, not a page)
    QTest.keyClick(window.nav, Qt.Key.Key_Down)  # 员工
    assert window.current_key() == "staff"
    assert list(window.pages.built()) == ["home", "staff"]
    staff = window.pages["staff"]
    qtbot.waitUntil(lambda: staff.model.rowCount() > 0, timeout=20000)
    QTest.keyClick(window.nav, Qt.Key.Key_Down)  # 借款户
    assert window.current_key() == "households" and "loans" not in window.pages.built()

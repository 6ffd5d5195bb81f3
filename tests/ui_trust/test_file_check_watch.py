"""Issue 22.4 in the window: a large file opens at once and its quick check runs beside it;
the status bar says so meanwhile, and a file that fails is told in words and stays read-only."""
from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QMessageBox

from ruralperf.safety import file_check
from tests.trust.test_file_check import _wreck_table

pytestmark = pytest.mark.gui


@pytest.fixture
def window_on(qtbot, settings, monkeypatch):
    """`window_on(db)`: the main window on a database opened as the application opens it."""
    from ui.context import AppContext
    from ui.main_window import MainWindow
    from ui.session.startup import open_workspace

    monkeypatch.setattr(file_check, "BACKGROUND_BYTES", 0)  # every file counts as large
    made = []

    def make(db):
        ws, code = open_workspace(str(db), "zh_CN", quiet=True)
        assert code == 0
        ctx = AppContext(ws, settings)
        window = MainWindow(ctx, "zh_CN", remember_geometry=False)
        qtbot.addWidget(window)
        window.show()
        made.append(ctx)
        return window

    yield make
    for ctx in made:
        qtbot.waitUntil(lambda: not ctx.tasks.busy(), timeout=20000)
        ctx.tasks.wait()
        ctx.workspace.close()


def test_the_status_bar_says_the_check_runs_then_nothing(qtbot, golden_db, window_on,
                                                         monkeypatch):
    release = threading.Event()
    real = file_check.integrity_ok
    monkeypatch.setattr(file_check, "integrity_ok",
                        lambda path, quick=False: release.wait(30) and real(path, quick))
    window = window_on(golden_db)
    watch = window.file_check_watch
    assert watch.state == "checking"
    assert watch.label.isVisible() and "正在检查数据库完整性" in watch.label.text()
    release.set()
    qtbot.waitUntil(lambda: watch.state == "ok", timeout=20000)
    assert not watch.label.isVisible()
    assert "只读" not in window.windowTitle() and watch.box is None


def test_a_file_that_fails_is_told_in_words_and_stays_read_only(qtbot, golden_db, window_on):
    before = _wreck_table(golden_db, "snapshots")
    window = window_on(golden_db)
    watch = window.file_check_watch
    qtbot.waitUntil(lambda: watch.state == "damaged", timeout=20000)
    assert watch.label.isVisible()
    assert watch.label.text() == "数据库未通过完整性检查：只能查看，不能修改"
    assert window.windowTitle().endswith("（只读）")
    assert isinstance(watch.box, QMessageBox) and watch.box.isVisible()
    assert "可能已损坏" in watch.box.text() and "只能查看" in watch.box.text()
    assert str(golden_db) in watch.box.text()
    qtbot.waitUntil(lambda: not window.ctx.tasks.busy(), timeout=20000)
    assert golden_db.read_bytes() == before  # the pages' work read it, nothing was written

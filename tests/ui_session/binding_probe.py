"""Run as a script by test_binding_health.py, in a subprocess, so that a faulty Qt binding can
abort it (Fatal Python error: none_dealloc) without killing the test run.

  binding_probe.py none CALLS          None's reference count around CALLS void Qt calls
  binding_probe.py session DB ROUNDS   a long offscreen session on the database DB: every page,
                                       quarter switches, typing into entry forms

Prints one line `result <name> <number>` and exits 0 when it got to the end."""
from __future__ import annotations

import os
import sys
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def none_calls(calls: int) -> int:
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication.instance() or QApplication([])
    widget = QWidget()
    for i in range(10):  # warm up: first calls may cache things that hold None
        app.processEvents()
        widget.update()
        widget.resize(200 + i % 7, 100)
        widget.repaint()
    before = sys.getrefcount(None)
    for i in range(calls // 4):
        app.processEvents()
        widget.update()
        widget.resize(200 + i % 7, 100)
        widget.repaint()
    return sys.getrefcount(None) - before


def pump(app, ctx, seconds: float = 5.0, least: int = 200) -> int:
    """Process events until the background worker is idle, and at least `least` times (a
    window left open calls Qt like this all day); returns how many calls it made."""
    calls, deadline = 0, time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        calls += 1
        if not ctx.tasks.busy() and calls >= least:
            break
        if ctx.tasks.busy():
            time.sleep(0.002)
    return calls


def type_into_form(app, ctx, window) -> int:
    """Open a new staff member's form, type a few hundred keys into its first field, clear
    it again (so the form has no changes) and leave it with Esc, as a clerk would."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from ui.records.forms import record_dialog
    from ui.records.forms.fields import focus_widget

    dialog = record_dialog(ctx, "staff", None, window)
    dialog.show()
    editor = focus_widget(next(iter(dialog.editors.values())))
    editor.setFocus()
    text = "Zhang San 1234 " * 20
    QTest.keyClicks(editor, text)
    QTest.keyClick(editor, Qt.Key_A, Qt.ControlModifier)
    QTest.keyClick(editor, Qt.Key_Delete)
    QTest.keyClick(dialog, Qt.Key_Escape)
    calls = pump(app, ctx, least=20)
    dialog.deleteLater()
    return calls + 2 * len(text) + 6


def session(db: str, rounds: int) -> int:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from ruralperf.domain.periods import Quarter
    from ruralperf.workspace import Workspace
    from ui.context import AppContext
    from ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    settings = QSettings(os.path.join(tempfile.mkdtemp(), "s.ini"), QSettings.IniFormat)
    ws = Workspace.open(db)
    ctx = AppContext(ws, settings)
    window = MainWindow(ctx, "zh_CN", remember_geometry=False)
    window.resize(1366, 740)
    window.show()
    events = pump(app, ctx, 30)
    none_before = sys.getrefcount(None)
    quarters = [Quarter.parse(q) for q in ("2025Q3", "2025Q2", "2025Q1", "2025Q3")]
    for r in range(rounds):
        for key in list(window.pages):
            window.show_page(key)
            events += pump(app, ctx)
        window.quarter.set(quarters[r % len(quarters)])
        events += pump(app, ctx)
        events += type_into_form(app, ctx, window)
    window.close()
    events += pump(app, ctx)
    ctx.tasks.wait()
    ws.close()
    print(f"result session_none_delta {sys.getrefcount(None) - none_before}", flush=True)
    return events


if __name__ == "__main__":
    what = sys.argv[1]
    if what == "none":
        print(f"result none_delta {none_calls(int(sys.argv[2]))}", flush=True)
    else:
        print(f"result session_events {session(sys.argv[2], int(sys.argv[3]))}", flush=True)

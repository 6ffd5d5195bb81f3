"""Issue 13.4: the main window fits the screens branches have, at 100 %, 125 % and 150 %
scaling; its geometry is remembered per user and never restored larger than the screen."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QRect

from tests.conftest import REPO

pytestmark = pytest.mark.gui

SCREENS = [(1366, 768, "1"), (1280, 720, "1"), (1024, 768, "1"), (1920, 1080, "1.25"),
           (1920, 1080, "1.5")]


@pytest.mark.parametrize("width,height,scale,lang",
                         [s + ("zh_CN",) for s in SCREENS] + [(1024, 768, "1", "en"),
                                                              (1920, 1080, "1.5", "en")])
def test_every_page_fits_the_screen(tmp_path, golden_db, width, height, scale, lang):
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "desk", "x": 0, "y": 0, "width": width,
                                               "height": height, "logicalDpi": 96,
                                               "logicalBaseDpi": 96, "dpr": 1}]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}",
               QT_SCALE_FACTOR=scale, PYTHONPATH=str(REPO), RURALPERF_LANG=lang)
    out = subprocess.run([sys.executable, str(REPO / "tests" / "ui_desk" / "fit_child.py"),
                          str(golden_db), str(tmp_path / "settings.ini"), lang],
                         env=env, capture_output=True, text=True, timeout=300)
    lines = [x for x in out.stdout.splitlines() if x.strip()]
    assert lines and lines[-1] == "ok", out.stdout + out.stderr[-2000:]


def test_geometry_is_remembered_per_user_and_clamped(qtbot, golden_ctx, monkeypatch):
    import ui.window_fit as window_fit
    from ui.main_window import MainWindow

    monkeypatch.setattr(window_fit, "available_area", lambda _w: QRect(0, 0, 1366, 728))
    ctx = golden_ctx
    ws = ctx.workspace
    for name in ("zhang", "li"):
        ws.add_user(name, "secret12", "admin", name, None)

    def open_as(name):
        ws.login(name, "secret12")
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda: window.ready and not ctx.tasks.busy(), timeout=20000)
        return window

    first = open_as("zhang")
    assert first.width() <= 1366 - 16 and first.height() <= 728 - 40  # never off-screen
    first.resize(700, 500)
    first.move(30, 20)
    first.close()
    other = open_as("li")
    assert (other.width(), other.height()) != (700, 500)  # li's own (default) geometry
    other.close()
    again = open_as("zhang")
    assert (again.width(), again.height()) == (700, 500)
    again.close()
    # a geometry saved on a larger monitor is shrunk into this one
    monkeypatch.setattr(window_fit, "available_area", lambda _w: QRect(0, 0, 640, 480))
    small = open_as("zhang")
    assert small.width() <= 640 - 16 and small.height() <= 480 - 40
    assert small.x() >= 0 and small.y() >= 0
    small.close()

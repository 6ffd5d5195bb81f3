"""Qt's "propagateSizeHints" line (offscreen platform) is not printed; other messages are."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.gui

SHOW_A_WINDOW = """
from PySide6.QtCore import qWarning
from PySide6.QtWidgets import QApplication, QWidget
import sys
quiet = sys.argv[1] == "quiet"
if quiet:
    from ui.qt_messages import quiet_qt_messages
    quiet_qt_messages()
app = QApplication([])
w = QWidget(); w.resize(300, 200); w.show(); w.setMinimumSize(200, 100); app.processEvents(); w.close()
qWarning("a real warning")
"""


@pytest.mark.parametrize("mode", ["quiet", "default"])
def test_only_the_noise_is_dropped(mode):
    done = subprocess.run([sys.executable, "-c", SHOW_A_WINDOW, mode], cwd=REPO,
                          capture_output=True, text=True, timeout=120,
                          env={"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO),
                               "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0, done.stderr
    assert "a real warning" in done.stderr
    assert ("propagateSizeHints" in done.stderr) == (mode == "default")

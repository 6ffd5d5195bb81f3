"""`ruralperf gui --screenshot`: the whole application started from the command line,
rendered offscreen to a PNG of a fixed size, in Chinese or (with --lang en) English."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.conftest import REPO

pytestmark = pytest.mark.gui


def _gui(tmp_path, db, *args) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "cfg"))
    env.pop("RURALPERF_LANG", None)
    return subprocess.run([sys.executable, "-m", "ruralperf", "--db", str(db), *args],
                          cwd=REPO, env=env, capture_output=True, text=True, timeout=120)


def test_screenshot_from_the_command_line(tmp_path, golden_db):
    from PySide6.QtGui import QImage

    out = tmp_path / "payrun.png"
    done = _gui(tmp_path, golden_db, "--lang", "en", "gui", "--screenshot", str(out),
                "--page", "payrun")
    assert done.returncode == 0, done.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1366, 768)


def test_unknown_page_is_bad_usage(tmp_path, golden_db):
    done = _gui(tmp_path, golden_db, "gui", "--screenshot", str(tmp_path / "x.png"),
                "--page", "nope")
    assert done.returncode == 2 and "nope" in done.stderr

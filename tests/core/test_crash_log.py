"""Issue 12: a hard crash (a fatal error inside Qt or the interpreter) leaves its report, with
the Python stack, in the log file instead of vanishing with the window."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
CRASH = """
from ruralperf.logsetup import configure_logging, enable_crash_log
configure_logging()
assert enable_crash_log() is not None
import faulthandler
def typing_into_a_form():
    faulthandler._sigsegv()
typing_into_a_form()
"""


def test_a_fatal_crash_is_written_to_the_log(tmp_path):
    log = tmp_path / "ruralperf.log"
    env = dict(os.environ, RURALPERF_LOG=str(log), PYTHONPATH=str(REPO))
    env.pop("PYTHONFAULTHANDLER", None)
    done = subprocess.run([sys.executable, "-c", CRASH], env=env, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode != 0
    text = log.read_text(encoding="utf-8")
    assert "Fatal Python error: Segmentation fault" in text
    assert "typing_into_a_form" in text  # the Python stack of the crash


def test_not_enabled_twice_under_an_existing_handler():
    import faulthandler

    from ruralperf.logsetup import enable_crash_log

    if faulthandler.is_enabled():  # pytest's own: left alone
        assert enable_crash_log() is None

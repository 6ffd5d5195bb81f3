"""The kill -9 crash test in its reduced form (benchmarks/crash_test.py runs 200 kills)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "crash_test.py"


@pytest.mark.slow
def test_kill_minus_nine_leaves_before_or_after_state():
    out = subprocess.run([sys.executable, str(SCRIPT), "--kills", "16", "--seed", "3"],
                         capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "total bad  0" in out.stdout

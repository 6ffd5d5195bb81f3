"""installer/windows_wheels.py's offline part: the frozen pins cover pyproject's dependencies
within their specifiers (PySide6 6.12.0 stays excluded), Windows-only pins apply on Windows."""
from __future__ import annotations

import importlib.util
from pathlib import Path

from packaging.requirements import Requirement

REPO = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("windows_wheels",
                                               REPO / "installer" / "windows_wheels.py")
ww = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(ww)


def test_the_committed_pins_are_consistent_with_pyproject():
    assert ww.consistency_problems(ww.frozen_pins(), ww.project_dependencies()) == []


def test_the_bundle_ships_pyside6_6_11_3():
    pins = {p.name: ww.pinned_version(p) for p in ww.frozen_pins()}
    assert pins["PySide6-Essentials"] == "6.11.3" and pins["shiboken6"] == "6.11.3"


def test_a_pin_outside_pyproject_or_missing_is_reported():
    deps = [Requirement("PySide6-Essentials>=6.6,!=6.12.0"), Requirement("lxml>=5")]
    problems = ww.consistency_problems([Requirement("PySide6-Essentials==6.12.0")], deps)
    assert any("outside pyproject" in p for p in problems)
    assert any(p.startswith("lxml>=5: not pinned") for p in problems)
    assert ww.consistency_problems([Requirement("lxml>=5")], []) == [
        "lxml>=5: not an exact pin (name==version)"]


def test_windows_only_pins_apply_on_windows_only():
    assert ww.on_windows(Requirement('pefile==2024.8.26; sys_platform == "win32"'))
    assert not ww.on_windows(Requirement('macholib==1.16; sys_platform == "darwin"'))
    assert ww.on_windows(Requirement("lxml==6.1.3"))

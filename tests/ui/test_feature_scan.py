"""PySide6's question "does this module's source name PySide6?" gets the same answer from
`ui.feature_scan`'s quick reading as from PySide6's own, for every module loaded."""
from __future__ import annotations

import sys

import ui  # noqa: F401  (quickens the scan)


def _feature():
    return sys.modules["shibokensupport.feature"]


def test_the_quick_scan_is_installed_once():
    from ui.feature_scan import quicken

    quick = _feature()._mod_uses_pyside
    assert getattr(quick, "_ruralperf_quick", False)
    quicken()
    assert _feature()._mod_uses_pyside is quick


def test_it_answers_as_pyside_does_for_every_module_loaded():
    quick = _feature()._mod_uses_pyside
    original = quick.original
    modules = [m for m in list(sys.modules.values()) if m is not None]
    answers = [(m.__name__, quick(m), original(m)) for m in modules]
    assert [a for a in answers if a[1] != a[2]] == []
    yes = {name for name, answer, _ in answers if answer}
    assert len(answers) > 100
    assert "ui.feature_scan" in yes and "json" not in yes and "sys" not in yes

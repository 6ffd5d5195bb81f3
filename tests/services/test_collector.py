"""Issue 22: an import and a pay run build hundreds of thousands of kept objects with the cyclic
collector paused, and leave it enabled afterwards, also when they fail."""
from __future__ import annotations

import gc

import pytest

from ruralperf.domain.periods import Quarter
from ruralperf.services import computing, importing
from tests.conftest import GOLDEN_WORKBOOK


def _recording(monkeypatch, module, name, seen, fail=False):
    real = getattr(module, name)

    def spy(*args, **kwargs):
        seen.append(gc.isenabled())
        if fail:
            raise RuntimeError("boom")
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, spy)


def test_a_pay_run_computes_with_the_collector_paused(golden_ws, monkeypatch):
    seen: list[bool] = []
    _recording(monkeypatch, computing, "compute_pay_run", seen)
    golden_ws.compute_pay_run(Quarter.parse("2025Q3"), save=True)
    assert seen == [False] and gc.isenabled()


def test_an_import_parses_with_the_collector_paused(golden_ws, monkeypatch):
    seen: list[bool] = []
    _recording(monkeypatch, importing, "parse_workbook", seen)
    report = golden_ws.import_workbook(GOLDEN_WORKBOOK, dry_run=True)
    assert report.ok and seen == [False] and gc.isenabled()


def test_the_collector_is_back_after_a_failure(golden_ws, monkeypatch):
    _recording(monkeypatch, computing, "compute_pay_run", [], fail=True)
    with pytest.raises(RuntimeError):
        golden_ws.compute_pay_run(Quarter.parse("2025Q3"), save=False)
    assert gc.isenabled()

"""Statement files written on several processes are the same as written serially."""
from __future__ import annotations

import dataclasses
import threading

from ruralperf.reports import parallel
from ruralperf.reports.parallel import auto_workers, write_statement_files
from tests.reports.conftest import needs_poppler, pdftotext

BRANCH = ("0001", "本网点")


def _many(run, n):
    staff = tuple(dataclasses.replace(run.result.staff[i % 4], staff_no=f"S{i:03d}")
                  for i in range(n))
    return dataclasses.replace(run, result=dataclasses.replace(run.result, staff=staff))


@needs_poppler
def test_pool_writes_the_same_statements(approved_run, tmp_path):
    run = _many(approved_run, 9)
    seen = []
    pooled = write_statement_files(run, BRANCH, tmp_path / "p", workers=2,
                                   progress=lambda i, n, what: seen.append(i))
    serial = write_statement_files(run, BRANCH, tmp_path / "s", workers=1)
    assert [p.name for p in pooled] == [p.name for p in serial]
    assert [p.name.split("_")[2] for p in pooled] == [f"S{i:03d}" for i in range(9)]
    for a, b in zip(pooled, serial):
        assert pdftotext(a) == pdftotext(b)
    assert seen[-1] == 9 and seen == sorted(seen)


def test_broken_pool_falls_back_to_serial(approved_run, tmp_path, monkeypatch):
    def broken(*args, **kwargs):
        raise OSError("no processes here")

    monkeypatch.setattr(parallel, "ProcessPoolExecutor", broken)
    files = write_statement_files(_many(approved_run, 3), BRANCH, tmp_path, workers=2)
    assert len(files) == 3 and all(p.exists() for p in files)


def test_auto_workers(monkeypatch):
    monkeypatch.delenv("RURALPERF_REPORT_WORKERS", raising=False)
    assert auto_workers(5) == 1  # few statements: not worth a pool
    monkeypatch.setenv("RURALPERF_REPORT_WORKERS", "1")
    assert auto_workers(1000) == 1
    monkeypatch.setenv("RURALPERF_REPORT_WORKERS", "3")
    assert auto_workers(2) == 3
    monkeypatch.delenv("RURALPERF_REPORT_WORKERS")
    result = []
    thread = threading.Thread(target=lambda: result.append(auto_workers(1000)))
    thread.start()
    thread.join()
    assert result == [1]  # the desktop app's worker threads write serially


def test_folder_on_processes(approved_run, tmp_path):
    from ruralperf.reports.bundle import write_run_reports

    run = _many(approved_run, 6)
    seen = []
    files = write_run_reports(run, BRANCH, tmp_path, workers=2,
                              progress=lambda i, n, what: seen.append((i, n)))
    assert [p.name for p in files[-2:]] == ["2025Q3-v1_绩效工资汇总表.pdf",
                                          "2025Q3-v1_绩效工资汇总表.xlsx"]
    assert len(files) == 8 and all(p.stat().st_size > 1000 for p in files)
    assert seen[-1] == (8, 8)

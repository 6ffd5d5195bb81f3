"""Time writing a quarter's statements for a large branch (not a test; prints a table).

Builds the golden branch (../shared/golden2/branch_2025q3.xlsx) in a temporary database, computes
2025Q3, and multiplies its staff into N synthetic staff members (varied numbers, names of up to
six characters, 1-40 loan-marketing lines each, so appendices run to one or two pages). Then it
times, over several runs, each output of `ruralperf statements`: the N statement PDFs, the summary
PDF, the summary .xlsx, and the whole folder as `write_run_reports` writes it, on one process and
on the automatic number of processes (`ruralperf.reports.parallel`).

    python benchmarks/statements.py [--staff 400] [--runs 3] [--keep DIR]

Goal: the whole folder for 400 staff in under 10 s.
"""
from __future__ import annotations

import argparse
import os
import dataclasses
import shutil
import statistics
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from ruralperf.domain.periods import Quarter  # noqa: E402
from ruralperf.reports.bundle import write_run_reports  # noqa: E402
from ruralperf.reports.parallel import auto_workers  # noqa: E402
from ruralperf.reports.statement_pdf import statement_pdf  # noqa: E402
from ruralperf.reports.summary_pdf import summary_pdf  # noqa: E402
from ruralperf.reports.summary_xlsx import summary_xlsx  # noqa: E402
from ruralperf.workspace import Workspace  # noqa: E402

GOLDEN = REPO.parent / "shared" / "golden" / "branch_2025q3.xlsx"
SURNAMES = ["张", "李", "王", "赵", "孙", "欧阳", "司马", "诸葛", "慕容", "周", "吴", "郑"]
GIVEN = ["伟", "娜", "强", "敏", "丽", "秀英", "建国", "长青", "晓明", "慕容雪", "子轩", "一"]


def golden_run(tmp: Path):
    ws = Workspace.open(tmp / "golden.db")
    report = ws.import_workbook(GOLDEN)
    if not report.ok:
        raise SystemExit(f"cannot import {GOLDEN}")
    ws.compute_pay_run(Quarter(2025, 3))
    return ws, ws.stored_pay_run(Quarter(2025, 3))


def synthetic(run, n: int):
    """The run with `n` staff members copied from the golden ones, varied."""
    models = [s for s in run.result.staff if s.indicators]  # those with targets
    staff = []
    for i in range(n):
        model = models[i % len(models)]
        details = dict(model.details)
        lines = details.get("loan_marketing", ())
        if lines:
            details["loan_marketing"] = tuple(lines[j % len(lines)] for j in range(1 + i % 40))
        factor = Decimal(1 + i % 7)
        name = SURNAMES[i % len(SURNAMES)] + GIVEN[(i // len(SURNAMES)) % len(GIVEN)]
        staff.append(dataclasses.replace(
            model, staff_no=f"S{i + 1:04d}", name=name[:6], details=details,
            base={k: v * factor for k, v in model.base.items()},
            assessed={k: v * factor for k, v in model.assessed.items()},
            gross=model.gross * factor, net=model.net * factor))
    result = dataclasses.replace(run.result, staff=tuple(staff))
    return dataclasses.replace(run, result=result)


def timed(fn, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return times


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--staff", type=int, default=400)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keep", help="write the folder here and keep it")
    args = parser.parse_args(argv)
    tmp = Path(tempfile.mkdtemp(prefix="ruralperf-bench-"))
    try:
        ws, run = golden_run(tmp)
        branch = ws.branch
        big = synthetic(run, args.staff)
        staff_nos = [s.staff_no for s in big.result.staff]
        out = Path(args.keep) if args.keep else tmp / "out"
        statement_pdf(big, staff_nos[0], branch)  # font loading, once per process
        workers = auto_workers(args.staff)
        rows = [
            (f"{args.staff} statement PDFs, 1 process",
             timed(lambda: [statement_pdf(big, n, branch) for n in staff_nos], args.runs)),
            ("summary PDF", timed(lambda: summary_pdf(big, branch), args.runs)),
            ("summary .xlsx", timed(lambda: summary_xlsx(big, branch), args.runs)),
            (f"folder ({args.staff + 2} files), 1 process",
             timed(lambda: write_run_reports(big, branch, out, workers=1), args.runs)),
            (f"folder ({args.staff + 2} files), {workers} processes (auto)",
             timed(lambda: write_run_reports(big, branch, out), args.runs)),
        ]
        pages = sum(1 for _ in out.glob("statement_*.pdf"))
        size = sum(p.stat().st_size for p in out.iterdir()) / 1e6
        ws.close()
    finally:
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)
    print(f"ruralperf statements benchmark: {args.staff} staff, median of {args.runs} runs, "
          f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs, "
          f"load average {os.getloadavg()[0]:.1f}")
    print(f"{'output':<44} {'median s':>9} {'min s':>7} {'max s':>7} {'per staff ms':>13}")
    for name, times in rows:
        med = statistics.median(times)
        print(f"{name:<44} {med:>9.2f} {min(times):>7.2f} {max(times):>7.2f} "
              f"{med / args.staff * 1000:>13.1f}")
    print(f"{pages} statement files, {size:.1f} MB in total")
    folder = statistics.median(rows[-1][1])
    print(f"goal: folder under 10 s for 400 staff -> {'met' if folder < 10 else 'NOT met'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

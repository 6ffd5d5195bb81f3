"""The limitation page's first rows on a big branch (issue 17): the time from opening the page
(`ui.workflow.limitation_page.LimitationPage`, offscreen) to its first rows painted, median of
several runs, each in a fresh process (a cold start, as the clerk's first visit in the window).

    python benchmarks/limitation_page.py [--db county.db] [--branch 0001] [--as-of 2025-09-30]
                                         [--runs 3] [--stored]

The stored lists are forgotten first (a date not yet stored), unless --stored.

Without --db it uses the county database `run.py` keeps in its work folder (generate it first:
`python benchmarks/run.py --ops limitation`). Goal: under 1 s on 100,000 loans.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def once(args) -> dict:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import func, select

    from ruralperf.db import models as m
    from ruralperf.db.engine import read_session
    from ruralperf.workspace import Workspace
    from ui.context import AppContext
    from ui.workflow.limitation_page import LimitationPage

    app = QApplication.instance() or QApplication([])
    if not args.stored:  # a date not yet stored: the day's first view
        import sqlite3
        con = sqlite3.connect(args.db)
        con.execute("DELETE FROM limitation_results")
        con.commit()
        con.close()
    ws = Workspace.open(args.db, branch_code=args.branch)
    with read_session(ws.engine) as s:
        loans = s.scalar(select(func.count()).select_from(m.LoanRow)
                         .where(m.LoanRow.branch_id == ws.branch_id))
    with tempfile.TemporaryDirectory() as tmp:
        ctx = AppContext(ws, QSettings(str(Path(tmp) / "bench.ini"), QSettings.IniFormat))
        start = time.perf_counter()
        page = LimitationPage(ctx)
        page.resize(1366, 800)
        page.show()
        page.set_as_of(date.fromisoformat(args.as_of))
        while page.model.rowCount() == 0:
            app.processEvents()
            if time.perf_counter() - start > 300:
                raise SystemExit("the limitation page never showed its rows")
            time.sleep(0.0005)
        page.view.viewport().repaint()
        seconds = time.perf_counter() - start
        rows = page.model.rowCount()
        first = getattr(page, "first_rows_shown", None)  # None: the whole list came first
        while ctx.tasks.busy():  # then the whole list
            app.processEvents()
            time.sleep(0.0005)
        page.view.viewport().repaint()
        whole = time.perf_counter() - start
        ctx.tasks.wait()
    return {"seconds": seconds, "rows": rows, "loans": loans, "whole_s": whole,
            "partial": first is not None, "listed": page.model.rowCount()}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path)
    parser.add_argument("--branch", default="0001")
    parser.add_argument("--as-of", default="2025-09-30")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--stored", action="store_true",
                        help="keep the lists stored by earlier views (else forgotten first)")
    parser.add_argument("--once", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.db is None:
        args.db = Path(tempfile.gettempdir()) / "ruralperf-bench-county-b1-s1" / "county.db"
    if args.once:
        print(json.dumps(once(args)))
        sys.stdout.flush()
        os._exit(0)
    results = []
    for _ in range(args.runs):
        done = subprocess.run([sys.executable, __file__, "--once", "--db", str(args.db),
                               "--branch", args.branch, "--as-of", args.as_of]
                              + (["--stored"] if args.stored else []),
                              capture_output=True, text=True)
        if done.returncode != 0:
            raise SystemExit(done.stderr[-3000:])
        results.append(json.loads(done.stdout.strip().splitlines()[-1]))
    print(f"{'operation':<44}{'loans':>9}{'rows':>9}{'median s':>10}{'min s':>8}{'max s':>8}")
    for key, label, rows in (("seconds", "limitation page, first rows painted", "rows"),
                             ("whole_s", "  the whole list painted", "listed")):
        times = [r[key] for r in results]
        print(f"{label:<44}{results[0]['loans']:>9,}{results[0][rows]:>9,}"
              f"{statistics.median(times):>10.2f}{min(times):>8.2f}{max(times):>8.2f}")
    if all(r["partial"] for r in results):
        print("first rows: the 须签收 rows of the loans without events, shown before the rest")
    print(f"median of {args.runs} runs, each in a fresh process; goal: under 1 s on 100,000 "
          f"loans; load average (1 min) {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""One measured operation, or its floor, in this (fresh) process: `run.py` starts one process
per measurement and reads the JSON line this prints:

    {"seconds": ..., "peak_mb": ..., "rows": ..., "load": [at start, at end], "extra": {...}}

`seconds` is the operation alone (the interpreter start, imports and opening the workspace are
not in it, except for the `open` operation); `peak_mb` is the process's peak resident set
(getrusage RUSAGE_SELF ru_maxrss, or RUSAGE_CHILDREN when worker processes went higher), so it
includes the interpreter and the libraries (~70 MB); `load` is the machine's 1-minute load
average when the process started and when it finished. `floor_<op>` is the honest floor of an
operation (benchmarks/floors.py says why each is fair), `old_floor_<op>` the cheaper one the
table used before issue 22 (kept as a second column); both use the bare libraries (sqlite3,
python-calamine, openpyxl).

    python benchmarks/bench_ops.py OP --db PATH [--workbook X] [--branches N] [--quarter Q]
                                      [--as-of D] [--out DIR]
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import sqlite3
import sys
import time
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")



def _quarter(args):
    """--quarter as a `Quarter` (the facade takes no text)."""
    from ruralperf.domain.periods import Quarter

    return Quarter.parse(args.quarter)

def _codes(n: int) -> list[str]:
    return [f"{b:04d}" for b in range(1, n + 1)]


def _open_all(args):
    from ruralperf.workspace import Workspace

    return [Workspace.open(args.db, branch_code=code) for code in _codes(args.branches)]


def op_open(args):
    from ruralperf.workspace import Workspace

    start = time.perf_counter()
    Workspace.open(args.db).close()
    return time.perf_counter() - start, 1, {}


def old_floor_open(args):
    start = time.perf_counter()
    con = sqlite3.connect(args.db)
    con.execute("PRAGMA quick_check").fetchall()
    con.close()
    return time.perf_counter() - start, 1, {}


def op_import(args):
    from ruralperf.safety import keeper
    from ruralperf.workspace import Workspace

    ws = Workspace.open(args.db)
    spent = {"backup": 0.0}
    finish = keeper.EarlyBackup.finish

    def timed_finish(self):  # what the import still waits for the backup copied on the side
        t = time.perf_counter()
        try:
            return finish(self)
        finally:
            spent["backup"] += time.perf_counter() - t

    keeper.EarlyBackup.finish = timed_finish
    start = time.perf_counter()
    report = ws.import_workbook(args.workbook)
    seconds = time.perf_counter() - start
    if not report.ok:
        raise SystemExit(f"import rejected: {[p.message('en') for p in report.errors[:5]]}")
    rows = sum(c.inserted + c.updated + c.unchanged for c in report.counts.values())
    waited = time.perf_counter()
    if ws.backup_problems():  # the backup's integrity check, still running in its thread
        raise SystemExit("the backup before the import failed its integrity check")
    return seconds, rows, {"backup_s": spent["backup"],
                           "check_after_s": time.perf_counter() - waited}


def old_floor_import(args):
    import openpyxl

    start = time.perf_counter()
    wb = openpyxl.load_workbook(args.workbook, read_only=True, data_only=True)
    rows = sum(1 for ws in wb.worksheets for _ in ws.iter_rows(values_only=True))
    wb.close()
    return time.perf_counter() - start, rows, {}


def op_payrun(args):
    workspaces = _open_all(args)
    start = time.perf_counter()
    staff = sum(len(ws.compute_pay_run(_quarter(args)).staff) for ws in workspaces)
    return time.perf_counter() - start, staff, {}


def op_payrun_stale(args):
    """The pay run right after a change that made the quarter's four months stale (a form
    edit of a reassignment or a loan's manager, say): it rebuilds their facts first."""
    from sqlalchemy import text

    from ruralperf.db.engine import write_session
    from ruralperf.domain.periods import Quarter

    workspaces = _open_all(args)
    q = Quarter.parse(args.quarter)
    months = [str(q.base_month), *map(str, q.months)]
    for ws in workspaces:
        with write_session(ws.engine) as s:
            s.execute(text("UPDATE ledger_months SET stale = 1 WHERE branch_id = :b AND month IN "
                           f"({', '.join(repr(m) for m in months)})"), {"b": ws.branch_id})
    start = time.perf_counter()
    staff = sum(len(ws.compute_pay_run(_quarter(args)).staff) for ws in workspaces)
    return time.perf_counter() - start, staff, {}


def op_simulate(args):
    """A what-if of the quarter (issue 20): interest.rate and a cap changed, every staff member
    computed now and with the draft; nothing written."""
    workspaces = _open_all(args)
    start = time.perf_counter()
    staff = sum(len(ws.simulate(_quarter(args), {"interest.rate": "0.003",
                                               "cap.客户经理": "3000"}).staff)
                for ws in workspaces)
    return time.perf_counter() - start, staff, {}


def old_floor_simulate(args):
    """The floor of a what-if is the pay run itself: "about the time of a pay run"."""
    return op_payrun(args)


def old_floor_payrun(args):
    from ruralperf.domain.periods import Quarter

    q = Quarter.parse(args.quarter)
    snap = ",".join(f"'{m}'" for m in (q.base_month, q.months[2]))
    interest = ",".join(f"'{m}'" for m in q.months)
    branches = ",".join(str(b) for b in range(1, args.branches + 1))
    start = time.perf_counter()
    con = sqlite3.connect(args.db)
    rows = con.execute(
        f"SELECT 's', month, count(*), sum(balance) FROM snapshots WHERE branch_id IN "
        f"({branches}) AND month IN ({snap}) GROUP BY month UNION ALL SELECT 'i', month, "
        f"count(*), sum(amount) FROM interest_income WHERE branch_id IN ({branches}) "
        f"AND month IN ({interest}) GROUP BY month").fetchall()
    return time.perf_counter() - start, sum(r[2] for r in rows), {}


def op_limitation(args):
    """Computed: the stored lists are forgotten first (the list's first view on a date)."""
    _clear_stored(args.db)
    workspaces = _open_all(args)
    as_of = date.fromisoformat(args.as_of)
    start = time.perf_counter()
    listed = sum(len(ws.limitation(as_of).loans) for ws in workspaces)
    return time.perf_counter() - start, listed, {}


def op_limitation_stored(args):
    """The list stored by an earlier view (the same date and data version), read by a fresh
    workspace: a second view, or the next start on the same day."""
    for ws in _open_all(args):  # stored if not yet
        ws.limitation(date.fromisoformat(args.as_of))
    workspaces = _open_all(args)
    as_of = date.fromisoformat(args.as_of)
    start = time.perf_counter()
    listed = sum(len(ws.limitation(as_of).loans) for ws in workspaces)
    return time.perf_counter() - start, listed, {}


def old_floor_limitation_stored(args):
    return globals()["floor_limitation"](args)  # set by _floors(): the honest floor


def old_floor_limitation(args):
    start = time.perf_counter()
    con = sqlite3.connect(args.db)
    month = args.as_of[:7]
    n = con.execute("SELECT count(*), sum(s.balance) FROM loans l JOIN snapshots s ON "
                    "s.branch_id = l.branch_id AND s.contract_no = l.contract_no "
                    "WHERE l.maturity_on < ? AND s.month <= ?", (args.as_of, month)).fetchone()[0]
    n += con.execute("SELECT count(*), max(kind) FROM limitation_events WHERE date <= ?",
                     (args.as_of,)).fetchone()[0]
    n += con.execute("SELECT count(*), max(kind), max(period_months) FROM guarantees"
                     ).fetchone()[0]
    return time.perf_counter() - start, n, {}


def op_statements(args):
    from ruralperf.reports.bundle import write_statements
    from ruralperf.workspace import Workspace

    ws = Workspace.open(args.db, branch_code="0001")
    ws.stored_pay_run(_quarter(args)) or ws.compute_pay_run(_quarter(args))
    start = time.perf_counter()
    files = write_statements(ws, _quarter(args), args.out)
    return time.perf_counter() - start, len(files), {}


def old_floor_statements(args):
    start = time.perf_counter()
    con = sqlite3.connect(args.db)
    text = con.execute("SELECT result_json FROM pay_runs WHERE branch_id = 1 AND quarter = ? "
                       "ORDER BY version DESC LIMIT 1", (args.quarter,)).fetchone()[0]
    staff = len(json.loads(text)["staff"])
    return time.perf_counter() - start, staff, {}


def op_loans_page(args):
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from ruralperf.workspace import Workspace
    from ui.context import AppContext
    from ui.records.loans_page import LoansPage

    app = QApplication.instance() or QApplication([])
    settings = QSettings(str(Path(args.out) / "bench.ini"), QSettings.IniFormat)
    # as the application opens it: a large file's quick check runs beside the window
    ctx = AppContext(Workspace.open(args.db, branch_code="0001", check_in_background=True),
                     settings)
    arrived = []
    start = time.perf_counter()
    page = LoansPage(ctx)
    page.model.first_batch.connect(lambda: arrived.append(1))
    page.resize(1200, 800)
    page.show()
    _until(app, lambda: bool(arrived), what="the loans page never showed its first rows")
    page.view.viewport().repaint()
    seconds = time.perf_counter() - start
    rows = page.model.rowCount()
    ctx.tasks.wait()
    return seconds, rows, {}



def _first_page(db, order: str):
    """The loans page's first 200 rows with household and manager names, bare sqlite3."""
    start = time.perf_counter()
    con = sqlite3.connect(db)
    rows = con.execute(
        "SELECT l.id, l.contract_no, l.household_no, h.name, l.amount, l.disbursed_on, "
        "l.maturity_on, l.nature, l.increment, l.customer_type, l.manager_no, s.name "
        "FROM loans l LEFT JOIN households h ON h.branch_id = l.branch_id "
        "AND h.household_no = l.household_no LEFT JOIN staff s ON s.branch_id = l.branch_id "
        f"AND s.staff_no = l.manager_no WHERE l.branch_id = 1 ORDER BY {order} "
        "LIMIT 200").fetchall()
    return time.perf_counter() - start, len(rows), {}

def old_floor_loans_page(args):
    return _first_page(args.db, "l.contract_no, l.id")


def _clear_stored(db) -> None:
    """Forget the stored limitation lists: the first opening of a day (issue 22)."""
    con = sqlite3.connect(db)
    con.execute("DELETE FROM limitation_results")
    con.commit()
    con.close()


def op_window(args):
    """Open the database and the main window until it is usable: painted, the home page's
    facts shown and the worker free for the clerk's next click. The limitation summary goes
    on in the background; `summary_s` is when it arrived (nothing stored: the day's first
    opening; with --stored, the list stored by an earlier opening the same day)."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    if not args.stored:
        _clear_stored(args.db)
    app = QApplication.instance() or QApplication([])
    start = time.perf_counter()
    from ruralperf.workspace import Workspace
    from ui.context import AppContext
    from ui.main_window import MainWindow

    settings = QSettings(str(Path(args.out) / "bench.ini"), QSettings.IniFormat)
    # as the application opens it: a large file's quick check runs beside the window
    ctx = AppContext(Workspace.open(args.db, branch_code="0001", check_in_background=True),
                     settings)
    window = MainWindow(ctx, "zh_CN", remember_geometry=False)
    window.resize(1366, 800)
    window.show()
    home = window.pages["home"]
    _until(app, lambda: window.ready and home.facts is not None, 300,
           "the window never became usable")
    window.repaint()
    seconds = time.perf_counter() - start
    asked = time.perf_counter()  # a click right away: the loans page's first rows
    window.show_page("loans")
    loans = window.pages["loans"]
    _until(app, lambda: loans.model.rowCount() > 0)
    click = time.perf_counter() - asked
    _until(app, lambda: not home.limitation_pending, 600, "the limitation summary never came")
    summary = time.perf_counter() - start
    ctx.tasks.wait()
    checked = ctx.workspace.wait_file_check()
    assert checked == "ok", checked
    return seconds, 1, {"summary_s": summary, "click_s": click}


def old_floor_window(args):
    return globals()["floor_open"](args)  # set by _floors()


def _loans_page(args):
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from ruralperf.workspace import Workspace
    from ui.context import AppContext
    from ui.records.loans_page import LoansPage

    app = QApplication.instance() or QApplication([])
    settings = QSettings(str(Path(args.out) / "bench.ini"), QSettings.IniFormat)
    # as the application opens it: a large file's quick check runs beside the window
    ctx = AppContext(Workspace.open(args.db, branch_code="0001", check_in_background=True),
                     settings)
    page = LoansPage(ctx)
    page.resize(1200, 800)
    page.show()
    _until(app, lambda: page.model.rowCount() > 0)
    return app, ctx, page


def _until(app, done, limit: float = 120, what: str = "the loans page did not answer"):
    """Wait in Qt's event loop until `done()` (checked every 2 ms), as the application idles in
    it: a busy poll would take a core and the interpreter's lock from the workers it waits for."""
    from PySide6.QtCore import QEventLoop, QTimer

    if done():
        return
    end, failed = time.perf_counter() + limit, []
    loop, timer = QEventLoop(), QTimer()
    timer.setInterval(2)

    def check() -> None:
        if done():
            loop.quit()
        elif time.perf_counter() > end:
            failed.append(True)
            loop.quit()

    timer.timeout.connect(check)
    timer.start()
    loop.exec()
    timer.stop()
    if failed:
        raise SystemExit(what)


def op_loans_sort(args):
    """The loans page open; a click on 金额 (amount, descending) to its first rows in the new
    order; `next_s`: scrolled to the end, to the next batch appended."""
    from PySide6.QtCore import Qt

    app, ctx, page = _loans_page(args)
    column = [c.key for c in page.model.columns].index("amount")
    start = time.perf_counter()
    page.view.sortByColumn(column, Qt.DescendingOrder)
    _until(app, lambda: page.model.rowCount() > 0 and not page.model.loading)
    page.view.viewport().repaint()
    seconds = time.perf_counter() - start
    nexts = []
    for _ in range(3):
        rows = page.model.rowCount()
        t = time.perf_counter()
        page.model.fetchMore()
        _until(app, lambda: page.model.rowCount() > rows)
        page.view.viewport().repaint()
        nexts.append(time.perf_counter() - t)
    ctx.tasks.wait()
    return seconds, page.model.rowCount(), {"next_s": max(nexts)}


def old_floor_loans_sort(args):
    """The same first page's query, bare sqlite3, by the amount index."""
    return _first_page(args.db, "l.amount DESC, l.id DESC")


def _floors() -> None:
    """floor_<op>: the honest floor where benchmarks/floors.py defines one, else the old one
    (for those operations the old floor already is the same work)."""
    import floors

    globals()["old_floor_payrun_stale"] = old_floor_payrun
    for name, function in list(globals().items()):
        if name.startswith("old_floor_"):
            globals()[name[4:]] = getattr(floors, name[4:], function)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("op")
    parser.add_argument("--db", required=True)
    parser.add_argument("--workbook")
    parser.add_argument("--branches", type=int, default=1)
    parser.add_argument("--quarter", default="2025Q3")
    parser.add_argument("--as-of", default="2025-09-30")
    parser.add_argument("--out")
    parser.add_argument("--stored", action="store_true",
                        help="window: keep the limitation lists stored by earlier openings")
    args = parser.parse_args()
    _floors()
    name = args.op if "floor_" in args.op else "op_" + args.op
    load = os.getloadavg()[0]
    seconds, rows, extra = globals()[name](args)
    peak = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
               resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
    print(json.dumps({"seconds": seconds, "peak_mb": peak / 1024, "rows": rows,
                      "load": [load, os.getloadavg()[0]], "extra": extra}))
    sys.stdout.flush()
    os._exit(0)  # skip teardown (Qt, pools): nothing here is kept


if __name__ == "__main__":
    main()

"""How fast the loans page opens and filters at county scale (100,000 loans).

    python benchmarks/loans_page.py [--loans 100000] [--runs 7] [--db PATH] [--keep]

Builds (once; reused with --db/--keep) a migrated database with staff, households, loans,
credits and one month of ledgers, inserted with sqlite3 executemany, then measures with the
real page offscreen (median of the runs, the first cold run shown apart):

- open: LoansPage created -> first batch of rows in the view
- search "<text>": search applied -> first matching rows in the view (the page waits
  SEARCH_DELAY_MS after the last keystroke before it searches; that pause is not included)
- sort by amount: header click -> first rows in the new order
- next batch: scrolled to the end -> the next rows appended
- detail: a loan selected -> its detail pane filled (credits, ledgers, limitation status);
  the pane waits 150 ms after the selection settles (arrow keys do not query every row)

The "rows" column is the number of rows matching (counted by a second query queued after the
first batch, so it never delays the first rows).
"""
from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
GIVEN = "秀英桂兰建国志强永明玉梅海涛丽华春花金山德福兰芳红霞伟刚勇军平安文静"


def build(path: Path, loans: int) -> None:
    from ruralperf.domain.search import initials
    from ruralperf.workspace import Workspace

    Workspace.open(path).close()  # migrated, seeded
    households, staff = loans * 6 // 10, max(50, loans // 2000)
    con = sqlite3.connect(path)
    cur = con.cursor()
    branch = cur.execute("SELECT id FROM branches LIMIT 1").fetchone()[0]
    cur.executemany("INSERT INTO staff (branch_id, staff_no, name, position, coefficient, "
                    "initials) VALUES (?, ?, ?, '客户经理', '1', ?)",
                    [(branch, f"E{i:04d}", _name(i * 13), initials(_name(i * 13)))
                     for i in range(staff)])
    cur.executemany("INSERT INTO households (branch_id, household_no, name, kind, initials) "
                    "VALUES (?, ?, ?, '农户', ?)",
                    [(branch, f"H{i:07d}", _name(i), initials(_name(i)))
                     for i in range(households)])
    types = ("self_developed", "joint", "linked", "taken_over")
    loan_rows, credit_rows, ledger_rows = [], [], []
    for i in range(loans):
        contract, ctype = f"C{i:08d}", types[i % 4]
        manager = f"E{i % staff:04d}"
        start = date(2015, 1, 1) + timedelta(days=(i * 37) % 3800)
        fen = 1_000_000 + (i * 7919) % 49_000_000
        loan_rows.append((branch, contract, f"H{i % households:07d}", fen, start.isoformat(),
                          (start + timedelta(days=365 * (1 + i % 3))).isoformat(), "new",
                          ctype, manager))
        if ctype == "joint":
            other = f"E{(i + 1) % staff:04d}"
            credit_rows += [(branch, contract, manager, "0.6"), (branch, contract, other, "0.4")]
        else:
            credit_rows.append((branch, contract, manager,
                                "1" if ctype == "self_developed" else "0.2"))
        ledger_rows.append((branch, contract, "2025-09", fen, 0, 0, "normal"))
    cur.executemany("INSERT INTO loans (branch_id, contract_no, household_no, amount, "
                    "disbursed_on, maturity_on, nature, customer_type, manager_no) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", loan_rows)
    cur.executemany("INSERT INTO credits (branch_id, contract_no, staff_no, share) "
                    "VALUES (?, ?, ?, ?)", credit_rows)
    cur.executemany("INSERT INTO snapshots (branch_id, contract_no, month, balance, "
                    "overdue_days, arrears_months, grade) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    ledger_rows)
    con.commit()
    cur.execute("ANALYZE")
    con.close()


def _name(i: int) -> str:
    return SURNAMES[i % len(SURNAMES)] + GIVEN[(i // 7) % len(GIVEN)] + \
        GIVEN[(i // 3 + 5) % len(GIVEN)]


# -- measuring ---------------------------------------------------------------------------------
def _wait(app, done, timeout: float = 60.0) -> None:
    end = time.perf_counter() + timeout
    while not done():
        app.processEvents()
        if time.perf_counter() > end:
            raise TimeoutError("no answer from the page")
        time.sleep(0.0005)


def _first_rows(app, page, action) -> float:
    """Seconds from `action()` to the page's first batch painted in the view."""
    arrived = []
    start = time.perf_counter()
    page = action() or page
    page.model.first_batch.connect(lambda: arrived.append(1))
    _wait(app, lambda: arrived)
    page.view.viewport().repaint()
    return time.perf_counter() - start


def measure(db: Path, runs: int) -> list[tuple[str, float, float, int]]:
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtWidgets import QApplication

    from ruralperf.workspace import Workspace
    from ui.context import AppContext
    from ui.records.loans_page import LoansPage

    app = QApplication.instance() or QApplication([])
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "bench.ini"), QSettings.IniFormat)
    ctx = AppContext(Workspace.open(db), settings)
    results: dict[str, list[float]] = {}
    shown: dict[str, int] = {}

    def record(name: str, seconds: float, page) -> None:
        results.setdefault(name, []).append(seconds)
        _wait(app, lambda: not ctx.tasks.busy())  # the count follows the first rows
        shown[name] = page.model.total or page.model.rowCount()

    for _ in range(runs + 1):  # the first run is cold
        holder = {}

        def open_page():
            page = LoansPage(ctx)
            page.resize(1200, 800)
            holder["page"] = page
            page.show()
            return page

        seconds = _first_rows(app, None, open_page)
        page = holder["page"]
        record("open the loans page", seconds, page)
        _wait(app, lambda: not ctx.tasks.busy())
        for text in ("C0001234", "H000123", "张伟", "zw"):
            page.search.setText(text)
            record(f"search \"{text}\"", _first_rows(app, page, page.apply_query), page)
            _wait(app, lambda: not ctx.tasks.busy())
        page.search.setText("")
        combo = page.filter_combos["customer_type"]
        record("filter customer type = joint", _first_rows(
            app, page, lambda: combo.setCurrentIndex(combo.findData("joint"))), page)
        combo.setCurrentIndex(0)
        _wait(app, lambda: not ctx.tasks.busy())
        column = next(i for i, c in enumerate(page.model.columns) if c.key == "amount")
        record("sort by amount (header click)", _first_rows(
            app, page, lambda: page.view.sortByColumn(column, Qt.DescendingOrder)), page)
        _wait(app, lambda: not ctx.tasks.busy())
        before = page.model.rowCount()
        start = time.perf_counter()
        page.view.scrollToBottom()
        _wait(app, lambda: page.model.rowCount() > before)
        record("next batch (scrolled to the end)", time.perf_counter() - start, page)
        start = time.perf_counter()
        page.view.selectRow(5)
        contract = page.model.row(5)["contract_no"]
        _wait(app, lambda: page.detail.detail is not None
              and page.detail.detail.loan["contract_no"] == contract)
        record("detail pane (after its 150 ms pause)", time.perf_counter() - start, page)
        _wait(app, lambda: not ctx.tasks.busy())
        page.close()
        page.deleteLater()
        app.processEvents()
    ctx.tasks.wait()
    ctx.workspace.close()
    return [(name, times[0], statistics.median(times[1:]), shown[name])
            for name, times in results.items()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--loans", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--db", type=Path, help="reuse (or build and keep) this database")
    args = parser.parse_args(argv)
    db = args.db or Path(tempfile.mkdtemp()) / "county.db"
    if not db.exists():
        start = time.perf_counter()
        build(db, args.loans)
        print(f"built {db} with {args.loans:,} loans in {time.perf_counter() - start:.1f} s")
    rows = measure(db, args.runs)
    print(f"\nloans page, {args.loans:,} loans, median of {args.runs} runs (first run cold)")
    from machine import load_line  # benchmarks/ is the script's folder
    print(load_line())
    print(f"{'step':<36}{'cold ms':>10}{'median ms':>12}{'rows':>10}")
    for name, cold, median, shown in rows:
        print(f"{name:<36}{cold * 1000:>10.0f}{median * 1000:>12.0f}{shown:>10,}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

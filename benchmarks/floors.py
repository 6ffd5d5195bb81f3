"""Honest floors (issue 22): for an operation, the cheapest way to do the same work with the
same libraries, so that the ratio in `run.py`'s table says how much the application adds.
Each is a function of `bench_ops.py` (`floor_<op>`); the older, cheaper floors stay there as
`old_floor_<op>` and are printed as a second column.

import ledger
    python-calamine reads the workbook (the importer's own reader for a plain workbook), each
    row becomes the stored values (amounts to integer fen, the grade to its code), and the rows
    are inserted with sqlite3's executemany into the same table, with its indexes, its unique
    key, its month-fact triggers and the application's connection settings (WAL, foreign
    keys, cache size), in one transaction, committed. That is the least any
    import must do to get the same rows into the same database: it skips only what an
    importer owes its user (checking every cell and reference, refusing locked quarters, the
    audit trail, the backup), which is what the ratio measures. Run on a fresh copy, as the
    import is.
pay run, its months made stale
    The rows the result depends on, fetched into Python with sqlite3: the loans' household and
    manager and every reassignment (who a row is attributed to), the base and end months'
    month-end ledgers (maintained households, NPL balances) and the quarter's three months of
    interest income. A pay run after a back-dated change cannot know more cheaply whose
    households and interest changed; everything it adds is the reduction to per-staff facts,
    storing them, and the pay rules themselves.
limitation list
    The rows the list is computed from, fetched into Python: the loans due before the date
    (their columns as the list reads them), the limitation events up to it, the guarantees and
    the reassignments, the latest month-end balance of each due loan and every month's balance
    of those due long enough for a lapse to be possible. The list adds the replay of each
    loan's limitation (DOMAIN.md 7) on those rows.
"""
from __future__ import annotations

import sqlite3
import time
from datetime import date, timedelta

FEN = 100


def floor_import(args):
    from python_calamine import CalamineWorkbook

    from ruralperf.db.engine import CACHE_KIB
    from ruralperf.io.sheets import ENUMS

    grades = ENUMS["grade"]
    start = time.perf_counter()
    book = CalamineWorkbook.from_path(args.workbook)
    rows = book.get_sheet_by_name("月末台账").to_python()[1:]
    book.close()
    params = [(1, c, m, round(bal * FEN), int(od), int(am), grades[g], "confirmed")
              for c, m, bal, od, am, g in rows]
    con = sqlite3.connect(args.db, isolation_level=None)
    for pragma in ("journal_mode=WAL", "synchronous=NORMAL", "foreign_keys=ON",
                   f"cache_size=-{CACHE_KIB}"):  # the application's connection settings
        con.execute("PRAGMA " + pragma)
    con.execute("BEGIN IMMEDIATE")
    con.executemany("INSERT INTO snapshots (branch_id, contract_no, month, balance, "
                    "overdue_days, arrears_months, grade, status) VALUES (?,?,?,?,?,?,?,?)",
                    params)
    con.execute("COMMIT")
    con.close()
    return time.perf_counter() - start, len(params), {}


def floor_payrun_stale(args):
    from ruralperf.domain.periods import Quarter

    q = Quarter.parse(args.quarter)
    ends = (str(q.base_month), str(q.months[2]))
    start = time.perf_counter()
    con = sqlite3.connect(args.db)
    n = 0
    for b in range(1, args.branches + 1):
        got = [con.execute("SELECT contract_no, household_no, manager_no FROM loans "
                           "WHERE branch_id = ?", (b,)).fetchall(),
               con.execute("SELECT contract_no, staff_no, effective_from FROM reassignments "
                           "WHERE branch_id = ?", (b,)).fetchall()]
        got += [con.execute("SELECT contract_no, balance, overdue_days, arrears_months, grade "
                            "FROM snapshots WHERE branch_id = ? AND month = ?", (b, month)
                            ).fetchall() for month in ends]
        got += [con.execute("SELECT contract_no, amount FROM interest_income WHERE "
                            "branch_id = ? AND month = ?", (b, str(month))).fetchall()
                for month in q.months]
        n += sum(map(len, got))
    return time.perf_counter() - start, n, {}


def _lapse_years(db: str, as_of: date) -> int:
    from ruralperf.db.engine import read_session
    from ruralperf.db import repository as repo
    from ruralperf.domain.parameters import ParameterBook
    from ruralperf.workspace import Workspace

    with Workspace.open(db) as ws, read_session(ws.engine) as s:
        scheme = ParameterBook(repo.parameter_values(s, ws.branch_id)).at(as_of)
    return min(scheme["limitation.old_years"], scheme["limitation.new_years"])


def floor_limitation(args):
    as_of = date.fromisoformat(args.as_of)
    years = _lapse_years(args.db, as_of)
    bound = date(as_of.year - years, as_of.month, min(as_of.day, 28)) + timedelta(days=3)
    month = args.as_of[:7]
    start = time.perf_counter()
    con = sqlite3.connect(args.db)
    n = 0
    for b in range(1, args.branches + 1):
        for sql, params in (
                ("SELECT contract_no, household_no, amount, disbursed_on, maturity_on, nature, "
                 "increment, customer_type, manager_no FROM loans WHERE branch_id = ? AND "
                 "maturity_on < ?", (b, args.as_of)),
                ("SELECT contract_no, date, kind, staff_no, amount, new_maturity, until, "
                 "guarantor FROM limitation_events WHERE branch_id = ? AND date <= ?",
                 (b, args.as_of)),
                ("SELECT contract_no, guarantor, kind, period_months, id_number FROM guarantees "
                 "WHERE branch_id = ?", (b,)),
                ("SELECT contract_no, effective_from, staff_no FROM reassignments "
                 "WHERE branch_id = ?", (b,)),
                ("SELECT l.contract_no, s.month, s.balance FROM loans l CROSS JOIN snapshots s "
                 "ON s.branch_id = l.branch_id AND s.contract_no = l.contract_no AND s.month = "
                 "(SELECT max(x.month) FROM snapshots x WHERE x.branch_id = l.branch_id AND "
                 "x.contract_no = l.contract_no AND x.month <= ?) WHERE l.branch_id = ? AND "
                 "l.maturity_on < ?", (month, b, args.as_of)),
                ("SELECT l.contract_no, s.month, s.balance FROM loans l CROSS JOIN snapshots s "
                 "ON s.branch_id = l.branch_id AND s.contract_no = l.contract_no WHERE "
                 "l.branch_id = ? AND l.maturity_on <= ? AND s.month <= ? ORDER BY "
                 "l.contract_no, s.month", (b, bound.isoformat(), month))):
            n += len(con.execute(sql, params).fetchall())
    return time.perf_counter() - start, n, {}

"""Loading the county straight into a migrated database: SQLite through `sqlite3` executemany
(one transaction, secondary indexes rebuilt afterwards), PostgreSQL through psycopg COPY.

The rows bypass the import (and so the audit trail): this is benchmark data, not a branch's
history. Every row carries its `branch_id`; the 20 `branches` rows are created first.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path

import county_ledgers as L
from county_model import Branch, Scale, build_branch, guarantee_rows

from ruralperf.domain.search import initials

COLUMNS = {
    "staff": "staff_no, name, position, coefficient, initials",
    "households": "household_no, name, id_number, kind, initials",
    "loans": "contract_no, household_no, amount, disbursed_on, maturity_on, nature, increment, "
             "customer_type, manager_no",
    "credits": "contract_no, staff_no, share",
    "reassignments": "contract_no, staff_no, effective_from",
    "snapshots": "contract_no, month, balance, overdue_days, arrears_months, grade",
    "interest_income": "contract_no, month, amount",
    "limitation_events": "contract_no, date, kind, staff_no, amount, new_maturity",
    "guarantees": "contract_no, guarantor, id_number, kind, period_months",
    "recoveries": "contract_no, staff_no, date, amount",
    "deposit_averages": "staff_no, month, daily_avg",
    "items": "staff_no, date, item, qty, card_balance",
    "targets": "staff_no, quarter, interest, deposit, npl, intermediate, quality",
    "adjustments": "staff_no, quarter, amount, reason",
    "parameters": "key, value, effective_from",
}
CHUNK = 50_000


class SQLiteSink:
    def __init__(self, path: Path):
        self.con = sqlite3.connect(path, isolation_level=None)
        for pragma in ("journal_mode=OFF", "synchronous=OFF", "cache_size=-400000",
                       "foreign_keys=OFF", "temp_store=MEMORY"):
            self.con.execute(f"PRAGMA {pragma}")
        self.con.execute("BEGIN")
        big = ("snapshots", "interest_income", "loans", "households", "credits")
        self.indexes = self.con.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
            f"AND tbl_name IN ({','.join('?' * len(big))})", big).fetchall()
        for name, _sql in self.indexes:
            self.con.execute(f'DROP INDEX "{name}"')

    def branches(self, rows: list[tuple]) -> None:
        self.con.execute("DELETE FROM branches")
        self.con.executemany("INSERT INTO branches (id, code, name) VALUES (?, ?, ?)", rows)

    def rows(self, table: str, branch_id: int, rows) -> None:
        cols = COLUMNS[table]
        n = cols.count(",") + 1
        self.con.executemany(f"INSERT INTO {table} (branch_id, {cols}) VALUES "
                             f"({branch_id}{', ?' * n})", rows)

    def close(self) -> None:
        for _name, sql in self.indexes:
            self.con.execute(sql)
        self.con.execute("COMMIT")
        self.con.execute("ANALYZE")
        self.con.execute("PRAGMA journal_mode=WAL")
        self.con.close()


class PostgresSink:
    def __init__(self, url: str):
        import psycopg

        self.con = psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://"))

    def branches(self, rows: list[tuple]) -> None:
        with self.con.cursor() as cur:
            cur.execute("DELETE FROM branches")
            cur.executemany("INSERT INTO branches (id, code, name) VALUES (%s, %s, %s)", rows)
            cur.execute("SELECT setval('branches_id_seq', (SELECT max(id) FROM branches))")

    def rows(self, table: str, branch_id: int, rows) -> None:
        with self.con.cursor() as cur:
            with cur.copy(f"COPY {table} (branch_id, {COLUMNS[table]}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row((branch_id, *row))

    def close(self) -> None:
        self.con.commit()
        self.con.execute("ANALYZE")
        self.con.close()


def _chunks(rows, size: int = CHUNK):
    batch = []
    for row in rows:
        batch.append(row)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def load_branch(sink, branch: Branch, scale: Scale, seed: int) -> int:
    """Insert one branch's records; returns the number of rows."""
    b, count = branch.number, 0

    def put(table, rows):
        nonlocal count
        for batch in _chunks(rows):
            sink.rows(table, b, batch)
            count += len(batch)

    put("staff", ((no, name, pos, coef, initials(name)) for no, name, pos, coef in branch.staff))
    put("households", ((no, name, idn, kind, initials(name))
                       for no, name, idn, kind, _officer in branch.households))
    loans = branch.loans
    put("loans", ((x.contract_no, x.household_no, x.amount, x.disbursed.isoformat(),
                   x.maturity.isoformat(), x.nature, x.increment, x.ctype, x.manager)
                  for x in loans))
    put("credits", ((x.contract_no, s, share) for x in loans for s, share in x.credits))
    put("reassignments", ((x.contract_no, s, d.isoformat()) for x in loans for d, s in x.moves))
    window = L.months(scale)
    month_end = {m: end for _mi, m, end in window}
    interest_by: dict[tuple[str, str], int] = {}
    interest_rows: list[tuple] = []

    def snapshots():
        for x in loans:
            for month, balance, days, arrears, grade, interest in L.loan_rows(x, window):
                yield x.contract_no, month, balance, days, arrears, grade
                if interest:
                    interest_rows.append((x.contract_no, month, interest))
                    L.attribute(interest_by, x, month_end[month], interest)
            if len(interest_rows) >= CHUNK:
                flush_interest()

    def flush_interest():
        nonlocal count
        sink.rows("interest_income", b, interest_rows)
        count += len(interest_rows)
        interest_rows.clear()

    put("snapshots", snapshots())
    flush_interest()
    put("limitation_events", ((x.contract_no, d.isoformat(), kind, staff, amount,
                               nm.isoformat() if nm else None)
                              for x in loans for d, kind, staff, amount, nm in x.events))
    put("guarantees", guarantee_rows(branch))
    put("recoveries", (r for x in loans for r in L.recoveries(x)))
    deposits, items = L.staff_monthly(branch, scale, seed)
    put("deposit_averages", deposits)
    put("items", items)
    put("targets", L.targets(branch, scale, interest_by, seed))
    put("adjustments", L.adjustments(branch, scale, seed))
    put("parameters", L.PARAMETERS)
    return count


def load_county(db: str, scale: Scale, seed: int = 1, progress=print) -> int:
    """Create (migrate) the database and load the whole union into it."""
    from ruralperf.db.engine import url_for
    from ruralperf.workspace import Workspace

    Workspace.open(db).close()  # schema, built-in holiday calendar, a first branch
    url = url_for(db)
    sink = PostgresSink(url) if url.startswith("postgresql") else SQLiteSink(Path(db))
    sink.branches([(b, f"{b:04d}", build_branch_name(b)) for b in range(1, scale.branches + 1)])
    total = 0
    for b in range(1, scale.branches + 1):
        branch = build_branch(scale, b, seed)
        total += load_branch(sink, branch, scale, seed)
        progress(f"  branch {branch.code} {branch.name}: {total:,} rows so far")
    sink.close()
    refresh_month_facts(db, range(1, scale.branches + 1), progress)
    return total


def refresh_month_facts(db: str, branch_ids, progress=print) -> None:
    """Build the per-staff month facts the loaded rows left stale (the triggers marked them),
    as an import does in its own transaction: the database is then as imports leave it."""
    import time

    from ruralperf.db import month_facts
    from ruralperf.db.engine import write_session
    from ruralperf.workspace import Workspace

    start = time.perf_counter()
    ws = Workspace.open(db)
    try:
        for b in branch_ids:
            with write_session(ws.engine) as s:
                month_facts.refresh(s, b)
    finally:
        ws.close()
    progress(f"  month facts built in {time.perf_counter() - start:.1f} s")


def build_branch_name(b: int) -> str:
    from county_model import TOWNS

    return f"{TOWNS[(b - 1) % len(TOWNS)]}信用社"

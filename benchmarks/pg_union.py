"""The county union on PostgreSQL: what one branch's desktop client waits for (prints a table).

    python benchmarks/generate.py --db postgresql://USER@HOST/county        (20 branches, COPY)
    python benchmarks/generate.py --ledger ledger.xlsx --branch 1           (15,000 rows)
    python benchmarks/pg_union.py --db postgresql://USER@HOST/county --workbook ledger.xlsx

Each operation runs in a fresh process (`bench_ops.py`, the same code as `run.py`), median of
--runs; the import is undone after each run (its month's rows and audit entries deleted), so
every run inserts. Floors are the SQLite floors' queries run through psycopg. PostgreSQL takes
no file backup (that is the server's business), so the import has none.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

from run import measure  # noqa: E402

FLOORS = {
    "payrun": "SELECT month, count(*), sum(balance) FROM snapshots WHERE branch_id = 1 AND month "
              "IN ('2025-06', '2025-09') GROUP BY month UNION ALL SELECT month, count(*), "
              "sum(amount) FROM interest_income WHERE branch_id = 1 AND month IN ('2025-07', "
              "'2025-08', '2025-09') GROUP BY month",
    "limitation": "SELECT count(*), sum(s.balance) FROM loans l JOIN snapshots s ON s.branch_id "
                  "= l.branch_id AND s.contract_no = l.contract_no WHERE l.branch_id = 1 AND "
                  "l.maturity_on < '2025-09-30' AND s.month <= '2025-09'",
}


def floor(url: str, sql: str) -> float:
    import psycopg

    with psycopg.connect(url) as conn:
        start = time.perf_counter()
        conn.execute(sql).fetchall()
        return time.perf_counter() - start


def undo_import(url: str, month: str, last_seq: int) -> None:
    import psycopg

    with psycopg.connect(url) as conn:
        conn.execute("DELETE FROM snapshots WHERE branch_id = 1 AND month = %s", (month,))
        conn.execute("DELETE FROM audit_log WHERE seq > %s", (last_seq,))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--workbook", type=Path, required=True)
    parser.add_argument("--month", default="2025-10")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    import psycopg

    with psycopg.connect(args.db) as conn:
        last_seq = conn.execute("SELECT coalesce(max(seq), 0) FROM audit_log").fetchone()[0]
    one = argparse.Namespace(branches=1)
    every = argparse.Namespace(branches=20)
    rows = []
    for label, op, ns, extra in (
            ("import one branch's month ledger", "import", one,
             ["--workbook", str(args.workbook)]),
            ("pay run 2025Q3, one branch", "payrun", one, []),
            ("pay run 2025Q3, all 20 branches", "payrun", every, []),
            ("limitation list, one branch", "limitation", one, []),
            ("limitation list, all 20 branches", "limitation", every, [])):
        results = []
        for _ in range(args.runs):
            results.append(measure(op, args.db, ns, extra))
            if op == "import":
                undo_import(args.db, args.month, last_seq)
        sql = FLOORS.get(op)
        floors = [floor(args.db, sql) for _ in range(args.runs)] if sql and ns is one else []
        rows.append((label, results, statistics.median(floors) if floors else None))
    from machine import load_line  # benchmarks/ is the script's folder
    print(load_line())
    print(f"{'operation (PostgreSQL)':<36}{'rows':>8}{'median s':>10}{'peak MB':>9}"
          f"{'floor s':>9}{'ratio':>7}")
    for label, results, fl in rows:
        med = statistics.median(r["seconds"] for r in results)
        print(f"{label:<36}{results[0]['rows']:>8,}{med:>10.2f}"
              f"{max(r['peak_mb'] for r in results):>9.0f}"
              + (f"{fl:>9.2f}{med / fl:>7.1f}" if fl else f"{'':>9}{'':>7}"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

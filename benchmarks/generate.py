"""Deterministic county-union data for the benchmarks (issue 7).

A union of 20 branches (信用社), 400 staff, 200,000 households and 300,000 loans with credits,
reassignments, 24 months of month-end ledgers (about 7 million rows) and interest income,
deposits, intermediate business, NPL recoveries, limitation events (extensions, demands,
lapses, restorations, lawsuits), targets, adjustments and parameters. Amounts are integer fen
throughout; nothing is a float. The same seed and scale give the same union.

    python benchmarks/generate.py --db county.db [--scale county|small] [--seed 1]
    python benchmarks/generate.py --db postgresql://user@host/db      (loaded by COPY)
    python benchmarks/generate.py --ledger oct.xlsx --month 2025-10 [--branch 3]
    python benchmarks/generate.py --workbooks DIR [--branch 3]        (every sheet, per branch)

`--db` loads straight into a migrated database (sqlite3 executemany in one transaction, or
psycopg COPY), bypassing the import; `--ledger` writes one month's 月末台账 for the union (or one
branch) as an import workbook; `--workbooks` writes each branch's whole history as one.
"""
from __future__ import annotations

import argparse
import dataclasses
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

from county_model import SCALES  # noqa: E402

from ruralperf.domain.periods import Month  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", choices=sorted(SCALES), default="county")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--branches", type=int,
                        help="split the union into this many branches (default: the scale's; "
                             "1 puts the whole county in one branch)")
    parser.add_argument("--db", help="a new SQLite file or a postgresql:// URL to load")
    parser.add_argument("--ledger", type=Path, help="write one month's ledger workbook here")
    parser.add_argument("--month", help="the ledger's month (default: after the window)")
    parser.add_argument("--workbooks", type=Path, help="write per-branch workbooks here")
    parser.add_argument("--branch", type=int, action="append", help="only this branch (1-based)")
    args = parser.parse_args(argv)
    scale = SCALES[args.scale]
    if args.branches:
        scale = dataclasses.replace(scale, branches=args.branches)
    if not (args.db or args.ledger or args.workbooks):
        parser.error("nothing to do: give --db, --ledger or --workbooks")
    if args.db:
        from county_load import load_county

        if "://" not in args.db and Path(args.db).exists():
            parser.error(f"{args.db} exists; the generator only fills a new database")
        start = time.perf_counter()
        rows = load_county(args.db, scale, args.seed)
        print(f"loaded {rows:,} rows into {args.db} in {time.perf_counter() - start:.1f} s")
    if args.ledger:
        from county_workbooks import write_month_ledger

        month = Month.parse(args.month) if args.month else scale.end_month.shift(1)
        start = time.perf_counter()
        rows = write_month_ledger(args.ledger, scale, args.seed, month, args.branch)
        print(f"wrote {rows:,} ledger rows of {month} to {args.ledger} "
              f"in {time.perf_counter() - start:.1f} s")
    if args.workbooks:
        from county_workbooks import write_branch_workbook

        args.workbooks.mkdir(parents=True, exist_ok=True)
        for b in args.branch or range(1, scale.branches + 1):
            path = args.workbooks / f"branch_{b:04d}.xlsx"
            start = time.perf_counter()
            rows = write_branch_workbook(path, scale, args.seed, b)
            print(f"wrote {rows:,} rows to {path} in {time.perf_counter() - start:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""A workbook with 1,000,000 rows of bad data: the import must end in a clear message (the first
1,000 problems listed, the rest counted), leave the database unchanged, and stay within memory.

    python benchmarks/huge_workbook.py [--rows 1000000]

Prints rows, time, peak memory (ru_maxrss of the importing process) and the result.
"""
from __future__ import annotations

import argparse
import resource
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def write_rows(path: Path, rows: int) -> None:
    """One 月末台账 sheet of `rows` rows for contracts that do not exist (openpyxl write-only)."""
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("月末台账")
    sheet.append(["合同号", "月份", "贷款余额", "逾期天数", "欠息月数", "五级分类"])
    for i in range(rows):
        sheet.append([f"X{i:07d}", "2025-09", 1000 + i % 97, 0, 0, "正常"])
    book.save(path)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=1_000_000)
    args = ap.parse_args()
    from ruralperf.workspace import Workspace

    with tempfile.TemporaryDirectory() as tmp:
        book, db = Path(tmp) / "huge.xlsx", Path(tmp) / "b.db"
        start = time.perf_counter()
        write_rows(book, args.rows)
        written = time.perf_counter() - start
        with Workspace.open(db) as ws:
            ws.import_workbook(REPO.parent / "shared" / "golden" / "branch_2025q3.xlsx")
        before = list(sqlite3.connect(db).iterdump())
        with Workspace.open(db) as ws:
            start = time.perf_counter()
            report = ws.import_workbook(book)
            took = time.perf_counter() - start
        unchanged = list(sqlite3.connect(db).iterdump()) == before
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"{'rows':>10} {'write s':>8} {'import s':>9} {'peak MB':>8} {'errors':>7} "
              f"{'unchanged':>9}")
        from machine import load_line  # benchmarks/ is the script's folder
        print(load_line())
        print(f"{args.rows:>10} {written:>8.1f} {took:>9.1f} {peak_mb:>8.0f} "
              f"{len(report.errors):>7} {str(unchanged):>9}")
        print("first:", report.errors[0].message())
        print("last: ", report.errors[-1].message())
        return 0 if (not report.ok and unchanged) else 1


if __name__ == "__main__":
    sys.exit(main())

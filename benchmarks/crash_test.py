"""Crash test: kill -9 the process at random moments during import, pay-run computation,
approval, backup, restore (with its audit entry) and reopen (v1 superseded, v2 computed);
after each kill the database must pass `PRAGMA integrity_check` and hold
exactly the state before or the state after the operation (never a partial import).

    python benchmarks/crash_test.py --kills 200        # the full run (a few minutes)
    python benchmarks/crash_test.py --kills 24         # the reduced form CI runs

Prints a table per operation and exits 1 if any kill left a damaged or half-done database.
"""
from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
GOLDEN = REPO.parent / "shared" / "golden" / "branch_2025q3.xlsx"
# Columns that hold wall-clock times: they differ between two runs of the same operation.
VOLATILE = {"computed_at", "submitted_at", "approved_at", "reopened_at", "at", "created_at",
            "hash", "content_hash", "result_json"}

CHILD = r"""
import sys, os
sys.path.insert(0, {repo!r})
from ruralperf.domain.periods import Quarter
from ruralperf.workspace import Workspace
from tests.trust.conftest import completing_sheets
op, db = sys.argv[1], sys.argv[2]
ws = Workspace.open(db)
print("READY", flush=True)
if op == "import":
    ws.import_workbook({golden!r})
elif op == "payrun":
    ws.compute_pay_run(Quarter(2025, 3))
elif op == "approve":
    ws.approve_pay_run(Quarter(2025, 3), reason="crash test")
elif op == "backup":
    ws.backup("crash-test")
elif op == "restore":
    ws.restore(os.path.join(os.path.dirname(db), "restore-source.db")).workspace.close()
elif op == "reopen":
    ws.reopen_pay_run(Quarter(2025, 3), reason="crash test")
print("DONE", flush=True)
"""


def fingerprint(db: Path) -> tuple:
    """The data of every table, minus wall-clock columns, in a stable order."""
    con = sqlite3.connect(db)
    try:
        tables = [r[0] for r in con.execute(
            "select name from sqlite_master where type='table' and name not like 'sqlite_%' "
            "order by name")]
        out = []
        for t in tables:
            cols = [r[1] for r in con.execute(f"pragma table_info('{t}')") if r[1] not in VOLATILE]
            rows = con.execute(f"select {', '.join(cols)} from '{t}' order by 1").fetchall()
            out.append((t, tuple(sorted(map(repr, rows)))))
        return tuple(out)
    finally:
        con.close()


def integrity(db: Path) -> bool:
    con = sqlite3.connect(db)
    try:
        return con.execute("pragma integrity_check").fetchall() == [("ok",)]
    finally:
        con.close()


def prepare(base: Path, op: str) -> Path:
    """A database in the state just before `op`."""
    sys.path.insert(0, str(REPO))
    from decimal import Decimal

    from ruralperf.io.reader import RawSheet
    from ruralperf.domain.periods import Quarter
    from ruralperf.workspace import Workspace
    from tests.trust.conftest import completing_sheets

    db = base / f"before-{op}.db"
    with Workspace.open(db) as ws:
        if op != "import":
            ws.import_workbook(GOLDEN)
            ws.import_sheets(completing_sheets())
        if op in ("approve", "backup", "reopen"):
            ws.compute_pay_run(Quarter(2025, 3))
        if op == "reopen":
            ws.approve_pay_run(Quarter(2025, 3), reason="crash test")
        if op == "restore":  # the source: the data before one more change
            source = ws.backup("manual").path
            ws.import_sheets([RawSheet("adjustments", [
                (1, ("staff_no", "quarter", "amount", "reason")),
                (2, ("E001", "2025Q3", Decimal("100"), "crash test"))])])
    if op == "restore":
        shutil.copy(source, base / "restore-source.db")
    con = sqlite3.connect(db)
    con.execute("pragma wal_checkpoint(TRUNCATE)")
    con.close()
    shutil.rmtree(db.parent / "backups", ignore_errors=True)
    return db


def run_child(script: Path, op: str, db: Path, kill_after: float | None) -> bool:
    """Run the operation; kill it `kill_after` seconds after it is READY. True if killed."""
    proc = subprocess.Popen([sys.executable, str(script), op, str(db)], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True, cwd=REPO)
    assert proc.stdout.readline().strip() == "READY"
    if kill_after is None:
        proc.wait()
        return False
    time.sleep(kill_after)
    if proc.poll() is None:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        return True
    proc.wait()
    return False


def measure(script: Path, op: str, before: Path, work: Path) -> tuple[tuple, float]:
    """The state after the operation, and how long the operation itself takes (median of 3)."""
    times = []
    for _ in range(3):
        db = work / "ref.db"
        for suffix in ("", "-wal", "-shm", ".restoring"):
            Path(str(db) + suffix).unlink(missing_ok=True)
        shutil.rmtree(work / "backups", ignore_errors=True)
        shutil.copy(before, db)
        proc = subprocess.Popen([sys.executable, str(script), op, str(db)],
                                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                                cwd=REPO)
        assert proc.stdout.readline().strip() == "READY"
        start = time.perf_counter()
        proc.wait()
        times.append(time.perf_counter() - start)
    return fingerprint(db), sorted(times)[1]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--kills", type=int, default=200, help="total kills over all operations")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--ops", default="import,payrun,approve,backup,restore,reopen")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    ops = args.ops.split(",")
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        script = base / "child.py"
        script.write_text(CHILD.format(repo=str(REPO), golden=str(GOLDEN)), encoding="utf-8")
        print(f"{'operation':<10} {'kills':>6} {'killed':>7} {'before':>7} {'after':>6} "
              f"{'bad':>4} {'op s':>6}")
        for op in ops:
            before_db = prepare(base, op)
            before = fingerprint(before_db)
            after, duration = measure(script, op, before_db, base)
            n = args.kills // len(ops)
            counts = {"killed": 0, "before": 0, "after": 0, "bad": 0}
            for _ in range(n):
                db = base / "victim.db"
                for suffix in ("", "-wal", "-shm", ".restoring", ".restoring-journal"):
                    Path(str(db) + suffix).unlink(missing_ok=True)
                shutil.rmtree(base / "backups", ignore_errors=True)
                shutil.copy(before_db, db)
                killed = run_child(script, op, db, rng.uniform(0, duration * 0.95))
                counts["killed"] += killed
                state = fingerprint(db) if integrity(db) else None
                if state == before:
                    counts["before"] += 1
                elif state == after:
                    counts["after"] += 1
                else:
                    counts["bad"] += 1
                for leftover in (base / "backups").glob("*.db"):
                    if not integrity(leftover):
                        counts["bad"] += 1
            failures += counts["bad"]
            print(f"{op:<10} {n:>6} {counts['killed']:>7} {counts['before']:>7} "
                  f"{counts['after']:>6} {counts['bad']:>4} {duration:>6.2f}")
    print(f"{'total bad':<10} {failures}")
    from machine import load_line  # benchmarks/ is the script's folder
    print(load_line())
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

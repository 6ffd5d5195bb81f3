"""County-scale benchmarks against the SQLite floor (issue 7): prints one table.

    python benchmarks/run.py [--scale county|small] [--runs 3] [--branches N] [--seed 1]
                             [--work DIR] [--fresh]

Builds (once, cached in --work by scale, branches and seed) the union with `generate.py` and the
month ledger that follows its 24 months, then measures each operation and its floor, every run
in a fresh process (`bench_ops.py`), and prints the median of the runs, the peak memory of
those processes and the ratio to the floor. The default puts the whole county in one branch
(`--branches 1`), so each operation is one call at full size: one 270,000-row ledger import, one
pay run of 400 staff, one limitation list of 300,000 loans. With `--branches 20` (the union as
`generate.py` builds it by default) the pay run and the list run once per branch, the import,
the statements and the loans page are one branch's.

Operations (what the user waits for; the workspace is open already, except for the first row).
"floor" is the honest floor (the same work done the cheapest way with the same libraries; see
benchmarks/floors.py for why each is fair); "old floor" the one used before issue 22, where
it differs:
  open the database   Workspace.open (migration check, SQLite quick_check);  floor: quick_check
  import ledger       Workspace.import_workbook of one month's 月末台账, automatic backup
                      included (taken on the second core while the workbook is read; what it
                      still costs is shown apart);  floor: python-calamine read + the same
                      rows inserted with sqlite3 into the same table, committed;  old floor:
                      openpyxl read-only iteration of the file. The backup's integrity check
                      runs on in a thread after the import returns; the time still waited for
                      it after the return is shown apart
  pay run             Workspace.compute_pay_run 2025Q3 (saved as a draft, as the CLI does);
                      floor: one grouped aggregate over the base and end months' snapshots and
                      the quarter's interest rows
    ... made stale    the same right after a change that made the 4 months it reads stale (a
                      form edit of a reassignment, say): the facts it reads are rebuilt first;
                      floor: those months' rows and the loans' attribution fetched into
                      Python;  old floor: the pay run's aggregate
  limitation list     Workspace.limitation 2025-09-30;  floor: the rows it is computed from
                      fetched into Python;  old floor: the ledgers of the loans due before the
                      date joined to them, and the events up to it (count, sum)
  statements          reports.bundle.write_statements of branch 0001 (PDFs, summary);  floor:
                      reading the stored pay run's JSON
  loans page          ui.records.LoansPage opened offscreen until its first rows are painted;
                      floor: the first page's query (200 rows with household and manager names)
  limitation, stored  the same list read back as stored by an earlier view (same date, same
                      data version, limitation_store); the "limitation list" row itself
                      forgets the stored lists first, so it is the computation;  floor: the
                      limitation list's
  loans page sort     the loans page open, a click on 金额 (descending) to its first rows;
                      next batch: fetchMore to the next 200 rows (keyset);  floor: the sorted
                      first page's query in bare sqlite3 (the amount index)
  usable window       Workspace.open as the application opens it (a large file's quick check
                      runs in a background thread, writes refused until it passed), MainWindow
                      shown until painted with the home page's facts and the worker free (the
                      limitation summary goes on in the background; when it arrived, and a
                      loans-page click right after the window is usable, are shown apart;
                      nothing stored: the day's first opening; the wait is in Qt's event loop,
                      as the application idles, not a busy poll);  floor: the quick_check that
                      every opening of a small file runs before it (a ratio below 1: the
                      window no longer waits for it)

Every measurement records the machine's 1-minute load average as its process starts; the table
prints the median of those per operation (and the load at the start and the end of the run).
The application's modules are compiled to bytecode first, as an installed copy has them, and a
database copied for an import is written out (os.sync) before its clock starts.
"""
from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

from county_model import SCALES  # noqa: E402


OPS = [("open", "open the database"), ("import", "import one month's ledger"),
       ("payrun", "pay run 2025Q3, every staff member"),
       ("payrun_stale", "  the same, its 4 months made stale"),
       ("simulate", "what-if 2025Q3 (floor: the pay run)"),
       ("limitation", "limitation list 2025-09-30, every loan"),
       ("limitation_stored", "  the same, stored by an earlier view"),
       ("statements", "statements, branch 0001"), ("loans_page", "open the loans page"),
       ("loans_sort", "loans page: sort by amount"),
       ("window", "open to a usable window (county)")]
HONEST = {"import", "payrun_stale", "limitation"}  # operations whose old floor is kept apart
GENERATOR = ("county_model.py", "county_ledgers.py", "county_load.py", "county_workbooks.py",
             "xlsx_writer.py")


def _stamp(scale, seed: int) -> str:
    digest = hashlib.sha256(repr((scale, seed)).encode())
    for name in GENERATOR:
        digest.update((HERE / name).read_bytes())
    return digest.hexdigest()[:16]


def prepare(work: Path, args, scale) -> tuple[Path, Path]:
    """The loaded database and the ledger workbook of the month after the window (cached;
    built by generate.py in its own process, so this one stays small while it measures)."""
    db, ledger, stamp = work / "county.db", work / "ledger.xlsx", work / "stamp"
    if not args.fresh and stamp.exists() and stamp.read_text() == _stamp(scale, args.seed):
        return db, ledger
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    start = time.perf_counter()
    common = [sys.executable, str(HERE / "generate.py"), "--scale", args.scale,
              "--branches", str(args.branches), "--seed", str(args.seed)]
    for extra in (["--db", str(db)], ["--ledger", str(ledger), "--branch", "1"]):
        done = subprocess.run(common + extra, capture_output=True, text=True)
        if done.returncode != 0:
            raise SystemExit(f"generate.py failed:\n{done.stderr[-3000:]}")
    print(f"built {db} ({db.stat().st_size / 2**30:.2f} GB) and {ledger.name} in "
          f"{time.perf_counter() - start:.0f} s", flush=True)
    stamp.write_text(_stamp(scale, args.seed))
    return db, ledger


def compile_sources() -> None:
    """The application's modules compiled to bytecode first, as an installed copy has them
    (pip and the bundle compile them): with PYTHONDONTWRITEBYTECODE set (as on this project's
    machine) every measured process would otherwise compile ruralperf/ and ui/ again, about
    0.4 s that no user waits for."""
    import compileall

    for package in ("ruralperf", "ui"):
        compileall.compile_dir(str(HERE.parent / package), quiet=1)


def measure(op: str, db: Path, args, extra: list[str] = ()) -> dict:
    cmd = [sys.executable, str(HERE / "bench_ops.py"), op, "--db", str(db),
           "--branches", str(args.branches), *extra]
    done = subprocess.run(cmd, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"{op} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def runs(op: str, db: Path, ledger: Path, args, scratch: Path) -> list[dict]:
    out = []
    for _ in range(args.runs):
        target, extra = db, []
        writes = op in ("import", "floor_import")
        if op in ("import", "floor_import", "old_floor_import"):
            extra = ["--workbook", str(ledger)]
        if writes:  # a fresh copy each time: the import adds the month
            target = scratch / "import.db"
            shutil.copy(db, target)
            # Written out before the clock starts: the kernel's writeback of the 1.3 GB copy
            # would otherwise fall into the measurement (of the import and its floor alike).
            os.sync()
        if op == "statements":
            folder = scratch / "statements"
            shutil.rmtree(folder, ignore_errors=True)
            extra = ["--out", str(folder)]
        if op in ("loans_page", "loans_sort", "window"):
            extra = ["--out", str(scratch)]
        out.append(measure(op, target, args, extra))
        if writes:
            target.unlink()
            shutil.rmtree(scratch / "backups", ignore_errors=True)
            for suffix in ("-wal", "-shm", ".lock"):
                Path(str(target) + suffix).unlink(missing_ok=True)
    return out


def _median(results: list[dict], key: str = "seconds") -> float:
    return statistics.median(r[key] for r in results)


def _load(results: list[dict]) -> float:
    return statistics.median(r["load"][0] for r in results)


def table(results: dict, args, scale, load: tuple) -> str:
    head = (f"{'operation':<38}{'rows':>9}{'median s':>10}{'peak MB':>9}{'load':>6}"
            f"{'floor s':>9}{'ratio':>7}{'old floor s':>12}{'ratio':>7}")
    lines = [head, "-" * len(head)]
    for op, label in OPS:
        if op not in results:
            continue
        got, floor = results[op], results["floor_" + op]
        med, fmed = _median(got), _median(floor)
        old = ""
        if "old_floor_" + op in results:
            omed = _median(results["old_floor_" + op])
            old = f"{omed:>12.2f}{med / omed:>7.1f}"
        lines.append(f"{label:<38}{got[0]['rows']:>9,}{med:>10.2f}"
                     f"{max(r['peak_mb'] for r in got):>9.0f}{_load(got):>6.2f}{fmed:>9.2f}"
                     f"{med / fmed:>7.1f}{old}")
        if op == "import":
            backup = _median([r["extra"] for r in got], "backup_s")
            lines.append(f"{'  of which waiting for the backup':<38}{'':>9}{backup:>10.2f}")
            lines.append(f"{'  import without that wait':<38}{'':>9}{med - backup:>10.2f}"
                         f"{'':>9}{'':>6}{fmed:>9.2f}{(med - backup) / fmed:>7.1f}")
            check = _median([r["extra"] for r in got], "check_after_s")
            lines.append(f"{'  then its integrity check (thread)':<38}{'':>9}{check:>10.2f}")
        if op == "loans_sort":
            nxt = statistics.median(r["extra"]["next_s"] for r in got)
            lines.append(f"{'  next batch (keyset)':<38}{'':>9}{nxt:>10.2f}"
                         f"{'':>9}{'':>6}{fmed:>9.2f}{nxt / fmed:>7.1f}")
        if op == "window":
            for key, label in (("click_s", "  then a click: loans page rows"),
                               ("summary_s", "  limitation summary arrived at")):
                value = statistics.median(r["extra"][key] for r in got)
                lines.append(f"{label:<38}{'':>9}{value:>10.2f}")
    lines.append(f"\n{scale.branches} branch(es), {scale.staff} staff, {scale.households:,} "
                 f"households, {scale.loans:,} loans, {scale.months} months; median of "
                 f"{args.runs} runs, each in a fresh process; peak MB = the largest peak RSS "
                 f"of those processes (getrusage ru_maxrss, interpreter included); load = the "
                 f"median 1-minute load average as the operation's processes started.")
    lines.append(f"Load average (1 min) at start {load[0]:.2f}, at end {load[1]:.2f}, on "
                 f"{os.cpu_count()} CPUs; the floors are defined in benchmarks/floors.py and "
                 f"benchmarks/bench_ops.py.")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", choices=sorted(SCALES), default="county")
    parser.add_argument("--branches", type=int, default=1)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--work", type=Path, help="where to keep the generated data")
    parser.add_argument("--fresh", action="store_true", help="generate the data again")
    parser.add_argument("--ops", help="measure only these operations (comma-separated keys: "
                        + ",".join(op for op, _ in OPS) + ")")
    args = parser.parse_args(argv)
    scale = dataclasses.replace(SCALES[args.scale], branches=args.branches)
    work = args.work or Path(tempfile.gettempdir()) / \
        f"ruralperf-bench-{args.scale}-b{args.branches}-s{args.seed}"
    load_start = os.getloadavg()[0]
    compile_sources()
    db, ledger = prepare(work, args, scale)
    results = {}
    with tempfile.TemporaryDirectory(prefix="rp-bench-") as tmp:
        chosen = set(args.ops.split(",")) if args.ops else {op for op, _ in OPS}
        for op, label in OPS:
            if op not in chosen:
                continue
            names = [op, "floor_" + op] + (["old_floor_" + op] if op in HONEST else [])
            for name in names:
                results[name] = runs(name, db, ledger, args, Path(tmp))
            print(f"  measured: {label}", file=sys.stderr, flush=True)
    print(table(results, args, scale, (load_start, os.getloadavg()[0])))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

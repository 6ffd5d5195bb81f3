"""Time a quarter's pay run and the limitation list on a demo-sized branch (not a test; prints a
table of medians).

Without `--db` it builds a branch in a temporary database: 12 staff, about 2,000 loans with two
years of month-end ledgers and interest, deposits, intermediate items, limitation events and
targets, from `ruralperf.io.demo.demo_sheets` when that module is there, else from a small
generator below. Then, over `--runs` runs each, it times

- `Workspace.compute_pay_run(quarter, save=False)`, and separately its two halves: loading the
  inputs (`computing.load_inputs`) and the rules (`rules.engine.compute_pay_run`);
- `Workspace.limitation(as_of)`, and separately the loading queries and the per-loan replay
  (the same steps as `ruralperf.services.limitation_report`, repeated here to time them apart).

    python benchmarks/payrun.py [--db PATH] [--quarter 2025Q3] [--as-of 2025-09-30]
                                [--runs 7] [--staff 12] [--loans 2000] [--seed 1]
"""
from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from ruralperf.services import computing  # noqa: E402
from ruralperf.db import models as m  # noqa: E402
from ruralperf.db import repository as repo  # noqa: E402
from ruralperf.db.engine import read_session  # noqa: E402
from ruralperf.domain.parameters import ParameterBook  # noqa: E402
from ruralperf.domain.periods import Month, Quarter  # noqa: E402
from ruralperf.io.reader import RawSheet  # noqa: E402
from ruralperf.rules.engine import compute_pay_run  # noqa: E402
from ruralperf.rules.limitation import BalanceHistory, loan_limitation, may_be_listed  # noqa: E402
from ruralperf.workspace import Workspace  # noqa: E402


# -- a branch when the demo generator is not available ----------------------------------------

def _sheet(title: str, headers: list[str], rows: list[tuple]) -> RawSheet:
    return RawSheet(title, [(1, tuple(headers))] + [
        (i + 2, tuple(None if v is None else str(v) for v in r)) for i, r in enumerate(rows)])


def fallback_sheets(n_staff: int, n_loans: int, seed: int, end: Month) -> list[RawSheet]:
    """A plain synthetic branch: every row valid, two years of ledgers up to `end`."""
    rnd = random.Random(seed)
    months = [end.shift(-i) for i in range(23, -1, -1)]
    quarter = Quarter.of(end.end)
    staff = [f"E{i:03d}" for i in range(1, n_staff + 1)]
    households = [f"H{i:05d}" for i in range(1, n_loans * 3 // 4 + 1)]
    loans, credits, snapshots, interest, events = [], [], [], [], []
    for i in range(1, n_loans + 1):
        c = f"L{i:06d}"
        disbursed = months[0].end - timedelta(days=rnd.randint(0, 1500))
        if rnd.random() < 0.1:
            disbursed = quarter.start + timedelta(days=rnd.randint(0, 80))
        maturity = disbursed + timedelta(days=rnd.choice([365, 730, 1095]))
        amount = rnd.randint(5_000, 500_000)
        manager = rnd.choice(staff)
        loans.append((c, rnd.choice(households), f"{amount}.00", disbursed, maturity, "new", None,
                      "self_developed", manager))
        credits.append((c, manager, "1"))
        balance = amount
        for mo in months:
            if mo.end < disbursed or balance <= 0:
                continue
            if mo.end > maturity and rnd.random() < 0.7:
                balance = 0
            else:
                balance = max(0, balance - rnd.randint(0, amount // 10))
            overdue = 0 if mo.end <= maturity or balance == 0 else (mo.end - maturity).days
            grade = "normal" if overdue == 0 else ("substandard" if overdue < 180 else "doubtful")
            snapshots.append((c, str(mo), f"{balance}.00", overdue, min(12, overdue // 30), grade))
            if balance > 0:
                interest.append((c, str(mo), f"{balance * 45 // 12000}.{rnd.randint(0, 99):02d}"))
        if maturity < end.end and rnd.random() < 0.1:
            events.append((c, maturity + timedelta(days=rnd.randint(1, 700)), "demand_signed",
                           manager))
    deposit_months = [end.shift(-i) for i in range(26, -1, -1)]
    deposits = [(s, str(mo), f"{rnd.randint(100_000, 5_000_000)}.00")
                for s in staff for mo in deposit_months]
    items = [(rnd.choice(staff), quarter.start + timedelta(days=rnd.randint(0, 88)),
              kind, rnd.randint(1, 3), "150.00" if kind == "bank_card" else None)
             for kind in ("bank_card", "pos", "agency") for _ in range(150)]
    targets = [(s, str(q), "20000.00", "300000.00", "10000.00", "20", "90")
               for s in staff for q in (quarter.previous, quarter)]
    return [
        _sheet("parameters", ["key", "value", "effective_from"],
               [("floating.base_monthly", "1500.00", "2020-01-01")]),
        _sheet("staff", ["staff_no", "name", "position", "coefficient"],
               [(s, "员工" + s, "客户经理", "1") for s in staff]),
        _sheet("households", ["household_no", "name"], [(h, "户" + h) for h in households]),
        _sheet("loans", ["contract_no", "household_no", "amount", "disbursed_on", "maturity_on",
                         "nature", "increment", "customer_type", "manager_no"], loans),
        _sheet("credits", ["contract_no", "staff_no", "share"], credits),
        _sheet("snapshots", ["contract_no", "month", "balance", "overdue_days",
                             "arrears_months", "grade"], snapshots),
        _sheet("interest", ["contract_no", "month", "amount"], interest),
        _sheet("deposits", ["staff_no", "month", "daily_avg"], deposits),
        _sheet("items", ["staff_no", "date", "item", "qty", "card_balance"], items),
        _sheet("limitation_events", ["contract_no", "date", "kind", "staff_no"],
               sorted(set(events))),
        _sheet("targets", ["staff_no", "quarter", "interest", "deposit", "npl", "intermediate",
                           "quality"], targets),
    ]


def build_branch(path: Path, n_staff: int, n_loans: int, seed: int, end: Month) -> str:
    try:
        from ruralperf.io.demo import demo_sheets
    except ImportError:
        sheets, source = fallback_sheets(n_staff, n_loans, seed, end), "fallback generator"
    else:
        sheets, source = demo_sheets(staff=n_staff, loans=n_loans, seed=seed, end_month=end), \
            "ruralperf.io.demo"
    with Workspace.open(path) as ws:
        report = ws.import_sheets(sheets)
        if not report.ok:
            raise SystemExit("the generated branch was rejected:\n" + "\n".join(
                p.message("en") for p in report.errors[:20]))
    return source


# -- timing -----------------------------------------------------------------------------------

def timed(fn, runs: int) -> tuple[list[float], object]:
    times, value = [], None
    for _ in range(runs):
        start = time.perf_counter()
        value = fn()
        times.append(time.perf_counter() - start)
    return times, value


def limitation_load(ws: Workspace, as_of: date):
    """The loading half of `ruralperf.services.limitation_report.limitation_report`."""
    b = ws.branch_id
    with read_session(ws.engine) as s:
        scheme = ParameterBook(repo.parameter_values(s, b)).at(as_of)
        calendar = repo.work_calendar(s)
        loans = repo.loans(s, b)
        events = repo.limitation_events(s, b, until=as_of)
        listed = {c: loan for c, loan in loans.items()
                  if may_be_listed(loan, events.get(c, []), as_of)}
        managers = repo.manager_histories(s, b, listed)
        balances = repo.balance_histories(s, b, set(listed), Month.of(as_of))
    return scheme, calendar, listed, events, managers, balances


def limitation_compute(loaded, as_of: date) -> int:
    scheme, calendar, listed, events, managers, balances = loaded
    empty = BalanceHistory()
    rows = [loan_limitation(loan, events.get(c, []), managers[c], balances.get(c, empty), scheme,
                            calendar.fresh(), as_of) for c, loan in sorted(listed.items())]
    return sum(1 for r in rows if r.maturity < as_of)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--db", help="an existing database (default: build a demo branch)")
    p.add_argument("--quarter", default="2025Q3")
    p.add_argument("--as-of", dest="as_of", help="default: the quarter's last day")
    p.add_argument("--runs", type=int, default=7)
    p.add_argument("--staff", type=int, default=12)
    p.add_argument("--loans", type=int, default=2000)
    p.add_argument("--seed", type=int, default=1)
    args = p.parse_args(argv)
    quarter = Quarter.parse(args.quarter)
    as_of = date.fromisoformat(args.as_of) if args.as_of else quarter.end_date
    runs = max(5, args.runs)

    tmp = None
    if args.db:
        db, source = args.db, f"--db {args.db}"
    else:
        tmp = Path(tempfile.mkdtemp(prefix="ruralperf-bench-"))
        db = str(tmp / "branch.db")
        start = time.perf_counter()
        source = build_branch(Path(db), args.staff, args.loans, args.seed, quarter.months[2])
        source += f" (seed {args.seed}, built and imported in {time.perf_counter() - start:.1f} s)"
    try:
        with Workspace.open(db) as ws:
            with read_session(ws.engine) as s:
                counts = {name: repo.count_rows(s, model, ws.branch_id) for name, model in
                          (("staff", m.StaffRow), ("loans", m.LoanRow),
                           ("snapshots", m.SnapshotRow), ("interest", m.InterestRow),
                           ("events", m.LimitationEventRow))}
            rows = []
            t, result = timed(lambda: ws.compute_pay_run(quarter, save=False), runs)
            rows.append((f"payrun {quarter} (save=False)", t, f"{len(result.staff)} staff"))
            t, inputs = timed(lambda: computing.load_inputs(ws.engine, ws.branch_id, quarter), runs)
            rows.append(("  load inputs", t, f"{len(inputs.loans)} loans"))
            t, _ = timed(lambda: compute_pay_run(inputs), runs)
            rows.append(("  compute (rules)", t, ""))
            t, report = timed(lambda: ws.limitation(as_of), runs)
            rows.append((f"limitation {as_of}", t, f"{len(report.loans)} loans listed"))
            t, loaded = timed(lambda: limitation_load(ws, as_of), runs)
            rows.append(("  load", t, f"{len(loaded[2])} candidates"))
            t, n = timed(lambda: limitation_compute(loaded, as_of), runs)
            rows.append(("  compute (replay)", t, f"{n} listed"))
    finally:
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)

    print(f"branch: {source}")
    print("        " + ", ".join(f"{v:,} {k}" for k, v in counts.items()))
    from machine import load_line  # benchmarks/ is the script's folder
    print(load_line())
    print(f"{'operation':<32}{'median':>10}{'min':>10}{'max':>10}   runs={runs}")
    for name, times, note in rows:
        print(f"{name:<32}{statistics.median(times) * 1000:>8.1f}ms{min(times) * 1000:>8.1f}ms"
              f"{max(times) * 1000:>8.1f}ms   {note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

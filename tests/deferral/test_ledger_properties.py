"""The same invariants through the database (hypothesis, a few examples: each approves several
quarters): after any sequence of approved quarters with random pay, clawbacks and gaps, the
stored deferral ledger agrees with the approved runs to the fen, and no part is overdrawn."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ruralperf.domain.money import ZERO
from ruralperf.domain.periods import Quarter
from ruralperf.io.reader import RawSheet
from tests import pg_databases as pg
from tests.deferral.scenario import scenario_sheets
from tests.rules.strategies import money

QUARTERS = [Quarter(2024, 1).shift(i) for i in range(10)]
PLAN = st.lists(st.tuples(st.booleans(), money("-2000", "20000"),
                          st.lists(money("0.01", "9000"), max_size=2)),
                min_size=len(QUARTERS), max_size=len(QUARTERS))


def _sheets(plan) -> list[RawSheet]:
    adjustments = [(1, ("staff_no", "quarter", "amount", "reason"))]
    clawbacks = [(1, ("staff_no", "date", "amount", "reason"))]
    targets = [(1, ("staff_no", "quarter", "interest", "deposit", "npl", "intermediate",
                    "quality"))]
    for q, (_approve, pay, amounts) in zip(QUARTERS, plan):
        targets.append((len(targets) + 1, ("E001", str(q), Decimal(0), Decimal(0), Decimal(0),
                                           0, 100)))
        if pay:
            adjustments.append((len(adjustments) + 1, ("E001", str(q), pay, "本季绩效")))
        for i, amount in enumerate(amounts):
            clawbacks.append((len(clawbacks) + 1, ("E001", date(q.year, 3 * q.q - 1, 1 + i),
                                                   amount, "追索")))
    base = [s for s in scenario_sheets(last=QUARTERS[-1].months[2])
            if s.title in ("parameters", "staff", "deposits")]
    return base + [RawSheet("targets", targets), RawSheet("adjustments", adjustments),
                   RawSheet("clawbacks", clawbacks)]


@settings(max_examples=4, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(PLAN)
def test_the_stored_ledger_always_reconciles(tmp_path_factory, _template_db, plan):
    from ruralperf.workspace import Workspace

    path = pg.clone(_template_db, tmp_path_factory.mktemp("ledger"), "ledger.db")
    with Workspace.open(path) as ws:
        report = ws.import_sheets(_sheets(plan))
        assert report.ok, [p.message() for p in report.errors]
        approved = []
        for q, (approve, _pay, _amounts) in zip(QUARTERS, plan):
            if approve:
                ws.compute_pay_run(q)
                ws.approve_pay_run(q, reason="一名管理员")
                approved.append(ws.stored_pay_run(q).result.for_staff("E001"))
        ledgers = ws.deferral_ledger()
        if not approved or not any(x.deferred for x in approved):
            assert all(x.reconciles for x in ledgers)
            return
        (ledger,) = ledgers
        assert ledger.reconciles
        assert sum((x.deferred for x in approved), ZERO) == (
            sum((x.released for x in approved), ZERO)
            + sum((x.clawback_from_deferral for x in approved), ZERO) + ledger.balance)
        assert all(ZERO <= p.remaining <= p.amount for p in ledger.parts)

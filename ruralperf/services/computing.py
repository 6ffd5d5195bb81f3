"""Computing and storing a quarter's pay run (DOMAIN.md 4-7.4) for one branch."""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.engine import Engine

from ruralperf.services import confirming, payruns
from ruralperf.db import models as m
from ruralperf.db import deferrals, month_facts
from ruralperf.db import repository as repo
from ruralperf.db.engine import read_session, write_session
from ruralperf.domain.entities import ParameterValue
from ruralperf.domain.parameters import ParameterBook
from ruralperf.domain.periods import Quarter
from ruralperf.domain.results import Finding, PayRunResult
from ruralperf.errors import UserError
from ruralperf.services.fingerprint import fingerprint
from ruralperf.security import sealed_runs
from ruralperf.io import stored_run
from ruralperf.rules.engine import PayRunInputs, compute_pay_run
from ruralperf.rules.handover import by_staff
from ruralperf.rules.ledger import LedgerFacts
from ruralperf.rules.limitation import BalanceHistory, loan_limitation
from ruralperf.security.audit import Change, append
from ruralperf.services.collector import paused_collection


@dataclass(frozen=True)
class StoredPayRun:
    """A saved pay run: its identity, workflow state and the result exactly as computed."""

    id: int
    quarter: Quarter
    version: int
    status: str
    computed_at: datetime
    computed_by: str
    result: PayRunResult
    approved_by: str | None = None
    approved_at: datetime | None = None
    approval_reason: str | None = None
    # DOMAIN.md 9.2: the approved version this one replaces (a reopened quarter), if any
    replaced: PayRunResult | None = None
    replaced_version: int | None = None
    submitted_by: str | None = None
    inputs_fingerprint: str | None = None  # of the inputs it was computed from

    @property
    def label(self) -> str:
        """The run's identifier as printed on statements, e.g. "2025Q3-v1"."""
        return f"{self.quarter}-v{self.version}"


class _Discard(Exception):
    """Leaves a write session without committing (a simulation writes nothing)."""


@paused_collection()  # issue 22: the objects built are kept
def load_inputs(engine: Engine, branch_id: int, quarter: Quarter,
                overrides: dict[str, str] | None = None, persist: bool = True) -> PayRunInputs:
    """Everything the quarter reads, in a few set queries and one snapshot of the database. The
    month-end ledgers and interest income come as per-staff month facts (db.month_facts),
    rebuilt first when a change since the last import made one of the months stale; only the
    loans the rules look at one by one are loaded as entities: those disbursed in the quarter
    (marketing credits) and those with a limitation event in it (restorations)."""
    inputs = None
    with read_session(engine) as s:
        if not month_facts.quarter_stale(s, branch_id, quarter):
            inputs, replay = _gather(s, branch_id, quarter, overrides)
    if inputs is None:
        # `overrides`: draft parameter values in force on the quarter's end (a what-if); with
        # `persist` False the rebuilt month facts are rolled back, so nothing is written.
        try:
            with write_session(engine) as s:
                month_facts.refresh_quarter(s, branch_id, quarter)
                inputs, replay = _gather(s, branch_id, quarter, overrides)
                if not persist:
                    raise _Discard()
        except _Discard:
            pass
    if inputs is None:  # cannot happen: the session that discards has gathered them first
        raise RuntimeError("load_inputs: the pay run's inputs were not gathered")
    _restorations(inputs, *replay)
    return inputs


def _gather(s, b: int, quarter: Quarter, overrides: dict[str, str] | None = None
            ) -> tuple[PayRunInputs, tuple]:
    values = repo.parameter_values(s, b)
    if overrides:
        values += [ParameterValue(k, v, quarter.end_date) for k, v in overrides.items()]
    book = ParameterBook(values)
    scheme = book.at(quarter.end_date).traced()  # what loading reads joins the run's record
    calendar = repo.work_calendar(s)
    months, moved = month_facts.for_quarter(s, b, quarter, scheme["handover.follows_loans"])
    ledger = LedgerFacts.of(months, quarter, scheme["maintenance.max_arrears_months"])
    ledger.handovers = by_staff(moved)
    lt = m.LoanRow.__table__
    new_loans = repo.loans_where(s, b, lt.c.disbursed_on >= quarter.start,
                                 lt.c.disbursed_on <= quarter.end_date)
    # Restorations happen on restoring events in the quarter: replay those loans only.
    restoring = repo.contracts_with_events(s, b, quarter.start, quarter.end_date)
    events = repo.limitation_events(s, b, until=quarter.end_date, contracts=restoring)
    replayed = repo.loans(s, b, restoring)
    managers = repo.manager_histories(s, b, replayed)
    balances = repo.balance_histories(s, b, restoring, quarter.months[2])
    inputs = PayRunInputs(
        quarter=quarter, scheme=scheme, staff=repo.staff(s, b), loans=new_loans,
        managers={}, credits=repo.credits_for(s, b, set(new_loans)), snapshots={},
        interest=[], deposits=repo.deposits_for(s, b, [*quarter.previous.months,
                                                      *quarter.months]),
        items=repo.items_between(s, b, quarter.start, quarter.end_date),
        recoveries=repo.recoveries_between(s, b, quarter.start, quarter.end_date),
        targets=repo.targets_for(s, b, quarter), adjustments=repo.adjustments_for(s, b, quarter),
        carried_in=repo.carried_in(s, b, quarter), restorations=[], ledger=ledger,
        deferred_parts=deferrals.open_parts(s, b, quarter),
        clawbacks=deferrals.clawbacks_in(s, b, quarter),
        run_warnings=deferrals.window_warnings(s, b, quarter, book,
                                               scheme["deferral.instalments"],
                                               payruns.approved_quarters(s, b)))
    return inputs, (restoring, replayed, events, managers, balances, calendar)


def _restorations(inputs: PayRunInputs, restoring, replayed, events, managers, balances,
                  calendar) -> None:
    quarter, scheme = inputs.quarter, inputs.scheme
    empty = BalanceHistory()
    for c in sorted(restoring):
        if c not in replayed:
            continue
        state = loan_limitation(replayed[c], events[c], managers[c], balances.get(c, empty),
                                scheme, calendar, quarter.end_date)
        inputs.restorations += [r for r in state.restorations if quarter.contains(r.date)]
    # Only a missing year up to the quarter's end can change a lapse, and so the pay; later
    # expiry dates are the limitation list's business (which warns about them).
    inputs.run_warnings += [Finding("calendar_missing", str(y))
                            for y in sorted(calendar.uncovered_seen) if y <= quarter.end_date.year]
    if scheme["floating.base_monthly"] == 0:
        inputs.run_warnings.append(Finding("floating_not_configured"))


def compute(engine: Engine, branch_id: int, quarter: Quarter) -> PayRunResult:
    return compute_with_fingerprint(engine, branch_id, quarter)[0]


def compute_with_fingerprint(engine: Engine, branch_id: int, quarter: Quarter
                             ) -> tuple[PayRunResult, str]:
    """The quarter's result, with the pending entries it read as blocking errors, and the
    fingerprint of its inputs (ruralperf.services.fingerprint)."""
    with read_session(engine) as s:
        if quarter in payruns.approved_quarters(s, branch_id):
            raise UserError("quarter_locked", quarter=quarter)
    inputs = load_inputs(engine, branch_id, quarter)
    print_ = fingerprint(inputs)
    with read_session(engine) as s:
        pending = confirming.affecting(s, branch_id, quarter)
    return _with_pending(compute_pay_run(inputs), pending), print_


def _with_pending(result: PayRunResult, pending) -> PayRunResult:
    if not pending:
        return result
    errors = tuple(Finding("pending_entry", e.key, (("table", e.table),)) for e in pending)
    return replace(result, errors=result.errors + errors)


def current_fingerprint(s, branch_id: int, quarter: Quarter) -> str:
    """The fingerprint of the quarter's inputs as they are now, inside the caller's write
    transaction (so nothing can change between this check and the caller's write)."""
    month_facts.refresh_quarter(s, branch_id, quarter)
    inputs, replay = _gather(s, branch_id, quarter)
    _restorations(inputs, *replay)
    return fingerprint(inputs)


@paused_collection()  # issue 22: the objects built are kept
def compute_in(s, branch_id: int, quarter: Quarter) -> tuple[PayRunResult, str]:
    """`compute_with_fingerprint` inside the caller's write transaction (reopen: the old
    version is superseded and the new one stored in one transaction)."""
    month_facts.refresh_quarter(s, branch_id, quarter)
    inputs, replay = _gather(s, branch_id, quarter)
    _restorations(inputs, *replay)
    print_ = fingerprint(inputs)
    return _with_pending(compute_pay_run(inputs), confirming.affecting(s, branch_id, quarter)), \
        print_


def save_draft(engine: Engine, branch_id: int, result: PayRunResult, user: str,
               inputs_fingerprint: str | None = None) -> int:
    """Replace the quarter's unapproved run with this one, as a new version."""
    with write_session(engine) as s:
        return store_draft(s, branch_id, result, user, inputs_fingerprint)


def store_draft(s, branch_id: int, result: PayRunResult, user: str,
                inputs_fingerprint: str | None = None) -> int:
    """`save_draft` inside the caller's write transaction."""
    text = stored_run.dumps(result)
    if result.quarter in payruns.approved_quarters(s, branch_id):
        raise UserError("quarter_locked", quarter=result.quarter)
    payruns.delete_unapproved(s, branch_id, result.quarter)
    version = payruns.next_version(s, branch_id, result.quarter)
    run = m.PayRunRow(branch_id=branch_id, quarter=result.quarter, version=version,
                      status=payruns.DRAFT, computed_at=datetime.now().replace(microsecond=0),
                      computed_by=user, result_json=text,
                      content_hash=payruns.content_hash(text),
                      inputs_fingerprint=inputs_fingerprint)
    s.add(run)
    s.flush()
    s.add_all(m.PayRunStaffRow(pay_run_id=run.id, staff_no=x.staff_no, gross=x.gross,
                               net=x.net, carry_to_next=x.carry_to_next)
              for x in result.staff)
    append(s, branch_id, user, "payrun",
           [Change("compute", "pay_runs", f"{result.quarter}-v{version}",
                   new={"content_hash": run.content_hash,
                        "net_total": str(result.total("net"))})])
    return run.id


def _newest(s, branch_id: int, quarter: Quarter, version: int | None = None
            ) -> m.PayRunRow | None:
    """The quarter's newest saved run (or the given version), checked against its seal (an
    approved run is read only as it was approved)."""
    query = select(m.PayRunRow).where(m.PayRunRow.branch_id == branch_id,
                                      m.PayRunRow.quarter == quarter)
    if version is not None:
        query = query.where(m.PayRunRow.version == version)
    row = s.scalar(query.order_by(m.PayRunRow.version.desc()).limit(1))
    if row is not None:
        sealed_runs.check(s, row)
    return row


def stored_summary(engine: Engine, branch_id: int, quarter: Quarter
                   ) -> stored_run.RunSummary | None:
    """The quarter's newest saved run as the home page shows it (stored_run.summary)."""
    with read_session(engine) as s:
        row = _newest(s, branch_id, quarter)
        return stored_run.summary(row.result_json) if row is not None else None


def stored(engine: Engine, branch_id: int, quarter: Quarter, version: int | None = None
           ) -> StoredPayRun | None:
    with read_session(engine) as s:
        row = _newest(s, branch_id, quarter, version)
        if row is None:
            return None
        old = s.scalar(select(m.PayRunRow).where(
            m.PayRunRow.branch_id == branch_id, m.PayRunRow.quarter == quarter,
            m.PayRunRow.version < row.version, m.PayRunRow.status == payruns.SUPERSEDED)
            .order_by(m.PayRunRow.version.desc()).limit(1))
        return _stored_run(row, old)


def _stored_run(row: m.PayRunRow, old: m.PayRunRow | None = None) -> StoredPayRun:
    """A stored run; `old`, the version it replaces (DOMAIN.md 9.2), when asked for."""
    return StoredPayRun(row.id, row.quarter, row.version, row.status, row.computed_at,
                        row.computed_by, stored_run.loads(row.result_json),
                        row.approved_by, row.approved_at, row.approval_reason,
                        stored_run.loads(old.result_json) if old else None,
                        old.version if old else None, row.submitted_by,
                        row.inputs_fingerprint)


def inputs_changed(engine: Engine, branch_id: int, run: StoredPayRun) -> bool:
    """True when the data the run read changed since it was computed (its fingerprint differs
    from the quarter's inputs now, or it has none): its numbers and findings are out of date,
    and submitting or approving it would be refused. Writes nothing."""
    if run.inputs_fingerprint is None:
        return True
    inputs = load_inputs(engine, branch_id, run.quarter, persist=False)
    return fingerprint(inputs) != run.inputs_fingerprint


def all_runs(engine: Engine, branch_id: int) -> list[StoredPayRun]:
    """Every saved run of the branch, every quarter and version (newest quarter first)."""
    with read_session(engine) as s:
        rows = s.scalars(select(m.PayRunRow).where(m.PayRunRow.branch_id == branch_id)
                         .order_by(m.PayRunRow.quarter.desc(), m.PayRunRow.version.desc()))
        return [_stored_run(row) for row in rows]


def versions(engine: Engine, branch_id: int, quarter: Quarter) -> list[tuple[int, str]]:
    with read_session(engine) as s:
        return [(r.version, r.status) for r in s.execute(
            select(m.PayRunRow.version, m.PayRunRow.status)
            .where(m.PayRunRow.branch_id == branch_id, m.PayRunRow.quarter == quarter)
            .order_by(m.PayRunRow.version))]


def approved_runs(engine: Engine, branch_id: int) -> list[PayRunResult]:
    """Per quarter, its latest approved version, in quarter order: a reopened quarter's old
    version (superseded) counts until its new version is approved, as its deferred parts do
    (db.deferrals). The deferral ledger's counterpart (ruralperf.services.deferral_view)."""
    with read_session(engine) as s:
        rows = s.execute(select(m.PayRunRow.quarter, m.PayRunRow.result_json).where(
            m.PayRunRow.branch_id == branch_id,
            m.PayRunRow.status.in_((payruns.APPROVED, payruns.SUPERSEDED)))
            .order_by(m.PayRunRow.quarter, m.PayRunRow.version)).all()
    latest = {quarter: text for quarter, text in rows}  # the last version of each quarter wins
    return [stored_run.loads(text) for _, text in sorted(latest.items())]

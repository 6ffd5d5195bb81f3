"""The statute-of-limitations list of a branch on a date (DOMAIN.md 7, CLI.md `limitation`).

Set-based: the loans due before the date come from one filtered query, their events and managers
from one query each, and of their month-end ledgers only the balances the replay can ask for
(`repo.replay_balances`), so a county's millions of ledger rows are never loaded."""
from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.engine import Engine

from ruralperf.db import models as m
from ruralperf.db import ledger_loads
from ruralperf.db import limitation_loads as fast_loads
from ruralperf.db import repository as repo
from ruralperf.db.engine import read_session
from ruralperf.domain.parameters import ParameterBook
from ruralperf.domain.results import Finding, LimitationReport, LoanLimitation
from ruralperf.domain.calendar import WorkCalendar
from ruralperf.services.collector import paused_collection
from ruralperf.rules.limitation import BalanceHistory, listed as listed_on, loan_limitation, \
    may_be_listed
from ruralperf.rules.limitation_quiet import QuietLoans


def limitation_report(engine: Engine, branch_id: int, as_of: date,
                      contracts: set[str] | None = None,
                      calendar: WorkCalendar | None = None, progress=None,
                      every: bool = False, early=None) -> LimitationReport:
    """Every loan due before `as_of` (or only `contracts`), with its status on that day; under
    the stored holiday calendar, or `calendar` (to see what a calendar change would move).
    `progress(done, total, step)` hears how many of the listed loans are done. `every` keeps
    the `contracts` not yet due too (the loans list shows their guarantees). `early(report)`
    hears first the rows to be signed (须签收: a loan or guarantee in warning) of the loans
    without events, known before the others' ledgers are read and replayed (issue 17: the
    limitation page shows them at once); its report has no calendar warnings."""
    with paused_collection():  # tens of thousands of rows kept: no collector passes
        return _report(engine, branch_id, as_of, contracts, calendar, progress, every, early)


def to_be_signed(row: LoanLimitation) -> bool:
    """The limitation page's 须签收 tab: the loan or one of its guarantees in warning."""
    return row.status == "warning" or any(g.status == "warning" for g in row.guarantees)


def _report(engine: Engine, branch_id: int, as_of: date, contracts: set[str] | None,
            calendar: WorkCalendar | None, progress, every: bool, early) -> LimitationReport:
    step = progress or (lambda *_: None)
    b = branch_id
    with read_session(engine) as s:
        scheme = ParameterBook(repo.parameter_values(s, b)).at(as_of)
        calendar = calendar if calendar is not None else repo.work_calendar(s)
        fast = contracts is None and fast_loads.is_sqlite(s)
        values = fast_loads._Values()
        events = fast_loads.events_until(s, b, as_of, values) if fast else \
            repo.limitation_events(s, b, until=as_of, contracts=contracts)
        guarantees = fast_loads.due_guarantees(s, b, as_of) if fast else \
            repo.guarantees(s, b, contracts, due_before=as_of if contracts is None else None)
        if contracts is not None:
            loans = repo.loans(s, b, contracts)
        else:
            # Due: the contractual maturity, or an extension's new maturity, before as_of (a
            # guaranteed loan's recorded maturity is among the first).
            loans = fast_loads.due_loans(s, b, as_of, values) if fast else \
                repo.loans_where(s, b, m.LoanRow.maturity_on < as_of)
            extended = {c for c, evs in events.items() if c not in loans and any(
                ev.kind == "extension" and ev.new_maturity and ev.new_maturity < as_of
                for ev in evs)}
            loans.update(repo.loans(s, b, extended))
        listed = {c: loan for c, loan in loans.items()
                  if every or may_be_listed(loan, events.get(c, []), as_of)}
        ev = m.LimitationEventRow
        pending_events = set(s.scalars(select(ev.contract_no).where(
            ev.branch_id == b, m.is_pending(ev), ev.date <= as_of)))
        quiet = QuietLoans(scheme, calendar.fresh(), as_of)  # no event up to as_of (issue 17)
        done: dict[str, tuple] = {}  # contract -> (row, uncovered years) computed first
        if fast:
            managers = fast_loads.manager_histories(s, b, listed, values)
            # Loans without events: the three balances they need, read in SQL, and their rows
            # at once; then the others' histories, for the replay.
            replayed = {c: loan for c, loan in listed.items() if events.get(c)}
            known = fast_loads.quiet_balances(
                s, b, as_of, {loan.maturity_on: quiet.expiry(loan.maturity_on)
                              for c, loan in listed.items() if c not in replayed}, values)
            seen, nothing = quiet.calendar.uncovered_seen, (None, False, None)
            for c, loan in listed.items():
                if c not in replayed:
                    seen.clear()
                    then, since, now = known.get(c, nothing)
                    done[c] = (quiet.status_of(loan, managers[c], then, since, now,
                                               guarantees.get(c, ())), frozenset(seen))
            if early is not None:
                first = sorted((row for c, (row, _y) in done.items()
                                if to_be_signed(row) and (every or listed_on(row, loans[c],
                                                                             as_of))),
                               key=lambda r: r.contract_no)
                early(LimitationReport(as_of, tuple(first), (), frozenset(
                    r.contract_no for r in first if r.contract_no in pending_events)))
            balances = fast_loads.replay_balances(s, b, replayed, events, as_of, scheme, values)
        else:
            managers = repo.manager_histories(s, b, listed)
            balances = ledger_loads.replay_balances(s, b, listed, events, as_of, scheme)
    empty = BalanceHistory()
    # Listed: maturity after the extensions that took effect (not those after a lapse or a
    # lawsuit, DOMAIN.md 7.2) before as_of, or a guarantee period that has started (CLI.md).
    # Calendar warnings come from listed rows only.
    rows, uncovered = [], set()
    total = len(listed)
    step(0, total, "limitation")
    cal = quiet.calendar  # one calendar, its record of uncovered years emptied per loan
    seen = cal.uncovered_seen
    for count, (c, loan) in enumerate(sorted(listed.items()), 1):
        if count % 500 == 0:
            step(count, total, "limitation")
        first_done = done.get(c)
        if first_done is not None:
            row, years = first_done
        else:
            seen.clear()
            own = events.get(c)
            if own:
                row = loan_limitation(loan, own, managers[c], balances.get(c, empty), scheme,
                                      cal, as_of, guarantees.get(c, ()))
            else:
                row = quiet.status(loan, managers[c], balances.get(c, empty),
                                   guarantees.get(c, ()))
            years = seen
        if every or listed_on(row, loan, as_of):
            rows.append(row)
            uncovered |= years
    step(total, total, "limitation")
    warnings = tuple(Finding("calendar_missing", str(y)) for y in sorted(uncovered))
    listed_now = {r.contract_no for r in rows}
    pending = frozenset(c for c in pending_events if c in listed_now)
    return LimitationReport(as_of, tuple(rows), warnings, pending)

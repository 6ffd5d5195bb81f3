"""The statute-of-limitations list of a branch on a date (DOMAIN.md 7, CLI.md `limitation`)."""
from __future__ import annotations

from datetime import date

from sqlalchemy.engine import Engine

from ruralperf.db import repository as repo
from ruralperf.db.engine import read_session
from ruralperf.domain.parameters import ParameterBook
from ruralperf.domain.periods import Month
from ruralperf.domain.results import Finding, LimitationReport
from ruralperf.rules.limitation import BalanceHistory, loan_limitation, may_be_listed


def limitation_report(engine: Engine, branch_id: int, as_of: date,
                      contracts: set[str] | None = None) -> LimitationReport:
    """Every loan due before `as_of` (or only `contracts`), with its status on that day."""
    with read_session(engine) as s:
        scheme = ParameterBook(repo.parameter_values(s, branch_id)).at(as_of)
        calendar = repo.work_calendar(s)
        loans = repo.loans(s, branch_id, contracts)
        events = repo.limitation_events(s, branch_id, until=as_of)
        listed = {c: loan for c, loan in loans.items()
                  if may_be_listed(loan, events.get(c, []), as_of)}
        managers = repo.manager_histories(s, branch_id, listed)
        balances = repo.balance_histories(s, branch_id, set(listed), Month.of(as_of))
    empty = BalanceHistory()
    # Listed: maturity after the extensions that took effect (not those after a lapse or a
    # lawsuit, DOMAIN.md 7.2) before as_of (CLI.md). Calendar warnings come from listed rows only.
    rows, uncovered = [], set()
    for c, loan in sorted(listed.items()):
        cal = calendar.fresh()
        row = loan_limitation(loan, events.get(c, []), managers[c], balances.get(c, empty),
                              scheme, cal, as_of)
        if row.maturity < as_of:
            rows.append(row)
            uncovered |= cal.uncovered_seen
    warnings = tuple(Finding("calendar_missing", str(y)) for y in sorted(uncovered))
    return LimitationReport(as_of, tuple(rows), warnings)

"""The one facade the command line and the desktop UI call: open a database, import, compute,
list the limitation status. Everything returns domain values; nothing here imports Qt."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Callable

from sqlalchemy import delete, select

from ruralperf.calendar_seed import builtin_days
from ruralperf.db import models as m
from ruralperf.db import repository as repo
from ruralperf.db.engine import make_engine, read_session, upgrade, write_session
from ruralperf.domain.parameters import ParameterBook, Scheme
from ruralperf.domain.periods import Month, Quarter
from ruralperf.domain.results import Finding, LimitationReport, PayRunResult
from ruralperf.io.apply import SheetCount, apply_import
from ruralperf.io.jsonout import payrun_json
from ruralperf.io.parse import Parsed, Problem, parse_workbook
from ruralperf.io.reader import RawSheet, WorkbookUnreadable, read_workbook
from ruralperf.io.references import Known, check_references
from ruralperf.rules.engine import PayRunInputs, compute_pay_run
from ruralperf.rules.limitation import BalanceHistory, is_listed, loan_limitation

DEFAULT_BRANCH = ("0001", "本网点")
Progress = Callable[[int, int, str], None]


class _DryRun(Exception):
    pass


@dataclass
class ImportReport:
    """What an import did (or, for a dry run, would do)."""

    source: str
    dry_run: bool
    counts: dict[str, SheetCount] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if not p.warning]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.warning]

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def changed(self) -> bool:
        return any(c.inserted or c.updated for c in self.counts.values())


@dataclass(frozen=True)
class StoredPayRun:
    """A saved pay run: its identity and the result exactly as computed."""

    id: int
    quarter: str
    version: int
    status: str
    computed_at: datetime
    computed_by: str
    result: PayRunResult

    @property
    def label(self) -> str:
        """The run's identifier as printed on statements, e.g. "2025Q3-v1"."""
        return f"{self.quarter}-v{self.version}"


class Workspace:
    """An open branch database."""

    def __init__(self, db: str, branch_code: str | None = None):
        self.db = db
        self.engine = make_engine(db)
        upgrade(self.engine)
        self.branch_id = self._ensure_seeded(branch_code)

    @classmethod
    def open(cls, db: str | Path, branch_code: str | None = None) -> "Workspace":
        return cls(str(db), branch_code)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> "Workspace":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- set-up ------------------------------------------------------------------------------
    def _ensure_seeded(self, branch_code: str | None) -> int:
        with read_session(self.engine) as s:
            branch = s.scalar(select(m.Branch).where(m.Branch.code == branch_code)) \
                if branch_code else s.scalar(select(m.Branch).order_by(m.Branch.id).limit(1))
            has_calendar = s.scalar(select(m.CalendarYearRow.year).limit(1)) is not None
        if branch is not None and has_calendar:
            return branch.id
        with write_session(self.engine) as s:
            if not has_calendar:
                days, years = builtin_days()
                s.add_all(m.HolidayRow(day=d, is_workday=w, name=n) for d, w, n in days)
                s.add_all(m.CalendarYearRow(year=y) for y in years)
            if branch is None:
                code, name = (branch_code or DEFAULT_BRANCH[0]), DEFAULT_BRANCH[1]
                branch = m.Branch(code=code, name=name)
                s.add(branch)
                s.flush()
            return branch.id

    # -- services for the desktop UI (ruralperf/services) --------------------------------------
    @property
    def browse(self):
        """Paged, sorted, filtered listing of every table (ruralperf.services.browse)."""
        from ruralperf.services.browse import Browse

        if not hasattr(self, "_browse"):
            self._browse = Browse(self)
        return self._browse

    @property
    def records(self):
        """Entering, editing and deleting records (ruralperf.services.records)."""
        from ruralperf.services.records import Records

        if not hasattr(self, "_records"):
            self._records = Records(self)
        return self._records

    @property
    def overview(self):
        """The home page's facts for a quarter (ruralperf.services.overview)."""
        from ruralperf.services.overview import Overview

        if not hasattr(self, "_overview"):
            self._overview = Overview(self)
        return self._overview

    @property
    def branch(self) -> tuple[str, str]:
        with read_session(self.engine) as s:
            b = s.get(m.Branch, self.branch_id)
            return b.code, b.name

    # -- parameters --------------------------------------------------------------------------
    def parameter_book(self) -> ParameterBook:
        with read_session(self.engine) as s:
            return ParameterBook(repo.parameter_values(s, self.branch_id))

    def scheme_on(self, on: date) -> Scheme:
        return self.parameter_book().at(on)

    # -- import ------------------------------------------------------------------------------
    def import_workbook(self, path: str | Path, dry_run: bool = False,
                        progress: Progress | None = None) -> ImportReport:
        report = ImportReport(str(path), dry_run)
        try:
            raw = read_workbook(path)
        except WorkbookUnreadable as exc:
            report.problems.append(Problem(Path(path).name, None, None, exc.code,
                                           tuple((k, str(v)) for k, v in exc.params.items())))
            return report
        return self.import_sheets(raw, dry_run=dry_run, report=report, progress=progress)

    def import_sheets(self, raw: list[RawSheet], dry_run: bool = False,
                      report: ImportReport | None = None,
                      progress: Progress | None = None) -> ImportReport:
        """Validate every row, then upsert all of it in one transaction, or change nothing."""
        report = report or ImportReport("<sheets>", dry_run)
        if progress:
            progress(1, 4, "parse")
        parsed = parse_workbook(raw)
        report.problems = parsed.problems
        if parsed.errors:
            return report
        if progress:
            progress(2, 4, "check")
        try:
            with write_session(self.engine) as s:
                known = self._known(s, parsed)
                book = ParameterBook(repo.parameter_values(s, self.branch_id))
                check_references(parsed, known, book.at(date.today()))
                report.problems = parsed.problems
                if parsed.errors:
                    raise _DryRun()
                if progress:
                    progress(3, 4, "write")
                report.counts = apply_import(s, parsed, self.branch_id)
                self._fill_initials(s, parsed)
                if dry_run:
                    raise _DryRun()
        except _DryRun:
            pass
        if progress:
            progress(4, 4, "done")
        return report

    def _fill_initials(self, s, parsed: Parsed) -> None:
        """Pinyin initials of the staff and household names just imported (for search)."""
        from sqlalchemy import bindparam, update

        from ruralperf.domain.search import initials

        for key, model, col in (("staff", m.StaffRow, "staff_no"),
                                ("households", m.HouseholdRow, "household_no")):
            sheet = parsed.sheets.get(key)
            if sheet is None or not sheet.rows:
                continue
            table = model.__table__
            stmt = update(table).where(table.c.branch_id == self.branch_id,
                                       table.c[col] == bindparam("k")).values(
                initials=bindparam("v"))
            s.connection().execute(stmt, [{"k": r.values[col], "v": initials(r.values["name"])}
                                          for r in sheet.rows])

    def _known(self, s, parsed: Parsed) -> Known:
        b = self.branch_id
        known = Known(staff=set(s.scalars(select(m.StaffRow.staff_no)
                                          .where(m.StaffRow.branch_id == b))))
        if "loans" in parsed.sheets:
            known.households = set(s.scalars(select(m.HouseholdRow.household_no)
                                             .where(m.HouseholdRow.branch_id == b)))
        known.loans = {r.contract_no: r.customer_type for r in s.execute(
            select(m.LoanRow.contract_no, m.LoanRow.customer_type).where(m.LoanRow.branch_id == b))}
        if "loans" in parsed.sheets or "credits" in parsed.sheets:
            for r in s.execute(select(m.CreditRow.contract_no, m.CreditRow.staff_no,
                                      m.CreditRow.share).where(m.CreditRow.branch_id == b)):
                known.credits.setdefault(r.contract_no, {})[r.staff_no] = r.share
        return known

    # -- limitation --------------------------------------------------------------------------
    def limitation(self, as_of: date) -> LimitationReport:
        with read_session(self.engine) as s:
            scheme = ParameterBook(repo.parameter_values(s, self.branch_id)).at(as_of)
            calendar = repo.work_calendar(s)
            loans = repo.loans(s, self.branch_id)
            events = repo.limitation_events(s, self.branch_id, until=as_of)
            listed = {c: l for c, l in loans.items() if is_listed(l, events.get(c, []), as_of)}
            managers = repo.manager_histories(s, self.branch_id, listed)
            balances = repo.balance_histories(s, self.branch_id, set(listed), Month.of(as_of))
        empty = BalanceHistory()
        rows = tuple(loan_limitation(loan, events.get(c, []), managers[c],
                                     balances.get(c, empty), scheme, calendar, as_of)
                     for c, loan in sorted(listed.items()))
        warnings = tuple(Finding("calendar_missing", str(y))
                         for y in sorted(calendar.uncovered_seen))
        return LimitationReport(as_of, rows, warnings)

    # -- pay run -----------------------------------------------------------------------------
    def pay_run_inputs(self, quarter: Quarter) -> PayRunInputs:
        b = self.branch_id
        with read_session(self.engine) as s:
            scheme = ParameterBook(repo.parameter_values(s, b)).at(quarter.end_date)
            calendar = repo.work_calendar(s)
            loans = repo.loans(s, b)
            managers = repo.manager_histories(s, b, loans)
            events = repo.limitation_events(s, b, until=quarter.end_date)
            # Restorations happen on restoring events in the quarter: replay those loans only.
            restoring = {c for c, evs in events.items()
                         if any(quarter.contains(ev.date) for ev in evs)}
            balances = repo.balance_histories(s, b, restoring, quarter.months[2])
            new_loans = {c for c, l in loans.items() if quarter.contains(l.disbursed_on)}
            inputs = PayRunInputs(
                quarter=quarter, scheme=scheme, staff=repo.staff(s, b), loans=loans,
                managers=managers, credits=repo.credits_for(s, b, new_loans),
                snapshots=repo.snapshots_for_months(s, b, [quarter.base_month, quarter.months[2]]),
                interest=repo.interest_for(s, b, list(quarter.months)),
                deposits=repo.deposits_for(s, b, [*quarter.previous.months, *quarter.months]),
                items=repo.items_between(s, b, quarter.start, quarter.end_date),
                recoveries=repo.recoveries_between(s, b, quarter.start, quarter.end_date),
                targets=repo.targets_for(s, b, quarter),
                adjustments=repo.adjustments_for(s, b, quarter),
                carried_in=repo.carried_in(s, b, quarter), restorations=[])
        empty = BalanceHistory()
        for c in sorted(restoring):
            state = loan_limitation(loans[c], events[c], managers[c], balances.get(c, empty),
                                    scheme, calendar, quarter.end_date)
            inputs.restorations += [r for r in state.restorations if quarter.contains(r.date)]
        inputs.run_warnings += [Finding("calendar_missing", str(y))
                                for y in sorted(calendar.uncovered_seen)]
        if scheme["floating.base_monthly"] == 0:
            inputs.run_warnings.append(Finding("floating_not_configured"))
        return inputs

    def compute_pay_run(self, quarter: Quarter | str, save: bool = True,
                        user: str = "admin") -> PayRunResult:
        quarter = Quarter.parse(quarter) if isinstance(quarter, str) else quarter
        result = compute_pay_run(self.pay_run_inputs(quarter))
        if save:
            self._save_draft(result, user)
        return result

    def _save_draft(self, result: PayRunResult, user: str) -> None:
        """Replace the quarter's draft with this run (approved versions are kept)."""
        with write_session(self.engine) as s:
            b = self.branch_id
            s.execute(delete(m.PayRunRow).where(m.PayRunRow.branch_id == b,
                                                m.PayRunRow.quarter == result.quarter,
                                                m.PayRunRow.status == "draft"))
            version = (s.scalar(select(m.PayRunRow.version)
                                .where(m.PayRunRow.branch_id == b,
                                       m.PayRunRow.quarter == result.quarter)
                                .order_by(m.PayRunRow.version.desc()).limit(1)) or 0) + 1
            run = m.PayRunRow(branch_id=b, quarter=result.quarter, version=version,
                              status="draft", computed_at=datetime.now().replace(microsecond=0),
                              computed_by=user,
                              result_json=json.dumps(payrun_json(result), ensure_ascii=False))
            s.add(run)
            s.flush()
            s.add_all(m.PayRunStaffRow(pay_run_id=run.id, staff_no=x.staff_no, gross=x.gross,
                                       net=x.net, carry_to_next=x.carry_to_next)
                      for x in result.staff)

    def stored_pay_run(self, quarter: Quarter | str, version: int | None = None
                       ) -> StoredPayRun | None:
        """The newest saved run of a quarter (or the given version), or None."""
        from ruralperf.io.jsonout import payrun_from_json

        with read_session(self.engine) as s:
            query = select(m.PayRunRow).where(m.PayRunRow.branch_id == self.branch_id,
                                              m.PayRunRow.quarter == str(quarter))
            if version is not None:
                query = query.where(m.PayRunRow.version == version)
            row = s.scalar(query.order_by(m.PayRunRow.version.desc()).limit(1))
            if row is None:
                return None
            return StoredPayRun(row.id, row.quarter, row.version, row.status, row.computed_at,
                                row.computed_by, payrun_from_json(json.loads(row.result_json)))

"""Running an import: read -> parse -> check references and locks -> upsert -> audit, in one
write transaction; any error leaves the database exactly as it was. The month facts of the
months it changed are left stale (the database's triggers mark them): they are rebuilt by the
first pay run that reads them (computing.load_inputs), not for months nothing reads."""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from sqlalchemy import bindparam, select, update

from ruralperf.services import confirming, duties, payruns
from ruralperf.db import models as m
from ruralperf.db import repository as repo
from ruralperf.db.engine import write_session
from ruralperf.domain.parameters import ParameterBook
from ruralperf.domain.search import initials
from ruralperf.holidays import sheet as holiday_sheet
from ruralperf.io.apply import SheetCount, apply_import
from ruralperf.io.parse import STRUCTURAL, Parsed, Problem, parse_workbook
from ruralperf.io.reader import RawSheet, WorkbookUnreadable, read_workbook
from ruralperf.io.contradictions import MONTH_SHEETS, check_contradictions, iso_text
from ruralperf.io.references import Known, check_references
from ruralperf.security import audit

if TYPE_CHECKING:
    from ruralperf.workspace import Workspace

Progress = Callable[[int, int, str], None]


class _Rollback(Exception):
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


def read_for_import(path: str | Path, report: ImportReport) -> list[RawSheet] | None:
    try:
        return read_workbook(path)
    except WorkbookUnreadable as exc:
        report.problems.append(Problem(Path(path).name, None, None, exc.code,
                                       tuple((k, str(v)) for k, v in exc.params.items())))
        return None


def run_import(ws: "Workspace", raw: list[RawSheet], report: ImportReport,
               progress: Progress | None = None, source: str = "import",
               before_commit: Callable[[], object] | None = None) -> ImportReport:
    """Validate every row, then upsert all of it in one transaction, or change nothing."""
    step = progress or (lambda *_: None)
    step(1, 4, "parse")
    parsed = parse_workbook(raw)
    report.problems = parsed.problems
    if not parsed.sheets or any(p.code in STRUCTURAL for p in parsed.errors):
        return report
    # Rows refused for a cell error do not stop the checks across rows and against the
    # database (references, credit splits, contradictions): every error in one pass.
    step(2, 4, "check")
    try:
        with write_session(ws.engine) as s:
            book = ParameterBook(repo.parameter_values(s, ws.branch_id))
            known = known_records(s, ws.branch_id, parsed)
            known.book = book
            check_references(parsed, known, book.at(date.today()))
            check_contradictions(parsed, s, ws.branch_id, known.loan_dates)
            holiday_sheet.check_locks(s, parsed)
            report.problems = parsed.problems + duties.import_problems(
                s, ws.branch_id, ws.user, parsed)
            if any(not p.warning for p in report.problems):
                raise _Rollback()
            step(3, 4, "write")
            pending = confirming.pending_on_write(ws.user)
            before = confirming.max_ids(s, ws.branch_id, parsed.sheets) if pending else {}
            locks = payruns.Locks(s, ws.branch_id)
            # A month's ledger is audited by key ranges (security.audit_bulk), unless its
            # entries are pending: those are confirmed and sent back one by one.
            applied = apply_import(s, parsed, ws.branch_id,
                                   locks.conflict if locks.locked else None, bulk=not pending)
            report.counts = applied.counts
            if applied.locked:
                titles = {k: sh.title for k, sh in parsed.sheets.items()}
                report.problems = report.problems + [
                    Problem(titles[sheet], row, None, "record_locked", (("quarter", str(q)),))
                    for sheet, row, q in applied.locked]
                raise _Rollback()
            fill_initials(s, ws.branch_id, parsed)
            changes = applied.changes
            if pending:
                confirming.mark_written(s, ws.branch_id, parsed, before)
                changes = [replace(c, new={**c.new, **confirming.MARK}) if c.new else c
                           for c in changes]
            audit.append(s, ws.branch_id, ws.username, source, changes)
            if report.dry_run:
                raise _Rollback()
            if applied.changes and before_commit is not None:
                before_commit()  # e.g. a backup of the committed state (WAL keeps it readable)
    except _Rollback:
        pass
    step(4, 4, "done")
    return report


def fill_initials(s, branch_id: int, parsed: Parsed) -> None:
    """Pinyin initials of the staff and household names just imported (for search)."""
    for key, model, col in (("staff", m.StaffRow, "staff_no"),
                            ("households", m.HouseholdRow, "household_no")):
        sheet = parsed.sheets.get(key)
        if sheet is None or not sheet.rows:
            continue
        table = model.__table__
        stmt = update(table).where(table.c.branch_id == branch_id,
                                   table.c[col] == bindparam("k")).values(initials=bindparam("v"))
        s.connection().execute(stmt, [{"k": r.values[col], "v": initials(r.values["name"])}
                                      for r in sheet.rows])


# Sheets whose rows refer to loans only by contract and month.
LEDGER_ONLY = frozenset(MONTH_SHEETS)


def known_records(s, branch_id: int, parsed: Parsed) -> Known:
    """What the database holds that the workbook may refer to (only what it needs)."""
    known = Known(staff=set(s.scalars(select(m.StaffRow.staff_no)
                                      .where(m.StaffRow.branch_id == branch_id))))
    if "loans" in parsed.sheets:
        known.households = set(s.scalars(select(m.HouseholdRow.household_no)
                                         .where(m.HouseholdRow.branch_id == branch_id)))
    lt = m.LoanRow.__table__
    if set(parsed.sheets) <= LEDGER_ONLY:
        # A month's ledger or interest (300,000 rows in a county) is checked against the loans'
        # existence and disbursement dates only (io.references, io.contradictions): their
        # customer types and maturities are not read.
        loans = list(repo.raw_rows(s, select(lt.c.contract_no, lt.c.disbursed_on)
                                   .where(lt.c.branch_id == branch_id)))
        known.loans = dict.fromkeys(map(itemgetter(0), loans))
        known.loan_dates = {c: (d if d.__class__ is str else iso_text(d), "") for c, d in loans}
        return known
    loans = list(repo.raw_rows(s, select(
        lt.c.contract_no, lt.c.customer_type, lt.c.disbursed_on, lt.c.maturity_on)
        .where(lt.c.branch_id == branch_id)))
    # Built in C (a county branch has 300,000 loans): SQLite gives the dates' ISO text itself.
    known.loans = dict(map(itemgetter(0, 1), loans))
    if s.get_bind().dialect.name == "sqlite":
        known.loan_dates = dict(zip(map(itemgetter(0), loans), map(itemgetter(2, 3), loans)))
    else:
        known.loan_dates = {c: (iso_text(d), iso_text(mt)) for c, _, d, mt in loans}
    if "loans" in parsed.sheets or "credits" in parsed.sheets:
        for r in s.execute(select(m.CreditRow.contract_no, m.CreditRow.staff_no,
                                  m.CreditRow.share).where(m.CreditRow.branch_id == branch_id)):
            known.credits.setdefault(r.contract_no, {})[r.staff_no] = r.share
    if "limitation_events" in parsed.sheets:
        known.guarantors = set(repo.raw_rows(s, select(
            m.GuaranteeRow.contract_no, m.GuaranteeRow.guarantor)
            .where(m.GuaranteeRow.branch_id == branch_id)))
    return known

"""The one facade the command line and the desktop UI call. Everything returns domain values;
nothing here imports Qt. Roles are enforced here (not only in the UI)."""
from __future__ import annotations

import logging
import os
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Callable

from sqlalchemy import select

from ruralperf.services import confirming, accounts, computing, payruns
from ruralperf.services.branches import add_branch, choose_branch, code_and_name, rename_branch
from ruralperf.services.computing import StoredPayRun
from ruralperf.db import models as m
from ruralperf.db import repository as repo
from ruralperf.db.engine import check_writes, make_engine, read_session, upgrade, \
    write_session
from ruralperf.domain.parameters import ParameterBook, Scheme
from ruralperf.domain.periods import Quarter
from ruralperf.domain.results import LimitationReport, PayRunResult
from ruralperf.errors import UserError
from ruralperf.services.importing import ImportReport, read_for_import, run_import
from ruralperf.io import stored_run
from ruralperf.io.reader import RawSheet
from ruralperf.io.sheets import ENUMS, SHEETS_BY_KEY, Column
from ruralperf.services.limitation_report import limitation_report
from ruralperf.safety import backup as backups
from ruralperf.safety.keeper import BackupKeeper
from ruralperf.safety.file_check import CHECKING, DAMAGED, PASSED, FileCheck, \
    checked_in_background
from ruralperf.safety.guard import DatabaseDamaged, InstanceLock, check_not_damaged, \
    is_network_path
from ruralperf.security import audit
from ruralperf.security.users import SYSTEM_ADMIN, User, require
from ruralperf.services import simulation
from ruralperf.services.simulation import Simulation
from ruralperf.services.collector import paused_collection
from ruralperf.rules.engine import compute_pay_run

log = logging.getLogger(__name__)

# Types the facade's methods take or return, named here for the window's annotations.
__all__ = ["Workspace", "Column", "ImportReport", "Simulation", "StoredPayRun"]
Progress = Callable[[int, int, str], None]


class Workspace:
    """An open branch database, used by one user."""

    def __init__(self, db: str, branch_code: str | None = None, exclusive: bool = False,
                 branch_name: str | None = None, check_in_background: bool = False):
        # One database can hold a union's branches (PostgreSQL): which one this client works
        # on is chosen at start (`--branch`, or RURALPERF_BRANCH), else the first branch. An
        # unknown code is refused; `branch_name` names the first branch of a fresh database.
        branch_code = branch_code or os.environ.get("RURALPERF_BRANCH") or None
        self.db = db
        self.path: Path | None = None if "://" in db else Path(db).expanduser().resolve()
        self.warnings: list[str] = []  # message codes to show once (e.g. "network_share")
        self._lock: InstanceLock | None = None
        self._backups = BackupKeeper(self.path)
        self._limitation_lists: dict[int, dict] = {}  # branch -> as_of -> (version, rules, list)
        self._file_check: FileCheck | None = None
        if self.path is not None:
            # SQLite's quick check: before opening; a large file's (seconds) in the background
            # with writes refused until it has passed (the window, issue 22.4)
            if check_in_background and checked_in_background(self.path):
                self._file_check = FileCheck(self.path)
            else:
                check_not_damaged(self.path)
            if exclusive:
                self._lock = InstanceLock(self.path)
                self._lock.acquire()
            if is_network_path(self.path):
                self.warnings.append("network_share")
        self.engine = make_engine(db)
        if self._file_check is not None:
            check_writes(self.engine, self._check_writable)
        try:
            try:
                self._migrate()
            except Exception:  # unreadable: damaged, if the check says so
                self._damaged_after_check()
                raise
            self.branch_id = self._ensure_seeded(branch_code, branch_name)
        except BaseException:  # e.g. UnknownBranch: release the file lock and connections
            self.close()
            raise
        self.user: User | None = None if self.has_users() else SYSTEM_ADMIN

    @classmethod
    def open(cls, db: str | Path, branch_code: str | None = None, exclusive: bool = False,
             branch_name: str | None = None, check_in_background: bool = False
             ) -> "Workspace":
        """`check_in_background`: a large file's quick check runs on a thread after opening
        (the window: usable at once, issue 22.4); writes are refused until it has passed, and
        for good if it fails (`file_check`). A small file, or without it: checked first, a
        damaged file refused (DatabaseDamaged)."""
        return cls(str(db), branch_code, exclusive, branch_name, check_in_background)

    # -- the file's quick check ------------------------------------------------------------
    def file_check(self) -> str:
        """"ok" (checked before opening, or passed), "checking" (writes refused meanwhile) or
        "damaged" (open for viewing only)."""
        return PASSED if self._file_check is None else self._file_check.state

    def wait_file_check(self, timeout: float | None = None) -> str:
        return PASSED if self._file_check is None else self._file_check.wait(timeout)

    def _check_writable(self) -> None:
        state = self.file_check()
        if state == CHECKING:
            raise UserError("db_checking")
        if state == DAMAGED:
            raise UserError("db_damaged_read_only", path=str(self.path))

    def _damaged_after_check(self) -> None:
        """Opening failed while the background check runs: a damaged file is refused as if it
        had been checked first (DatabaseDamaged); any other failure is the caller's."""
        check = self._file_check
        if check is not None and check.wait() == DAMAGED:
            raise DatabaseDamaged(check.path, check.backup)

    def close(self, backup: bool = False) -> None:
        for path in self.backup_problems():  # waits for the checks of pre-import backups
            log.error("the backup taken before an import failed its integrity check: %s", path)
        if self._file_check is not None:  # its connection closed before the file is left
            self._file_check.wait()
        if backup and self.path is not None and self.path.exists():
            self._auto_backup("close")
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> "Workspace":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- set-up ------------------------------------------------------------------------------
    def _migrate(self) -> None:
        from ruralperf.db.engine import alembic_config, current_revision, head_revision

        with self.engine.connect() as conn:
            current = current_revision(conn)
        if current is not None and current == head_revision():
            return  # current: Alembic is not even imported
        from alembic.script import ScriptDirectory

        head = ScriptDirectory.from_config(alembic_config(self.engine)).get_current_head()
        if current == head:
            return
        if self._file_check is not None:  # never migrate a file not yet checked
            self._damaged_after_check()
        if current is not None and self.path is not None:
            backups.take_backup(self.path, "before-migration")
        upgrade(self.engine)

    def _ensure_seeded(self, branch_code: str | None, branch_name: str | None = None) -> int:
        """The chosen branch (ruralperf.services.branches): an unknown code in a database that has
        branches is refused (UnknownBranch); a fresh database gets its first branch."""
        return choose_branch(self.engine, branch_code, branch_name)

    @property
    def branch(self) -> tuple[str, str]:
        with read_session(self.engine) as s:
            return code_and_name(s, self.branch_id)

    def set_branch(self, code: str, name: str) -> None:
        self.authorize("manage_users")
        rename_branch(self.engine, self.branch_id, code, name, self.username)

    def add_branch(self, code: str, name: str = "") -> bool:
        """Add branch `code` to this (union) database, audited, and work on it from now on;
        False when it was already there. Administrators only."""
        self.authorize("manage_users")
        self.branch_id, created = add_branch(self.engine, code, name, self.username)
        return created

    # -- users and roles ---------------------------------------------------------------------
    @property
    def username(self) -> str:
        return self.user.username if self.user else "-"

    @property
    def exclusive(self) -> bool:
        """Whether this workspace holds its database file alone (opened `exclusive`, the window);
        a restore reopens the restored file the same way."""
        return self._lock is not None

    def authorize(self, action: str) -> User:
        """The signed-in user, allowed to do `action` (security.permissions); raises UserError
        (nobody signed in) or AccessDenied. Every use case checks here first, the services the
        facade hands out (services/, holidays/, restoring) included."""
        if self.user is None:
            raise UserError("login_required")
        require(self.user, action)
        return self.user

    def can(self, action: str) -> bool:
        return self.user is not None and self.user.can(action)

    def reveal_id_numbers(self) -> bool:
        """Whether the user sees resident ID numbers in full (administrators only)."""
        return self.user is not None and self.user.role == "admin"

    def record_export(self, kind: str, target: str | Path, rows: int | None = None) -> None:
        """Record in the audit trail that personal data left the application (a data view,
        statements, a summary, limitation lists, the audit trail, a problem list)."""
        from ruralperf.security.audit import Change, append
        from ruralperf.security.privacy import export_note

        name = Path(target).name or str(target)
        with write_session(self.engine) as s:
            append(s, self.branch_id, self.username, "export",
                   [Change("export", kind, name, None, export_note(kind, str(target), rows))])

    def logout(self) -> None:
        """Forget the signed-in user (a database without accounts keeps its administrator)."""
        self.user = None if self.has_users() else SYSTEM_ADMIN

    def has_users(self) -> bool:
        """Accounts exist or once existed (then a sign-in is always needed: a database never
        falls back to acting as its administrator because its accounts are gone)."""
        return accounts.ever_had_users(self.engine)

    def login(self, username: str, password: str, policy=None) -> User:
        """Sign in; failures are audited, slowed down and lock the name for a while
        (ruralperf.services.login_guard; `policy` overrides the branch's limits, for tests)."""
        self.user = accounts.login(self.engine, username, password, self.branch_id, policy)
        return self.user

    def change_password(self, old: str, new: str) -> None:
        """The signed-in user changes his own password (any role)."""
        user = self.authorize("view")
        accounts.change_password(self.engine, self.branch_id, user.username, old, new)

    def reset_password(self, username: str, new: str) -> None:
        """An administrator sets another user's password."""
        self.authorize("manage_users")
        accounts.reset_password(self.engine, self.branch_id, self.username, username, new)

    def set_user_active(self, username: str, active: bool) -> None:
        """Disable (or enable again) an account; the last administrator stays."""
        self.authorize("manage_users")
        accounts.set_active(self.engine, self.branch_id, self.username, username, active)

    def set_user_role(self, username: str, role: str, staff_no: str | None = None) -> None:
        """Change an account's role (and a credit officer's staff number)."""
        self.authorize("manage_users")
        accounts.set_role(self.engine, self.branch_id, self.username, username, role, staff_no)

    def add_user(self, username: str, password: str, role: str, display_name: str = "",
                 staff_no: str | None = None) -> User:
        """Create an account. The very first account needs no login and must be an admin."""
        first = not self.has_users()
        if first and role != "admin":
            raise UserError("bad_role", value=role)
        if not first:
            self.authorize("manage_users")
        user = accounts.add_user(self.engine, self.branch_id, username if first else self.username,
                                 username, password, role, display_name, staff_no)
        if first:
            self.user = user
        return user

    def users(self, include_disabled: bool = False) -> list[User]:
        """The accounts (administrators and auditors; an officer sees only his own)."""
        if self.user is not None and not self.can("audit") and self.has_users():
            return [u for u in accounts.users(self.engine, include_disabled)
                    if u.username == self.user.username]
        return accounts.users(self.engine, include_disabled)

    def _admin_count(self) -> int:
        return accounts.count_users(self.engine, "admin")

    # -- settings ----------------------------------------------------------------------------
    def setting(self, key: str, default: str = "") -> str:
        return accounts.setting(self.engine, self.branch_id, key, default)

    def set_setting(self, key: str, value: str) -> None:
        self.authorize("manage_users")
        accounts.set_setting(self.engine, self.branch_id, self.username, key, value)

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
    def holidays(self):
        """The holiday calendar: years, pasted notices, expiry moves, saving a year."""
        from ruralperf.holidays.service import Holidays

        return Holidays(self)

    @property
    def audit_view(self):
        """Filtered, paged reading and export of the audit trail."""
        from ruralperf.services.audit_view import AuditView

        return AuditView(self)

    @property
    def printing(self):
        """Statements, summaries, limitation lists, the deferral ledger as PDF or files, and
        what a printed code belongs to (ruralperf.services.printing)."""
        from ruralperf.services.printing import Printing

        return Printing(self)

    def import_demo(self, progress: Progress | None = None, source: str = "demo") -> ImportReport:
        """Fill the database with the demo generator's sheets (ruralperf.io.demo)."""
        from ruralperf.io.demo import demo_sheets

        return self.import_sheets(demo_sheets(), progress=progress, source=source)

    # -- without a database: the import format and its files ---------------------------------
    @staticmethod
    def record_columns(table: str) -> tuple[Column, ...]:
        """A record table's fields as the import defines them: key, kind, required, heading."""
        return SHEETS_BY_KEY[table].columns

    @staticmethod
    def record_sheet_name(table: str) -> str:
        """The import sheet's (Chinese) name of a record table; the key if it has none."""
        spec = SHEETS_BY_KEY.get(table)
        return spec.zh if spec else table

    @staticmethod
    def enum_words(name: str) -> dict[str, str]:
        """An enumeration of the import format: its (Chinese) words -> the stored codes."""
        return dict(ENUMS[name])

    @staticmethod
    def write_template(path: str | Path, lang: str = "zh_CN") -> Path:
        """The blank import workbook (ruralperf.io.template)."""
        from ruralperf.io.template import write_template

        return write_template(path, lang=lang)

    @staticmethod
    def write_problem_list(problems, path: str | Path, lang: str = "zh_CN") -> Path:
        """An import's problems (ImportReport.errors and warnings) as an .xlsx list."""
        from ruralperf.io.problems_xlsx import write_problems_xlsx

        return write_problems_xlsx(problems, path, lang)

    # -- parameters --------------------------------------------------------------------------
    def parameter_book(self) -> ParameterBook:
        with read_session(self.engine) as s:
            return ParameterBook(repo.parameter_values(s, self.branch_id))

    def scheme_on(self, on: date) -> Scheme:
        return self.parameter_book().at(on)

    # -- import ------------------------------------------------------------------------------
    def import_workbook(self, path: str | Path, dry_run: bool = False,
                        progress: Progress | None = None) -> ImportReport:
        self.authorize("import")
        report = ImportReport(str(path), dry_run)
        early = None
        if not dry_run and self.path is not None and self._has_data():
            early = self._backups.start_before_import()  # copied while the file is read
        finished: list[bool] = []

        def keep_backup() -> None:  # the import changes data: the early backup is kept
            assert early is not None
            early.finish()
            finished.append(True)

        try:
            with paused_collection():  # read and import under one pause (services.collector)
                raw = read_for_import(path, report)
                if raw is None:
                    return report
                return self._import(raw, report, progress, f"import:{Path(path).name}",
                                    keep_backup if early is not None else None)
        finally:
            if early is not None and not finished:
                early.discard()

    def import_sheets(self, raw: list[RawSheet], dry_run: bool = False,
                      report: ImportReport | None = None, progress: Progress | None = None,
                      source: str = "import") -> ImportReport:
        """Validate and upsert sheets of rows (a workbook, the demo, or a form)."""
        self.authorize("enter_data" if source == "form" else "import")
        return self._import(raw, report or ImportReport("<sheets>", dry_run), progress, source)

    def _import(self, raw, report: ImportReport, progress, source: str,
                backup=None) -> ImportReport:
        if backup is None and self.path is not None and self._has_data():
            backup = self._backups.take_before_import  # only when the import changes data
        return run_import(self, raw, report, progress, source, before_commit=backup)

    def backup_problems(self, wait: bool = True) -> list[Path]:
        """Backups taken before imports whose integrity check (run after the import, in a
        thread) failed since the last call; waits for running checks unless `wait` is False."""
        return self._backups.problems(wait)

    def _has_data(self) -> bool:
        with read_session(self.engine) as s:
            return s.scalar(select(m.StaffRow.id).limit(1)) is not None

    # -- limitation --------------------------------------------------------------------------
    def limitation(self, as_of: date, contracts: set[str] | None = None,
                   progress=None, summary: bool = False, early=None) -> LimitationReport:
        """The branch's list on `as_of` (every due loan: kept per date and data version,
        ruralperf.services.limitation_store), or of `contracts` only. `summary`: only the rows the home
        page's summary reads (limitation_store.in_summary), read apart when stored. `early`:
        when the list is computed, hears the rows to be signed known first (a partial
        LimitationReport, limitation_report)."""
        self.authorize("view")
        if contracts is not None:
            return limitation_report(self.engine, self.branch_id, as_of, contracts,
                                     progress=progress)
        from ruralperf.services import limitation_store

        memory = self._limitation_lists.setdefault(self.branch_id, {})
        return limitation_store.cached(
            self.engine, self.branch_id, as_of,
            lambda: limitation_report(self.engine, self.branch_id, as_of, progress=progress,
                                      early=early),
            memory, progress, summary)

    def to_sign(self, as_of: date):
        """Loans and guarantees in `warning`, soonest first (ruralperf.services.demand_notices)."""
        from ruralperf.domain.signatures import to_sign
        return to_sign(self.limitation(as_of))

    def demand_notices_pdf(self, as_of: date, items=None, lang: str = "zh_CN") -> bytes:
        """催收通知书 for (contract, guarantor or None) pairs, default every `warning` item."""
        from ruralperf.services.demand_notices import notices_pdf
        return notices_pdf(self, as_of, items, lang)

    def to_sign_pdf(self, as_of: date, officer: str | None = None,
                    lang: str = "zh_CN") -> bytes:
        """须签收清单: what each officer must have signed, one officer per page."""
        from ruralperf.services.demand_notices import to_sign_list_pdf
        return to_sign_list_pdf(self, as_of, officer, lang)

    def record_receipt(self, contract_no: str, signed_on: date, signed_by: str,
                       guarantor: str | None = None, scan=None):
        """A returned receipt becomes `demand_signed` / `guarantor_demand` (a SaveResult)."""
        from ruralperf.services.demand_notices import record_receipt
        return record_receipt(self, contract_no, signed_on, signed_by, guarantor, scan)

    # -- pay run -----------------------------------------------------------------------------
    def compute_pay_run(self, quarter: Quarter, save: bool = True,
                        user: str | None = None) -> PayRunResult:
        self.authorize("compute" if save else "view")
        with paused_collection():  # computed and stored under one pause (services.collector)
            result, inputs = computing.compute_with_fingerprint(self.engine, self.branch_id,
                                                                quarter)
            if save:
                computing.save_draft(self.engine, self.branch_id, result,
                                     user or self.username, inputs)
        return self._visible(result)

    def stored_pay_run(self, quarter: Quarter, version: int | None = None
                       ) -> StoredPayRun | None:
        """The newest saved run of a quarter (or the given version), or None. A credit officer
        sees only their own row."""
        self.authorize("view")
        run = computing.stored(self.engine, self.branch_id, quarter, version)
        if run is None or self.can("statements"):
            return run
        return replace(run, result=self._visible(run.result),
                       replaced=self._visible(run.replaced) if run.replaced else None)

    def pay_run_stale(self, run: StoredPayRun) -> bool:
        """A draft or submitted run whose data changed since it was computed (recompute it);
        an approved run is never stale: its quarter is locked."""
        self.authorize("view")
        if run.status not in (payruns.DRAFT, payruns.SUBMITTED):
            return False
        return computing.inputs_changed(self.engine, self.branch_id, run)

    def stored_run_summary(self, quarter: Quarter) -> stored_run.RunSummary | None:
        """The newest saved run of a quarter as the home page shows it (each row's 应发, 实发
        and findings), or None; a credit officer sees only their own row."""
        self.authorize("view")
        found = computing.stored_summary(self.engine, self.branch_id, quarter)
        if found is None or self.can("statements"):
            return found
        return replace(found, staff=tuple(x for x in found.staff if self._own_row(x.staff_no)))

    def _visible(self, result: PayRunResult) -> PayRunResult:
        """The part of a result the user may read: everything, or an officer's own row."""
        if self.can("statements"):
            return result
        return replace(result, staff=tuple(s for s in result.staff if self._own_row(s.staff_no)))

    def _own_row(self, staff_no: str) -> bool:
        return self.user is not None and staff_no == self.user.staff_no

    # -- what-if simulation (issue 20) -------------------------------------------------------
    def simulate(self, quarter: Quarter, draft: dict[str, str]) -> Simulation:
        """The quarter computed now and with the draft parameter values laid over those in
        force on its end; writes nothing (services/simulation.py)."""
        self.authorize("compute")
        simulation.check_draft(draft, quarter)
        engine, branch = self.engine, self.branch_id
        inputs = computing.load_inputs(engine, branch, quarter, persist=False)
        now = compute_pay_run(inputs)
        if simulation.engine_only(draft):  # the loaded data serve both computations
            with read_session(engine) as s:
                values = repo.parameter_values(s, branch)
            scheme = simulation.scheme_with(values, draft, quarter)
            with_draft = compute_pay_run(replace(inputs, scheme=scheme))
        else:
            with_draft = compute_pay_run(computing.load_inputs(engine, branch, quarter,
                                                               dict(draft), persist=False))
        current = simulation.current_values(self.parameter_book(), quarter, draft)
        return Simulation(quarter, dict(draft), current, simulation.compare(now, with_draft),
                          now, with_draft)

    def write_simulation(self, sim: Simulation, path: str | Path, lang: str = "zh_CN") -> Path:
        """The comparison as .xlsx or .pdf (by the suffix)."""
        self.authorize("compute")
        from ruralperf.reports.simulation_report import write_simulation

        return write_simulation(sim, path, lang, self.branch)

    def adopt_draft(self, draft: dict[str, str], effective_from: date) -> ImportReport:
        """Make a simulated draft real: new dated parameters, imported and audited."""
        raw = [RawSheet("parameters", simulation.adoption_rows(draft, effective_from))]
        return self.import_sheets(raw, source="simulation")

    def verify_code(self, code: str):
        """What a printed verification code belongs to (reports.verification.CodeMatch: run,
        version, staff member, amount, draft or approved copy, still valid), or None. A credit
        officer finds only codes of their own statements."""
        from ruralperf.reports.verification import find_code

        self.authorize("view")
        runs = [replace(r, result=self._visible(r.result))
                for r in computing.all_runs(self.engine, self.branch_id)]
        match = find_code(code, runs, self.branch[0])
        if match is not None and match.staff is None and not self.can("statements"):
            return None
        return match

    def pay_run_versions(self, quarter: Quarter) -> list[tuple[int, str]]:
        return computing.versions(self.engine, self.branch_id, quarter)

    def _current(self, s, quarter: Quarter):
        """The fingerprint of the quarter's inputs now, computed inside transaction `s`."""
        return lambda: computing.current_fingerprint(s, self.branch_id, quarter)

    def submit_pay_run(self, quarter: Quarter) -> None:
        """Submit the draft; refused ("inputs_changed") when its inputs changed since."""
        user = self.authorize("submit")
        with write_session(self.engine) as s:
            payruns.submit(s, self.branch_id, quarter, user, self._current(s, quarter))

    def approve_pay_run(self, quarter: Quarter, reason: str | None = None) -> None:
        """Approve and lock the quarter (a backup is taken first); refused when its inputs
        changed since it was computed, or when the approver computed or submitted it while
        another administrator exists."""
        user = self.authorize("approve")
        admins = self._admin_count() if self.has_users() else 1
        if self.path is not None:
            self._auto_backup("before-approval")
        with write_session(self.engine) as s:
            payruns.approve(s, self.branch_id, quarter, user, reason, admins,
                            self._current(s, quarter))

    def reopen_pay_run(self, quarter: Quarter, reason: str) -> PayRunResult:
        """Unlock an approved quarter; the approved run stays as a numbered version and the
        quarter is computed again as the next version, in the same transaction (all or
        nothing: never a superseded run without its successor)."""
        user = self.authorize("reopen")
        with write_session(self.engine) as s:
            payruns.reopen(s, self.branch_id, quarter, user, reason)
            s.flush()
            result, inputs = computing.compute_in(s, self.branch_id, quarter)
            computing.store_draft(s, self.branch_id, result, user.username, inputs)
        return self._visible(result)

    # -- pending entries (ruralperf.services.confirming) -----------------------------------------------
    def pending_entries(self) -> list:
        """Credit officers' entries waiting for an administrator (administrators, auditors)."""
        self.authorize("statements")
        with read_session(self.engine) as s:
            return confirming.pending(s, self.branch_id)

    def confirm_entries(self, table: str, ids: list[int]) -> int:
        """确认: confirm pending entries of one table (one transaction, audited)."""
        user = self.authorize("confirm")
        with write_session(self.engine) as s:
            return confirming.confirm(s, self.branch_id, user, table, ids)

    def send_back_entry(self, table: str, row_id: int) -> str:
        """退回: the entry goes back to its last confirmed values, or is removed."""
        user = self.authorize("confirm")
        with write_session(self.engine) as s:
            return confirming.send_back(s, self.branch_id, user, table, row_id)

    # -- deferral and clawback (DOMAIN.md 9) -------------------------------------------------
    def deferral_ledger(self, staff_no: str | None = None):
        """Per staff member, the deferred parts and their reconciliation with the approved runs;
        a credit officer sees only their own."""
        from ruralperf.services import deferral_view

        self.authorize("view")
        if not self.can("statements"):
            staff_no = self.user.staff_no if self.user else None
            if staff_no is None:
                return []
        return deferral_view.ledger(self.engine, self.branch_id, staff_no)

    def clawback_evidence(self, staff_no: str, on: date):
        """The staff member's loans that became NPL within the deferral window (DOMAIN.md 9.3)."""
        from ruralperf.services import deferral_view

        self.authorize("view")
        return deferral_view.evidence(self.engine, self.branch_id, staff_no, on)

    def locked_quarters(self) -> set[Quarter]:
        with read_session(self.engine) as s:
            return payruns.approved_quarters(s, self.branch_id)

    # -- audit and backups -------------------------------------------------------------------
    def verify_audit(self) -> audit.VerifyResult:
        self.authorize("audit")
        with read_session(self.engine) as s:
            return audit.verify(s)

    def integrity_problems(self) -> list:
        """The fast check at start-up (ruralperf.security.integrity.quick: the chain head kept
        outside the file, the chain's key, approved runs, accounts): a list of Problems, each
        worded by `.message(lang)`. Needs no sign-in (it shows no personal data); reported,
        never repaired."""
        from ruralperf.security import integrity

        with read_session(self.engine) as s:
            return integrity.quick(s, self.engine.url, self.branch_id)

    def verify_everything(self):
        """The whole chain and the fast checks: (audit.VerifyResult, [Problem]) (`audit verify`,
        and the window's background check after start-up)."""
        from ruralperf.security import integrity

        self.authorize("audit")
        with read_session(self.engine) as s:
            return integrity.full(s, self.engine.url, self.branch_id)

    def accept_audit_trail(self) -> int:
        """An administrator accepts the audit trail as it is after a reported head mismatch
        (e.g. a database copied back by hand): an audit entry names the head this computer had
        recorded and the one accepted; from then on the head moves on again. Returns the
        accepted last entry's number."""
        from ruralperf.security import chain_head
        from ruralperf.security.audit import Change, append, last_entry

        user = self.authorize("manage_users")
        known = chain_head.recorded(self.engine.url)
        with write_session(self.engine) as s:
            s.info["untracked"] = True
            append(s, self.branch_id, user.username, "integrity", [Change(
                "accept_head", "audit_log", "head", known, None)])
            seq, hash_ = last_entry(s)
        chain_head.remember(self.engine.url, seq, hash_, force=True)
        return seq

    def approved_run_problems(self) -> list[tuple[str, str]]:
        """(run label, reason code) of every approved or superseded run that no longer matches
        its approval in the audit trail (ruralperf.security.sealed_runs; fast)."""
        from ruralperf.security import sealed_runs

        self.authorize("view")
        with read_session(self.engine) as s:
            return sealed_runs.all_problems(s, self.branch_id)

    def backup(self, reason: str = "manual") -> backups.Backup | None:
        """A backup asked for by the user (administrators)."""
        self.authorize("backup")
        return self._auto_backup(reason)

    def _auto_backup(self, reason: str) -> backups.Backup | None:
        """The automatic backups (before import, migration, approval; on close)."""
        return self._backups.take(reason)

    def backups(self) -> list[backups.Backup]:
        """The backups of this file (names and dates only: shown even before signing in)."""
        return self._backups.list()

    def restore(self, backup_path: str | Path):
        """Restore a backup over this database and reopen it: returns
        `ruralperf.services.restoring.Restored` whose `workspace` replaces this (closed) one."""
        from ruralperf.services.restoring import restore_from

        return restore_from(self, backup_path)


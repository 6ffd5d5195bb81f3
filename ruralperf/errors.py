"""Sorting failures into what the user can fix (a message) and bugs (logged with traceback)."""
from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.exc import DBAPIError, OperationalError

from ruralperf.domain.backups import Backup
from ruralperf.domain.users import User
from ruralperf.i18n import tr
from ruralperf.system_libraries import missing_library, package_for

log = logging.getLogger("ruralperf")


class UserError(Exception):
    """A problem the user can fix or must know about, worded in their language by `message`."""

    code = "user_error"

    def __init__(self, code: str | None = None, **params):
        self.code = code or self.code
        self.params = params
        super().__init__(self.code, params)

    def message(self, lang: str | None = None) -> str:
        return tr(self.code, lang, **self.params)


class AccessDenied(UserError):
    """The current user's role does not allow the action."""

    def __init__(self, user: User, action: str):
        super().__init__("access_denied", user=user.username, role=user.role, action=action)
        self.user = user
        self.action = action


class LoginFailed(UserError):
    code = "login_failed"


class LoginLocked(LoginFailed):
    """Too many failed sign-ins for this name: locked for a while."""

    def __init__(self, minutes: int):
        UserError.__init__(self, "login_locked", minutes=minutes)


class DatabaseDamaged(Exception):
    """The file fails SQLite's quick check when opened (safety.guard); it is left untouched.
    `backup`: the newest backup that passes the check, if any."""

    def __init__(self, path: Path, backup: Backup | None):
        super().__init__(str(path))
        self.path = path
        self.backup = backup


class DatabaseInUse(Exception):
    """Another copy of the application holds the database file (safety.guard.InstanceLock)."""

    def __init__(self, path: Path):
        super().__init__(str(path))
        self.path = path


class BackupFailed(Exception):
    """A backup could not be taken, or failed its integrity check (safety.backup)."""


def safety_message(exc: BaseException, lang: str | None = None) -> str:
    """The words for a damaged, busy or unbackupable database."""
    if isinstance(exc, DatabaseDamaged):
        if exc.backup is not None:
            return tr("db_damaged", lang, path=exc.path, backup=exc.backup.path)
        return tr("db_damaged_no_backup", lang, path=exc.path)
    if isinstance(exc, DatabaseInUse):
        return tr("db_in_use", lang, path=exc.path)
    return tr("backup_failed", lang, value=str(exc))


class ExportCancelled(Exception):
    """The user stopped an export of a data view (services.export) before it was written."""


@dataclass(frozen=True)
class IntegrityProblem:
    """A mismatch found by the integrity checks (security.integrity): a message code and its
    parameters (`reason` holds a message code, `fields` a list of them: worded too, never
    shown as identifiers)."""

    code: str
    params: dict = field(default_factory=dict)

    def message(self, lang: str | None = None) -> str:
        params = dict(self.params)
        if "reason" in params:
            params["reason"] = tr(params["reason"], lang)
        if "fields" in params:
            params["fields"] = tr("list_separator", lang).join(
                tr(f"account_field_{f}", lang) for f in params["fields"])
        return tr(self.code, lang, **params)


def audit_broken(result) -> IntegrityProblem:
    """The problem of an audit trail whose verification (`Workspace.verify_audit`) failed."""
    return IntegrityProblem("audit_broken", {"seq": result.first_bad_seq,
                                             "reason": f"audit_reason_{result.reason}"})


def describe(exc: BaseException, lang: str | None = None) -> tuple[int, str]:
    """(exit code, message in the user's language) for an exception."""
    if isinstance(exc, UserError):
        return 1, exc.message(lang)
    if isinstance(exc, DatabaseDamaged | DatabaseInUse | BackupFailed):
        return 1, safety_message(exc, lang)
    library = missing_library(exc)
    if library:  # Qt (or another binary module) needs a library the system lacks
        log.error("missing system library %s", library, exc_info=exc)
        package = package_for(library)
        if package:
            return 1, tr("system_library_missing", lang, library=library, package=package)
        return 1, tr("system_library_missing_unknown", lang, library=library)
    original = exc.orig if isinstance(exc, DBAPIError) else exc
    text = str(original)
    if isinstance(exc, OperationalError) or isinstance(original, sqlite3.OperationalError):
        if "locked" in text or "busy" in text:
            return 1, tr("db_locked", lang)
        return 1, tr("db_error", lang, value=text)
    if isinstance(original, sqlite3.DatabaseError):
        return 1, tr("db_error", lang, value=text)
    if isinstance(exc, PermissionError | FileNotFoundError | IsADirectoryError):
        return 1, tr("cannot_write", lang, value=getattr(exc, "filename", "") or text)
    if isinstance(exc, OSError):
        return 1, tr("cannot_write", lang, value=text)
    log.error("internal error", exc_info=exc)
    return 1, tr("internal_error", lang, value=f"{type(exc).__name__}: {text}")

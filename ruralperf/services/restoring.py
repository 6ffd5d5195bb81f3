"""Restoring a database from a backup while the application has it open: permission, the
restore itself (the current data is first kept as a "before-restore" backup), reopening on the
same file, carrying the signed-in user over when the restored data allows, and an audit entry
in the restored database."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import sqlite3

from sqlalchemy import select
from sqlalchemy.orm import Session

from ruralperf.services.branches import UnknownBranch
from ruralperf.db import models as m
from ruralperf.db.engine import read_session
from ruralperf.errors import UserError
from ruralperf.i18n import tr
from ruralperf.safety.backup import Backup, restore_backup
from ruralperf.security import audit, backup_seal, chain_head
from ruralperf.security.integrity import broken

if TYPE_CHECKING:
    from ruralperf.workspace import Workspace


@dataclass(frozen=True)
class Restored:
    workspace: "Workspace"  # the reopened workspace: use it from now on
    before: Backup | None  # the data as it was just before the restore
    user_kept: bool  # False: the restored data lacks the user (or their role): sign in again
    error: BaseException | None = None  # the restore failed; the data is unchanged


def _carry_user(new: "Workspace", user) -> bool:
    if not new.has_users():
        return True  # a database without accounts acts as its administrator
    match = next((u for u in new.users() if user and u.username == user.username), None)
    if match is None or match.role != user.role:
        new.user = None
        return False
    new.user = match
    return True


def _read_only(path: Path):
    from sqlalchemy import create_engine

    from ruralperf.safety.backup import readonly_uri

    return create_engine("sqlite://", creator=lambda: sqlite3.connect(readonly_uri(path),
                                                                      uri=True))


def _origin(session) -> str | None:
    """The hash of the audit trail's first entry: the same for a database and its backups,
    different for any other database."""
    return session.scalar(select(m.AuditRow.hash).where(m.AuditRow.seq == 1))


def check_backup(path: Path, branch_code: str, origin: str | None, had_users: bool,
                 in_current=None) -> None:
    """Refuse (UserError "restore_refused") a file that is not a ruralperf database, is of
    another database (its audit trail starts elsewhere; for a database without any audit entry
    yet: it lacks the branch), has no accounts while this database has (it would open without
    a sign-in), whose audit chain does not verify, whose trail no longer ends at its seal
    (ruralperf.security.backup_seal), or which has no valid seal and whose last audit entry
    is not in the current trail (`in_current(seq, hash)`)."""
    from sqlalchemy import inspect

    engine = _read_only(path)
    try:
        try:
            tables = set(inspect(engine).get_table_names())
        except Exception:  # not a SQLite database at all
            raise UserError("restore_refused", reason=tr("restore_not_ruralperf")) from None
        if not {"alembic_version", "branches", "audit_log", "users"} <= tables:
            raise UserError("restore_refused", reason=tr("restore_not_ruralperf"))
        with Session(engine) as s:
            if origin is not None and _origin(s) != origin:
                raise UserError("restore_refused", reason=tr("restore_other_database"))
            codes = set(s.scalars(select(m.Branch.code)))
            if origin is None and branch_code not in codes:
                raise UserError("restore_refused", reason=tr("restore_other_branch",
                                                            value=branch_code))
            if had_users and s.scalar(select(m.UserRow.id).limit(1)) is None:
                raise UserError("restore_refused", reason=tr("restore_without_accounts"))
            checked = audit.verify(s)
            if not checked.ok:
                raise UserError("restore_refused", reason=broken(checked).message())
            _check_seal(s, path, in_current)
    finally:
        engine.dispose()


def _check_seal(s, path: Path, in_current) -> None:
    last = s.execute(select(m.AuditRow.seq, m.AuditRow.hash)
                     .order_by(m.AuditRow.seq.desc()).limit(1)).first()
    last = tuple(last) if last else None
    found = backup_seal.verdict(path, last)
    if found == "broken":
        raise UserError("restore_refused", reason=tr("restore_seal_broken"))
    if found == "none" and last is not None and in_current is not None \
            and not in_current(*last):
        raise UserError("restore_refused", reason=tr("restore_unsealed"))


def _stamp(staging: Path, branch_code: str, user: str, source: str, before: str | None
           ) -> tuple[int, str]:
    """Write the restore's audit entry into the restored copy before it replaces the file."""
    from sqlalchemy import create_engine

    engine = create_engine(f"sqlite:///{staging}")
    try:
        with Session(engine) as s, s.begin():
            s.info["untracked"] = True  # the head is remembered for the database, after the swap
            branch_id = s.scalar(select(m.Branch.id).where(m.Branch.code == branch_code))
            audit.append(s, branch_id, user, "restore", [audit.Change(
                "restore", "database", source, None, {"before": before})])
            return audit.last_entry(s)
    finally:
        engine.dispose()


def restore_from(ws: "Workspace", backup_path: str | Path) -> Restored:
    """Close `ws`, restore the backup over its file, reopen. A damaged backup, a file that is
    not a ruralperf database of this branch, or one whose audit chain does not verify is
    refused (UserError, nothing changed, `ws` stays open). Otherwise `workspace` is the
    reopened database (with `error` set if the restore failed and the data is unchanged); the
    restore's audit entry is written into the restored data in the same step."""
    from ruralperf.workspace import Workspace

    user = ws.authorize("restore")
    if ws.path is None:
        raise ValueError("only a database file can be restored from a backup")
    backup_path = Path(backup_path)
    exclusive, branch = ws.exclusive, ws.branch[0]
    with read_session(ws.engine) as s:
        origin = _origin(s)
    if not backup_path.is_file():
        raise UserError("restore_refused", reason=tr("restore_not_ruralperf"))

    def in_current(seq: int, hash_: str) -> bool:
        with read_session(ws.engine) as s:
            return s.scalar(select(m.AuditRow.hash).where(m.AuditRow.seq == seq)) == hash_

    check_backup(backup_path, branch, origin, ws.has_users(), in_current)
    url = ws.engine.url
    ws.close()
    before, error = None, None
    head: list[tuple[int, str]] = []

    def stamp(staging: Path) -> None:
        codes = _codes(staging)
        code = branch if branch in codes else codes[0]
        head.append(_stamp(staging, code, user.username, backup_path.name, None))

    try:
        before = restore_backup(backup_path, ws.path, stamp)
        chain_head.remember(url, *head[0], force=True)  # the restored trail's head from now on
    except Exception as exc:  # BackupFailed, or an unreadable file: nothing was changed
        error = exc
    try:
        new = Workspace.open(ws.db, branch, exclusive=exclusive)
    except UnknownBranch as exc:  # the backup predates a change of the branch's code
        new = Workspace.open(ws.db, exc.known[0][0], exclusive=exclusive)
    kept = _carry_user(new, user)
    return Restored(new, before, kept, error)


def _codes(path: Path) -> list[str]:
    engine = _read_only(path)
    try:
        with Session(engine) as s:
            return list(s.scalars(select(m.Branch.code).order_by(m.Branch.id)))
    finally:
        engine.dispose()

"""Restoring a database from a backup while the application has it open: permission, the
restore itself (the current data is first kept as a "before-restore" backup), reopening on the
same file, carrying the signed-in user over when the restored data allows, and an audit entry
in the restored database."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ruralperf.branches import UnknownBranch
from ruralperf.db.engine import write_session
from ruralperf.safety.backup import Backup, restore_backup
from ruralperf.security import audit

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


def restore_from(ws: "Workspace", backup_path: str | Path) -> Restored:
    """Close `ws`, restore the backup over its file, reopen. A damaged backup is refused (the
    data is unchanged, `error` says why); `workspace` is the reopened database either way."""
    from ruralperf.workspace import Workspace

    user = ws._require("restore")
    if ws.path is None:
        raise ValueError("only a database file can be restored from a backup")
    exclusive, branch = ws._lock is not None, ws.branch[0]
    ws.close()
    before, error = None, None
    try:
        before = restore_backup(Path(backup_path), ws.path)
    except Exception as exc:  # BackupFailed, or an unreadable file: nothing was changed
        error = exc
    try:
        new = Workspace.open(ws.db, branch, exclusive=exclusive)
    except UnknownBranch as exc:  # the backup predates a change of the branch's code
        new = Workspace.open(ws.db, exc.known[0][0], exclusive=exclusive)
    kept = _carry_user(new, user)
    if error is None:
        with write_session(new.engine) as s:
            audit.append(s, new.branch_id, user.username, "restore",
                         [audit.Change("restore", "database", Path(backup_path).name, None,
                                       {"before": before.path.name if before else None})])
    return Restored(new, before, kept, error)

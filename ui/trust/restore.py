"""Restoring the database from a backup while the application runs.

`restore_backup` needs every connection to the file closed, so on the worker (after all earlier
work has finished): close the workspace, restore (the current data is first saved as a
"before-restore" backup by the core), and open the workspace again on the same file (migrating
an older backup if needed). The signed-in user carries over when the restored data has the same
user with the same role; otherwise the user must sign in again (`user_kept` is False).

The UI then swaps `ctx.workspace` for the reopened one and announces `data_changed("*")`, so
every page reloads from the restored data, as a branch administrator expects: the window stays
open on the page they were on. When the user does not carry over, the window asks the session
to switch users (the login dialog)."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ruralperf.safety.backup import Backup, restore_backup
from ruralperf.workspace import Workspace


@dataclass(frozen=True)
class RestoreOutcome:
    workspace: Workspace  # the reopened workspace (use it from now on)
    restored: bool  # False: the restore failed and the data is unchanged (see error)
    before: Backup | None = None  # the data as it was just before, kept as a backup
    user_kept: bool = True
    error: BaseException | None = None


def _carry_user(new: Workspace, user) -> bool:
    """Sign the same user in on the reopened workspace, if the restored data allows it."""
    if not new.has_users():
        return True  # a database without accounts: the core's built-in administrator
    if user is None:
        return False
    match = next((u for u in new.users() if u.username == user.username), None)
    if match is None or match.role != user.role:
        new.user = None
        return False
    new.user = match
    return True


def restore_workspace(old: Workspace, backup_path: str | Path) -> RestoreOutcome:
    """Worker: close `old`, restore `backup_path` over its file, reopen. The reopened workspace
    is returned even when the restore itself failed (the data is then as it was)."""
    if old.path is None:
        raise ValueError("only a database file can be restored from a backup")
    user = old.user
    exclusive = getattr(old, "_lock", None) is not None  # hold the single-instance lock again
    old.close()
    before, error = None, None
    try:
        before = restore_backup(Path(backup_path), old.path)
    except Exception as exc:  # a damaged backup is refused before anything changes
        error = exc
    new = Workspace.open(old.db, exclusive=exclusive)
    kept = _carry_user(new, user)
    return RestoreOutcome(new, error is None, before, kept, error)


def adopt(ctx, outcome: RestoreOutcome) -> None:
    """UI thread: use the reopened workspace from now on and tell every page. (Whoever closes
    `ctx.workspace` at exit - the session - then closes this one.)"""
    ctx.workspace = outcome.workspace
    ctx.data_changed.emit("*")

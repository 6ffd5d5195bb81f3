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

from ruralperf.domain.backups import Backup
from ruralperf.workspace import Workspace


@dataclass(frozen=True)
class RestoreOutcome:
    workspace: Workspace  # the reopened workspace (use it from now on)
    restored: bool  # False: the restore failed and the data is unchanged (see error)
    before: Backup | None = None  # the data as it was just before, kept as a backup
    user_kept: bool = True
    error: BaseException | None = None


def restore_workspace(old: Workspace, backup_path: str | Path) -> RestoreOutcome:
    """Worker: the core closes `old`, restores `backup_path` over its file and reopens it
    (checking the user's permission and writing an audit entry). The reopened workspace is
    returned even when the restore itself failed (the data is then as it was)."""
    from ruralperf.errors import UserError

    try:
        done = old.restore(backup_path)
    except UserError as refused:  # not a usable backup: refused before anything was closed
        if refused.code != "restore_refused":
            raise
        return RestoreOutcome(old, False, error=refused)
    return RestoreOutcome(done.workspace, done.error is None, done.before, done.user_kept,
                          done.error)


def adopt(ctx, outcome: RestoreOutcome) -> None:
    """UI thread: use the reopened workspace from now on and tell every page. (Whoever closes
    `ctx.workspace` at exit - the session - then closes this one.)"""
    ctx.workspace = outcome.workspace
    ctx.data_changed.emit("*")

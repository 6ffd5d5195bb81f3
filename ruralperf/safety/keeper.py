"""The backups of one open database file: the automatic ones (verified before they count), the
one taken before an import (copied before the commit, verified after it in a thread, its verdict
collected by `problems`), and the list of what is there. A database that is not a file
(PostgreSQL: the server's business) has none."""
from __future__ import annotations

import threading
from pathlib import Path

from ruralperf.safety import backup as backups


class BackupKeeper:
    def __init__(self, path: Path | None):
        self.path = path
        self._checks: list[backups.Verification] = []  # verdicts not yet collected
        self._lock = threading.Lock()  # imports run on a worker thread, `problems` on any

    def take(self, reason: str) -> backups.Backup | None:
        """A backup, verified before it is returned (None without a file)."""
        return backups.take_backup(self.path, reason) if self.path is not None else None

    def take_before_import(self) -> None:
        """The copy now (the import's commit waits for it), its integrity check in a thread."""
        taken = backups.take_backup(self.path, "before-import", verify=False)
        with self._lock:
            self._checks.append(backups.Verification(taken))

    def problems(self, wait: bool = True) -> list[Path]:
        """Backups taken before imports whose check failed since the last call (renamed
        `*.damaged`); waits for the checks still running unless `wait` is False."""
        with self._lock:
            checks = list(self._checks)
        for check in checks:
            check.wait(None if wait else 0)
        done = [c for c in checks if c.ok is not None]
        with self._lock:
            self._checks = [c for c in self._checks if c not in done]
        return [c.backup.path for c in done if not c.ok]

    def list(self) -> list[backups.Backup]:
        """Newest first (names and dates only)."""
        return backups.list_backups(self.path) if self.path is not None else []

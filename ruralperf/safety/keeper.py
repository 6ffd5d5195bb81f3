"""The backups of one open database file: the automatic ones (verified before they count), the
one taken before an import (copied before the commit, verified after it in a thread, its verdict
collected by `problems`; for a workbook the copy is started before the file is read, on the
second core: `EarlyBackup`), and the list of what is there. A database that is not a file
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

    def file(self) -> Path:
        """The database file, for what is only done to one (the callers check `path`)."""
        if self.path is None:
            raise ValueError("a database that is not a file has no backups")
        return self.path

    def take(self, reason: str) -> backups.Backup | None:
        """A backup, verified before it is returned (None without a file)."""
        return backups.take_backup(self.path, reason) if self.path is not None else None

    def take_before_import(self) -> None:
        """The copy now (the import's commit waits for it), its integrity check in a thread."""
        taken = backups.take_backup(self.file(), "before-import", verify=False)
        with self._lock:
            self._checks.append(backups.Verification(taken))

    def start_before_import(self) -> "EarlyBackup":
        """The copy started now in a thread, while the workbook is read and parsed; the import
        hands it over before its commit (`EarlyBackup.finish`) or drops it (`discard`)."""
        return EarlyBackup(self)

    def _verify_later(self, taken: backups.Backup) -> None:
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


class EarlyBackup:
    """The backup before an import, copied in a thread from the moment the import starts.

    SQLite's online backup runs outside Python's lock, so the copy goes on on the second core
    while this one reads and parses the workbook; it reads the last committed state (WAL), which
    is the state the import started from. `finish` (just before the import's commit) waits for
    the copy, rotates the folder and starts the integrity check as `take_before_import` does;
    `discard` (an import that is refused or changes nothing) deletes the copy, so a backup is
    still only kept for an import that changes data. A failed copy raises `BackupFailed` from
    `finish`: the import is then not committed."""

    def __init__(self, keeper: BackupKeeper):
        self._keeper = keeper
        self._taken: backups.Backup | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="backup-before-import",
                                        daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._taken = backups.take_backup(self._keeper.file(), "before-import",
                                              verify=False, rotate_after=False)
        except BaseException as exc:  # handed to the importing thread by finish()
            self._error = exc

    def finish(self) -> None:
        self._thread.join()
        if self._error is not None:
            raise self._error
        if self._taken is None:  # the thread ended with the copy or with an error
            raise RuntimeError("the backup before the import was not taken")
        backups.rotate(self._keeper.file())
        self._keeper._verify_later(self._taken)

    def discard(self) -> None:
        self._thread.join()
        if self._taken is not None:
            self._taken.path.unlink(missing_ok=True)
            self._taken.path.with_name(self._taken.path.name + ".seal").unlink(missing_ok=True)

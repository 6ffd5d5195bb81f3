"""Checks when a database is opened: damaged file, second running copy, network share."""
from __future__ import annotations

import os
import sys
from pathlib import Path

from filelock import FileLock, Timeout

from ruralperf.errors import DatabaseDamaged, DatabaseInUse
from ruralperf.safety.backup import integrity_ok, newest_good_backup

NETWORK_FS = {"nfs", "nfs4", "cifs", "smb", "smbfs", "smb3", "sshfs", "fuse.sshfs", "9p",
              "afs", "ncpfs", "davfs", "fuse.davfs2"}


def check_not_damaged(path: Path) -> None:
    path = Path(path)
    if path.exists() and path.stat().st_size > 0 and not integrity_ok(path, quick=True):
        raise DatabaseDamaged(path, newest_good_backup(path))


class InstanceLock:
    """Held by the desktop application for as long as it has the database open, so that a
    second copy is told the file is in use instead of working on it at the same time."""

    def __init__(self, db_path: Path):
        self.path = Path(str(db_path) + ".lock")
        self._lock = FileLock(str(self.path), timeout=0)

    def acquire(self) -> None:
        try:
            self._lock.acquire()
        except Timeout:
            raise DatabaseInUse(Path(str(self.path)[: -len(".lock")])) from None

    def release(self) -> None:
        self._lock.release()


def is_network_path(path: Path) -> bool:
    """True when the file lies on a network share (SQLite locking is unreliable there)."""
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return True
    if sys.platform == "win32":
        try:
            import ctypes

            drive = os.path.splitdrive(os.path.abspath(text))[0] + "\\"
            return ctypes.windll.kernel32.GetDriveTypeW(drive) == 4  # DRIVE_REMOTE
        except Exception:
            return False
    try:
        target = os.path.realpath(text)
        best, fstype = "", ""
        with open("/proc/mounts", encoding="utf-8") as fh:
            for line in fh:
                parts = line.split()
                if len(parts) >= 3 and target.startswith(parts[1]) and len(parts[1]) > len(best):
                    best, fstype = parts[1], parts[2]
        return fstype in NETWORK_FS
    except OSError:
        return False

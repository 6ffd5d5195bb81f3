"""Backups of a SQLite database: taken with SQLite's online backup API (consistent even while
the file is open), verified with `PRAGMA integrity_check`, kept as a rotation (the last 10, one a
day for a month, one a month for a year). Nothing else ever deletes a backup."""
from __future__ import annotations

import os
import re
import sqlite3
import threading
from datetime import datetime, timedelta
from pathlib import Path
from typing import Callable

from ruralperf.domain.backups import KEEP_DAYS, KEEP_LAST, KEEP_MONTHS, Backup
from ruralperf.errors import BackupFailed
from ruralperf.paths import backup_dir

_NAME = re.compile(r"^(?P<stem>.+)-(?P<ts>\d{8}-\d{6}(?:-\d+)?)-(?P<reason>[a-z0-9_-]+)\.db$")


def readonly_uri(path: Path) -> str:
    """A read-only SQLite URI for any path (spaces, %, # and Chinese characters quoted)."""
    return Path(path).resolve().as_uri() + "?mode=ro"  # file:///C:/... on Windows


def integrity_ok(path: Path, quick: bool = False) -> bool:
    try:
        con = sqlite3.connect(readonly_uri(path), uri=True)
        try:
            rows = con.execute("PRAGMA quick_check" if quick else "PRAGMA integrity_check").fetchall()
        finally:
            con.close()
    except sqlite3.DatabaseError:
        return False
    return rows == [("ok",)]


def _unique_target(folder: Path, stem: str, reason: str, now: datetime) -> Path:
    base = f"{stem}-{now:%Y%m%d-%H%M%S}"
    target = folder / f"{base}-{reason}.db"
    n = 1
    while target.exists():
        target = folder / f"{base}-{n}-{reason}.db"
        n += 1
    return target


def take_backup(db_path: Path, reason: str, now: datetime | None = None,
                verify: bool = True, rotate_after: bool = True) -> Backup:
    """Copy the database to the backup folder, verify the copy, then rotate. With
    `verify=False` the caller verifies it afterwards (`Verification`): the copy takes about a
    second per GB, the full integrity check ten times that. With `rotate_after=False` the
    caller rotates once it knows the copy is kept (safety.keeper.EarlyBackup)."""
    db_path = Path(db_path)
    reason = re.sub(r"[^a-z0-9_-]", "-", reason.lower()) or "manual"
    now = now or datetime.now()
    folder = backup_dir(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    for stale in folder.glob(f"{db_path.stem}-*.partial"):  # left by an interrupted backup
        stale.unlink(missing_ok=True)
    target = _unique_target(folder, db_path.stem, reason, now)
    partial = target.with_suffix(".partial")
    try:
        _copy(db_path, partial)
        if verify and not integrity_ok(partial):
            raise BackupFailed(f"backup copy failed its integrity check: {partial}")
        partial.replace(target)
        _seal(target)
    except (sqlite3.Error, OSError) as exc:
        partial.unlink(missing_ok=True)
        raise BackupFailed(str(exc)) from exc
    if rotate_after:
        rotate(db_path, now)
    return Backup(target, now, reason)


def _seal(target: Path) -> None:
    """The backup's chain head beside it, authenticated (ruralperf.security.backup_seal)."""
    from ruralperf.security.backup_seal import write

    write(target)


def _copy(db_path: Path, partial: Path) -> None:
    """SQLite's online backup into a new file with no journal and no syncing while it is
    written (it is a `.partial` file until renamed: an interrupted copy is simply discarded),
    then flushed to disk once."""
    src = sqlite3.connect(readonly_uri(db_path), uri=True)
    dst = sqlite3.connect(partial)
    try:
        dst.execute("PRAGMA journal_mode=OFF")
        dst.execute("PRAGMA synchronous=OFF")
        src.backup(dst)
        dst.execute("PRAGMA journal_mode=DELETE")
    finally:
        dst.close()
        src.close()
    with open(partial, "rb+") as f:
        os.fsync(f.fileno())


class Verification:
    """The integrity check of a backup taken with `verify=False`, run in a thread (SQLite works
    outside Python's lock, so it uses the second core while the application goes on). A copy
    that fails is renamed `*.damaged`: never listed, restored or rotated away."""

    def __init__(self, backup: Backup):
        self.backup = backup
        self.ok: bool | None = None
        self._thread = threading.Thread(target=self._run, name="backup-check", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        self.ok = integrity_ok(self.backup.path)
        if not self.ok:
            try:
                self.backup.path.replace(self.backup.path.with_name(
                    self.backup.path.name + ".damaged"))
            except OSError:
                pass

    def wait(self, timeout: float | None = None) -> bool | None:
        """True when verified, False when damaged, None while still running."""
        self._thread.join(timeout)
        return self.ok


def list_backups(db_path: Path) -> list[Backup]:
    """Backups of this database, newest first."""
    db_path = Path(db_path)
    out: list[Backup] = []
    folder = backup_dir(db_path)
    if not folder.is_dir():
        return out
    for p in folder.glob(f"{db_path.stem}-*.db"):
        m = _NAME.match(p.name)
        if not m or m.group("stem") != db_path.stem:
            continue
        ts = m.group("ts")[:15]
        out.append(Backup(p, datetime.strptime(ts, "%Y%m%d-%H%M%S"), m.group("reason")))
    return sorted(out, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def rotation_keep(backups: list[Backup], now: datetime) -> set[Path]:
    """Which backups the rotation keeps: the newest KEEP_LAST, the newest of each of the last
    KEEP_DAYS days, and the newest of each of the last KEEP_MONTHS months."""
    keep = {b.path for b in backups[:KEEP_LAST]}
    days, months = set(), set()
    for b in backups:  # newest first
        day, month = b.taken_at.date(), (b.taken_at.year, b.taken_at.month)
        if b.taken_at >= now - timedelta(days=KEEP_DAYS) and day not in days:
            days.add(day)
            keep.add(b.path)
        months_ago = (now.year - month[0]) * 12 + now.month - month[1]
        if months_ago < KEEP_MONTHS and month not in months:
            months.add(month)
            keep.add(b.path)
    return keep


def rotate(db_path: Path, now: datetime | None = None) -> list[Path]:
    backups = list_backups(db_path)
    keep = rotation_keep(backups, now or datetime.now())
    removed = []
    for b in backups:
        if b.path not in keep:
            b.path.unlink(missing_ok=True)
            b.path.with_name(b.path.name + ".seal").unlink(missing_ok=True)
            removed.append(b.path)
    return removed


def newest_good_backup(db_path: Path) -> Backup | None:
    for b in list_backups(db_path):
        if integrity_ok(b.path):
            return b
    return None


def restore_backup(backup: Path, db_path: Path,
                   prepare: Callable[[Path], None] | None = None) -> Backup | None:
    """Replace the database with a backup, all or nothing: the current file is backed up
    ("before-restore", when readable), the backup is copied to `<db>.restoring`, `prepare`
    (e.g. writing the restore's audit entry into that copy) runs on it, the current file's
    write-ahead log is merged and removed, and the copy is renamed over the database in one
    step. A kill at any moment leaves either the old database or the restored one with its
    audit entry. The caller must have closed every connection to db_path."""
    backup, db_path = Path(backup), Path(db_path)
    if not integrity_ok(backup):
        raise BackupFailed(f"the backup is damaged: {backup}")
    before = None
    if db_path.exists() and integrity_ok(db_path, quick=True):
        before = take_backup(db_path, "before-restore")
    staging = db_path.with_name(db_path.name + ".restoring")
    for leftover in (staging, Path(f"{staging}-journal")):
        leftover.unlink(missing_ok=True)
    _copy(backup, staging)
    try:
        if prepare is not None:
            prepare(staging)
            with open(staging, "rb+") as f:
                os.fsync(f.fileno())
        _settle_log(db_path)
        os.replace(staging, db_path)
    except BaseException:
        staging.unlink(missing_ok=True)
        raise
    _sync_folder(db_path.parent)
    return before


def _settle_log(db_path: Path) -> None:
    """Merge the database's write-ahead log into it and remove the log files, so that no old
    log is ever applied to the file renamed over it."""
    if db_path.exists():
        try:
            con = sqlite3.connect(db_path)
            try:
                con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                con.execute("PRAGMA journal_mode=DELETE")
            finally:
                con.close()
        except sqlite3.DatabaseError:  # a damaged file: it is replaced, its log with it
            pass
    for suffix in ("-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)


def _sync_folder(folder: Path) -> None:
    if os.name == "posix":
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)

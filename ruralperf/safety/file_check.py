"""SQLite's quick check of a large database file in a background thread (issue 22.4): on a
county's 1.4 GB file it takes about 2 s, so the window opens first and the check runs beside
it. Until it has passed the workspace refuses writes (`Workspace`, "正在检查数据库完整性，请稍候");
a file that fails stays open read-only and is never repaired. Small files are checked before
opening, as always (`guard.check_not_damaged`)."""
from __future__ import annotations

import logging
import threading
from pathlib import Path

from ruralperf.safety.backup import Backup, integrity_ok, newest_good_backup

log = logging.getLogger(__name__)

# From this size on a file may be checked in the background (about 0.3 s of quick_check).
BACKGROUND_BYTES = 256 * 2**20
CHECKING, PASSED, DAMAGED = "checking", "ok", "damaged"


def checked_in_background(path: Path) -> bool:
    try:
        return path.stat().st_size >= BACKGROUND_BYTES
    except OSError:
        return False


class FileCheck:
    """The quick check of `path`, started at once on a thread of its own (a read-only
    connection of its own: the workspace's connections are never used there)."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self.state = CHECKING
        self.backup: Backup | None = None  # the newest good backup, when the check failed
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True, name="quick-check")
        self._thread.start()

    def _run(self) -> None:
        ok = False
        try:
            ok = integrity_ok(self.path, quick=True)
            if not ok:
                log.error("database damaged (background quick check): %s", self.path)
                self.backup = newest_good_backup(self.path)
        except Exception:  # noqa: BLE001 - any failure is a failed check, never a pass
            log.exception("background quick check of %s failed", self.path)
        finally:
            self.state = PASSED if ok else DAMAGED
            self._done.set()

    def wait(self, timeout: float | None = None) -> str:
        """The state once the check is over (or still CHECKING after `timeout` seconds)."""
        self._done.wait(timeout)
        return self.state

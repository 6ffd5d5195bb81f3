"""A backup of the database file, as listed and restored (safety.backup takes and rotates them),
and the rotation kept: the last `KEEP_LAST`, one a day for `KEEP_DAYS` days, one a month for
`KEEP_MONTHS` months."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

KEEP_LAST = 10
KEEP_DAYS = 31
KEEP_MONTHS = 12


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: datetime
    reason: str

    @property
    def size(self) -> int:
        return self.path.stat().st_size

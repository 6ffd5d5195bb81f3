"""Where the application keeps its files by default."""
from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_data_path

APP = "ruralperf"


def data_dir() -> Path:
    path = user_data_path(APP, appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db() -> str:
    return os.environ.get("RURALPERF_DB") or str(data_dir() / "ruralperf.db")


def backup_dir(db_path: Path) -> Path:
    """Where the backups of database file `db_path` are kept (safety.backup)."""
    return db_path.parent / "backups"


_MEIPASS = getattr(sys, "_MEIPASS", None)  # a PyInstaller bundle: see installer/ruralperf.spec
RESOURCES = (Path(_MEIPASS) if _MEIPASS else Path(__file__).resolve().parent.parent) / "resources"

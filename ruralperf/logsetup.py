"""Log file in the user's data folder; nothing from the log reaches the user's terminal."""
from __future__ import annotations

import logging
import os
from logging.handlers import RotatingFileHandler
from pathlib import Path


def log_path() -> Path:
    from ruralperf.paths import data_dir

    return Path(os.environ.get("RURALPERF_LOG") or data_dir() / "ruralperf.log")


def configure_logging() -> Path | None:
    root = logging.getLogger("ruralperf")
    if root.handlers:
        return None
    root.propagate = False
    root.setLevel(logging.INFO)
    try:
        path = log_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = RotatingFileHandler(path, maxBytes=2_000_000, backupCount=3,
                                                       encoding="utf-8")
    except OSError:
        handler, path = logging.NullHandler(), None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    return path


_crash_file = None  # kept open for the life of the process: faulthandler writes to its fd


def enable_crash_log() -> Path | None:
    """Send a hard crash's report (a fatal Python error, a segfault in Qt: the Python stack of
    every thread) to the log file, so a window that disappears leaves a trace. Does nothing
    when faulthandler is already on (python -X faulthandler, pytest)."""
    global _crash_file
    import faulthandler

    if faulthandler.is_enabled():
        return None
    try:
        path = log_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        _crash_file = open(path, "a", encoding="utf-8")  # noqa: SIM115 (must stay open)
    except OSError:
        return None
    faulthandler.enable(file=_crash_file, all_threads=True)
    return path

"""Qt's own console messages, less the known noise: the offscreen platform (screenshots, CI,
printing checks) says "This plugin does not support propagateSizeHints()" whenever a window
is shown, which tells a user nothing. Every other message goes to stderr as Qt would print it."""
from __future__ import annotations

import sys

from PySide6.QtCore import QtMsgType, qInstallMessageHandler

NOISE = ("This plugin does not support propagateSizeHints()",)


def is_noise(message: str) -> bool:
    return message.strip() in NOISE


def _handler(kind: QtMsgType, _context, message: str) -> None:
    if is_noise(message):
        return
    try:
        sys.stderr.write(message + "\n")
    except (OSError, ValueError):  # no console (a windowed program) or stderr already closed
        pass


def quiet_qt_messages() -> None:
    """Install the filter (once per process; harmless to repeat)."""
    qInstallMessageHandler(_handler)

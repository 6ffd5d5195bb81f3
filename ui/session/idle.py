"""The idle lock: an application-wide event filter notes keyboard, mouse and touch input; after
the administrator's number of idle minutes (0 = never) `locked` is emitted."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

DEFAULT_MINUTES = 15
SETTING_KEY = "idle_lock_minutes"
INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick,
    QEvent.Type.MouseMove, QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate,
    QEvent.Type.TabletPress})


def parse_minutes(text: str | None) -> int:
    """The stored setting as whole minutes (bad or negative text: the default)."""
    try:
        value = int(str(text).strip())
    except (TypeError, ValueError):
        return DEFAULT_MINUTES
    return value if value >= 0 else DEFAULT_MINUTES


class IdleLock(QObject):
    locked = Signal()

    def __init__(self, minutes: int = DEFAULT_MINUTES, parent: QObject | None = None):
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.lock)
        self._interval_ms = 0
        self.is_locked = False
        self.minutes = minutes
        self.set_minutes(minutes)
        app = QApplication.instance()
        if app is None:
            raise RuntimeError("the idle lock watches the application's input: none is running")
        app.installEventFilter(self)

    def set_minutes(self, minutes: int) -> None:
        self.minutes = max(0, int(minutes))
        self.set_interval_ms(self.minutes * 60_000)

    def set_interval_ms(self, ms: int) -> None:
        """The idle time in milliseconds (tests use a short one); 0 switches the lock off."""
        self._interval_ms = max(0, int(ms))
        self._restart()

    @property
    def interval_ms(self) -> int:
        return self._interval_ms

    def active(self) -> bool:
        return self._timer.isActive()

    def _restart(self) -> None:
        if self._interval_ms and not self.is_locked:
            self._timer.start(self._interval_ms)
        else:
            self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if not self.is_locked and self._interval_ms and event.type() in INPUT_EVENTS:
            self._timer.start(self._interval_ms)
        return False

    def lock(self) -> None:
        """Lock now (the timer, the menu's 锁定, or a test)."""
        if self.is_locked:
            return
        self.is_locked = True
        self._timer.stop()
        self.locked.emit()

    def unlock(self) -> None:
        self.is_locked = False
        self._restart()

    def stop(self) -> None:
        """Stop watching (the session ends)."""
        self._timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

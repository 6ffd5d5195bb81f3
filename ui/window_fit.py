"""The main window on the screens branches have: 1366×768 (the most common), 1280×720,
1024×768, 1920×1080 at 125 % and 150 % (1536×864 and 1280×720 logical pixels).

A window opens at its remembered geometry (per user of the application) or at a preferred
size, and never larger than the screen's available area minus the window frame, so its status
bar and the pages' status lines stay on screen. `available_area` is the one place that asks the
screen (tests force it)."""
from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

PREFERRED = QSize(1280, 760)
# a title bar and borders, until the window system reports the real frame (after show)
FRAME_GUESS = QSize(16, 40)


def available_area(widget: QWidget) -> QRect:
    """The screen area a window may use (without task bars), in logical pixels."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def _frame(window: QWidget) -> QSize:
    frame, inner = window.frameGeometry(), window.geometry()
    if window.isVisible() and frame.size() != inner.size():
        return QSize(frame.width() - inner.width(), frame.height() - inner.height())
    return FRAME_GUESS


def fit_window(window: QWidget, saved: QByteArray | bytes | None = None) -> None:
    """Restore `saved` (QWidget.saveGeometry) or take the preferred size; then shrink and
    move the window so that it lies entirely inside the available area."""
    if saved:
        window.restoreGeometry(QByteArray(saved))
    else:
        window.resize(PREFERRED)
    area = available_area(window)
    frame = _frame(window)
    width = min(window.width(), area.width() - frame.width())
    height = min(window.height(), area.height() - frame.height())
    window.resize(max(width, 1), max(height, 1))
    x = min(max(window.x(), area.left()), area.right() + 1 - width - frame.width())
    y = min(max(window.y(), area.top()), area.bottom() + 1 - height - frame.height())
    if not saved:  # centred the first time
        x = area.left() + (area.width() - width - frame.width()) // 2
        y = area.top() + (area.height() - height - frame.height()) // 2
    window.move(max(x, area.left()), max(y, area.top()))


def geometry_key(base: str, username: str | None) -> str:
    """A settings key per user of the application (the same computer is shared at a desk)."""
    return f"{base}/{username}" if username else base

"""A progress bar for one background task: hidden while idle, indeterminate until the task
reports numbers, with the task's step as text."""
from __future__ import annotations

from typing import Callable

from PySide6.QtWidgets import QProgressBar, QWidget


class BusyBar(QProgressBar):
    def __init__(self, parent: QWidget | None = None,
                 describe: Callable[[str], str] | None = None):
        super().__init__(parent)
        self._describe = describe or (lambda text: text)
        self.setTextVisible(True)
        self.setMaximumHeight(18)
        self.hide()

    def start(self, text: str = "") -> None:
        self.setRange(0, 0)  # indeterminate
        self.setFormat(text)
        self.show()

    def update_progress(self, done: int, total: int, text: str = "") -> None:
        """Connect as `on_progress` of `ctx.run`."""
        if total > 0:
            self.setRange(0, total)
            self.setValue(min(done, total))
        label = self._describe(text)
        self.setFormat(f"{label}  %p%" if label and total > 0 else label or "%p%")
        self.show()

    def finish(self) -> None:
        self.hide()
        self.setRange(0, 1)
        self.setValue(0)

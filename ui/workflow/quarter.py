"""The quarter the user works on (home page, pay run), shared by the pages that show it."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, Signal

from ruralperf.domain.periods import Quarter, last_complete_quarter


class QuarterState(QObject):
    changed = Signal(object)  # Quarter

    def __init__(self, quarter: Quarter | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._quarter = quarter or last_complete_quarter(date.today())

    @property
    def quarter(self) -> Quarter:
        return self._quarter

    def set(self, quarter: Quarter) -> None:
        if quarter != self._quarter:
            self._quarter = quarter
            self.changed.emit(quarter)

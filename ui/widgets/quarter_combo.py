"""Picking a quarter ("2025Q3"): the recent quarters, newest first."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QWidget

from ruralperf.domain.periods import Quarter

SPAN = 16  # quarters offered back from the current one


class QuarterCombo(QComboBox):
    quarter_changed = Signal(object)  # Quarter

    def __init__(self, parent: QWidget | None = None, today: date | None = None):
        super().__init__(parent)
        newest = Quarter.of(today or date.today())
        quarter = newest
        for _ in range(SPAN):
            self.addItem(str(quarter), quarter)
            quarter = quarter.previous
        self.setMinimumContentsLength(7)
        self.currentIndexChanged.connect(self._emit)

    def quarter(self) -> Quarter:
        return self.currentData()

    def set_quarter(self, quarter: Quarter) -> None:
        index = self.findText(str(quarter))
        if index < 0:  # an older quarter than offered: add it in order
            index = next((i for i in range(self.count()) if self.itemData(i) < quarter),
                         self.count())
            self.insertItem(index, str(quarter), quarter)
        if index != self.currentIndex():
            self.setCurrentIndex(index)

    def _emit(self, index: int) -> None:
        if index >= 0:
            self.quarter_changed.emit(self.itemData(index))

"""Twelve month grids of one year for the holiday page: each day coloured by what it is (working
day, weekend, rest day, make-up working day), days of approved quarters greyed. A click (or
Space/Enter on the focused day) emits `dayClicked(date)`; the page decides what it becomes."""
from __future__ import annotations

import calendar
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QGridLayout, QHeaderView, QLabel, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

REST = QColor("#f8d7d3")  # a statutory rest day
MAKE_UP = QColor("#d6e9c6")  # a make-up working day
WEEKEND = QColor("#eef1f5")
LOCKED_TEXT = QColor("#98a2b3")
CELL_W, CELL_H = 26, 21
DAY_ROLE = Qt.ItemDataRole.UserRole + 1


class MonthGrid(QTableWidget):
    dayClicked = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(6, 7, parent)
        self.setHorizontalHeaderLabels([self.tr("一"), self.tr("二"), self.tr("三"), self.tr("四"),
                                        self.tr("五"), self.tr("六"), self.tr("日")])
        self.verticalHeader().hide()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setDefaultSectionSize(CELL_W)
        header.setFixedHeight(CELL_H)
        self.verticalHeader().setDefaultSectionSize(CELL_H)
        self.setFixedSize(7 * CELL_W + 4, 6 * CELL_H + CELL_H + 4)
        self.cellClicked.connect(self._clicked)

    def _clicked(self, row: int, col: int) -> None:
        item = self.item(row, col)
        day = item.data(DAY_ROLE) if item is not None else None
        if day is not None:
            self.dayClicked.emit(day)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            index = self.currentIndex()
            if index.isValid():
                self._clicked(index.row(), index.column())
                return
        super().keyPressEvent(event)

    def show_month(self, year: int, month: int, kinds: dict[date, str], notes: dict[date, str],
                   frozen_until: date | None, changed: set[date]) -> None:
        self.clearContents()
        first_col = date(year, month, 1).weekday()
        for n in range(1, calendar.monthrange(year, month)[1] + 1):
            day = date(year, month, n)
            cell = first_col + n - 1
            item = QTableWidgetItem(str(n))
            item.setData(DAY_ROLE, day)
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            kind = kinds.get(day)
            if kind == "rest_day":
                item.setBackground(QBrush(REST))
            elif kind == "make_up_workday":
                item.setBackground(QBrush(MAKE_UP))
            elif day.weekday() >= 5:
                item.setBackground(QBrush(WEEKEND))
            if frozen_until is not None and day <= frozen_until:
                item.setForeground(QBrush(LOCKED_TEXT))
            if day in changed:
                font = item.font()
                font.setBold(True)
                font.setUnderline(True)
                item.setFont(font)
            tip = [day.isoformat()]
            if notes.get(day):
                tip.append(notes[day])
            item.setToolTip(" ".join(tip))
            self.setItem(cell // 7, cell % 7, item)


class YearGrid(QWidget):
    """The twelve months in four columns and three rows."""

    dayClicked = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.months: list[MonthGrid] = []
        self.titles: list[QLabel] = []
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        for i in range(12):
            box = QVBoxLayout()
            box.setSpacing(2)
            title = QLabel(self)
            title.setStyleSheet("font-weight: bold;")
            month = MonthGrid(self)
            month.dayClicked.connect(self.dayClicked)
            box.addWidget(title)
            box.addWidget(month)
            grid.addLayout(box, i // 4, i % 4)
            self.months.append(month)
            self.titles.append(title)

    def show_year(self, year: int, kinds: dict[date, str], notes: dict[date, str],
                  frozen_until: date | None, changed: set[date]) -> None:
        for i, (title, month) in enumerate(zip(self.titles, self.months), start=1):
            title.setText(self.tr("%1 月").replace("%1", str(i)))
            month.show_month(year, i, kinds, notes, frozen_until, changed)

    def month(self, n: int) -> MonthGrid:
        return self.months[n - 1]

    def cell_of(self, day: date) -> tuple[MonthGrid, int, int]:
        """The grid, row and column showing `day` (for tests and keyboard focus)."""
        cell = date(day.year, day.month, 1).weekday() + day.day - 1
        return self.months[day.month - 1], cell // 7, cell % 7

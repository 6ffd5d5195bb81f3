"""Blocking errors and warnings as a list, each with a link to the page that fixes it."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Sequence

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QLabel, QTableWidget,
                               QTableWidgetItem, QWidget)

ERROR_COLOR = QColor("#b42318")
WARNING_COLOR = QColor("#8a6100")


@dataclass(frozen=True)
class FindingRow:
    error: bool
    who: str  # "E005 孙丽", or "" for a run-wide finding
    text: str
    target: tuple[str, str] | None = None  # (page key, record key)
    target_label: str = ""  # e.g. the page's name


class FindingList(QTableWidget):
    """`navigate(page, record)` is called when the user follows a row's link."""

    def __init__(self, navigate: Callable[[str, str], None], parent: QWidget | None = None):
        super().__init__(0, 4, parent)
        self._navigate = navigate
        self._rows: list[FindingRow] = []
        self.setHorizontalHeaderLabels([self.tr("类型"), self.tr("员工"), self.tr("说明"),
                                        self.tr("处理")])
        self.verticalHeader().hide()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setWordWrap(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.cellDoubleClicked.connect(lambda row, _col: self.follow(row))

    def set_rows(self, rows: Sequence[FindingRow]) -> None:
        self._rows = list(rows)
        self.setRowCount(len(self._rows))
        for i, row in enumerate(self._rows):
            kind = QTableWidgetItem(self.tr("错误") if row.error else self.tr("提示"))
            kind.setForeground(QBrush(ERROR_COLOR if row.error else WARNING_COLOR))
            self.setItem(i, 0, kind)
            self.setItem(i, 1, QTableWidgetItem(row.who))
            text = QTableWidgetItem(row.text)
            text.setToolTip(row.text)
            self.setItem(i, 2, text)
            if row.target:
                link = QLabel(f'<a href="{i}">{row.target_label or self.tr("去处理")} →</a>')
                link.setContentsMargins(6, 0, 6, 0)
                link.linkActivated.connect(lambda href: self.follow(int(href)))
                self.setCellWidget(i, 3, link)
            else:
                self.removeCellWidget(i, 3)
                self.setItem(i, 3, QTableWidgetItem(""))

    def rows(self) -> list[FindingRow]:
        return list(self._rows)

    def follow(self, row: int) -> None:
        target = self._rows[row].target if 0 <= row < len(self._rows) else None
        if target:
            self._navigate(*target)

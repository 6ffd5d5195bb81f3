"""A small read-only table of a loan's related records (credits, ledgers, events...) with
optional "新增" and "删除" buttons; double-click edits. Used by the loan detail pane."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ui.records.formatting import alignment, display
from ui.records.labels import column_label


class DetailTable(QWidget):
    add_requested = Signal()
    edit_requested = Signal(dict)
    delete_requested = Signal(dict)

    def __init__(self, table: str, columns: list[tuple[str, str]], parent: QWidget | None = None,
                 editable: bool = True, can_edit: Callable[[dict], bool] = lambda _r: True,
                 add_text: str = ""):
        super().__init__(parent)
        self.table, self.columns, self.can_edit = table, columns, can_edit
        self.rows: list[dict] = []
        self.grid = QTableWidget(0, len(columns), self)
        self.grid.setHorizontalHeaderLabels([column_label(table, k) for k, _ in columns])
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.verticalHeader().hide()
        self.grid.verticalHeader().setDefaultSectionSize(22)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.grid.horizontalHeader().setMinimumSectionSize(90)
        self.grid.doubleClicked.connect(lambda _i: self._edit())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.grid, 1)
        self.add_button = self.delete_button = None
        if editable:
            buttons = QVBoxLayout()
            self.add_button = QPushButton(add_text or self.tr("新增"), self)
            self.delete_button = QPushButton(self.tr("删除"), self)
            self.add_button.clicked.connect(self.add_requested.emit)
            self.delete_button.clicked.connect(self._delete)
            buttons.addWidget(self.add_button)
            buttons.addWidget(self.delete_button)
            buttons.addStretch(1)
            layout.addLayout(buttons)

    def set_rows(self, rows: list[dict]) -> None:
        self.rows = list(rows)
        self.grid.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, (key, kind) in enumerate(self.columns):
                item = QTableWidgetItem(display(row.get(key), kind))
                item.setTextAlignment(alignment(kind))
                self.grid.setItem(r, c, item)

    def set_enabled_actions(self, enabled: bool) -> None:
        for button in (self.add_button, self.delete_button):
            if button is not None:
                button.setEnabled(enabled)

    def selected(self) -> dict | None:
        rows = self.grid.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def _edit(self) -> None:
        row = self.selected()
        if row is not None and self.add_button is not None and self.can_edit(row):
            self.edit_requested.emit(row)

    def _delete(self) -> None:
        row = self.selected()
        if row is not None and self.can_edit(row):
            self.delete_requested.emit(row)



"""What an import adds, updates and leaves unchanged, per sheet, as a small table."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem,
                               QWidget)

from ui.workflow.labels import sheet_label

FIELDS = ("inserted", "updated", "unchanged")


class ImportCounts(QTableWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(0, 4, parent)
        self.setHorizontalHeaderLabels([self.tr("工作表"), self.tr("新增"), self.tr("更新"),
                                        self.tr("未变")])
        self.verticalHeader().hide()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)

    def set_counts(self, counts: dict) -> None:
        """`counts` is ImportReport.counts: sheet key -> SheetCount; a total row is added."""
        rows = [(sheet_label(key), [getattr(c, f) for f in FIELDS]) for key, c in counts.items()]
        totals = [sum(values[i] for _label, values in rows) for i in range(len(FIELDS))]
        rows.append((self.tr("合计"), totals))
        self.setRowCount(len(rows))
        for r, (label, values) in enumerate(rows):
            self.setItem(r, 0, QTableWidgetItem(label))
            for c, value in enumerate(values, 1):
                item = QTableWidgetItem(f"{value:,}")
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.setItem(r, c, item)
        for c in range(4):
            font = self.item(len(rows) - 1, c).font()
            font.setBold(True)
            self.item(len(rows) - 1, c).setFont(font)

    def total(self, field: str) -> int:
        row = self.rowCount() - 1
        if row < 0:
            return 0
        return int(self.item(row, 1 + FIELDS.index(field)).text().replace(",", ""))

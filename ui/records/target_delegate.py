"""In-place editing of a target cell: a line edit that keeps what was typed; the page marks a
cell the column cannot hold (an amount with at most two decimals, a whole number, a score
0-100) with the reason."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QStyledItemDelegate


INDICATORS = ("interest", "deposit", "npl", "intermediate", "quality")
FIRST_INDICATOR_COLUMN = 3


class TargetDelegate(QStyledItemDelegate):
    def __init__(self, records, parent=None):
        super().__init__(parent)
        self.records = records

    def createEditor(self, parent, option, index):  # noqa: N802
        if index.column() < FIRST_INDICATOR_COLUMN:
            return None
        editor = QLineEdit(parent)
        editor.setAlignment(Qt.AlignRight | Qt.AlignVCenter)
        return editor

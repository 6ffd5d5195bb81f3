"""In-place editing of a target cell: a line edit that only takes what the column can hold
(an amount with at most two decimals, a whole number, a score 0-100)."""
from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit, QStyledItemDelegate

from ui.records.forms.fields import PATTERNS

INDICATORS = ("interest", "deposit", "npl", "intermediate", "quality")
FIRST_INDICATOR_COLUMN = 3


class TargetDelegate(QStyledItemDelegate):
    def __init__(self, records, parent=None):
        super().__init__(parent)
        self.records = records

    def createEditor(self, parent, option, index):  # noqa: N802
        if index.column() < FIRST_INDICATOR_COLUMN:
            return None
        key = INDICATORS[index.column() - FIRST_INDICATOR_COLUMN]
        kind = next(c.kind for c in self.records.columns("targets") if c.key == key)
        editor = QLineEdit(parent)
        editor.setAlignment(Qt.AlignRight | Qt.AlignVCenter)
        editor.setValidator(QRegularExpressionValidator(QRegularExpression(PATTERNS[kind]),
                                                        editor))
        return editor

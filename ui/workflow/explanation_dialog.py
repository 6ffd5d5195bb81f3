"""The explanation of one pay-run cell: detail lines (rule, formula, inputs, parameter values)
and the way from base to assessed amount. Modeless, so several can be compared."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QFormLayout,
                               QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout,
                               QWidget)

from ruralperf.domain.results import PayRunResult, StaffPay
from ruralperf.i18n import current_lang, finding_text
from ui.workflow.explain import Explanation, explain

AMOUNT_HEADERS_RIGHT = {2}  # the amount column of detail lines


class ExplanationDialog(QDialog):
    def __init__(self, result: PayRunResult, pay: StaffPay, key: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setAttribute(Qt.WA_DeleteOnClose)
        self.explanation: Explanation = explain(result, pay, key)
        self.setWindowTitle(self.tr("计算过程"))
        self.resize(900, 460)
        heading = QLabel(self.explanation.title, self)
        font = heading.font()
        font.setPointSize(font.pointSize() + 2)
        font.setBold(True)
        heading.setFont(font)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        if self.explanation.headers:
            self.table = self._table(self.explanation)
            layout.addWidget(self.table, 1)
        else:
            self.table = None
        if self.explanation.note:
            note = QLabel(self.explanation.note, self)
            note.setWordWrap(True)
            layout.addWidget(note)
        self.summary_labels: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignRight)
        for label, value in self.explanation.summary:
            value_label = QLabel(value, self)
            value_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
            bold = QFont(value_label.font())
            bold.setBold(True)
            value_label.setFont(bold)
            self.summary_labels[label] = value_label
            form.addRow(label, value_label)
        layout.addLayout(form)
        findings = [finding_text(f, current_lang()) for f in (*pay.errors, *pay.warnings)]
        if findings:
            box = QLabel("\n".join(findings), self)
            box.setWordWrap(True)
            box.setStyleSheet("color: #b42318;" if pay.errors else "color: #8a6100;")
            layout.addWidget(box)
        buttons = QDialogButtonBox(QDialogButtonBox.Close, self)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        if self.table is None:
            layout.addStretch(1)

    def _table(self, ex: Explanation) -> QTableWidget:
        table = QTableWidget(len(ex.rows), len(ex.headers), self)
        table.setHorizontalHeaderLabels(ex.headers)
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        table.setWordWrap(True)
        for r, row in enumerate(ex.rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if len(ex.headers) == 5 and c in AMOUNT_HEADERS_RIGHT:
                    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                table.setItem(r, c, item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setStretchLastSection(True)
        table.resizeRowsToContents()
        return table

    def summary_text(self) -> str:
        """All the dialog's sums as text (for tests and copying)."""
        return "\n".join(f"{label} {value}" for label, value in self.explanation.summary)

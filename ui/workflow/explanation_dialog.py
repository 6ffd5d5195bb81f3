"""The explanation of one pay-run cell: detail lines (rule, formula, inputs, parameter values)
and the way from base to assessed amount. Modeless, so several can be compared."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QGridLayout,
                               QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout,
                               QWidget)

from ruralperf.domain.results import PayRunResult, StaffPay
from ruralperf.i18n import current_lang, finding_text
from ui.workflow.explain import Explanation, explain, findings_for

class ExplanationDialog(QDialog):
    def __init__(self, result: PayRunResult, pay: StaffPay, key: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.explanation: Explanation = explain(result, pay, key)
        self.setWindowTitle(self.tr("计算过程"))
        heading = QLabel(self.explanation.title, self)
        font = heading.font()
        font.setPointSize(font.pointSize() + 2)
        font.setBold(True)
        heading.setFont(font)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        self.table = self._table(self.explanation) if self.explanation.headers else None
        if self.table is not None:
            layout.addWidget(self.table, 1)
        if self.explanation.note:
            note = QLabel(self.explanation.note, self)
            note.setWordWrap(True)
            layout.addWidget(note)
        self.summary_labels: dict[str, QLabel] = {}
        sums = QGridLayout()
        sums.setHorizontalSpacing(16)
        for row, (label, value) in enumerate(self.explanation.summary):
            name = QLabel(label, self)
            name.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value_label = QLabel(value, self)
            value_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            bold = QFont(value_label.font())
            bold.setBold(True)
            value_label.setFont(bold)
            value_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.summary_labels[label] = value_label
            sums.addWidget(name, row, 0)
            sums.addWidget(value_label, row, 1)
        sums.setColumnStretch(2, 1)
        layout.addLayout(sums)
        concerned = findings_for(pay, key)
        if concerned:
            box = QLabel("\n".join(finding_text(f, current_lang()) for f in concerned), self)
            box.setWordWrap(True)
            error = any(f in pay.errors for f in concerned)
            box.setStyleSheet("color: #b42318;" if error else "color: #8a6100;")
            layout.addWidget(box)
        if self.table is None:
            layout.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        if self.explanation.wide:
            self.resize(980, 560)
        elif self.table is not None:
            self.resize(640, 360)
        else:
            self.resize(520, self.sizeHint().height())

    def _table(self, ex: Explanation) -> QTableWidget:
        table = QTableWidget(len(ex.rows), len(ex.headers), self)
        table.setHorizontalHeaderLabels(ex.headers)
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(True)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        for r, row in enumerate(ex.rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if c in ex.numeric:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(r, c, item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in ex.stretch:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        if not ex.stretch:
            header.setStretchLastSection(True)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        return table

    def summary_text(self) -> str:
        """All the dialog's sums as text (for tests and copying)."""
        return "\n".join(f"{label} {value}" for label, value in self.explanation.summary)

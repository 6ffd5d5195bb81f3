"""Asking for a written reason (approving one's own pay run, reopening an approved quarter):
an explanation, a text box, and an OK button that waits for a reason when one is required.
Window-modal and never blocking: `accepted_reason` carries the text."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout,
                               QWidget)

MAX_REASON = 500


class ReasonDialog(QDialog):
    accepted_reason = Signal(str)

    def __init__(self, title: str, explanation: str, ok_text: str, required: bool,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.required = required
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.explanation = QLabel(explanation, self)
        self.explanation.setWordWrap(True)
        self.explanation.setTextFormat(Qt.TextFormat.RichText)
        caption = QLabel(self.tr("理由（必填，记入审计日志）") if required
                         else self.tr("审批意见（可不填，记入审计日志）"), self)
        self.reason = QPlainTextEdit(self)
        self.reason.setTabChangesFocus(True)
        self.reason.setMinimumHeight(self.fontMetrics().height() * 4)
        self.reason.textChanged.connect(self._check)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(caption)
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        self.resize(max(460, self.sizeHint().width()), self.sizeHint().height())
        self._check()

    def text(self) -> str:
        return self.reason.toPlainText().strip()[:MAX_REASON]

    def _check(self) -> None:
        self.ok_button.setEnabled(bool(self.text()) or not self.required)

    def accept(self) -> None:
        if self.required and not self.text():
            return
        super().accept()
        self.accepted_reason.emit(self.text())

"""Before statements go to the printer: one or two sides, and copies per person. Two-sided
printing pads every statement with a blank page to an even page count, so that no sheet carries
two people. The choice is remembered in the settings. Window-modal and never blocking:
`chosen(duplex, copies)` carries it."""
from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLabel,
                               QSpinBox, QVBoxLayout, QWidget)

MAX_COPIES = 9


class PrintOptionsDialog(QDialog):
    chosen = Signal(bool, int)

    def __init__(self, settings: QSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("打印选项"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.duplex = QCheckBox(self.tr("双面打印（每人的工资条从新的一张纸开始）"), self)
        self.duplex.setChecked(str(settings.value("print/duplex", "false")) == "true")
        self.copies = QSpinBox(self)
        self.copies.setRange(1, MAX_COPIES)
        self.copies.setValue(int(settings.value("print/copies", 1) or 1))
        self.copies.setSuffix(self.tr(" 份"))
        note = QLabel(self.tr("双面打印时，页数为单数的工资条后面补一张空白页。"), self)
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.duplex)
        form.addRow(self.tr("每人份数"), self.copies)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("下一步"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.duplex.setFocus()

    def accept(self) -> None:
        super().accept()
        duplex, copies = self.duplex.isChecked(), self.copies.value()
        self.settings.setValue("print/duplex", "true" if duplex else "false")
        self.settings.setValue("print/copies", copies)
        self.chosen.emit(duplex, copies)

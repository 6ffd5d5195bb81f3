"""Settings: the interface language (saved; takes effect when the program starts again)."""
from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel,
                               QVBoxLayout, QWidget)

from ui.i18n import resolve_language, save_language, saved_language

LANGUAGE_NAMES = (("zh_CN", "中文（简体）"), ("en", "English"))  # each in its own language


class SettingsDialog(QDialog):
    def __init__(self, settings: QSettings, current_lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("设置"))
        self.language = QComboBox(self)
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        chosen = saved_language(settings) or resolve_language(current_lang, settings)
        self.language.setCurrentIndex(max(0, self.language.findData(chosen)))
        note = QLabel(self.tr("更改语言后，需要重新启动程序才能生效。"), self)
        note.setWordWrap(True)
        note.setStyleSheet("color: #667085;")
        form = QFormLayout()
        form.addRow(self.tr("界面语言"), self.language)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def chosen_language(self) -> str:
        return self.language.currentData()

    def accept(self) -> None:
        save_language(self.settings, self.chosen_language())
        super().accept()

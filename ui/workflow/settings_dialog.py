"""Settings: the interface language (saved; takes effect when the program starts again) and,
for administrators, the idle time after which the screen locks (a branch setting kept in the
database; the caller saves it through the workspace)."""
from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel,
                               QSpinBox, QVBoxLayout, QWidget)

from ui.i18n import resolve_language, save_language, saved_language

LANGUAGE_NAMES = (("zh_CN", "中文（简体）"), ("en", "English"))  # each in its own language
MAX_IDLE_MINUTES = 480


class SettingsDialog(QDialog):
    def __init__(self, settings: QSettings, current_lang: str, parent: QWidget | None = None,
                 idle_minutes: int | None = None, may_set_lock: bool = False):
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
        form.addRow("", note)
        self.idle_minutes: QSpinBox | None = None
        if idle_minutes is not None:
            self.idle_minutes = QSpinBox(self)
            self.idle_minutes.setRange(0, MAX_IDLE_MINUTES)
            self.idle_minutes.setValue(idle_minutes)
            self.idle_minutes.setSuffix(self.tr(" 分钟"))
            self.idle_minutes.setSpecialValueText(self.tr("不锁定"))
            self.idle_minutes.setEnabled(may_set_lock)
            lock_note = QLabel(self.tr("无人操作这么久后锁定屏幕，需要输入密码才能继续；0 表示不锁定。")
                               if may_set_lock else self.tr("只有管理员可以更改。"), self)
            lock_note.setWordWrap(True)
            lock_note.setStyleSheet("color: #667085;")
            form.addRow(self.tr("自动锁定"), self.idle_minutes)
            form.addRow("", lock_note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)

    def chosen_language(self) -> str:
        return self.language.currentData()

    def chosen_idle_minutes(self) -> int | None:
        """The idle minutes chosen (None when the field is not shown or not changeable)."""
        if self.idle_minutes is None or not self.idle_minutes.isEnabled():
            return None
        return self.idle_minutes.value()

    def accept(self) -> None:
        save_language(self.settings, self.chosen_language())
        super().accept()

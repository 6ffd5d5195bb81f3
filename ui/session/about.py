"""The About dialog: version, where the database, its backups and the log file are, and the
Qt and Python versions, with buttons to open those folders."""
from __future__ import annotations

import platform
import sys
from pathlib import Path

import PySide6
from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
                               QPushButton, QVBoxLayout, QWidget)

from ruralperf import __version__
from ruralperf.logsetup import log_path
from ruralperf.paths import backup_dir


def open_folder(folder: Path) -> bool:
    """Show a folder in the system's file manager (made first if it does not exist yet)."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        pass
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class AboutDialog(QDialog):
    def __init__(self, db: str, db_path: Path | None, parent: QWidget | None = None,
                 log_file: Path | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("关于"))
        self.db_path = db_path
        self.backups = backup_dir(db_path) if db_path is not None else None
        self.log_file = log_file or log_path()
        title = QLabel(self.tr("农信社绩效考核与诉讼时效管理"), self)
        title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        blurb = QLabel(self.tr("客户经理季度绩效工资核算、诉讼时效跟踪。离线使用，数据只保存在本机。"), self)
        blurb.setWordWrap(True)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields: dict[str, QLabel] = {}
        rows = (
            ("version", self.tr("版本"), __version__),
            ("database", self.tr("数据库"), str(db_path) if db_path else db),
            ("backups", self.tr("备份文件夹"), str(self.backups) if self.backups else "—"),
            ("log", self.tr("日志文件"), str(self.log_file)),
            ("qt", self.tr("Qt"), f"{qVersion()} (PySide6 {PySide6.__version__})"),
            ("python", self.tr("Python"), f"{platform.python_version()} ({sys.platform})"),
        )
        for key, label, value in rows:
            field = QLabel(value, self)
            field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            field.setWordWrap(True)
            field.setMinimumWidth(420)
            self.fields[key] = field
            form.addRow(label, field)
        self.open_db_button = QPushButton(self.tr("打开数据库文件夹"), self)
        self.open_backups_button = QPushButton(self.tr("打开备份文件夹"), self)
        self.open_log_button = QPushButton(self.tr("打开日志文件夹"), self)
        self.open_db_button.setEnabled(db_path is not None)
        self.open_backups_button.setEnabled(self.backups is not None)
        # (the two buttons are disabled without their folder)
        self.open_db_button.clicked.connect(
            lambda: open_folder(self.db_path.parent) if self.db_path is not None else None)
        self.open_backups_button.clicked.connect(
            lambda: open_folder(self.backups) if self.backups is not None else None)
        self.open_log_button.clicked.connect(lambda: open_folder(self.log_file.parent))
        folders = QHBoxLayout()
        for button in (self.open_db_button, self.open_backups_button, self.open_log_button):
            folders.addWidget(button)
        folders.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(blurb)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addSpacing(8)
        layout.addLayout(folders)
        layout.addWidget(buttons)

"""The large file's quick check that runs after the window opened (issue 22.4): while it runs
the status bar says so (writes are refused by the workspace meanwhile, with the same words);
when it fails, the window says in words that the file may be damaged and is open for viewing
only (a red line in the status bar, the title, one message). Nothing is ever repaired."""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox

from ruralperf.i18n import current_lang
from ruralperf.i18n import tr as core_message

POLL_MS = 200


class FileCheckWatch(QObject):
    def __init__(self, ctx, window: QMainWindow):
        super().__init__(window)
        self.ctx, self.window = ctx, window
        self.state = ctx.workspace.file_check()
        self.box: QMessageBox | None = None
        self.label = QLabel(window)
        window.statusBar().addWidget(self.label)
        self.label.hide()
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        if self.state == "checking":
            self.label.setText(self.tr("正在检查数据库完整性…（完成前不能修改数据）"))
            self.label.show()
            self.timer.start()
        elif self.state == "damaged":
            self._damaged()

    def poll(self) -> None:
        self.state = self.ctx.workspace.file_check()
        if self.state == "checking":
            return
        self.timer.stop()
        if self.state == "damaged":
            self._damaged()
        else:
            self.label.hide()

    def _damaged(self) -> None:
        text = core_message("db_damaged_read_only", current_lang(), path=self.ctx.workspace.db)
        self.label.setText(self.tr("数据库未通过完整性检查：只能查看，不能修改"))
        self.label.setToolTip(text)
        self.label.setStyleSheet("color: #b42318; font-weight: bold;")
        self.label.show()
        self.window.setWindowTitle(self.window.windowTitle() + self.tr("（只读）"))
        box = QMessageBox(QMessageBox.Icon.Critical, self.tr("数据库完整性检查未通过"), text,
                          QMessageBox.StandardButton.NoButton, self.window)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.addButton(self.tr("知道了"), QMessageBox.ButtonRole.AcceptRole)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.box = box

"""Tells the user when a backup taken before an import fails its integrity check.

The core checks that backup in a thread after the import has committed (it takes ten times as
long as the copy); this polls the verdicts every few seconds without blocking anything and
warns once per failed backup. The import itself is not affected by such a failure."""
from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from ruralperf.i18n import current_lang
from ruralperf.i18n import tr as core_message

POLL_MS = 3000


class BackupWatch(QObject):
    def __init__(self, ctx, window: QWidget):
        super().__init__(window)
        self.ctx, self.window = ctx, window
        self.shown: list[str] = []
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        self.timer.start()

    def poll(self) -> None:
        failed = self.ctx.workspace.backup_problems(wait=False)
        for path in failed:
            text = core_message("backup_check_failed", current_lang(), value=f"{path}.damaged")
            self.shown.append(text)
            QMessageBox.warning(self.window, self.tr("备份检查未通过"), text)

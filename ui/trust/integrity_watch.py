"""Tells an administrator or auditor at start-up when the database fails its integrity check
(issue 14.4): first the fast check (the audit chain's head kept outside the file, the chain's
key, approved runs, accounts), then the whole chain verified in a background thread. Each
problem is shown once, in words, in a non-blocking warning; nothing is ever repaired here."""
from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from ruralperf.i18n import current_lang

log = logging.getLogger("ruralperf.ui")
POLL_MS = 300


class IntegrityWatch(QObject):
    def __init__(self, ctx, window: QWidget):
        super().__init__(window)
        self.ctx, self.window = ctx, window
        self.shown: list[str] = []  # messages shown so far (tests)
        self.box: QMessageBox | None = None
        self.full_done = False
        self._full: tuple | None = None
        self._thread: threading.Thread | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self._poll)
        if ctx.workspace.can("audit"):
            ctx.run(lambda _p: ctx.workspace.integrity_problems(), on_done=self._quick_done,
                    on_error=lambda exc: log.error("integrity check failed: %r", exc))

    def _quick_done(self, problems) -> None:
        self._tell(problems)
        ws = self.ctx.workspace
        self._thread = threading.Thread(target=self._run_full, args=(ws,), daemon=True,
                                        name="audit-verify")
        self._thread.start()
        self.timer.start()

    def _run_full(self, ws) -> None:
        try:
            self._full = ws.verify_everything()
        except Exception as exc:  # e.g. the database was closed meanwhile
            log.warning("background audit check stopped: %r", exc)
            self._full = (None, [])

    def _poll(self) -> None:
        if self._full is None:
            return
        self.timer.stop()
        self.full_done = True
        self._tell(self._full[1])

    def _tell(self, problems) -> None:
        lang = current_lang()
        new = [m for m in (p.message(lang) for p in problems) if m not in self.shown]
        if not new:
            return
        self.shown.extend(new)
        text = self.tr("数据库完整性检查发现以下问题。软件不会自动修复，请管理员核查"
                       "（必要时从备份恢复）：") + "\n\n" + "\n\n".join(new)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("数据完整性检查"), text,
                          QMessageBox.StandardButton.NoButton, self.window)
        box.addButton(self.tr("知道了"), QMessageBox.ButtonRole.AcceptRole)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.box = box

"""修改密码: the signed-in user changes his own password (the old one asked again), or an
administrator sets another user's (`username` given: no old password). The core checks and
audits (`Workspace.change_password`, `reset_password`)."""
from __future__ import annotations

from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout,
                               QWidget)

from ruralperf.errors import describe
from ruralperf.i18n import current_lang
from ruralperf.domain.users import MIN_PASSWORD
from ruralperf.errors import LoginFailed
from ui.context import AppContext
from ui.records.background import run_for
from ui.session.wizard_common import password_field

ERROR_STYLE = "color: #b42318;"


class PasswordDialog(QDialog):
    def __init__(self, ctx: AppContext, username: str | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.username = username  # None: one's own password
        self.setWindowTitle(self.tr("修改密码") if username is None
                            else self.tr("重置密码：%1").replace("%1", username))
        self.old = password_field(self)
        self.new = password_field(self)
        self.again = password_field(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        form = QFormLayout()
        if username is None:
            form.addRow(self.tr("原密码"), self.old)
        else:
            self.old.hide()
        form.addRow(self.tr("新密码"), self.new)
        form.addRow(self.tr("确认新密码"), self.again)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("确定"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        (self.old if username is None else self.new).setFocus()

    def submit(self) -> None:
        new = self.new.text()
        if len(new) < MIN_PASSWORD:
            self.message.setText(self.tr("密码至少 %1 位。").replace("%1", str(MIN_PASSWORD)))
            self.new.setFocus()
            return
        if new != self.again.text():
            self.message.setText(self.tr("两次输入的密码不一致。"))
            self.again.clear()
            self.again.setFocus()
            return
        ws, old, name = self.ctx.workspace, self.old.text(), self.username
        self.buttons.setEnabled(False)
        work = (lambda _p: ws.change_password(old, new)) if name is None \
            else (lambda _p: ws.reset_password(name, new))
        run_for(self, work, on_done=lambda _r: self.accept(), on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(exc, LoginFailed):
            self.message.setText(self.tr("原密码不正确。"))
            self.old.clear()
            self.old.setFocus()
            return
        self.message.setText(describe(exc, current_lang())[1])

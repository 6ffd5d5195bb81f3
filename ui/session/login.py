"""Logging in at start (`LoginDialog`) and the idle lock (`LockScreen`, which covers the main
window until the current user's password is given, or another user logs in).

The password is checked on the background worker (Argon2 takes a moment and reads the
database). After three wrong passwords in a row the form waits a few seconds before the next
attempt, a little longer after each further failure."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (QDialog, QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QVBoxLayout, QWidget)

from ruralperf.errors import UserError, describe
from ruralperf.i18n import current_lang
from ruralperf.domain.users import User
from ruralperf.errors import LoginFailed
from ui.context import AppContext
from ui.i18n import counted
from ui.records.background import run_for
from ui.session.labels import role_label

ERROR_STYLE = "color: #b42318;"
MUTED_STYLE = "color: #667085;"


def _attempt(ws, name: str, password: str) -> User | LoginFailed:
    """A wrong password is an answer, not an error (kept out of the log's tracebacks)."""
    try:
        return ws.login(name, password)
    except LoginFailed as failed:
        return failed


class LoginDialog(QDialog):
    """User name and password. `logged_in(User)` on success; Esc (or 退出) rejects."""

    logged_in = Signal(object)
    FAIL_LIMIT = 3  # wrong passwords in a row before the form waits
    FAIL_DELAY_MS = 5000  # the first wait; each further failure adds as much (at most MAX)
    MAX_DELAY_MS = 60_000

    def __init__(self, ctx: AppContext, username: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.user: User | None = None
        self.failures = 0
        self._checking = False
        self._waiting = QTimer(self)
        self._waiting.setSingleShot(True)
        self._waiting.timeout.connect(self._wait_over)
        self.setWindowTitle(self.tr("登录"))
        self.heading = QLabel(self.tr("农信社绩效考核与诉讼时效管理"), self)
        font = self.heading.font()  # a font, not a style sheet: the size hint is right at once
        font.setPointSize(14)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.subheading = QLabel(self)
        self.subheading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.subheading.setStyleSheet(MUTED_STYLE)
        self.subheading.setWordWrap(True)
        self.username = QLineEdit(username, self)
        self.username.setMaxLength(64)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setMaxLength(128)
        self.message = QLabel(self)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.setMinimumHeight(self.fontMetrics().height() * 2)
        self.login_button = QPushButton(self.tr("登录"), self)
        self.login_button.setDefault(True)
        self.login_button.clicked.connect(self.try_login)
        self.quit_button = QPushButton(self.tr("退出"), self)
        self.quit_button.clicked.connect(self.reject)
        self.form = QFormLayout()
        self.form.addRow(self.tr("用户名"), self.username)
        self.form.addRow(self.tr("密码"), self.password)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.login_button)
        self.buttons.addWidget(self.quit_button)
        self.panel = QFrame(self)
        panel_layout = QVBoxLayout(self.panel)
        panel_layout.addWidget(self.heading)
        panel_layout.addWidget(self.subheading)
        panel_layout.addSpacing(8)
        panel_layout.addLayout(self.form)
        panel_layout.addWidget(self.message)
        panel_layout.addLayout(self.buttons)
        self._layout_panel()
        (self.password if username else self.username).setFocus()
        self._load_branch()

    def _layout_panel(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        self.username.setMinimumWidth(280)  # no fixed dialog width: a longer heading widens it

    def _load_branch(self) -> None:
        ws = self.ctx.workspace
        run_for(self, lambda _p: ws.branch, on_done=self._show_branch,
                on_error=lambda _e: None)

    def _show_branch(self, branch: tuple[str, str]) -> None:
        code, name = branch
        self.subheading.setText(self.tr("网点：%1（%2）").replace("%1", name).replace("%2", code))

    # -- checking ----------------------------------------------------------------------------
    def username_to_check(self) -> str:
        return self.username.text().strip()

    def try_login(self) -> None:
        if self._checking or self._waiting.isActive():
            return
        name, password = self.username_to_check(), self.password.text()
        if not name or not password:
            self.message.setText(self.tr("请输入用户名和密码。"))
            (self.username if not name else self.password).setFocus()
            return
        self._set_checking(True)
        ws = self.ctx.workspace
        run_for(self, lambda _p: _attempt(ws, name, password), on_done=self._checked,
                on_error=self._failed)

    def _set_checking(self, checking: bool) -> None:
        self._checking = checking
        self.message.setStyleSheet(MUTED_STYLE if checking else ERROR_STYLE)
        if checking:
            self.message.setText(self.tr("正在验证…"))
        self._enable(not checking)

    def _enable(self, enabled: bool) -> None:
        for widget in (self.password, self.login_button):
            widget.setEnabled(enabled)
        self.username.setEnabled(enabled)

    def _checked(self, outcome: User | LoginFailed) -> None:
        if isinstance(outcome, LoginFailed):
            self._failed(outcome)
        else:
            self._succeeded(outcome)

    def _succeeded(self, user: User) -> None:
        self._set_checking(False)
        self.message.clear()
        self.failures = 0
        self.user = user
        self.logged_in.emit(user)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_checking(False)
        self.password.clear()
        self.password.setFocus()
        if not isinstance(exc, LoginFailed):
            self.message.setText(exc.message(current_lang()) if isinstance(exc, UserError)
                                 else describe(exc, current_lang())[1])
            return
        self.failures += 1
        text = self.tr("用户名或密码错误。")
        if self.failures >= self.FAIL_LIMIT:
            delay = min(self.MAX_DELAY_MS,
                        self.FAIL_DELAY_MS * (self.failures - self.FAIL_LIMIT + 1))
            seconds = max(1, round(delay / 1000))
            text += counted(self.tr("已连续 %1 次失败，请等待 %2 秒后再试。").replace(
                "%1", str(self.failures)).replace("%2", str(seconds)))
            self._enable(False)
            self._waiting.start(delay)
        self.message.setText(text)

    def waiting(self) -> bool:
        """True while the form makes the user wait after repeated failures."""
        return self._waiting.isActive()

    def _wait_over(self) -> None:
        self._enable(True)
        self.message.setText(self.tr("请重新输入密码。"))
        self.password.setFocus()


class LockScreen(LoginDialog):
    """Covers the main window after the idle time. The current user's password unlocks it;
    切换用户 lets another user log in instead (the session then starts again for them).
    Esc does nothing; 退出程序 closes the application (with its backup on close)."""

    quit_requested = Signal()

    def __init__(self, ctx: AppContext, user: User, window: QWidget):
        self.locked_user = user
        self._covered = window
        self._may_close = False
        super().__init__(ctx, user.username, window)
        self.setWindowTitle(self.tr("已锁定"))
        self.setWindowFlags(Qt.WindowType.Dialog | Qt.WindowType.FramelessWindowHint)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setAutoFillBackground(True)
        self.heading.setText(self.tr("屏幕已锁定"))
        self.subheading.setText(self.tr("当前用户：%1（%2）。请输入密码解锁。").replace(
            "%1", user.display_name or user.username).replace("%2", role_label(user.role)))
        self.username.setReadOnly(True)
        self.login_button.setText(self.tr("解锁"))
        self.quit_button.setText(self.tr("退出程序"))
        self.quit_button.clicked.disconnect()
        self.quit_button.clicked.connect(self._quit)
        self.switch_button = QPushButton(self.tr("切换用户"), self.panel)
        self.switch_button.clicked.connect(self.switch_user)
        self.buttons.insertWidget(1, self.switch_button)
        self.password.setFocus()
        window.installEventFilter(self)
        self._cover()

    def _load_branch(self) -> None:
        pass  # the heading names the locked user instead

    def _layout_panel(self) -> None:
        self.panel.setFrameShape(QFrame.Shape.StyledPanel)
        self.panel.setObjectName("lockPanel")
        self.panel.setStyleSheet("#lockPanel { background: palette(base); border: 1px solid "
                                 "palette(mid); border-radius: 6px; }")
        self.panel.layout().setContentsMargins(24, 18, 24, 14)
        self.panel.setFixedWidth(480)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.panel)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

    def _cover(self) -> None:
        self.setGeometry(self._covered.geometry())

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if watched is self._covered and event.type() in (QEvent.Type.Move, QEvent.Type.Resize):
            self._cover()
        return False

    def showEvent(self, event) -> None:  # noqa: N802
        self._cover()
        super().showEvent(event)
        self.activateWindow()
        self.raise_()

    def switch_user(self) -> None:
        """Let another user log in (their session replaces this one)."""
        self.username.setReadOnly(False)
        self.username.clear()
        self.password.clear()
        self.message.clear()
        self.subheading.setText(self.tr("切换用户：请输入另一位用户的用户名和密码。"))
        self.login_button.setText(self.tr("登录"))
        self.username.setFocus()

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.matches(QKeySequence.StandardKey.Cancel):
            return  # Esc never unlocks
        super().keyPressEvent(event)

    def reject(self) -> None:
        if self._may_close:
            super().reject()

    def accept(self) -> None:
        self._may_close = True
        self._covered.removeEventFilter(self)
        super().accept()

    def closeEvent(self, event) -> None:  # noqa: N802
        if not self._may_close:
            event.ignore()
            return
        super().closeEvent(event)

    def _quit(self) -> None:
        self._may_close = True
        self._covered.removeEventFilter(self)
        self.quit_requested.emit()
        super().reject()

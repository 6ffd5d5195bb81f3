"""The session of the desktop application, after the database is open:

    no accounts yet  -> first-run wizard -> main window (home page)
    accounts exist   -> login dialog     -> main window
    idle (or 锁定屏幕) -> lock screen over the window -> the same user unlocks, or another user
                        logs in and the window is built again for them
    切换用户          -> the window closes, the login dialog shows
    the window closes (or 退出) -> `quit_requested`; `shutdown()` takes the backup on close

Nothing here blocks in a modal loop: every dialog is shown with show()/open() and its result
arrives by signal, so tests drive the whole flow."""
from __future__ import annotations

import hashlib

import logging

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from ruralperf.errors import describe
from ruralperf.domain.users import User
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.session.recovery import offer_drafts
from ui.session.idle import DEFAULT_MINUTES, SETTING_KEY, IdleLock, parse_minutes
from ui.session.login import LockScreen, LoginDialog
from ui.session.startup import warning_boxes
from ui.session.wizard import FirstRunWizard

log = logging.getLogger("ruralperf.ui")
LAST_USER_KEY = "session/last_user"


class Session(QObject):
    quit_requested = Signal(int)  # exit code
    window_shown = Signal(object)  # the MainWindow
    database_requested = Signal(str)  # 文件 > 打开数据库: the path (ui.session.desk opens it)

    def __init__(self, ctx: AppContext, lang: str = "zh_CN", remember_geometry: bool = True,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.ctx, self.lang = ctx, lang
        self._remember = remember_geometry
        self.window: MainWindow | None = None
        self.wizard: FirstRunWizard | None = None
        self.login: LoginDialog | None = None
        self.lock_screen: LockScreen | None = None
        self.idle: IdleLock | None = None
        self.warnings: list[QMessageBox] = []
        self._warned = False
        self._replacing = False  # closing the window to switch users, not to quit
        self._shut_down = False
        self.worked = False  # a main window was opened (someone logged in and worked)

    # -- start -------------------------------------------------------------------------------
    def start(self) -> None:
        if self.ctx.workspace.has_users():
            self.show_login()
        else:
            self.show_wizard()

    def show_wizard(self) -> FirstRunWizard:
        self.wizard = FirstRunWizard(self.ctx)
        self.wizard.finished.connect(self._wizard_finished)
        self.wizard.show()
        return self.wizard

    def _wizard_finished(self, _result: int) -> None:
        wizard, self.wizard = self.wizard, None
        if wizard is None:
            return
        wizard.deleteLater()
        if wizard.admin is None:  # cancelled before the administrator existed
            self.quit_requested.emit(0)
            return
        self._remember_user(wizard.admin)
        self.open_window(open_import=wizard.open_import)

    def show_login(self) -> LoginDialog:
        last = str(self.ctx.settings.value(self._last_user_key(), "") or "")
        self.login = LoginDialog(self.ctx, last)
        self.login.finished.connect(self._login_finished)
        self.login.show()
        return self.login

    def _login_finished(self, result: int) -> None:
        dialog, self.login = self.login, None
        if dialog is None:
            return
        dialog.deleteLater()
        if result != QDialog.DialogCode.Accepted or dialog.user is None:
            self.quit_requested.emit(0)
            return
        self._remember_user(dialog.user)
        self.open_window()

    def _remember_user(self, user: User) -> None:
        self.ctx.settings.setValue(self._last_user_key(), user.username)

    def _last_user_key(self) -> str:
        """The last user name is remembered per database (another branch's database on the
        same computer has other users)."""
        digest = hashlib.sha1(str(self.ctx.workspace.db).encode("utf-8")).hexdigest()[:16]
        return f"{LAST_USER_KEY}/{digest}"

    # -- the main window ---------------------------------------------------------------------
    def open_window(self, open_import: bool = False) -> MainWindow:
        window = MainWindow(self.ctx, self.lang, remember_geometry=self._remember)
        window.lock_requested.connect(self.lock)
        window.switch_user_requested.connect(self.switch_user)
        window.open_database_requested.connect(self.database_requested)
        window.closed.connect(self._window_closed)
        if self.idle is None:
            self.idle = IdleLock(DEFAULT_MINUTES, self)
            self.idle.locked.connect(self._show_lock)
        window.idle_lock = self.idle
        self.window = window
        self.worked = True
        window.show()
        self._load_idle_minutes()
        if not self._warned and self.ctx.workspace.warnings:
            self._warned = True
            self.warnings = warning_boxes(list(self.ctx.workspace.warnings), self.lang, window)
        if open_import:
            self.ctx.navigate.emit("import", "open")
        offer_drafts(self.ctx, window)
        self.window_shown.emit(window)
        return window

    def _load_idle_minutes(self) -> None:
        ws, idle = self.ctx.workspace, self.idle
        if idle is None:  # made with the window, before this is called
            return
        self.ctx.run(lambda _p: ws.setting(SETTING_KEY, str(DEFAULT_MINUTES)),
                     on_done=lambda text: idle.set_minutes(parse_minutes(text)),
                     on_error=lambda exc: log.warning("idle lock setting unreadable: %r", exc))

    def _window_closed(self) -> None:
        if not self._replacing:
            self.quit_requested.emit(0)

    def _close_window(self) -> None:
        """Close the window without ending the application (switching users)."""
        window, self.window = self.window, None
        if window is None:
            return
        self.ctx.tasks.wait()
        QApplication.processEvents()  # deliver pending results while the pages still exist
        self._replacing = True
        try:
            window.close()
        finally:
            self._replacing = False
        window.deleteLater()

    # -- lock and switching users ------------------------------------------------------------
    def lock(self) -> LockScreen | None:
        """Lock now (menu 锁定屏幕, or a test); the idle timer calls `_show_lock` itself."""
        if self.idle is not None and not self.idle.is_locked:
            self.idle.lock()  # emits locked -> _show_lock
            return self.lock_screen
        return self._show_lock()

    def _show_lock(self) -> LockScreen | None:
        user = self.ctx.workspace.user
        if self.lock_screen is not None:
            return self.lock_screen
        if self.window is None or user is None:
            if self.idle is not None:
                self.idle.unlock()
            return None
        log.info("screen locked for %s", user.username)
        screen = LockScreen(self.ctx, user, self.window)
        screen.logged_in.connect(self._unlocked)
        screen.quit_requested.connect(self.quit)
        self.lock_screen = screen
        screen.show()
        return screen

    def _unlocked(self, user: User) -> None:
        screen, self.lock_screen = self.lock_screen, None
        if screen is None:
            return
        screen.deleteLater()
        if self.idle is not None:
            self.idle.unlock()
        if user.username != screen.locked_user.username:
            log.info("user switched at the lock screen: %s", user.username)
            self._remember_user(user)
            self._close_window()
            self.open_window()

    def switch_user(self) -> LoginDialog:
        """Log out: the window closes and the login dialog asks who works next."""
        log.info("switch user (was %s)", self.ctx.workspace.username)
        self._close_window()
        self.ctx.workspace.user = None  # logged out until the next login
        return self.show_login()

    def quit(self) -> None:
        self.quit_requested.emit(0)

    # -- end ---------------------------------------------------------------------------------
    def shutdown(self, backup: bool = True) -> bool:
        """Close everything and the database, taking the backup on close. Errors are shown and
        logged, never lost; the file lock is released in any case. True when all went well."""
        if self._shut_down:
            return True
        self._shut_down = True
        if self.idle is not None:
            self.idle.stop()
        for dialog in (self.lock_screen, self.login, self.wizard):
            if dialog is not None:
                dialog.hide()
                dialog.deleteLater()
        self.lock_screen = self.login = self.wizard = None
        if self.window is not None:
            self._replacing = True
            self.window.close()
            self._replacing = False
        self.ctx.tasks.wait()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        error = None
        try:
            self.ctx.workspace.close(backup=backup)
        except Exception as exc:  # the backup failed: the database itself is untouched
            error = exc
            log.error("backup on close failed", exc_info=exc)
            try:
                self.ctx.workspace.close(backup=False)
            except Exception:
                log.exception("closing the database failed")
        finally:
            QApplication.restoreOverrideCursor()
        if error is not None:
            message = describe(error, self.lang)[1]
            QMessageBox.warning(self.window, self.tr("关闭时备份失败"), self.tr(
                "关闭时未能备份数据库：%1\n数据库本身没有受影响。请检查备份文件夹所在磁盘的空间和"
                "权限，下次关闭时会再试。").replace("%1", message))
        return error is None

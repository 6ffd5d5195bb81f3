"""The database the running application works on, and opening another one from the 文件 menu
(打开数据库…, 最近打开的数据库). Opening goes the way of start-up: the file is opened
exclusively and checked (`startup.open_workspace`), and only then is the current one closed
(with its backup on close) and a new session started, whose login offers the last user of
*that* database. A file that is gone is said so in Chinese and dropped from the list.

The last `MAX_RECENT` databases are kept in the settings (`RECENT_KEY`), newest first."""
from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from ruralperf.workspace import Workspace
from ui.context import AppContext
from ui.session.controller import Session
from ui.session.startup import open_workspace

log = logging.getLogger("ruralperf.ui")
RECENT_KEY = "databases/recent"
MAX_RECENT = 5


def _key(path: str) -> str:
    """Paths compared as the files they name (a relative path, a different spelling)."""
    try:
        return str(Path(path).expanduser().resolve())
    except OSError:
        return path


def recent_databases(settings: QSettings) -> list[str]:
    value = settings.value(RECENT_KEY, []) or []
    paths = [value] if isinstance(value, str) else [str(p) for p in value]
    return [p for p in paths if p][:MAX_RECENT]


def remember_database(settings: QSettings, path: str) -> None:
    """`path` first in the recent list (once), at most MAX_RECENT kept."""
    if "://" in path:  # a server database has no file to offer
        return
    path = _key(path)
    paths = [path] + [p for p in recent_databases(settings) if _key(p) != path]
    settings.setValue(RECENT_KEY, paths[:MAX_RECENT])


def forget_database(settings: QSettings, path: str) -> None:
    settings.setValue(RECENT_KEY, [p for p in recent_databases(settings)
                                   if _key(p) != _key(path)])


class Desk(QObject):
    """Holds the current session; `open_database(path)` moves to another database."""

    quit_requested = Signal(int)
    session_started = Signal(object)  # the new Session

    def __init__(self, settings: QSettings, lang: str = "zh_CN",
                 remember_geometry: bool = True, parent: QObject | None = None):
        super().__init__(parent)
        self.settings, self.lang = settings, lang
        self._remember = remember_geometry
        self.session: Session | None = None
        self.message: QMessageBox | None = None

    def start(self, workspace: Workspace) -> Session:
        ctx = AppContext(workspace, self.settings)
        session = Session(ctx, self.lang, remember_geometry=self._remember)
        session.quit_requested.connect(self.quit_requested)
        session.database_requested.connect(self.open_database)
        remember_database(self.settings, workspace.db)
        self.session = session
        session.start()
        self.session_started.emit(session)
        return session

    def open_database(self, path: str) -> bool:
        """Open the database at `path` instead of the current one; False (and a message)
        when it cannot be opened: the current one then stays open."""
        current = self.session.ctx.workspace if self.session is not None else None
        translate = QCoreApplication.translate
        if not Path(path).is_file():
            forget_database(self.settings, path)
            text = translate("Desk", "找不到数据库文件：\n%1\n\n它可能已被移动、改名或删除（例如所在的"
                                     " U 盘或网络盘没有连接）。已从“最近打开的数据库”中移除；仍在使用"
                                     "当前的数据库。")
            self._say(QMessageBox.Icon.Warning, translate("Desk", "找不到数据库文件"),
                      text.replace("%1", path))
            return False
        if current is not None and _key(current.db) == _key(path):
            self._say(QMessageBox.Icon.Information, translate("Desk", "打开数据库"),
                      translate("Desk", "这个数据库已经打开：\n%1").replace("%1", path))
            return False
        workspace, _code = open_workspace(path, self.lang, leave_text=translate("Desk", "确定"))
        if workspace is None:  # in use, damaged, unreadable: the message was shown
            return False
        log.info("switching database: %s -> %s", current.db if current else None, path)
        old, self.session = self.session, None
        if old is not None:
            old.quit_requested.disconnect(self.quit_requested)
            old.shutdown(backup=old.worked)
        self.start(workspace)
        return True

    def shutdown(self) -> None:
        if self.session is not None:
            self.session.shutdown(backup=self.session.worked)  # no backup if nobody logged in

    def _say(self, icon, title: str, text: str) -> None:
        parent: QWidget | None = self.session.window if self.session is not None else None
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
        box.button(QMessageBox.StandardButton.Ok).setText(QCoreApplication.translate("Desk", "确定"))
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.message = box

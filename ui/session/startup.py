"""Opening the database at start: exclusively (a second running copy is told the file is in
use and stops), after the core's quick integrity check (a damaged file is reported with the
newest good backup and is never touched), and the core's warnings (a network share)."""
from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from ruralperf.errors import DatabaseDamaged, DatabaseInUse, UserError, describe, safety_message
from ruralperf.i18n import tr as core_message
from ruralperf.paths import backup_dir
from ruralperf.workspace import Workspace
from ui.session.about import open_folder

log = logging.getLogger("ruralperf.ui")
TITLE = "ruralperf"


def _box(icon, title: str, text: str, informative: str = "",
         parent: QWidget | None = None) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    if informative:
        box.setInformativeText(informative)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # paths can be copied
    return box


def open_workspace(path: str, lang: str, quiet: bool = False, leave_text: str | None = None
                   ) -> tuple[Workspace | None, int]:
    """(workspace, 0), or (None, exit code) after telling the user why it cannot be opened.
    With `quiet` (screenshots) the message goes to stderr instead of a message box.
    `leave_text`: the message's button (default 退出: at start-up the program then ends; when
    another database is opened from the menu, the current one stays open)."""
    leave = leave_text or QCoreApplication.translate("Startup", "退出")
    try:
        # a large file's quick check runs after the window opened (issue 22.4)
        return Workspace.open(path, exclusive=True, check_in_background=True), 0
    except DatabaseInUse:
        log.warning("database in use by another copy: %s", path)
        _report(quiet, *in_use_text(path), leave=leave)
    except DatabaseDamaged as exc:
        log.error("database damaged: %s (newest good backup: %s)", exc.path,
                  exc.backup.path if exc.backup else None)
        if quiet:
            print(safety_message(exc, lang), file=sys.stderr)
        else:
            show_damaged(exc, lang, leave)
    except UserError as exc:  # e.g. an unknown branch code (RURALPERF_BRANCH): the message only
        log.warning("cannot open %s: %s", path, exc.code)
        _report(quiet, QCoreApplication.translate("Startup", "无法打开数据库"), exc.message(lang),
                leave=leave)
    except Exception as exc:  # an environment problem or a bug: worded, and logged
        code, message = describe(exc, lang)
        log.error("cannot open %s: %s", path, message, exc_info=exc)
        _report(quiet, QCoreApplication.translate("Startup", "无法打开数据库"), message,
                leave=leave)
        return None, code or 1
    return None, 1


def _report(quiet: bool, title: str, text: str, informative: str = "",
            leave: str = "") -> None:
    if quiet:
        print("\n".join(t for t in (text, informative) if t), file=sys.stderr)
        return
    box = _box(QMessageBox.Icon.Critical, title, text, informative)
    box.addButton(leave or QCoreApplication.translate("Startup", "退出"),
                  QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def in_use_text(path: str) -> tuple[str, str, str]:
    title = QCoreApplication.translate("Startup", "数据库正在使用")
    text = QCoreApplication.translate(
        "Startup", "这个数据库已经在另一个 ruralperf 窗口中打开：\n%1").replace("%1", str(path))
    informative = QCoreApplication.translate(
        "Startup", "为避免损坏数据，本窗口不会打开它。请切换到已经打开的窗口继续工作；"
                   "如果那个窗口刚刚关闭，请稍候再启动。")
    return title, text, informative


def show_damaged(exc: DatabaseDamaged, lang: str, leave: str = "") -> QMessageBox:
    """The damaged-file message with the way back; a button opens the backup folder."""
    folder = backup_dir(Path(exc.path))
    if exc.backup is not None:
        way_back = QCoreApplication.translate(
            "Startup", "程序没有修改、也不会删除这个文件。恢复方法：退出程序，把损坏的文件改名留存"
                       "（以便检查），再把上面这个备份文件复制到原位置，并改为原来的文件名。")
    else:
        way_back = QCoreApplication.translate(
            "Startup", "程序没有修改、也不会删除这个文件。请联系技术支持，或从其他位置的备份恢复。")
    title = QCoreApplication.translate("Startup", "数据库已损坏")
    box = _box(QMessageBox.Icon.Critical, title, safety_message(exc, lang), way_back)
    open_button = box.addButton(QCoreApplication.translate("Startup", "打开备份文件夹"),
                                QMessageBox.ButtonRole.ActionRole)
    open_button.setEnabled(folder.exists())
    box.addButton(leave or QCoreApplication.translate("Startup", "退出"),
                  QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is open_button:
        open_folder(folder)
    return box


def warning_boxes(codes: list[str], lang: str, parent: QWidget | None) -> list[QMessageBox]:
    """One non-blocking warning per code (e.g. "network_share"), opened over `parent`."""
    boxes = []
    for code in codes:
        title = QCoreApplication.translate("Startup", "注意")
        box = _box(QMessageBox.Icon.Warning, title, core_message(code, lang), parent=parent)
        box.addButton(QCoreApplication.translate("Startup", "知道了"),
                      QMessageBox.ButtonRole.AcceptRole)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        boxes.append(box)
    return boxes

"""Where printed output goes: asking for a folder or a file name (remembering the last folder),
and offering to open the folder afterwards (`QDesktopServices.openUrl`)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

FOLDER_KEY = "reports/folder"



def last_folder(settings: QSettings) -> str:
    """Where every file dialog opens: the folder last used, else the user's Documents (never
    the program's folder)."""
    folder = str(settings.value(FOLDER_KEY, "") or "")
    if folder and Path(folder).is_dir():
        return folder
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return documents if documents and Path(documents).is_dir() else str(Path.home())


def remember_folder(settings: QSettings, path: str) -> None:
    """Remember the folder of a file the user picked (or the folder itself)."""
    if path:
        target = Path(path)
        settings.setValue(FOLDER_KEY, str(target if target.is_dir() else target.parent))


def start_path(settings: QSettings, name: str = "") -> str:
    """The path a file dialog starts at: `name` in the last folder."""
    folder = Path(last_folder(settings))
    return str(folder / name) if name else str(folder)


def choose_folder(parent: QWidget, settings: QSettings, title: str) -> str:
    """A folder picked by the user ("" if cancelled); remembered for next time."""
    folder = QFileDialog.getExistingDirectory(parent, title, last_folder(settings))
    if folder:
        settings.setValue(FOLDER_KEY, folder)
    return folder


def choose_file(parent: QWidget, settings: QSettings, title: str, default_name: str,
                suffix: str) -> str:
    """A file name to save to ("" if cancelled), ending in `suffix` (".pdf", ".xlsx")."""
    filters = {".pdf": QCoreApplication.translate("ReportFiles", "PDF 文件 (*.pdf)"),
               ".xlsx": QCoreApplication.translate("ReportFiles", "Excel 工作簿 (*.xlsx)")}
    path, _ = QFileDialog.getSaveFileName(parent, title,
                                          str(Path(last_folder(settings)) / default_name),
                                          filters.get(suffix, f"*{suffix}"))
    if not path:
        return ""
    if not path.lower().endswith(suffix):
        path += suffix
    settings.setValue(FOLDER_KEY, str(Path(path).parent))
    return path


def open_folder(folder: str | Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def offer_folder(parent: QWidget, folder: str | Path, message: str) -> QMessageBox:
    """A non-blocking message that the files are written, with a button to open the folder."""
    box = QMessageBox(QMessageBox.Icon.Information,
                      QCoreApplication.translate("ReportFiles", "已保存"),
                      message, QMessageBox.StandardButton.Close, parent)
    open_button = box.addButton(QCoreApplication.translate("ReportFiles", "打开文件夹"),
                                QMessageBox.ButtonRole.AcceptRole)
    box.button(QMessageBox.StandardButton.Close).setText(
        QCoreApplication.translate("ReportFiles", "关闭"))
    box.setDefaultButton(open_button)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open_button = open_button
    open_button.clicked.connect(lambda: open_folder(folder))
    box.open()
    return box

""""导出当前视图": every row of a page's current search, filters and order, written to .xlsx on
the background worker (ruralperf.services.export), with progress in the page's status line."""
from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from ruralperf.domain.exports import ExportColumn
from ruralperf.errors import ExportCancelled
from ui.records.labels import enum_label, table_label
from ui.records.background import run_for
from ui.workflow.report_files import remember_folder, start_path
from ui.i18n import counted

if TYPE_CHECKING:  # the page imports this module
    from ui.records.table_page import TablePage


class ExportAction:
    def __init__(self, page: TablePage):
        self.page = page
        self.task = None

    def ask_path(self) -> str:
        default = f"{table_label(self.page.table)}_{date.today():%Y%m%d}.xlsx"
        settings = self.page.ctx.settings
        path, _ = QFileDialog.getSaveFileName(
            self.page, QCoreApplication.translate("ExportAction", "导出当前视图"),
            start_path(settings, default),
            QCoreApplication.translate("ExportAction", "Excel 工作簿 (*.xlsx)"))
        if path and not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        remember_folder(settings, path)
        return path

    def start(self, path: str | None = None) -> None:
        page = self.page
        if self.task is not None:
            return
        path = path or self.ask_path()
        if not path:
            return
        page.ctx.settings.setValue("export/folder", str(Path(path).parent))
        columns = [ExportColumn(c.key, c.title, c.kind) for c in page.model.columns]
        query = page.model.query()
        ws = page.ctx.workspace
        title = table_label(page.table)

        def run(progress):
            return ws.browse.export(page.table, path, columns, enum_text=enum_label,
                                    sheet_title=title, progress=progress,
                                    cancelled=lambda: progress.cancelled, **query)

        page.export_button.setEnabled(False)
        page.status.setText(QCoreApplication.translate("ExportAction", "正在导出……"))
        self.task = run_for(page, run, on_done=lambda n: self._done(path, n),
                                 on_error=self._failed, on_progress=self._progress)

    def _progress(self, done: int, total: int, _text: str) -> None:
        self.page.status.setText(counted(QCoreApplication.translate("ExportAction", "正在导出：{0} / {1} 行").format(done, total)))

    def _done(self, path: str, rows: int) -> None:
        self.task = None
        self.page.export_button.setEnabled(True)
        self.page.status.setText(counted(QCoreApplication.translate("ExportAction", "已导出 {0} 行：{1}").format(rows, path)))

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        self.page.export_button.setEnabled(True)
        if isinstance(exc, ExportCancelled):
            self.page.status.setText(QCoreApplication.translate("ExportAction", "导出已取消"))
        elif isinstance(exc, OSError):
            self.page.status.setText(QCoreApplication.translate("ExportAction", "无法写入文件：{0}").format(
                exc.strerror or type(exc).__name__))
        else:
            self.page.status.setText(QCoreApplication.translate("ExportAction", "导出失败：{0}").format(type(exc).__name__))

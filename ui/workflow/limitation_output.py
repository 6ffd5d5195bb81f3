"""Printed output of the limitation page, for its as-of date: print preview and printing of the
warning list (临近到期预警清单, due within the scheme's warning days) and the accountability list
(追责清单), and saving both as PDF plus one .xlsx into a folder ("export")."""
from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QMenu, QMessageBox, QPushButton

from ruralperf.i18n import current_lang
from ui.records.background import run_for
from ui.trust.permissions import allowed
from ui.workflow import report_files
from ui.workflow.printing import PdfPages, preview_dialog, print_dialog
from ui.i18n import counted

if TYPE_CHECKING:  # the page imports this module
    from ui.workflow.limitation_page import LimitationPage

WARNINGS, ACCOUNTABILITY = "warnings", "accountability"


def _pdf(ws, as_of: date, kind: str, lang: str, title: str) -> PdfPages:
    """Worker: the list of `kind` on `as_of`, opened for rendering."""
    data = ws.printing.warning_list_pdf(as_of, lang) if kind == WARNINGS else \
        ws.printing.accountability_pdf(as_of, lang)
    return PdfPages(data, title)


class LimitationOutput(QObject):
    def __init__(self, page: LimitationPage):
        super().__init__(page)
        self.page = page
        self.ctx = page.ctx
        self.dialog: QDialog | None = None
        self.message: QMessageBox | None = None
        self.busy = False
        self.buttons: list[QPushButton] = []
        self.actions = {}
        for verb, text in (("preview", self.tr("打印预览")), ("print", self.tr("打印"))):
            button = QPushButton(text, page)
            menu = QMenu(button)
            for kind, item in ((WARNINGS, self.tr("临近到期预警清单")),
                               (ACCOUNTABILITY, self.tr("追责清单"))):
                action = menu.addAction(item)
                action.triggered.connect(lambda _=False, v=verb, k=kind: self.start(v, k))
                self.actions[verb, kind] = action
            button.setMenu(menu)
            self.buttons.append(button)
        self.preview_button, self.print_button = self.buttons
        self.export_button = QPushButton(self.tr("导出清单…"), page)
        self.export_button.setToolTip(self.tr("预警清单和追责清单（PDF）及 Excel 工作簿，保存到文件夹"))
        self.export_button.clicked.connect(lambda: self.export())
        self.buttons.append(self.export_button)

    def update_state(self) -> None:
        for button in (self.preview_button, self.print_button):
            button.setEnabled(not self.busy and allowed(self.ctx, "view"))
        self.export_button.setVisible(allowed(self.ctx, "export"))
        self.export_button.setEnabled(not self.busy and allowed(self.ctx, "export"))

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        if busy:
            self.page.bar.start(self.tr("正在生成"))
        else:
            self.page.bar.finish()
        self.update_state()

    def start(self, verb: str, kind: str) -> None:
        if self.busy:
            return
        ws, as_of, lang = self.ctx.workspace, self.page.as_of_date(), current_lang()
        title = (self.tr("临近到期预警清单 %1") if kind == WARNINGS else self.tr("追责清单 %1")) \
            .replace("%1", as_of.isoformat())
        self._set_busy(True)
        run_for(self.page, lambda progress: _pdf(ws, as_of, kind, lang, title),
                on_done=lambda pages: self._ready(verb, pages), on_error=self._failed)

    def _ready(self, verb: str, pages: PdfPages) -> None:
        self._set_busy(False)
        if verb == "preview":
            self.dialog = preview_dialog(self.page, pages)
            self.dialog.open()
        else:
            self.dialog = print_dialog(self.page, pages)

    def export(self, folder: str | None = None) -> None:
        if self.busy or not allowed(self.ctx, "export"):
            return
        folder = folder or report_files.choose_folder(self.page, self.ctx.settings,
                                                      self.tr("导出时效清单到文件夹"))
        if not folder:
            return
        ws, as_of, lang = self.ctx.workspace, self.page.as_of_date(), current_lang()
        self._set_busy(True)
        run_for(self.page, lambda progress: ws.printing.write_limitation(as_of, folder, lang),
                on_done=lambda paths: self._exported(folder, paths), on_error=self._failed)

    def _exported(self, folder: str, paths) -> None:
        self._set_busy(False)
        text = counted(self.tr("已保存 %1 个文件到：\n%2").replace("%1", str(len(paths)))
                       .replace("%2", folder))
        self.message = report_files.offer_folder(self.page, folder, text)

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.page._failed(exc)

"""Printed output of the pay run shown on the pay-run page: print preview and printing of
statements (the selected staff members or all) and of the branch summary, "save all statements
as PDF" to a folder, and the summary as .xlsx or .pdf. The PDFs are made on the worker
(`Workspace.printing`); preview and printing render them with pdfium (ui.workflow.printing).

Who may do what: statements of everyone, the summary and files need "statements" (and
"export" for files); a credit officer ("own_statement") previews and prints their own."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QHBoxLayout, QMenu, QMessageBox, QPushButton

from ruralperf.i18n import current_lang
from ui.records.background import run_for
from ui.trust.permissions import allowed, own_staff_only
from ui.workflow import report_files
from ui.workflow.print_options import PrintOptionsDialog
from ui.workflow.verify_dialog import VerifyCodeDialog
from ui.workflow.printing import PdfPages, preview_dialog, print_dialog
from ui.i18n import counted

if TYPE_CHECKING:  # the page imports this module
    from ui.workflow.payrun_page import PayRunPage

SELECTED, ALL, SUMMARY = "selected", "all", "summary"


def _pdf(ws, run, kind: str, staff_nos: list[str] | None, lang: str, title: str,
         duplex: bool = False, copies: int = 1) -> PdfPages:
    """Worker: the PDF of `kind`, opened for rendering."""
    data = ws.printing.summary_pdf(run, lang) if kind == SUMMARY else \
        ws.printing.statements_pdf(run, lang, staff_nos, duplex=duplex, copies=copies)
    return PdfPages(data, title)


def _recorded(ws, kind: str, target, result):
    """Worker: `result` of an export, after recording the export in the audit trail."""
    ws.record_export(kind, target, len(result) if isinstance(result, list) else None)
    return result


class PayRunOutput(QObject):
    def __init__(self, page: PayRunPage):
        super().__init__(page)
        self.page = page
        self.ctx = page.ctx
        self.dialog: QDialog | None = None  # the last preview or print dialog (tests look at it)
        self.message: QMessageBox | None = None  # the last "saved" message box
        self.busy = False

        def menu_button(text: str) -> tuple[QPushButton, QMenu]:
            button = QPushButton(text, page)
            menu = QMenu(button)
            button.setMenu(menu)
            return button, menu

        self.preview_button, preview = menu_button(self.tr("打印预览"))
        self.print_button, printing = menu_button(self.tr("打印"))
        self.actions = {}
        for menu, verb in ((preview, "preview"), (printing, "print")):
            for kind, text in ((SELECTED, self.tr("所选员工的工资条")),
                               (ALL, self.tr("全部工资条")), (SUMMARY, self.tr("绩效工资汇总表"))):
                action = menu.addAction(text)
                action.triggered.connect(lambda _=False, v=verb, k=kind: self.start(v, k))
                self.actions[verb, kind] = action
        self.save_all_button = QPushButton(self.tr("保存全部工资条为 PDF…"), page)
        self.save_all_button.clicked.connect(lambda: self.save_all())
        self.export_button, export = menu_button(self.tr("导出汇总表"))
        self.export_xlsx = export.addAction(self.tr("Excel 工作簿 (.xlsx)…"))
        self.export_xlsx.triggered.connect(lambda: self.export_summary(".xlsx"))
        self.export_pdf = export.addAction(self.tr("PDF 文件 (.pdf)…"))
        self.export_pdf.triggered.connect(lambda: self.export_summary(".pdf"))
        self.verify_button = QPushButton(self.tr("校验码查询…"), page)
        self.verify_button.clicked.connect(self.verify_code)

    def layout(self) -> QHBoxLayout:
        """The output row (built once: the page adds its charts button to the same row)."""
        row = getattr(self, "_row", None)
        if row is None:
            row = self._row = QHBoxLayout()
            for widget in (self.preview_button, self.print_button, self.save_all_button,
                           self.export_button, self.verify_button):
                row.addWidget(widget)
            row.addStretch(1)
        return row

    # -- state -------------------------------------------------------------------------------
    def update_state(self) -> None:
        """Enable what the shown run and the user's role allow."""
        run = self.page.current_run()
        has_run = run is not None and not self.busy
        everyone = allowed(self.ctx, "statements")
        own = own_staff_only(self.ctx)
        files = everyone and allowed(self.ctx, "export")
        for verb in ("preview", "print"):
            self.actions[verb, SELECTED].setEnabled(has_run and (everyone or own)
                                                    and bool(self.page.selected_staff()))
            self.actions[verb, SELECTED].setText(self.tr("我的工资条") if own
                                                 else self.tr("所选员工的工资条"))
            for kind in (ALL, SUMMARY):
                self.actions[verb, kind].setVisible(everyone)
                self.actions[verb, kind].setEnabled(has_run and everyone)
        for button in (self.preview_button, self.print_button):
            button.setEnabled(has_run and (everyone or own))
        self.save_all_button.setVisible(files)
        self.export_button.setVisible(files)
        self.save_all_button.setEnabled(has_run and files)
        self.export_button.setEnabled(has_run and files)

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self.busy = busy
        if busy:
            self.page.bar.start(text)
        else:
            self.page.bar.finish()
        self.update_state()

    # -- preview and print -------------------------------------------------------------------
    def start(self, verb: str, kind: str, staff_nos: list[str] | None = None,
              options: tuple[bool, int] | None = None) -> None:
        """Make the PDF of `kind` on the worker, then show the preview or the print dialog.
        Printing statements first asks for one or two sides and copies (`options`)."""
        run = self.page.current_run()
        if run is None or self.busy:
            return
        if verb == "print" and kind != SUMMARY and options is None:
            self.dialog = PrintOptionsDialog(self.ctx.settings, self.page)
            self.dialog.chosen.connect(
                lambda duplex, copies: self.start(verb, kind, staff_nos, (duplex, copies)))
            self.dialog.open()
            return
        duplex, copies = options or (None, 1)
        if kind == SELECTED:
            staff_nos = staff_nos or self.page.selected_staff()
            if not staff_nos:
                return
        elif kind == ALL:
            staff_nos = None
        ws, lang = self.ctx.workspace, current_lang()
        title = (self.tr("绩效工资汇总表 %1") if kind == SUMMARY else self.tr("工资条 %1")) \
            .replace("%1", run.label)
        self._set_busy(True, self.tr("正在生成 PDF"))
        run_for(self.page, lambda progress: _pdf(ws, run, kind, staff_nos, lang, title,
                                                 bool(duplex), copies),
                on_done=lambda pages: self._pdf_ready(verb, pages, duplex),
                on_error=self._failed)

    def _pdf_ready(self, verb: str, pages: PdfPages, duplex: bool | None = None) -> None:
        self._set_busy(False)
        if verb == "preview":
            self.dialog = preview_dialog(self.page, pages)
            self.dialog.open()
        else:
            self.dialog = print_dialog(self.page, pages, on_printed=self._printed,
                                       duplex=duplex)

    def _printed(self, count: int) -> None:
        self.page.status.setText(counted(self.tr("已发送 %1 页到打印机").replace("%1", str(count))))

    def verify_code(self) -> None:
        """The 校验码查询 dialog (what a printed code belongs to)."""
        self.dialog = VerifyCodeDialog(self.ctx, self.page)
        self.dialog.open()

    # -- files -------------------------------------------------------------------------------
    def save_all(self, folder: str | None = None) -> None:
        """Every statement (one PDF each) and the summary (.pdf, .xlsx) into a folder."""
        run = self.page.current_run()
        if run is None or self.busy:
            return
        folder = folder or report_files.choose_folder(
            self.page, self.ctx.settings, self.tr("保存全部工资条到文件夹"))
        if not folder:
            return
        ws, lang = self.ctx.workspace, current_lang()
        self._set_busy(True, self.tr("正在保存工资条"))
        run_for(self.page,
                lambda progress: _recorded(ws, f"statements:{run.label}", folder,
                                           ws.printing.write_run_reports(
                                               run, folder, lang, progress=progress, workers=1)),
                on_done=lambda paths: self._saved(folder, paths), on_error=self._failed,
                on_progress=lambda done, total, _what: self.page.bar.update_progress(
                    done, total, self.tr("正在保存工资条")))

    def _saved(self, folder: str, paths: list[Path]) -> None:
        self._set_busy(False)
        statements = max(0, len(paths) - 2)  # one per staff member, then the two summaries
        text = counted(self.tr("已保存 %1 份工资条和汇总表（共 %2 个文件）到：\n%3")
                       .replace("%1", str(statements)).replace("%2", str(len(paths)))
                       .replace("%3", folder))
        self.page.status.setText(text.replace("\n", " "))
        self.message = report_files.offer_folder(self.page, folder, text)

    def export_summary(self, suffix: str, path: str | None = None) -> None:
        run = self.page.current_run()
        if run is None or self.busy:
            return
        ws = self.ctx.workspace
        default = ws.printing.summary_filenames(run, current_lang())[0 if suffix == ".pdf" else 1]
        path = path or report_files.choose_file(self.page, self.ctx.settings,
                                                self.tr("导出汇总表"), default, suffix)
        if not path:
            return
        lang = current_lang()

        def write(progress):
            return _recorded(ws, f"summary:{run.label}", path,
                             ws.printing.write_summary(run, path, lang))

        self._set_busy(True, self.tr("正在导出"))
        run_for(self.page, write, on_done=lambda written: self._exported(str(written)),
                on_error=self._failed)

    def _exported(self, path: str) -> None:
        self._set_busy(False)
        self.page.status.setText(self.tr("已导出：%1").replace("%1", path))
        self.message = report_files.offer_folder(
            self.page, Path(path).parent, self.tr("已导出：\n%1").replace("%1", path))

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.page.show_error(exc)

"""The import page: what an import does, the buttons to start one (or save a blank template),
and the outcome of the last import of this session."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (QFileDialog, QFrame, QHBoxLayout, QLabel, QMessageBox, QPushButton,
                               QVBoxLayout, QWidget)

from ruralperf.i18n import current_lang
from ruralperf.i18n import tr as core_message
from ui.context import AppContext
from ui.pages.base import Page
from ui.records.labels import table_label
from ui.workflow.import_wizard import ImportWizard
from ui.workflow.report_files import remember_folder, start_path


class ImportPage(Page):
    key = "import"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.wizard: ImportWizard | None = None
        intro = QLabel(self.tr(
            "<p>月末由管理员导入台账工作簿（员工、借款户、贷款、营销分成、管户变更、月末台账、"
            "利息收入、存款日均、中间业务、不良清收、时效事件、任务目标、调整、参数）。</p>"
            "<ol><li>选择工作簿；</li>"
            "<li>程序先检查每一行，列出全部错误（工作表、行、列、说明），可导出为 Excel；</li>"
            "<li>没有错误时确认导入：全部写入，或者什么都不改。已有记录按编号更新。</li></ol>"),
            self)
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.RichText)
        self.start_button = QPushButton(self.tr("选择工作簿并导入…"), self)
        self.start_button.clicked.connect(lambda: self.open_wizard())
        self.template_button = QPushButton(self.tr("保存空白导入模板…"), self)
        self.template_button.clicked.connect(self._save_template)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.template_button)
        buttons.addStretch(1)
        self.last = QLabel(self.tr("本次运行尚未导入。"), self)
        self.last.setWordWrap(True)
        self.last.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box = QFrame(self)
        box.setFrameShape(QFrame.Shape.StyledPanel)
        box_layout = QVBoxLayout(box)
        heading = QLabel(self.tr("最近一次导入"), box)
        heading.setStyleSheet("font-weight: bold;")
        box_layout.addWidget(heading)
        box_layout.addWidget(self.last)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(buttons)
        layout.addSpacing(12)
        layout.addWidget(box)
        layout.addStretch(1)

    def title(self) -> str:
        return self.tr("导入")

    def open_wizard(self, path: str = "", ask: bool = False) -> ImportWizard:
        """Show the wizard (non-blocking); with `ask`, the file dialog opens at once."""
        if self.wizard is not None and self.wizard.isVisible():
            self.wizard.raise_()
            return self.wizard
        self.wizard = ImportWizard(self.ctx, path, self.window())
        self.wizard.imported.connect(self._imported)
        self.wizard.show()
        if ask and not path:
            QTimer.singleShot(0, self.wizard.file_page.browse)
        return self.wizard

    def show_record(self, record_key: str) -> None:
        """`ctx.navigate.emit("import", "open")` shows the page and starts the wizard."""
        if record_key == "open":
            self.open_wizard(ask=True)

    def summary_words(self, report) -> str:
        """What the import did, in words (not the command line's "+3 ~2 =0")."""
        total = {k: sum(getattr(c, k) for c in report.counts.values())
                 for k in ("inserted", "updated", "unchanged")}
        lines = [core_message("import_done", current_lang(), **total)]
        for key, c in report.counts.items():
            lines.append(self.tr("{0}：新增 {1} 条，更新 {2} 条，未变 {3} 条").format(
                table_label(key), c.inserted, c.updated, c.unchanged))
        return "\n".join(lines)

    def _imported(self, report) -> None:
        when = datetime.now().strftime("%Y-%m-%d %H:%M")
        name = Path(report.source).name
        if report.ok:
            text = f"{when}  {name}\n{self.summary_words(report)}"
        else:
            rejected = core_message("import_rejected", current_lang(), n=len(report.errors))
            text = f"{when}  {name}\n{rejected}"
        self.last.setText(text)

    def _save_template(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("保存空白导入模板"),
                                              start_path(self.ctx.settings, self.tr("导入模板.xlsx")),
                                              self.tr("Excel 工作簿 (*.xlsx)"))
        if not path:
            return
        remember_folder(self.ctx.settings, path)
        lang = current_lang()
        ws = self.ctx.workspace
        self.ctx.run(lambda progress: ws.write_template(path, lang=lang),
                     on_done=lambda _r: self.last.setText(
                         core_message("template_written", lang, value=path)),
                     on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        from ruralperf.errors import describe

        QMessageBox.warning(self, self.tr("导入"), describe(exc, current_lang())[1])

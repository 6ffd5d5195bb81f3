"""Importing a workbook in three steps: choose the file; check it (a dry run in the
background, every problem listed and exportable); import it, all or nothing."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QFileDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QVBoxLayout, QWidget, QWizard, QWizardPage)

from ruralperf.i18n import current_lang
from ruralperf.i18n import tr as core_message
from ui.context import AppContext
from ui.widgets.busy_bar import BusyBar
from ui.widgets.problem_table import ProblemTable
from ui.workflow.report_files import remember_folder, start_path
from ui.workflow.import_counts import ImportCounts
from ui.workflow.labels import step_label
from ui.i18n import counted


def _totals(report) -> dict[str, int]:
    return {k: sum(getattr(c, k) for c in report.counts.values())
            for k in ("inserted", "updated", "unchanged")}


class FilePage(QWizardPage):
    def __init__(self, path: str = "", parent: QWidget | None = None, settings=None):
        super().__init__(parent)
        self.settings = settings
        self.setTitle(self.tr("选择工作簿"))
        self.setSubTitle(self.tr("选择按导入模板填写的 Excel 工作簿（.xlsx）。下一步先检查，不写入数据库。"))
        self.path_edit = QLineEdit(path, self)
        self.path_edit.setPlaceholderText(self.tr("工作簿路径"))
        self.path_edit.textChanged.connect(lambda _t: self.completeChanged.emit())
        browse = QPushButton(self.tr("浏览…"), self)
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addStretch(1)

    def browse(self) -> None:
        settings = self.settings
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择工作簿"),
                                              self.path() or start_path(settings),
                                              self.tr("Excel 工作簿 (*.xlsx)"))
        if path:
            remember_folder(settings, path)
            self.path_edit.setText(path)

    def path(self) -> str:
        return self.path_edit.text().strip()

    def isComplete(self) -> bool:  # noqa: N802
        return Path(self.path()).is_file() if self.path() else False


class CheckPage(QWizardPage):
    """Dry run: parse, check references and apply in a transaction that is rolled back."""

    def __init__(self, ctx: AppContext, files: FilePage, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.files = ctx, files
        self.report = None
        self._generation = 0
        self.setTitle(self.tr("检查"))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("导入"))
        self.bar = BusyBar(self, step_label)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.counts = ImportCounts(self)
        self.problems = ProblemTable(ctx.run, self, ctx.settings)
        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.counts, 1)
        layout.addWidget(self.problems, 1)

    def initializePage(self) -> None:  # noqa: N802
        self.report = None
        self.counts.hide()
        self._generation += 1
        generation, path, ws = self._generation, self.files.path(), self.ctx.workspace
        self.setSubTitle(self.tr("正在检查 %1 …").replace("%1", Path(path).name))
        self.summary.clear()
        self.problems.set_problems([])
        self.bar.start(step_label("parse"))
        self.ctx.run(lambda progress: ws.import_workbook(path, dry_run=True, progress=progress),
                     on_done=lambda report: self._checked(generation, report),
                     on_error=lambda exc: self._failed(generation, exc),
                     on_progress=self.bar.update_progress)
        self.completeChanged.emit()

    def _checked(self, generation: int, report) -> None:
        if generation != self._generation:
            return
        self.bar.finish()
        self.report = report
        self.problems.set_problems(report.problems)
        self.problems.setVisible(bool(report.problems))
        if report.ok:
            self.setSubTitle(self.tr("检查通过，可以导入。"))
            self.summary.setText(core_message("import_dry_run", current_lang(), **_totals(report)))
            self.counts.set_counts(report.counts)
            self.counts.show()
        else:
            self.setSubTitle(counted(self.tr("发现 %1 处错误，数据库不会被修改。请修正工作簿后返回重新选择。")
                                     .replace("%1", str(len(report.errors)))))
            self.summary.setText(self.tr("可将问题清单导出为 Excel，逐条修正。"))
        self.completeChanged.emit()

    def _failed(self, generation: int, exc: BaseException) -> None:
        from ruralperf.errors import describe

        if generation == self._generation:
            self.bar.finish()
            self.summary.setText(describe(exc, current_lang())[1])

    def isComplete(self) -> bool:  # noqa: N802
        return self.report is not None and self.report.ok


class ResultPage(QWizardPage):
    """The real import, in one transaction; then every page is told that data changed."""

    def __init__(self, ctx: AppContext, files: FilePage, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.files = ctx, files
        self.report = None
        self.done = False
        self.setTitle(self.tr("导入"))
        self.bar = BusyBar(self, step_label)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.counts = ImportCounts(self)
        self.counts.hide()
        self.problems = ProblemTable(ctx.run, self, ctx.settings)
        self.problems.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.counts, 1)
        layout.addWidget(self.problems, 1)
        layout.addStretch(0)

    def initializePage(self) -> None:  # noqa: N802
        self.done, self.report = False, None
        path, ws = self.files.path(), self.ctx.workspace
        self.setSubTitle(self.tr("正在导入 %1 …").replace("%1", Path(path).name))
        self.bar.start(step_label("write"))
        self.ctx.run(lambda progress: ws.import_workbook(path, progress=progress),
                     on_done=self._imported, on_error=self._failed,
                     on_progress=self.bar.update_progress)

    def _imported(self, report) -> None:
        self.bar.finish()
        self.report, self.done = report, True
        if report.ok:
            self.setSubTitle(self.tr("导入完成。"))
            self.summary.setText(core_message("import_done", current_lang(), **_totals(report)))
            self.counts.set_counts(report.counts)
            self.counts.show()
            self.ctx.data_changed.emit("*")
        else:
            self.setSubTitle(self.tr("导入被拒绝，数据库未作任何修改。"))
            self.problems.set_problems(report.problems)
            self.problems.show()
        self.completeChanged.emit()
        self.wizard().imported.emit(report)

    def _failed(self, exc: BaseException) -> None:
        from ruralperf.errors import describe

        self.bar.finish()
        self.done = True
        self.setSubTitle(self.tr("导入失败。"))
        self.summary.setText(describe(exc, current_lang())[1])
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        return self.done


class ImportWizard(QWizard):
    imported = Signal(object)  # ImportReport of the real import

    def __init__(self, ctx: AppContext, path: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("导入工作簿"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.resize(860, 560)
        self.file_page = FilePage(path, self, ctx.settings)
        self.check_page = CheckPage(ctx, self.file_page, self)
        self.result_page = ResultPage(ctx, self.file_page, self)
        for page in (self.file_page, self.check_page, self.result_page):
            self.addPage(page)
